package org.nineones.service.acceptance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.nineones.excel.workbook.WorkbookSummary;
import org.nineones.model.AppVersion;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.pack.ContentsList;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageFile;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.print.PrintKind;

/**
 * What each part of a package holds, as the parts are made (on several threads): the Chinese title and counts of
 * every file for the contents list ({@value ContentsList#FILE_NAME}), the rows of every ledger for the manifest, and
 * the counts the export history and the cover letter state.
 */
final class PackageParts {

    /** The keys of the registers' counts in the history; a ledger's count has the ledger's key. */
    static final String ORG_UNITS = "orgUnits";
    static final String POSTS = "posts";
    static final String EMPLOYEES = "employees";
    static final String DUTIES = "duties";
    static final String CARDS = "cards";
    static final String FILES = "files";

    private final Messages messages;
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final Map<String, String> amounts = new ConcurrentHashMap<>();
    private final Map<String, Integer> ledgerRows = new ConcurrentHashMap<>();
    private volatile int cards;
    private volatile boolean internal;

    PackageParts(Messages messages) {
        this.messages = messages;
    }

    /** The internal edition (full ID numbers): the contents list says so under the enterprise's name. */
    void internal(boolean value) {
        internal = value;
    }

    void cards(String path, int count) {
        cards = count;
        titles.put(path, messages.of(PrintKind.CARDS));
        amounts.put(path, messages.get("pack.contents.cards", count));
    }

    void workbook(String path, WorkbookSummary s) {
        titles.put(path, messages.get("pack.contents.registers"));
        amounts.put(path, messages.get("pack.cli.counts", s.orgUnits(), s.posts(), s.employees(), s.duties()));
    }

    void content(String path, int rows) {
        titles.put(path, messages.get("pack.contents.content"));
        amounts.put(path, messages.get("pack.contents.rows", rows));
    }

    void ledger(String path, Ledger ledger, int rows) {
        ledgerRows.put(ledger.key(), rows);
        titles.put(path, messages.get(ledger.titleKey()));
        amounts.put(path, messages.get("pack.contents.rows", rows));
    }

    void printout(String path, String title, PrintKind kind, int items, int pages) {
        titles.put(path, title);
        amounts.put(path, messages.get(kind == PrintKind.REGISTER ? "pack.contents.people" : "pack.contents.posts",
                items, pages));
    }

    void recordPrintout(String path, String title, int items, int pages) {
        titles.put(path, title);
        amounts.put(path, messages.get("pack.contents.copies", items, pages));
    }

    /** Any other part: its title and what it holds (empty: nothing to count). */
    void other(String path, String title, String amount) {
        titles.put(path, title);
        amounts.put(path, amount);
    }

    /** The rows of every ledger, in the registry's order, for the manifest. */
    Map<String, Integer> ledgerRows(List<Ledger> ledgers) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Ledger ledger : ledgers) {
            rows.put(ledger.key(), ledgerRows.getOrDefault(ledger.key(), 0));
        }
        return rows;
    }

    /** The lines of {@value ContentsList#FILE_NAME}: the enterprise, the day, then every file of the package. */
    List<String> contentsLines(Enterprise enterprise, LocalDate day, List<PackageFile> parts) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("pack.contents.heading"));
        lines.add(messages.get("pack.cli.enterprise", enterprise.name(), enterprise.creditCode()));
        if (internal) {
            lines.add(messages.get("pack.contents.internal"));
        }
        lines.add(messages.get("pack.contents.created", day.toString(), AppVersion.get()));
        // the contents list and the manifest are files of the package too
        lines.add(messages.get("pack.contents.fileCount", parts.size() + 2));
        lines.add("");
        int no = 1;
        lines.add(line(no++, ContentsList.FILE_NAME, messages.get("pack.contents.self"), ""));
        for (PackageFile part : parts) {
            lines.add(line(no++, part.path(), titles.getOrDefault(part.path(), part.path()),
                    amounts.getOrDefault(part.path(), "")));
        }
        lines.add(line(no, Manifest.FILE_NAME, messages.get("pack.contents.manifest"), ""));
        lines.add("");
        lines.add(messages.get("pack.contents.fingerprintNote"));
        return lines;
    }

    private String line(int no, String path, String title, String amount) {
        return amount.isEmpty() ? messages.get("pack.contents.line", no, path, title)
                : messages.get("pack.contents.lineWithCounts", no, path, title, amount);
    }

    /** What the export history and the cover letter state: the registers, every ledger, the cards, the files. */
    List<PackageExport.Count> historyCounts(Manifest.Counts counts, List<Ledger> ledgers, int files) {
        List<PackageExport.Count> result = new ArrayList<>();
        result.add(count(ORG_UNITS, "pack.count.orgUnits", counts.orgUnits(), "pack.unit.units"));
        result.add(count(POSTS, "pack.count.posts", counts.posts(), "pack.unit.units"));
        result.add(count(EMPLOYEES, "pack.count.employees", counts.employees(), "pack.unit.people"));
        result.add(count(DUTIES, "pack.count.duties", counts.duties(), "pack.unit.items"));
        for (Ledger ledger : ledgers) {
            result.add(new PackageExport.Count(ledger.key(), messages.get(ledger.titleKey()),
                    counts.records().getOrDefault(ledger.key(), 0), messages.get("pack.unit.rows")));
        }
        result.add(new PackageExport.Count(CARDS, messages.of(PrintKind.CARDS), cards, messages.get("pack.unit.cards")));
        result.add(count(FILES, "pack.count.files", files, "pack.unit.units"));
        return result;
    }

    private PackageExport.Count count(String item, String labelKey, int quantity, String unitKey) {
        return new PackageExport.Count(item, messages.get(labelKey), quantity, messages.get(unitKey));
    }
}
