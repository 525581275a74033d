package org.nineones.ui.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.VersionStatus;
import org.nineones.service.content.PostContentService;
import org.nineones.service.org.OrgService;
import org.nineones.store.Workspace;
import org.nineones.ui.FakeDialogService;
import org.nineones.ui.TestData;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.CurrentThreadTaskRunner;

/** The content editor's logic against a real workspace, without any JavaFX control. */
class ContentEditorViewModelTest {

    @TempDir
    Path tempDir;
    private Workspace ws;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final PostContentService service = new PostContentService(messages);
    private ContentEditorViewModel vm;
    private Post reactor;
    private Post welder;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.create(tempDir.resolve("张三的文件").resolve("示范.nineones"),
                new Enterprise("示范化工", TestData.CREDIT_CODE, "", false, "", "", "", "", ""));
        OrgService org = new OrgService(messages);
        OrgUnit company = org.addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        reactor = org.savePost(ws, new Post(null, company.id(), "反应釜操作工", PostCategory.OPERATOR,
                RiskLevel.SIGNIFICANT));
        welder = org.savePost(ws, new Post(null, company.id(), "电焊工", PostCategory.SPECIAL_OPERATION,
                RiskLevel.GENERAL));
        var tasks = new CurrentThreadTaskRunner(dialogs, AppContext.errorMessages(messages, new Settings(tempDir)),
                messages);
        vm = new ContentEditorViewModel(messages, tasks, dialogs, service, ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private KindEditorModel procedure() {
        vm.selectedKindProperty().set(ContentKind.PROCEDURE);
        return vm.kind(ContentKind.PROCEDURE);
    }

    @Test
    void editingMakesTheFormDirtyAndUndoingTheEditMakesItCleanAgain() {
        vm.open(reactor);
        KindEditorModel kind = procedure();
        assertFalse(kind.isDirty());

        kind.procedure().beforeWorkProperty().set("检查仪表");
        assertTrue(kind.isDirty());
        kind.procedure().beforeWorkProperty().set("\n");
        assertFalse(kind.isDirty(), "blank lines are not content");
    }

    @Test
    void savingADraftStoresItAndShowsItsStatus() {
        vm.open(reactor);
        KindEditorModel kind = procedure();
        assertEquals("尚无内容。填写后点击“保存草稿”，即为第 1 版草稿。", kind.statusProperty().get());
        kind.procedure().beforeWorkProperty().set("检查仪表\n确认阀门");

        vm.saveDraft();

        ContentVersion draft = service.draft(ws, reactor.id(), ContentKind.PROCEDURE).orElseThrow();
        assertEquals(List.of("检查仪表", "确认阀门"), ((OperatingProcedure) draft.body()).beforeWork());
        assertFalse(kind.isDirty());
        assertEquals("草稿 第1版", kind.statusProperty().get());
    }

    @Test
    void approvingSavesPendingEditsAndEditingAfterwardsStartsANewDraft() {
        vm.open(reactor);
        KindEditorModel kind = procedure();
        kind.procedure().beforeWorkProperty().set("检查仪表");
        vm.approve("张三", LocalDate.of(2026, 1, 1));

        assertEquals("已批准 第1版，2026-01-01 起生效，批准人 张三", kind.statusProperty().get());
        assertFalse(kind.hasDraftProperty().get());

        kind.procedure().afterWorkProperty().set("清理现场");
        assertTrue(kind.statusProperty().get().endsWith("有未保存的修改（保存后为第2版草稿）"));
        vm.saveDraft();

        List<ContentVersion> history = service.history(ws, reactor.id(), ContentKind.PROCEDURE);
        assertEquals(List.of(VersionStatus.DRAFT, VersionStatus.APPROVED), history.stream().map(ContentVersion::status).toList());
        assertEquals(List.of(), ((OperatingProcedure) history.get(1).body()).afterWork());
        assertEquals("草稿 第2版", kind.statusProperty().get());
    }

    @Test
    void refusalsFromTheServiceAreShownAsTheirSentence() {
        vm.open(reactor);
        procedure().procedure().beforeWorkProperty().set("检查仪表");
        vm.approve("张三", LocalDate.of(2026, 3, 1));
        procedure().procedure().beforeWorkProperty().set("检查仪表和阀门");

        vm.approve("李四", LocalDate.of(2026, 2, 1));

        assertTrue(dialogs.lastError().contains(
                "生效日期不能早于已批准版本的生效日期 2026-03-01。请选择 2026-03-01 当天或之后的日期。"), dialogs.lastError());
        assertEquals(LocalDate.of(2026, 3, 1), vm.earliestEffectiveDate());
    }

    @Test
    void switchingPostWithUnsavedEditsAsksAndSavesThemToTheirPost() {
        vm.open(reactor);
        procedure().procedure().duringWorkProperty().set("巡检");
        dialogs.confirmations.add(true);

        vm.open(welder);

        assertEquals("岗位“反应釜操作工”的岗位安全操作规程有未保存的修改。要保存为草稿吗？选择“不保存”将放弃这些修改。",
                dialogs.questions.get(0));
        assertTrue(service.draft(ws, reactor.id(), ContentKind.PROCEDURE).isPresent());
        assertTrue(service.draft(ws, welder.id(), ContentKind.PROCEDURE).isEmpty());
        assertFalse(vm.hasUnsavedChanges());
        assertEquals("电焊工", vm.postProperty().get().name());
    }

    @Test
    void switchingPostAndChoosingNotToSaveDropsTheEdits() {
        vm.open(reactor);
        procedure().procedure().duringWorkProperty().set("巡检");
        dialogs.confirmations.add(false);

        vm.open(welder);

        assertTrue(service.draft(ws, reactor.id(), ContentKind.PROCEDURE).isEmpty());
        assertFalse(vm.hasUnsavedChanges());
    }

    @Test
    void cancellingTheSaveQuestionKeepsTheEditsAndThePost() {
        vm.open(reactor);
        procedure().procedure().duringWorkProperty().set("巡检");
        dialogs.cancelNextSaveQuestion = true;
        boolean[] ran = {false};

        vm.saveOrDiscardChanges(() -> ran[0] = true);

        assertFalse(ran[0], "nothing goes on after a cancelled question");
        assertTrue(vm.hasUnsavedChanges());
        assertEquals("反应釜操作工", vm.postProperty().get().name());
        assertTrue(service.draft(ws, reactor.id(), ContentKind.PROCEDURE).isEmpty(), "nothing saved either");
    }

    @Test
    void unsavedEditsStayWhenNoPostIsSelectedUntilAnotherPostIsChosen() {
        vm.open(reactor);
        procedure().procedure().duringWorkProperty().set("巡检");

        vm.open(null);
        assertTrue(vm.hasUnsavedChanges());
        assertEquals("反应釜操作工", vm.postProperty().get().name());
        assertEquals(List.of(), dialogs.questions);

        vm.open(reactor);
        assertTrue(vm.hasUnsavedChanges());
        dialogs.confirmations.add(false);
        vm.open(welder);
        assertEquals(1, dialogs.questions.size());
        assertFalse(vm.hasUnsavedChanges());
    }

    @Test
    void editsOfADeletedPostGoWithoutAsking() {
        vm.open(reactor);
        procedure().procedure().duringWorkProperty().set("巡检");

        vm.postDeleted(reactor.id());

        assertFalse(vm.hasUnsavedChanges());
        assertEquals(null, vm.postProperty().get());
        assertEquals(List.of(), dialogs.questions);
    }

    @Test
    void discardingTheDraftAfterConfirmationLeavesTheApprovedVersion() {
        service.saveDraft(ws, reactor.id(), new DutyList(List.of(DutyItem.of("遵守规程"))));
        service.approve(ws, reactor.id(), ContentKind.DUTY_LIST, "张三", LocalDate.of(2026, 1, 1));
        service.saveDraft(ws, reactor.id(), new DutyList(List.of(DutyItem.of("遵守规程"), DutyItem.of("参加培训"))));
        vm.open(reactor);
        KindEditorModel duties = vm.kind(ContentKind.DUTY_LIST);
        assertEquals(2, duties.dutyList().rows().size());

        dialogs.confirmations.add(false);
        vm.discard();
        assertTrue(service.draft(ws, reactor.id(), ContentKind.DUTY_LIST).isPresent());

        dialogs.confirmations.add(true);
        vm.discard();
        assertTrue(service.draft(ws, reactor.id(), ContentKind.DUTY_LIST).isEmpty());
        assertEquals(1, duties.dutyList().rows().size());
        assertEquals("已批准 第1版，2026-01-01 起生效，批准人 张三", duties.statusProperty().get());
    }

    @Test
    void earlierVersionsAreShownReadOnlyAndCannotBeSaved() {
        service.saveDraft(ws, reactor.id(), new DutyList(List.of(DutyItem.of("第一版"))));
        service.approve(ws, reactor.id(), ContentKind.DUTY_LIST, "张三", LocalDate.of(2026, 1, 1));
        service.saveDraft(ws, reactor.id(), new DutyList(List.of(DutyItem.of("第二版"))));
        vm.open(reactor);
        KindEditorModel duties = vm.kind(ContentKind.DUTY_LIST);
        ContentVersion first = duties.history().get(1);

        vm.showVersion(first);

        assertTrue(duties.readOnlyProperty().get());
        assertEquals("第一版", duties.dutyList().rows().get(0).dutyProperty().get());
        assertTrue(duties.statusProperty().get().startsWith("只读 · 历史版本：已批准 第1版"));
        duties.dutyList().rows().get(0).dutyProperty().set("改动");
        vm.saveDraft();
        assertEquals(List.of("第二版"), ((DutyList) service.draft(ws, reactor.id(), ContentKind.DUTY_LIST)
                .orElseThrow().body()).items().stream().map(DutyItem::duty).toList());

        vm.showVersion(null);
        assertFalse(duties.readOnlyProperty().get());
        assertEquals("第二版", duties.dutyList().rows().get(0).dutyProperty().get());
    }
}
