package org.nineones.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;

import org.junit.jupiter.api.Test;
import org.nineones.service.inspection.print.Printouts;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.nineones.ui.output.OutputActions;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's printouts open in the same print preview as every other printout. */
class InspectionPrintPreviewUiTest extends UiTestBase {

    @Test
    void theAcceptanceOpinionAndTheLandscapeScoringSheetAreShownInThePrintPreview(FxRobot robot) {
        // the preview waits for its dialog to close, as after a menu click: start it without waiting for it
        Platform.runLater(() -> new OutputActions(ui.context).preview(Printouts.opinion()));
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewHandle opinion = new PrintPreviewHandle(robot);
        assertTrue(opinion.page().startsWith("第 1 页 / 共 "), opinion.page());
        assertTrue(opinion.imageWidth() > 700 && opinion.imageWidth() < 900, "an A4 page at 96 dpi: "
                + opinion.imageWidth());
        opinion.next();
        assertTrue(opinion.page().startsWith("第 2 页"), opinion.page());
        opinion.close();

        Platform.runLater(() -> new OutputActions(ui.context).preview(Printouts.scoringSheet()));
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewHandle sheet = new PrintPreviewHandle(robot);
        assertTrue(sheet.imageWidth() > 1000, "A4 landscape: " + sheet.imageWidth());
        sheet.close();
        assertEquals(0, ui.dialogs.errors.size(), () -> ui.dialogs.errors.toString());
    }
}
