package org.nineones.service.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.PostTemplate;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.RiskCard;
import org.nineones.service.templates.ContentDiff.Change;
import org.nineones.service.templates.ContentDiff.ChangeType;
import org.nineones.service.templates.ContentDiff.DutyField;
import org.nineones.service.templates.ContentDiff.Section;

class ContentDiffTest {

    private static final PostTemplate ELECTRICIAN = TemplateLibrary.bundled().find("电工").orElseThrow();

    private static DutyItem duty(String text, String standard) {
        return new DutyItem("巡检", text, "本岗位", "配电室", standard, "", ResponsibilityForm.DIRECT);
    }

    @Test
    void theTemplatesOwnContentDiffersInNothing() {
        for (ContentKind kind : ContentKind.values()) {
            ContentDiff diff = ContentDiff.between(kind, ELECTRICIAN.content(kind), ELECTRICIAN.content(kind));
            assertTrue(diff.same(), kind + ": " + diff);
        }
    }

    @Test
    void findsDutiesAddedRemovedAndChangedFieldByField() {
        DutyList template = new DutyList(List.of(
                duty("每日巡视配电室并记录", "未巡视的每次扣2分"),
                duty("定期检查绝缘安全用具", "使用超期用具的每件扣2分"),
                duty("执行工作票制度", "无票作业的每次扣5分")));
        DutyList post = new DutyList(List.of(
                duty("每日巡视配电室并记录", "未巡视的每次扣3分"),
                duty("执行工作票制度", "无票作业的每次扣5分"),
                duty("冬季检查电伴热线路", "未检查的每次扣2分")));
        ContentDiff diff = ContentDiff.between(ContentKind.DUTY_LIST, template, post);

        assertEquals(1, diff.count(ChangeType.ADDED));
        assertEquals(1, diff.count(ChangeType.REMOVED));
        assertEquals(1, diff.count(ChangeType.CHANGED));
        Change changed = only(diff, ChangeType.CHANGED);
        assertEquals("每日巡视配电室并记录", changed.before());
        assertEquals(List.of(new ContentDiff.FieldChange(DutyField.ASSESSMENT_STANDARD, "未巡视的每次扣2分", "未巡视的每次扣3分")),
                changed.fieldChanges());
        assertEquals("冬季检查电伴热线路", only(diff, ChangeType.ADDED).after());
        assertNull(only(diff, ChangeType.ADDED).before());
        assertEquals("定期检查绝缘安全用具", only(diff, ChangeType.REMOVED).before());
    }

    @Test
    void aRewordedDutyIsAChangeNotARemovalAndAnAddition() {
        DutyList template = new DutyList(List.of(duty("每日巡视配电设施，检查温度、声响、仪表和接地情况并记录", "扣2分")));
        DutyList post = new DutyList(List.of(new DutyItem("巡检", "每日巡视配电设施，检查温度、声响和接地情况并如实记录", "值班电工",
                "配电室", "扣2分", "", ResponsibilityForm.JOINT)));
        ContentDiff diff = ContentDiff.between(ContentKind.DUTY_LIST, template, post);
        Change change = only(diff, ChangeType.CHANGED);
        assertEquals(List.of(DutyField.DUTY, DutyField.RESPONSIBLE, DutyField.FORM),
                change.fieldChanges().stream().map(ContentDiff.FieldChange::field).toList());
        assertEquals(1, diff.changes().size());
    }

    @Test
    void movingDutiesAroundIsNoChange() {
        List<DutyItem> items = new ArrayList<>(ELECTRICIAN.dutyList().items());
        Collections.reverse(items);
        assertTrue(ContentDiff.between(ContentKind.DUTY_LIST, ELECTRICIAN.dutyList(), new DutyList(items)).same());
    }

    @Test
    void comparesAProcedureLineByLine() {
        OperatingProcedure template = ELECTRICIAN.procedure();
        List<String> prohibited = new ArrayList<>(template.prohibitedActs());
        String dropped = prohibited.remove(0);
        prohibited.add("严禁雷雨天气进行室外倒闸操作");
        OperatingProcedure post = new OperatingProcedure(template.beforeWork(), template.duringWork(), template.afterWork(),
                prohibited, template.protectiveEquipment());
        ContentDiff diff = ContentDiff.between(ContentKind.PROCEDURE, template, post);
        assertEquals(List.of(
                        new Change(ChangeType.ADDED, Section.PROHIBITED_ACTS, "", null, "严禁雷雨天气进行室外倒闸操作", List.of()),
                        new Change(ChangeType.REMOVED, Section.PROHIBITED_ACTS, "", dropped, null, List.of())),
                diff.changes());
    }

