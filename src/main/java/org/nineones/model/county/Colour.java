package org.nineones.model.county;

/** Seed 002's three colours of an enterprise accepted (ACCEPTANCE.md, the county summary), the rule in data. */
public enum Colour {
    GREEN, YELLOW, RED
}
