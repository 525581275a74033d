package org.nineones.service.training;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.report.ReportException;
import org.nineones.report.ReportMonitor;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.TrainingRepository;
import org.nineones.store.Workspace;

/**
 * 一人一档, key {@code training-file}: each person's training file on A4, one person starting on a new page: who they
 * are (post, unit, hire date, certificate), the hours required and credited and the induction levels (as the
 * compliance view computes them on the day), then every training attended and every exam result in force held on or
 * before that day, and a signature line. {@code request.employee} prints one person, {@code request.post} the people of the posts it
 * selects, else everyone who has not left.
 */
public final class TrainingFilePrint implements RecordPrint {

    public static final String KEY = "training-file";
    static final String TEMPLATE = "training-file";

    private final Messages messages;
    private final ReportRunner reports;
    private final TrainingCompliance compliance;
    private final Clock clock;

    public TrainingFilePrint(Messages messages, ReportRunner reports, TrainingCompliance compliance, Clock clock) {
        this.messages = messages;
        this.reports = reports;
        this.compliance = compliance;
        this.clock = clock;
    }

    public TrainingFilePrint(Messages messages) {
        this(messages, new ReportRunner(), new TrainingCompliance(TrainingRules.defaults()), Clock.systemDefaultZone());
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "training.print.title";
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        LocalDate day = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        return print(workspace, select(workspace, request), request.employee() != null || request.post() != null, day,
                target, progress);
    }

    /** Prints the training files of the people chosen in the GUI (employee ids), as of {@code day}. */
    public RecordPrintResult print(Workspace workspace, java.util.Collection<Long> employeeIds, LocalDate day,
                                   Path target, Progress progress) {
        Set<Long> chosen = new HashSet<>(employeeIds);
        return print(workspace, t -> chosen.contains(t.id()), true, day, target, progress);
    }

    private RecordPrintResult print(Workspace workspace, Predicate<org.nineones.model.training.Trainee> who,
                                    boolean selected, LocalDate day, Path target, Progress progress) {
        progress.update(0, 1, messages.get("training.progress.collecting"));
        ComplianceReport report = compliance.compute(workspace, day, who);
        if (report.people().isEmpty()) {
            throw PrintException.nothing(selected
                    ? messages.get("training.print.nobodySelected") : messages.get("training.print.nobody"));
        }
        Set<Long> ids = new HashSet<>();
        report.people().forEach(p -> ids.add(p.employeeId()));
        List<Map<String, Object>> rows = new ArrayList<>();
        String enterprise = workspace.read(store -> {
            Map<Long, TrainingSession> sessions = new HashMap<>();
            store.training().sessions().forEach(s -> sessions.put(s.id(), s));
            Map<Long, List<Attendance>> attendance = new HashMap<>();
            // only what was held on or before the day, as the hours line counts it
            for (Attendance a : store.training().inForceOf(ids)) {
                TrainingSession held = sessions.get(a.sessionId());
                if (held == null || held.heldOn().isAfter(day)) {
                    continue;
                }
                attendance.computeIfAbsent(a.employeeId(), k -> new ArrayList<>()).add(a);
            }
            Map<Long, List<TrainingRepository.ExamResultRow>> exams = new HashMap<>();
            for (TrainingRepository.ExamResultRow r : store.training().examResultsInForce()) {
                if (ids.contains(r.employeeId()) && !r.heldOn().isAfter(day)) {
                    exams.computeIfAbsent(r.employeeId(), k -> new ArrayList<>()).add(r);
                }
            }
            for (PersonCompliance p : report.people()) {
                rows.addAll(personRows(p, day, sessions, attendance.getOrDefault(p.employeeId(), List.of()),
                        exams.getOrDefault(p.employeeId(), List.of())));
            }
            return store.enterprise().get().name();
        });
        progress.checkCancelled();
        Map<String, Object> params = new HashMap<>();
        params.put("L_TITLE", messages.get("training.print.title"));
        params.put("ENTERPRISE", messages.get("training.print.enterprise", enterprise, day.toString()));
        params.put("L_CONTINUED", messages.get("training.print.continued"));
        for (String label : List.of("NAME", "ID_NUMBER", "POST", "UNIT", "HIRE_DATE", "CERTIFICATE", "HOURS_LINE",
                "INDUCTION", "DATE", "KIND", "TOPIC", "HOURS", "SCORE", "PASSED", "SIGNATURE")) {
            params.put("L_" + label, messages.get("training.print.label." + label.toLowerCase(Locale.ROOT)));
        }
        params.put("L_PAGE", messages.get("print.page"));
        params.put("L_PAGES", messages.get("print.pages"));
        try {
            int pages = reports.writePdf(new ReportRequest(TEMPLATE, rows, params,
                    enterprise + " " + messages.get("training.print.title")), target, monitor(progress));
            return new RecordPrintResult(report.people().size(), pages, target);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            if (e.reason() == ReportException.Reason.WRITE) {
                throw new PrintException(messages.get("training.print.cannotWrite", target), e);
            }
            throw new PrintException(messages.get("training.print.failed"), e);
        }
    }

