package org.nineones.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
