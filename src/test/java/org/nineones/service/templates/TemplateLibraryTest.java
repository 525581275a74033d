package org.nineones.service.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.PostCategory;
import org.nineones.model.content.ContentJson;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.PostTemplate;
import org.nineones.model.content.RiskCard;

class TemplateLibraryTest {

    private static final TemplateLibrary LIBRARY = TemplateLibrary.bundled();

    /** The post types issue 3 asks for, by the names the library gives them. */
    private static final List<String> REQUIRED = List.of("主要负责人", "分管安全负责人", "安全管理人员", "部门负责人", "车间主任",
            "班组长", "操作工", "电工", "焊工", "叉车司机", "起重机司机", "司炉工", "仓库保管员", "危险化学品作业人员", "化验员",
            "维修钳工", "有限空间作业人员", "驾驶员", "门卫", "办公室人员");

    /** The operators of the eighteen key-supervised hazardous chemical processes (重点监管危险化工工艺). */
    private static final List<String> PROCESS_OPERATORS = List.of("光气及光气化工艺操作工", "氯碱电解工艺操作工",
            "氯化工艺操作工", "硝化工艺操作工", "合成氨工艺操作工", "裂解工艺操作工", "氟化工艺操作工", "加氢工艺操作工",
            "重氮化工艺操作工", "氧化工艺操作工", "过氧化工艺操作工", "胺基化工艺操作工", "磺化工艺操作工", "聚合工艺操作工",
            "烷基化工艺操作工", "新型煤化工工艺操作工", "电石生产工艺操作工", "偶氮化工艺操作工");

    /** The common posts of a chemical plant added with the process operators. */
    private static final List<String> PLANT_POSTS = List.of("仪表工", "中控室操作工", "污水处理工", "压力容器操作工",
            "制冷工", "班组安全员");

    @TempDir
    Path dir;

    private static String all(DutyItem item) {
        return item.category() + item.duty() + item.scope() + item.assessmentStandard() + item.legalBasis();
    }

    @Test
    void theBundledLibraryHasEveryRequiredPostTypeOnce() {
        assertTrue(LIBRARY.size() >= 20, "templates: " + LIBRARY.size());
        List<String> names = LIBRARY.all().stream().map(PostTemplate::name).toList();
        assertEquals(names.size(), new HashSet<>(names).size(), "names are unique: " + names);
        for (String name : Stream.of(REQUIRED, PROCESS_OPERATORS, PLANT_POSTS).flatMap(List::stream).toList()) {
            assertTrue(LIBRARY.find(name).isPresent(), "missing template " + name);
        }
        assertSame(LIBRARY, TemplateLibrary.bundled(), "loaded once");
    }

    @Test
    void everyTemplateIsCompleteAndFitsOnAPocketCard() {
        for (PostTemplate t : LIBRARY.all()) {
            String file = LIBRARY.fileOf(t);
            assertEquals(1, t.version(), file);
            assertFalse(t.aliases().isEmpty(), file + " has aliases");
            assertFalse(t.description().isEmpty(), file);
            for (ContentKind kind : ContentKind.values()) {
                assertFalse(t.content(kind).isEmpty(), file + " " + kind);
            }
            List<DutyItem> duties = t.dutyList().items();
            assertTrue(duties.size() >= 6 && duties.size() <= 12, file + " has " + duties.size() + " duties");
            for (DutyItem duty : duties) {
                assertTrue(duty.duty().length() <= 85, file + ": too long for a card: " + duty.duty());
                assertFalse(duty.category().isEmpty() || duty.responsible().isEmpty() || duty.scope().isEmpty(),
                        file + ": " + duty);
                assertTrue(duty.assessmentStandard().matches(".*(扣\\d+分|不得分).*"),
                        file + ": the assessment standard says how many points: " + duty.assessmentStandard());
            }
            assertEquals(t.riskLevel(), t.riskCard().riskLevel(), file);
            assertFalse(t.riskCard().hazards().isEmpty(), file + " names its hazards");
            assertFalse(t.riskCard().accidentTypes().isEmpty(), file);
            assertFalse(t.riskCard().consequences().isEmpty(), file + " names the consequences");
            assertFalse(t.riskCard().controls().isEmpty(), file + " names the controls");
            assertFalse(t.procedure().beforeWork().isEmpty(), file + " says what to do before work");
            assertFalse(t.procedure().duringWork().isEmpty(), file + " says what to do during work");
            assertFalse(t.procedure().afterWork().isEmpty(), file + " says what to do after work");
            assertFalse(t.procedure().prohibitedActs().isEmpty(), file);
            assertFalse(t.procedure().protectiveEquipment().isEmpty(), file);
            int scenarios = t.emergencyCard().scenarios().size();
            assertTrue(scenarios >= 2 && scenarios <= 4, file + " has " + scenarios + " scenarios");
            for (EmergencyScenario scenario : t.emergencyCard().scenarios()) {
                assertFalse(scenario.steps().isEmpty() || scenario.contacts().isEmpty(), file + ": " + scenario.name());
            }
        }
    }

