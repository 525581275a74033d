package org.nineones.service.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.nineones.model.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ScoreJson;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.inspection.ChosenTemplate;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.inspection.ReviewAttachment;
import org.nineones.model.inspection.ScoreChange;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.service.acceptance.PackageEntries;
import org.nineones.store.InspectionRepository;

/**
 * What the inspection file holds of an inspection's review, read at once: the template in force (the one chosen last,
 * else the package's own), the enterprise's signed self-assessment from the package, the inspector's score changes,
 * judgements and their photos under the template's name, the findings and the signed record.
 */
record ReviewState(ChecklistTemplate template, String templateSha256, Optional<ChosenTemplate> chosen, LocalDate asOf,
                   Optional<ReviewService.SelfScore> self, Optional<ChecklistScore> selfResult,
                   List<ScoreChange> changes, List<LineJudgement> judgements,
                   List<ReviewAttachment> photos, List<InspectionFinding> findings, Optional<SignedRecord> signed) {

    /** Reads the state; {@code full} false reads only the template and the signature (what every action checks). */
    static ReviewState read(InspectionRepository r, Inspection inspection, Messages messages, boolean full) {
        long id = inspection.id();
        var review = r.review();
        Optional<ChosenTemplate> chosen = review.template(id);
        ChecklistJson json = new ChecklistJson();
        ChecklistTemplate template;
        if (chosen.isPresent() && ChosenTemplate.FILE.equals(chosen.get().source())) {
            try {
                template = json.read(review.templateJson(chosen.get().id()));
            } catch (IOException e) {
                throw unreadable(inspection, "review_template", messages, e);
            }
        } else {
            template = packagedTemplate(r, inspection, messages);
        }
        Optional<SignedRecord> signed = review.signed(id);
        if (!full) {
            return new ReviewState(template, json.sha256(template), chosen, null, Optional.empty(),
                    Optional.empty(), List.of(), List.of(), List.of(), List.of(), signed);
        }
        Optional<byte[]> selfBytes = r.content(id, PackageEntries.SELF_ASSESSMENT);
        Optional<ReviewService.SelfScore> self;
        Optional<ChecklistScore> selfResult;
        try {
            self = selfBytes.isEmpty() ? Optional.empty()
                    : Optional.of(ReviewService.selfScore(new ByteArrayInputStream(selfBytes.get())));
            selfResult = selfBytes.isEmpty() ? Optional.empty() : Optional.of(new ScoreJson().read(
                    new ObjectMapper().readTree(selfBytes.get()).get("result").toString()));
        } catch (IOException | RuntimeException e) {
            throw unreadable(inspection, PackageEntries.SELF_ASSESSMENT, messages, e);
        }
        LocalDate day = self.map(ReviewService.SelfScore::asOf).orElseGet(() ->
                ReviewService.createdDay(inspection.packageCreatedAt()).orElseThrow(() ->
                        unreadable(inspection, "manifest.json", messages, null)));
        return new ReviewState(template, json.sha256(template), chosen, day, self, selfResult,
                review.scoreChanges(id, template.name()), review.judgements(id, template.name()),
                review.attachments(id, ReviewAttachment.JUDGEMENT), review.findings(id), signed);
    }

    /** The checklist the enterprise scored against, as copied from its package. */
    static ChecklistTemplate packagedTemplate(InspectionRepository r, Inspection inspection, Messages messages) {
        byte[] bytes = r.content(inspection.id(), PackageEntries.CHECKLIST)
                .orElseThrow(() -> unreadable(inspection, PackageEntries.CHECKLIST, messages, null));
        try {
            return new ChecklistJson().read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw unreadable(inspection, PackageEntries.CHECKLIST, messages, e);
        }
    }

    private static InspectionException unreadable(Inspection inspection, String part, Messages messages,
                                                  Exception cause) {
        return new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                messages.get("inspection.error.partMissing", inspection.packageName(), part),
                Path.of(inspection.packageName()), cause);
    }
}
