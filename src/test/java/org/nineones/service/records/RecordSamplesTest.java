package org.nineones.service.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordFilter;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.RecordKind;

/**
 * The sample's duty records: most items covered, item 7 not, item 8 thinly; real small files, no publicity photos,
 * one correction.
 */
class RecordSamplesTest {

    @TempDir
    Path dir;

    @Test
    void addsRecordsOfFourKindsWithReadableFilesAndLeavesPublicityPhotosMissing() throws Exception {
        RecordsFixture f = new RecordsFixture(dir);
        try {
            assertEquals(14, RecordSamples.addTo(f.workspace, f.messages, LocalDate.of(2026, 11, 30)));
            List<DutyRecord> all = f.service.list(f.workspace, RecordFilter.ALL);
            Set<RecordKind> kinds = all.stream().map(DutyRecord::kind).collect(Collectors.toSet());
            assertEquals(Set.of(RecordKind.MEETING_MINUTES, RecordKind.INSPECTION_NOTES, RecordKind.TRAINING_PHOTOS,
                    RecordKind.SIGNED_REGISTER, RecordKind.OTHER), kinds);
            Map<NineItem, Long> perItem = all.stream().filter(r -> r.status() != DutyRecord.Status.CORRECTED)
                    .collect(Collectors.groupingBy(DutyRecord::item, Collectors.counting()));
            assertEquals(8, perItem.size(), "every item but rewards: " + perItem);
            assertFalse(perItem.containsKey(NineItem.REWARDS));
            assertEquals(1, perItem.get(NineItem.ASSESSMENT));
            assertFalse(kinds.contains(RecordKind.PUBLICITY_PHOTOS));
            assertEquals(1, all.stream().filter(r -> r.status() == DutyRecord.Status.CORRECTED).count());
            for (DutyRecord r : all) {
                for (RecordAttachment a : r.attachments()) {
                    byte[] bytes = f.service.files().content(f.workspace, a);
                    if (a.mediaType().equals("application/pdf")) {
                        try (PDDocument pdf = Loader.loadPDF(bytes)) {
                            assertEquals(1, pdf.getNumberOfPages());
                            assertTrue(new PDFTextStripper().getText(pdf).contains("sample"), a.fileName());
                        }
                    } else {
                        assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)), a.fileName());
                    }
                }
            }
        } finally {
            f.workspace.close();
        }
    }
}
