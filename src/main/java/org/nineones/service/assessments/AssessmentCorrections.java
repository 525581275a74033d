package org.nineones.service.assessments;

import java.util.List;

import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Corrections of closed assessments as visible correction entries (decision 0016): correcting or reopening,
 * withdrawing, abandoning an open correction.
 */
final class AssessmentCorrections {

    private final AssessmentSupport support;
    private final AssessmentScoring scoring;

    AssessmentCorrections(AssessmentSupport support, AssessmentScoring scoring) {
        this.support = support;
        this.scoring = scoring;
    }

    long correct(Workspace workspace, long id, String reason) {
        String why = checkReason(reason);
        return workspace.write(store -> {
            Row row = correctable(store, id, true);
            long copiedFrom = id;
            if (row.voided()) {
                copiedFrom = new AssessmentService.Chains(store.assessments().inPeriod(row.periodId())).lastSigned(id)
                        .orElseThrow(() -> new AssessmentRuleException(
                                support.messages.get("assessments.error.notInForce")))
                        .id();
            }
            List<Item> items = store.assessments().items(copiedFrom);
            long newId = store.assessments().insertOpen(row.periodId(), row.employeeId(), row.postId(),
                    row.dutyListVersionId(), row.id(), why, items);
            scoring.rescore(store, newId);
            store.audit().record("assessment-correct", AssessmentService.ENTITY, newId, (row.voided()
                    ? "reopens withdrawn " + id + " (items of " + copiedFrom + ")" : "corrects " + id) + ": " + why);
            return newId;
        });
    }

    void withdraw(Workspace workspace, long id, String reason) {
        String why = checkReason(reason);
        workspace.write(store -> {
            Row row = correctable(store, id, false);
            long newId = store.assessments().insertVoid(row, why);
            store.audit().record("assessment-void", AssessmentService.ENTITY, newId, "withdraws " + id + ": " + why);
            return null;
        });
    }

    void abandonCorrection(Workspace workspace, long id) {
        workspace.write(store -> {
            Row row = support.find(store, id);
            if (row.closed() || row.correctsId() == null) {
                throw new AssessmentRuleException(support.messages.get("assessments.error.notOpenCorrection"));
            }
            store.assessments().deleteOpenCorrection(id);
            store.audit().record("assessment-abandon", AssessmentService.ENTITY, id, "correction of "
                    + row.correctsId() + " abandoned before closing");
            return null;
        });
    }

    private String checkReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new AssessmentRuleException("reason", support.messages.get("assessments.error.noReason"));
        }
        return why;
    }

    /** A closed row that ends its chain (a withdrawal only when {@code withdrawn} may be reopened). */
    private Row correctable(Store store, long id, boolean withdrawn) {
        Row row = support.find(store, id);
        if (!row.closed()) {
            throw new AssessmentRuleException(support.messages.get("assessments.error.openNoCorrection"));
        }
        AssessmentService.Chains chains = new AssessmentService.Chains(store.assessments().inPeriod(row.periodId()));
        if ((row.voided() && !withdrawn) || !chains.isHead(id)) {
            throw new AssessmentRuleException(support.messages.get("assessments.error.notInForce"));
        }
        return row;
    }
}
