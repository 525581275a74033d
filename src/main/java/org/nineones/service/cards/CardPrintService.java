package org.nineones.service.cards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.report.ReportException;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.store.Store;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the responsibility card (岗位责任卡) of every active employee as one PDF: four pocket cards (about A6) to an A4 sheet
 * with crop marks, sorted by org unit then name. A card holds the person, the post's duties, the key points of its
 * operating procedure (protective equipment and prohibited acts) and the emergency phone; long content continues on
 * further cards marked （续）.
 */
public final class CardPrintService {

    /** The compiled template, {@code src/main/jasperreports/responsibility-cards.jrxml}. */
    static final String TEMPLATE = "responsibility-cards";
    /** The template's text element that holds the duty list; its size decides how many duties fit a card. */
    static final String DUTIES_ELEMENT = "duties";

    private static final Logger LOG = LoggerFactory.getLogger(CardPrintService.class);

    private final Messages messages;
    private final ReportRunner reports;

    public CardPrintService(Messages messages) {
        this(messages, new ReportRunner());
    }

    public CardPrintService(Messages messages, ReportRunner reports) {
        this.messages = messages;
        this.reports = reports;
    }

    /** Writes the cards of every employee who has not left (people on leave keep their post and card) to {@code out} and returns the number of cards. */
    public int printCards(Workspace workspace, Path out, Progress progress) {
        return print(workspace, out, progress).cards();
    }

    /**
     * Writes the cards of every employee who has not left (people on leave keep their post and card) to {@code out} (replacing it only when complete).
     *
     * @throws CardPrintException with the sentence to show when there is nobody to print or the file cannot be made
     * @throws CancelledException when the user cancelled; no file is left behind
     */
    public CardPrintResult print(Workspace workspace, Path out, Progress progress) {
        progress.update(0, 1, messages.get("report.cards.progress.reading"));
        LocalDate today = LocalDate.now();
        CardData data = workspace.read(store -> new CardData(store.enterprise().get(), store.orgUnits().all(),
                store.posts().all(), store.posts().allDuties(today), procedures(store, today), drafts(store, today),
                store.employees().all().stream().filter(e -> e.status() != EmployeeStatus.LEFT).toList()));
        progress.checkCancelled();
        if (data.employees().isEmpty()) {
            throw new CardPrintException(messages.get("report.cards.error.noEmployees"));
        }
        try {
            CardPages cardPages = new CardPages(reports.textFitter(TEMPLATE, DUTIES_ELEMENT));
            List<Map<String, Object>> rows = new CardRows(messages, cardPages).build(data);
            progress.checkCancelled();
            ReportRequest request = new ReportRequest(TEMPLATE, rows, labels(),
                    messages.get("report.cards.documentTitle", data.enterprise().name()));
            String printing = messages.get("report.cards.progress.printing");
            int pages = reports.writePdf(request, out, progress.reportMonitor(printing));
            return new CardPrintResult(rows.size(), data.employees().size(), pages, out);
        } catch (ReportException e) {
            throw translate(e, out);
        }
    }

    private static Map<Long, OperatingProcedure> procedures(Store store, LocalDate day) {
        Map<Long, OperatingProcedure> procedures = new HashMap<>();
        store.content().counting(ContentKind.PROCEDURE, day)
                .forEach((postId, version) -> procedures.put(postId, (OperatingProcedure) version.body()));
        return procedures;
    }

    /** The posts whose duty list or procedure that counts today is a draft. */
    private static Set<Long> drafts(Store store, LocalDate day) {
        Set<Long> drafts = new HashSet<>();
        for (ContentKind kind : List.of(ContentKind.DUTY_LIST, ContentKind.PROCEDURE)) {
            store.content().counting(kind, day).forEach((postId, version) -> {
                if (version.isDraft()) {
                    drafts.add(postId);
                }
            });
        }
        return drafts;
    }

    private RuntimeException translate(ReportException e, Path out) {
        if (e.reason() == ReportException.Reason.CANCELLED) {
            return new CancelledException();
        }
        LOG.error("printing cards to {} failed", out, e);
        return switch (e.reason()) {
            case WRITE -> new CardPrintException(messages.get("report.cards.error.write", out), e);
            case TEXT_CUT_OFF -> new CardPrintException(messages.get("report.cards.error.textCutOff"), e);
            case EMPTY -> new CardPrintException(messages.get("report.cards.error.noEmployees"), e);
            default -> new CardPrintException(messages.get("report.cards.error.failed"), e);
        };
    }

    /** The template's fixed texts, in the user's language. */
    private Map<String, Object> labels() {
        return Map.of(
                "L_TITLE", messages.get("report.card.title"),
                "L_CONTINUED", messages.get("report.card.continued"),
                "L_DRAFT", messages.get("report.card.draft"),
                "L_NAME", messages.get("report.card.name"),
                "L_POST", messages.get("report.card.post"),
                "L_ORG_UNIT", messages.get("report.card.orgUnit"),
                "L_ID_NUMBER", messages.get("report.card.idNumber"),
                "L_DUTIES", messages.get("report.card.duties"),
                "L_ENTERPRISE", messages.get("report.card.enterprise"),
                "L_EMERGENCY", messages.get("report.card.emergency"));
    }
}
