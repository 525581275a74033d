package org.nineones.ui.grids;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;

/** A grid's person as the screens name them: 张三（A001）, with （已离职） for someone who has left; "" for none. */
public final class PersonText {

    private PersonText() {
    }

    public static String of(Messages messages, Employee e) {
        if (e == null) {
            return "";
        }
        String number = e.employeeNumber() == null || e.employeeNumber().isBlank() ? ""
                : "（" + e.employeeNumber() + "）";
        return e.name() + number + (e.status() == EmployeeStatus.LEFT ? messages.get("gridui.left") : "");
    }
}
