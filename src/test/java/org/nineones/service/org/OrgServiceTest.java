package org.nineones.service.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.Workspace;

class OrgServiceTest {

    @TempDir
    Path tempDir;
    private Workspace ws;
    private final OrgService service = new OrgService(new Messages(Locale.SIMPLIFIED_CHINESE));

    @BeforeEach
    void createWorkspace() throws Exception {
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        ws = Workspace.create(tempDir.resolve("张三的文件").resolve("示范.nineones"),
                new Enterprise("示范化工", code, "", false, "", "", "", "", ""));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private int auditCount() {
        return ws.read(s -> s.audit().latest(1000)).size();
    }

    @Test
    void addsUnitsUnderTheirParentWithAnAuditEntryEach() {
        int before = auditCount();
        OrgUnit company = service.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        OrgUnit dept = service.addUnit(ws, company.id(), "  生产部\u3000", OrgUnitKind.DEPARTMENT);

        assertEquals("生产部", dept.name());
        assertEquals(company.id(), dept.parentId());
        assertEquals(2, service.units(ws).size());
        assertEquals(before + 2, auditCount());
    }

    @Test
    void refusesASecondCompanyAndADuplicateNameUnderTheSameParent() {
        OrgUnit company = service.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        service.addUnit(ws, company.id(), "生产部", OrgUnitKind.DEPARTMENT);

        OrgRuleException second = assertThrows(OrgRuleException.class,
                () -> service.addUnit(ws, null, "另一个公司", OrgUnitKind.COMPANY));
        assertTrue(second.getMessage().startsWith("已经有公司"));
        OrgRuleException duplicate = assertThrows(OrgRuleException.class,
                () -> service.addUnit(ws, company.id(), "生产部", OrgUnitKind.DEPARTMENT));
        assertEquals("同一上级下已经有“生产部”了，请换一个名称。", duplicate.getMessage());
        assertEquals(2, service.units(ws).size());
    }

    @Test
    void refusesToDeleteAUnitWithPostsAndDeletesAnEmptyOne() {
        OrgUnit company = service.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        OrgUnit dept = service.addUnit(ws, company.id(), "安全环保部", OrgUnitKind.DEPARTMENT);
        Post post = service.savePost(ws, new Post(null, dept.id(), "安全员", PostCategory.SAFETY_MANAGER, RiskLevel.LOW));

        OrgRuleException e = assertThrows(OrgRuleException.class, () -> service.deleteUnit(ws, dept.id()));
        assertEquals("“安全环保部”下还有下级机构、岗位或人员，不能删除。请先把它们删除或调到其他机构。", e.getMessage());

        service.deletePost(ws, post.id());
        service.deleteUnit(ws, dept.id());
        assertEquals(List.of("示范化工"), service.units(ws).stream().map(OrgUnit::name).toList());
    }

    @Test
    void renamesAUnit() {
        OrgUnit company = service.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        service.renameUnit(ws, company.id(), "滨州示范化工有限公司");
        assertEquals("滨州示范化工有限公司", service.units(ws).get(0).name());
    }

    @Test
    void savesPostsAndRefusesADuplicateNameInTheSameUnit() {
        OrgUnit company = service.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = service.savePost(ws, new Post(null, company.id(), "总经理", PostCategory.PRINCIPAL, RiskLevel.LOW));
        service.savePost(ws, new Post(post.id(), company.id(), "总经理", PostCategory.PRINCIPAL, RiskLevel.GENERAL));

        assertEquals(RiskLevel.GENERAL, service.posts(ws, company.id()).get(0).riskLevel());
        assertThrows(OrgRuleException.class, () -> service.savePost(ws,
                new Post(null, company.id(), "总经理", PostCategory.PRINCIPAL, RiskLevel.LOW)));
    }

    @Test
    void replacesTheDutyListInOrderAndRefusesABlankItem() {
        OrgUnit company = service.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = service.savePost(ws, new Post(null, company.id(), "总经理", PostCategory.PRINCIPAL, RiskLevel.LOW));

        service.replaceDuties(ws, post.id(), List.of("建立健全全员安全生产责任制", " 组织制定安全生产规章制度 "));
        assertEquals(List.of("建立健全全员安全生产责任制", "组织制定安全生产规章制度"), service.duties(ws, post.id()));

        OrgRuleException e = assertThrows(OrgRuleException.class,
                () -> service.replaceDuties(ws, post.id(), List.of("保证安全投入", "\u3000")));
        assertEquals("职责条目不能为空，请填写内容。", e.getMessage());
        assertEquals(2, service.duties(ws, post.id()).size());
    }

    @Test
    void childKindsFollowTheTree() {
        assertEquals(OrgUnitKind.COMPANY, OrgService.childKind(null));
        assertEquals(OrgUnitKind.DEPARTMENT, OrgService.childKind(OrgUnitKind.COMPANY));
        assertEquals(OrgUnitKind.WORKSHOP, OrgService.childKind(OrgUnitKind.DEPARTMENT));
        assertEquals(OrgUnitKind.TEAM, OrgService.childKind(OrgUnitKind.WORKSHOP));
    }
}
