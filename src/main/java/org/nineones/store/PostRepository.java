package org.nineones.store;

import static org.nineones.store.jooq.Tables.ASSESSMENT;
import static org.nineones.store.jooq.Tables.EMPLOYEE;
import static org.nineones.store.jooq.Tables.EXAM;
import static org.nineones.store.jooq.Tables.LETTER_SIGNATURE;
import static org.nineones.store.jooq.Tables.POST;
import static org.nineones.store.jooq.Tables.POST_CONTENT_VERSION;
import static org.nineones.store.jooq.Tables.REWARD_ENTRY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.Duty;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.store.jooq.tables.records.PostRecord;

/** Posts, and their duty lists as plain texts (the full versions are in {@link PostContentRepository}). */
public final class PostRepository {

    private final DSLContext dsl;
    private final PostContentRepository content;

    PostRepository(DSLContext dsl, PostContentRepository content) {
        this.dsl = dsl;
        this.content = content;
    }

    public List<Post> all() {
        return dsl.selectFrom(POST).orderBy(POST.ORG_UNIT_ID, POST.ID).fetch(PostRepository::toModel);
    }

    public List<Post> inOrgUnit(long orgUnitId) {
        return dsl.selectFrom(POST).where(POST.ORG_UNIT_ID.eq((int) orgUnitId)).orderBy(POST.ID).fetch(PostRepository::toModel);
    }

    public Optional<Post> find(long id) {
        return dsl.selectFrom(POST).where(POST.ID.eq((int) id)).fetchOptional().map(PostRepository::toModel);
    }

    public Post insert(Post post) {
        PostRecord r = dsl.newRecord(POST);
        r.setOrgUnitId((int) post.orgUnitId());
        r.setName(post.name());
        r.setCategory(post.category().name());
        r.setRiskLevel(post.riskLevel().name());
        r.insert();
        return post.withId(Ids.lastInserted(dsl));
    }

    public void update(Post post) {
        dsl.update(POST)
                .set(POST.ORG_UNIT_ID, (int) post.orgUnitId())
                .set(POST.NAME, post.name())
                .set(POST.CATEGORY, post.category().name())
                .set(POST.RISK_LEVEL, post.riskLevel().name())
                .where(POST.ID.eq(post.id().intValue()))
                .execute();
    }

    public boolean hasEmployees(long postId) {
        return dsl.fetchExists(EMPLOYEE, EMPLOYEE.POST_ID.eq((int) postId));
    }

    /**
     * True when people's records name this post or one of its content versions (letters, exams, rewards and
     * penalties tied to its duties, assessments): such a post is kept.
     */
    public boolean hasRecords(long postId) {
        int key = (int) postId;
        return dsl.fetchExists(LETTER_SIGNATURE, LETTER_SIGNATURE.POST_ID.eq(key))
                || dsl.fetchExists(EXAM, EXAM.POST_ID.eq(key))
                || dsl.fetchExists(ASSESSMENT, ASSESSMENT.POST_ID.eq(key))
                || dsl.fetchExists(REWARD_ENTRY, REWARD_ENTRY.DUTY_VERSION_ID.in(dsl.select(POST_CONTENT_VERSION.ID)
                        .from(POST_CONTENT_VERSION).where(POST_CONTENT_VERSION.POST_ID.eq(key))));
    }

    /** Deletes a post and all versions of its content; callers check {@link #hasEmployees} first. */
    public void delete(long postId) {
        dsl.deleteFrom(POST).where(POST.ID.eq((int) postId)).execute();
    }

    public int count() {
        return dsl.fetchCount(POST);
    }

    /** Sets a post's risk level (an approved risk card is the one source of it). */
    public void setRiskLevel(long postId, RiskLevel level) {
        dsl.update(POST).set(POST.RISK_LEVEL, level.name()).where(POST.ID.eq((int) postId)).execute();
    }

    /**
     * The duties of a post as they are being edited: its draft duty list, else its newest approved one, else none.
     * Duties have no id of their own (they live in a version's body).
     */
    public List<Duty> duties(long postId) {
        List<String> texts = texts(editingBase(postId));
        List<Duty> duties = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            duties.add(new Duty(null, postId, i + 1, texts.get(i)));
        }
        return duties;
    }

    /** Every post's duty texts as they count today, keyed by post id: see {@link #allDuties(LocalDate)}. */
    public Map<Long, List<String>> allDuties() {
        return allDuties(LocalDate.now());
    }

    /**
     * Every post's duty texts, in order, keyed by post id (one query, for printing): the duty list in force on
     * {@code day}, else the draft. Posts with neither are absent.
     */
    public Map<Long, List<String>> allDuties(LocalDate day) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        content.counting(ContentKind.DUTY_LIST, day).forEach((postId, version) ->
                result.put(postId, texts(Optional.of(version))));
        return result;
    }

    /**
     * Saves these texts, in this order, as the post's draft duty list. An item whose text was already in the list
     * being edited keeps its other fields (category, scope, assessment…); a new text gets the post itself as the
     * one responsible. Nothing is written when it would only repeat the approved list or start an empty one.
     */
    public void replaceDuties(long postId, List<String> texts) {
        Optional<ContentVersion> base = editingBase(postId);
        List<DutyItem> old = new ArrayList<>(base.map(v -> ((DutyList) v.body()).items()).orElse(List.of()));
        List<DutyItem> items = new ArrayList<>(texts.size());
        for (String text : texts) {
            DutyItem fresh = DutyItem.of(text);
            DutyItem kept = old.stream().filter(i -> i.duty().equals(fresh.duty())).findFirst().orElse(fresh);
            old.remove(kept);
            items.add(kept);
        }
        DutyList list = new DutyList(items);
        boolean hasDraft = base.map(ContentVersion::isDraft).orElse(false);
        if (!hasDraft && (base.isEmpty() ? list.isEmpty() : list.equals(base.get().body()))) {
            return;
        }
        String template = base.map(ContentVersion::templateName).orElse(null);
        content.saveDraft(postId, list, template, base.map(ContentVersion::templateVersion).orElse(0));
    }

    private Optional<ContentVersion> editingBase(long postId) {
        return content.editingBase(postId, ContentKind.DUTY_LIST);
    }

    private static List<String> texts(Optional<ContentVersion> version) {
        return version.map(v -> ((DutyList) v.body()).items().stream().map(DutyItem::duty).toList()).orElse(List.of());
    }

    private static Post toModel(PostRecord r) {
        return new Post(r.getId().longValue(), r.getOrgUnitId(), r.getName(), PostCategory.valueOf(r.getCategory()),
                RiskLevel.valueOf(r.getRiskLevel()));
    }
}