    @Test
    void comparesARiskCardsLevelAccidentTypesAndContacts() {
        RiskCard template = ELECTRICIAN.riskCard();
        List<AccidentType> types = new ArrayList<>(template.accidentTypes());
        types.remove(AccidentType.FIRE);
        List<EmergencyContact> contacts = new ArrayList<>(template.emergencyContacts());
        contacts.set(2, new EmergencyContact("企业应急值班室", "0543-1234567"));
        RiskCard post = new RiskCard(template.hazards(), types, template.consequences(), template.controls(),
                RiskLevel.MAJOR, contacts);
        ContentDiff diff = ContentDiff.between(ContentKind.RISK_CARD, template, post);
        assertTrue(diff.changes().contains(new Change(ChangeType.REMOVED, Section.ACCIDENT_TYPES, "", "FIRE", null,
                List.of())), diff.toString());
        assertTrue(diff.changes().contains(new Change(ChangeType.CHANGED, Section.RISK_LEVEL, "", "SIGNIFICANT", "MAJOR",
                List.of())), diff.toString());
        assertTrue(diff.changes().contains(new Change(ChangeType.ADDED, Section.CONTACTS, "", null,
                "企业应急值班室 0543-1234567", List.of())), diff.toString());
        assertTrue(diff.changes().contains(new Change(ChangeType.REMOVED, Section.CONTACTS, "", "企业应急值班室", null,
                List.of())), diff.toString());
        assertEquals(4, diff.changes().size(), diff.toString());
    }

    @Test
    void comparesEmergencyScenariosByName() {
        EmergencyCard template = ELECTRICIAN.emergencyCard();
        EmergencyScenario first = template.scenarios().get(0);
        List<String> steps = new ArrayList<>(first.steps());
        steps.add("填写事故报告");
        List<EmergencyScenario> scenarios = new ArrayList<>(List.of(
                new EmergencyScenario(first.name(), steps, first.contacts()),
                template.scenarios().get(1),
                new EmergencyScenario("电缆沟进水", List.of("切断电源", "排水"), List.of())));
        ContentDiff diff = ContentDiff.between(ContentKind.EMERGENCY_CARD, template, new EmergencyCard(scenarios));
        assertEquals(List.of(
                new Change(ChangeType.ADDED, Section.STEPS, first.name(), null, "填写事故报告", List.of()),
                new Change(ChangeType.ADDED, Section.SCENARIO, "电缆沟进水", null, "电缆沟进水", List.of()),
                new Change(ChangeType.REMOVED, Section.SCENARIO, template.scenarios().get(2).name(),
                        template.scenarios().get(2).name(), null, List.of())), diff.changes());
    }

    @Test
    void missingContentCountsAsEmpty() {
        ContentDiff diff = ContentDiff.between(ContentKind.DUTY_LIST, ELECTRICIAN.dutyList(), null);
        assertEquals(ELECTRICIAN.dutyList().items().size(), diff.count(ChangeType.REMOVED));
        assertFalse(diff.same());
    }

    @Test
    void refusesContentOfAnotherKind() {
        assertThrows(IllegalArgumentException.class,
                () -> ContentDiff.between(ContentKind.DUTY_LIST, ELECTRICIAN.procedure(), ELECTRICIAN.dutyList()));
    }

    @Test
    void similarityOfTexts() {
        assertEquals(1.0, ContentDiff.similarity("持证上岗", "持证上岗"));
        assertEquals(0.0, ContentDiff.similarity("持证上岗", "清理现场"));
        assertTrue(ContentDiff.similarity("每日巡视配电设施并记录", "每日巡视配电设施并如实记录") > ContentDiff.SIMILAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyPartOfADiffHasAText(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        List<Enum<?>> values = new ArrayList<>();
        values.addAll(List.of(ChangeType.values()));
        values.addAll(List.of(Section.values()));
        values.addAll(List.of(DutyField.values()));
        for (Enum<?> value : values) {
            assertFalse(messages.of(value).startsWith("!"), "no text for " + value);
        }
        assertEquals("zh".equals(language) ? "考核标准" : "Assessment standard", messages.of(DutyField.ASSESSMENT_STANDARD));
    }

    private static Change only(ContentDiff diff, ChangeType type) {
        List<Change> changes = diff.changes().stream().filter(c -> c.type() == type).toList();
        assertEquals(1, changes.size(), diff.toString());
        return changes.get(0);
    }
}
