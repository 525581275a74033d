package org.nineones.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Reads an .xlsx with POI's streaming {@link XSSFReader} and a SAX handler per sheet; no workbook is loaded. */
final class XlsxStreamReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxStreamReader.class);

    private final Path file;
    private final SpreadsheetReader.SheetFilter filter;
    private final int maxRows;
    private final BooleanSupplier cancelled;

    XlsxStreamReader(Path file, SpreadsheetReader.SheetFilter filter, int maxRows, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.file = file;
        this.filter = filter;
        this.maxRows = maxRows;
    }

    SpreadsheetContent read() throws SpreadsheetException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.CORRUPT, "not a readable OOXML package: " + file, e);
        }
        try {
            requireSpreadsheet(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookSheets workbook = WorkbookSheets.parse(reader.getWorkbookData());
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<String> names = new ArrayList<>();
            List<SheetData> sheets = new ArrayList<>();
            for (WorkbookSheets.Entry entry : workbook.sheets()) {
                names.add(entry.name());
                if (filter.wants(entry.name(), entry.hidden())) {
                    try (InputStream in = reader.getSheet(entry.relationId())) {
                        sheets.add(readSheet(in, entry, strings, styles, workbook.date1904()));
                    }
                }
            }
            return new SpreadsheetContent(names, sheets);
        } catch (SpreadsheetException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.ENCRYPTED, "encrypted: " + file, e);
        } catch (Exception e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.CORRUPT, "cannot read .xlsx " + file, e);
        } finally {
            pkg.revert();
        }
    }

    private void requireSpreadsheet(OPCPackage pkg) throws SpreadsheetException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        String contentType = "";
        try {
            if (core.size() > 0) {
                PackagePart part = pkg.getPart(core.getRelationship(0));
                contentType = part == null ? "" : part.getContentType();
            }
        } catch (RuntimeException e) {
            LOG.debug("cannot resolve main part of {}", file, e);
        }
        if (!contentType.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.")
                && !contentType.startsWith("application/vnd.ms-excel.sheet.macroEnabled")
                && !contentType.startsWith("application/vnd.ms-excel.template.macroEnabled")) {
            throw new SpreadsheetException(SpreadsheetException.Reason.NOT_A_SPREADSHEET,
                    "OOXML main part is " + contentType + ": " + file);
        }
    }

    private SheetData readSheet(InputStream in, WorkbookSheets.Entry entry, ReadOnlySharedStringsTable strings,
                                StylesTable styles, boolean date1904)
            throws IOException, SAXException, SpreadsheetException {
        SheetHandler handler = new SheetHandler(strings, styles, date1904, maxRows, cancelled);
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
        } catch (SheetHandler.RowLimitReached e) {
            return new SheetData(entry.name(), entry.hidden(), handler.rows(), true);
        } catch (SheetHandler.Cancelled e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.CANCELLED, file.toString());
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return new SheetData(entry.name(), entry.hidden(), handler.filledRows(), false);
    }
}
