package org.nineones.excel;

import java.io.IOException;
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
        Path folder = AppTemp.folder().resolve("poi");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
    }
}
