package org.nineones.excel.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;

class OrgTreeTest {

    private static OrgTree tree(List<OrgUnit> units) {
        return new OrgTree(units, Collator.getInstance(Locale.CHINA));
    }

    @Test
    void ordersSiblingsBySortOrderThenPinyinAndLeavesTheCompanyOutOfPaths() {
        OrgTree tree = tree(List.of(
                new OrgUnit(1L, null, "公司", OrgUnitKind.COMPANY, 0),
                new OrgUnit(2L, 1L, "质检部", OrgUnitKind.DEPARTMENT, 0),
                new OrgUnit(3L, 1L, "安全部", OrgUnitKind.DEPARTMENT, 0),
                new OrgUnit(4L, 1L, "办公室", OrgUnitKind.DEPARTMENT, -1),
                new OrgUnit(5L, 3L, "巡检班", OrgUnitKind.TEAM, 0)));
        assertEquals(List.of("公司", "办公室", "安全部", "安全部/巡检班", "质检部"),
                tree.nodes().stream().map(OrgTree.Node::path).toList());
        assertEquals(List.of(0, 1, 1, 2, 1), tree.nodes().stream().map(OrgTree.Node::depth).toList());
        assertEquals("安全部/巡检班", tree.path(5L));
        assertEquals("", tree.path(99L));
    }

    @Test
    void listsUnitsCaughtInAParentLoopInsteadOfLosingThem() {
        OrgTree tree = tree(List.of(
                new OrgUnit(1L, null, "公司", OrgUnitKind.COMPANY, 0),
                new OrgUnit(2L, 3L, "甲", OrgUnitKind.DEPARTMENT, 0),
                new OrgUnit(3L, 2L, "乙", OrgUnitKind.DEPARTMENT, 0)));
        assertEquals(3, tree.nodes().size());
        assertEquals(Integer.MAX_VALUE, tree.order(null));
    }
}
