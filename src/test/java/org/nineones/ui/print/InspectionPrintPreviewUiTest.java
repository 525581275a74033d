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
    void theOnSiteRecordAndTheLandscapeScoringSheetAreShownInThePrintPreview(FxRobot robot) {
        // the preview waits for its dialog to close, as after a menu click: start it without waiting for it
        Platform.runLater(() -> new OutputActions(ui.context).preview(Printouts.onSite()));
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewHandle record = new PrintPreviewHandle(robot);
        assertTrue(record.page().startsWith("第 1 页 / 共 "), record.page());
        assertTrue(record.imageWidth() > 700 && record.imageWidth() < 900, "an A4 page at 96 dpi: "
                + record.imageWidth());
        record.next();
        assertTrue(record.page().startsWith("第 2 页"), record.page());
        record.close();

        Platform.runLater(() -> new OutputActions(ui.context).preview(Printouts.scoringSheet()));
        WaitForAsyncUtils.waitForFxEvents();
        PrintPreviewHandle sheet = new PrintPreviewHandle(robot);
        assertTrue(sheet.imageWidth() > 1000, "A4 landscape: " + sheet.imageWidth());
        sheet.close();
        assertEquals(0, ui.dialogs.errors.size(), () -> ui.dialogs.errors.toString());
    }
}
