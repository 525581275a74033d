package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.LineLimit;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.acceptance.Thresholds;
import org.nineones.model.acceptance.Verdict;
import org.nineones.model.inspection.ChosenTemplate;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.model.inspection.ScoreChange;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.service.Progress;
import org.nineones.store.BackupReason;
import org.nineones.store.InspectionFile;
import org.nineones.store.InspectionRepository;
import org.nineones.store.InspectionReviewRepository;
import org.nineones.store.WorkspaceBackups;
import org.nineones.store.WorkspaceException;
import org.sqlite.SQLiteDataSource;

/**
 * The inspector's review kept in the inspection file (issue 13, points 3, 5 and 6): recomputed by the enterprise
 * side's code, the spot check's ratings on line 6.1, score changes with reasons beside the untouched self-score,
 * judgements with photos, a county's template, findings, the on-site record signed once, and every refusal writing
 * nothing.
 */
class InspectionReviewServiceTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final AtomicInteger FILES = new AtomicInteger();

    @TempDir
    static Path dir;
    private static Services services;
    private static InspectionReviewService reviews;
    /** The sample enterprise's package after it signed a self-assessment. */
    private static Path signedZip;
    private static SelfAssessment signed;

    @BeforeAll
    static void signedPackage() {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        reviews = services.inspectionReviews();
        signedZip = SamplePackage.signed().zip();
        signed = SamplePackage.signed().selfAssessment();
    }

    /** A new inspection file with the signed package opened in it. */
    private record Opened(InspectionFile file, Inspection inspection) implements AutoCloseable {
        @Override
        public void close() {
            file.close();
        }
    }

    private static Opened open() {
        InspectionFile file;
        try {
            file = services.inspections().create(dir.resolve("检查" + FILES.incrementAndGet()
                    + InspectionFile.EXTENSION), "第一检查组");
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
        return new Opened(file, services.inspections().openPackage(file, signedZip, null, Progress.NONE).inspection());
    }

    private static SpotCheckRatings ratings(Familiarity... ratings) {
        List<SpotCheckRatings.Rated> rated = new java.util.ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            rated.add(new SpotCheckRatings.Rated("工人" + i, "E" + i, "合成车间", "操作工", ratings[i]));
        }
        return (file, inspection) -> List.copyOf(rated);
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void unchangedTheAutomaticLinesAreWhatTheReviewOfThePackageGivesBesideTheSelfScore() {
        ReviewService.Review packaged = services.reviews().review(signedZip, null);
        try (Opened o = open()) {
            InspectorReview review = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            assertEquals(packaged.asOf(), review.asOf());
            assertEquals(signed.asOf(), review.asOf());
            assertEquals(packaged.template(), review.template());
            assertTrue(review.chosen().isEmpty(), "the package's own checklist by default");
            assertEquals(new ChecklistJson().sha256(packaged.template()), review.templateSha256());
            assertEquals(packaged.template().lines().size(), review.lines().size());
            int automatic = 0;
            for (LineScore expected : packaged.score().lines()) {
                InspectorReview.Line line = review.line(expected.id()).orElseThrow();
                LineScore selfLine = signed.result().lines().stream().filter(l -> l.id().equals(expected.id()))
                        .findFirst().orElseThrow();
                assertSame(selfLine.score(), line.selfScore(), "self-score of " + expected.id());
                assertSame(selfLine.score(), line.selfLine().score(), "signed line of " + expected.id());
                assertEquals(selfLine.note(), line.selfLine().note(), "the enterprise's words on " + expected.id());
                assertEquals(selfLine.charges().size(), line.selfLine().charges().size(), expected.id());
                assertEquals(line.computed(), line.score(), "nothing changed on " + expected.id());
                assertTrue(line.change().isEmpty());
                if (expected.evidence() == Evidence.AUTOMATIC) {
                    automatic++;
                    assertEquals(expected, line.score(), expected.id());
                }
            }
            assertTrue(automatic >= 5, "automatic lines compared: " + automatic);
            assertEquals(review.computed(), review.score());
            assertSame(signed.score(), review.self().orElseThrow().score(), "self total");
            assertTrue(review.findings().isEmpty());
            assertFalse(review.isSigned());
        }
    }

    @Test
    void aPackageWithoutSelfAssessmentIsReviewedOnTheDayItWasMadeWithNoSelfScores() throws Exception {
        try (InspectionFile file = services.inspections().create(dir.resolve("未自评" + InspectionFile.EXTENSION),
                "")) {
            Inspection inspection = services.inspections().openPackage(file, SamplePackage.get().zip(), null,
                    Progress.NONE).inspection();
            InspectorReview review = reviews.review(file, inspection, SpotCheckRatings.NONE);
            ReviewService.Review packaged = services.reviews().review(SamplePackage.get().zip(), null);
            assertTrue(review.self().isEmpty());
            assertEquals(packaged.asOf(), review.asOf());
            assertEquals(SamplePackage.get().manifest().createdAt().substring(0, 10), review.asOf().toString());
            for (InspectorReview.Line line : review.lines()) {
                assertEquals(null, line.selfScore(), line.id());
                assertEquals(null, line.selfLine(), line.id());
            }
        }
    }

    @Test
    void aScoreChangedWithAReasonStandsBesideTheUnchangedSelfScoreAndCanBeTakenBack() {
        try (Opened o = open()) {
            InspectorReview before = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            InspectorReview.Line line11 = before.line("1.1").orElseThrow();
            BigDecimal given = line11.computed().score().compareTo(dec("10")) == 0 ? dec("9.5") : dec("10");
            ScoreChange change = reviews.changeScore(o.file(), o.inspection(), " 1.1 ", given, "  现场抽查两个岗位的清单未经批准 ");
            assertEquals("1.1", change.lineId());
            assertEquals("现场抽查两个岗位的清单未经批准", change.reason());
            assertFalse(change.changedBy().isBlank());

            InspectorReview after = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            InspectorReview.Line line = after.line("1.1").orElseThrow();
            assertSame(given, line.score().score(), "the inspector's score");
            assertEquals(line11.computed(), line.computed(), "the recomputed score stays beside it");
            assertEquals(Evidence.AUTOMATIC, line.score().evidence());
            assertEquals(LineLimit.MANUAL, line.score().limit());
            assertEquals("现场抽查两个岗位的清单未经批准", line.change().orElseThrow().reason());
            assertSame(line11.selfScore(), line.selfScore(), "the enterprise's self-score is never overwritten");
            assertSame(signed.score(), after.self().orElseThrow().score(), "the self total is the signed one");
            BigDecimal expectedEarned = before.score().earned().subtract(line11.computed().score()).add(given);
            assertSame(expectedEarned, after.score().earned(), "the total follows the changed line");
            assertEquals(after.score().templateName(), before.score().templateName());

            reviews.restoreScore(o.file(), o.inspection(), "1.1", "复核记录后维持计算结果");
            InspectorReview restored = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            assertEquals(before.score(), restored.score());
            assertTrue(restored.line("1.1").orElseThrow().change().isEmpty());
            assertEquals(2, o.file().read(r -> r.review().scoreChanges(o.inspection().id(), before.template().name()))
                    .size(), "the history stays");
        }
    }

    @Test
    void theSpotCheckRatingsDeductOnTheKnowledgeLineUpToItsCap() {
        try (Opened o = open()) {
            InspectorReview none = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            BigDecimal base = none.line("6.1").orElseThrow().score().deducted();
            InspectorReview rated = reviews.review(o.file(), o.inspection(), ratings(Familiarity.UNFAMILIAR,
                    Familiarity.BASICALLY_FAMILIAR, Familiarity.FAMILIAR, Familiarity.BASICALLY_FAMILIAR));
            LineScore line = rated.line("6.1").orElseThrow().score();
            assertSame(base.add(dec("5")).min(dec("15")), line.deducted(), "3 for 不熟知, 1 for each 基本熟知");
            assertEquals(1, line.charges().stream().filter(c -> c.kind().equals(FindingKinds.WORKER_NOT_FAMILIAR))
                    .count());
            assertEquals(2, line.charges().stream().filter(c -> c.kind().equals(
                    FindingKinds.WORKER_BASICALLY_FAMILIAR)).count());
            assertTrue(line.charges().stream().anyMatch(c -> c.what().equals(
                    "现场抽查 工人0（合成车间 操作工）：不熟知本岗位安全职责") && c.target().id().equals("E0")),
                    line.charges().toString());
            assertEquals(4, rated.ratings().size());
            for (InspectorReview.Line other : rated.lines()) {
                if (!other.id().equals("6.1")) {
                    assertEquals(none.line(other.id()).orElseThrow().score(), other.score(), other.id());
                }
            }

            Familiarity[] six = new Familiarity[6];
            java.util.Arrays.fill(six, Familiarity.UNFAMILIAR);
            LineScore capped = reviews.review(o.file(), o.inspection(), ratings(six)).line("6.1").orElseThrow()
                    .score();
            assertSame(dec("15"), capped.deducted(), "capped at 15");
            assertSame(BigDecimal.ZERO, capped.score(), "never below zero");
            assertTrue(capped.limit() == LineLimit.CAPPED || capped.limit() == LineLimit.LINE_POINTS,
                    capped.limit().toString());
        }
    }

    @Test
    void aManualLineTakesTheInspectorsJudgementWithItsPhotosAndTheLatestIsInForce() throws Exception {
        Path photo = Files.write(dir.resolve("专档照片.jpg"), "not really a jpeg, but bytes kept whole"
                .getBytes(StandardCharsets.UTF_8));
        try (Opened o = open()) {
            InspectorReview before = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            assertFalse(before.line("9.1").orElseThrow().score().judged(), "the enterprise's judgement is not used");

            InspectionReviewService.Judged judged = reviews.judge(o.file(), o.inspection(), "9.1", Verdict.DEDUCTED,
                    dec("2"), "缺少会议纪要和学习笔记", List.of(photo));
            assertEquals(Verdict.DEDUCTED, judged.judgement().verdict());
            assertEquals(1, judged.photos().size());
            assertEquals("专档照片.jpg", judged.photos().get(0).fileName());
            assertArrayEquals(Files.readAllBytes(photo), reviews.photo(o.file(), judged.photos().get(0)));

            InspectorReview after = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            InspectorReview.Line line = after.line("9.1").orElseThrow();
            assertTrue(line.score().judged());
            assertSame(dec("3"), line.score().score(), "5 points, 2 deducted");
            assertEquals("缺少会议纪要和学习笔记", line.score().note());
            assertEquals(1, line.photos().size());
            assertEquals(judged.judgement(), line.judgement().orElseThrow());
            assertSame(before.score().earned().subtract(dec("2")), after.score().earned(), "the total");

            reviews.judge(o.file(), o.inspection(), "9.1", Verdict.CONFIRMED, null, "补看了专档，记录齐全", List.of());
            InspectorReview.Line latest = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE)
                    .line("9.1").orElseThrow();
            assertEquals(Verdict.CONFIRMED, latest.judgement().orElseThrow().verdict());
            assertTrue(latest.photos().isEmpty(), "the photos belong to the earlier judgement");
            assertEquals(2, o.file().read(r -> r.review().judgements(o.inspection().id(), after.template().name()))
                    .size(), "the history stays");
        }
    }

    @Test
    void aCountysTemplateIsKeptWholeSoTheReviewNeedsNotItsFile() throws Exception {
        ChecklistTemplate county = services.checklists().defaultTemplate().named("某县九个一验收标准", "2026-县1");
        county = new ChecklistTemplate(county.name(), county.version(), "某县应急管理局", county.description(),
                new Thresholds(dec("90"), dec("75")), county.lines());
        Path file = Files.writeString(dir.resolve("某县验收标准.json"), new ChecklistJson().pretty(county));
        try (Opened o = open()) {
            ChosenTemplate chosen = reviews.chooseTemplate(o.file(), o.inspection(), file);
            assertEquals(ChosenTemplate.FILE, chosen.source());
            assertEquals("某县验收标准.json", chosen.fileName());
            assertEquals("某县九个一验收标准", chosen.name());
            assertEquals(new ChecklistJson().sha256(county), chosen.sha256());
            Files.delete(file);

            InspectorReview review = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            assertEquals(county, review.template());
            assertEquals("某县九个一验收标准", review.score().templateName());
            assertEquals("2026-县1", review.score().templateVersion());
            assertEquals(county.thresholds().conclude(review.score().score()), review.score().scoreConclusion());
            assertEquals(chosen, review.chosen().orElseThrow());

            ChosenTemplate back = reviews.chooseTemplate(o.file(), o.inspection(), null);
            assertEquals(ChosenTemplate.PACKAGE, back.source());
            assertEquals(signed.templateName(), back.name());
            assertEquals(signed.templateName(),
                    reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE).template().name());
        }
    }

    @Test
    void findingsComeFromADeductionOrAVetoWithOneClickOrByHandEachWithItsOwnId() {
        LocalDate deadline = LocalDate.now().plusDays(30);
        try (Opened o = open()) {
            reviews.judge(o.file(), o.inspection(), "1.2", Verdict.VETO_FAILED, null, "主要负责人清单缺少第五项职责",
                    List.of());
            SpotCheckRatings rated = ratings(Familiarity.UNFAMILIAR);
            InspectorReview review = reviews.review(o.file(), o.inspection(), rated);

            InspectionFinding knowledge = reviews.findingFromLine(o.file(), review, "6.1", deadline, "王班长");
            assertEquals("6.1", knowledge.lineId());
            assertEquals(InspectionFinding.Source.DEDUCTION, knowledge.source());
            assertTrue(knowledge.seen().contains("现场抽查 工人0（合成车间 操作工）：不熟知本岗位安全职责（扣 3 分）"),
                    knowledge.seen());
            assertEquals(review.template().line("6.1").orElseThrow().criterion(), knowledge.requirement());
            assertEquals(deadline, knowledge.deadline());
            assertEquals("王班长", knowledge.responsible());

            // a line with many deductions (ten workers rated 基本熟知): the first few named, then how many in all
            Familiarity[] ten = new Familiarity[10];
            java.util.Arrays.fill(ten, Familiarity.BASICALLY_FAMILIAR);
            InspectorReview tenRated = reviews.review(o.file(), o.inspection(), ratings(ten));
            String manySeen = reviews.draftFromLine(tenRated, "6.1").seen();
            long charged = tenRated.line("6.1").orElseThrow().score().charges().stream()
                    .filter(c -> c.points() != null && c.points().signum() > 0).count();
            assertTrue(charged > InspectionReviewService.SEEN_LISTED, "charges: " + charged);
            assertTrue(manySeen.endsWith("…等 " + charged + " 处"), manySeen);
            assertEquals(InspectionReviewService.SEEN_LISTED, manySeen.split("（扣 ", -1).length - 1, manySeen);

            FindingDraft vetoDraft = reviews.draftFromLine(review, "1.2");
            assertEquals(InspectionFinding.Source.VETO, vetoDraft.source());
            assertEquals(review.template().line("1.2").orElseThrow().veto().rectification(), vetoDraft.requirement());
            assertTrue(vetoDraft.seen().contains("主要负责人清单缺少第五项职责"), vetoDraft.seen());
            InspectionFinding veto = reviews.addFinding(o.file(), o.inspection(), vetoDraft.with(deadline, "李安全"));

            InspectionFinding manual = reviews.addFinding(o.file(), o.inspection(), FindingDraft.manual("",
                    "仓库消防通道堆放杂物", "立即清理并落实日常巡查", deadline.plusDays(-20), "张主任"));
            assertEquals(InspectionFinding.Source.MANUAL, manual.source());

            List<InspectionFinding> all = reviews.review(o.file(), o.inspection(), rated).findings();
            assertEquals(List.of(knowledge, veto, manual), all);
            assertEquals(3, all.stream().map(InspectionFinding::uid).collect(Collectors.toSet()).size());
            all.forEach(f -> assertEquals(36, f.uid().length()));
        }
    }

    @Test
    void theOnSiteRecordIsSignedOnceAndThenNothingChanges() {
        OnSiteRecord record = new OnSiteRecord("2026-12-07 09:30—11:40", "滨州示例化工有限公司 合成车间",
                "全员安全生产责任制落实情况验收", "见问题清单", "限期整改", List.of("张检查", " 王检查 ", ""),
                "李安全", true, "李安全以需请示总经理为由拒绝签字，检查人员两人在场见证", "滨城验〔2026〕第 12 号",
                " 资料齐全，责任落实到岗。\n请按期整改。 ");
        try (Opened o = open()) {
            reviews.changeScore(o.file(), o.inspection(), "7.1", dec("6"), "奖惩台账未与责任清单条目关联");
            InspectorReview review = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            SignedRecord s = reviews.sign(o.file(), o.inspection(), SpotCheckRatings.NONE, record);
            assertEquals(record, s.record());
            assertEquals(List.of("张检查", "王检查"), s.record().inspectors());
            assertEquals("滨城验〔2026〕第 12 号", s.record().opinionNumber());
            assertEquals("资料齐全，责任落实到岗。\n请按期整改。", s.record().opinionWords());
            assertTrue(s.record().refusedToSign());
            assertEquals(review.score(), s.result());
            assertSame(review.score().score(), s.score(), "score");
            assertEquals(review.score().conclusion(), s.conclusion());
            assertEquals(review.templateSha256(), s.templateSha256());
            assertEquals(review.asOf(), s.asOf());
            assertFalse(s.signedBy().isBlank());
            assertFalse(s.signedAt().isBlank());
            assertEquals(s, reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE).signed().orElseThrow());

            String snapshot = snapshot(o);
            String sentence = "滨州示例化工有限公司 的现场检查记录已于 " + s.signedAt() + " 签字";
            refused(o, snapshot, InspectionReviewException.Reason.SIGNED_TWICE, sentence + "，不能再次签字",
                    () -> reviews.sign(o.file(), o.inspection(), SpotCheckRatings.NONE, record));
            refused(o, snapshot, InspectionReviewException.Reason.SIGNED, sentence + "，不能再修改",
                    () -> reviews.changeScore(o.file(), o.inspection(), "7.1", dec("8"), "复核"));
            refused(o, snapshot, InspectionReviewException.Reason.SIGNED, sentence,
                    () -> reviews.judge(o.file(), o.inspection(), "9.1", Verdict.CONFIRMED, null, "", List.of()));
            refused(o, snapshot, InspectionReviewException.Reason.SIGNED, sentence,
                    () -> reviews.addFinding(o.file(), o.inspection(), FindingDraft.manual("", "补充问题", "整改",
                            LocalDate.now(), "")));
            refused(o, snapshot, InspectionReviewException.Reason.SIGNED, sentence,
                    () -> reviews.chooseTemplate(o.file(), o.inspection(), null));
            // the file itself refuses it too, whatever the app does
            assertThrows(RuntimeException.class, () -> o.file().write(r -> r.review().changeScore(
                    o.inspection().id(), review.template().name(), "7.1", dec("8"), "绕过服务")));
            assertEquals(snapshot, snapshot(o));
        }
    }

    @Test
    void anInspectionSignedInAVersion3FileStillReadsWithNoNumberAndTheDefaultWords() throws Exception {
        Path current;
        SignedRecord s;
        try (Opened o = open()) {
            reviews.addFinding(o.file(), o.inspection(), FindingDraft.manual("", "仓库消防通道堆放杂物", "清理",
                    LocalDate.of(2027, 1, 7), "张主任"));
            s = reviews.sign(o.file(), o.inspection(), SpotCheckRatings.NONE, new OnSiteRecord("2026-12-07 09:30",
                    "合成车间", "验收", "", "", List.of("张检查"), "李安全", false, "", "滨城验〔2026〕第 3 号", "良好"));
            current = o.file().file();
        }
        Path old = dir.resolve("旧检查档案" + InspectionFile.EXTENSION);
        version3Copy(current, old);
        try (InspectionFile f = services.inspections().open(old)) {
            Inspection i = f.read(InspectionRepository::all).get(0);
            InspectorReview review = reviews.review(f, i, SpotCheckRatings.NONE);
            OnSiteRecord r = s.record();
            assertEquals(new OnSiteRecord(r.checkedAt(), r.place(), r.content(), r.problems(), r.handling(),
                    r.inspectors(), r.responsiblePerson(), r.refusedToSign(), r.refusalNote(), "", ""),
                    review.signed().orElseThrow().record());
            assertEquals(s.signedAt(), review.signed().orElseThrow().signedAt());
            assertEquals(s.result(), review.signed().orElseThrow().result());
            assertEquals(1, review.findings().size());
            InspectionPapers papers = services.inspectionPapers();
            var opinion = papers.opinion(papers.read(f, i));
            assertEquals("", opinion.number());
            assertTrue(opinion.opinion().startsWith("经现场检查，滨州示例化工有限公司全员安全生产责任制验收得分"),
                    opinion.opinion());
        }
        assertEquals(1, WorkspaceBackups.list(old).stream()
                .filter(b -> b.reason() == BackupReason.BEFORE_MIGRATION).count(), "a backup before migrating");
    }

    /** What a version-3 app left: the same inspection, in a file of schema 3 (no opinion number or words). */
    private static void version3Copy(Path current, Path old) throws Exception {
        String url = "jdbc:sqlite:" + old.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + InspectionFile.APPLICATION_ID);
            st.execute("PRAGMA journal_mode = WAL");
        }
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(url);
        Flyway.configure(InspectionReviewServiceTest.class.getClassLoader()).dataSource(ds)
                .locations("classpath:db/inspection").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + current.toAbsolutePath() + "' AS src");
            // review_record last: once it is there the triggers refuse everything else of the inspection
            for (String table : List.of("inspection_file", "inspection", "inspection_part", "review_template",
                    "review_score_change", "review_judgement", "review_attachment", "review_finding",
                    "spot_check_draw", "spot_check_plan", "spot_check_person", "spot_check_replacement",
                    "spot_check_rating", "spot_check_question", "review_record")) {
                List<String> columns = new java.util.ArrayList<>();
                try (ResultSet rs = st.executeQuery("PRAGMA main.table_info(" + table + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                String names = String.join(", ", columns);
                st.execute("INSERT INTO main." + table + " (" + names + ") SELECT " + names + " FROM src." + table);
            }
            st.execute("DETACH DATABASE src");
        }
    }

    @Test
    void eachRefusalSaysWhatToDoAndWritesNothing() throws Exception {
        try (Opened o = open()) {
            String snapshot = snapshot(o);
            refused(o, snapshot, InspectionReviewException.Reason.SCORE_RANGE,
                    "第 1.1 条的分数 15.5 不在 0 到 15 分之间，未保存。请填写不低于 0、不超过该条分值的分数。",
                    () -> reviews.changeScore(o.file(), o.inspection(), "1.1", dec("15.5"), "理由"));
            refused(o, snapshot, InspectionReviewException.Reason.SCORE_RANGE, "第 1.1 条的分数 -1 不在 0 到 15 分之间",
                    () -> reviews.changeScore(o.file(), o.inspection(), "1.1", dec("-1"), "理由"));
            refused(o, snapshot, InspectionReviewException.Reason.NO_REASON, "修改第 1.1 条的分数必须写明理由",
                    () -> reviews.changeScore(o.file(), o.inspection(), "1.1", dec("12"), "  "));
            refused(o, snapshot, InspectionReviewException.Reason.UNKNOWN_LINE,
                    "验收标准“九个一验收标准（默认）”中没有第 10.1 条。请从检查表中选择要处理的条目。",
                    () -> reviews.changeScore(o.file(), o.inspection(), "10.1", dec("1"), "理由"));
            refused(o, snapshot, InspectionReviewException.Reason.UNKNOWN_LINE, "中没有第 10.1 条",
                    () -> reviews.judge(o.file(), o.inspection(), "10.1", Verdict.CONFIRMED, null, "", List.of()));
            refused(o, snapshot, InspectionReviewException.Reason.VETO_LINE, "第 1.2 条是否决项",
                    () -> reviews.changeScore(o.file(), o.inspection(), "1.2", dec("0"), "理由"));
            refused(o, snapshot, InspectionReviewException.Reason.JUDGEMENT, "1.1",
                    () -> reviews.judge(o.file(), o.inspection(), "1.1", Verdict.CONFIRMED, null, "", List.of()));
            refused(o, snapshot, InspectionReviewException.Reason.JUDGEMENT, "9.1",
                    () -> reviews.judge(o.file(), o.inspection(), "9.1", Verdict.DEDUCTED, dec("6"), "多扣",
                            List.of()));
            refused(o, snapshot, InspectionReviewException.Reason.PHOTO, "照片“不存在.jpg”无法读取，判定未保存",
                    () -> reviews.judge(o.file(), o.inspection(), "9.1", Verdict.CONFIRMED, null, "",
                            List.of(dir.resolve("不存在.jpg"))));
            refused(o, snapshot, InspectionReviewException.Reason.NO_DEADLINE,
                    "问题“仓库消防通道堆放杂物”没有整改期限，未保存。请填写整改期限后再保存。",
                    () -> reviews.addFinding(o.file(), o.inspection(), FindingDraft.manual("", "仓库消防通道堆放杂物",
                            "清理", null, "张主任")));
            refused(o, snapshot, InspectionReviewException.Reason.NO_SEEN, "问题没有写明发现的情况",
                    () -> reviews.addFinding(o.file(), o.inspection(), FindingDraft.manual("", " ", "清理",
                            LocalDate.now(), "")));
            refused(o, snapshot, InspectionReviewException.Reason.UNKNOWN_LINE, "中没有第 10.1 条",
                    () -> reviews.addFinding(o.file(), o.inspection(), FindingDraft.manual("10.1", "问题", "清理",
                            LocalDate.now(), "")));
            Path notChecklist = Files.writeString(dir.resolve("清单.txt"), "不是检查表");
            refused(o, snapshot, InspectionReviewException.Reason.TEMPLATE, "“清单.txt”不是验收标准文件",
                    () -> reviews.chooseTemplate(o.file(), o.inspection(), notChecklist));
            OnSiteRecord noPlace = new OnSiteRecord("2026-12-07 09:30", " ", "验收", "", "", List.of("张检查"),
                    "李安全", false, "", "", "");
            refused(o, snapshot, InspectionReviewException.Reason.RECORD_INCOMPLETE,
                    "现场检查记录缺少“检查地点”，未签字。请填写后再签字。",
                    () -> reviews.sign(o.file(), o.inspection(), SpotCheckRatings.NONE, noPlace));
            OnSiteRecord silentRefusal = new OnSiteRecord("2026-12-07 09:30", "合成车间", "验收", "", "",
                    List.of("张检查"), "李安全", true, "", "", "");
            refused(o, snapshot, InspectionReviewException.Reason.RECORD_INCOMPLETE, "必须写明拒签的情况",
                    () -> reviews.sign(o.file(), o.inspection(), SpotCheckRatings.NONE, silentRefusal));

            InspectorReview review = reviews.review(o.file(), o.inspection(), SpotCheckRatings.NONE);
            String untouched = review.lines().stream().filter(l -> l.score().deducted().signum() == 0
                    && l.score().veto() == null).map(InspectorReview.Line::id).findFirst().orElseThrow();
            InspectionReviewException nothing = assertThrows(InspectionReviewException.class,
                    () -> reviews.draftFromLine(review, untouched));
            assertEquals(InspectionReviewException.Reason.NOTHING_TO_FIND, nothing.reason());
            assertEquals("第 " + untouched + " 条没有扣分，也没有触发否决，不能据此生成问题。如确有问题，请手工添加。",
                    nothing.getMessage());
            assertEquals(snapshot, snapshot(o));
        }
    }

    private static void refused(Opened o, String snapshot, InspectionReviewException.Reason reason, String sentence,
                                Executable action) {
        InspectionReviewException e = assertThrows(InspectionReviewException.class, action);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(sentence), e.getMessage());
        assertEquals(e.getMessage(), e.userMessage(ZH));
        assertEquals(snapshot, snapshot(o), "nothing written by: " + e.getMessage());
    }

    /** Everything the review keeps of the inspection, as text. */
    private static String snapshot(Opened o) {
        long id = o.inspection().id();
        Function<InspectionReviewRepository, String> all = r -> {
            String template = r.template(id).map(Object::toString).orElse("-");
            java.util.Set<String> names = new HashSet<>(List.of("九个一验收标准（默认）", "某县九个一验收标准"));
            return template + "|" + names.stream().sorted().map(n -> r.scoreChanges(id, n) + ";" + r.judgements(id, n))
                    .collect(Collectors.joining("|")) + "|" + r.attachments(id, "judgement") + "|" + r.findings(id)
                    + "|" + r.signed(id).map(SignedRecord::signedAt).orElse("-");
        };
        return o.file().read(r -> all.apply(r.review()));
    }
}
