package org.nineones.service.county;

import org.nineones.service.inspection.FrameMember;

/**
 * An enterprise of a city check's frame (decision 0027): accepted by the county, as its latest signed inspection named
 * it, drawn within its industry. Its canonical line starts with the credit code, so that the frame is in credit-code
 * order: {@code creditCode \t industry \t name}.
 */
record FrameEnterprise(String creditCode, String name, String industry, String inspectionUid) implements FrameMember {

    FrameEnterprise {
        creditCode = creditCode == null ? "" : creditCode;
        name = name == null ? "" : name;
        industry = industry == null ? "" : industry;
    }

    @Override
    public String stratum() {
        return industry;
    }

    @Override
    public String line() {
        return creditCode + '\t' + industry + '\t' + name;
    }
}