    @Test
    void phoneNumbersArePublicOnesOrLeftForTheEnterpriseToFillIn() {
        Set<String> allowed = Set.of("", "110", "119", "120", "122");
        for (PostTemplate t : LIBRARY.all()) {
            List<EmergencyContact> contacts = Stream.concat(t.riskCard().emergencyContacts().stream(),
                    t.emergencyCard().scenarios().stream().flatMap(s -> s.contacts().stream())).toList();
            for (EmergencyContact contact : contacts) {
                assertTrue(allowed.contains(contact.phone()), LIBRARY.fileOf(t) + ": " + contact);
            }
            assertTrue(t.riskCard().emergencyContacts().stream().anyMatch(c -> c.name().contains("应急值班室")),
                    LIBRARY.fileOf(t));
            for (EmergencyContact contact : contacts) {
                if (contact.name().contains("值班室")) {
                    assertEquals("", contact.phone(), LIBRARY.fileOf(t) + ": the enterprise fills in its own number");
                }
            }
        }
    }

    @Test
    void theOnlyTextsAreChineseAndTheEnumsKnownOnes() {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        for (PostTemplate t : LIBRARY.all()) {
            assertFalse(zh.of(t.category()).startsWith("!"));
            t.riskCard().accidentTypes().forEach(a -> assertFalse(zh.of(a).startsWith("!")));
            t.dutyList().items().forEach(d -> assertFalse(zh.of(d.form()).startsWith("!")));
            assertTrue(t.name().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }
    }

    @Test
    void thePrincipalsListCoversTheSevenDutiesOfArticle21() {
        PostTemplate principal = LIBRARY.find("主要负责人").orElseThrow();
        assertEquals(PostCategory.PRINCIPAL, principal.category());
        List<String> texts = principal.dutyList().items().stream().map(TemplateLibraryTest::all).toList();
        List<List<String>> sevenDuties = List.of(
                List.of("全员安全生产责任制", "标准化"),
                List.of("规章制度", "操作规程"),
                List.of("教育和培训计划"),
                List.of("安全生产投入"),
                List.of("风险分级管控", "隐患排查治理", "双重预防"),
                List.of("应急救援预案", "演练"),
                List.of("及时、如实报告", "事故"));
        for (List<String> keywords : sevenDuties) {
            assertTrue(texts.stream().anyMatch(text -> keywords.stream().allMatch(text::contains)),
                    "no duty covers " + keywords);
        }
        for (int item = 1; item <= 7; item++) {
            String basis = "第二十一条第" + "一二三四五六七".charAt(item - 1) + "项";
            assertTrue(principal.dutyList().items().stream().anyMatch(d -> d.legalBasis().contains(basis)), basis);
        }
    }

    @Test
    void theSafetyManagersListCoversArticle25() {
        PostTemplate manager = LIBRARY.find("安全管理人员").orElseThrow();
        for (int item = 1; item <= 7; item++) {
            String basis = "第二十五条第" + "一二三四五六七".charAt(item - 1) + "项";
            assertTrue(manager.dutyList().items().stream().anyMatch(d -> d.legalBasis().contains(basis)), basis);
        }
    }

    @Test
    void theIndexListsEveryFileOfTheFolderAndNothingElse() throws IOException {
        Path folder = Path.of(System.getProperty("nineones.sampleData", "sample-data"), "templates", "library");
        Set<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> indexed = LIBRARY.all().stream().map(LIBRARY::fileOf).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, indexed);
        assertEquals(LIBRARY.all(), TemplateLibrary.fromFolder(folder).all(), "the jar holds the folder's files");
    }

