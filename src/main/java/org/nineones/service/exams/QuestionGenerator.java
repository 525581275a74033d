package org.nineones.service.exams;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.zip.CRC32;

import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.exams.QuestionKind;
import org.nineones.model.exams.QuestionOrigin;
import org.nineones.store.Store;

/**
 * Makes a post's exam questions from its duty list and operating procedure. Deterministic: the same content (and
 * the same pool of other posts' items for distractors) gives the same questions in the same order; every choice is
 * drawn from a {@link Random} seeded with a CRC-32 of the text it concerns.
 *
 * <p>The questions are content, like the duty list they come from, so their wording is Chinese whatever the
 * interface language; it is data, in {@code /exams/question-texts.properties} ({@link QuestionTexts}). What is made:
 * <ul>
 * <li>True/false: per duty, either the duty as stated (对) or altered (错): a negation by the rules of
 * {@link #NEGATIONS} (不得→可以, 严禁→允许, 必须→不必…), else the responsible party swapped for another duty's, else the
 * scope swapped for another duty's. Per prohibited act: stated as forbidden (对), or negated / stated as allowed (错).
 * Per procedure step: stated under its stage (对), or negated by the same rules (错).
 * <li>Single choice (A–D): which is a duty of this post (distractors: other posts' duties not in this list), which is
 * a prohibited act (distractors: this post's own work steps), which is this post's protective equipment
 * (distractors: other posts' equipment not in this list, else common equipment), and at which stage of work a
 * procedure step belongs (作业前/作业中/作业后).
 * <li>Fill in the blank: the longest key term (every place it occurs) (the duty's category, the post's protective equipment, or a term of
 * {@code /exams/key-terms.txt}) blanked out of a duty, a procedure step or a prohibited act.
 * </ul>
 */
public final class QuestionGenerator {

    private static final QuestionTexts TEXTS = QuestionTexts.defaults();

    /** How a duty or act is turned into its opposite: the first rule whose word occurs, once, at its first place. */
    static final List<String[]> NEGATIONS = TEXTS.pairs("negations");

    /** Equipment offered as distractors when other posts name too little of their own. */
    static final List<String> COMMON_EQUIPMENT = TEXTS.list("commonEquipment");

    private static final int OPTIONS = 4;
    private static final int MIN_TERM = 2;
    private static final List<String> TERMS = loadTerms();

    /** What a post's questions are made from: its content versions and other posts' items for distractors. */
    public record Source(long postId, String postName, ContentVersion dutyList, ContentVersion procedure,
                         Collection<String> otherDuties, Collection<String> otherEquipment) {
    }

    /**
     * What a post's questions are made from in a workspace's records on {@code day}: its duty list and procedure in
     * force that day (else their drafts), and the duties and protective equipment of the other posts' content
     * counting that day, for distractors. The exam question bank and the inspector's spot check both ask so.
     */
    public static Source source(Store store, Post post, LocalDate day) {
        long postId = post.id();
        List<String> otherDuties = new ArrayList<>();
        store.content().counting(ContentKind.DUTY_LIST, day).forEach((id, v) -> {
            if (id != postId && v.body() instanceof DutyList list) {
                list.items().stream().map(DutyItem::duty).forEach(otherDuties::add);
            }
        });
        List<String> otherEquipment = new ArrayList<>();
        store.content().counting(ContentKind.PROCEDURE, day).forEach((id, v) -> {
            if (id != postId && v.body() instanceof OperatingProcedure p) {
                otherEquipment.addAll(p.protectiveEquipment());
            }
        });
        return new Source(postId, post.name(), counting(store, postId, ContentKind.DUTY_LIST, day),
                counting(store, postId, ContentKind.PROCEDURE, day), otherDuties, otherEquipment);
    }

    /** A post's content of a kind in force on {@code day}, else its draft, else {@code null}. */
    public static ContentVersion counting(Store store, long postId, ContentKind kind, LocalDate day) {
        return store.content().inForce(postId, kind, day).or(() -> store.content().draft(postId, kind)).orElse(null);
    }

