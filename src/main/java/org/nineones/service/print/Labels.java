package org.nineones.service.print;

import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.content.ContentVersion;

/** The texts printed about versions and phones, shared by every printout. */
final class Labels {

    private final Messages messages;

    Labels(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** "v3（王建国 批准，2026-01-01 起施行）" or "v2 草稿（未批准）". */
    String version(ContentVersion v) {
        if (v == null) {
            return messages.get("print.version.none");
        }
        String number = String.valueOf(v.number());
        return v.isDraft() ? messages.get("print.version.draft", number)
                : messages.get("print.version.approved", number, v.approvedBy(),
                        v.effectiveFrom() == null ? "" : v.effectiveFrom().toString());
    }

    /** "v3", "v2 草稿" or "未编制", for a table column. */
    String shortVersion(ContentVersion v) {
        if (v == null) {
            return messages.get("print.version.none");
        }
        String number = String.valueOf(v.number());
        return messages.get(v.isDraft() ? "print.version.short.draft" : "print.version.short.approved", number);
    }

    /** The enterprise's emergency phone, else its contact phone, then the public numbers 119 and 120. */
    String emergencyPhones(Enterprise enterprise) {
        String phone = blankToNull(enterprise.emergencyPhone());
        if (phone == null) {
            phone = blankToNull(enterprise.contactPhone());
        }
        String publicNumbers = messages.get("print.fireAndAmbulance");
        return phone == null ? publicNumbers : phone + "\u3000" + publicNumbers;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
