package org.nineones.ui.print;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;

import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.ContentPreflight.Finding;
import org.nineones.service.print.PrintKind;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;

/**
 * Before a print preview, the responsibility cards or the package: the check of what would print blank or marked
 * 草稿 runs in the background; with nothing to say the output goes ahead at once, else {@link PreflightDialog} lists
 * the findings with continue, cancel, or one click to the post.
 */
public final class Preflight {

    private final AppContext context;
    private final Messages messages;
    private final BiConsumer<Long, ContentKind> open;

    /** {@code open} shows a post's content of one kind (the org screen's editor). */
    public Preflight(AppContext context, BiConsumer<Long, ContentKind> open) {
        this.context = context;
        this.messages = context.messages();
        this.open = open;
    }

    /** The kinds of post content a printout shows: the responsibility cards show the duty list and the procedure. */
    public static Set<ContentKind> kindsOf(PrintKind kind) {
        if (kind == PrintKind.CARDS) {
            return EnumSet.of(ContentKind.DUTY_LIST, ContentKind.PROCEDURE);
        }
        return kind.content() == null ? EnumSet.noneOf(ContentKind.class) : EnumSet.of(kind.content());
    }

    /** Checks these kinds of content, then runs {@code proceed} unless the user cancels or goes to a post. */
    public void thenRun(Workspace workspace, Set<ContentKind> kinds, Runnable proceed) {
        context.tasks().run(messages.get("content.preflight.task"),
                progress -> context.services().preflight().check(workspace, kinds, LocalDate.now()), findings -> {
                    if (findings.isEmpty()) {
                        proceed.run();
                        return;
                    }
                    PreflightViewModel viewModel = new PreflightViewModel(messages, findings);
                    switch (new PreflightDialog(context, viewModel).showAndWait()) {
                        case CONTINUE -> proceed.run();
                        case OPEN -> {
                            Finding finding = viewModel.opened();
                            open.accept(finding.postId(), finding.kind());
                        }
                        case CANCEL -> { }
                    }
                });
    }
}
