package org.nineones.model.training;

import java.time.LocalDate;

import org.nineones.model.EmployeeStatus;
import org.nineones.model.PostCategory;

/**
 * An employee as the training views read them, in one lean query over the whole roster (no ID-number validation, the
 * post's name and category joined): for the compliance view, the sign-in sheet's matching and the training files.
 */
public record Trainee(long id, String name, String idNumber, String employeeNumber, Long orgUnitId, Long postId,
                      String postName, PostCategory category, Long postUnitId, LocalDate hireDate,
                      EmployeeStatus status, String certificateNumber, LocalDate certificateExpiry) {
}
