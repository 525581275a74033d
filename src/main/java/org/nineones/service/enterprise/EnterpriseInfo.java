package org.nineones.service.enterprise;

/** What {@code nineones info} prints: the enterprise and how many records it has. */
public record EnterpriseInfo(String name, String creditCode, int orgUnits, int posts, int employees) {
}
