package org.nineones.service.county;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.RecordTime;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.model.county.DeskInspection;
import org.nineones.model.inspection.ClosingDecision;
import org.nineones.model.inspection.FindingClosing;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.service.acceptance.PackageEntries;
import org.nineones.service.inspection.ClosingService;
import org.nineones.store.InspectionFile;
import org.nineones.store.WorkspaceException;

/**
 * An inspection of an inspection file as the desk keeps it: the enterprise as the package named it, the signed
 * result (score, conclusion, the lines that lost points or triggered a veto), the findings (closed once the inspector
 * accepted their rectification, from the closing packages imported into the file; else open) and whether the package
 * held the enterprise's signed self-assessment.
 */
final class DeskInspections {

    private DeskInspections() {
    }

    /**
     * Every inspection of an inspection file as the desk keeps it, the file opened as the inspector's app opens it (an
     * enterprise workspace or another file is refused with its sentence).
     */
    static List<DeskInspection> read(Path inspectionFile) throws WorkspaceException {
        try (InspectionFile file = InspectionFile.open(inspectionFile)) {
            return read(file);
        }
    }

    /** The same, through an inspection file open already (the inspector's own, while its window shows the desk). */
    static List<DeskInspection> read(InspectionFile file) {
        LocalDate today = LocalDate.now();
        String sourceFile = file.file().getFileName().toString();
        return file.read(r -> {
            List<DeskInspection> all = new ArrayList<>();
            for (Inspection i : r.all()) {
                all.add(of(i, r.review().signed(i.id()), ClosingService.states(r, i, today),
                        r.parts(i.id()).stream().anyMatch(p -> p.path().equals(PackageEntries.SELF_ASSESSMENT)),
                        sourceFile));
            }
            return all;
        });
    }

    /**
     * An inspection as the desk keeps it; each finding is closed on the day of the inspector's acceptance when the
     * inspector accepted its rectification ({@link FindingClosing.State#ACCEPTED}), else open: rectified but not yet
     * accepted is open for the county, and overdue is the summary's to count from the deadline on its day.
     */
    static DeskInspection of(Inspection i, Optional<SignedRecord> signed, List<FindingClosing> findings,
                             boolean selfAssessed, String sourceFile) {
        List<DeskInspection.DeskLine> lines = signed.map(DeskInspections::lines).orElse(List.of());
        List<DeskInspection.DeskFinding> kept = new ArrayList<>();
        for (FindingClosing c : findings) {
            InspectionFinding f = c.finding();
            boolean accepted = c.state() == FindingClosing.State.ACCEPTED;
            kept.add(new DeskInspection.DeskFinding(f.uid(), f.lineId(), f.source(), f.seen(), f.deadline(),
                    f.responsible(), !accepted, accepted ? acceptedOn(c.decision()) : null,
                    c.decision() == null ? null : c.decision().decidedAt()));
        }
        return new DeskInspection(i.uid(), i.enterpriseName(), i.creditCode(), i.county(), i.industry(),
                i.packageFingerprint(), i.openedAt(), selfAssessed, signed.map(SignedRecord::signedAt).orElse(null),
                signed.map(SignedRecord::score).orElse(null), signed.map(SignedRecord::maxScore).orElse(null),
                signed.map(SignedRecord::conclusion).orElse(null), lines, kept, sourceFile);
    }

    /** The day of the accepting decision, in this computer's time zone (the file keeps it in UTC). */
    private static LocalDate acceptedOn(ClosingDecision decision) {
        return RecordTime.localTime(decision.decidedAt()).toLocalDate();
    }

    /** The lines of the signed result that lost points, and those whose veto was triggered. */
    private static List<DeskInspection.DeskLine> lines(SignedRecord s) {
        Map<String, BigDecimal> deducted = new LinkedHashMap<>();
        for (LineScore line : s.result().lines()) {
            if (line.deducted().signum() > 0 || line.veto() != null) {
                deducted.put(line.id(), line.deducted());
            }
        }
        List<String> vetoed = new ArrayList<>();
        for (VetoHit veto : s.result().vetoes()) {
            if (veto.lineId() == null || veto.lineId().isBlank()) {
                continue;
            }
            vetoed.add(veto.lineId());
            deducted.putIfAbsent(veto.lineId(), BigDecimal.ZERO);
        }
        for (LineScore line : s.result().lines()) {
            if (line.veto() != null && !vetoed.contains(line.id())) {
                vetoed.add(line.id());
            }
        }
        List<DeskInspection.DeskLine> lines = new ArrayList<>();
        deducted.forEach((id, points) -> lines.add(new DeskInspection.DeskLine(id, points, vetoed.contains(id))));
        return lines;
    }
}
