package org.nineones.service.inspection.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;

/**
 * 验收意见书: the enterprise, the package's fingerprint, the checklist (name and version) it was scored against, the
 * score, the conclusion, the vetoes, the findings with their deadlines and responsible persons, the inspectors'
 * opinion in words, and signature blocks for the inspectors and the enterprise's principal.
 *
 * @param number  the opinion's number as the county writes it (e.g. 滨城验〔2026〕第 12 号); empty for none
 * @param opinion the inspectors' words (may be long); empty for none
 * @param totalPoints the checklist's points (100 for the default)
 */
public record AcceptanceOpinion(Inspection inspection, String number, String templateName, String templateVersion,
                                LocalDate date, BigDecimal score, BigDecimal totalPoints, Conclusion conclusion,
                                List<VetoLine> vetoes, List<InspectionFinding> findings, String opinion,
                                List<String> inspectors) implements InspectionPrintout {

    public AcceptanceOpinion {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(totalPoints, "totalPoints");
        Objects.requireNonNull(conclusion, "conclusion");
        number = Texts.orEmpty(number);
        templateName = Texts.orEmpty(templateName);
        templateVersion = Texts.orEmpty(templateVersion);
        vetoes = Texts.copy(vetoes);
        findings = Texts.copy(findings);
        opinion = Texts.orEmpty(opinion);
        inspectors = Texts.copy(inspectors);
    }
}
