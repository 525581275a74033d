package org.nineones.store;

import org.jooq.DSLContext;
import org.nineones.model.content.ContentJson;

/** The repositories bound to one read or one transaction; handed out by {@link Workspace}. */
public final class Store {

    private final DSLContext dsl;
    private final String actor;
    private final ContentJson json;

    Store(DSLContext dsl, String actor, ContentJson json) {
        this.dsl = dsl;
        this.actor = actor;
        this.json = json;
    }

    public EnterpriseRepository enterprise() {
        return new EnterpriseRepository(dsl);
    }

    public OrgUnitRepository orgUnits() {
        return new OrgUnitRepository(dsl);
    }

    public PostRepository posts() {
        return new PostRepository(dsl, content());
    }

    /** The versions of every post's safety content (duty list, procedure, risk card, emergency card). */
    public PostContentRepository content() {
        return new PostContentRepository(dsl, json);
    }

    public EmployeeRepository employees() {
        return new EmployeeRepository(dsl);
    }

    /** Signed responsibility letters and their scans (append-only, corrected by correction rows). */
    public LetterRepository letters() {
        return new LetterRepository(dsl, actor);
    }

    /** Periodic assessments: periods, assessments and their items, interviews. */
    public AssessmentRepository assessments() {
        return new AssessmentRepository(dsl, actor);
    }

    /** The reward and penalty rules and ledger. */
    public RewardRepository rewards() {
        return new RewardRepository(dsl, actor);
    }

    /** The question banks, exams and exam results. */
    public ExamRepository exams() {
        return new ExamRepository(dsl, actor);
    }

    /** Training sessions and attendance. */
    public TrainingRepository training() {
        return new TrainingRepository(dsl, actor);
    }

    /** The export history: every acceptance package exported from this workspace (移交记录). */
    public PackageExportRepository packageExports() {
        return new PackageExportRepository(dsl);
    }

    /** The checklist templates imported into this workspace (验收标准), by name and version. */
    public ChecklistTemplateRepository checklists() {
        return new ChecklistTemplateRepository(dsl);
    }

    /** Records of duty performance (专档记录): final, corrected by correction records. */
    public DutyRecordRepository dutyRecords() {
        return new DutyRecordRepository(dsl, actor);
    }

    /** The files kept with records, read one at a time. */
    public AttachmentRepository attachments() {
        return new AttachmentRepository(dsl, actor);
    }

    /** The signed self-assessments (自评), final once recorded. */
    public SelfAssessmentRepository selfAssessments() {
        return new SelfAssessmentRepository(dsl);
    }

    /** The enterprise's judgements of checklist lines and its 缺项 marks, final once recorded. */
    public LineJudgementRepository judgements() {
        return new LineJudgementRepository(dsl, actor);
    }

    /** The problem list (问题清单): findings files imported, problems, measures and their versions, all final. */
    public ProblemRepository problems() {
        return new ProblemRepository(dsl, actor);
    }

    /** The grid (网格, issue 15): responsibility areas, edited in place, and the monthly dispatch's final reports. */
    public GridRepository grids() {
        return new GridRepository(dsl, actor);
    }

    public AuditLog audit() {
        return new AuditLog(dsl, actor);
    }
}
