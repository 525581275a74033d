package org.nineones.excel.content;

import java.util.List;

import org.nineones.model.content.OperatingProcedure;

/** The parts of an operating procedure, one per value of the procedure sheet's section column (环节). */
public enum ProcedureSection {
    BEFORE_WORK, DURING_WORK, AFTER_WORK, PROHIBITED_ACTS, PROTECTIVE_EQUIPMENT;

    /** This section's points in a procedure. */
    List<String> of(OperatingProcedure procedure) {
        return switch (this) {
            case BEFORE_WORK -> procedure.beforeWork();
            case DURING_WORK -> procedure.duringWork();
            case AFTER_WORK -> procedure.afterWork();
            case PROHIBITED_ACTS -> procedure.prohibitedActs();
            case PROTECTIVE_EQUIPMENT -> procedure.protectiveEquipment();
        };
    }
}
