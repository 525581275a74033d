package org.nineones.service.print;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

import org.nineones.model.Post;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.report.FilledReport;
import org.nineones.report.ReportException;
import org.nineones.report.ReportMonitor;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;

/**
 * The duty-list book (岗位安全生产责任清单汇编) in two parts written as one PDF: the front (cover, then the contents,
 * one line per post) and the sections (one per post, starting on a new page, the table header repeated on every
 * page). Page numbers are found, not guessed: the front is filled once to learn its length, the sections are filled
 * numbered after it and report the page each post's anchor landed on, and the front is filled again with those
 * numbers (its length cannot change: every contents line has a fixed height).
 */
final class DutyBook {

    static final String FRONT = "duty-book-front";
    static final String SECTIONS = "duty-book";

    private final Labels labels;
    private final ReportRunner reports;

    DutyBook(Labels labels, ReportRunner reports) {
        this.labels = labels;
        this.reports = reports;
    }

    /** Writes the book and returns its pages. */
    int write(PrintData data, List<Post> posts, LocalDate day, Path out, ReportMonitor monitor) throws ReportException {
        String title = labels.get("print.book.title");
        String docTitle = data.enterprise().name() + " " + title;
        ReportMonitor cancelOnly = cancelOnly(monitor);
        Map<Long, String> anchors = anchors(data, posts);
        FilledReport draftFront = reports.fill(new ReportRequest(FRONT, contents(data, posts, anchors, Map.of(), 0),
                frontParameters(data, day, 0), docTitle), cancelOnly);
        int frontPages = draftFront.pages();
        Map<String, Object> sectionParameters = new HashMap<>(labels());
        sectionParameters.put("PAGE_OFFSET", frontPages);
        sectionParameters.put("L_TITLE", title);
        sectionParameters.put("ENTERPRISE", data.enterprise().name());
        FilledReport sections = reports.fill(new ReportRequest(SECTIONS, sectionRows(data, posts, anchors), sectionParameters,
                docTitle), monitor);
        int total = frontPages + sections.pages();
        FilledReport front = reports.fill(new ReportRequest(FRONT,
                contents(data, posts, anchors, sections.anchorPages(), frontPages), frontParameters(data, day, total), docTitle),
                cancelOnly);
        if (front.pages() != frontPages) {
            throw new ReportException(ReportException.Reason.FILL, "the contents took " + front.pages()
                    + " pages the second time, " + frontPages + " the first");
        }
        return reports.writePdf(List.of(front, sections), docTitle, out, monitor);
    }

    /**
     * Each post's anchor: its name and unit, which the PDF viewer also shows as the section's bookmark; a post whose
     * name and unit repeat another's gets its id added, since anchors must be unique.
     */
    static Map<Long, String> anchors(PrintData data, List<Post> posts) {
        Map<Long, String> anchors = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Post post : posts) {
            String anchor = post.name() + "（" + data.unitPath(post.orgUnitId()) + "）";
            if (!used.add(anchor)) {
                anchor = anchor + " #" + post.id();
                used.add(anchor);
            }
            anchors.put(post.id(), anchor);
        }
        return anchors;
    }

    private List<Map<String, Object>> contents(PrintData data, List<Post> posts, Map<Long, String> anchors,
                                               Map<String, Integer> sectionPages, int offset) {
        List<Map<String, Object>> rows = new ArrayList<>(posts.size());
        for (Post post : posts) {
            Integer page = sectionPages.get(anchors.get(post.id()));
            Map<String, Object> row = new HashMap<>(8);
            row.put("anchor", anchors.get(post.id()));
            row.put("post", post.name());
            row.put("orgUnit", data.unitPath(post.orgUnitId()));
            row.put("draft", data.versions().get(post.id()).isDraft());
            row.put("page", page == null ? "" : String.valueOf(page + offset));
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> frontParameters(PrintData data, LocalDate day, int totalPages) {
        Map<String, Object> p = new HashMap<>();
        p.put("ENTERPRISE", data.enterprise().name());
        p.put("L_TITLE", labels.get("print.book.title"));
        p.put("L_CONTENTS", labels.get("print.book.contents"));
        p.put("L_DATE", labels.get("print.book.date", day.toString()));
        p.put("L_DRAFT", labels.get("print.draft"));
        p.put("L_PAGE", labels.get("print.page"));
        p.put("L_PAGES", labels.get("print.pages"));
        p.put("TOTAL_PAGES", totalPages);
        return p;
    }

    private List<Map<String, Object>> sectionRows(PrintData data, List<Post> posts, Map<Long, String> anchors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Post post : posts) {
            ContentVersion version = data.versions().get(post.id());
            List<DutyItem> items = ((DutyList) version.body()).items();
            Map<String, Object> common = new HashMap<>(8);
            common.put("anchor", anchors.get(post.id()));
            common.put("post", post.name());
            common.put("orgUnit", data.unitPath(post.orgUnitId()));
            common.put("version", labels.version(version));
            common.put("draft", version.isDraft());
            if (items.isEmpty()) {
                Map<String, Object> row = new HashMap<>(common);
                row.put("no", "");
                row.put("duty", labels.get("print.book.noItems"));
                rows.add(row);
            }
            for (int i = 0; i < items.size(); i++) {
                DutyItem item = items.get(i);
                Map<String, Object> row = new HashMap<>(common);
                row.put("no", String.valueOf(i + 1));
                row.put("category", item.category());
                row.put("duty", item.duty());
                row.put("responsible", item.responsible());
                row.put("scope", item.scope());
                row.put("assessment", item.assessmentStandard());
                row.put("legalBasis", item.legalBasis());
                row.put("form", labels.messages().of(item.form()));
                rows.add(row);
            }
        }
        return rows;
    }

    private Map<String, Object> labels() {
        Map<String, Object> p = new HashMap<>();
        p.put("L_POST", labels.get("print.post"));
        p.put("L_ORG_UNIT", labels.get("print.orgUnit"));
        p.put("L_VERSION", labels.get("print.version"));
        p.put("L_DRAFT", labels.get("print.draft"));
        p.put("L_CONTINUED", labels.get("print.continued"));
        p.put("L_NO", labels.get("print.register.no"));
        p.put("L_CATEGORY", labels.get("print.book.category"));
        p.put("L_DUTY", labels.get("print.book.duty"));
        p.put("L_RESPONSIBLE", labels.get("print.book.responsible"));
        p.put("L_SCOPE", labels.get("print.book.scope"));
        p.put("L_ASSESSMENT", labels.get("print.book.assessment"));
        p.put("L_LEGAL_BASIS", labels.get("print.book.legalBasis"));
        p.put("L_FORM", labels.get("print.book.form"));
        p.put("L_PAGE", labels.get("print.page"));
        p.put("L_PAGES", labels.get("print.pages"));
        return p;
    }

    private static ReportMonitor cancelOnly(ReportMonitor monitor) {
        return new ReportMonitor() {
            @Override
            public void progress(long done, long total) {
                // the contents are quick; the sections report the progress
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
