package org.nineones.sample;

/**
 * Special operations (特种作业 and 特种设备作业) whose workers hold a certificate with an expiry date.
 * {@code code} starts the generated certificate number.
 */
public enum SpecialOperation {
    LOW_VOLTAGE_ELECTRICIAN("低压电工作业", "DG"),
    WELDING("熔化焊接与热切割作业", "HH"),
    FORKLIFT("叉车司机（N1）", "N1"),
    CRANE("起重机司机（Q2）", "Q2"),
    BOILER("工业锅炉司炉（G1）", "G1"),
    HAZARDOUS_PROCESS("危险化工工艺作业", "HG");

    private final String label;
    private final String code;

    SpecialOperation(String label, String code) {
        this.label = label;
        this.code = code;
    }

    /** The operation's name as certificates print it. */
    public String label() {
        return label;
    }

    public String code() {
        return code;
    }

    /** Certificates are issued for six years (特种作业操作证) or four (特种设备作业人员证). */
    public int validityYears() {
        return this == FORKLIFT || this == CRANE || this == BOILER ? 4 : 6;
    }
}
