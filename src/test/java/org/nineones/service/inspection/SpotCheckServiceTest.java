package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.VersionStatus;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.model.exams.QuestionOrigin;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.RatingPhoto;
import org.nineones.service.Progress;
import org.nineones.service.exams.QuestionGenerator;
import org.nineones.store.InspectionFile;
import org.nineones.store.SpotCheckRepository;
import org.nineones.store.Workspace;

/**
 * The spot check kept in an inspection file: the draw stored is {@link DrawService}'s and replays after reopening, an
 * absent worker's replacement is the draw's next, a worker's brief and questions come from the post's content,
 * ratings round-trip in the draw's order, and every refusal names itself and leaves the file as it was.
 */
class SpotCheckServiceTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final long SEED = 20261207L;

    @TempDir
    static Path dir;
    private static Services services;
    private static SpotCheckService spot;
    private static Path zip;
    private static DrawResult expected;
    private static SamplingFrame frame;

    @BeforeAll
    static void samplePackage() {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        spot = services.spotChecks();
        zip = SamplePackage.get().zip();
        frame = services.draws().frame(zip);
        expected = services.draws().draw(frame, SEED, null, null);
    }

    /** A new inspection file with the sample package opened in it. */
    private static InspectionFile opened(String name) throws Exception {
        InspectionFile file = services.inspections().create(dir.resolve(name + InspectionFile.EXTENSION), "");
        file.close();
        InspectionFile again = services.inspections().open(file.file());
        services.inspections().openPackage(again, zip, null, Progress.NONE);
        return again;
    }

    private static Inspection inspection(InspectionFile file) {
        return file.read(r -> r.all()).get(0);
    }

    /** The refusal of {@code action}, of the spot check's reason, with this message; nothing changed. */
    private static void refused(InspectionFile file, Inspection i, InspectionException.Reason reason, String message,
                                Runnable action) {
        Supplier<Object> state = () -> List.of(spot.current(file, i), file.read(r -> r.spotChecks().draws(i.id())));
        Object before = state.get();
        InspectionException e = assertThrows(InspectionException.class, action::run);
        assertEquals(reason, e.reason());
        assertEquals(message, e.getMessage());
        assertEquals(before, state.get(), "nothing written");
    }

    @Test
    void theStoredDrawIsTheDrawServicesAndReplaysAfterReopeningTheFile() throws Exception {
        Path path;
        SpotCheck first;
        try (InspectionFile file = opened("replay")) {
            path = file.file();
            Inspection i = inspection(file);
            assertEquals(Optional.empty(), spot.current(file, i));
            SpotCheck other = spot.draw(file, i, "12345", null, null);
            assertEquals(services.draws().draw(zip, 12345L, null, null), other.draw());
            // redrawn while nobody is rated: the latest draw is current, the first kept
            first = spot.draw(file, i, " " + SEED + " ", null, null);
            assertEquals(expected, first.draw());
            assertEquals(services.draws().draw(zip, SEED, null, null), first.draw(), "as DrawService from the zip");
            assertEquals(2, file.read(r -> r.spotChecks().draws(i.id())).size());
            assertFalse(first.drawnBy().isBlank());
            assertFalse(first.drawnAt().isBlank());
            assertEquals(expected.size(), first.workers().size());
            assertEquals(expected.people(), first.workers().stream().map(SpotCheck.Worker::drawn).toList());
            assertTrue(first.draw().people().stream().anyMatch(d -> d.person().specialOperation()));
            assertTrue(first.draw().people().stream().anyMatch(d -> d.person().teamLeader()));
        }
        try (InspectionFile file = services.inspections().open(path)) {
            assertEquals(Optional.of(first), spot.current(file, inspection(file)));
        }
    }

    @Test
    void anAbsentWorkerIsReplacedByTheDrawsNextAndTheReplacementIsRecorded() throws Exception {
        try (InspectionFile file = opened("replace")) {
            Inspection i = inspection(file);
            SpotCheck drawn = spot.draw(file, i, SEED, null, null);
            FramePerson absent = drawn.workers().get(1).person();
            List<FramePerson> taken = drawn.workers().stream().map(SpotCheck.Worker::person).toList();
            DrawResult.Drawn next = new SpotCheckDraw(frame, SEED).replacement(absent, taken).orElseThrow();

            refused(file, i, InspectionException.Reason.SPOT_CHECK, ZH.get("spotcheck.error.reason", absent.name()),
                    () -> spot.replace(file, i, absent, "  "));
            SpotCheck after = spot.replace(file, i, absent, "病假");

            assertEquals(List.of(new SpotCheck.Replacement(absent, next.person(), "病假",
                    after.replacements().get(0).recordedBy(), after.replacements().get(0).recordedAt())),
                    after.replacements());
            assertFalse(after.replacements().get(0).recordedBy().isBlank());
            SpotCheck.Worker added = after.workers().get(after.workers().size() - 1);
            assertTrue(added.replacement());
            assertEquals(next.person(), added.person());
            assertEquals(next.drawNumber(), added.drawn().drawNumber());
            assertEquals(drawn.draw(), after.draw(), "the draw itself is unchanged");
            assertEquals(next.person(), after.toQuestion().get(1).person(), "in the absent one's place");
            assertEquals(drawn.workers().size(), after.toQuestion().size());

            FramePerson notDrawn = frame.people().stream().filter(p -> after.worker(p).isEmpty()).findFirst()
                    .orElseThrow();
            refused(file, i, InspectionException.Reason.SPOT_CHECK, ZH.get("spotcheck.error.replaced", absent.name(),
                    absent.employeeNumber(), next.person().name()), () -> spot.replace(file, i, absent, "再次"));
            refused(file, i, InspectionException.Reason.SPOT_CHECK, ZH.get("spotcheck.error.replaced", absent.name(),
                    absent.employeeNumber(), next.person().name()),
                    () -> spot.rate(file, i, absent, Familiarity.FAMILIAR, "", null));
            refused(file, i, InspectionException.Reason.SPOT_CHECK, ZH.get("spotcheck.error.notDrawn", notDrawn.name(),
                    notDrawn.employeeNumber()), () -> spot.replace(file, i, notDrawn, "病假"));
        }
    }

    @Test
    void whenEveryoneIsDrawnNobodyIsLeftToReplace() throws Exception {
        try (InspectionFile file = opened("everyone")) {
            Inspection i = inspection(file);
            SpotCheck all = spot.draw(file, i, SEED, frame.size(), null);
            assertEquals(frame.size(), all.workers().size());
            FramePerson absent = all.workers().get(0).person();
            refused(file, i, InspectionException.Reason.SPOT_CHECK,
                    ZH.get("spotcheck.error.noneLeft", absent.name(), frame.size()),
                    () -> spot.replace(file, i, absent, "出差"));
        }
    }

    @Test
    void aWorkersBriefAndQuestionsComeFromThePostsContent() throws Exception {
        try (InspectionFile file = opened("questions")) {
            Inspection i = inspection(file);
            SpotCheck drawn = spot.draw(file, i, SEED, null, null);
            LocalDate day = LocalDate.parse(i.packageCreatedAt().substring(0, 10));
            int withQuestions = 0;
            boolean emergencyCard = false;
            boolean fromCard = false;
            try (Workspace ws = Workspace.open(SamplePackage.get().workspace())) {
                for (SpotCheck.Worker w : drawn.workers().subList(0, 4)) {
                    PostBrief brief = spot.questions(file, i, w.person());
                    Optional<Post> post = ws.read(s -> SamplingFrame.postOf(s, w.person()));
                    assertEquals(post.map(Post::name).orElse(w.person().post()), brief.post());
                    if (post.isEmpty()) {
                        continue;
                    }
                    QuestionGenerator.Source source = ws.read(s -> QuestionGenerator.source(s, post.get(), day));
                    List<ExamQuestion> made = new ArrayList<>(new QuestionGenerator().generate(source));
                    ContentVersion card = ws.read(s -> QuestionGenerator.counting(s, post.get().id(),
                            ContentKind.EMERGENCY_CARD, day));
                    made.addAll(new QuestionGenerator().generateFromEmergencyCard(post.get().id(), post.get().name(),
                            card));
                    assertEquals(card == null ? null : card.body(), brief.emergencyCard());
                    fromCard |= card != null && brief.questions().stream()
                            .anyMatch(q -> card.id().equals(q.sourceVersionId()) && q.stem().contains("应急处置"));
                    assertEquals(source.dutyList() == null ? List.of()
                            : ((DutyList) source.dutyList().body()).items(), brief.duties());
                    assertEquals(source.procedure() == null ? null : source.procedure().body(), brief.procedure());
                    emergencyCard |= brief.emergencyCard() != null && !brief.emergencyCard().isEmpty();
                    assertTrue(made.containsAll(brief.questions()), "made by the exam question generator");
                    assertTrue(brief.questions().size() <= 3);
                    assertEquals(brief.questions().size(), brief.questions().stream().distinct().count());
                    if (made.size() >= 2) {
                        withQuestions++;
                        assertTrue(brief.questions().size() >= 2, brief.toString());
                        assertTrue(brief.questions().stream().allMatch(q -> !q.answer().isBlank()));
                    }
                }
            }
            assertTrue(withQuestions >= 2, "the sample's posts give questions");
            assertTrue(emergencyCard, "the sample's posts have emergency cards");
            assertTrue(fromCard, "a question from the emergency card");
            FramePerson one = drawn.workers().get(0).person();
            assertEquals(spot.questions(file, i, one), spot.questions(file, i, one), "the same draw asks the same");
            FramePerson notDrawn = frame.people().stream().filter(p -> drawn.worker(p).isEmpty()).findFirst()
                    .orElseThrow();
            refused(file, i, InspectionException.Reason.SPOT_CHECK, ZH.get("spotcheck.error.notDrawn", notDrawn.name(),
                    notDrawn.employeeNumber()), () -> spot.questions(file, i, notDrawn));
        }
    }

    @Test
    void ratingsRoundTripWithPhotoAndQuestionsInTheDrawsOrderAndThenTheDrawIsFinal() throws Exception {
        Path path;
        SpotCheck.Rating second;
        FramePerson a;
        FramePerson b;
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x11, 0x22, (byte) 0xFF, (byte) 0xD9};
        try (InspectionFile file = opened("ratings")) {
            path = file.file();
            Inspection i = inspection(file);
            SpotCheck drawn = spot.draw(file, i, SEED, null, null);
            a = drawn.workers().get(0).person();
            b = drawn.workers().get(1).person();
            // rated out of order: the ratings still come in the draw's order
            second = spot.rate(file, i, b, Familiarity.UNFAMILIAR, " 说不出本岗位的应急处置步骤 ",
                    new RatingPhoto("现场.jpg", "image/jpeg", jpeg));
            assertEquals(Familiarity.UNFAMILIAR, second.familiarity());
            assertEquals("说不出本岗位的应急处置步骤", second.note());
            assertArrayEquals(jpeg, second.photo().bytes());
            assertEquals("现场.jpg", second.photo().name());
            assertEquals("image/jpeg", second.photo().type());
            assertEquals(spot.questions(file, i, b).questions(), second.questions());
            SpotCheck.Rating first = spot.rate(file, i, a, Familiarity.FAMILIAR, "", null);
            assertNull(first.photo());

            FramePerson notDrawn = frame.people().stream().filter(p -> drawn.worker(p).isEmpty()).findFirst()
                    .orElseThrow();
            InspectionException.Reason r = InspectionException.Reason.SPOT_CHECK;
            refused(file, i, r, ZH.get("spotcheck.error.notDrawn", notDrawn.name(), notDrawn.employeeNumber()),
                    () -> spot.rate(file, i, notDrawn, Familiarity.FAMILIAR, "", null));
            refused(file, i, r, ZH.get("spotcheck.error.rated", a.name(), a.employeeNumber()),
                    () -> spot.rate(file, i, a, Familiarity.UNFAMILIAR, "", null));
            refused(file, i, r, ZH.get("spotcheck.error.rated", b.name(), b.employeeNumber()),
                    () -> spot.replace(file, i, b, "病假"));
            refused(file, i, r, ZH.get("spotcheck.error.redraw"), () -> spot.draw(file, i, SEED + 1, null, null));
            refused(file, i, r, ZH.get("spotcheck.error.redraw"), () -> spot.draw(file, i, "1", 3, null));
            SpotCheckRepository.DrawRow row = file.read(x -> x.spotChecks().current(i.id())).orElseThrow();
            RuntimeException schema = assertThrows(RuntimeException.class,
                    () -> file.write(x -> x.spotChecks().insertDraw(row, List.of(), List.of())));
            assertTrue(String.valueOf(schema.getMessage()).contains("cannot be drawn again"), schema.getMessage());
            FramePerson c = drawn.workers().get(2).person();
            refused(file, i, r, ZH.get("spotcheck.error.familiarity", c.name()),
                    () -> spot.rate(file, i, c, null, "", null));
            refused(file, i, r, ZH.get("spotcheck.error.photo", "空.jpg"),
                    () -> spot.rate(file, i, c, Familiarity.FAMILIAR, "", new RatingPhoto("空.jpg", "image/jpeg",
                            new byte[0])));
        }
        try (InspectionFile file = services.inspections().open(path)) {
            Inspection i = inspection(file);
            SpotCheck again = spot.current(file, i).orElseThrow();
            assertEquals(second, again.rating(b).orElseThrow());
            assertArrayEquals(jpeg, again.rating(b).orElseThrow().photo().bytes());
            assertEquals(2, again.ratings().size());
            SpotCheckRatings ratings = spot;
            assertEquals(List.of(
                    new SpotCheckRatings.Rated(a.name(), a.employeeNumber(), a.stratum(), a.post(), Familiarity.FAMILIAR),
                    new SpotCheckRatings.Rated(b.name(), b.employeeNumber(), b.stratum(), b.post(),
                            Familiarity.UNFAMILIAR)), ratings.ratings(file, i));
        }
    }

    @Test
    void anEmergencyCardsStepsBecomeQuestionsAndOneQuestionIsChosenFromEachContent() {
        EmergencyCard card = new EmergencyCard(List.of(new EmergencyScenario("火灾",
                List.of("立即切断电源并报告班长", "使用干粉灭火器扑救初起火灾"), List.of())));
        ContentVersion version = new ContentVersion(7L, 3L, ContentKind.EMERGENCY_CARD, 1, VersionStatus.APPROVED, card,
                null, 0, null, "安全科", null, LocalDate.of(2026, 1, 1));
        List<ExamQuestion> made = new QuestionGenerator().generateFromEmergencyCard(3L, "外操工", version);
        assertEquals(List.of(), new QuestionGenerator().generateFromEmergencyCard(3L, "外操工", null));
        List<ExamQuestion> tf = made.stream().filter(q -> q.kind() == QuestionKind.TRUE_FALSE).toList();
        assertEquals(2, tf.size());
        assertTrue(tf.stream().allMatch(q -> q.stem().startsWith("按照外操工岗位应急处置卡，发生“火灾”时：")
                && q.sourceVersionId() == 7L && q.postId() == 3L), tf.toString());
        assertTrue(tf.stream().anyMatch(q -> q.stem().contains("使用干粉灭火器扑救初起火灾") && q.answer().equals("对")));
        assertTrue(made.stream().anyMatch(q -> q.kind() == QuestionKind.FILL_BLANK && !q.answer().isBlank()));

        List<ExamQuestion> mixed = new ArrayList<>();
        for (long source : new long[] {1, 2}) {
            for (QuestionKind kind : QuestionKind.values()) {
                mixed.add(new ExamQuestion(null, 3L, kind, kind + " " + source, List.of(), "对", QuestionOrigin.GENERATED,
                        source, false));
            }
        }
        mixed.addAll(made);
        List<ExamQuestion> chosen = SpotCheckService.choose(mixed, new java.util.Random(42));
        assertEquals(List.of(1L, 2L, 7L), chosen.stream().map(ExamQuestion::sourceVersionId).toList());
        assertEquals(List.of(QuestionKind.TRUE_FALSE, QuestionKind.SINGLE_CHOICE, QuestionKind.FILL_BLANK),
                chosen.stream().map(ExamQuestion::kind).toList());
        assertEquals(2, SpotCheckService.choose(mixed.subList(0, 3), new java.util.Random(1)).size(),
                "two from a single content");
    }

    @Test
    void aRatingOfAReplacementTakesTheAbsentOnesPlace() throws Exception {
        try (InspectionFile file = opened("replacedRated")) {
            Inspection i = inspection(file);
            SpotCheck drawn = spot.draw(file, i, SEED, null, null);
            FramePerson absent = drawn.workers().get(0).person();
            FramePerson second = drawn.workers().get(1).person();
            FramePerson stand = spot.replace(file, i, absent, "轮休").replacements().get(0).replacement();
            spot.rate(file, i, second, Familiarity.BASICALLY_FAMILIAR, "", null);
            spot.rate(file, i, stand, Familiarity.FAMILIAR, "", null);
            assertEquals(List.of(stand.name(), second.name()),
                    spot.ratings(file, i).stream().map(SpotCheckRatings.Rated::name).toList());
        }
    }

    @Test
    void aSeedThatIsNoNumberAndASizeOutsideThePopulationAreRefusedWithNothingWritten() throws Exception {
        try (InspectionFile file = opened("bad")) {
            Inspection i = inspection(file);
            InspectionException.Reason r = InspectionException.Reason.BAD_INPUT;
            refused(file, i, r, ZH.get("draw.error.seed", "12ab"), () -> spot.draw(file, i, "12ab", null, null));
            refused(file, i, r, ZH.get("draw.error.seed", "-5"), () -> spot.draw(file, i, "-5", null, null));
            refused(file, i, r, ZH.get("draw.error.sizeBelow", "0"), () -> spot.draw(file, i, "1", 0, null));
            refused(file, i, r, ZH.get("draw.error.size", String.valueOf(frame.size() + 1), String.valueOf(frame.size())),
                    () -> spot.draw(file, i, "1", frame.size() + 1, null));
            refused(file, i, InspectionException.Reason.SPOT_CHECK, ZH.get("spotcheck.error.noDraw"),
                    () -> spot.rate(file, i, frame.people().get(0), Familiarity.FAMILIAR, "", null));
            assertEquals(List.of(), file.read(x -> x.spotChecks().draws(i.id())));
            // a new seed when none is typed: eight digits, shown with the draw
            SpotCheck fresh = spot.draw(file, i, "", null, null);
            assertEquals(8, String.valueOf(fresh.seed()).length());
            assertNotEquals(new ArrayList<>(), fresh.workers());
        }
    }

    @Test
    void onceTheOnSiteRecordIsSignedTheSpotCheckIsFinal() throws Exception {
        try (InspectionFile file = opened("signed")) {
            Inspection i = inspection(file);
            SpotCheck drawn = spot.draw(file, i, SEED, null, null);
            FramePerson a = drawn.workers().get(0).person();
            FramePerson b = drawn.workers().get(1).person();
            spot.rate(file, i, a, Familiarity.FAMILIAR, "", null);
            SignedRecord signed = services.inspectionReviews().sign(file, i, spot, new OnSiteRecord(
                    "2026-12-07 09:30", "合成车间", "全员安全生产责任制落实情况验收", "", "", List.of("张检查"), "李安全",
                    false, "", "", ""));
            String message = ZH.get("spotcheck.error.signed", i.enterpriseName(), signed.signedAt());
            refused(file, i, InspectionException.Reason.SPOT_CHECK, message,
                    () -> spot.rate(file, i, b, Familiarity.UNFAMILIAR, "", null));
            refused(file, i, InspectionException.Reason.SPOT_CHECK, message,
                    () -> spot.replace(file, i, b, "请假"));
            refused(file, i, InspectionException.Reason.SPOT_CHECK, message,
                    () -> spot.draw(file, i, SEED + 1, null, null));
            long person = drawn.workers().get(1).id();
            RuntimeException e = assertThrows(RuntimeException.class, () -> file.write(r -> {
                r.spotChecks().insertRating(person, Familiarity.FAMILIAR, "", null, List.of());
                return null;
            }));
            assertTrue(String.valueOf(e.getMessage()).contains("the inspection is signed"), e.getMessage());
            assertEquals(List.of(a.name()), spot.ratings(file, i).stream().map(SpotCheckRatings.Rated::name).toList());
        }
    }
}
