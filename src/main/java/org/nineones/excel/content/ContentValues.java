package org.nineones.excel.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;
import org.nineones.model.TextNormaliser;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.ResponsibilityForm;

/**
 * The texts of the enumerated cells (risk level 重大/较大/一般/低, responsibility form, procedure section, GB 6441
 * accident type) and of the cells that hold several lines, both ways. Reading is loose: spaces of any kind, a
 * trailing 风险 or 责任, and the code names (MAJOR, FIRE…) are understood too.
 */
public final class ContentValues {

    /** Line breaks inside a cell separate the items of a list (hazards, controls, contacts…). */
    private static final Pattern LINE = Pattern.compile("\\r?\\n|\\r");
    /** Accident types may be written on one line: 触电、火灾 / 触电,火灾 / 触电；火灾. */
    private static final Pattern TYPE_SEPARATOR = Pattern.compile("[、,，;；/／\\s]+");
    private static final Pattern CONTACT_SEPARATOR = Pattern.compile("[:：]");
    private static final Pattern PHONE = Pattern.compile("[0-9０-９+()（）\\-－ ]{3,}(转[0-9]+)?");

    private final Messages messages;
    private final Map<String, RiskLevel> riskLevels = new HashMap<>();
    private final Map<String, ResponsibilityForm> forms = new HashMap<>();
    private final Map<String, ProcedureSection> sections = new HashMap<>();
    private final Map<String, AccidentType> accidentTypes = new HashMap<>();

    public ContentValues(Messages messages) {
        this.messages = messages;
        for (RiskLevel level : RiskLevel.values()) {
            register(riskLevels, level, text(level), messages.of(level));
        }
        for (ResponsibilityForm form : ResponsibilityForm.values()) {
            register(forms, form, text(form));
        }
        for (ProcedureSection section : ProcedureSection.values()) {
            register(sections, section, text(section));
        }
        for (AccidentType type : AccidentType.values()) {
            register(accidentTypes, type, text(type));
        }
    }

    private static <E extends Enum<E>> void register(Map<String, E> map, E value, String... texts) {
        map.put(key(value.name()), value);
        for (String text : texts) {
            map.put(key(text), value);
        }
    }

    private static String key(String text) {
        return TextNormaliser.strip(text).toLowerCase(Locale.ROOT);
    }

    /** 重大 / 较大 / 一般 / 低. */
    public String text(RiskLevel level) {
        return messages.get("exchange.risk." + level.name());
    }

    public String text(ResponsibilityForm form) {
        return messages.of(form);
    }

    public String text(ProcedureSection section) {
        return messages.of(section);
    }

    public String text(AccidentType type) {
        return messages.of(type);
    }

    public Optional<RiskLevel> riskLevel(String text) {
        return lookup(riskLevels, text, messages.get("exchange.suffix.risk"));
    }

    public Optional<ResponsibilityForm> form(String text) {
        return lookup(forms, text, messages.get("exchange.suffix.form"));
    }

    public Optional<ProcedureSection> section(String text) {
        return lookup(sections, text, "");
    }

    public Optional<AccidentType> accidentType(String text) {
        return lookup(accidentTypes, text, "");
    }

    private static <E> Optional<E> lookup(Map<String, E> map, String text, String optionalSuffix) {
        String k = key(text);
        E found = map.get(k);
        if (found == null && !optionalSuffix.isEmpty()) {
            found = map.get(k + key(optionalSuffix));
        }
        return Optional.ofNullable(found);
    }

    /** The texts a drop-down offers, in the enum's order. */
    public List<String> riskLevelTexts() {
        return java.util.Arrays.stream(RiskLevel.values()).map(this::text).toList();
    }

    public List<String> formTexts() {
        return java.util.Arrays.stream(ResponsibilityForm.values()).map(this::text).toList();
    }

    public List<String> sectionTexts() {
        return java.util.Arrays.stream(ProcedureSection.values()).map(this::text).toList();
    }

    public List<String> accidentTypeTexts() {
        return java.util.Arrays.stream(AccidentType.values()).map(this::text).toList();
    }

    /** Several items in one cell, one a line. */
    static String joinLines(List<String> lines) {
        return String.join("\n", lines);
    }

    /** The non-blank lines of a cell, trimmed. */
    static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : LINE.split(cell)) {
            String clean = TextNormaliser.trim(line);
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return lines;
    }

    /** Accident types as written in one cell: 触电、火灾. */
    String accidentTypes(List<AccidentType> types) {
        return String.join("、", types.stream().map(this::text).toList());
    }

    /** The separate texts of an accident type cell. */
    static List<String> accidentTypeTexts(String cell) {
        List<String> texts = new ArrayList<>();
        for (String part : TYPE_SEPARATOR.split(cell)) {
            if (!part.isEmpty()) {
                texts.add(part);
            }
        }
        return texts;
    }

    /** A contact as one line: 火警：119; only the name or only the number when the other is empty. */
    static String contact(EmergencyContact contact) {
        if (contact.name().isEmpty() || contact.phone().isEmpty()) {
            return contact.name() + contact.phone();
        }
        return contact.name() + "：" + contact.phone();
    }

    /** A contact line read back: split at the last colon, else before a trailing number; a number alone is a phone. */
    static EmergencyContact contact(String line) {
        String text = TextNormaliser.trim(line);
        var colon = CONTACT_SEPARATOR.matcher(text);
        int at = -1;
        while (colon.find()) {
            at = colon.start();
        }
        if (at >= 0) {
            return new EmergencyContact(text.substring(0, at), text.substring(at + 1));
        }
        if (PHONE.matcher(text).matches()) {
            return new EmergencyContact("", text);
        }
        int space = text.lastIndexOf(' ');
        int wide = text.lastIndexOf('\u3000');
        int split = Math.max(space, wide);
        if (split > 0 && PHONE.matcher(text.substring(split + 1)).matches()) {
            return new EmergencyContact(text.substring(0, split), text.substring(split + 1));
        }
        return new EmergencyContact(text, "");
    }
}
