package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.AppTemp;
import org.nineones.model.Messages;

/**
 * POI's scratch files go to the user's own temp folder of the app, a folder per running process, not to the
 * machine-wide {@code /tmp/poifiles} that belongs to whichever user wrote a spreadsheet first.
 */
class PoiTempFolderTest {

    @TempDir
    Path dir;

    @Test
    void scratchFilesLiveInThisUsersOwnFolder() throws Exception {
        Path home = dir.resolve("用户 甲");
        new Services(new Settings(home), new Messages(Locale.SIMPLIFIED_CHINESE));
        File scratch = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
        try {
            Path own = home.resolve("tmp").resolve(Long.toString(ProcessHandle.current().pid()));
            assertEquals(own.toAbsolutePath(), AppTemp.folder());
            assertTrue(scratch.toPath().toAbsolutePath().startsWith(own.toAbsolutePath()), scratch.toString());
            assertTrue(!scratch.toPath().toString().contains("poifiles"), scratch.toString());
        } finally {
            Files.deleteIfExists(scratch.toPath());
        }
    }
}
