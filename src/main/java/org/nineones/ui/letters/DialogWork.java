package org.nineones.ui.letters;

import java.util.concurrent.Callable;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import org.nineones.service.letters.LetterRuleException;
import org.nineones.ui.common.AppContext;

/**
 * Runs a letters dialog's write (reading and hashing a scan, rebuilding the round, writing) through the app's
 * {@link org.nineones.ui.common.TaskRunner}, off the FX thread. While it runs the dialog's buttons are disabled and
 * it cannot be closed; a refusal ({@link LetterRuleException}) is shown in the dialog's message line, any other
 * failure through the {@link org.nineones.ui.common.DialogService}; on success the dialog closes with {@code ok}.
 */
final class DialogWork {

    /** What the work came to: done, refused with a message, or failed. */
    private record Outcome(boolean done, String refusal, Exception failure) {
    }

    private final AppContext context;
    private final Dialog<ButtonType> dialog;
    private final Label error;
    private boolean running;

    DialogWork(AppContext context, Dialog<ButtonType> dialog, Label error) {
        this.context = context;
        this.dialog = dialog;
        this.error = error;
        dialog.setOnCloseRequest(e -> {
            if (running) {
                e.consume();
            }
        });
    }

    boolean running() {
        return running;
    }

    /** Runs {@code work} in the background; {@code onDone} runs on the FX thread before the dialog closes. */
    void run(String title, ButtonType ok, Callable<?> work, Runnable onDone) {
        if (running) {
            return;
        }
        error.setText("");
        setBusy(true);
        context.tasks().run(title, progress -> {
            try {
                work.call();
                return new Outcome(true, null, null);
            } catch (LetterRuleException e) {
                return new Outcome(false, e.getMessage(), null);
            } catch (Exception e) {
                return new Outcome(false, null, e);
            }
        }, outcome -> {
            setBusy(false);
            if (outcome.done()) {
                onDone.run();
                dialog.setResult(ok);
                dialog.close();
            } else if (outcome.refusal() != null) {
                error.setText(outcome.refusal());
            } else {
                org.slf4j.LoggerFactory.getLogger(DialogWork.class).error("{} failed", title, outcome.failure());
                context.dialogs().showError(title, context.errors().describe(title, outcome.failure()));
            }
        });
    }

    private void setBusy(boolean busy) {
        running = busy;
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            if (dialog.getDialogPane().lookupButton(type) instanceof Button b) {
                b.setDisable(busy);
            }
        }
    }
}
