package org.nineones.ui.inspector;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.nineones.app.Services;
import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.inspection.FindingClosing;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.service.inspection.FindingDraft;
import org.nineones.service.inspection.InspectionPapers;
import org.nineones.service.inspection.InspectionReviewService;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.service.inspection.print.InspectionPrintout;
import org.nineones.store.InspectionFile;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.FileFilter;
import org.nineones.ui.common.TaskRunner;
import org.nineones.ui.output.OutputActions;

/**
 * The inspector's review of one inspection, shared by the 评分, 问题 and 签字 tabs: the review as it stands (read in
 * the background, again after each action) and the inspector's actions, each one task that writes the inspection file
 * and reads the review again. A refusal comes back as its sentence through the task runner and changes nothing.
 */
final class ReviewViewModel {

    private final AppContext context;
    private final Services services;
    private final Messages messages;
    private final TaskRunner tasks;
    private final InspectionFile file;
    private final Inspection inspection;
    private final ObjectProperty<InspectorReview> review = new SimpleObjectProperty<>(this, "review");
    private final BooleanBinding signed = Bindings.createBooleanBinding(
            () -> review.get() != null && review.get().isSigned(), review);
    private final ObjectProperty<Map<String, FindingClosing>> closings = new SimpleObjectProperty<>(this, "closings",
            Map.of());
    private boolean loading;

    ReviewViewModel(AppContext context, InspectionFile file, Inspection inspection) {
        this.context = context;
        this.services = context.services();
        this.messages = context.messages();
        this.tasks = context.tasks();
        this.file = file;
        this.inspection = inspection;
    }

    ObjectProperty<InspectorReview> reviewProperty() {
        return review;
    }

    InspectorReview review() {
        return review.get();
    }

    /** True once the on-site record is signed: nothing can change then. */
    BooleanBinding signedProperty() {
        return signed;
    }

    InspectionFile file() {
        return file;
    }

    Inspection inspection() {
        return inspection;
    }

    /** Reads the review once (the first tab shown of the three asks). */
    void loadOnce() {
        if (review.get() == null && !loading) {
            loading = true;
            reload();
        }
    }

    /** Reads the review again. */
    void reload() {
        act("inspreview.task.read", () -> {
        });
    }

    /** Scores against a county's template file, or the package's own checklist ({@code templateFile} null). */
    void chooseTemplate(Path templateFile) {
        act("inspreview.task.template", () -> reviews().chooseTemplate(file, inspection, templateFile));
    }

    void changeScore(String lineId, BigDecimal score, String reason) {
        act("inspreview.task.score", () -> reviews().changeScore(file, inspection, lineId, score, reason));
    }

    void restoreScore(String lineId, String reason) {
        act("inspreview.task.score", () -> reviews().restoreScore(file, inspection, lineId, reason));
    }

    void judge(String lineId, Verdict verdict, BigDecimal points, String note, List<Path> photos) {
        act("inspreview.task.judge", () -> reviews().judge(file, inspection, lineId, verdict, points, note, photos));
    }

    /** Drafts a finding from a line's deduction or veto (refused when the line lost nothing), then hands it over. */
    void draftFromLine(String lineId, Consumer<FindingDraft> then) {
        InspectorReview current = review.get();
        if (current != null) {
            tasks.run(messages.get("inspreview.task.finding"), progress -> reviews().draftFromLine(current, lineId),
                    then);
        }
    }

    void addFinding(FindingDraft draft) {
        act("inspreview.task.finding", () -> reviews().addFinding(file, inspection, draft));
    }

    /** Signs the on-site record (refused the second time with its sentence); {@code then} runs once signed. */
    void sign(OnSiteRecord record, Runnable then) {
        tasks.run(messages.get("inspreview.task.sign"), progress -> {
            reviews().sign(file, inspection, services.spotChecks(), record);
            return read();
        }, read -> {
            review.set(read);
            then.run();
        });
    }

    /** 评分表 as the review stands, in the print preview (made by the inspection's papers). */
    void previewScoring() {
        preview(p -> papers().scoringSheet(p));
    }

    /** 现场检查记录: the signed record, or before signing the form's draft. */
    void previewOnSite(OnSiteRecord draft) {
        preview(p -> p.signed().isPresent() ? papers().onSiteSheet(p) : papers().onSiteSheet(p, draft));
    }

