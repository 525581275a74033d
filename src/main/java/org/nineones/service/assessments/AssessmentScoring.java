package org.nineones.service.assessments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Scoring an open assessment item by item (the total, percentage and rating follow) and closing it with both
 * signatures and, optionally, the scan of the signed form.
 */
final class AssessmentScoring {

    private final AssessmentSupport support;

    AssessmentScoring(AssessmentSupport support) {
        this.support = support;
    }

    void score(Workspace workspace, long id, int position, Double points, String note) {
        workspace.write(store -> {
            Row row = support.find(store, id);
            if (row.closed()) {
                throw new AssessmentRuleException(support.messages.get("assessments.error.closed"));
            }
            List<Item> items = store.assessments().items(id);
            Item item = items.stream().filter(i -> i.position() == position).findFirst()
                    .orElseThrow(() -> new AssessmentRuleException("points",
                            support.messages.get("assessments.error.unknownItem", position, items.size())));
            checkPoints(points, item.maxPoints());
            String newNote = note == null ? item.note() : note.strip();
            if (Objects.equals(item.points(), points) && item.note().equals(newNote)) {
                return null;
            }
            store.assessments().updateItem(id, position, points, newNote);
            rescore(store, id);
            store.audit().record("assessment-score", AssessmentService.ENTITY, id, "item " + position + ": points "
                    + text(item.points()) + " → " + text(points) + (item.note().equals(newNote) ? ""
                    : ", note '" + item.note() + "' → '" + newNote + "'"));
            return null;
        });
    }

    void checkPoints(Double points, double max) {
        if (points == null) {
            return;
        }
        if (points.isNaN() || points < 0) {
            throw new AssessmentRuleException("points", support.messages.get("assessments.error.negative"));
        }
        if (points > max + 1e-9) {
            throw new AssessmentRuleException("points", support.messages.get("assessments.error.aboveMax",
                    text(points), text(max)));
        }
    }

    void rescore(Store store, long id) {
        List<Item> items = store.assessments().items(id);
        AssessmentService.Totals t = AssessmentService.totals(items);
        store.assessments().updateScore(id, t.score(), t.max(), t.complete() ? support.rate(t).name() : null);
    }

    void close(Workspace workspace, long id, CloseRequest request, LocalDate today) {
        String assessor = assessor(request);
        Scan scan = request.scan() == null ? null : readScan(request.scan());
        workspace.write(store -> {
            closeIn(store, id, assessor, request, scan, today);
            return null;
        });
    }

    /** Closes an open assessment inside the caller's transaction, as {@link #close} does; no scan is kept. */
    void close(Store store, long id, CloseRequest request, LocalDate today) {
        if (request.scan() != null) {
            throw new IllegalArgumentException("a scan is read before the transaction: use close(workspace, …)");
        }
        closeIn(store, id, assessor(request), request, null, today);
    }

    private String assessor(CloseRequest request) {
        String assessor = request.assessor() == null ? "" : request.assessor().strip();
        if (assessor.isEmpty()) {
            throw new AssessmentRuleException("assessor", support.messages.get("assessments.error.noAssessor"));
        }
        return assessor;
    }

    private void closeIn(Store store, long id, String assessor, CloseRequest request, Scan scan, LocalDate today) {
        Row row = support.find(store, id);
        if (row.closed()) {
            throw new AssessmentRuleException(support.messages.get("assessments.error.closed"));
        }
        Period period = AssessmentService.period(store, row);
        checkSigned("assessorSignedOn", request.assessorSignedOn(), period, today);
        checkSigned("assesseeSignedOn", request.assesseeSignedOn(), period, today);
        List<Item> items = store.assessments().items(id);
        AssessmentService.Totals t = AssessmentService.totals(items);
        if (!t.complete()) {
            long missing = items.stream().filter(i -> i.points() == null).count();
            throw new AssessmentRuleException("points", support.messages.get("assessments.error.unscored",
                    missing));
        }
        Long attachmentId = null;
        if (scan != null) {
            attachmentId = store.assessments().insertAttachment(scan.name, scan.mediaType, scan.sha256,
                    scan.content);
            store.audit().record("attach", "attachment", attachmentId, scan.name + " sha256 " + scan.sha256);
        }
        Rating rating = support.rate(t);
        store.assessments().close(id, t.score(), t.max(), rating.name(), assessor,
                request.assessorSignedOn().toString(), request.assesseeSignedOn().toString(), attachmentId);
        store.audit().record("assessment-close", AssessmentService.ENTITY, id, period.code() + " score "
                + text(t.score()) + "/" + text(t.max()) + " " + rating + ", assessor " + assessor + " signed "
                + request.assessorSignedOn() + ", assessee signed " + request.assesseeSignedOn());
    }

    void checkSigned(String field, LocalDate day, Period period, LocalDate today) {
        if (day == null) {
            throw new AssessmentRuleException(field, support.messages.get("assessments.error.noDate"));
        }
        if (day.isAfter(today)) {
            throw new AssessmentRuleException(field, support.messages.get("assessments.error.futureDate",
                    day.toString()));
        }
        if (day.isBefore(period.startsOn())) {
            throw new AssessmentRuleException(field, support.messages.get("assessments.error.beforePeriod",
                    day.toString(), support.periodName(period)));
        }
    }

    private record Scan(String name, String mediaType, String sha256, byte[] content) {
    }

    private Scan readScan(Path file) {
        try {
            long size = Files.size(file);
            if (size > AssessmentService.MAX_SCAN_BYTES) {
                throw new AssessmentRuleException("scan", support.messages.get("assessments.error.scanTooBig",
                        file.getFileName().toString(), AssessmentService.MAX_SCAN_BYTES / 1024 / 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha = org.nineones.model.Sha256.hex(bytes);
            return new Scan(file.getFileName().toString(), mediaType(file), sha, bytes);
        } catch (IOException e) {
            throw new AssessmentRuleException("scan", support.messages.get("assessments.error.scanUnreadable",
                    String.valueOf(file.getFileName())));
        }
    }

    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    private static String text(Double value) {
        return AssessmentService.text(value);
    }
}
