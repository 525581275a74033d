package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.service.templates.TemplateLibrary;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TemplateCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path workspace;

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @BeforeEach
    void createWorkspace() throws Exception {
        workspace = dir.resolve("张三的文件").resolve("企业.nineones");
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        try (Workspace ws = Workspace.create(workspace, new Enterprise("示范化工", code, "", false, "", "", "", "", ""))) {
            ws.write(s -> {
                OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0));
                OrgUnit one = s.orgUnits().insert(new OrgUnit(null, company.id(), "生产一车间", OrgUnitKind.WORKSHOP, 1));
                OrgUnit two = s.orgUnits().insert(new OrgUnit(null, company.id(), "生产二车间", OrgUnitKind.WORKSHOP, 2));
                s.posts().insert(new Post(null, company.id(), "维修电工", PostCategory.SPECIAL_OPERATION, RiskLevel.LOW));
                s.posts().insert(new Post(null, one.id(), "班长", PostCategory.TEAM_LEADER, RiskLevel.LOW));
                s.posts().insert(new Post(null, two.id(), "班长", PostCategory.TEAM_LEADER, RiskLevel.LOW));
                return null;
            });
        }
    }

    private <T> T read(Function<Store, T> query) throws Exception {
        try (Workspace ws = Workspace.open(workspace)) {
            return ws.read(query);
        }
    }

    private String wsArg() {
        return workspace.toString();
    }

    @Test
    void listsTheLibrary() {
        assertEquals(NineonesCli.OK, run("templates"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("电工") && text.contains("特种作业") && text.contains("较大风险") && text.contains("维修电工"),
                text);
        assertTrue(text.contains("主要负责人"), text);
        assertTrue(text.strip().endsWith("共 " + TemplateLibrary.bundled().size() + " 个岗位模板。"), text);
        assertTrue(text.contains("加氢工艺操作工") && text.contains("重大风险"), text);
    }

    @Test
    void listsTheLibraryAsJson() throws Exception {
        assertEquals(NineonesCli.OK, run("templates", "--json"), err.toString());
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertEquals(TemplateLibrary.bundled().size(), list.size());
        JsonNode electrician = null;
        for (JsonNode t : list) {
            if (t.get("name").asText().equals("电工")) {
                electrician = t;
            }
        }
        assertTrue(electrician != null, out.toString());
        assertEquals("SPECIAL_OPERATION", electrician.get("category").asText());
        assertEquals("SIGNIFICANT", electrician.get("riskLevel").asText());
        assertEquals(1, electrician.get("version").asInt());
        assertEquals("维修电工", electrician.get("aliases").get(0).asText());
    }

    @Test
    void appliesATemplateToOnePostAndSaysWhatItDid() throws Exception {
        assertEquals(NineonesCli.OK, run("apply-template", "--workspace", wsArg(), "--template", "电工", "--post", "维修电工"),
                err.toString());
        assertTrue(out.toString().contains("已将“电工”模板（第 1 版）套用到岗位“公司/维修电工”"), out.toString());
        assertTrue(out.toString().contains("岗位安全生产责任清单（草稿第 1 版）"), out.toString());
        assertTrue(out.toString().contains("共套用到 1 个岗位，保存了 4 份草稿"), out.toString());
        ContentVersion draft = read(s -> s.content().draft(s.posts().all().get(0).id(), ContentKind.RISK_CARD))
                .orElseThrow();
        assertEquals("电工", draft.templateName());
        assertEquals(1, draft.templateVersion());
    }

    @Test
    void appliesToEveryPostOfANameAndOnlyTheKindsAsked() throws Exception {
        assertEquals(NineonesCli.OK, run("apply-template", "--workspace", wsArg(), "--template", "班组长",
                "--all-posts-named", "班长", "--kind", "risk-card,EMERGENCY_CARD"), err.toString());
        assertTrue(out.toString().contains("生产一车间/班长") && out.toString().contains("生产二车间/班长"), out.toString());
        assertTrue(out.toString().contains("共套用到 2 个岗位，保存了 4 份草稿"), out.toString());
        long drafts = read(s -> s.content().allWithoutBodies().stream().filter(ContentVersion::isDraft).count());
        assertEquals(4, drafts);
        assertTrue(read(s -> s.content().drafts(ContentKind.DUTY_LIST)).isEmpty());
    }

    @Test
    void acceptsAPostQualifiedByItsOrgUnitAndAKindByItsChineseName() {
        assertEquals(NineonesCli.OK, run("apply-template", "--workspace", wsArg(), "--template", "班组长",
                "--post", "生产二车间/班长", "--kind", "岗位安全操作规程"), err.toString());
        assertTrue(out.toString().contains("共套用到 1 个岗位，保存了 1 份草稿"), out.toString());
    }

    @Test
    void refusesAPostNameSeveralPostsShare() {
        assertEquals(NineonesCli.FAILED, run("apply-template", "--workspace", wsArg(), "--template", "班组长",
                "--post", "班长"));
        assertOneSentence("有 2 个岗位名为“班长”");
        assertTrue(err.toString().contains("生产一车间/班长、生产二车间/班长"), err.toString());
    }

    @Test
    void refusesAnUnknownTemplateNamingTheClosestOnes() {
        assertEquals(NineonesCli.FAILED, run("apply-template", "--workspace", wsArg(), "--template", "电功",
                "--post", "维修电工"));
        assertOneSentence("没有名为“电功”的岗位模板");
        assertTrue(err.toString().contains("相近的模板：") && err.toString().contains("电工"), err.toString());
    }

    @Test
    void refusesWhenNoPostHasTheName() {
        assertEquals(NineonesCli.FAILED, run("apply-template", "--workspace", wsArg(), "--template", "焊工",
                "--all-posts-named", "焊工"));
        assertOneSentence("没有名为“焊工”的岗位");
    }

    @Test
    void refusesAnUnknownKind() {
        assertEquals(NineonesCli.FAILED, run("apply-template", "--workspace", wsArg(), "--template", "电工",
                "--post", "维修电工", "--kind", "duties"));
        assertOneSentence("不认识的内容类别“duties”");
    }

    @Test
    void needsExactlyOneWayOfNamingThePosts() {
        assertEquals(NineonesCli.FAILED, run("apply-template", "--workspace", wsArg(), "--template", "电工"));
        assertEquals(NineonesCli.FAILED, run("apply-template", "--workspace", wsArg(), "--template", "电工",
                "--post", "维修电工", "--all-posts-named", "班长"));
    }

    @Test
    void saysClearlyWhenTheFileIsNotAWorkspace() throws Exception {
        Path notes = dir.resolve("笔记.nineones");
        Files.writeString(notes, "不是数据库", StandardCharsets.UTF_8);
        assertEquals(NineonesCli.FAILED, run("apply-template", "--workspace", notes.toString(), "--template", "电工",
                "--post", "维修电工"));
        assertOneSentence("不是九个一的企业数据文件");
    }

    @Test
    void explainsItselfWithHelp() {
        assertEquals(NineonesCli.OK, run("apply-template", "--help"));
        assertTrue(out.toString().contains("--all-posts-named") && out.toString().contains("--kind"), out.toString());
        assertEquals(NineonesCli.OK, run("templates", "--help"));
        assertTrue(out.toString().contains("--json"), out.toString());
    }

    private void assertOneSentence(String expected) {
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains(expected), err.toString());
        assertTrue(err.toString().startsWith("apply-template: "), err.toString());
    }
}
