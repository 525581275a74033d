package org.nineones.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Settings;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.service.content.PostContentService;
import org.nineones.service.templates.TemplateService;
import org.nineones.service.org.OrgService;
import org.nineones.store.Workspace;
import org.nineones.ui.FakeDialogService;
import org.nineones.ui.TestData;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.CurrentThreadTaskRunner;

/** 缺项一览 from a real workspace: rows, statuses as text, counts and the filter. */
class GapsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path tempDir;
    private Workspace ws;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final PostContentService content = new PostContentService(messages);
    private GapsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.create(tempDir.resolve("示范.nineones"),
                new Enterprise("示范化工", TestData.CREDIT_CODE, "", false, "", "", "", "", ""));
        OrgService org = new OrgService(messages);
        OrgUnit company = org.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        OrgUnit production = org.addUnit(ws, company.id(), "生产部", OrgUnitKind.DEPARTMENT);
        OrgUnit workshop = org.addUnit(ws, production.id(), "合成车间", OrgUnitKind.WORKSHOP);
        Post reactor = org.savePost(ws, new Post(null, workshop.id(), "反应釜操作工", PostCategory.OPERATOR,
                RiskLevel.SIGNIFICANT));
        org.savePost(ws, new Post(null, company.id(), "总经理", PostCategory.PRINCIPAL, RiskLevel.LOW));
        for (ContentKind kind : ContentKind.values()) {
            content.draft(ws, reactor.id(), kind).ifPresent(d -> content.discardDraft(ws, reactor.id(), kind));
        }
        content.saveDraft(ws, reactor.id(), new DutyList(List.of(DutyItem.of("遵守规程"))));
        content.approve(ws, reactor.id(), ContentKind.DUTY_LIST, "张三", LocalDate.of(2026, 1, 1));
        content.saveDraft(ws, reactor.id(), new OperatingProcedure(List.of("检查仪表"), null, null, null, null),
                "反应釜操作工", 2);
        FakeDialogService dialogs = new FakeDialogService();
        var tasks = new CurrentThreadTaskRunner(dialogs, AppContext.errorMessages(messages, new Settings(tempDir)),
                messages);
        vm = new GapsViewModel(messages, tasks, org, content, new TemplateService(messages), ws, () -> TODAY);
        vm.load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private GapRow row(String post) {
        return vm.rows().stream().filter(r -> r.postName().equals(post)).findFirst().orElseThrow();
    }

    @Test
    void showsEachPostWithItsUnitPathAndTheStatusOfEachKind() {
        GapRow reactor = row("反应釜操作工");
        assertEquals("生产部 / 合成车间", reactor.unitPath());
        assertEquals("现行 第1版", vm.describe(reactor.status(ContentKind.DUTY_LIST)));
        assertEquals("仅有草稿（第1版）（模板 反应釜操作工 v2）", vm.describe(reactor.status(ContentKind.PROCEDURE)));
        assertEquals("缺失", vm.describe(reactor.status(ContentKind.RISK_CARD)));
        assertEquals(ContentKind.PROCEDURE, reactor.firstGap());
        assertEquals("示范化工", row("总经理").unitPath());
    }

    @Test
    void countsThePostsWithGapsAndFiltersThem() {
        String counts = vm.countsProperty().get();
        assertEquals(2, vm.shown().size());
        assertEquals(true, counts.startsWith("共 2 个岗位，其中 2 个有缺项"), counts);

        vm.onlyGapsProperty().set(true);
        assertEquals(2, vm.shown().size());
    }

    @Test
    void countsContentMadeFromAnOlderTemplateAsAGapAndUpdatesItFromTheNewerOne() {
        long principal = row("总经理").postId();
        content.saveDraft(ws, principal, new DutyList(List.of(DutyItem.of("建立健全全员安全生产责任制"))), "主要负责人", 0);
        vm.load();
        GapRow before = row("总经理");
        assertTrue(before.isGap(ContentKind.DUTY_LIST));
        assertTrue(vm.describe(before, ContentKind.DUTY_LIST).endsWith("；模板已有第 1 版"),
                vm.describe(before, ContentKind.DUTY_LIST));
        assertTrue(vm.updateQuestion(before, ContentKind.DUTY_LIST).startsWith("将按“主要负责人”模板第 1 版重新生成“总经理”"),
                vm.updateQuestion(before, ContentKind.DUTY_LIST));

        boolean[] done = {false};
        vm.updateFromTemplate(before, ContentKind.DUTY_LIST, () -> done[0] = true);

        assertTrue(done[0]);
        assertEquals(1, content.draft(ws, principal, ContentKind.DUTY_LIST).orElseThrow().templateVersion());
        assertTrue(((DutyList) content.draft(ws, principal, ContentKind.DUTY_LIST).orElseThrow().body()).items().size() > 5);
        assertEquals(null, row("总经理").outdated(ContentKind.DUTY_LIST));
        assertTrue(content.inForce(ws, principal, ContentKind.PROCEDURE, TODAY).isEmpty(), "only the kind asked for");
    }
}
