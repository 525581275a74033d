package org.nineones.service.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.RatingPhoto;
import org.nineones.pack.CreatedAt;
import org.nineones.service.acceptance.RecomputedRecords;
import org.nineones.service.exams.QuestionGenerator;
import org.nineones.store.InspectionFile;
import org.nineones.store.InspectionRepository;
import org.nineones.store.SpotCheckRepository;
import org.nineones.store.SpotCheckRepository.PersonRow;

/**
 * The spot check of an inspection, kept in the inspector's inspection file (issue 13, point 4): the draw stored with
 * what replays it (the same people as {@link DrawService} draws from the package for the same seed), an absent
 * worker replaced by the next one the same draw gives, each worker's post brief with questions from the exam question
 * generator, and the ratings the review reads ({@link SpotCheckRatings}). A new draw is allowed until the first
 * rating. Each refusal is an {@link InspectionException} and leaves the file as it was.
 */
public final class SpotCheckService implements SpotCheckRatings {

    /** Questions put to a worker: at most this many, and at least two where the post's content gives them. */
    static final int QUESTIONS = 3;
    private static final String REPLACEMENT = "REPLACEMENT";
    private static final List<QuestionKind> KINDS = List.of(QuestionKind.TRUE_FALSE, QuestionKind.SINGLE_CHOICE,
            QuestionKind.FILL_BLANK);

    private final Messages messages;
    private final InspectionService inspections;
    private final DrawService draws;
    private final QuestionGenerator generator = new QuestionGenerator();

    public SpotCheckService(Messages messages, InspectionService inspections, DrawService draws) {
        this.messages = messages;
        this.inspections = inspections;
        this.draws = draws;
    }

    /**
     * Draws as typed: {@code seed} blank for a new one, else a non-negative whole number.
     *
     * @param size the inspector's size, or {@code null} for the rule's
     * @param rule the rule's name, or {@code null} for the default rule
     */
    public SpotCheck draw(InspectionFile file, Inspection inspection, String seed, Integer size, String rule) {
        long s = seed == null || seed.isBlank() ? draws.newSeed() : draws.parseSeed(seed);
        return draw(file, inspection, s, size, rule);
    }

    /**
     * Draws from the package's people as the inspection file holds them and stores the draw, replacing the current one
     * (kept in the file) while nobody is rated; refused after the first rating.
     */
    public SpotCheck draw(InspectionFile file, Inspection inspection, long seed, Integer size, String rule) {
        refuseSigned(file, inspection);
        refuseRedraw(file.read(r -> r.spotChecks().hasRatings(inspection.id())));
        DrawResult drawn = withRecords(file, inspection, loaded -> draws.draw(SamplingFrame.of(loaded.workspace()), seed,
                size, rule));
        file.write(r -> {
            SpotCheckRepository spot = r.spotChecks();
            refuseSigned(r, inspection);
            refuseRedraw(spot.hasRatings(inspection.id()));
            List<SpotCheckRepository.PlanRow> plan = drawn.plan().stream()
                    .map(s -> new SpotCheckRepository.PlanRow(s.orgUnit(), s.people(), s.allotted(), s.drawn())).toList();
            List<PersonRow> people = new ArrayList<>();
            for (DrawResult.Drawn d : drawn.people()) {
                people.add(row(people.size() + 1, d, d.addition().name()));
            }
            return spot.insertDraw(new SpotCheckRepository.DrawRow(0, inspection.id(), drawn.seed(), drawn.algorithm(),
                    drawn.frameSha256(), drawn.population(), drawn.ruleSize(), drawn.rule(), "", ""), plan, people);
        });
        return current(file, inspection).orElseThrow();
    }

    /** The inspection's current spot check, when it has been drawn. */
    public Optional<SpotCheck> current(InspectionFile file, Inspection inspection) {
        return file.read(r -> current(r.spotChecks(), inspection));
    }

