package org.nineones.service.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Post;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;

/** One row per pocket card: a post's scenarios with numbered steps and contacts, continued on further cards （续）. */
final class EmergencyCardRows {

    private static final String NUMERALS = "一二三四五六七八九十";
    /** The card's red, for the scenario headings. */
    private static final String HEADING_COLOUR = "#B71C1C";

    private final Labels labels;
    private final TextPages pages;

    EmergencyCardRows(Labels labels, TextPages pages) {
        this.labels = labels;
        this.pages = pages;
    }

    List<Map<String, Object>> build(PrintData data, List<Post> posts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String enterprise = data.enterprise().name();
        String phones = labels.emergencyPhones(data.enterprise());
        for (Post post : posts) {
            ContentVersion version = data.versions().get(post.id());
            List<String> cards = pages.split(paragraphs((EmergencyCard) version.body()));
            for (int i = 0; i < cards.size(); i++) {
                Map<String, Object> row = new HashMap<>(16);
                row.put("enterprise", enterprise);
                row.put("emergency", phones);
                row.put("post", post.name());
                row.put("orgUnit", data.unitPath(post.orgUnitId()));
                row.put("version", labels.shortVersion(version));
                row.put("draft", version.isDraft());
                row.put("body", cards.get(i));
                row.put("continued", i > 0);
                row.put("sheet", cards.size() > 1 ? labels.get("print.sheet", i + 1, cards.size()) : null);
                rows.add(row);
            }
        }
        return rows;
    }

    private List<TextPages.Para> paragraphs(EmergencyCard card) {
        List<TextPages.Para> paras = new ArrayList<>();
        List<EmergencyScenario> scenarios = card.scenarios();
        for (int s = 0; s < scenarios.size(); s++) {
            EmergencyScenario scenario = scenarios.get(s);
            if (s > 0) {
                paras.add(TextPages.Para.blank());
            }
            paras.add(TextPages.Para.userHeading(labels.get("print.emergency.scenario", number(s + 1), scenario.name()),
                    HEADING_COLOUR));
            for (int i = 0; i < scenario.steps().size(); i++) {
                paras.add(TextPages.Para.item(i + 1, scenario.steps().get(i)));
            }
            if (!scenario.contacts().isEmpty()) {
                List<String> contacts = new ArrayList<>();
                for (EmergencyContact c : scenario.contacts()) {
                    contacts.add(c.name() + " " + c.phone());
                }
                paras.add(TextPages.Para.plain(labels.get("print.emergency.contacts", String.join("；", contacts))));
            }
        }
        return paras;
    }

    /** The scenario's number: 一, 二, 三… in Chinese, digits otherwise. */
    private String number(int n) {
        return "zh".equals(labels.messages().locale().getLanguage()) ? numeral(n) : String.valueOf(n);
    }

    /** 一 … 十, 十一 … 九十九; beyond that the digits. */
    static String numeral(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(NUMERALS.charAt(tens - 1))) + "十";
        return t + (ones == 0 ? "" : String.valueOf(NUMERALS.charAt(ones - 1)));
    }
}