    @Test
    void everyTemplateSurvivesTheOneJsonForm() throws IOException {
        ContentJson json = new ContentJson();
        for (PostTemplate t : LIBRARY.all()) {
            String text = json.writeTemplate(t);
            assertEquals(t, json.readTemplate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void findsByNameIgnoringSpaces() {
        assertEquals("电工", LIBRARY.find(" 电工\u3000").orElseThrow().name());
        assertTrue(LIBRARY.find("维修电工").isEmpty(), "an alias is not a name");
        assertTrue(LIBRARY.find("").isEmpty());
    }

    @Test
    void suggestsTemplatesForThePostNamesEnterprisesUse() {
        assertEquals("电工", first("维修电工"));
        assertEquals("电工", first("电工"));
        assertEquals("车间主任", first("生产一车间主任"));
        assertEquals("班组长", first("化验班班长"));
        assertEquals("操作工", first("外操工"));
        assertEquals("加氢工艺操作工", first("加氢工艺操作工"));
        assertEquals("操作工", first("反应釜操作工"));
        assertEquals("操作工", first("巡检工"), "not 危险化学品作业人员 by its alias 罐区巡检工");
        assertEquals("化验员", first("采样工"));
        assertEquals("制冷工", first("冷冻站操作工"));
        assertEquals("仪表工", first("仪表工"));
        assertEquals("中控室操作工", first("DCS操作工"));
        assertEquals("班组安全员", first("班组安全员"));
        assertEquals("安全管理人员", first("安全员"));
        assertEquals("叉车司机", first("叉车司机"));
        assertEquals("危险化学品作业人员", first("罐区操作工"));
        assertEquals("分管安全负责人", first("安全副总经理"));
        assertEquals("安全管理人员", first("专职安全管理员"));
        assertEquals("主要负责人", first("总经理"));
        assertEquals("门卫", first("保安"));
        assertEquals("办公室人员", first("行政文员"));
        assertEquals(List.of(), LIBRARY.suggest("宇航员"));
        assertEquals(List.of(), LIBRARY.suggest("  "));
    }

    @Test
    void eachProcessOperatorIsSuggestedFirstByItsNameAndEveryAlias() {
        for (String name : PROCESS_OPERATORS) {
            PostTemplate template = LIBRARY.find(name).orElseThrow();
            assertEquals(PostCategory.SPECIAL_OPERATION, template.category(), name);
            assertTrue(template.aliases().size() >= 5, name + " has few aliases: " + template.aliases());
            for (String postName : Stream.concat(Stream.of(name), template.aliases().stream()).toList()) {
                assertEquals(name, first(postName), "suggested for " + postName);
            }
        }
    }

    @Test
    void aProcessOperatorNamedAsHrWritesItIsStillSuggestedItsProcessNotTheGenericOperator() {
        assertEquals("加氢工艺操作工", first("加氢岗位操作工"));
        assertEquals("加氢工艺操作工", first("加氢操作工"));
        assertEquals("加氢工艺操作工", first("加氢装置操作工"));
        assertEquals("加氢工艺操作工", first("二车间加氢工段操作工"));
        assertEquals("聚合工艺操作工", first("聚合车间操作工"));
        assertEquals("过氧化工艺操作工", first("过氧化装置操作工"));
        assertEquals("氧化工艺操作工", first("氧化装置操作工"));
        assertEquals("氧化工艺操作工", first("氧化工段操作工"), "not 操作工 by its alias 化工操作工");
        assertEquals("裂解工艺操作工", first("裂解(裂化)工艺操作工"));
        assertEquals("裂解工艺操作工", first("裂解（裂化）工艺操作工"));
        assertEquals("氯碱电解工艺操作工", first("电解工艺(氯碱)操作工"));
        assertEquals("胺基化工艺操作工", first("氨基化装置操作工"));
        for (String name : PROCESS_OPERATORS) {
            String process = name.substring(0, name.length() - "工艺操作工".length());
            for (String postName : List.of(process + "装置操作工", process + "车间操作工", process + "岗位操作工")) {
                assertEquals(name, first(postName), "suggested for " + postName);
            }
        }
    }

    private static String first(String postName) {
        List<PostTemplate> suggested = LIBRARY.suggest(postName);
        assertFalse(suggested.isEmpty(), "nothing suggested for " + postName);
        return suggested.get(0).name();
    }

    @Test
    void namesTheClosestTemplatesForAMisspeltName() {
        assertTrue(LIBRARY.closestNames("电功", 3).contains("电工"), LIBRARY.closestNames("电功", 3).toString());
        assertEquals("焊工", LIBRARY.closestNames("电焊", 3).get(0));
        assertTrue(LIBRARY.closestNames("宇宙飞船驾驶舱", 3).isEmpty());
    }

    // --- a broken library is refused, naming the file

    private void writeLibrary(String index, String... files) throws IOException {
        Files.writeString(dir.resolve(TemplateLibrary.INDEX), index, StandardCharsets.UTF_8);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1], StandardCharsets.UTF_8);
        }
    }