    /** The questions for a post, in a fixed order: duties first, then the procedure; by kind within each. */
    public List<ExamQuestion> generate(Source source) {
        List<ExamQuestion> out = new ArrayList<>();
        String post = source.postName();
        if (source.dutyList() != null && source.dutyList().body() instanceof DutyList list && !list.isEmpty()) {
            fromDuties(source, post, list, source.dutyList().id(), out);
        }
        if (source.procedure() != null && source.procedure().body() instanceof OperatingProcedure p && !p.isEmpty()) {
            fromProcedure(source, post, p, source.procedure().id(), out);
        }
        return out;
    }

    /**
     * The questions of a post's emergency card (应急处置卡), as the inspector's spot check asks them: per step of each
     * scenario, the step stated under its scenario (对) or, when the random says so and a negation rule applies,
     * negated (错); then per step with a key term, that term blanked. Empty without a card.
     */
    public List<ExamQuestion> generateFromEmergencyCard(long postId, String postName, ContentVersion emergencyCard) {
        List<ExamQuestion> out = new ArrayList<>();
        if (emergencyCard == null || !(emergencyCard.body() instanceof EmergencyCard card) || card.isEmpty()) {
            return out;
        }
        Source source = new Source(postId, postName, null, null, List.of(), List.of());
        String prefix = TEXTS.get("emergency.prefix", postName);
        for (EmergencyScenario scenario : card.scenarios()) {
            for (String step : scenario.steps()) {
                String negated = negate(step);
                boolean alter = negated != null && random("emergency", step).nextBoolean();
                out.add(tf(source, TEXTS.get("tf.emergency", prefix, scenario.name(), alter ? negated : step), !alter,
                        emergencyCard.id()));
            }
        }
        for (EmergencyScenario scenario : card.scenarios()) {
            for (String step : scenario.steps()) {
                blank(source, TEXTS.get("blank.emergency", scenario.name()), step, List.of(), emergencyCard.id())
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    private void fromDuties(Source source, String post, DutyList list, Long versionId, List<ExamQuestion> out) {
        List<DutyItem> items = list.items().stream().filter(d -> !d.duty().isBlank()).toList();
        Set<String> own = new LinkedHashSet<>();
        items.forEach(d -> own.add(d.duty()));
        List<String> pool = sortedExcluding(source.otherDuties(), own);
        for (DutyItem item : items) {
            Random random = random("tf", item.duty());
            String responsible = responsible(item);
            String prefix = TEXTS.get("duty.prefix", post);
            ExamQuestion statement = tf(source, TEXTS.get("tf.statement", prefix, item.duty()), true, versionId);
            if (random.nextBoolean()) {
                String negated = negate(item.duty());
                String otherResponsible = other(items, item, DutyQuestionsField.RESPONSIBLE, random);
                String otherScope = other(items, item, DutyQuestionsField.SCOPE, random);
                if (negated != null) {
                    statement = tf(source, TEXTS.get("tf.statement", prefix, negated), false, versionId);
                } else if (otherResponsible != null) {
                    statement = tf(source, TEXTS.get("tf.otherResponsible", prefix, item.duty(), otherResponsible,
                            responsible), false, versionId);
                } else if (otherScope != null) {
                    statement = tf(source, TEXTS.get("tf.otherScope", prefix, item.duty(), otherScope), false,
                            versionId);
                }
            }
            out.add(statement);
        }
        for (DutyItem item : items) {
            choice(source, TEXTS.get("choice.duty", post), item.duty(), pool, versionId)
                    .ifPresent(out::add);
        }
        for (DutyItem item : items) {
            List<String> extra = new ArrayList<>();
            if (item.category().length() >= MIN_TERM) {
                extra.add(item.category());
            }
            blank(source, TEXTS.get("blank.duty"), item.duty(), extra, versionId).ifPresent(out::add);
        }
    }

    private void fromProcedure(Source source, String post, OperatingProcedure p, Long versionId,
                               List<ExamQuestion> out) {
        String prefix = TEXTS.get("procedure.prefix", post);
        for (String act : p.prohibitedActs()) {
            Random random = random("act", act);
            if (random.nextBoolean()) {
                out.add(tf(source, TEXTS.get("tf.forbidden", prefix, act), true, versionId));
            } else {
                String negated = negate(act);
                out.add(negated != null ? tf(source, TEXTS.get("tf.statement", prefix, negated), false, versionId)
                        : tf(source, TEXTS.get("tf.allowed", prefix, act), false, versionId));
            }
        }
        List<String> stageNames = TEXTS.list("stages");
        List<List<String>> stageSteps = List.of(p.beforeWork(), p.duringWork(), p.afterWork());
        for (int s = 0; s < stageSteps.size(); s++) {
            for (String step : stageSteps.get(s)) {
                String negated = negate(step);
                boolean alter = negated != null && random("step", step).nextBoolean();
                out.add(alter ? tf(source, TEXTS.get("tf.stage", prefix, stageNames.get(s), negated), false, versionId)
                        : tf(source, TEXTS.get("tf.stage", prefix, stageNames.get(s), step), true, versionId));
            }
        }
        List<String> steps = new ArrayList<>();
        steps.addAll(p.beforeWork());
        steps.addAll(p.duringWork());
        steps.addAll(p.afterWork());
        List<String> stepPool = sortedExcluding(steps, new LinkedHashSet<>(p.prohibitedActs()));
        for (String act : p.prohibitedActs()) {
            choice(source, TEXTS.get("choice.forbidden", post), act, stepPool, versionId)
                    .ifPresent(out::add);
        }
        Set<String> ownEquipment = new LinkedHashSet<>(p.protectiveEquipment());
        List<String> equipmentPool = sortedExcluding(source.otherEquipment(), ownEquipment);
        if (equipmentPool.size() < OPTIONS - 1) {
            Set<String> more = new LinkedHashSet<>(equipmentPool);
            more.addAll(sortedExcluding(COMMON_EQUIPMENT, ownEquipment));
            equipmentPool = new ArrayList<>(more);
        }
        for (String equipment : p.protectiveEquipment()) {
            choice(source, TEXTS.get("choice.equipment", post), equipment, equipmentPool, versionId)
                    .ifPresent(out::add);
        }
        List<String> stages = TEXTS.list("stages");
        List<List<String>> byStage = List.of(p.beforeWork(), p.duringWork(), p.afterWork());
        for (int s = 0; s < byStage.size(); s++) {
            for (String step : byStage.get(s)) {
                out.add(new ExamQuestion(null, source.postId(), QuestionKind.SINGLE_CHOICE,
                        TEXTS.get("choice.stage", step, post), stages,
                        ExamQuestion.letter(s), QuestionOrigin.GENERATED, versionId, false));
            }
        }
        List<String> equipment = new ArrayList<>(ownEquipment);
        for (int s = 0; s < byStage.size(); s++) {
            for (String step : byStage.get(s)) {
                blank(source, TEXTS.get("blank.stage", stages.get(s)), step, equipment, versionId).ifPresent(out::add);
            }
        }
        for (String act : p.prohibitedActs()) {
            blank(source, TEXTS.get("blank.forbidden"), act, equipment, versionId).ifPresent(out::add);
        }
    }

    private static ExamQuestion tf(Source source, String stem, boolean truth, Long versionId) {
        return new ExamQuestion(null, source.postId(), QuestionKind.TRUE_FALSE, oneFullStop(stem), List.of(),
                truth ? ExamQuestion.TRUE : ExamQuestion.FALSE, QuestionOrigin.GENERATED, versionId, false);
    }

    /** A statement ends with one full stop, also when the duty or step it quotes ends with its own ("…报告。。"). */
    static String oneFullStop(String stem) {
        return stem.replaceAll("[。；;，,.、\\s]+。$", "。");
    }

    /** A single-choice question with the right answer and three distractors from the pool, or empty. */
    private static java.util.Optional<ExamQuestion> choice(Source source, String stem, String right, List<String> pool,
                                                           Long versionId) {
        List<String> candidates = new ArrayList<>(pool);
        candidates.remove(right);
        if (candidates.size() < OPTIONS - 1) {
            return java.util.Optional.empty();
        }
        Random random = random(stem, right);
        java.util.Collections.shuffle(candidates, random);
        List<String> options = new ArrayList<>(candidates.subList(0, OPTIONS - 1));
        int at = random.nextInt(OPTIONS);
        options.add(at, right);
        return java.util.Optional.of(new ExamQuestion(null, source.postId(), QuestionKind.SINGLE_CHOICE, stem, options,
                ExamQuestion.letter(at), QuestionOrigin.GENERATED, versionId, false));
    }

    /** A fill-in-the-blank question: the longest key term of the text blanked, or empty when it has none. */
    private static java.util.Optional<ExamQuestion> blank(Source source, String prefix, String text,
                                                          List<String> extraTerms, Long versionId) {
        String term = keyTerm(text, extraTerms);
        if (term == null) {
            return java.util.Optional.empty();
        }
        String stem = prefix + text.replace(term, ExamQuestion.BLANK);
        return java.util.Optional.of(new ExamQuestion(null, source.postId(), QuestionKind.FILL_BLANK, stem, List.of(),
                term, QuestionOrigin.GENERATED, versionId, false));
    }

    /** The longest term found in the text (the first in the list on a tie), unless it is the whole text. */
    static String keyTerm(String text, List<String> extraTerms) {
        String best = null;
        List<String> all = new ArrayList<>(extraTerms);
        all.addAll(TERMS);
        for (String term : all) {
            if (term.length() >= MIN_TERM && term.length() < text.length() && text.contains(term)
                    && (best == null || term.length() > best.length())) {
                best = term;
            }
        }
        return best;
    }

    /** The text turned into its opposite by the first negation rule that applies, or null when none does. */
    static String negate(String text) {
        for (String[] rule : NEGATIONS) {
            int at = text.indexOf(rule[0]);
            if (at >= 0) {
                return text.substring(0, at) + rule[1] + text.substring(at + rule[0].length());
            }
        }
        return null;
    }

    private enum DutyQuestionsField { RESPONSIBLE, SCOPE }

    /** Another duty's responsible party or scope that differs from this duty's, drawn by the random, or null. */
    private static String other(List<DutyItem> items, DutyItem item, DutyQuestionsField field, Random random) {
        String own = field == DutyQuestionsField.RESPONSIBLE ? responsible(item) : item.scope();
        Set<String> others = new TreeSet<>();
        for (DutyItem d : items) {
            String value = field == DutyQuestionsField.RESPONSIBLE ? responsible(d) : d.scope();
            if (!value.isBlank() && !value.equals(own)) {
                others.add(value);
            }
        }
        if (others.isEmpty() || own.isBlank()) {
            return null;
        }
        List<String> list = new ArrayList<>(others);
        return list.get(random.nextInt(list.size()));
    }

    private static String responsible(DutyItem item) {
        return item.responsible().isBlank() ? DutyItem.THIS_POST : item.responsible();
    }

    private static List<String> sortedExcluding(Collection<String> values, Set<String> excluded) {
        Set<String> sorted = new TreeSet<>(Comparator.naturalOrder());
        for (String v : values) {
            if (v != null && !v.isBlank() && !excluded.contains(v)) {
                sorted.add(v.strip());
            }
        }
        return new ArrayList<>(sorted);
    }

    static Random random(String salt, String text) {
        CRC32 crc = new CRC32();
        crc.update((salt + "\u0000" + text).getBytes(StandardCharsets.UTF_8));
        return new Random(crc.getValue());
    }

    private static List<String> loadTerms() {
        List<String> terms = new ArrayList<>();
        try (InputStream in = QuestionGenerator.class.getResourceAsStream("/exams/key-terms.txt")) {
            if (in == null) {
                throw new IllegalStateException("/exams/key-terms.txt is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String term = line.strip();
                if (!term.isEmpty() && !term.startsWith("#")) {
                    terms.add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
