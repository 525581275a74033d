package org.nineones.service.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

class CardPrintServiceTest {

    @TempDir
    Path dir;

    private final CardPrintService service = new CardPrintService(new Messages(Locale.SIMPLIFIED_CHINESE));

    @Test
    void printsOneCardPerActiveEmployeeWithChineseTextAndDigits() throws Exception {
        Path folder = dir.resolve("张三的文件");
        Path pdf = folder.resolve("岗位责任卡.pdf");
        try (Workspace ws = CardWorkspaces.create(folder.resolve("企业.nineones"), 7, CardWorkspaces.EMERGENCY_PHONE)) {
            assertEquals(7, service.printCards(ws, pdf, Progress.NONE));
        }
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains(CardWorkspaces.name(0)), text);
        assertTrue(text.contains("反应釜操作工"), text);
        assertTrue(text.contains("正确佩戴和使用劳动防护用品"), text);
        assertTrue(text.contains(CardWorkspaces.idNumber(1).masked()), text);
        assertTrue(text.contains(CardWorkspaces.EMERGENCY_PHONE), text);
        assertFalse(text.contains(CardWorkspaces.idNumber(1).value()), "ID numbers are printed masked");
        assertFalse(text.contains("离职者"), "people who left get no card");
        assertEquals(2, PdfFiles.pages(pdf));
        assertEquals(java.util.List.of(), PdfFiles.notEmbeddedFonts(pdf));
        assertEquals(java.util.List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }
}
