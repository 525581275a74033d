package org.nineones.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.nineones.excel.workbook.RegisterFixtures;
import org.nineones.excel.workbook.RegisterWorkbookWriter;
import org.nineones.excel.workbook.WorkbookSummary;
import org.nineones.model.Messages;

/** Test helper: the parts of a package (a real workbook and a small real PDF) and ways to tamper with a zip. */
final class PackageFixtures {

    private PackageFixtures() {
    }

    /** A small A4 PDF with one line of Latin text: a card with a masked ID number. */
    static Path pdf(Path file, String line) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Writes the sample register workbook and a card PDF into {@code dir} and returns the package content. */
    static PackageContent content(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path xlsx = dir.resolve("登记册.xlsx");
        WorkbookSummary summary = new RegisterWorkbookWriter(new Messages(java.util.Locale.SIMPLIFIED_CHINESE))
                .write(RegisterFixtures.sample(), xlsx);
        Path pdf = pdf(dir.resolve("岗位责任卡.pdf"), "Responsibility card 370102********1234");
        return new PackageContent("滨州示例化工有限公司", RegisterFixtures.CREDIT_CODE,
                new Manifest.Counts(summary.orgUnits(), summary.posts(), summary.employees(), summary.duties()),
                List.of(new PackageFile("registers.xlsx", xlsx), new PackageFile("cards.pdf", pdf)));
    }

    /** Copies a zip entry by entry, replacing, dropping and adding entries on the way. */
    static Path rewrite(Path source, Path target, Map<String, byte[]> replace, Set<String> drop, Map<String, byte[]> add)
            throws IOException {
        try (ZipFile in = new ZipFile(source.toFile(), StandardCharsets.UTF_8);
             OutputStream os = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                if (drop.contains(entry.getName())) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (replace.containsKey(entry.getName())) {
                    out.write(replace.get(entry.getName()));
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> extra : add.entrySet()) {
                out.putNextEntry(new ZipEntry(extra.getKey()));
                out.write(extra.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile(), StandardCharsets.UTF_8); InputStream data = in.getInputStream(in.getEntry(name))) {
            return data.readAllBytes();
        }
    }

    /** A zip of the given entries, in order. */
    static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return target;
    }
}
