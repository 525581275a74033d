package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.Sha256;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordFilter;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.PackageEntries;
import org.nineones.service.acceptance.RecomputedRecords;
import org.nineones.store.InspectionFile;

/** The files an inspection hands out: checked against the SHA-256 noted when copied, given as read-only copies. */
class InspectionPartsTest {

    @TempDir
    Path dir;

    @Test
    void theSelfAssessmentReportAndTheDutyRecordsFilesComeFromTheInspectionFileChecked() throws Exception {
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        InspectionParts parts = services.inspectionParts();
        try (InspectionFile file = services.inspections().create(dir.resolve("县局" + InspectionFile.EXTENSION), "")) {
            Inspection inspection = services.inspections().openPackage(file, SamplePackage.get().zip(), null,
                    Progress.NONE).inspection();
            assertEquals(1, services.inspections().inspections(file).size());
            // the sample signed no self-assessment: none to show
            assertTrue(parts.selfAssessmentPdf(file, inspection).isEmpty());
            assertTrue(parts.selfAssessmentCopy(file, inspection).isEmpty());

            // a duty record's file: the bytes the package held, in a read-only copy under its own name
            RecordAttachment attachment;
            try (RecomputedRecords.Loaded records = services.inspections().records(file, inspection)) {
                attachment = services.dutyRecords().list(records.workspace(), RecordFilter.ALL).stream()
                        .map(DutyRecord::attachments).flatMap(java.util.List::stream).findFirst().orElseThrow();
            }
            Path copy = parts.dutyFileCopy(file, inspection, attachment);
            assertEquals(attachment.sha256(), Sha256.hex(Files.readAllBytes(copy)));
            assertEquals(attachment.fileName(), copy.getFileName().toString());

            // a report the file holds is handed out as held; one whose bytes no longer match is refused
            byte[] pdf = "%PDF-1.7 自评".getBytes(StandardCharsets.UTF_8);
            file.write(r -> {
                r.addPart(inspection.id(), PackageEntries.SELF_ASSESSMENT_PDF, Sha256.hex(pdf), pdf);
                return null;
            });
            assertArrayEquals(pdf, parts.selfAssessmentPdf(file, inspection).orElseThrow());
            assertArrayEquals(pdf, Files.readAllBytes(parts.selfAssessmentCopy(file, inspection).orElseThrow()));
            Inspection other = file.write(r -> r.insert(new Inspection(null, java.util.UUID.randomUUID().toString(),
                    "另一家", "", "", "", "b.zip", 1, "f".repeat(64), "", "", "standard", null, null, null)));
            file.write(r -> {
                r.addPart(other.id(), PackageEntries.SELF_ASSESSMENT_PDF, Sha256.hex(pdf), "%PDF-改过".getBytes(
                        StandardCharsets.UTF_8));
                return null;
            });
            InspectionException refused = assertThrows(InspectionException.class,
                    () -> parts.selfAssessmentPdf(file, other));
            assertEquals(InspectionException.Reason.ALTERED, refused.reason());
            assertTrue(refused.getMessage().contains(PackageEntries.SELF_ASSESSMENT_PDF), refused.getMessage());
        }
    }
}
