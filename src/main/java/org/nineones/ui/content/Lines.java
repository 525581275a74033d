package org.nineones.ui.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineones.model.content.EmergencyContact;

/** Text areas with one point per line ↔ lists of points; contacts written as "火警 119", one per line. */
final class Lines {

    /** A name, then spaces or a colon, then a phone number (digits, dashes, brackets, plus, spaces between). */
    private static final Pattern CONTACT = Pattern.compile("^(.*?)[\\s:：]+([+(（]?\\d[\\d\\-－()（）\\s]*)$");
    private static final Pattern PHONE_ONLY = Pattern.compile("^[+(（]?\\d[\\d\\-－()（）\\s]*$");

    private Lines() {
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\\R")) {
            String clean = line.strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return lines;
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    static List<EmergencyContact> contacts(String text) {
        List<EmergencyContact> contacts = new ArrayList<>();
        for (String line : split(text)) {
            Matcher m = CONTACT.matcher(line);
            if (m.matches() && !m.group(1).isBlank()) {
                contacts.add(new EmergencyContact(m.group(1).strip(), m.group(2).strip()));
            } else if (PHONE_ONLY.matcher(line).matches()) {
                contacts.add(new EmergencyContact("", line));
            } else {
                contacts.add(new EmergencyContact(line, ""));
            }
        }
        return contacts;
    }

    static String contactsText(List<EmergencyContact> contacts) {
        List<String> lines = new ArrayList<>();
        for (EmergencyContact c : contacts) {
            lines.add((c.name() + " " + c.phone()).strip());
        }
        return join(lines);
    }
}
