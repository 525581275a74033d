package org.nineones.excel.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.RiskCard;

/**
 * A post's content as the rows of its spreadsheet, cell by column (the org unit, post and version cells are the
 * writer's): a duty list one row per duty; a procedure one row per point, with its section; a risk card one row
 * per post with a line per item in the list cells; an emergency card one row per step (a scenario's contacts fill
 * its rows side by side with the steps, and more rows when it has more contacts than steps).
 */
final class ContentLines {

    private ContentLines() {
    }

    static List<Map<ContentColumn, Object>> of(PostContent body, ContentValues values) {
        if (body instanceof DutyList list) {
            return duties(list, values);
        }
        if (body instanceof OperatingProcedure procedure) {
            return procedure(procedure, values);
        }
        if (body instanceof RiskCard card) {
            return List.of(riskCard(card, values));
        }
        if (body instanceof EmergencyCard card) {
            return emergencyCard(card);
        }
        return List.of();
    }

    private static List<Map<ContentColumn, Object>> duties(DutyList list, ContentValues values) {
        List<Map<ContentColumn, Object>> lines = new ArrayList<>();
        for (DutyItem item : list.items()) {
            Map<ContentColumn, Object> line = new EnumMap<>(ContentColumn.class);
            line.put(ContentColumn.NUMBER, (double) lines.size() + 1);
            line.put(ContentColumn.CATEGORY, item.category());
            line.put(ContentColumn.DUTY, item.duty());
            line.put(ContentColumn.RESPONSIBLE, item.responsible());
            line.put(ContentColumn.SCOPE, item.scope());
            line.put(ContentColumn.STANDARD, item.assessmentStandard());
            line.put(ContentColumn.BASIS, item.legalBasis());
            line.put(ContentColumn.FORM, values.text(item.form()));
            lines.add(line);
        }
        return lines;
    }

    private static List<Map<ContentColumn, Object>> procedure(OperatingProcedure procedure, ContentValues values) {
        List<Map<ContentColumn, Object>> lines = new ArrayList<>();
        for (ProcedureSection section : ProcedureSection.values()) {
            List<String> points = section.of(procedure);
            for (int i = 0; i < points.size(); i++) {
                Map<ContentColumn, Object> line = new EnumMap<>(ContentColumn.class);
                line.put(ContentColumn.SECTION, values.text(section));
                line.put(ContentColumn.NUMBER, (double) i + 1);
                line.put(ContentColumn.CONTENT, points.get(i));
                lines.add(line);
            }
        }
        return lines;
    }

    private static Map<ContentColumn, Object> riskCard(RiskCard card, ContentValues values) {
        Map<ContentColumn, Object> line = new EnumMap<>(ContentColumn.class);
        line.put(ContentColumn.RISK_LEVEL, values.text(card.riskLevel()));
        line.put(ContentColumn.HAZARDS, ContentValues.joinLines(card.hazards()));
        line.put(ContentColumn.ACCIDENT_TYPES, values.accidentTypes(card.accidentTypes()));
        line.put(ContentColumn.CONSEQUENCES, ContentValues.joinLines(card.consequences()));
        line.put(ContentColumn.CONTROLS, ContentValues.joinLines(card.controls()));
        line.put(ContentColumn.CONTACTS, ContentValues.joinLines(
                card.emergencyContacts().stream().map(ContentValues::contact).toList()));
        return line;
    }

    private static List<Map<ContentColumn, Object>> emergencyCard(EmergencyCard card) {
        List<Map<ContentColumn, Object>> lines = new ArrayList<>();
        for (EmergencyScenario scenario : card.scenarios()) {
            int rows = Math.max(1, Math.max(scenario.steps().size(), scenario.contacts().size()));
            for (int i = 0; i < rows; i++) {
                Map<ContentColumn, Object> line = new EnumMap<>(ContentColumn.class);
                line.put(ContentColumn.SCENARIO, scenario.name());
                if (i < scenario.steps().size()) {
                    line.put(ContentColumn.STEP_NUMBER, (double) i + 1);
                    line.put(ContentColumn.STEP, scenario.steps().get(i));
                }
                if (i < scenario.contacts().size()) {
                    line.put(ContentColumn.CONTACT, scenario.contacts().get(i).name());
                    line.put(ContentColumn.PHONE, scenario.contacts().get(i).phone());
                }
                lines.add(line);
            }
        }
        return lines;
    }
}
