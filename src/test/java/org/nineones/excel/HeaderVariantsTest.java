package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderVariantsTest {

    @ParameterizedTest
    @CsvSource({"姓名,name", "员工姓名,name", "身份证号,idNumber", "身份证号码,idNumber", "公民身份号码,idNumber",
            "证件号码,idNumber", "部门,department", "所在部门,department", "所属部门,department", "车间,workshop",
            "班组,team", "岗位,post", "工种,post", "岗位(工种),post", "岗位（工种）,post", "入职日期,hireDate",
            "入厂日期,hireDate", "参加工作时间,hireDate", "联系电话,phone", "手机号码,phone", "手机,phone",
            "工号,employeeNumber", "员工编号,employeeNumber", "性别,gender", "特种作业证号,certificateNumber",
            "操作证号,certificateNumber", "有效期,certificateExpiry", "证书有效期至,certificateExpiry", "状态,status",
            "岗位类别,postCategory", "'身份证\n号码',idNumber", "'姓 名',name", "'姓　名',name", "idNumber,idNumber"})
    void recognisesEveryHeaderVariant(String header, String key) {
        assertEquals(key, RosterField.byHeader(header).orElseThrow().key());
    }

    @ParameterizedTest
    @CsvSource({"一级部门,department", "二级部门,workshop", "三级部门,team", "部门1,department", "部门2,workshop",
            "部门3,team", "部门名称,department", "职位,post", "职务,post", "岗位名称,post", "工作岗位,post",
            "入职时间,hireDate", "手机,phone", "操作证编号,certificateNumber", "* 姓名,name", "姓名（必填）,name",
            "'姓名(必填)',name", "【必填】身份证号,idNumber", "身份证号（18位）,idNumber", "'身份证号码 *',idNumber",
            "职位名称,post", "证件号,idNumber", "手机号码（必填）,phone", "'部​门',department", "部门１,department",
            "ＩＤＮＵＭＢＥＲ,idNumber", "现任职务名称,ignore", "员工性别,gender", "入职日期(yyyy-mm-dd),hireDate",
            "人员编码,employeeNumber", "'岗位（工种）*',post"})
    void recognisesHeadersAsHrSystemsWriteThem(String header, String key) {
        assertEquals(key, RosterField.byHeader(header).orElse(RosterField.IGNORE).key());
    }

    @Test
    void noTwoFieldsShareALooseHeader() {
        java.util.Map<String, RosterField> owner = new java.util.HashMap<>();
        for (RosterField field : RosterField.values()) {
            for (String loose : field.looseHeaders()) {
                RosterField other = owner.put(loose, field);
                assertTrue(other == null || other == field, loose + ": " + other + " and " + field);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"四级部门,department", "所属子公司单位,department", "兼任职务,post", "岗位,post", "班组长,department",
            "部门编码,ignore", "岗位工资,ignore", "职务级别,ignore", "发证单位,ignore", "备注,ignore", "籍贯,ignore"})
    void tellsWhichHeadersLookLikeOrgUnitsOrPosts(String header, String expected) {
        assertEquals(expected, RosterField.orgOrPostLike(header).orElse(RosterField.IGNORE).key());
    }

    @Test
    void theFilledColumnWinsOverAnEmptyTwinWhicheverComesFirst() {
        List<SheetRow> rows = List.of(new SheetRow(2, java.util.Arrays.asList("张三", null, "电工")),
                new SheetRow(3, java.util.Arrays.asList("李四", null, "操作工")));
        ColumnMapping m = ColumnMapping.automatic(List.of("姓名", "岗位", "岗位"), rows);
        assertEquals(2, m.columnOf(RosterField.POST));
        assertEquals(RosterField.IGNORE, m.fieldOf(1));
        assertFalse(m.isIgnoredByUser(1), "left out by the rule, not by the user");
    }

    @Test
    void choosingNotToImportAColumnIsRememberedAsTheUsersChoice() {
        ColumnMapping m = ColumnMapping.automatic(List.of("姓名", "身份证号", "四级部门"));
        assertFalse(m.isIgnoredByUser(2));
        assertTrue(m.with(2, RosterField.IGNORE).isIgnoredByUser(2));
        assertTrue(m.ignoring(2).isIgnoredByUser(2));
        assertFalse(m.ignoring(2).with(2, RosterField.TEAM).isIgnoredByUser(2));
    }

    @Test
    void aCorrectedMappingMovesTheFieldToTheNamedColumn() {
        ColumnMapping automatic = ColumnMapping.automatic(List.of("职工名", "姓名", "身份证号"));
        assertEquals(1, automatic.columnOf(RosterField.NAME));
        ColumnMapping corrected = automatic.with(automatic.columnOfHeader("职工名").orElseThrow(), RosterField.NAME);
        assertEquals(0, corrected.columnOf(RosterField.NAME));
        assertEquals(RosterField.IGNORE, corrected.fieldOf(1));
    }

    @Test
    void theFirstOfTwoColumnsWithTheSameMeaningWins() {
        ColumnMapping m = ColumnMapping.automatic(List.of("手机", "联系电话", "姓名"));
        assertEquals(0, m.columnOf(RosterField.PHONE));
        assertEquals(RosterField.IGNORE, m.fieldOf(1));
    }
}
