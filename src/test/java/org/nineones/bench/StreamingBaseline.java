package org.nineones.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.util.XMLHelper;
import org.nineones.sample.Roster;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The import's yardstick: read the roster sheet with POI's streaming (SAX) reader and insert the same rows with
 * plain JDBC in one transaction, with no header detection, mapping, validation or org units.
 */
final class StreamingBaseline {

    private static final String INSERT = "INSERT INTO employee (name, gender, id_number, employee_number, phone, "
            + "hire_date, certificate_number, certificate_expiry) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private StreamingBaseline() {
    }

    /**
     * The floor of {@code nineones import-roster} as a whole process: {@code StreamingBaseline ROSTER.xlsx NEW.db}
     * reads the roster and inserts its rows into a new SQLite file with a plain employee table, nothing else.
     */
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE employee (id INTEGER PRIMARY KEY, name TEXT NOT NULL, gender TEXT NOT NULL,"
                    + " id_number TEXT NOT NULL UNIQUE, employee_number TEXT, phone TEXT, hire_date TEXT,"
                    + " certificate_number TEXT, certificate_expiry TEXT)");
        }
        System.out.println(insert(db, read(Path.of(args[0]))) + " rows");
    }

    /** Reads the data rows (below the header, above 合计) of the roster sheet as shown text. */
    static List<String[]> read(Path xlsx) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!Roster.SHEET.equals(sheets.getSheetName())) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new Collector(rows), new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        return rows;
    }

    /** Inserts the rows into the workspace file's employee table in one transaction; returns the count. */
    static int insert(Path workspaceFile, List<String[]> rows) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspaceFile.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (String[] r : rows) {
                    ps.setString(1, r[1]);
                    ps.setString(2, "女".equals(r[2]) ? "FEMALE" : "MALE");
                    ps.setString(3, r[3]);
                    ps.setString(4, r[4]);
                    ps.setString(5, r[9]);
                    ps.setString(6, r[8]);
                    ps.setString(7, r[10] == null ? "" : r[10]);
                    ps.setString(8, r[11]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return rows.size();
    }

    /** Keeps the rows below the header row, up to the 合计 row. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String[]> rows;
        private String[] current;
        private int rowNum;

        Collector(List<String[]> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            current = new String[Roster.HEADERS.size()];
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum > Roster.HEADER_ROW && !"合计".equals(current[0])) {
                rows.add(current);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = columnOf(ref);
            if (column < current.length) {
                current[column] = value;
            }
        }

        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (ref.charAt(i) - 'A' + 1);
            }
            return col - 1;
        }

        @Override
        public String toString() {
            return "row " + rowNum + " " + Arrays.toString(current);
        }
    }

}
