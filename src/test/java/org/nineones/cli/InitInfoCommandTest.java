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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class InitInfoCommandTest {

    private static final String CODE = "91371600MA3C7E2X1C";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path workspace() {
        return dir.resolve("张三的文件").resolve("企业.nineones");
    }

    @Test
    void initCreatesWorkspaceAndInfoPrintsItsCountsAsJson() throws Exception {
        assertEquals(0, run("init", "--workspace", workspace().toString(), "--name", "滨州示例化工有限公司",
                "--credit-code", CODE), err.toString());
        assertTrue(Files.isRegularFile(workspace()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("info", "--workspace", workspace().toString(), "--json"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("滨州示例化工有限公司", json.get("name").asText());
        assertEquals(CODE, json.get("creditCode").asText());
        assertEquals(0, json.get("orgUnits").asInt());
        assertEquals(0, json.get("posts").asInt());
        assertEquals(0, json.get("employees").asInt());
    }

    @Test
    void initAddsTheExtensionWhenTheNameHasNone() {
        assertEquals(0, run("init", "--workspace", dir.resolve("企业").toString(), "--name", "某公司", "--credit-code", CODE));
        assertTrue(Files.isRegularFile(dir.resolve("企业.nineones")));
    }

    @Test
    void initRefusesAWrongCreditCodeAndCreatesNothing() {
        assertEquals(1, run("init", "--workspace", workspace().toString(), "--name", "某公司",
                "--credit-code", "91371600MA3C7E2X1K"));
        assertTrue(err.toString().contains("校验位不正确"), err.toString());
        assertFalse(Files.exists(workspace()));
    }

    @Test
    void initRefusesABlankName() {
        assertEquals(1, run("init", "--workspace", workspace().toString(), "--name", " ", "--credit-code", CODE));
        assertTrue(err.toString().contains("企业名称"), err.toString());
        assertFalse(Files.exists(workspace()));
    }

    @Test
    void initRefusesToOverwriteAnExistingWorkspace() {
        assertEquals(0, run("init", "--workspace", workspace().toString(), "--name", "甲", "--credit-code", CODE));
        assertEquals(1, run("init", "--workspace", workspace().toString(), "--name", "乙", "--credit-code", CODE));
        assertTrue(err.toString().contains("文件已存在"), err.toString());
    }

    @Test
    void infoSaysClearlyWhenTheFileIsNotAWorkspace() throws Exception {
        Path notes = dir.resolve("笔记.nineones");
        Files.writeString(notes, "不是数据库", StandardCharsets.UTF_8);
        assertEquals(1, run("info", "--workspace", notes.toString(), "--json"));
        assertTrue(err.toString().contains("不是九个一的企业数据文件"), err.toString());
        assertEquals("", out.toString());
    }
}