    private String electrician() {
        return new ContentJson().writeTemplate(LIBRARY.find("电工").orElseThrow());
    }

    private TemplateLibraryException refused() {
        return assertThrows(TemplateLibraryException.class, () -> TemplateLibrary.fromFolder(dir));
    }

    @Test
    void refusesAnUnknownAccidentTypeNamingTheFile() throws IOException {
        writeLibrary("good.json\nbad.json\n", "good.json", electrician(),
                "bad.json", electrician().replace("\"电工\"", "\"焊工\"").replace("\"ELECTRIC_SHOCK\"", "\"SHOCK\""));
        TemplateLibraryException e = refused();
        assertEquals("bad.json", e.file());
        assertTrue(e.getMessage().contains("SHOCK"), e.getMessage());
    }

    @Test
    void refusesAMisspeltField() throws IOException {
        writeLibrary("a.json", "a.json", electrician().replace("\"assessmentStandard\"", "\"assesmentStandard\""));
        assertEquals("a.json", refused().file());
    }

    @Test
    void refusesATemplateWithoutOneKindOfContent() throws IOException {
        String json = electrician();
        String withoutCard = json.substring(0, json.indexOf(",\n  \"emergencyCard\"")) + "\n}";
        writeLibrary("a.json", "a.json", withoutCard);
        TemplateLibraryException e = refused();
        assertEquals("a.json", e.file());
        assertTrue(e.problem().contains("EMERGENCY_CARD"), e.problem());
    }

    @Test
    void refusesTwoTemplatesOfOneName() throws IOException {
        writeLibrary("a.json\nb.json", "a.json", electrician(), "b.json", electrician());
        TemplateLibraryException e = refused();
        assertEquals("b.json", e.file());
        assertTrue(e.problem().contains("a.json"), e.problem());
    }

    @Test
    void refusesAFileTheIndexListsButTheFolderLacks() throws IOException {
        writeLibrary("# comment\n\na.json\nmissing.json\n", "a.json", electrician());
        assertEquals("missing.json", refused().file());
    }

    @Test
    void refusesADutyWithoutItsAssessmentStandard() throws IOException {
        writeLibrary("a.json", "a.json", electrician().replace("无票作业的每次扣5分；无人监护操作的每次扣5分", ""));
        TemplateLibraryException e = refused();
        assertTrue(e.problem().contains("duty 2"), e.problem());
    }

    @Test
    void refusesADutyWithoutItsCategory() throws IOException {
        writeLibrary("a.json", "a.json", electrician().replace("\"工作票\"", "\"\""));
        TemplateLibraryException e = refused();
        assertTrue(e.problem().contains("duty 2 lacks its category"), e.problem());
    }

    @Test
    void refusesARiskCardWithoutHazardsOrWithoutControls() throws IOException {
        PostTemplate electrician = LIBRARY.find("电工").orElseThrow();
        RiskCard card = electrician.riskCard();
        RiskCard noHazards = new RiskCard(List.of(), card.accidentTypes(), card.consequences(), card.controls(),
                card.riskLevel(), card.emergencyContacts());
        RiskCard noControls = new RiskCard(card.hazards(), card.accidentTypes(), card.consequences(), List.of(),
                card.riskLevel(), card.emergencyContacts());
        writeLibrary("a.json", "a.json", withRiskCard(electrician, noHazards));
        TemplateLibraryException e = refused();
        assertEquals("a.json", e.file());
        assertEquals("the risk card names no hazard", e.problem());
        writeLibrary("b.json", "b.json", withRiskCard(electrician, noControls));
        e = refused();
        assertEquals("the risk card names no control", e.problem());
    }

    private static String withRiskCard(PostTemplate t, RiskCard card) {
        return new ContentJson().writeTemplate(new PostTemplate(t.name(), t.version(), t.category(), t.riskLevel(),
                t.aliases(), t.description(), t.dutyList(), t.procedure(), card, t.emergencyCard()));
    }

    @Test
    void refusesAnEmptyIndex() throws IOException {
        writeLibrary("# nothing yet\n");
        assertEquals(TemplateLibrary.INDEX, refused().file());
    }
}
