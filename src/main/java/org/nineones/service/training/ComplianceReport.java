package org.nineones.service.training;

import java.time.LocalDate;
import java.util.List;

/** Every active employee's training compliance as of a day, in org-tree order. */
public record ComplianceReport(LocalDate asOf, boolean highRisk, List<PersonCompliance> people) {

    public ComplianceReport {
        people = List.copyOf(people);
    }

    public long lackingHours() {
        return people.stream().filter(PersonCompliance::lacksHours).count();
    }

    public long lackingInduction() {
        return people.stream().filter(PersonCompliance::lacksInduction).count();
    }

    public long certificatesNeedingAttention() {
        return people.stream().filter(p -> p.certificate().needsAttention()).count();
    }
}
