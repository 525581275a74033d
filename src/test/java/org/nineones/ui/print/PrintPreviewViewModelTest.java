package org.nineones.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.store.Workspace;
import org.nineones.ui.FakeDialogService;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.CurrentThreadTaskRunner;

/** The print preview's logic on a real PDF of 10 cards (3 pages), without any JavaFX control. */
class PrintPreviewViewModelTest {

    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeDialogService dialogs = new FakeDialogService();
    private CurrentThreadTaskRunner tasks;
    private Path pdf;

    @BeforeEach
    void cards() throws Exception {
        tasks = new CurrentThreadTaskRunner(dialogs, AppContext.errorMessages(messages, new Settings(dir)), messages);
        pdf = dir.resolve("预览").resolve("岗位责任卡.pdf");
        try (Workspace ws = CardWorkspaces.create(dir.resolve("企业.nineones"), 10, CardWorkspaces.EMERGENCY_PHONE)) {
            new CardPrintService(messages).printCards(ws, pdf, Progress.NONE);
        }
    }

    private PrintPreviewViewModel preview(boolean temporary) {
        PrintPreviewViewModel vm = new PrintPreviewViewModel(messages, tasks, dialogs, pdf, "岗位责任卡",
                "岗位责任卡.pdf", temporary);
        vm.load();
        return vm;
    }

    @Test
    void showsTheFirstPageDrawnAtScreenResolution() {
        try (PrintPreviewViewModel vm = preview(false)) {
            assertEquals(3, vm.pagesProperty().get());
            assertEquals("第 1 页 / 共 3 页", vm.pageTextProperty().get());
            assertNotNull(vm.imageProperty().get());
            assertEquals(794, vm.imageProperty().get().getWidth(), 2, "A4 at 96 dpi is 794 pixels wide");
            assertTrue(vm.atFirstProperty().get());
            assertFalse(vm.atLastProperty().get());
        }
    }

    @Test
    void goesPageByPageAndToEitherEndButNotBeyond() {
        try (PrintPreviewViewModel vm = preview(false)) {
            vm.next();
            assertEquals("第 2 页 / 共 3 页", vm.pageTextProperty().get());
            vm.last();
            vm.next();
            assertEquals(2, vm.pageProperty().get());
            assertTrue(vm.atLastProperty().get());
            vm.first();
            vm.previous();
            assertEquals(0, vm.pageProperty().get());
        }
    }

    @Test
    void drawsLargerWhenZoomedIn() {
        try (PrintPreviewViewModel vm = preview(false)) {
            vm.zoomProperty().set(2.0);
            assertEquals(1588, vm.imageProperty().get().getWidth(), 3);
        }
    }

    @Test
    void printsEveryPageThroughTheSystemDialogAndSaysSo() {
        try (PrintPreviewViewModel vm = preview(false)) {
            vm.print();
        }
        assertEquals(List.of("岗位责任卡 (3)"), dialogs.printed);
        assertEquals(List.of("已将 3 页送往打印机。"), dialogs.infos);
    }

    @Test
    void saysNothingWhenPrintingIsCancelled() {
        dialogs.printAnswers.add(false);
        try (PrintPreviewViewModel vm = preview(false)) {
            vm.print();
        }
        assertTrue(dialogs.printed.isEmpty());
        assertTrue(dialogs.infos.isEmpty());
    }

    @Test
    void savesACopyAndDeletesAPdfMadeOnlyForThePreview() throws Exception {
        Path copy = dir.resolve("安全科").resolve("责任卡副本.pdf");
        Files.createDirectories(copy.getParent());
        dialogs.files.add(copy);
        try (PrintPreviewViewModel vm = preview(true)) {
            vm.saveAs();
        }
        assertEquals(Files.size(copy) > 0, true);
        assertFalse(Files.exists(pdf), "the preview's own PDF is gone once it closes");
        assertTrue(dialogs.infos.get(0).startsWith("已保存："), dialogs.infos.get(0));
    }

    @Test
    void reportsAFileThatIsNotAPdf() throws Exception {
        Files.writeString(pdf, "不是 PDF");
        try (PrintPreviewViewModel vm = preview(false)) {
            assertEquals(0, vm.pagesProperty().get());
        }
        assertEquals(List.of("无法打开这个 PDF 文件：它已被删除、不是 PDF 或已损坏。请重新生成后再预览。"), dialogs.errors);
    }

    @Test
    void withoutAPrinterOffersToSaveThePdfAndPrintsNothing() throws Exception {
        dialogs.printerInstalled = false;
        Path copy = Files.createDirectories(dir.resolve("安全科")).resolve("责任卡.pdf");
        dialogs.confirmations.add(true);
        dialogs.files.add(copy);
        try (PrintPreviewViewModel vm = preview(false)) {
            vm.print();
        }
        assertTrue(dialogs.printed.isEmpty());
        assertEquals(List.of("这台电脑没有安装打印机，无法打印“岗位责任卡”。可以先另存为 PDF，再拿到有打印机的电脑上打印。"),
                dialogs.questions);
        try (var saved = org.apache.pdfbox.Loader.loadPDF(copy.toFile())) {
            assertEquals(3, saved.getNumberOfPages());
        }
    }

    @Test
    void withoutAPrinterSavesNothingWhenTheUserDeclines() {
        dialogs.printerInstalled = false;
        dialogs.confirmations.add(false);
        try (PrintPreviewViewModel vm = preview(false)) {
            vm.print();
        }
        assertTrue(dialogs.printed.isEmpty());
        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.infos.isEmpty(), dialogs.infos::toString);
    }
}
