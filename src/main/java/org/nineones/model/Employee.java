package org.nineones.model;

import java.time.LocalDate;

/**
 * A person in the enterprise. {@code idNumber} is always a valid GB 11643 number; it is shown masked
 * unless the user reveals it.
 */
public record Employee(Long id, String name, Gender gender, IdNumber idNumber, String employeeNumber, String phone,
                       Long orgUnitId, Long postId, LocalDate hireDate, EmployeeStatus status,
                       String certificateNumber, LocalDate certificateExpiry) {

    public Employee withId(long newId) {
        return new Employee(newId, name, gender, idNumber, employeeNumber, phone, orgUnitId, postId, hireDate, status,
                certificateNumber, certificateExpiry);
    }
}
