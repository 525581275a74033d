package org.nineones.excel.content;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.HeaderText;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.model.Messages;

/**
 * Reads a content sheet through the same pipeline as the roster ({@link TableReader}): titles and notes above the
 * header, blank rows and header variants (职责/职责内容/安全职责…) are taken in stride; columns are mapped by header.
 */
public final class ContentSheetReader {

    /** A field together with every header it is known by, the bundle's own header included. */
    private record Known(ContentColumn column, List<String> headers) implements HeaderField {
    }

    private static final Known NONE = new Known(null, List.of());

    private final Messages messages;
    private final TableReader tables;

    public ContentSheetReader(Messages messages, SpreadsheetReader reader, int maxDataRows) {
        this.messages = messages;
        this.tables = new TableReader(reader, maxDataRows);
    }

    /**
     * Reads the sheet of one kind: the visible sheet whose header names most of the kind's columns.
     *
     * @throws SpreadsheetException when the file cannot be read or no header is found
     */
    public ContentSheet read(Path file, ExchangeKind kind, BooleanSupplier cancelled) throws SpreadsheetException {
        List<Known> known = kind.columns().stream().map(c -> new Known(c,
                Stream.concat(c.headers().stream(), Stream.of(HeaderText.normalise(messages.get(c.headerKey()))))
                        .distinct().toList())).toList();
        HeaderTable table = tables.read(file, null, known, cancelled);
        List<Known> mapped = HeaderField.mapColumns(table.headers(), known, NONE);
        Map<ContentColumn, Integer> columns = new EnumMap<>(ContentColumn.class);
        for (int i = 0; i < mapped.size(); i++) {
            if (mapped.get(i) != NONE) {
                columns.put(mapped.get(i).column(), i);
            }
        }
        return new ContentSheet(kind, table, columns);
    }
}
