package org.nineones.app;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.nineones.excel.PoiTempFolder;
import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.acceptance.PackageService;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.service.acceptance.SelfAssessmentReport;
import org.nineones.service.acceptance.SelfAssessmentService;
import org.nineones.service.acceptance.checks.RecordChecks;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.assessments.AssessmentLedger;
import org.nineones.service.assessments.AssessmentSheetPrint;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.backup.BackupService;
import org.nineones.service.cards.CardPrintService;
import org.nineones.service.content.ContentPreflight;
import org.nineones.service.content.PostContentService;
import org.nineones.service.enterprise.EnterpriseService;
import org.nineones.service.exams.ExamPrint;
import org.nineones.service.exams.ExamResultsLedger;
import org.nineones.service.exams.ExamService;
import org.nineones.service.exchange.ContentExchangeService;
import org.nineones.service.inspection.DrawService;
import org.nineones.service.inspection.ReviewService;
import org.nineones.service.inspection.InspectionService;
import org.nineones.service.inspection.SpotCheckService;
import org.nineones.service.county.CityCheckService;
import org.nineones.service.county.CountyDeskService;
import org.nineones.service.county.CountySummaryService;
import org.nineones.service.inspection.InspectionReviewService;
import org.nineones.service.inspection.print.InspectionPrints;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.service.inspection.InspectionParts;
import org.nineones.service.inspection.InspectionPapers;
import org.nineones.service.inspection.InspectionScript;
import org.nineones.service.ledger.Feature;
import org.nineones.service.ledger.Features;
import org.nineones.service.ledger.Ledgers;
import org.nineones.service.ledger.RecordPrints;
import org.nineones.service.letters.LetterLedger;
import org.nineones.service.letters.LetterPrint;
import org.nineones.service.letters.LetterService;
import org.nineones.service.grids.GridService;
import org.nineones.service.org.OrgService;
import org.nineones.service.people.PeopleService;
import org.nineones.service.print.PrintService;
import org.nineones.service.grids.GridBoards;
import org.nineones.service.grids.GridMap;
import org.nineones.service.grids.DispatchService;
import org.nineones.service.grids.DispatchSummary;
import org.nineones.service.problems.ProblemService;
import org.nineones.service.problems.RectificationList;
import org.nineones.service.problems.RectificationReport;
import org.nineones.service.inspection.ClosingFile;
import org.nineones.service.inspection.ClosingService;
import org.nineones.service.records.DutyRecordService;
import org.nineones.service.rewards.RewardsLedger;
import org.nineones.service.rewards.RewardsNotice;
import org.nineones.service.rewards.RewardsService;
import org.nineones.service.roster.PostCatalog;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.sample.SampleService;
import org.nineones.service.templates.TemplateService;
import org.nineones.service.training.Training;
import org.nineones.service.workspace.RecentFiles;
import org.nineones.service.workspace.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every service once, by constructor; the GUI's AppContext and the command line both start here.
 * No service holds global state.
 */
public final class Services {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    private final Settings settings;
    private final Messages messages;
    private final BackupService backups;
    private final WorkspaceService workspaces;
    private final EnterpriseService enterprise;
    private final RosterImportService rosterImport;
    private final CardPrintService cards;
    private final PackageService packages;
    private final SampleService sample;
    private final OrgService org;
    private final PeopleService people;
    private final PostContentService content;
    private final ContentPreflight preflight;
    private final TemplateService templates;
    private final ContentExchangeService exchange;
    private final PrintService print;
    private final ExamService exams;
    private final Features features;
    private final Ledgers ledgers;
    private final RecordPrints recordPrints;
    private final LetterService letters;
    private final AssessmentService assessments;
    private final RewardsService rewards;
    private final Training training;
    private final RecordChecks recordChecks;
    private final ChecklistService checklists;
    private final ReadinessService readiness;
    private final SelfAssessmentService selfAssessments;
    private final JudgementService judgements;
    private final SelfAssessmentReport selfAssessmentReport;
    private final DutyRecordService dutyRecords;
    private final DrawService draws;
    private final ReviewService reviews;
    private final InspectionService inspections;
    private final SpotCheckService spotChecks;
    private final InspectionReviewService inspectionReviews;
    private final InspectionPrints inspectionPrints;
    private final FindingsFile findingsFiles;
    private final InspectionParts inspectionParts;
    private final RecentFiles recentInspectionFiles;
    private final InspectionPapers inspectionPapers;
    private final InspectionScript inspectionScript;
    private final CountyDeskService countyDesk;
    private final CountySummaryService countySummary;
    private final ProblemService problems;
    private final CityCheckService cityChecks;
    private final ClosingService closings;
    private final GridService grids;
    private final DispatchService dispatch;

