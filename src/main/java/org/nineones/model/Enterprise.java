package org.nineones.model;

/** The one enterprise a workspace belongs to. {@code creditCode} is stored as text, checked on entry. */
public record Enterprise(String name, String creditCode, String industry, boolean highRisk, String county,
                         String address, String principal, String contactPhone, String emergencyPhone) {

    public Enterprise withName(String newName) {
        return new Enterprise(newName, creditCode, industry, highRisk, county, address, principal, contactPhone,
                emergencyPhone);
    }
}
