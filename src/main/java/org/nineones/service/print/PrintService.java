package org.nineones.service.print;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;
import org.nineones.model.content.ContentVersion;
import org.nineones.report.ReportException;
import org.nineones.report.ReportMonitor;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintException;
import org.nineones.service.cards.CardPrintResult;
import org.nineones.service.cards.CardPrintService;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for printing (bundled CJK font embedded, A4): risk notification cards (an A4 poster per post in
 * its risk colour), emergency cards (pocket cards, four to a sheet with crop marks), the duty-list book (cover,
 * contents with page numbers, one section per post) and the people register; responsibility cards are delegated to
 * {@link CardPrintService}. Per post, the version of the content that counts today is printed: the one in force,
 * else the draft, marked 草稿. The file is replaced only when complete; on failure or cancel nothing is left behind.
 */
public final class PrintService {

    static final String RISK_CARDS = "risk-cards";
    static final String EMERGENCY_CARDS = "emergency-cards";
    static final String REGISTER = "people-register";
    /** The risk card's body in its regular and its smaller size; a card too long for the smaller one continues. */
    static final String RISK_BODY = "body";
    static final String RISK_BODY_SMALL = "bodySmall";
    static final String EMERGENCY_BODY = "body";

    private static final Logger LOG = LoggerFactory.getLogger(PrintService.class);

    private final Messages messages;
    private final Labels labels;
    private final ReportRunner reports;
    private final CardPrintService cards;
    private final Clock clock;

    public PrintService(Messages messages, ReportRunner reports, CardPrintService cards, Clock clock) {
        this.messages = messages;
        this.labels = new Labels(messages);
        this.reports = reports;
        this.cards = cards;
        this.clock = clock;
    }

    public PrintService(Messages messages, CardPrintService cards) {
        this(messages, new ReportRunner(), cards, Clock.systemDefaultZone());
    }

    /**
     * Prints {@code kind} to {@code out}: for every post, or only the posts named {@code postFilter} (exactly, after
     * trimming; several units may have a post of that name) when it is not blank.
     *
     * @throws PrintException with the sentence to show when there is nothing to print, the post is unknown or the
     *                        file cannot be made
     * @throws CancelledException when the user cancelled; no file is left behind
     */
    public PrintResult print(Workspace workspace, PrintKind kind, Path out, String postFilter, Progress progress) {
        return print(workspace, kind, out, postFilter, LocalDate.now(clock), progress);
    }

    /** As {@link #print(Workspace, PrintKind, Path, String, Progress)}, with the versions that count on {@code day}. */
    public PrintResult print(Workspace workspace, PrintKind kind, Path out, String postFilter, LocalDate day,
                             Progress progress) {
        String filter = postFilter == null ? "" : TextNormaliser.trim(postFilter);
        if (kind == PrintKind.CARDS) {
            return printCards(workspace, out, filter, progress);
        }
        progress.update(0, 1, messages.get("print.progress.reading"));
        PrintData data = read(workspace, kind, day);
        progress.checkCancelled();
        List<Post> posts = data.posts();
        if (!filter.isEmpty()) {
            posts = posts.stream().filter(p -> filter.equals(TextNormaliser.trim(p.name()))).toList();
            if (posts.isEmpty()) {
                throw new PrintException(messages.get("print.error.unknownPost", filter));
            }
        }
        ReportMonitor monitor = monitor(progress, messages.get("print.progress.printing", messages.of(kind)));
        try {
            return switch (kind) {
                case REGISTER -> register(data, posts, !filter.isEmpty(), day, out, monitor);
                case RISK_CARDS, EMERGENCY_CARDS, DUTY_BOOK -> perPost(data, kind, posts, filter, day, out, monitor);
                case CARDS -> throw new IllegalStateException("cards are printed above");
            };
        } catch (ReportException e) {
            throw translate(e, kind, out);
        }
    }

    private PrintResult printCards(Workspace workspace, Path out, String filter, Progress progress) {
        if (!filter.isEmpty()) {
            throw new PrintException(messages.get("print.error.postFilterForCards"));
        }
        try {
            CardPrintResult result = cards.print(workspace, out, progress);
            return new PrintResult(PrintKind.CARDS, result.cards(), result.pages(), result.file(), 0);
        } catch (CardPrintException e) {
            throw new PrintException(e.getMessage(), e);
        }
    }

    private PrintData read(Workspace workspace, PrintKind kind, LocalDate day) {
        return workspace.read(store -> {
            List<OrgUnit> units = store.orgUnits().all();
            Map<Long, String> paths = PrintData.unitPaths(units);
            Map<Long, Integer> order = PrintData.treeOrder(units);
            List<Post> posts = PrintData.sortedPosts(store.posts().all(), order);
            List<Employee> employees = kind == PrintKind.REGISTER
                    ? store.employees().all().stream().filter(e -> e.status() != EmployeeStatus.LEFT).toList()
                    : List.of();
            // the version that counts for printing: in force on the day, else the draft (PostContentService.forPrinting)
            Map<Long, ContentVersion> versions = store.content().counting(kind.content(), day);
            return new PrintData(store.enterprise().get(), paths, order, posts, employees, versions);
        });
    }

