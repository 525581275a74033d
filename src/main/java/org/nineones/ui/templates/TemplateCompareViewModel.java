package org.nineones.ui.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.service.templates.ContentDiff;
import org.nineones.service.templates.PostRef;
import org.nineones.service.templates.TemplateComparison;
import org.nineones.service.templates.TemplateService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * How one post's content of each kind differs from the template it was made from, and whether the library has a
 * newer version of that template, as text to read.
 */
public final class TemplateCompareViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final TemplateService service;
    private final Workspace workspace;
    private final ObservableList<PostRef> posts = FXCollections.observableArrayList();
    private final ObjectProperty<PostRef> post = new SimpleObjectProperty<>();
    private final StringProperty report = new SimpleStringProperty("");

    public TemplateCompareViewModel(Messages messages, TaskRunner tasks, TemplateService service, Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.service = service;
        this.workspace = workspace;
        post.addListener((obs, old, now) -> compare(now));
    }

    /** Loads the posts and shows {@code postId}'s comparison (or the first post's when null or gone). */
    public void load(Long postId) {
        tasks.run(messages.get("templates.ui.loading"), progress -> service.posts(workspace), loaded -> {
            posts.setAll(loaded);
            post.set(loaded.stream().filter(r -> r.post().id().equals(postId)).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0)));
        });
    }

    private void compare(PostRef ref) {
        if (ref == null) {
            report.set(messages.get("templates.ui.noPosts"));
            return;
        }
        long id = ref.post().id();
        tasks.run(messages.get("templates.ui.comparing", ref.post().name()), progress -> {
            List<Optional<TemplateComparison>> comparisons = new ArrayList<>();
            for (ContentKind kind : ContentKind.values()) {
                comparisons.add(service.compare(workspace, id, kind));
            }
            return comparisons;
        }, comparisons -> {
            if (post.get() == ref) {
                report.set(describe(comparisons));
            }
        });
    }

    /** One paragraph per kind, in the kinds' order. */
    String describe(List<Optional<TemplateComparison>> comparisons) {
        StringBuilder text = new StringBuilder();
        ContentKind[] kinds = ContentKind.values();
        for (int i = 0; i < kinds.length; i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(messages.get("templates.ui.kindHeading", messages.of(kinds[i]))).append('\n');
            Optional<TemplateComparison> comparison = comparisons.get(i);
            if (comparison.isEmpty()) {
                text.append(messages.get("templates.ui.notFromTemplate"));
                continue;
            }
            describe(comparison.get(), text);
        }
        return text.toString();
    }

    private void describe(TemplateComparison c, StringBuilder text) {
        text.append(messages.get("templates.ui.madeFrom", c.number(), c.templateName(), c.recordedVersion()));
        if (!c.templateKnown()) {
            text.append('\n').append(messages.get("templates.ui.templateGone", c.templateName()));
            return;
        }
        if (c.newerTemplate()) {
            text.append('\n').append(messages.get("templates.ui.newerTemplate", c.libraryVersion()));
        }
        if (!c.differs()) {
            text.append('\n').append(messages.get("templates.ui.same"));
            return;
        }
        text.append('\n').append(messages.get("templates.ui.differences", c.diff().changes().size()));
        for (ContentDiff.Change change : c.diff().changes()) {
            text.append('\n').append(messages.get("templates.ui.bullet", line(change)));
        }
    }

    private String line(ContentDiff.Change change) {
        String where = change.scenario().isEmpty() ? messages.of(change.section())
                : messages.get("templates.ui.inScenario", messages.of(change.section()), change.scenario());
        return switch (change.type()) {
            case ADDED -> messages.get("templates.ui.added", where, change.after());
            case REMOVED -> messages.get("templates.ui.removed", where, change.before());
            case CHANGED -> change.fieldChanges().isEmpty()
                    ? messages.get("templates.ui.changed", where, change.before(), change.after())
                    : messages.get("templates.ui.changedFields", where, change.after(), String.join(
                    messages.get("templates.ui.fieldSeparator"),
                    change.fieldChanges().stream().map(f -> messages.get("templates.ui.field", messages.of(f.field()),
                            f.before(), f.after())).toList()));
        };
    }

    public ObservableList<PostRef> posts() {
        return posts;
    }

    public ObjectProperty<PostRef> postProperty() {
        return post;
    }

    public StringProperty reportProperty() {
        return report;
    }
}
