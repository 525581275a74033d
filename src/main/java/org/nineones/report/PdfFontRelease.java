package org.nineones.report;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.lowagie.text.Chunk;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;

/**
 * Lets go of the fonts the PDF library keeps after an export. JasperReports asks OpenPDF for every font with
 * caching on, so the bundled CJK faces stay parsed in a static cache for the life of the process: their bytes
 * (16 + 4 MB) and a map of every code point to its glyph (~150,000 boxed entries), ~30 MB of old generation that
 * every full collection must go over. OpenPDF also keeps the last text chunk it made in a static field, and with it
 * that chunk's font. Once no export is running, both are released; the next export parses the fonts again
 * (a fraction of a second, against prints of seconds). Decision 0019.
 */
final class PdfFontRelease {

    private static final AtomicInteger RUNNING = new AtomicInteger();

    private PdfFontRelease() {
    }

    /** Call before an export; pair with {@link #exportEnded()} in a finally block. */
    static void exportStarted() {
        RUNNING.incrementAndGet();
    }

    /** The last running export has ended: release the fonts. */
    static void exportEnded() {
        if (RUNNING.decrementAndGet() == 0) {
            release();
        }
    }

    /** Replaces the library's last chunk by one in its built-in Helvetica, then empties its font cache. */
    static void release() {
        ColumnText column = new ColumnText(null);
        column.addText(new Chunk(" "));
        column.setSimpleColumn(0, 0, 100, 100);
        try {
            column.go(true);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("measuring a blank chunk failed", e);
        }
        CacheAccess.clear();
    }

    /** The names of the fonts the library holds now (for tests). */
    static List<String> cachedFontNames() {
        return CacheAccess.names();
    }

    /** The font cache is a protected static field of {@link BaseFont}; this subclass is never instantiated. */
    private abstract static class CacheAccess extends BaseFont {
        private CacheAccess() {
        }

        static void clear() {
            fontCache.clear();
        }

        static List<String> names() {
            return List.copyOf(fontCache.keySet());
        }
    }
}
