package org.nineones.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the rule tables shipped as tab-separated text ({@code sample-data/rules/*.tsv}): lines starting
 * with {@code #} and blank lines skipped, then the header, then one row per line with a fixed number of cells. A
 * malformed table is refused naming the line.
 */
public final class RuleTable {

    /** A row of the table: its line number in the file (for messages) and its cells, stripped. */
    public record Row(int line, List<String> cells) {

        public String cell(int index) {
            return cells.get(index);
        }

        /** A refusal naming this row's line. */
        public IllegalArgumentException problem(String what) {
            return new IllegalArgumentException("line " + line + ": " + what);
        }
    }

    /** What a table becomes once read. */
    @FunctionalInterface
    public interface Parser<T> {
        T read(Reader source) throws IOException;
    }

    private RuleTable() {
    }

    /**
     * The rows after {@code header}.
     *
     * @throws IllegalArgumentException naming the line when the header is missing or not the first line, or a row has not
     *                                  {@code columns} cells
     */
    public static List<Row> rows(Reader source, String header, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        boolean headerSeen = false;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!text.equals(header)) {
                    throw new IllegalArgumentException("line " + number + ": the header must be '" + header + "'");
                }
                headerSeen = true;
                continue;
            }
            String[] cells = text.split("\t");
            if (cells.length != columns) {
                throw new IllegalArgumentException("line " + number + ": " + columns
                        + " columns separated by tabs, not " + cells.length);
            }
            List<String> stripped = new ArrayList<>(cells.length);
            for (String cell : cells) {
                stripped.add(cell.strip());
            }
            rows.add(new Row(number, List.copyOf(stripped)));
        }
        if (!headerSeen) {
            throw new IllegalArgumentException("line " + number + ": no header '" + header + "'");
        }
        return rows;
    }

    /** A table bundled with the application at {@code resource}, read by {@code parser}. */
    public static <T> T bundled(Class<?> owner, String resource, String what, Parser<T> parser) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " are missing from this build: " + resource);
            }
            return parser.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
