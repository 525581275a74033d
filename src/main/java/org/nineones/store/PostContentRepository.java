package org.nineones.store;

import static org.nineones.store.jooq.Tables.POST_CONTENT_VERSION;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.nineones.model.RecordTime;
import org.nineones.model.content.ContentJson;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.VersionStatus;
import org.nineones.store.jooq.tables.PostContentVersion;
import org.nineones.store.jooq.tables.records.PostContentVersionRecord;

/**
 * The versions of every post's safety content. A draft may be updated or deleted; an approved version never
 * changes (a trigger refuses it too). Bodies are stored in their {@link ContentJson} form. Times are kept in UTC
 * and handed out in the local time zone; effective dates are days.
 *
 * <p>The rule "the version that counts" ({@link #counting}): the approved version in force on the day (the latest
 * effective date not after it, ties to the higher number), else the draft.
 */
public final class PostContentRepository {

    private static final PostContentVersion V = POST_CONTENT_VERSION;
    private static final String DRAFT = VersionStatus.DRAFT.name();
    private static final String APPROVED = VersionStatus.APPROVED.name();
    private static final Field<String> NOW = DSL.field("CURRENT_TIMESTAMP", String.class);

    private final DSLContext dsl;
    private final ContentJson json;

    PostContentRepository(DSLContext dsl, ContentJson json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** Adds a new draft numbered one above the post's highest number of that kind; refused if a draft exists. */
    public ContentVersion insertDraft(long postId, PostContent body, String templateName, int templateVersion) {
        ContentKind kind = body.kind();
        Integer max = dsl.select(DSL.max(V.NUMBER)).from(V).where(of(postId, kind)).fetchOne(0, Integer.class);
        dsl.insertInto(V)
                .set(V.POST_ID, (int) postId)
                .set(V.KIND, kind.name())
                .set(V.NUMBER, max == null ? 1 : max + 1)
                .set(V.STATUS, DRAFT)
                .set(V.BODY, json.write(body))
                .set(V.TEMPLATE_NAME, templateName)
                .set(V.TEMPLATE_VERSION, templateVersion)
                .execute();
        return find(Ids.lastInserted(dsl)).orElseThrow();
    }

    /** Replaces a draft's body and template reference; false when {@code id} is not a draft. */
    public boolean updateDraft(long id, PostContent body, String templateName, int templateVersion) {
        return dsl.update(V)
                .set(V.BODY, json.write(body))
                .set(V.TEMPLATE_NAME, templateName)
                .set(V.TEMPLATE_VERSION, templateVersion)
                .set(V.UPDATED_AT, NOW)
                .where(V.ID.eq((int) id).and(V.STATUS.eq(DRAFT)))
                .execute() == 1;
    }

    /** Updates the post's one draft of the body's kind, or starts one; returns it as stored. */
    public ContentVersion saveDraft(long postId, PostContent body, String templateName, int templateVersion) {
        Optional<ContentVersion> draft = draft(postId, body.kind());
        if (draft.isEmpty()) {
            return insertDraft(postId, body, templateName, templateVersion);
        }
        updateDraft(draft.get().id(), body, templateName, templateVersion);
        return find(draft.get().id()).orElseThrow();
    }

    /** Approves a draft: from now on it is final. False when {@code id} is not a draft. */
    public boolean approve(long id, String approvedBy, LocalDate effectiveFrom) {
        return dsl.update(V)
                .set(V.STATUS, APPROVED)
                .set(V.APPROVED_BY, approvedBy)
                .set(V.APPROVED_AT, NOW)
                .set(V.EFFECTIVE_FROM, effectiveFrom.toString())
                .set(V.UPDATED_AT, NOW)
                .where(V.ID.eq((int) id).and(V.STATUS.eq(DRAFT)))
                .execute() == 1;
    }

    /** Deletes a draft; approved versions are never deleted (only with their post). */
    public boolean deleteDraft(long id) {
        return dsl.deleteFrom(V).where(V.ID.eq((int) id).and(V.STATUS.eq(DRAFT))).execute() == 1;
    }

    public Optional<ContentVersion> find(long id) {
        return dsl.selectFrom(V).where(V.ID.eq((int) id)).fetchOptional().map(this::toModel);
    }

    /** All versions of a post's content of one kind, newest (highest number) first. */
    public List<ContentVersion> versions(long postId, ContentKind kind) {
        return dsl.selectFrom(V).where(of(postId, kind)).orderBy(V.NUMBER.desc()).fetch(this::toModel);
    }

    public Optional<ContentVersion> draft(long postId, ContentKind kind) {
        return dsl.selectFrom(V).where(of(postId, kind).and(V.STATUS.eq(DRAFT))).fetchOptional().map(this::toModel);
    }

    /** The approved version in force on {@code day}: the latest effective date not after it, ties to the higher number. */
    public Optional<ContentVersion> inForce(long postId, ContentKind kind, LocalDate day) {
        return dsl.selectFrom(V).where(of(postId, kind).and(inForceOn(day)))
                .orderBy(V.EFFECTIVE_FROM.desc(), V.NUMBER.desc()).limit(1).fetchOptional().map(this::toModel);
    }

    /** The latest effective date of any approved version (also one still to come), if any is approved. */
    public Optional<LocalDate> latestEffectiveFrom(long postId, ContentKind kind) {
        String latest = dsl.select(DSL.max(V.EFFECTIVE_FROM)).from(V).where(of(postId, kind).and(V.STATUS.eq(APPROVED)))
                .fetchOne(0, String.class);
        return Optional.ofNullable(latest).map(LocalDate::parse);
    }

    /** The approved version with the highest number, whatever its effective date. */
    public Optional<ContentVersion> latestApproved(long postId, ContentKind kind) {
        return dsl.selectFrom(V).where(of(postId, kind).and(V.STATUS.eq(APPROVED))).orderBy(V.NUMBER.desc()).limit(1)
                .fetchOptional().map(this::toModel);
    }

    /** The version an edit starts from: the post's draft of the kind, else its newest approved version. */
    public Optional<ContentVersion> editingBase(long postId, ContentKind kind) {
        return draft(postId, kind).or(() -> latestApproved(postId, kind));
    }

    /** Every post's newest version of a kind (draft or approved), keyed by post id, in one query. */
    public Map<Long, ContentVersion> latest(ContentKind kind) {
        return firstPerPost(true, V.KIND.eq(kind.name()), V.NUMBER.desc());
    }

    /** Every post's draft of a kind, keyed by post id, in one query. */
    public Map<Long, ContentVersion> drafts(ContentKind kind) {
        return firstPerPost(true, V.KIND.eq(kind.name()).and(V.STATUS.eq(DRAFT)), V.NUMBER.desc());
    }

    /** Every post's version of a kind in force on {@code day}, keyed by post id, in one query. */
    public Map<Long, ContentVersion> inForce(ContentKind kind, LocalDate day) {
        return firstPerPost(true, V.KIND.eq(kind.name()).and(inForceOn(day)), V.EFFECTIVE_FROM.desc(), V.NUMBER.desc());
    }

    /**
     * Every post's version of a kind that counts on {@code day}, keyed by post id, in one query: the one in force,
     * else the draft (callers mark a draft as such on paper). Posts with neither are absent.
     */
    public Map<Long, ContentVersion> counting(ContentKind kind, LocalDate day) {
        return counting(kind, day, true);
    }

    /** {@link #counting} without the bodies (body is null): which version counts, for who only needs its number. */
    public Map<Long, ContentVersion> countingWithoutBodies(ContentKind kind, LocalDate day) {
        return counting(kind, day, false);
    }

    private Map<Long, ContentVersion> counting(ContentKind kind, LocalDate day, boolean bodies) {
        Condition candidates = V.KIND.eq(kind.name()).and(V.STATUS.eq(DRAFT).or(inForceOn(day)));
        // APPROVED sorts before DRAFT, so an approved version in force wins over the draft
        return firstPerPost(bodies, candidates, V.STATUS.asc(), V.EFFECTIVE_FROM.desc(), V.NUMBER.desc());
    }

    /**
     * Every version of every post and kind without its body (body is null), ordered by post, kind and number:
     * enough to tell which posts lack what, fast.
     */
    public List<ContentVersion> allWithoutBodies() {
        return dsl.select(V.ID, V.POST_ID, V.KIND, V.NUMBER, V.STATUS, V.TEMPLATE_NAME, V.TEMPLATE_VERSION,
                        V.CREATED_AT, V.APPROVED_BY, V.APPROVED_AT, V.EFFECTIVE_FROM)
                .from(V).orderBy(V.POST_ID, V.KIND, V.NUMBER)
                .fetch(r -> toModel(r.into(V), null));
    }

    /** Every version of every post of one kind, with its body, ordered by post and number. */
    public List<ContentVersion> all(ContentKind kind) {
        return dsl.selectFrom(V).where(V.KIND.eq(kind.name())).orderBy(V.POST_ID, V.NUMBER).fetch(this::toModel);
    }

    private Map<Long, ContentVersion> firstPerPost(boolean bodies, Condition condition, SortField<?>... order) {
        Field<Integer> rank = DSL.rowNumber().over().partitionBy(V.POST_ID).orderBy(order).as("rank_in_post");
        Table<Record> ranked = dsl.select(V.asterisk(), rank).from(V).where(condition).asTable("ranked");
        Map<Long, ContentVersion> result = new LinkedHashMap<>();
        dsl.select().from(ranked).where(ranked.field(rank.getName(), Integer.class).eq(1))
                .orderBy(ranked.field(V.POST_ID.getName())).fetch()
                .forEach(r -> {
                    PostContentVersionRecord record = r.into(V);
                    ContentVersion v = bodies ? toModel(record) : toModel(record, null);
                    result.put(v.postId(), v);
                });
        return result;
    }

    private static Condition of(long postId, ContentKind kind) {
        return V.POST_ID.eq((int) postId).and(V.KIND.eq(kind.name()));
    }

    private static Condition inForceOn(LocalDate day) {
        return V.STATUS.eq(APPROVED).and(V.EFFECTIVE_FROM.le(day.toString()));
    }

    private ContentVersion toModel(PostContentVersionRecord r) {
        ContentKind kind = ContentKind.valueOf(r.getKind());
        PostContent body;
        try {
            body = json.read(kind, r.getBody());
        } catch (IllegalArgumentException e) {
            throw new StoreException("version " + r.getId() + " of post " + r.getPostId() + " has an unreadable body", e);
        }
        return toModel(r, body);
    }

    private static ContentVersion toModel(PostContentVersionRecord r, PostContent body) {
        return new ContentVersion(r.getId().longValue(), r.getPostId(), ContentKind.valueOf(r.getKind()), r.getNumber(),
                VersionStatus.valueOf(r.getStatus()), body, r.getTemplateName(),
                r.getTemplateVersion() == null ? 0 : r.getTemplateVersion(), RecordTime.localTime(r.getCreatedAt()),
                r.getApprovedBy(), RecordTime.localTime(r.getApprovedAt()),
                IsoDates.date(r.getEffectiveFrom()));
    }
}
