package org.nineones.service.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.excel.RosterSheet;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.sample.CompanyPlan;
import org.nineones.sample.Plans;
import org.nineones.sample.PostPlan;
import org.nineones.sample.RosterGenerator;
import org.nineones.sample.SampleEnterprise;
import org.nineones.service.Progress;
import org.nineones.service.assessments.AssessmentSamples;
import org.nineones.service.content.BulkApproval;
import org.nineones.service.content.PostContentService;
import org.nineones.service.grids.DispatchService;
import org.nineones.service.grids.GridSamples;
import org.nineones.service.roster.ImportException;
import org.nineones.service.roster.ImportResult;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.roster.RosterPreview;
import org.nineones.service.templates.TemplateService;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the sample enterprise (滨州示例化工有限公司, a 200-person chemical plant) as a workspace, for a first look:
 * the enterprise profile, then the bundled roster ({@code /sample-data/示例化工-花名册.xlsx}) imported through the
 * ordinary roster import, then every post's safety content from the template library, as a safety officer would do
 * it: approved, except the operators' posts, which stay drafts; then a year of people's records (letters, quarterly
 * assessments, rewards, exams, training, records of duty performance) and its grid with three months of dispatch
 * ({@link GridSamples}), with a few realistic gaps, so that the readiness view shows a believable score (about 85
 * on the default checklist, 通过, no veto) with deductions on several lines.
 */
public final class SampleService {

    private static final Logger LOG = LoggerFactory.getLogger(SampleService.class);

    private final WorkspaceService workspaces;
    private final RosterImportService rosterImport;
    private final TemplateService templates;
    private final PostContentService content;
    private final DispatchService dispatch;
    private final Messages messages;

    public SampleService(WorkspaceService workspaces, RosterImportService rosterImport, TemplateService templates,
                         PostContentService content, DispatchService dispatch) {
        this.workspaces = workspaces;
        this.rosterImport = rosterImport;
        this.templates = templates;
        this.content = content;
        this.dispatch = dispatch;
        this.messages = rosterImport.messages();
    }

    /** The sample workspace's file in a folder: {@code folder/示例化工.nineones}. */
    public static Path sampleFile(Path folder) {
        return folder.resolve(SampleEnterprise.WORKSPACE_FILE);
    }

    /**
     * Opens {@code folder/示例化工.nineones} when it is there and opens; otherwise builds it (beside, under a
     * temporary name, then moved into place, so a half-made sample is never left behind) and opens it. A file of
     * that name that is not a workspace is kept, renamed with a {@code .unusable-<time>} suffix.
     *
     * @throws SampleException with a sentence for the user when it cannot be done (e.g. open in another window)
     */
    public Workspace openSample(Path folder, Progress progress) {
        Path file = sampleFile(folder);
        if (Files.exists(file)) {
            Optional<Workspace> existing = openExisting(file);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Path building = folder.resolve(".示例化工-building" + Workspace.EXTENSION);
        try {
            Files.createDirectories(folder);
            deleteWorkspaceFiles(building);
            build(building, progress);
            Files.move(building, file, StandardCopyOption.REPLACE_EXISTING);
            return workspaces.open(file);
        } catch (WorkspaceException e) {
            LOG.warn("cannot make the sample workspace {}", file, e);
            throw new SampleException(messages.get("WorkspaceException.Reason." + e.reason().name(), e.file()), e);
        } catch (ImportException e) {
            LOG.warn("cannot import the sample roster into {}", file, e);
            throw new SampleException(e.getMessage(), e);
        } catch (IOException e) {
            LOG.warn("cannot make the sample workspace {}", file, e);
            throw new SampleException(messages.get("WorkspaceException.Reason.UNREADABLE", file), e);
        } finally {
            deleteWorkspaceFilesQuietly(building);
        }
    }

    private Optional<Workspace> openExisting(Path file) {
        try {
            return Optional.of(workspaces.open(file));
        } catch (WorkspaceException e) {
            if (e.reason() == WorkspaceException.Reason.ALREADY_OPEN
                    || e.reason() == WorkspaceException.Reason.NEWER_VERSION) {
                throw new SampleException(messages.get("WorkspaceException.Reason." + e.reason().name(), file), e);
            }
            Path aside = file.resolveSibling(file.getFileName() + ".unusable-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            LOG.warn("sample workspace {} does not open ({}: {}); keeping it as {} and making a new one", file,
                    e.reason(), e.getMessage(), aside);
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                throw new SampleException(messages.get("WorkspaceException.Reason." + e.reason().name(), file),
                        moveFailed);
            }
            return Optional.empty();
        }
    }

