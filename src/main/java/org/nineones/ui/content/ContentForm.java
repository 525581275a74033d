package org.nineones.ui.content;

import javafx.beans.Observable;

import org.nineones.model.content.PostContent;

/**
 * The editable fields of one kind of post content. {@link #show} fills the fields from a body, {@link #body}
 * reads them back; {@link #changes} lists what to observe to notice an edit.
 */
public interface ContentForm {

    void show(PostContent body);

    PostContent body();

    Observable[] changes();
}