    public Services(Settings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
        useOwnTempFolder(settings);
        this.backups = new BackupService(messages, settings.backupPolicy(), Clock.systemDefaultZone());
        this.workspaces = new WorkspaceService(new RecentFiles(settings.recentFiles()), backups::dailyOnOpen);
        this.enterprise = new EnterpriseService();
        this.rosterImport = new RosterImportService(messages, backups::beforeImport);
        this.cards = new CardPrintService(messages);
        this.org = new OrgService(messages);
        this.people = new PeopleService(messages);
        this.content = new PostContentService(messages);
        this.preflight = new ContentPreflight(messages, PostCatalog.bundled());
        this.templates = new TemplateService(messages);
        this.exchange = new ContentExchangeService(messages, backups::beforeImport);
        this.print = new PrintService(messages, cards);
        this.letters = new LetterService(messages);
        this.rewards = new RewardsService(messages);
        this.assessments = new AssessmentService(messages);
        this.exams = new ExamService(messages);
        this.training = new Training(messages);
        this.dutyRecords = new DutyRecordService(messages, settings.recordAttachmentLimit());
        // the problem list is a feature too, so what it rests on is built before the registry
        this.recordChecks = new RecordChecks(messages, content, letters, training.compliance(), assessments);
        this.checklists = new ChecklistService(messages, backups::beforeImport);
        this.judgements = new JudgementService(messages);
        this.readiness = new ReadinessService(messages, checklists, recordChecks, judgements);
        this.selfAssessments = new SelfAssessmentService(messages, readiness);
        this.findingsFiles = new FindingsFile(messages);
        this.problems = new ProblemService(messages, findingsFiles, selfAssessments, checklists, dutyRecords,
                backups::beforeImport);
        this.dispatch = new DispatchService(messages, problems, dutyRecords.maxAttachmentBytes(),
                Clock.systemDefaultZone());
        this.sample = new SampleService(workspaces, rosterImport, templates, content, dispatch);
        // each feature of people's records is registered here, once, in the order of the GUI's tabs: its ledgers
        // (人员记录 menu, import/export --kind, the package), its printouts (打印预览 menu, print --kind) and the
        // printouts the package holds; the GUI builds the feature's tab from its key (ui.main.FeatureTabs)
        this.features = new Features(List.of(
                Feature.of("letters", "letters.tab", List.of(new LetterLedger(letters)),
                        List.of(new LetterPrint(letters))),
                new Feature("training", "training.ui.tab", List.of(training.sessionLedger(),
                        training.attendanceLedger()), List.of(training.file()),
                        Map.of("training-file", "training-files.pdf")),
                Feature.of("exams", "exams.ui.tab", List.of(new ExamResultsLedger(messages, exams)),
                        List.of(new ExamPrint(messages))),
                Feature.of("rewards", "rewards.ui.tab", List.of(new RewardsLedger(rewards)),
                        List.of(new RewardsNotice(rewards))),
                Feature.of("assessments", "assessments.tab", List.of(new AssessmentLedger(messages, assessments)),
                        List.of(new AssessmentSheetPrint(messages, assessments))),
                Feature.of("records", "records.ui.tab", List.of(), List.of()),
                Feature.of("problems", "problems.ui.tab", List.of(problems.featureLedger()),
                        List.of(new RectificationList(problems), new RectificationReport(problems))),
                Feature.of("dispatch", "dispatch.ui.tab", List.of(), List.of(new DispatchSummary(dispatch)))),
                backups::beforeImport);
        this.ledgers = features.ledgers();
        // the grid's printouts (issue 15) belong to no feature tab: the grid is edited beside the org tree
        this.recordPrints = features.recordPrints().and(List.of(new GridBoards(messages), new GridMap(messages)));
        this.draws = new DrawService(messages);
        this.reviews = new ReviewService(messages, readiness);
        this.selfAssessmentReport = new SelfAssessmentReport(messages, checklists);
        this.packages = new PackageService(messages, cards, print, exchange, features, checklists, selfAssessments,
                dutyRecords);
        this.inspections = new InspectionService(messages, packages);
        this.spotChecks = new SpotCheckService(messages, inspections, draws);
        this.inspectionReviews = new InspectionReviewService(messages, inspections, readiness, judgements);
        this.inspectionPrints = new InspectionPrints(messages);
        this.inspectionParts = new InspectionParts(messages);
        this.recentInspectionFiles = new RecentFiles(settings.recentInspectionFiles());
        this.inspectionPapers = new InspectionPapers(messages, inspectionReviews, spotChecks, draws, inspectionPrints,
                findingsFiles, Clock.systemDefaultZone());
        this.inspectionScript = new InspectionScript(messages, inspections, draws, reviews, spotChecks,
                inspectionReviews, inspectionPapers);
        this.countyDesk = new CountyDeskService(messages);
        this.countySummary = new CountySummaryService(messages);
        this.cityChecks = new CityCheckService(messages, draws);
        this.closings = new ClosingService(messages, new ClosingFile(messages), Clock.systemDefaultZone());
        this.grids = new GridService(messages, backups::beforeImport);
        this.packages.useSelfAssessmentPdf((workspace, assessment, out) ->
                selfAssessmentReport.write(workspace, assessment, out, Progress.NONE));
    }

