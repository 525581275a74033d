package org.nineones.service.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentJson;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.PostTemplate;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.VersionStatus;
import org.nineones.service.content.PostContentService;
import org.nineones.store.AuditLog;
import org.nineones.store.Workspace;

class TemplateServiceTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @TempDir
    Path tempDir;
    private Workspace ws;
    private long electrician;
    private long guard;
    private final List<Long> teamLeaders = new ArrayList<>();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final TemplateService service = new TemplateService(messages);
    private final PostContentService content = new PostContentService(messages);

    @BeforeEach
    void createWorkspace() throws Exception {
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        ws = Workspace.create(tempDir.resolve("张三的文件").resolve("示范.nineones"),
                new Enterprise("示范化工", code, "", false, "", "", "", "", ""));
        ws.write(s -> {
            OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0));
            OrgUnit one = s.orgUnits().insert(new OrgUnit(null, company.id(), "生产一车间", OrgUnitKind.WORKSHOP, 1));
            OrgUnit two = s.orgUnits().insert(new OrgUnit(null, company.id(), "生产二车间", OrgUnitKind.WORKSHOP, 2));
            electrician = s.posts().insert(new Post(null, company.id(), "维修电工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.LOW)).id();
            guard = s.posts().insert(new Post(null, company.id(), "门卫", PostCategory.OPERATOR, RiskLevel.LOW)).id();
            teamLeaders.add(s.posts().insert(new Post(null, one.id(), "班长", PostCategory.TEAM_LEADER, RiskLevel.LOW)).id());
            teamLeaders.add(s.posts().insert(new Post(null, two.id(), "班长", PostCategory.TEAM_LEADER, RiskLevel.LOW)).id());
            return null;
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<AuditLog.Entry> applyEntries() {
        return ws.read(s -> s.audit().latest(1000)).stream()
                .filter(e -> e.action().equals(TemplateService.AUDIT_ACTION)).toList();
    }

    private static PostTemplate template(String name) {
        return TemplateLibrary.bundled().find(name).orElseThrow();
    }

    @Test
    void appliesEveryKindToOnePostAsDraftsRecordingTheTemplate() {
        ApplyResult result = service.apply(ws, "电工", List.of(electrician), Set.of());
        assertEquals(1, result.posts().size());
        assertEquals(4, result.draftCount());
        PostTemplate template = template("电工");
        for (ContentKind kind : ContentKind.values()) {
            ContentVersion draft = content.draft(ws, electrician, kind).orElseThrow();
            assertEquals(1, draft.number());
            assertEquals(VersionStatus.DRAFT, draft.status());
            assertEquals(template.content(kind), draft.body(), kind.toString());
            assertEquals("电工", draft.templateName());
            assertEquals(1, draft.templateVersion());
        }
        List<AuditLog.Entry> entries = applyEntries();
        assertEquals(1, entries.size());
        assertEquals(electrician, entries.get(0).entityId());
        assertTrue(entries.get(0).detail().contains("电工 v1") && entries.get(0).detail().contains("维修电工"),
                entries.get(0).detail());
        assertTrue(content.draft(ws, guard, ContentKind.DUTY_LIST).isEmpty(), "other posts are untouched");
    }

    @Test
    void appliesOnlyTheKindsAskedFor() {
        service.apply(ws, "门卫", List.of(guard), Set.of(ContentKind.RISK_CARD, ContentKind.EMERGENCY_CARD));
        assertTrue(content.draft(ws, guard, ContentKind.DUTY_LIST).isEmpty());
        assertTrue(content.draft(ws, guard, ContentKind.PROCEDURE).isEmpty());
        assertEquals("门卫", content.draft(ws, guard, ContentKind.RISK_CARD).orElseThrow().templateName());
        assertEquals("门卫", content.draft(ws, guard, ContentKind.EMERGENCY_CARD).orElseThrow().templateName());
    }

    @Test
    void applyingOverAnApprovedVersionStartsANewDraftAndLeavesTheApprovedOneAsItWas() {
        DutyList own = new DutyList(List.of(DutyItem.of("持证上岗"), DutyItem.of("执行工作票制度")));
        content.saveDraft(ws, electrician, own, null, 0);
        ContentVersion approved = content.approve(ws, electrician, ContentKind.DUTY_LIST, "王厂长", JAN);

        service.apply(ws, "电工", List.of(electrician), Set.of(ContentKind.DUTY_LIST));

        List<ContentVersion> history = content.history(ws, electrician, ContentKind.DUTY_LIST);
        assertEquals(List.of(2, 1), history.stream().map(ContentVersion::number).toList());
        assertEquals(approved, history.get(1), "the approved version is unchanged");
        assertEquals(own, history.get(1).body());
        assertTrue(history.get(0).isDraft());
        assertEquals(template("电工").dutyList(), history.get(0).body());
        assertEquals("电工", history.get(0).templateName());
        assertEquals(own, content.inForce(ws, electrician, ContentKind.DUTY_LIST, JAN).orElseThrow().body(),
                "what is in force stays in force until the new draft is approved");
    }

    @Test
    void applyingAgainReplacesTheDraftRatherThanAddingOne() {
        service.apply(ws, "操作工", List.of(guard), Set.of(ContentKind.PROCEDURE));
        service.apply(ws, "门卫", List.of(guard), Set.of(ContentKind.PROCEDURE));
        List<ContentVersion> history = content.history(ws, guard, ContentKind.PROCEDURE);
        assertEquals(1, history.size());
        assertEquals("门卫", history.get(0).templateName());
        assertEquals(template("门卫").procedure(), history.get(0).body());
    }

    @Test
    void appliesToManyPostsAtOnceWithOneAuditEntryEach() {
        ApplyResult result = service.apply(ws, "班组长", teamLeaders, Set.of());
        assertEquals(List.of("生产一车间/班长", "生产二车间/班长"),
                result.posts().stream().map(a -> a.post().qualifiedName()).toList());
        assertEquals(8, result.draftCount());
        assertEquals(2, applyEntries().size());
        for (long id : teamLeaders) {
            assertEquals("班组长", content.draft(ws, id, ContentKind.EMERGENCY_CARD).orElseThrow().templateName());
        }
    }

    /** Applying to a hundred posts at once, then again with another template; its speed is the benchmark's (BenchTemplates). */
    @Test
    void appliesToAHundredPostsAtOnceAndAgainWithAnotherTemplate() {
        List<Long> ids = ws.write(s -> {
            long unit = s.orgUnits().all().get(0).id();
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                created.add(s.posts().insert(new Post(null, unit, "操作工" + i, PostCategory.OPERATOR, RiskLevel.LOW)).id());
            }
            return created;
        });
        ApplyResult result = service.apply(ws, "操作工", ids, Set.of());
        assertEquals(400, result.draftCount());
        service.apply(ws, "班组长", ids, Set.of());
        assertEquals(200, applyEntries().size());
        assertEquals("班组长", content.draft(ws, ids.get(50), ContentKind.PROCEDURE).orElseThrow().templateName());
        assertEquals(1, content.history(ws, ids.get(50), ContentKind.PROCEDURE).size());
    }

    @Test
    void postsAreFoundByNameOrByOrgUnitAndName() {
        assertEquals(teamLeaders, service.postsNamed(ws, " 班长 ").stream().map(r -> r.post().id()).toList());
        assertEquals(List.of(teamLeaders.get(1)),
                service.postsNamed(ws, "生产二车间/班长").stream().map(r -> r.post().id()).toList());
        assertTrue(service.postsNamed(ws, "生产三车间/班长").isEmpty());
        assertTrue(service.postsNamed(ws, "焊工").isEmpty());
    }

    @Test
    void refusesAnUnknownTemplateNamingTheClosestOnesAndChangesNothing() {
        TemplateRuleException e = refused("templates.error.unknownTemplate",
                () -> service.apply(ws, "电功", List.of(electrician), Set.of()));
        assertTrue(e.getMessage().contains("电功") && e.getMessage().contains("电工"), e.getMessage());
        assertTrue(content.draft(ws, electrician, ContentKind.DUTY_LIST).isEmpty());
        assertTrue(applyEntries().isEmpty());
    }

    @Test
    void refusesToApplyToNoPost() {
        refused("templates.error.noPosts", () -> service.apply(ws, "电工", List.of(), Set.of()));
    }

    @Test
    void refusesAPostThatIsGoneAndKeepsTheOthersUnchangedToo() {
        TemplateRuleException e = refused("templates.error.postGone",
                () -> service.apply(ws, "电工", List.of(electrician, 9999L), Set.of()));
        assertTrue(e.getMessage().contains("9999"), e.getMessage());
        assertTrue(content.draft(ws, electrician, ContentKind.DUTY_LIST).isEmpty(), "one transaction: all or nothing");
        assertTrue(applyEntries().isEmpty());
    }

    private static TemplateRuleException refused(String key, Executable action) {
        TemplateRuleException e = assertThrows(TemplateRuleException.class, action);
        assertEquals(key, e.key());
        assertFalse(e.getMessage().startsWith("!"), e.getMessage());
        return e;
    }

    @Test
    void comparesAPostsContentWithItsTemplate() {
        assertTrue(service.compare(ws, electrician, ContentKind.DUTY_LIST).isEmpty(), "no content yet");
        service.apply(ws, "电工", List.of(electrician), Set.of());
        TemplateComparison fresh = service.compare(ws, electrician, ContentKind.DUTY_LIST).orElseThrow();
        assertTrue(fresh.templateKnown());
        assertFalse(fresh.differs());
        assertFalse(fresh.newerTemplate());

        List<DutyItem> items = new ArrayList<>(template("电工").dutyList().items());
        DutyItem removed = items.remove(items.size() - 1);
        items.add(DutyItem.of("冬季检查电伴热线路"));
        content.saveDraft(ws, electrician, new DutyList(items));
        TemplateComparison edited = service.compare(ws, electrician, ContentKind.DUTY_LIST).orElseThrow();
        assertTrue(edited.differs());
        assertEquals(1, edited.diff().count(ContentDiff.ChangeType.ADDED));
        assertEquals(1, edited.diff().count(ContentDiff.ChangeType.REMOVED));
        assertTrue(edited.diff().changes().stream().anyMatch(c -> removed.duty().equals(c.before())));
        assertEquals("电工", edited.templateName(), "editing keeps the template it came from");
    }

    @Test
    void contentWrittenByHandHasNoTemplateToCompareWith() {
        content.saveDraft(ws, guard, new DutyList(List.of(DutyItem.of("看好大门"))), null, 0);
        assertTrue(service.compare(ws, guard, ContentKind.DUTY_LIST).isEmpty());
        assertTrue(service.outdated(ws).isEmpty());
    }

    @Test
    void tellsWhichPostsWereMadeFromAnOlderVersionOfATemplate() throws IOException {
        service.apply(ws, "电工", List.of(electrician), Set.of(ContentKind.DUTY_LIST, ContentKind.PROCEDURE));
        content.approve(ws, electrician, ContentKind.DUTY_LIST, "王厂长", JAN);
        service.apply(ws, "门卫", List.of(guard), Set.of(ContentKind.DUTY_LIST));

        PostTemplate old = template("电工");
        List<DutyItem> items = new ArrayList<>(old.dutyList().items());
        items.add(new DutyItem("教育培训", "每年参加一次电气安全知识复训", "本岗位", "本人", "未参加复训的扣2分", "",
                ResponsibilityForm.DIRECT));
        PostTemplate newer = new PostTemplate(old.name(), 2, old.category(), old.riskLevel(), old.aliases(),
                old.description(), new DutyList(items), old.procedure(), old.riskCard(), old.emergencyCard());
        Path folder = tempDir.resolve("新模板库");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(TemplateLibrary.INDEX), "electrician.json\nguard.json\n", StandardCharsets.UTF_8);
        ContentJson json = new ContentJson();
        Files.writeString(folder.resolve("electrician.json"), json.writeTemplate(newer), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("guard.json"), json.writeTemplate(template("门卫")), StandardCharsets.UTF_8);
        TemplateLibrary library = TemplateLibrary.fromFolder(folder);
        TemplateService withNewer = new TemplateService(messages, () -> library);

        assertEquals(List.of(
                        new OutdatedContent(electrician, ContentKind.DUTY_LIST, 1, "电工", 1, 2),
                        new OutdatedContent(electrician, ContentKind.PROCEDURE, 1, "电工", 1, 2)),
                withNewer.outdated(ws));
        TemplateComparison duties = withNewer.compare(ws, electrician, ContentKind.DUTY_LIST).orElseThrow();
        assertTrue(duties.newerTemplate());
        assertEquals(1, duties.recordedVersion());
        assertEquals(2, duties.libraryVersion());
        assertEquals(1, duties.diff().count(ContentDiff.ChangeType.REMOVED), "the new duty is not in the post yet");

        withNewer.apply(ws, "电工", List.of(electrician), Set.of(ContentKind.DUTY_LIST));
        assertEquals(List.of(new OutdatedContent(electrician, ContentKind.PROCEDURE, 1, "电工", 1, 2)),
                withNewer.outdated(ws));
        ContentVersion draft = content.draft(ws, electrician, ContentKind.DUTY_LIST).orElseThrow();
        assertEquals(2, draft.number());
        assertEquals(2, draft.templateVersion());
    }

    @Test
    void aTemplateNoLongerInTheLibraryIsReportedAsUnknown() {
        content.saveDraft(ws, guard, new DutyList(List.of(DutyItem.of("看好大门"))), "旧版门卫模板", 3);
        TemplateComparison comparison = service.compare(ws, guard, ContentKind.DUTY_LIST).orElseThrow();
        assertFalse(comparison.templateKnown());
        assertFalse(comparison.newerTemplate());
        assertEquals(0, comparison.libraryVersion());
    }
}
