package org.nineones.model.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.model.RiskLevel;

class ContentJsonTest {

    private final ContentJson json = new ContentJson();

    @Test
    void roundTripsEveryKindOfContent() {
        List<PostContent> bodies = List.of(
                new DutyList(List.of(new DutyItem("组织领导", "组织制定本单位安全生产规章制度", "主要负责人", "全公司",
                        "未制定的扣5分", "《安全生产法》第二十一条", ResponsibilityForm.FULL))),
                new OperatingProcedure(List.of("检查工具绝缘"), List.of("执行停电、验电、挂牌"), List.of("清理现场"),
                        List.of("严禁带电作业"), List.of("绝缘手套", "绝缘鞋")),
                new RiskCard(List.of("带电设备"), List.of(AccidentType.ELECTRIC_SHOCK, AccidentType.FIRE),
                        List.of("人员触电死亡"), List.of("停电作业，专人监护"), RiskLevel.SIGNIFICANT,
                        List.of(new EmergencyContact("火警", "119"))),
                new EmergencyCard(List.of(new EmergencyScenario("触电", List.of("立即切断电源", "心肺复苏"),
                        List.of(new EmergencyContact("急救", "120"))))));
        for (PostContent body : bodies) {
            String text = json.write(body);
            assertFalse(text.contains("\"empty\"") || text.contains("\"kind\""), text);
            assertEquals(body, json.read(body.kind(), text));
        }
    }

    @Test
    void refusesAMisspeltField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> json.read(ContentKind.DUTY_LIST, "{\"itemz\":[]}"));
        assertTrue(e.getMessage().contains("DUTY_LIST"), e.getMessage());
    }

    @Test
    void cleansBlankLinesAndSpacesOnTheWayIn() {
        OperatingProcedure read = (OperatingProcedure) json.read(ContentKind.PROCEDURE,
                "{\"beforeWork\":[\"　检查工具 \", \"\", null]}");
        assertEquals(List.of("检查工具"), read.beforeWork());
        assertTrue(read.duringWork().isEmpty());
    }
}
