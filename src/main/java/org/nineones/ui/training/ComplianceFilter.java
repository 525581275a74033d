package org.nineones.ui.training;

import org.nineones.service.training.CertificateState;
import org.nineones.service.training.PersonCompliance;

/** The compliance view's filters; texts under {@code training.ui.filter.<NAME>}. */
public enum ComplianceFilter {
    ALL, ISSUES, LACKS_HOURS, LACKS_INDUCTION, CERTIFICATE_30, CERTIFICATE_60, CERTIFICATE_90, CERTIFICATE_EXPIRED;

    public boolean accepts(PersonCompliance p) {
        return switch (this) {
            case ALL -> true;
            case ISSUES -> p.hasIssue();
            case LACKS_HOURS -> p.lacksHours();
            case LACKS_INDUCTION -> p.lacksInduction();
            case CERTIFICATE_30 -> p.certificate().within(30, false);
            case CERTIFICATE_60 -> p.certificate().within(60, false);
            case CERTIFICATE_90 -> p.certificate().within(90, false);
            case CERTIFICATE_EXPIRED -> p.certificate() == CertificateState.EXPIRED
                    || p.certificate() == CertificateState.MISSING;
        };
    }

    public String textKey() {
        return "training.ui.filter." + name();
    }
}