    /**
     * Replaces an absent worker (not rated, not replaced already) by the next one the same draw gives: the next draw
     * number of the same org unit among those not drawn yet, else the lowest left overall. Recorded with the reason.
     */
    public SpotCheck replace(InspectionFile file, Inspection inspection, FramePerson absent, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw refusal("spotcheck.error.reason", absent.name());
        }
        refuseSigned(file, inspection);
        SpotCheck before = checkPresent(file.read(r -> current(r.spotChecks(), inspection)), absent);
        SamplingFrame frame = withRecords(file, inspection, loaded -> SamplingFrame.of(loaded.workspace()));
        if (!frame.sha256().equals(before.draw().frameSha256())) {
            throw new InspectionException(InspectionException.Reason.ALTERED, messages.get("spotcheck.error.frame",
                    inspection.packageName(), before.draw().frameSha256(), frame.sha256()), file.file(), null);
        }
        List<FramePerson> taken = before.workers().stream().map(SpotCheck.Worker::person).toList();
        DrawResult.Drawn next = new SpotCheckDraw(frame, before.seed()).replacement(absent, taken).orElseThrow(() ->
                refusal("spotcheck.error.noneLeft", absent.name(), frame.size()));
        file.write(r -> {
            refuseSigned(r, inspection);
            SpotCheckRepository spot = r.spotChecks();
            SpotCheck now = checkPresent(current(spot, inspection), absent);
            PersonRow added = spot.addPerson(now.id(), row(now.workers().size() + 1, next, REPLACEMENT));
            spot.insertReplacement(now.worker(absent).orElseThrow().id(), added.id(), why);
            return null;
        });
        return current(file, inspection).orElseThrow();
    }

    /**
     * The post brief of a worker of the current draw: the post's duties, procedure and emergency card from the
     * package's records, and {@value #QUESTIONS} questions at most (two where the content gives them) made from them by
     * the exam question generator, chosen by the worker's draw number so the same draw asks the same.
     */
    public PostBrief questions(InspectionFile file, Inspection inspection, FramePerson person) {
        SpotCheck check = file.read(r -> current(r.spotChecks(), inspection)).orElseThrow(() ->
                refusal("spotcheck.error.noDraw"));
        SpotCheck.Worker worker = check.worker(person).orElseThrow(() -> notDrawn(person));
        LocalDate day = packageDay(inspection);
        return withRecords(file, inspection, loaded -> loaded.workspace().read(store -> {
            Optional<Post> post = SamplingFrame.postOf(store, person);
            if (post.isEmpty()) {
                return new PostBrief(person, person.post(), List.of(), null, null, List.of());
            }
            QuestionGenerator.Source source = QuestionGenerator.source(store, post.get(), day);
            ContentVersion card = QuestionGenerator.counting(store, post.get().id(), ContentKind.EMERGENCY_CARD, day);
            return new PostBrief(person, post.get().name(),
                    source.dutyList() != null && source.dutyList().body() instanceof DutyList list ? list.items()
                            : List.of(),
                    source.procedure() != null && source.procedure().body() instanceof OperatingProcedure p ? p : null,
                    card != null && card.body() instanceof EmergencyCard c ? c : null,
                    choose(made(source, card), new Random(worker.drawn().drawNumber())));
        }));
    }

    /**
     * Rates a worker of the current draw who is present and not rated yet, with the questions {@link #questions}
     * gives him or her; final once recorded.
     *
     * @param photo a photo taken, or {@code null}
     */
    public SpotCheck.Rating rate(InspectionFile file, Inspection inspection, FramePerson person, Familiarity familiarity,
                                 String note, RatingPhoto photo) {
        if (familiarity == null) {
            throw refusal("spotcheck.error.familiarity", person.name());
        }
        if (photo != null && photo.bytes().length == 0) {
            throw refusal("spotcheck.error.photo", photo.name());
        }
        RatingPhoto kept = photo == null || !photo.name().isEmpty() ? photo
                : new RatingPhoto("photo", photo.type(), photo.bytes());
        refuseSigned(file, inspection);
        checkPresent(file.read(r -> current(r.spotChecks(), inspection)), person);
        List<ExamQuestion> asked = questions(file, inspection, person).questions();
        String text = note == null ? "" : note.strip();
        file.write(r -> {
            refuseSigned(r, inspection);
            SpotCheckRepository spot = r.spotChecks();
            SpotCheck now = checkPresent(current(spot, inspection), person);
            spot.insertRating(now.worker(person).orElseThrow().id(), familiarity, text, kept, asked);
            return null;
        });
        return current(file, inspection).orElseThrow().rating(person).orElseThrow();
    }

    /** The workers rated, in the draw's order (an absent one's place taken by the replacement). */
    @Override
    public List<Rated> ratings(InspectionFile file, Inspection inspection) {
        return current(file, inspection).map(c -> c.ratingsInOrder().stream()
                .map(r -> new Rated(r.person().name(), r.person().employeeNumber(), r.person().stratum(),
                        r.person().post(), r.familiarity())).toList()).orElseGet(List::of);
    }

    /**
     * Two or three questions, drawn by {@code random}: one from each content they were made from (duties, procedure,
     * emergency card) where it gives some, of a different kind each where it can, and two at least where any two exist.
     */
    static List<ExamQuestion> choose(List<ExamQuestion> made, Random random) {
        List<ExamQuestion> left = new ArrayList<>(made);
        List<ExamQuestion> chosen = new ArrayList<>();
        List<Long> sources = made.stream().map(ExamQuestion::sourceVersionId).distinct().toList();
        for (int k = 0; k < sources.size() && chosen.size() < QUESTIONS; k++) {
            Long source = sources.get(k);
            List<ExamQuestion> from = left.stream().filter(q -> Objects.equals(q.sourceVersionId(), source)).toList();
            QuestionKind kind = KINDS.get(k % KINDS.size());
            List<ExamQuestion> ofKind = from.stream().filter(q -> q.kind() == kind).toList();
            List<ExamQuestion> pool = ofKind.isEmpty() ? from : ofKind;
            ExamQuestion q = pool.get(random.nextInt(pool.size()));
            chosen.add(q);
            left.remove(q);
        }
        while (chosen.size() < 2 && !left.isEmpty()) {
            chosen.add(left.remove(random.nextInt(left.size())));
        }
        return chosen;
    }

    /** The questions the exam question generator makes of a post's duties, procedure and emergency card. */
    private List<ExamQuestion> made(QuestionGenerator.Source source, ContentVersion card) {
        List<ExamQuestion> made = new ArrayList<>(generator.generate(source));
        made.addAll(generator.generateFromEmergencyCard(source.postId(), source.postName(), card));
        return made;
    }

    private Optional<SpotCheck> current(SpotCheckRepository spot, Inspection inspection) {
        return spot.current(inspection.id()).map(d -> build(spot, d));
    }

    private static SpotCheck build(SpotCheckRepository spot, SpotCheckRepository.DrawRow d) {
        List<SpotCheck.Worker> workers = new ArrayList<>();
        List<DrawResult.Drawn> drawn = new ArrayList<>();
        Map<Long, FramePerson> byId = new HashMap<>();
        for (PersonRow p : spot.people(d.id())) {
            FramePerson person = new FramePerson(p.orgUnit(), p.employeeNumber(), p.name(), p.post(),
                    p.specialOperation(), p.teamLeader());
            boolean replacement = REPLACEMENT.equals(p.addition());
            DrawResult.Drawn one = new DrawResult.Drawn(person, p.drawNumber(),
                    replacement ? DrawResult.Addition.NONE : DrawResult.Addition.valueOf(p.addition()));
            workers.add(new SpotCheck.Worker(p.id(), p.position(), one, replacement));
            byId.put(p.id(), person);
            if (!replacement) {
                drawn.add(one);
            }
        }
        List<DrawResult.Stratum> plan = spot.plan(d.id()).stream()
                .map(p -> new DrawResult.Stratum(p.orgUnit(), p.people(), p.allotted(), p.drawn())).toList();
        DrawResult result = new DrawResult(d.seed(), d.algorithm(), d.frameSha256(), d.population(), d.ruleSize(),
                d.rule(), plan, drawn);
        List<SpotCheck.Replacement> replacements = spot.replacements(d.id()).stream()
                .map(r -> new SpotCheck.Replacement(byId.get(r.absentId()), byId.get(r.replacementId()), r.reason(),
                        r.recordedBy(), r.recordedAt())).toList();
        List<SpotCheck.Rating> ratings = spot.ratings(d.id()).stream()
                .map(r -> new SpotCheck.Rating(byId.get(r.personId()), r.familiarity(), r.note(), r.photo(),
                        r.questions(), r.ratedBy(), r.ratedAt())).toList();
        return new SpotCheck(d.id(), result, d.drawnBy(), d.drawnAt(), workers, replacements, ratings);
    }

    /** The spot check, when this person is a worker of it who is neither rated nor replaced as absent. */
    /** Refused once the inspection's on-site record is signed: the spot check is then final too. */
    private void refuseSigned(InspectionFile file, Inspection inspection) {
        file.read(r -> {
            refuseSigned(r, inspection);
            return null;
        });
    }

    private void refuseSigned(InspectionRepository r, Inspection inspection) {
        r.review().signed(inspection.id()).ifPresent(s -> {
            throw refusal("spotcheck.error.signed", inspection.enterpriseName(), s.signedAt());
        });
    }

    private SpotCheck checkPresent(Optional<SpotCheck> current, FramePerson person) {
        SpotCheck check = current.orElseThrow(() -> refusal("spotcheck.error.noDraw"));
        check.worker(person).orElseThrow(() -> notDrawn(person));
        Optional<SpotCheck.Replacement> replaced = check.replacementOf(person);
        if (replaced.isPresent()) {
            throw refusal("spotcheck.error.replaced", person.name(), person.employeeNumber(),
                    replaced.get().replacement().name());
        }
        if (check.rating(person).isPresent()) {
            throw refusal("spotcheck.error.rated", person.name(), person.employeeNumber());
        }
        return check;
    }

    private void refuseRedraw(boolean rated) {
        if (rated) {
            throw refusal("spotcheck.error.redraw");
        }
    }

    private InspectionException notDrawn(FramePerson person) {
        return refusal("spotcheck.error.notDrawn", person.name(), person.employeeNumber());
    }

    private InspectionException refusal(String key, Object... args) {
        return new InspectionException(InspectionException.Reason.SPOT_CHECK, messages.get(key, args), null, null);
    }

    private <T> T withRecords(InspectionFile file, Inspection inspection, Function<RecomputedRecords.Loaded, T> work) {
        try (RecomputedRecords.Loaded loaded = inspections.records(file, inspection)) {
            return work.apply(loaded);
        }
    }

    private static PersonRow row(int position, DrawResult.Drawn d, String addition) {
        FramePerson p = d.person();
        return new PersonRow(null, position, p.stratum(), p.employeeNumber(), p.name(), p.post(), p.specialOperation(),
                p.teamLeader(), d.drawNumber(), addition);
    }

    /** The day the package was made (its content as in force that day), else today. */
    private static LocalDate packageDay(Inspection inspection) {
        String text = inspection.packageCreatedAt() == null ? "" : inspection.packageCreatedAt().strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            CreatedAt created = CreatedAt.parse(text);
            return created.local() != null ? created.local().toLocalDate() : LocalDate.now();
        }
    }
}
