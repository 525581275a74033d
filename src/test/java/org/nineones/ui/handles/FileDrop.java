package org.nineones.ui.handles;

import java.io.File;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;

/**
 * Drops files on a node the way a file manager does: a drag-over, then, if the node accepted it, the drop. The
 * events go through the node's real handlers on the FX thread; a handler may open a modal dialog, so the drop is
 * not waited for beyond the handlers' return of control to the event loop.
 */
public final class FileDrop {

    /** What the node answered: the transfer mode it accepted on drag-over (null: refused). */
    public record Answer(TransferMode accepted) {
    }

    private FileDrop() {
    }

    /** Drags the files over the node; returns what it accepted, and drops them when it accepted. */
    public static Answer drop(Node node, List<Path> files) throws Exception {
        FileClipboard clipboard = new FileClipboard(files.stream().map(Path::toFile).toList());
        CompletableFuture<TransferMode> accepted = new CompletableFuture<>();
        Platform.runLater(() -> {
            Dragboard dragboard = DragboardHelper.createDragboard(clipboard);
            DragEvent over = event(node, DragEvent.DRAG_OVER, dragboard, null);
            Event.fireEvent(node, over);
            TransferMode mode = over.getAcceptedTransferMode();
            accepted.complete(mode);
            if (mode != null) {
                Event.fireEvent(node, event(node, DragEvent.DRAG_DROPPED, dragboard, mode));
            }
        });
        return new Answer(accepted.get(10, TimeUnit.SECONDS));
    }

    private static DragEvent event(Node node, javafx.event.EventType<DragEvent> type, Dragboard dragboard,
                                   TransferMode accepted) {
        var bounds = node.localToScreen(node.getBoundsInLocal());
        double x = bounds.getCenterX();
        double y = bounds.getCenterY();
        var local = node.screenToLocal(x, y);
        return new DragEvent(null, node, type, dragboard, local.getX(), local.getY(), x, y,
                accepted == null ? TransferMode.COPY : accepted, null, null, null);
    }

    /** A clipboard holding a list of files and nothing else. */
    private static final class FileClipboard implements TKClipboard {
        private final List<File> files;

        FileClipboard(List<File> files) {
            this.files = List.copyOf(files);
        }

        @Override
        public void setSecurityContext(AccessControlContext context) {
            // a test clipboard has no access rules
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
            // no drag image in tests
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
            // no drag image in tests
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
            // no drag image in tests
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
