package org.nineones.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.nineones.model.AppTemp;

/**
 * POI's scratch files (streamed workbooks) go to this process's own folder of {@link AppTemp}, not to the shared
 * {@code /tmp/poifiles}, which belongs to whichever user of the machine wrote a spreadsheet first.
 */
public final class PoiTempFolder {

    private PoiTempFolder() {
    }

    public static void use() throws IOException {
        // POI falls back to /tmp/poifiles when the folder does not exist yet: make it first
        Path folder = Files.createDirectories(AppTemp.folder().resolve("poi"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
    }
}
