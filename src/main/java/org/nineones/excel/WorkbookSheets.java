package org.nineones.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The sheet list of an .xlsx ({@code xl/workbook.xml}): names, visibility, relation ids, and the 1904 flag. */
record WorkbookSheets(List<Entry> sheets, boolean date1904) {

    record Entry(String name, boolean hidden, String relationId) {
    }

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    static WorkbookSheets parse(InputStream workbookXml) throws IOException, SAXException {
        List<Entry> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        try (InputStream in = workbookXml) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("sheet".equals(localName)) {
                        String id = attributes.getValue(REL_NS, "id");
                        if (id == null) {
                            id = attributes.getValue(STRICT_REL_NS, "id");
                        }
                        String state = attributes.getValue("state");
                        sheets.add(new Entry(attributes.getValue("name"),
                                "hidden".equals(state) || "veryHidden".equals(state), id));
                    } else if ("workbookPr".equals(localName)) {
                        String flag = attributes.getValue("date1904");
                        date1904[0] = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    }
                }
            });
            parser.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        return new WorkbookSheets(List.copyOf(sheets), date1904[0]);
    }
}
