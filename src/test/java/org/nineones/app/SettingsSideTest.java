package org.nineones.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side the app opens on: read from {@code startup.side}, remembered without touching the user's other lines. */
class SettingsSideTest {

    @TempDir
    Path home;

    @Test
    void theSideIsRememberedInTheSettingsFileKeepingEveryOtherLine() throws Exception {
        Settings settings = new Settings(home.resolve("设置"));
        assertEquals(Settings.Side.ENTERPRISE, settings.side());
        settings.rememberSide(Settings.Side.INSPECTOR);
        assertEquals(Settings.Side.INSPECTOR, settings.side());
        assertEquals(List.of("startup.side=inspector"), Files.readAllLines(settings.settingsFile()));

        Files.write(settings.settingsFile(), List.of("# 备份保留份数", "backup.keep=5", "startup.side = inspector",
                "startup.reopenLast=false"), StandardCharsets.UTF_8);
        settings.rememberSide(Settings.Side.ENTERPRISE);
        assertEquals(List.of("# 备份保留份数", "backup.keep=5", "startup.side=enterprise", "startup.reopenLast=false"),
                Files.readAllLines(settings.settingsFile(), StandardCharsets.UTF_8));
        assertEquals(Settings.Side.ENTERPRISE, settings.side());
        assertEquals(5, settings.backupPolicy().keep());

        Files.write(settings.settingsFile(), List.of("startup.side=somewhere"), StandardCharsets.UTF_8);
        assertEquals(Settings.Side.ENTERPRISE, settings.side(), "anything but inspector is the enterprise side");
    }
}
