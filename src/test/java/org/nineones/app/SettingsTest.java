package org.nineones.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.service.attachments.AttachmentFile;

/** The limit of a duty record's file: 20 MB unless settings.properties says otherwise. */
class SettingsTest {

    @TempDir
    Path home;

    @Test
    void theAttachmentLimitIs20MegabytesUnlessTheSettingsSayOtherwise() throws Exception {
        Settings settings = new Settings(home);
        assertEquals(AttachmentFile.DEFAULT_MAX_BYTES, settings.recordAttachmentLimit());
        assertEquals(20L * 1024 * 1024, settings.recordAttachmentLimit());
        Files.writeString(settings.settingsFile(), "records.maxAttachmentMB = 5\n", StandardCharsets.UTF_8);
        assertEquals(5L * 1024 * 1024, settings.recordAttachmentLimit());
        Files.writeString(settings.settingsFile(), "records.maxAttachmentMB=viel\n", StandardCharsets.UTF_8);
        assertEquals(AttachmentFile.DEFAULT_MAX_BYTES, settings.recordAttachmentLimit());
    }
}
