package org.nineones.service.acceptance.checks;

import java.util.ArrayList;
import java.util.List;

import org.nineones.model.PostCategory;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.training.TrainingKind;
import org.nineones.service.training.CertificateState;
import org.nineones.service.training.PersonCompliance;
import org.nineones.service.training.TrainingCompliance;
import org.nineones.service.training.TrainingService;

/**
 * Item 5, a training file for everyone: the compliance view on the day ({@link TrainingCompliance#compute}: active
 * people hired by the day, sessions held by the day, the 12 months ending on it) gives each person short of initial
 * or annual hours or of an induction level, and each person on a special-operation post whose certificate had
 * expired on the day (a certificate with no expiry recorded is the training view's to flag, not a veto here). The
 * roster keeps only a certificate's current expiry: a renewed certificate hides that it had expired before.
 */
final class TrainingCheck implements RecordCheck {

    private final TrainingCompliance compliance;

    TrainingCheck(TrainingCompliance compliance) {
        this.compliance = compliance;
    }

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.PERSON_SHORT_OF_TRAINING, FindingKinds.EXPIRED_CERTIFICATE);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        for (PersonCompliance p : compliance.compute(day.workspace(), day.asOf()).people()) {
            if (p.lacksHours() || p.lacksInduction()) {
                var target = day.person(p.employeeId(), p.name(), p.unitPath(), p.postName());
                out.add(FindingKinds.PERSON_SHORT_OF_TRAINING, target, target.label(), shortfall(p, out));
            }
            if (p.category() == PostCategory.SPECIAL_OPERATION && p.certificate() == CertificateState.EXPIRED) {
                var target = day.person(p.employeeId(), p.name(), p.unitPath(), p.postName());
                out.add(FindingKinds.EXPIRED_CERTIFICATE, target, target.label(), p.certificateNumber(),
                        p.certificateExpiry().toString());
            }
        }
    }

    /** What the person lacks, in a few words: 岗前培训差 8 学时；缺 班组级教育. */
    private static String shortfall(PersonCompliance p, Findings out) {
        List<String> parts = new ArrayList<>();
        if (p.initialMissing() > 1e-9) {
            parts.add(out.texts().get("checks.training.initial", TrainingService.hours(p.initialMissing())));
        }
        if (p.annualMissing() > 1e-9) {
            parts.add(out.texts().get("checks.training.annual", TrainingService.hours(p.annualMissing())));
        }
        for (TrainingKind level : p.missingInduction()) {
            parts.add(out.texts().get("checks.training.induction", out.texts().get(level.textKey())));
        }
        return String.join(out.texts().get("checks.listSeparator"), parts);
    }
}
