package org.nineones.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineones.model.PostCategory;

class PostCatalogTest {

    private final PostCatalog catalog = PostCatalog.bundled();

    @ParameterizedTest
    @CsvSource({"总经理,PRINCIPAL", "厂长,PRINCIPAL", "董事长,PRINCIPAL", "分管安全副总经理,SAFETY_DEPUTY",
            "安全副总,SAFETY_DEPUTY", "安全员,SAFETY_MANAGER", "专职安全管理员,SAFETY_MANAGER", "生产副厂长,DEPARTMENT_HEAD",
            "生产部部长,DEPARTMENT_HEAD", "销售经理,DEPARTMENT_HEAD", "车间主任,WORKSHOP_HEAD", "班长,TEAM_LEADER",
            "电工班长,TEAM_LEADER", "维修组长,TEAM_LEADER", "电工,SPECIAL_OPERATION", "电焊工,SPECIAL_OPERATION",
            "叉车司机,SPECIAL_OPERATION", "起重工,SPECIAL_OPERATION", "司炉工,SPECIAL_OPERATION",
            "锅炉工,SPECIAL_OPERATION", "压力容器操作工,SPECIAL_OPERATION", "登高架设作业,SPECIAL_OPERATION",
            "危化品操作工,SPECIAL_OPERATION", "操作工,OPERATOR", "化验员,OPERATOR", "仓库保管员,OPERATOR"})
    void infersThePostCategoryFromItsName(String post, PostCategory expected) {
        assertEquals(expected, catalog.classify(post).category());
    }

    @Test
    void everyCategoryHasFourToSevenDefaultDutiesAndThePrincipalHasTheSevenOfArticle21() {
        for (PostCategory category : PostCategory.values()) {
            int n = catalog.defaultDuties(category).size();
            assertTrue(n >= 4 && n <= 7, category + " has " + n);
        }
        var principal = catalog.defaultDuties(PostCategory.PRINCIPAL);
        assertEquals(7, principal.size());
        assertTrue(principal.get(0).contains("全员安全生产责任制"));
        assertTrue(principal.get(4).contains("双重预防"));
        assertTrue(principal.get(6).contains("报告生产安全事故"));
    }

    @Test
    void everyFieldHasALabelForTheMappingDialog() {
        RosterImportService service = new RosterImportService(
                new org.nineones.model.Messages(java.util.Locale.SIMPLIFIED_CHINESE));
        for (org.nineones.excel.RosterField field : org.nineones.excel.RosterField.values()) {
            assertTrue(!service.fieldLabel(field).startsWith("!"), field.key());
        }
        assertEquals("身份证号", service.fieldLabel(org.nineones.excel.RosterField.ID_NUMBER));
    }
}
