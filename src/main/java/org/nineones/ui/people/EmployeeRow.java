package org.nineones.ui.people;

import java.time.LocalDate;
import java.util.Locale;

import org.nineones.model.Employee;

/**
 * One line of the employee table: display texts computed once, plus a lower-case search key over name,
 * employee number and post, and the ID number for matching its last digits. Immutable.
 */
public final class EmployeeRow {

    /** Queries of this many characters or more also match the end of the ID number. */
    static final int MIN_ID_DIGITS = 4;

    private final Employee employee;
    private final String gender;
    private final String orgUnit;
    private final String post;
    private final String status;
    private final String searchKey;
    private final String idLower;

    public EmployeeRow(Employee employee, String gender, String orgUnit, String post, String status) {
        this.employee = employee;
        this.gender = gender;
        this.orgUnit = orgUnit;
        this.post = post;
        this.status = status;
        this.searchKey = (employee.name() + '\n' + nz(employee.employeeNumber()) + '\n' + post)
                .toLowerCase(Locale.ROOT);
        this.idLower = employee.idNumber().value().toLowerCase(Locale.ROOT);
    }

    /** True when every term (already lower-case) is in the name, number or post, or ends the ID number. */
    public boolean matches(String[] terms) {
        for (String term : terms) {
            if (!searchKey.contains(term) && !(term.length() >= MIN_ID_DIGITS && idLower.endsWith(term))) {
                return false;
            }
        }
        return true;
    }

    public Employee employee() {
        return employee;
    }

    public String name() {
        return employee.name();
    }

    public String gender() {
        return gender;
    }

    public String maskedId() {
        return employee.idNumber().masked();
    }

    public String fullId() {
        return employee.idNumber().value();
    }

    public String employeeNumber() {
        return nz(employee.employeeNumber());
    }

    public String orgUnit() {
        return orgUnit;
    }

    public String post() {
        return post;
    }

    public String hireDate() {
        return date(employee.hireDate());
    }

    public String status() {
        return status;
    }

    public String certificateNumber() {
        return nz(employee.certificateNumber());
    }

    public String certificateExpiry() {
        return date(employee.certificateExpiry());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
