package org.nineones.ui.inspector;

import java.util.List;
import java.util.Optional;

import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.RiskCard;

/** A post's content as plain text to read: the version in force of each kind, point by point. */
final class ContentText {

    private final Messages messages;
    private final StringBuilder text = new StringBuilder();

    private ContentText(Messages messages) {
        this.messages = messages;
    }

    /** The four kinds in order; {@code inForce} and {@code draft} say what the records hold of each. */
    static String of(Messages messages, java.util.function.Function<ContentKind, Optional<ContentVersion>> inForce,
                     java.util.function.Function<ContentKind, Optional<ContentVersion>> draft) {
        ContentText t = new ContentText(messages);
        for (ContentKind kind : ContentKind.values()) {
            t.kind(kind, inForce.apply(kind), draft.apply(kind));
        }
        return t.text.toString().strip();
    }

    /**
     * What the spot check shows of a worker's post: its duties, its procedure's key points and its emergency card, each
     * under its heading, as the {@code PostBrief} holds them ({@code null} or empty: said to be missing).
     */
    static String brief(Messages messages, List<DutyItem> duties, OperatingProcedure procedure, EmergencyCard card) {
        ContentText t = new ContentText(messages);
        t.section("inspector.content.duties", duties.isEmpty() ? null : new DutyList(duties));
        t.section("inspector.content.procedure", procedure);
        t.section("inspector.content.emergency", card);
        return t.text.toString().strip();
    }

    private void section(String key, PostContent body) {
        text.append(messages.get(key)).append('\n');
        if (body == null) {
            text.append(messages.get("inspector.content.none")).append('\n');
        } else {
            body(body);
        }
        text.append('\n');
    }

    /** The version in force; when there is none, the draft, said to be one. */
    private void kind(ContentKind kind, Optional<ContentVersion> version, Optional<ContentVersion> draft) {
        text.append(messages.get(switch (kind) {
            case DUTY_LIST -> "inspector.content.duties";
            case PROCEDURE -> "inspector.content.procedure";
            case RISK_CARD -> "inspector.content.risk";
            case EMERGENCY_CARD -> "inspector.content.emergency";
        })).append('\n');
        if (version.isEmpty() || version.get().body() == null) {
            boolean hasDraft = draft.isPresent() && draft.get().body() != null;
            text.append(messages.get(hasDraft ? "inspector.content.draft" : "inspector.content.none")).append('\n');
            if (hasDraft) {
                body(draft.get().body());
            }
            text.append('\n');
            return;
        }
        ContentVersion v = version.get();
        text.append(messages.get("inspector.content.version", v.number(), nz(v.approvedBy()),
                v.effectiveFrom() == null ? "" : v.effectiveFrom().toString())).append('\n');
        body(v.body());
        text.append('\n');
    }

    private void body(PostContent body) {
        if (body instanceof DutyList duties) {
            int n = 1;
            for (DutyItem item : duties.items()) {
                text.append(n++).append(". ").append(item.duty());
                if (!item.responsible().isEmpty() && !DutyItem.THIS_POST.equals(item.responsible())) {
                    text.append("  ").append(messages.get("inspector.content.responsible", item.responsible()));
                }
                text.append('\n');
            }
        } else if (body instanceof OperatingProcedure p) {
            points("inspector.content.before", p.beforeWork());
            points("inspector.content.during", p.duringWork());
            points("inspector.content.after", p.afterWork());
            points("inspector.content.prohibited", p.prohibitedActs());
            points("inspector.content.protective", p.protectiveEquipment());
        } else if (body instanceof RiskCard r) {
            text.append(messages.get("inspector.content.riskLevel", messages.of(r.riskLevel()))).append('\n');
            points("inspector.content.hazards", r.hazards());
            points("inspector.content.accidents", r.accidentTypes().stream().map(messages::of).toList());
            points("inspector.content.consequences", r.consequences());
            points("inspector.content.controls", r.controls());
            points("inspector.content.contacts", contacts(r.emergencyContacts()));
        } else if (body instanceof EmergencyCard e) {
            int n = 1;
            for (EmergencyScenario s : e.scenarios()) {
                text.append(n++).append(". ").append(s.name()).append('\n');
                s.steps().forEach(step -> text.append("    - ").append(step).append('\n'));
                if (!s.contacts().isEmpty()) {
                    text.append("    ").append(messages.get("inspector.content.contacts"))
                            .append(String.join("，", contacts(s.contacts()))).append('\n');
                }
            }
        }
    }

    private void points(String key, List<String> points) {
        if (points.isEmpty()) {
            return;
        }
        text.append(messages.get(key)).append('\n');
        points.forEach(p -> text.append("  - ").append(p).append('\n'));
    }

    private static List<String> contacts(List<EmergencyContact> contacts) {
        return contacts.stream().map(c -> (c.name() + " " + c.phone()).strip()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
