package org.nineones.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.text.Text;

/**
 * Text columns whose cells show their whole text as a tooltip: a long sentence cut in a narrow cell stays readable
 * (the compliance table, the readiness view's steps, deductions and self-assessments); and paragraphs of a form that
 * show whole on the lines they wrap to.
 */
public final class WholeText {

    private WholeText() {
    }

    /**
     * A paragraph of a form (a checklist line's criterion or rule) wrapped at {@code width}: a {@link Text} with its
     * wrapping width is as high as its lines, which a grid gives its row. A wrapping label got one line there, cut
     * with "…", or overlapped the next row once it was told not to shrink.
     */
    public static Text paragraph(String id, String text, double width) {
        Text paragraph = new Text(text);
        paragraph.setId(id);
        paragraph.setWrappingWidth(width);
        return paragraph;
    }

    /** A column of {@code value}, {@code width} wide, whose cells show their whole text as a tooltip. */
    public static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return whole(column);
    }

    /** {@code column}, its cells now showing their whole text as a tooltip. */
    public static <R> TableColumn<R, String> whole(TableColumn<R, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(tooltip(empty, text));
            }
        });
        return column;
    }

    /** The same for a tree table's column. */
    public static <R> TreeTableColumn<R, String> whole(TreeTableColumn<R, String> column) {
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(tooltip(empty, text));
            }
        });
        return column;
    }

    private static Tooltip tooltip(boolean empty, String text) {
        return empty || text == null || text.isEmpty() ? null : new Tooltip(text);
    }
}
