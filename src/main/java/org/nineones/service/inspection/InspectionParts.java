package org.nineones.service.inspection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.nineones.model.Messages;
import org.nineones.model.Sha256;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.records.RecordAttachment;
import org.nineones.service.acceptance.PackageEntries;
import org.nineones.service.records.RecordFiles;
import org.nineones.store.InspectionFile;
import org.nineones.store.InspectionRepository;

/**
 * The files an inspection copied from its package, handed out for reading: the enterprise's signed self-assessment
 * report and the files of its records of duty performance. Each is checked against the SHA-256 noted when it was
 * copied, and given as a read-only copy in this run's temporary folder (the inspection file is only read).
 */
public final class InspectionParts {

    private final Messages messages;

    public InspectionParts(Messages messages) {
        this.messages = messages;
    }

    /** The signed self-assessment report's bytes, or empty when the package holds none (it signed none). */
    public Optional<byte[]> selfAssessmentPdf(InspectionFile file, Inspection inspection) {
        return find(file, inspection, PackageEntries.SELF_ASSESSMENT_PDF)
                .map(part -> checked(file, inspection, part));
    }

    /** A read-only copy of the self-assessment report for the system's viewer, or empty when there is none. */
    public Optional<Path> selfAssessmentCopy(InspectionFile file, Inspection inspection) throws IOException {
        Optional<byte[]> bytes = selfAssessmentPdf(file, inspection);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(copy(bytes.get(), PackageEntries.SELF_ASSESSMENT_PDF));
    }

    /**
     * A read-only copy of a duty record's file, under its own name, for the system's viewer. The package names the
     * file {@code duty-records/000012-…}: found by its number, since the listed name may be masked.
     */
    public Path dutyFileCopy(InspectionFile file, Inspection inspection, RecordAttachment attachment)
            throws IOException {
        String prefix = PackageEntries.DUTY_FILES + String.format("%06d", attachment.id()) + "-";
        InspectionRepository.Part part = file.read(r -> r.parts(inspection.id())).stream()
                .filter(p -> p.path().startsWith(prefix)).findFirst()
                .orElseThrow(() -> missing(file, inspection, attachment.fileName()));
        byte[] bytes = checked(file, inspection, part);
        return copy(bytes, attachment.fileName());
    }

    private Optional<InspectionRepository.Part> find(InspectionFile file, Inspection inspection, String path) {
        return file.read(r -> r.parts(inspection.id())).stream().filter(p -> p.path().equals(path)).findFirst();
    }

    private byte[] checked(InspectionFile file, Inspection inspection, InspectionRepository.Part part) {
        byte[] bytes = file.read(r -> r.content(inspection.id(), part.path()))
                .orElseThrow(() -> missing(file, inspection, part.path()));
        if (!Sha256.hex(bytes).equals(part.sha256())) {
            throw new InspectionException(InspectionException.Reason.ALTERED, messages.get(
                    "inspection.error.partAltered", inspection.packageName(), part.path(), file.file().getFileName()),
                    file.file(), null);
        }
        return bytes;
    }

    private InspectionException missing(InspectionFile file, Inspection inspection, String what) {
        return new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                messages.get("inspection.error.partMissing", inspection.packageName(), what), file.file(), null);
    }

    private static Path copy(byte[] bytes, String name) throws IOException {
        return RecordFiles.readOnlyCopy(bytes, name, "inspection-");
    }
}
