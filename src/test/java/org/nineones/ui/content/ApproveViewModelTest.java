package org.nineones.ui.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;

/** The 批准 form's rules, shown on its fields. */
class ApproveViewModelTest {

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void needsAnApproverName() {
        ApproveViewModel vm = new ApproveViewModel(messages, TODAY, null);
        assertEquals("请填写批准人的姓名。", vm.approverErrorProperty().get());
        assertFalse(vm.validProperty().get());

        vm.approverProperty().set("  张三 ");
        assertEquals("", vm.approverErrorProperty().get());
        assertTrue(vm.validProperty().get());
        assertEquals("张三", vm.approverName());
        assertEquals(TODAY, vm.effectiveFromProperty().get());
    }

    @Test
    void needsADate() {
        ApproveViewModel vm = new ApproveViewModel(messages, TODAY, null);
        vm.approverProperty().set("张三");
        vm.effectiveFromProperty().set(null);
        assertEquals("请选择生效日期。", vm.dateErrorProperty().get());
        assertFalse(vm.validProperty().get());
    }

    @Test
    void refusesADateBeforeTheLatestApprovedVersionTookEffect() {
        LocalDate earliest = LocalDate.of(2027, 1, 1);
        ApproveViewModel vm = new ApproveViewModel(messages, TODAY, earliest);
        vm.approverProperty().set("张三");
        assertEquals(earliest, vm.effectiveFromProperty().get());
        assertTrue(vm.validProperty().get());

        vm.effectiveFromProperty().set(LocalDate.of(2026, 12, 31));
        assertEquals("生效日期不能早于上一个已批准版本的生效日期 2027-01-01。", vm.dateErrorProperty().get());
        assertFalse(vm.validProperty().get());
    }
}