    /** The people the request selects; throws when it names someone or a post that does not exist. */
    private Predicate<org.nineones.model.training.Trainee> select(Workspace workspace, RecordPrintRequest request) {
        String employee = request.employee() == null ? "" : TextNormaliser.strip(request.employee());
        String post = request.post() == null ? "" : TextNormaliser.strip(request.post());
        if (!employee.isEmpty()) {
            List<Employee> found = workspace.read(store -> store.employees().all()).stream()
                    .filter(e -> e.idNumber().value().equalsIgnoreCase(employee)
                            || employee.equals(TextNormaliser.strip(e.employeeNumber()))
                            || employee.equals(TextNormaliser.strip(e.name()))).toList();
            if (found.isEmpty()) {
                throw new PrintException(messages.get("training.print.unknownEmployee", employee));
            }
            Set<Long> ids = new HashSet<>();
            found.forEach(e -> ids.add(e.id()));
            return e -> ids.contains(e.id());
        }
        if (!post.isEmpty()) {
            List<Post> posts = workspace.read(store -> store.posts().all()).stream()
                    .filter(p -> post.equals(String.valueOf(p.id())) || post.equals(TextNormaliser.strip(p.name())))
                    .toList();
            if (posts.isEmpty()) {
                throw new PrintException(messages.get("training.print.unknownPost", post));
            }
            Set<Long> ids = new HashSet<>();
            posts.forEach(p -> ids.add(p.id()));
            return e -> e.status() != EmployeeStatus.LEFT && e.postId() != null && ids.contains(e.postId());
        }
        return e -> e.status() != EmployeeStatus.LEFT;
    }

    private List<Map<String, Object>> personRows(PersonCompliance p, LocalDate day, Map<Long, TrainingSession> sessions,
                                                 List<Attendance> attendance,
                                                 List<TrainingRepository.ExamResultRow> exams) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("person", String.valueOf(p.employeeId()));
        person.put("name", p.name());
        person.put("idNumber", org.nineones.model.IdNumber.mask(p.idNumber()));
        person.put("post", p.postName());
        person.put("unit", p.unitPath());
        person.put("hireDate", p.hireDate() == null ? "" : p.hireDate().toString());
        person.put("certificate", certificate(p, day));
        person.put("hoursLine", hoursLine(p));
        person.put("induction", induction(p));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Attendance a : attendance) {
            TrainingSession s = sessions.get(a.sessionId());
            Map<String, Object> row = new HashMap<>(person);
            row.put("date", s.heldOn().toString());
            row.put("kind", messages.get(s.kind().textKey()));
            row.put("topic", s.topic());
            row.put("hours", TrainingService.hours(a.hours()));
            row.put("score", a.score() == null ? "" : TrainingService.hours(a.score()));
            row.put("passed", passed(a.passed()));
            rows.add(row);
        }
        for (TrainingRepository.ExamResultRow r : exams) {
            Map<String, Object> row = new HashMap<>(person);
            row.put("date", r.heldOn().toString());
            row.put("kind", messages.get("training.print.exam"));
            row.put("topic", r.title());
            row.put("hours", "");
            row.put("score", TrainingService.hours(r.score()) + " / " + TrainingService.hours(r.maxScore()));
            row.put("passed", passed(r.passed()));
            rows.add(row);
        }
        rows.sort(java.util.Comparator.comparing(m -> (String) m.get("date")));
        if (rows.isEmpty()) {
            Map<String, Object> row = new HashMap<>(person);
            row.put("topic", messages.get("training.print.noRecords"));
            rows.add(row);
        }
        return rows;
    }

    private String passed(Boolean passed) {
        return passed == null ? "" : messages.get(passed ? "training.passed.yes" : "training.passed.no");
    }

    private String certificate(PersonCompliance p, LocalDate day) {
        if (p.certificateExpiry() == null && (p.certificateNumber() == null || p.certificateNumber().isBlank())) {
            return messages.get(p.certificate().textKey());
        }
        return messages.get("training.print.certificateLine", p.certificateNumber() == null ? ""
                : p.certificateNumber(), p.certificateExpiry() == null ? "" : p.certificateExpiry().toString(),
                messages.get(p.certificate().textKey()));
    }

    private String hoursLine(PersonCompliance p) {
        String initial = messages.get("training.print.initialLine", TrainingService.hours(p.initialRequired()),
                TrainingService.hours(p.initialCredited()));
        String annual = p.annualApplies() ? messages.get("training.print.annualLine",
                TrainingService.hours(p.annualRequired()), TrainingService.hours(p.annualCredited()))
                : messages.get("training.print.annualNotYet");
        return initial + "；" + annual;
    }

    private String induction(PersonCompliance p) {
        if (p.role() == TrainingRole.MANAGER) {
            return messages.get("training.print.inductionManager");
        }
        List<String> parts = new ArrayList<>();
        for (TrainingKind level : TrainingKind.INDUCTION) {
            parts.add(messages.get(level.textKey()) + (p.missingInduction().contains(level)
                    ? messages.get("training.print.levelMissing") : messages.get("training.print.levelDone")));
        }
        return String.join("　", parts);
    }

    private static ReportMonitor monitor(Progress progress) {
        return progress.reportMonitor("");
    }
}
