package org.nineones.ui.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.RiskCard;

/** Bodies ↔ form fields, without any control. */
class ContentFormsTest {

    @Test
    void procedureFieldsHoldOnePointPerLineAndIgnoreBlankLines() {
        ProcedureForm form = new ProcedureForm();
        form.show(new OperatingProcedure(List.of("检查仪表", "确认阀门"), List.of("巡检"), List.of(), List.of("严禁脱岗"),
                List.of("安全帽")));
        assertEquals("检查仪表\n确认阀门", form.beforeWorkProperty().get());
        assertEquals("严禁脱岗", form.prohibitedActsProperty().get());

        form.duringWorkProperty().set("  巡检  \n\n每两小时记录一次\r\n");
        assertEquals(List.of("巡检", "每两小时记录一次"), form.body().duringWork());
        assertEquals(List.of("检查仪表", "确认阀门"), form.body().beforeWork());
        assertEquals(List.of("安全帽"), form.body().protectiveEquipment());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "火警 119|火警|119",
            "安全科：0543-1234567|安全科|0543-1234567",
            "值班室   8001|值班室|8001",
            "急救中心 (0543) 120|急救中心|(0543) 120",
            "120|''|120",
            "班组长|班组长|''"})
    void contactLinesSplitIntoNameAndPhone(String line, String name, String phone) {
        assertEquals(List.of(new EmergencyContact(name, phone)), Lines.contacts(line));
    }

    @Test
    void riskCardRoundTripsWithAccidentTypesInTheStandardsOrder() {
        RiskCard card = new RiskCard(List.of("高温", "有毒气体"), List.of(AccidentType.FIRE, AccidentType.ELECTRIC_SHOCK),
                List.of("烫伤"), List.of("佩戴防护手套"), RiskLevel.SIGNIFICANT,
                List.of(new EmergencyContact("火警", "119"), new EmergencyContact("安全科", "8001")));
        RiskCardForm form = new RiskCardForm();
        form.show(card);

        assertEquals("火警 119\n安全科 8001", form.contactsProperty().get());
        assertEquals(List.of(AccidentType.ELECTRIC_SHOCK, AccidentType.FIRE), form.accidentTypes());
        RiskCard back = form.body();
        assertEquals(List.of(AccidentType.ELECTRIC_SHOCK, AccidentType.FIRE), back.accidentTypes());
        assertEquals(card.emergencyContacts(), back.emergencyContacts());
        assertEquals(card.hazards(), back.hazards());
        assertEquals(RiskLevel.SIGNIFICANT, back.riskLevel());
    }

    @Test
    void dutyRowsKeepEveryFieldAndRowsWithoutDutyTextAreLeftOut() {
        DutyItem item = new DutyItem("教育培训", "参加三级安全教育", "本岗位", "本班组", "未参加的每次扣2分",
                "《安全生产法》第二十八条", ResponsibilityForm.JOINT);
        DutyListForm form = new DutyListForm();
        form.show(new DutyList(List.of(item)));
        form.add(-1);

        assertEquals(2, form.rows().size());
        assertEquals(new DutyList(List.of(item)), form.body());
    }

    @Test
    void dutyRowsMoveWithinTheListOnly() {
        DutyListForm form = new DutyListForm();
        form.show(new DutyList(List.of(DutyItem.of("一"), DutyItem.of("二"), DutyItem.of("三"))));

        assertEquals(1, form.move(2, -1));
        assertEquals(0, form.move(0, -1));
        assertEquals(List.of("一", "三", "二"), form.body().items().stream().map(DutyItem::duty).toList());
    }

    @Test
    void emergencyScenariosRoundTripAndEmptyOnesAreLeftOut() {
        EmergencyScenario shock = new EmergencyScenario("触电", List.of("切断电源", "心肺复苏"),
                List.of(new EmergencyContact("急救", "120")));
        EmergencyCardForm form = new EmergencyCardForm();
        form.show(new EmergencyCard(List.of(shock)));
        form.add("");

        assertEquals("切断电源\n心肺复苏", form.scenarios().get(0).stepsProperty().get());
        assertEquals(new EmergencyCard(List.of(shock)), form.body());
    }
}
