package org.nineones.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineones.model.Messages;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.store.Workspace;

/** The English labels are longer than the Chinese ones: every printout still fits, with nothing cut. */
class EnglishPrintTest {

    @TempDir
    Path dir;

    private final Messages english = new Messages(Locale.ENGLISH);
    private final PrintService service = new PrintService(english, new CardPrintService(english));

    @ParameterizedTest
    @CsvSource({"RISK_CARDS,Post risk notification card (continued)", "EMERGENCY_CARDS,Emergency card (continued)",
            "DUTY_BOOK,Assessment standard", "REGISTER,Duty list version"})
    void printsEveryKindWithTheEnglishLabels(PrintKind kind, String label) throws Exception {
        Path pdf = dir.resolve(kind + ".pdf");
        try (Workspace ws = PrintWorkspaces.create(dir.resolve("企业.nineones"), 3, true)) {
            service.print(ws, kind, pdf, null, PrintWorkspaces.DAY, Progress.NONE);
        }
        PrintFiles.keepForLooking(pdf);
        String text = PdfFiles.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains(label), text.substring(0, Math.min(2000, text.length())));
        assertEquals(List.of(), PdfFiles.glyphsOutside(pdf, 14f));
    }
}
