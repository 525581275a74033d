package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;

/** A command typed wrongly: exit 1, one sentence in the user's language, then the command's usage. */
class UsageErrorsTest {

    @TempDir
    Path dir;

    private CliRun run(Locale locale, String... args) {
        return CliRun.of(new Services(new Settings(dir.resolve("home")), new Messages(locale)), args);
    }

    private CliRun run(String... args) {
        return run(Locale.SIMPLIFIED_CHINESE, args);
    }

    @Test
    void aMissingOptionIsNamedInChineseWithTheUsage() {
        CliRun run = run("info");
        assertEquals(NineonesCli.FAILED, run.code());
        assertTrue(run.err().startsWith("info: 缺少必需的选项 --workspace。"), run.err());
        assertTrue(run.err().contains("Usage: nineones info"), "the usage follows: " + run.err());
        assertFalse(run.err().contains("Missing required"), run.err());
    }

    @Test
    void aDateThatDoesNotExistSaysHowToWriteOne() {
        CliRun run = run("compliance", "--workspace", dir.resolve("w.nineones").toString(), "--as-of", "2026-02-30");
        assertEquals(NineonesCli.FAILED, run.code());
        assertTrue(run.err().startsWith("compliance: 选项 --as-of 的值“2026-02-30”不对：请写一个真实存在的日期"), run.err());
        assertFalse(run.err().contains("DateTimeParseException") || run.err().contains("could not be parsed"), run.err());
    }

    @Test
    void aWordThatIsNotANumberAndAnUnknownOptionAreTold() {
        CliRun number = run("generate", "--employees", "两百", "--out", dir.resolve("r.xlsx").toString());
        assertEquals(NineonesCli.FAILED, number.code());
        assertTrue(number.err().startsWith("generate: 选项 --employees 的值“两百”不对：请写一个整数"), number.err());

        CliRun unknown = run("info", "--workspace", "w.nineones", "--jsno");
        assertEquals(NineonesCli.FAILED, unknown.code());
        assertTrue(unknown.err().startsWith("info: 不认识“--jsno”"), unknown.err());
    }

    @Test
    void englishUsersReadEnglish() {
        CliRun run = run(Locale.ENGLISH, "export", "--kind", "duties", "--out", "x.xlsx");
        assertEquals(NineonesCli.FAILED, run.code());
        assertTrue(run.err().startsWith("export: The option --workspace is missing."), run.err());
    }
}
