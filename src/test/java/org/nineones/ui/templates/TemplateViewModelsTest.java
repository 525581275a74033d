package org.nineones.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.nineones.model.content.VersionStatus;
import org.nineones.service.content.PostContentService;
import org.nineones.service.roster.PostCatalog;
import org.nineones.service.templates.ApplyResult;
import org.nineones.service.templates.TemplateService;
import org.nineones.store.Workspace;
import org.nineones.ui.FakeDialogService;
import org.nineones.ui.TestData;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.CurrentThreadTaskRunner;

/** The template dialogs' logic against a real workspace, without any JavaFX control. */
class TemplateViewModelsTest {

    @TempDir
    Path tempDir;
    private Workspace ws;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final TemplateService service = new TemplateService(messages);
    private CurrentThreadTaskRunner tasks;
    private long electricianA;
    private long electricianB;
    private long leader;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.create(tempDir.resolve("张三的文件").resolve("示范.nineones"),
                new Enterprise("示范化工", TestData.CREDIT_CODE, "", false, "", "", "", "", ""));
        tasks = new CurrentThreadTaskRunner(dialogs, AppContext.errorMessages(messages, new Settings(tempDir)), messages);
        List<Long> ids = ws.write(store -> {
            OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, "示范化工", OrgUnitKind.COMPANY, 0));
            OrgUnit one = store.orgUnits().insert(new OrgUnit(null, company.id(), "一车间", OrgUnitKind.WORKSHOP, 1));
            OrgUnit two = store.orgUnits().insert(new OrgUnit(null, company.id(), "二车间", OrgUnitKind.WORKSHOP, 2));
            return List.of(
                    store.posts().insert(new Post(null, one.id(), "维修电工", PostCategory.SPECIAL_OPERATION, RiskLevel.SIGNIFICANT)).id(),
                    store.posts().insert(new Post(null, two.id(), "维修电工", PostCategory.SPECIAL_OPERATION, RiskLevel.SIGNIFICANT)).id(),
                    store.posts().insert(new Post(null, two.id(), "班长", PostCategory.TEAM_LEADER, RiskLevel.GENERAL)).id());
        });
        electricianA = ids.get(0);
        electricianB = ids.get(1);
        leader = ids.get(2);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void suggestsTheTemplateForTheFirstPostAndTicksIt() {
        TemplateApplyViewModel vm = new TemplateApplyViewModel(messages, tasks, service, ws);
        vm.load(electricianA);
        assertEquals("电工", vm.templateProperty().get().name());
        assertEquals(List.of(electricianA), chosen(vm));
        assertTrue(vm.validProperty().get());
        assertTrue(vm.previewProperty().get().startsWith("电工（第 1 版）"), vm.previewProperty().get());
        assertTrue(vm.summaryProperty().get().startsWith("将把“电工”模板套用到 1 个岗位"), vm.summaryProperty().get());
    }

    @Test
    void filtersTemplatesByNameOrAlias() {
        TemplateApplyViewModel vm = new TemplateApplyViewModel(messages, tasks, service, ws);
        vm.load(null);
        assertTrue(vm.shownTemplates().size() >= 20);
        vm.filterProperty().set("值班电工");
        assertEquals(List.of("电工"), vm.shownTemplates().stream().map(t -> t.name()).toList());
    }

    @Test
    void ticksEveryPostOfTheSameNameAndAppliesOnlyTheChosenKinds() {
        TemplateApplyViewModel vm = new TemplateApplyViewModel(messages, tasks, service, ws);
        vm.load(electricianA);
        vm.chooseSameNames();
        assertEquals(List.of(electricianA, electricianB), chosen(vm));
        vm.kindProperty(ContentKind.RISK_CARD).set(false);
        vm.kindProperty(ContentKind.EMERGENCY_CARD).set(false);
        ApplyResult[] result = new ApplyResult[1];
        vm.apply(r -> result[0] = r);
        assertEquals("共套用到 2 个岗位，保存了 4 份草稿。草稿批准后才生效；已批准的版本没有改动。", vm.doneMessage(result[0]));
        PostContentService content = new PostContentService(messages);
        assertEquals("电工", content.draft(ws, electricianB, ContentKind.PROCEDURE).orElseThrow().templateName());
        assertTrue(content.draft(ws, electricianB, ContentKind.RISK_CARD).isEmpty());
        assertTrue(content.draft(ws, leader, ContentKind.DUTY_LIST).isEmpty());
    }

    @Test
    void withNoPostTickedTicksThePostsTheChosenTemplateFits() {
        TemplateApplyViewModel vm = new TemplateApplyViewModel(messages, tasks, service, ws);
        vm.load(null);
        vm.chooseAll(false);
        vm.templateProperty().set(service.template("电工"));
        vm.chooseSameNames();
        assertEquals(List.of(electricianA, electricianB), chosen(vm), "维修电工 is one of 电工's names");
    }

    @Test
    void saysHowManyHandWrittenDraftsApplyingWouldReplace() {
        new PostContentService(messages).saveDraft(ws, electricianA, new DutyList(List.of(DutyItem.of("手写的职责。"))));
        TemplateApplyViewModel vm = new TemplateApplyViewModel(messages, tasks, service, ws);
        vm.load(electricianA);
        assertEquals(1, vm.draftsReplaced());
        assertTrue(vm.summaryProperty().get().endsWith("其中 1 份现有草稿将被替换。"), vm.summaryProperty().get());
        assertTrue(vm.replaceQuestion().startsWith("套用后，1 份现有草稿将被模板内容替换"), vm.replaceQuestion());
        vm.kindProperty(ContentKind.DUTY_LIST).set(false);
        assertEquals(0, vm.draftsReplaced());
        assertEquals("", vm.replaceQuestion());
    }

    @Test
    void doesNotAskAboutTheStartingDutyListsTheRosterImportGaveNewPosts() {
        PostCatalog catalog = PostCatalog.bundled();
        List<String> start = catalog.defaultDuties(PostCategory.SPECIAL_OPERATION);
        assertFalse(start.isEmpty());
        // What the roster import writes for a new post (RosterCommitter), and the same list with one line changed.
        ws.write(store -> {
            store.posts().replaceDuties(electricianA, start);
            List<String> edited = new java.util.ArrayList<>(start);
            edited.set(0, "手写的第一条职责。");
            store.posts().replaceDuties(electricianB, edited);
            return null;
        });
        TemplateApplyViewModel vm = new TemplateApplyViewModel(messages, tasks, service, ws);
        vm.load(electricianA);
        assertEquals(0, vm.draftsReplaced());
        assertEquals("", vm.replaceQuestion());
        vm.chooseSameNames();
        assertEquals(1, vm.draftsReplaced(), "the edited list is the officer's and is asked about");
    }

    @Test
    void isNotValidWithoutPostsOrKinds() {
        TemplateApplyViewModel vm = new TemplateApplyViewModel(messages, tasks, service, ws);
        vm.load(electricianA);
        vm.chooseAll(false);
        assertFalse(vm.validProperty().get());
        assertEquals("请勾选要套用模板的岗位（空格键勾选选中的行）。", vm.summaryProperty().get());
        vm.chooseAll(true);
        for (ContentKind kind : ContentKind.values()) {
            vm.kindProperty(kind).set(false);
        }
        assertFalse(vm.validProperty().get());
        assertEquals("请至少选择一类要套用的内容。", vm.summaryProperty().get());
    }

    @Test
    void describesHowAPostDiffersFromItsTemplate() {
        service.apply(ws, "班组长", List.of(leader), java.util.Set.of());
        PostContentService content = new PostContentService(messages);
        DutyList list = (DutyList) content.draft(ws, leader, ContentKind.DUTY_LIST).orElseThrow().body();
        List<DutyItem> items = new java.util.ArrayList<>(list.items());
        items.add(DutyItem.of("每班开好班前安全讲话。"));
        content.saveDraft(ws, leader, new DutyList(items));
        content.approve(ws, leader, ContentKind.PROCEDURE, "张三", java.time.LocalDate.of(2026, 1, 1));

        TemplateCompareViewModel vm = new TemplateCompareViewModel(messages, tasks, service, ws);
        vm.load(leader);
        String report = vm.reportProperty().get();
        assertTrue(report.contains("【岗位安全生产责任清单】\n第 1 版来自模板“班组长”第 1 版。\n与模板有 1 处不同：\n· 新增责任条目：每班开好班前安全讲话。"),
                report);
        assertTrue(report.contains("【岗位安全操作规程】\n第 1 版来自模板“班组长”第 1 版。\n与模板一致，没有改动。"), report);
        assertEquals(VersionStatus.APPROVED, content.history(ws, leader, ContentKind.PROCEDURE).get(0).status());

        vm.postProperty().set(vm.posts().stream().filter(r -> r.post().id() == electricianA).findFirst().orElseThrow());
        assertTrue(vm.reportProperty().get().contains("不是由模板生成的"), vm.reportProperty().get());
    }

    private static List<Long> chosen(TemplateApplyViewModel vm) {
        return vm.posts().stream().filter(c -> c.chosenProperty().get()).map(c -> c.ref().post().id()).toList();
    }
}
