package org.nineones.model.content;

/** Whom to call: a name or role (e.g. 火警, 值班室, 安全科) and a phone number. */
public record EmergencyContact(String name, String phone) {

    public EmergencyContact {
        name = Texts.clean(name);
        phone = Texts.clean(phone);
    }
}
