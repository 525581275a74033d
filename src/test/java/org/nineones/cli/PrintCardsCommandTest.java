package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.report.PdfFiles;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.store.Workspace;

class PrintCardsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path folder() {
        return dir.resolve("张三的文件");
    }

    @Test
    void printsTheCardsAndSaysHowManyAndWhere() throws Exception {
        Path workspace = folder().resolve("企业.nineones");
        try (Workspace ws = CardWorkspaces.create(workspace, 5, CardWorkspaces.EMERGENCY_PHONE)) {
            ws.file();
        }
        Path pdf = folder().resolve("岗位责任卡.pdf");
        int exit = run("print-cards", "--workspace", workspace.toString(), "--out", pdf.toString());
        assertEquals(NineonesCli.OK, exit, err.toString());
        assertTrue(out.toString().contains("已生成 5 张岗位责任卡"), out.toString());
        assertTrue(out.toString().contains(pdf.getFileName().toString()), out.toString());
        assertEquals(2, PdfFiles.pages(pdf));
    }

    @Test
    void failsWithOneSentenceWhenThereAreNoEmployeesYet() throws Exception {
        Path workspace = folder().resolve("空企业.nineones");
        try (Workspace ws = CardWorkspaces.create(workspace, 0, "")) {
            ws.file();
        }
        Path pdf = folder().resolve("cards.pdf");
        int exit = run("print-cards", "--workspace", workspace.toString(), "--out", pdf.toString());
        assertEquals(NineonesCli.FAILED, exit);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("还没有在岗人员"), err.toString());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void failsWithOneSentenceWhenTheWorkspaceCannotBeOpened() throws Exception {
        Path notAWorkspace = folder().resolve("笔记.nineones");
        Files.createDirectories(folder());
        Files.writeString(notAWorkspace, "这不是数据库", StandardCharsets.UTF_8);
        int exit = run("print-cards", "--workspace", notAWorkspace.toString(), "--out", folder().resolve("c.pdf").toString());
        assertEquals(NineonesCli.FAILED, exit);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("不是九个一的企业数据文件"), err.toString());
        assertFalse(Files.exists(folder().resolve("c.pdf")));
    }

    @Test
    void explainsItselfWithHelp() {
        int exit = run("print-cards", "--help");
        assertEquals(NineonesCli.OK, exit);
        assertTrue(out.toString().contains("--workspace") && out.toString().contains("--out"), out.toString());
    }
}