    /** 验收意见书 of the signed record, its number and words as signed (refused before signing with its sentence). */
    void previewOpinion() {
        preview(p -> papers().opinion(p));
    }

    private void preview(Function<InspectionPapers.Papers, InspectionPrintout> make) {
        tasks.run(messages.get("inspreview.task.print"), progress -> make.apply(papers().read(file, inspection)),
                printout -> new OutputActions(context).preview(printout));
    }

    /**
     * 导出问题清单…: the findings file for the enterprise, holding the acceptance opinion, where the inspector chooses
     * (never over the inspection file); refused before signing with its sentence.
     */
    void exportFindings() {
        String title = messages.get("inspreview.findings.export");
        context.dialogs().chooseOutputFile(messages, title, file.file().toAbsolutePath().getParent(),
                messages.get("inspreview.export.fileName",
                inspection.enterpriseName()), new FileFilter(messages.get("inspreview.export.filter"), "*.zip"),
                file.file()).ifPresent(out -> tasks.run(messages.get("inspreview.task.export"), progress -> {
                    InspectionPapers.Papers p = papers().read(file, inspection);
                    Path pdf = AppTemp.file("opinion-", ".pdf");
                    try {
                        papers().write(papers().opinion(p), pdf, progress);
                        return services.findingsFiles().write(papers().findings(p, Files.readAllBytes(pdf)), out,
                                file.file());
                    } finally {
                        Files.deleteIfExists(pdf);
                    }
                }, written -> context.dialogs().showInfo(title, messages.get("inspreview.export.done",
                        written.file(), written.fingerprint()))));
    }

    /** Each finding's rectification state, by the finding's uid (empty until read). */
    ObjectProperty<Map<String, FindingClosing>> closingsProperty() {
        return closings;
    }

    /** Reads the findings' rectification states again. */
    void loadClosings() {
        tasks.run(messages.get("closing.ui.task.read"), progress -> byUid(services.closings().states(file,
                inspection)), closings::set);
    }

    /** 导入整改回复…: a closing package verified and imported, its summary shown, the states read again. */
    void importClosing() {
        String title = messages.get("closing.ui.import");
        context.dialogs().chooseFileToOpen(title, new FileFilter(messages.get("closing.ui.filter"), "*.zip"))
                .ifPresent(zip -> tasks.run(messages.get("closing.ui.task.import"),
                        progress -> services.closings().importPackage(file, zip), result -> {
                            closings.set(byUid(result.findings()));
                            context.dialogs().showInfo(title, result.summary());
                        }));
    }

    /** 验收整改: the finding's rectification accepted. */
    void acceptClosing(String findingUid) {
        tasks.run(messages.get("closing.ui.task.decide"), progress -> {
            services.closings().accept(file, inspection, findingUid);
            return byUid(services.closings().states(file, inspection));
        }, closings::set);
    }

    /** 退回整改…: the finding sent back with the reason. */
    void reopenClosing(String findingUid, String reason) {
        tasks.run(messages.get("closing.ui.task.decide"), progress -> {
            services.closings().reopen(file, inspection, findingUid, reason);
            return byUid(services.closings().states(file, inspection));
        }, closings::set);
    }

    /** Opens a read-only copy of an evidence file of the enterprise's answer (checked against its SHA-256). */
    void openEvidence(org.nineones.model.inspection.ClosingAnswer.Evidence evidence) {
        tasks.run(messages.get("closing.ui.task.openEvidence"), progress -> services.closings().evidenceCopy(file,
                evidence), context.dialogs()::openFile);
    }

    private static Map<String, FindingClosing> byUid(List<FindingClosing> states) {
        Map<String, FindingClosing> map = new LinkedHashMap<>();
        states.forEach(c -> map.put(c.finding().uid(), c));
        return map;
    }

    /** A default deadline for a finding: thirty days from today. */
    static LocalDate defaultDeadline() {
        return LocalDate.now().plusDays(30);
    }

    private InspectionPapers papers() {
        return services.inspectionPapers();
    }

    private InspectionReviewService reviews() {
        return services.inspectionReviews();
    }

    private InspectorReview read() {
        return reviews().review(file, inspection, services.spotChecks());
    }

    private void act(String titleKey, Runnable action) {
        tasks.run(messages.get(titleKey), progress -> {
            action.run();
            return read();
        }, review::set);
    }
}
