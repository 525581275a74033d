package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.report.PdfFiles;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.service.print.PrintWorkspaces;
import org.nineones.store.Workspace;

class PrintCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path workspace(boolean content) throws Exception {
        Path file = dir.resolve("张三的文件").resolve("企业.nineones");
        try (Workspace ws = content ? PrintWorkspaces.create(file, 3, false)
                : CardWorkspaces.create(file, 3, CardWorkspaces.EMERGENCY_PHONE)) {
            ws.file();
        }
        return file;
    }

    @ParameterizedTest
    @CsvSource({"cards,岗位责任卡,1", "risk-cards,岗位风险告知卡,2", "emergency-cards,应急处置卡,1",
            "duty-book,岗位安全生产责任清单汇编,4", "register,人员责任登记册,1"})
    void printsEachKindAndSaysWhatAndWhere(String kind, String name, int pages) throws Exception {
        Path workspace = workspace(true);
        Path pdf = dir.resolve("输出").resolve(kind + ".pdf");
        int exit = run("print", "--workspace", workspace.toString(), "--kind", kind, "--out", pdf.toString());
        assertEquals(NineonesCli.OK, exit, err.toString());
        assertTrue(out.toString().contains("已生成" + name), out.toString());
        assertTrue(out.toString().contains(pdf.getFileName().toString()), out.toString());
        assertEquals(pages, PdfFiles.pages(pdf));
        assertTrue(PdfFiles.text(pdf).contains(CardWorkspaces.ENTERPRISE));
    }

    @Test
    void printsOnePost() throws Exception {
        Path workspace = workspace(true);
        Path pdf = dir.resolve("one.pdf");
        int exit = run("print", "--workspace", workspace.toString(), "--kind", "risk-cards", "--out", pdf.toString(),
                "--post", PrintWorkspaces.OPERATOR);
        assertEquals(NineonesCli.OK, exit, err.toString());
        assertEquals(1, PdfFiles.pages(pdf));
        assertFalse(PdfFiles.text(pdf).contains(PrintWorkspaces.LEADER));
    }

    @Test
    void failsWithOneSentenceForAnUnknownPostKindOrNothingToPrint() throws Exception {
        Path workspace = workspace(false);
        Path pdf = dir.resolve("x.pdf");
        assertEquals(NineonesCli.FAILED, run("print", "--workspace", workspace.toString(), "--kind", "register",
                "--out", pdf.toString(), "--post", "无此岗位"));
        assertEquals(NineonesCli.FAILED, run("print", "--workspace", workspace.toString(), "--kind", "posters",
                "--out", pdf.toString()));
        assertEquals(NineonesCli.FAILED, run("print", "--workspace", workspace.toString(), "--kind", "emergency-cards",
                "--out", pdf.toString()));
        assertEquals(NineonesCli.FAILED, run("print", "--workspace", workspace.toString(), "--kind", "cards",
                "--out", pdf.toString(), "--post", PrintWorkspaces.OPERATOR));
        String[] lines = err.toString().strip().split("\\R");
        assertEquals(4, lines.length, err.toString());
        assertEquals("print: 没有名为“无此岗位”的岗位。请检查岗位名称（须与组织机构中的名称完全一致）。", lines[0]);
        assertEquals("print: 不认识的打印种类“posters”。可用的种类：cards, risk-cards, emergency-cards, duty-book, register, "
                + "letters, training-file, exam, rewards-notice, assessment-sheet, rectification-list, "
                + "rectification-report, dispatch, grid-boards, grid-map。",
                lines[1]);
        assertEquals("print: 还没有任何岗位的应急处置卡，无法打印。请先为岗位编写应急处置卡。", lines[2]);
        assertTrue(lines[3].contains("去掉 --post"), lines[3]);
        assertFalse(Files.exists(pdf));
    }
}
