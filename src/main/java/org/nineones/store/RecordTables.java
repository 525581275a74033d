package org.nineones.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.nineones.model.IdNumber;

/**
 * The records the checks read, as one deterministic JSON document (decision 0022): every table of the workspace but
 * those that are not records of the enterprise's work ({@link #LEFT_OUT}), tables by name, rows by primary key,
 * every text passed through the caller's masker, BLOB columns left out (named, so a loader can fill them empty).
 * The inspector's copy loads it into a new temporary workspace of the same schema, on which the checks run as on the
 * enterprise's own file.
 *
 * <pre>
 * {"format":"nineones-records","formatVersion":1,"schemaVersion":8,"edition":"standard",
 *  "tables":[{"name":"employee","columns":["id","name",…],"omitted":[],"rows":[[1,"张三",…],…]},…]}
 * </pre>
 */
public final class RecordTables {

    public static final String FORMAT = "nineones-records";
    public static final int FORMAT_VERSION = 1;
    /**
     * Not records of the enterprise's work: the log, the exports, the self-assessments and templates, Flyway's; the
     * problem list and its measures (V10: the answer to an inspection, which the closing package carries); the
     * dispatch reports' photos (the checks read the reports, not their photos).
     */
    static final Set<String> LEFT_OUT = Set.of("audit_log", "package_export", "package_export_count",
            "self_assessment", "checklist_template", "flyway_schema_history",
            "findings_import", "problem", "measure", "measure_version", "measure_evidence_record",
            "measure_evidence_attachment", "dispatch_photo");
    /**
     * Columns left out of a table that goes in, by table: they point into a table left out, and the loaded copy
     * leaves them at their default (NULL). A dispatch report's problem is the problem list's (decision 0030).
     */
    static final Map<String, Set<String>> COLUMNS_LEFT_OUT = Map.of("dispatch_report", Set.of("problem_id"));
    private static final int BATCH = 2000;
    private static final JsonFactory JSON = new JsonFactory();

    private RecordTables() {
    }

    /** Rows written per table, by table name. */
    public record Dumped(Map<String, Integer> rows) {
    }

    /**
     * Writes the records of the workspace to {@code out} (not closed). {@code texts} masks each text value;
     * {@code checkpoint} runs every few thousand rows (to cancel by throwing).
     */
    public static Dumped dump(Workspace workspace, OutputStream out, String edition, UnaryOperator<String> texts,
                              Runnable checkpoint) throws IOException {
        try {
            return workspace.read(store -> {
                try {
                    return write(workspace.connection(), out, edition, texts, checkpoint);
                } catch (SQLException e) {
                    throw new StoreException("cannot read the records: " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private static Dumped write(Connection c, OutputStream out, String edition, UnaryOperator<String> texts,
                                Runnable checkpoint) throws SQLException, IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeNumberField("schemaVersion", Workspace.SCHEMA_VERSION);
            g.writeStringField("edition", edition);
            g.writeArrayFieldStart("tables");
            for (String table : tables(c)) {
                counts.put(table, writeTable(c, g, table, texts, checkpoint));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return new Dumped(counts);
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                if (!LEFT_OUT.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static int writeTable(Connection c, JsonGenerator g, String table, UnaryOperator<String> texts,
                                  Runnable checkpoint) throws SQLException, IOException {
        List<String> columns = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        Map<Integer, String> keys = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                if (COLUMNS_LEFT_OUT.getOrDefault(table, Set.of()).contains(name)) {
                    continue;
                }
                if ("BLOB".equalsIgnoreCase(rs.getString("type"))) {
                    omitted.add(name);
                } else {
                    columns.add(name);
                }
                if (rs.getInt("pk") > 0) {
                    keys.put(rs.getInt("pk"), name);
                }
            }
        }
        String order = keys.isEmpty() ? "rowid" : String.join(", ", keys.values().stream().map(RecordTables::quote)
                .toList());
        g.writeStartObject();
        g.writeStringField("name", table);
        g.writeArrayFieldStart("columns");
        for (String column : columns) {
            g.writeString(column);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("omitted");
        for (String column : omitted) {
            g.writeString(column);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        int rows = 0;
        String select = "SELECT " + String.join(", ", columns.stream().map(RecordTables::quote).toList())
                + " FROM " + quote(table) + " ORDER BY " + order;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            while (rs.next()) {
                g.writeRaw('\n');
                g.writeStartArray();
                for (int i = 1; i <= columns.size(); i++) {
                    writeValue(g, rs.getObject(i), texts);
                }
                g.writeEndArray();
                if (++rows % BATCH == 0) {
                    checkpoint.run();
                }
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        return rows;
    }

    private static void writeValue(JsonGenerator g, Object value, UnaryOperator<String> texts) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f.doubleValue());
        } else if (value instanceof byte[] bytes) {
            g.writeString(texts.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        } else {
            g.writeString(texts.apply(value.toString()));
        }
    }

    /** What a records document said about itself. */
    public record Header(int formatVersion, int schemaVersion, String edition) {
    }

    /**
     * The first row of one table of a records document, by column, read without loading the document (the tables
     * before it are skipped as they stream by): what the inspector's side needs of the enterprise when a package is
     * opened. Empty when the table is not there or has no row.
     *
     * @throws RecordsRefusedException when the document is not a records document
     */
    public static Optional<Map<String, Object>> firstRow(InputStream in, String table) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, JsonToken.START_OBJECT);
            if (!FORMAT.equals(stringField(p, "format"))) {
                throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, "format");
            }
            intField(p, "formatVersion");
            intField(p, "schemaVersion");
            stringField(p, "edition");
            field(p, "tables");
            expect(p, JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String name = stringField(p, "name");
                List<String> columns = stringArray(p, "columns");
                stringArray(p, "omitted");
                field(p, "rows");
                expect(p, JsonToken.START_ARRAY);
                if (!name.equals(table)) {
                    p.skipChildren();
                    expect(p, JsonToken.END_OBJECT, p.nextToken());
                    continue;
                }
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    return Optional.empty();
                }
                Map<String, Object> row = new LinkedHashMap<>();
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (i >= columns.size()) {
                        throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, table);
                    }
                    row.put(columns.get(i++), value(p, t));
                }
                return Optional.of(row);
            }
            return Optional.empty();
        }
    }

