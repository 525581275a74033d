package org.nineones.service.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.RiskCard;

/**
 * One row per printed page of the risk notification cards: a post's card on one A4 page in the regular size, else
 * in the smaller size when that makes it fit, else in the regular size continued over further pages marked （续）
 * with 「第 n/m 页」.
 */
final class RiskCardRows {

    /** Text on the banner: white, but black on the yellow of 一般风险 so it stays readable. */
    private static final String LIGHT_TEXT = "#FFFFFF";
    private static final String DARK_TEXT = "#000000";

    private final Labels labels;
    private final TextPages regular;
    private final TextPages small;

    RiskCardRows(Labels labels, TextPages regular, TextPages small) {
        this.labels = labels;
        this.regular = regular;
        this.small = small;
    }

    List<Map<String, Object>> build(PrintData data, List<Post> posts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String enterprise = data.enterprise().name();
        for (Post post : posts) {
            ContentVersion version = data.versions().get(post.id());
            RiskCard card = (RiskCard) version.body();
            List<TextPages.Para> paras = paragraphs(card, data);
            List<String> pages = regular.split(paras);
            boolean useSmall = false;
            if (pages.size() > 1) {
                // shrink to one page if the smaller size does it; otherwise continue in the regular size
                List<String> smaller = small.split(paras);
                if (smaller.size() == 1) {
                    pages = smaller;
                    useSmall = true;
                }
            }
            RiskLevel level = card.riskLevel();
            for (int i = 0; i < pages.size(); i++) {
                Map<String, Object> row = new HashMap<>(20);
                row.put("enterprise", enterprise);
                row.put("post", post.name());
                row.put("orgUnit", data.unitPath(post.orgUnitId()));
                row.put("version", labels.version(version));
                row.put("draft", version.isDraft());
                row.put("level", level.name());
                row.put("levelText", labels.get("print.risk.level", labels.messages().of(level)));
                row.put("colour", level.colour());
                row.put("textColour", level == RiskLevel.GENERAL ? DARK_TEXT : LIGHT_TEXT);
                row.put("body", pages.get(i));
                row.put("small", useSmall);
                row.put("continued", i > 0);
                row.put("sheet", pages.size() > 1 ? labels.get("print.sheet.page", i + 1, pages.size()) : null);
                rows.add(row);
            }
        }
        return rows;
    }

    private List<TextPages.Para> paragraphs(RiskCard card, PrintData data) {
        List<TextPages.Para> paras = new ArrayList<>();
        numbered(paras, labels.get("print.risk.hazards"), card.hazards());
        if (!card.accidentTypes().isEmpty()) {
            List<String> names = card.accidentTypes().stream().map(t -> labels.messages().of((AccidentType) t)).toList();
            section(paras, labels.get("print.risk.accidentTypes"));
            paras.add(TextPages.Para.plain(String.join("、", names)));
        }
        numbered(paras, labels.get("print.risk.consequences"), card.consequences());
        numbered(paras, labels.get("print.risk.controls"), card.controls());
        section(paras, labels.get("print.risk.contacts"));
        for (EmergencyContact contact : card.emergencyContacts()) {
            paras.add(TextPages.Para.plain(contact.name() + "：" + contact.phone()));
        }
        paras.add(TextPages.Para.plain(labels.get("print.emergencyPhone") + "：" + labels.emergencyPhones(data.enterprise())));
        return paras;
    }

    private static void numbered(List<TextPages.Para> paras, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        section(paras, heading);
        for (int i = 0; i < items.size(); i++) {
            paras.add(TextPages.Para.item(i + 1, items.get(i)));
        }
    }

    private static void section(List<TextPages.Para> paras, String heading) {
        if (!paras.isEmpty()) {
            paras.add(TextPages.Para.blank());
        }
        paras.add(TextPages.Para.heading("■ " + heading));
    }
}