    /** Temporary files go to this user's own folder, and what a killed run left there is removed now. */
    private static void useOwnTempFolder(Settings settings) {
        AppTemp.use(settings.temp());
        int removed = AppTemp.removeLeftovers();
        if (removed > 0) {
            LOG.info("removed {} files that an interrupted run left behind", removed);
        }
        try {
            PoiTempFolder.use();
        } catch (IOException e) {
            LOG.warn("cannot make the temporary folder under {}", settings.temp(), e);
        }
    }

    public Settings settings() {
        return settings;
    }

    public Messages messages() {
        return messages;
    }

    /** Backups of workspaces: list, back up now, restore (decision 0017). */
    public BackupService backups() {
        return backups;
    }

    public WorkspaceService workspaces() {
        return workspaces;
    }

    public EnterpriseService enterprise() {
        return enterprise;
    }

    public RosterImportService rosterImport() {
        return rosterImport;
    }

    public CardPrintService cards() {
        return cards;
    }

    public PackageService packages() {
        return packages;
    }

    public SampleService sample() {
        return sample;
    }

    public OrgService org() {
        return org;
    }

    public PeopleService people() {
        return people;
    }

    public PostContentService content() {
        return content;
    }

    /** The check before printing or exporting: what would print blank or marked 草稿. */
    public ContentPreflight preflight() {
        return preflight;
    }

    public TemplateService templates() {
        return templates;
    }

    public ContentExchangeService exchange() {
        return exchange;
    }

    public PrintService print() {
        return print;
    }

    /** Exams: question banks, exams, results (一人一考). */
    public ExamService exams() {
        return exams;
    }

    /** The features of people's records (letters, training, exams, rewards, assessments), registered once. */
    public Features features() {
        return features;
    }

    /** Every ledger of people's records (training, attendance, exams, rewards and penalties, assessments…). */
    public Ledgers ledgers() {
        return ledgers;
    }

    /** Periodic assessments (一套考核). */
    public AssessmentService assessments() {
        return assessments;
    }

    /** Rewards and penalties: rules, ledger, totals. */
    public RewardsService rewards() {
        return rewards;
    }

    /** Training sessions, attendance, the compliance view and the training files. */
    public Training training() {
        return training;
    }

