package org.nineones.service.roster;

import java.time.LocalDate;

import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.PostCategory;

/**
 * One valid roster row, cleaned. Text fields are empty (never null) when the cell is blank; gender is taken from
 * the ID number when the roster gives none; {@code status} and {@code postCategory} are null when not given.
 */
public record PersonRow(int rowNumber, String name, Gender gender, IdNumber idNumber, String employeeNumber,
                        String phone, String department, String workshop, String team, String post,
                        PostCategory postCategory, LocalDate hireDate, EmployeeStatus status,
                        String certificateNumber, LocalDate certificateExpiry) {
}