    /**
     * Makes a new workspace at {@code file} (which must not exist) holding the records of the document, opened
     * read-only ({@code PRAGMA query_only}). The schema is the document's, then migrated to this version's.
     *
     * @throws RecordsRefusedException when the document is not a records document, or is from a newer version
     */
    public static Workspace load(InputStream in, Path file) throws IOException, WorkspaceException {
        Header header;
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, JsonToken.START_OBJECT);
            if (!FORMAT.equals(stringField(p, "format"))) {
                throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, "format");
            }
            int formatVersion = intField(p, "formatVersion");
            int schemaVersion = intField(p, "schemaVersion");
            if (formatVersion > FORMAT_VERSION || schemaVersion > Workspace.SCHEMA_VERSION) {
                throw new RecordsRefusedException(RecordsRefusedException.Reason.NEWER, "version");
            }
            header = new Header(formatVersion, schemaVersion, stringField(p, "edition"));
            field(p, "tables");
            expect(p, JsonToken.START_ARRAY);
            try (Connection c = Workspace.createEmpty(file, header.schemaVersion())) {
                c.setAutoCommit(false);
                Map<String, String> triggers = dropTriggers(c);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    readTable(c, p);
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : triggers.values()) {
                        s.execute(sql);
                    }
                }
                c.commit();
            } catch (SQLException e) {
                throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, e.getMessage());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, "JSON");
        }
        if (header.schemaVersion() < Workspace.SCHEMA_VERSION) {
            Workspace.migrateFully(file);
        }
        Workspace workspace = Workspace.open(file);
        try (Statement s = workspace.connection().createStatement()) {
            s.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            workspace.close();
            throw new StoreException("cannot make the loaded records read-only: " + e.getMessage(), e);
        }
        return workspace;
    }

    private static Map<String, String> dropTriggers(Connection c) throws SQLException {
        Map<String, String> triggers = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
            while (rs.next()) {
                triggers.put(rs.getString(1), rs.getString(2));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : triggers.keySet()) {
                s.execute("DROP TRIGGER " + quote(name));
            }
        }
        return triggers;
    }

    private static void readTable(Connection c, JsonParser p) throws IOException, SQLException {
        String table = stringField(p, "name");
        if (LEFT_OUT.contains(table) || table.startsWith("sqlite_")) {
            throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, table);
        }
        List<String> columns = stringArray(p, "columns");
        List<String> omitted = stringArray(p, "omitted");
        if (columns.stream().anyMatch(COLUMNS_LEFT_OUT.getOrDefault(table, Set.of())::contains)) {
            throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, table);
        }
        List<String> all = new ArrayList<>(columns);
        all.addAll(omitted);
        String sql = "INSERT INTO " + quote(table) + " (" + String.join(", ", all.stream().map(RecordTables::quote)
                .toList()) + ") VALUES (" + String.join(", ", all.stream().map(x -> "?").toList()) + ")";
        int idNumber = "employee".equals(table) ? columns.indexOf("id_number") : -1;
        int id = columns.indexOf("id");
        field(p, "rows");
        expect(p, JsonToken.START_ARRAY);
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int pending = 0;
            Object[] row = new Object[columns.size()];
            while (p.nextToken() == JsonToken.START_ARRAY) {
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (i >= row.length) {
                        throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, table);
                    }
                    row[i++] = value(p, t);
                }
                if (i != row.length) {
                    throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, table);
                }
                if (idNumber >= 0 && id >= 0 && row[idNumber] instanceof String masked && masked.contains("*")) {
                    row[idNumber] = stillUnique(masked, row[id]);
                }
                for (int k = 0; k < row.length; k++) {
                    insert.setObject(k + 1, row[k]);
                }
                for (int k = 0; k < omitted.size(); k++) {
                    insert.setBytes(row.length + k + 1, new byte[0]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        expect(p, JsonToken.END_OBJECT, p.nextToken());
    }

    /**
     * A masked ID number is neither valid nor unique (same region, same last four), and the roster wants both: it
     * gives way to a stand-in ({@link IdNumber#standIn}) made from the region and the row's id.
     */
    static String stillUnique(String masked, Object id) {
        return IdNumber.standIn(masked, ((Number) id).longValue()).value();
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_STRING -> p.getText();
            default -> throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, t.toString());
        };
    }

    private static void field(JsonParser p, String name) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
            throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, name);
        }
    }

    private static String stringField(JsonParser p, String name) throws IOException {
        field(p, name);
        expect(p, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static int intField(JsonParser p, String name) throws IOException {
        field(p, name);
        expect(p, JsonToken.VALUE_NUMBER_INT);
        return p.getIntValue();
    }

    private static List<String> stringArray(JsonParser p, String name) throws IOException {
        field(p, name);
        expect(p, JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(p, JsonToken.VALUE_STRING, t);
            values.add(p.getText());
        }
        return values;
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        expect(p, token, p.nextToken());
    }

    private static void expect(JsonParser p, JsonToken token, JsonToken actual) {
        if (actual != token) {
            throw new RecordsRefusedException(RecordsRefusedException.Reason.FOREIGN, String.valueOf(actual));
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