    /** Every printout of people's records (letters, training files, exam papers, the publicity sheet…). */
    public RecordPrints recordPrints() {
        return recordPrints;
    }

    /** Records of duty performance (专档记录): minutes, inspection notes, photos, scans. */
    public DutyRecordService dutyRecords() {
        return dutyRecords;
    }

    /** The yearly signing round of responsibility letters. */
    public LetterService letters() {
        return letters;
    }

    /** The findings of the automatic acceptance checklist lines, from the records as they stood on a day. */
    public RecordChecks recordChecks() {
        return recordChecks;
    }

    /** The acceptance checklists (验收标准): the default, imported versions, Excel and JSON. */
    public ChecklistService checklists() {
        return checklists;
    }

    /** The checklist scored against the records on a day (验收准备, {@code assess}). */
    public ReadinessService readiness() {
        return readiness;
    }

    /** The signed self-assessments (自评): record, list, compare. */
    public SelfAssessmentService selfAssessments() {
        return selfAssessments;
    }

    /** The enterprise's judgements of the manual checklist lines and its 缺项 marks: judge, history, in force. */
    public JudgementService judgements() {
        return judgements;
    }

    /** The inspector's spot-check draw from a package. */
    public InspectionService inspections() {
        return inspections;
    }

    /** The spot check of an inspection, kept in the inspection file: draw, replacements, questions, ratings. */
    public SpotCheckService spotChecks() {
        return spotChecks;
    }

    /** The files an inspection copied from its package: the self-assessment report, the duty records' files. */
    public InspectionParts inspectionParts() {
        return inspectionParts;
    }

    /** The inspection files (*.nineinspect) used last, newest first. */
    public RecentFiles recentInspectionFiles() {
        return recentInspectionFiles;
    }

    public DrawService draws() {
        return draws;
    }

    /** The inspector's printouts: scoring sheet, spot-check record, on-site record, acceptance opinion. */
    public InspectionPrints inspectionPrints() {
        return inspectionPrints;
    }

    /** The findings file (检查发现问题清单) the inspector leaves with the enterprise: written, and read after verifying. */
    public FindingsFile findingsFiles() {
        return findingsFiles;
    }

    /** The inspection's four printouts and findings file, assembled from its stored state and written. */
    public InspectionPapers inspectionPapers() {
        return inspectionPapers;
    }

    /** A whole inspection run from files ({@code nineones inspect}). */
    public InspectionScript inspectionScript() {
        return inspectionScript;
    }

    /** The inspector's recomputed review of a package, beside the enterprise's self-assessment. */
    public ReviewService reviews() {
        return reviews;
    }

    /** The inspector's review kept in the inspection file: template, score changes, judgements, findings, signing. */
    public InspectionReviewService inspectionReviews() {
        return inspectionReviews;
    }

    /** The grid's monthly dispatch (每月调度): reports per area and month, the inspectors' sheet, the month. */
    public DispatchService dispatch() {
        return dispatch;
    }

    /** The enterprise's problem list (问题清单 → 整改措施): findings files, self-assessment deductions, measures. */
    public ProblemService problems() {
        return problems;
    }

    /** The enterprise's grid (网格): responsibility areas, their people and gaps, the grid sheet. */
    public GridService grids() {
        return grids;
    }

    /** The inspector's side of rectification: closing packages imported, findings accepted or sent back. */
    public ClosingService closings() {
        return closings;
    }

    /** The printouts of the acceptance check: the 自评报告 (signed, or a preview) and the on-site checklist. */
    public SelfAssessmentReport selfAssessmentReport() {
        return selfAssessmentReport;
    }

    /** The county desk's store: inspection files loaded, batches imported (decision 0025). */
    public CountyDeskService countyDesk() {
        return countyDesk;
    }

    /** The county summary: per batch and county, the three colours, the interviews. */
    public CountySummaryService countySummary() {
        return countySummary;
    }

    /** The city's spot check of a county: draw, re-inspections, comparison (decision 0027). */
    public CityCheckService cityChecks() {
        return cityChecks;
    }
}