    private PrintResult register(PrintData data, List<Post> posts, boolean filtered, LocalDate day, Path out,
                                 ReportMonitor monitor) throws ReportException {
        PrintData people = data;
        if (filtered) {
            Set<Long> ids = posts.stream().map(Post::id).collect(Collectors.toSet());
            people = new PrintData(data.enterprise(), data.unitPaths(), data.unitOrder(), data.posts(),
                    data.employees().stream().filter(e -> e.postId() != null && ids.contains(e.postId())).toList(),
                    data.versions());
        }
        if (people.employees().isEmpty()) {
            throw PrintException.nothing(messages.get("print.error.nothing.REGISTER"));
        }
        List<Map<String, Object>> rows = new RegisterRows(labels).build(people);
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", messages.get("print.register.title"));
        p.put("ENTERPRISE_LINE", messages.get("print.register.enterprise", data.enterprise().name(), day.toString(),
                String.valueOf(rows.size())));
        p.put("L_NO", messages.get("print.register.no"));
        p.put("L_ORG_UNIT", messages.get("print.orgUnit"));
        p.put("L_NAME", messages.get("print.register.name"));
        p.put("L_EMPLOYEE_NUMBER", messages.get("print.register.employeeNumber"));
        p.put("L_POST", messages.get("print.post"));
        p.put("L_VERSION", messages.get("print.register.version"));
        p.put("L_SIGNATURE", messages.get("print.register.signature"));
        p.put("L_DATE", messages.get("print.register.date"));
        p.put("L_PAGE", messages.get("print.page"));
        p.put("L_PAGES", messages.get("print.pages"));
        int pages = reports.writePdf(new ReportRequest(REGISTER, rows, p, title(data, PrintKind.REGISTER)), out, monitor);
        return new PrintResult(PrintKind.REGISTER, rows.size(), pages, out, 0);
    }

    private PrintResult perPost(PrintData data, PrintKind kind, List<Post> wanted, String filter, LocalDate day,
                                Path out, ReportMonitor monitor) throws ReportException {
        List<Post> posts = wanted.stream().filter(p -> {
            ContentVersion v = data.versions().get(p.id());
            return v != null && (kind == PrintKind.DUTY_BOOK || !v.body().isEmpty());
        }).toList();
        if (posts.isEmpty()) {
            throw PrintException.nothing(filter.isEmpty() ? messages.get("print.error.nothing." + kind.name())
                    : messages.get("print.error.nothingForPost", filter, messages.of(kind.content())));
        }
        int skipped = wanted.size() - posts.size();
        String continued = messages.get("print.continued");
        int pages;
        int items = posts.size();
        if (kind == PrintKind.DUTY_BOOK) {
            pages = new DutyBook(labels, reports).write(data, posts, day, out, monitor);
        } else if (kind == PrintKind.RISK_CARDS) {
            List<Map<String, Object>> rows = new RiskCardRows(labels,
                    new TextPages(reports.textFitter(RISK_CARDS, RISK_BODY), continued),
                    new TextPages(reports.textFitter(RISK_CARDS, RISK_BODY_SMALL), continued)).build(data, posts);
            pages = reports.writePdf(new ReportRequest(RISK_CARDS, rows, riskLabels(day), title(data, kind)), out, monitor);
        } else {
            List<Map<String, Object>> rows = new EmergencyCardRows(labels,
                    new TextPages(reports.textFitter(EMERGENCY_CARDS, EMERGENCY_BODY), continued)).build(data, posts);
            items = rows.size();
            pages = reports.writePdf(new ReportRequest(EMERGENCY_CARDS, rows, emergencyLabels(), title(data, kind)),
                    out, monitor);
        }
        return new PrintResult(kind, items, pages, out, skipped);
    }

    private Map<String, Object> riskLabels(LocalDate day) {
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", messages.get("print.risk.title"));
        p.put("L_CONTINUED", messages.get("print.continued"));
        p.put("L_DRAFT", messages.get("print.draft"));
        p.put("L_ENTERPRISE", messages.get("print.enterprise"));
        p.put("L_POST", messages.get("print.post"));
        p.put("L_ORG_UNIT", messages.get("print.orgUnit"));
        p.put("L_VERSION", messages.get("print.version"));
        p.put("PRINTED_ON", messages.get("print.printedOn", day.toString()));
        return p;
    }

    private Map<String, Object> emergencyLabels() {
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", messages.get("print.emergency.title"));
        p.put("L_CONTINUED", messages.get("print.continued"));
        p.put("L_DRAFT", messages.get("print.draft"));
        p.put("L_ENTERPRISE", messages.get("print.enterprise"));
        p.put("L_POST", messages.get("print.post"));
        p.put("L_ORG_UNIT", messages.get("print.orgUnit"));
        p.put("L_VERSION", messages.get("print.version"));
        p.put("L_EMERGENCY", messages.get("print.emergencyPhone"));
        return p;
    }

    private String title(PrintData data, PrintKind kind) {
        return data.enterprise().name() + " " + messages.of(kind);
    }

    private static ReportMonitor monitor(Progress progress, String message) {
        return progress.reportMonitor(message);
    }

    private RuntimeException translate(ReportException e, PrintKind kind, Path out) {
        if (e.reason() == ReportException.Reason.CANCELLED) {
            return new CancelledException();
        }
        LOG.error("printing {} to {} failed", kind, out, e);
        return switch (e.reason()) {
            case WRITE -> new PrintException(messages.get("print.error.write", out), e);
            case TEXT_CUT_OFF -> new PrintException(messages.get("print.error.textCutOff"), e);
            case EMPTY -> new PrintException(messages.get("print.error.nothing." + kind.name()), e);
            default -> new PrintException(messages.get("print.error.failed", messages.of(kind)), e);
        };
    }
}
