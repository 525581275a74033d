package org.nineones.ui.print;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nineones.service.grids.GridSample;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;

/** 打印预览 → 网格责任公示牌 and 网格图 on the sample's grid: both open in the print preview, one page per board. */
class GridPreviewUiTest extends UiTestBase {

    @Test
    void previewsTheBoardsPageByPageAndTheMap(FxRobot robot) {
        GridSample.asSample(ui.context.services().settings().workspaces());
        window(robot).openSample();
        window(robot).chooseMenuItem("preview-grid-boards");
        PrintPreviewHandle boards = new PrintPreviewHandle(robot);
        assertTrue(boards.page().startsWith("第 1 页") && boards.page().contains(String.valueOf(
                GridSample.AREAS.size())), boards.page());
        assertTrue(boards.next().page().startsWith("第 2 页"), boards.page());
        boards.close();
        window(robot).chooseMenuItem("preview-grid-map");
        PrintPreviewHandle map = new PrintPreviewHandle(robot);
        assertTrue(map.page().startsWith("第 1 页"), map.page());
        map.close();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }
}
