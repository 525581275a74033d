package org.nineones.service.cards;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.content.OperatingProcedure;

/**
 * Turns the workspace's people into card rows for the template: one row per card, sorted by org unit then name
 * (Chinese collation), a long duty list continuing on further cards of the same person.
 */
final class CardRows {

    private final Messages messages;
    private final CardPages cardPages;

    CardRows(Messages messages, CardPages cardPages) {
        this.messages = messages;
        this.cardPages = cardPages;
    }

    List<Map<String, Object>> build(CardData data) {
        Map<Long, String> unitPaths = unitPaths(data.orgUnits());
        Map<Long, Post> posts = data.posts().stream().collect(Collectors.toMap(Post::id, Function.identity()));
        String enterprise = data.enterprise().name();
        String emergency = emergency(data.enterprise());
        Map<Long, List<String>> cardTexts = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>(data.employees().size() * 11 / 10);
        for (Employee e : sorted(data.employees(), unitPaths)) {
            Post post = e.postId() == null ? null : posts.get(e.postId());
            long postKey = post == null ? -1L : post.id();
            List<String> texts = cardTexts.computeIfAbsent(postKey, k -> cardPages.split(
                    sections(data.duties().getOrDefault(k, List.of()), data.procedures().get(k)),
                    messages.get("report.card.noDuties")));
            for (int i = 0; i < texts.size(); i++) {
                Map<String, Object> row = new HashMap<>(16);
                row.put("name", e.name());
                row.put("post", post == null ? messages.get("report.card.noPost") : post.name());
                row.put("orgUnit", e.orgUnitId() == null ? "" : unitPaths.getOrDefault(e.orgUnitId(), ""));
                row.put("idNumber", e.idNumber().masked());
                row.put("duties", texts.get(i));
                row.put("enterprise", enterprise);
                row.put("emergency", emergency);
                row.put("continued", i > 0);
                row.put("draft", data.draftPosts().contains(postKey));
                row.put("sheet", texts.size() > 1 ? messages.get("report.card.sheet", i + 1, texts.size()) : null);
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * What a post's cards say below the person: its numbered duties (or a line saying they are still to come, when
     * the post has a procedure but no duties), then the key points of its operating procedure: the protective
     * equipment to wear, on one line, and the prohibited acts, numbered.
     */
    List<CardPages.Section> sections(List<String> duties, OperatingProcedure procedure) {
        List<CardPages.Section> sections = new ArrayList<>();
        sections.add(new CardPages.Section(null, duties, true));
        if (procedure != null && !procedure.protectiveEquipment().isEmpty()) {
            sections.add(new CardPages.Section(messages.get("report.card.protectiveEquipment"),
                    List.of(String.join(messages.get("report.card.listSeparator"), procedure.protectiveEquipment())),
                    false));
        }
        if (procedure != null && !procedure.prohibitedActs().isEmpty()) {
            sections.add(new CardPages.Section(messages.get("report.card.prohibitedActs"), procedure.prohibitedActs(),
                    true));
        }
        if (duties.isEmpty() && sections.size() > 1) {
            sections.set(0, new CardPages.Section(null, List.of(messages.get("report.card.noDuties")), false));
        }
        return sections;
    }

    /** The enterprise's emergency phone, else its contact phone, then the public numbers 119 and 120. */
    String emergency(Enterprise enterprise) {
        String phone = blankToNull(enterprise.emergencyPhone());
        if (phone == null) {
            phone = blankToNull(enterprise.contactPhone());
        }
        String publicNumbers = messages.get("report.card.fireAndAmbulance");
        return phone == null ? publicNumbers : phone + "\u3000" + publicNumbers;
    }

    /** Each unit's path below the company ("生产部 / 一车间 / 甲班"); the company itself shows its own name. */
    static Map<Long, String> unitPaths(List<OrgUnit> units) {
        return OrgPaths.printed(units);
    }

    private static List<Employee> sorted(List<Employee> employees, Map<Long, String> unitPaths) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        record Keyed(Employee employee, CollationKey unit, CollationKey name) {
        }
        Map<String, CollationKey> unitKeys = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>(employees.size());
        for (Employee e : employees) {
            String path = e.orgUnitId() == null ? "" : unitPaths.getOrDefault(e.orgUnitId(), "");
            keyed.add(new Keyed(e, unitKeys.computeIfAbsent(path, collator::getCollationKey),
                    collator.getCollationKey(e.name() == null ? "" : e.name())));
        }
        keyed.sort(Comparator.comparing(Keyed::unit).thenComparing(Keyed::name)
                .thenComparing(k -> k.employee().id() == null ? Long.MAX_VALUE : k.employee().id()));
        return keyed.stream().map(Keyed::employee).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
