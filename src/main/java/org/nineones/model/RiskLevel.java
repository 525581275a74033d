package org.nineones.model;

/** Risk grading with its statutory colour: 重大 red, 较大 orange, 一般 yellow, 低 blue. */
public enum RiskLevel {
    MAJOR("#E60012"), SIGNIFICANT("#F39800"), GENERAL("#FFE100"), LOW("#0068B7");

    private final String colour;

    RiskLevel(String colour) {
        this.colour = colour;
    }

    /** The colour as #RRGGBB. */
    public String colour() {
        return colour;
    }

    /** Levels at or above 一般 need a risk card and an emergency card. */
    public boolean atLeastGeneral() {
        return this != LOW;
    }
}