    /** Creates the workspace with the full profile, imports the bundled roster, and sets the posts' kinds. */
    private void build(Path building, Progress progress) throws WorkspaceException, ImportException, IOException {
        Path roster = building.resolveSibling(".示例化工-花名册.xlsx");
        try (Workspace ws = Workspace.create(building, SampleEnterprise.profile())) {
            copyRoster(roster);
            progress.checkCancelled();
            RosterSheet sheet = rosterImport.read(roster, null, progress);
            RosterPreview preview = rosterImport.preview(ws, sheet, sheet.automaticMapping());
            progress.checkCancelled();
            ImportResult result = rosterImport.commit(ws, preview, false, progress);
            int changed = ws.write(store -> {
                CompanyPlan plan = Plans.sample();
                int n = 0;
                for (Post post : store.posts().all()) {
                    PostPlan planned = plan.post(post.name());
                    if (planned.category() != post.category() || planned.risk() != post.riskLevel()) {
                        store.posts().update(new Post(post.id(), post.orgUnitId(), post.name(), planned.category(),
                                planned.risk()));
                        n++;
                    }
                }
                store.audit().record("sample", "post", null, "post kinds and risk levels of the sample: " + n);
                return n;
            });
            LocalDate today = LocalDate.now();
            int renewed = keepCertificatesAsOfTheRoster(ws, today);
            progress.checkCancelled();
            StepTimes times = new StepTimes();
            int approved = writeContent(ws, today);
            times.done("content");
            org.nineones.service.letters.LetterSample.signRound(ws);
            times.done("letters");
            AssessmentSamples.write(ws, messages, SampleEnterprise.profile().principal(), today);
            times.done("assessments");
            org.nineones.service.rewards.RewardsSample.addTo(ws, messages);
            org.nineones.service.exams.ExamSamples.addTo(ws);
            times.done("rewards and exams");
            org.nineones.service.training.TrainingSample.add(ws, today);
            times.done("training");
            org.nineones.service.records.RecordSamples.addTo(ws, messages, today);
            times.done("records");
            GridSamples.addTo(ws, dispatch, today);
            times.done("grid");
            LOG.info("sample workspace built: {} people, {} org units and {} posts created, {} posts reclassified, "
                    + "{} certificates' expiry moved, {} content versions approved; {}", result.inserted(),
                    result.createdOrgUnits().size(), result.createdPosts().size(), changed, renewed, approved, times);
        } finally {
            Files.deleteIfExists(roster);
        }
        Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".lock"));
    }

    /**
     * Moves the special-operation certificates' expiry by the days from the roster's day
     * ({@link RosterGenerator#DEFAULT_AS_OF}) to today, so that on any day the sample is made its certificates stand
     * as they stood on the roster's day: a few expiring within two months, none expired (an expired certificate on a
     * special-operation post is a veto of the acceptance check). Returns how many were moved.
     */
    private static int keepCertificatesAsOfTheRoster(Workspace ws, LocalDate today) {
        long days = ChronoUnit.DAYS.between(RosterGenerator.DEFAULT_AS_OF, today);
        if (days <= 0) {
            return 0;
        }
        return ws.write(store -> {
            int n = 0;
            for (Employee e : store.employees().all()) {
                if (e.certificateExpiry() != null) {
                    store.employees().update(new Employee(e.id(), e.name(), e.gender(), e.idNumber(),
                            e.employeeNumber(), e.phone(), e.orgUnitId(), e.postId(), e.hireDate(), e.status(),
                            e.certificateNumber(), e.certificateExpiry().plusDays(days)));
                    n++;
                }
            }
            store.audit().record("sample", "employee", null, "certificates of the sample moved by " + days
                    + " days: " + n);
            return n;
        });
    }

    /**
     * Gives every post the content of the template the library suggests for its name, as the safety officer would
     * with 套用岗位模板, and approves it (by the principal, in force since {@link #inForceSince}: the system was rolled
     * out over a year ago, so the past quarters' assessments have their duty lists), except for the operators' posts
     * ({@value #LEFT_AS_DRAFTS}), left as drafts so the sample also shows what is still to approve. Returns the number
     * of versions approved.
     */
    private int writeContent(Workspace ws, LocalDate today) {
        Map<String, List<Long>> byTemplate = new LinkedHashMap<>();
        for (Post post : ws.read(store -> store.posts().all())) {
            templates.library().suggest(post.name()).stream().findFirst().ifPresent(template ->
                    byTemplate.computeIfAbsent(template.name(), k -> new ArrayList<>()).add(post.id()));
        }
        String approver = SampleEnterprise.profile().principal();
        LocalDate since = inForceSince(today);
        List<Long> toApprove = new ArrayList<>();
        for (Map.Entry<String, List<Long>> entry : byTemplate.entrySet()) {
            templates.apply(ws, entry.getKey(), entry.getValue(), Set.of());
            if (!entry.getKey().equals(LEFT_AS_DRAFTS)) {
                toApprove.addAll(entry.getValue());
            }
        }
        BulkApproval approval = content.approveDrafts(ws, toApprove, approver, since);
        if (!approval.refused().isEmpty()) {
            throw new IllegalStateException("the sample's content was refused: " + approval.refused());
        }
        return approval.approved().size();
    }

    /** The day the sample's approved content took effect: the first of the month 15 months before today. */
    static LocalDate inForceSince(LocalDate today) {
        return today.minusMonths(15).withDayOfMonth(1);
    }

    /** How long each step of the build took, for the log. */
    private static final class StepTimes {
        private final StringBuilder text = new StringBuilder("ms:");
        private long from = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            text.append(' ').append(step).append(' ').append((now - from) / 1_000_000);
            from = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** The template whose posts the sample leaves as drafts. */
    static final String LEFT_AS_DRAFTS = "操作工";

    private static void copyRoster(Path target) throws IOException {
        try (InputStream in = SampleService.class.getResourceAsStream(SampleEnterprise.ROSTER_RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample roster is missing from this build: " + SampleEnterprise.ROSTER_RESOURCE);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a workspace being built and everything beside it: companions, and the backups its import took. */
    private static void deleteWorkspaceFiles(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        Path backups = file.resolveSibling(file.getFileName() + ".backups");
        if (Files.isDirectory(backups)) {
            try (java.util.stream.Stream<Path> inside = Files.walk(backups)) {
                for (Path p : inside.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void deleteWorkspaceFilesQuietly(Path file) {
        try {
            deleteWorkspaceFiles(file);
        } catch (IOException e) {
            LOG.warn("could not remove the half-made sample {}", file, e);
        }
    }
}
