package org.nineones.store;

import static org.nineones.store.jooq.Tables.EMPLOYEE;
import static org.nineones.store.jooq.Tables.POST;
import static org.nineones.store.jooq.Tables.POST_DUTY;

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
import org.nineones.store.jooq.tables.records.PostRecord;

/** Posts and their minimal duty lists. */
public final class PostRepository {

    private final DSLContext dsl;

    PostRepository(DSLContext dsl) {
        this.dsl = dsl;
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

    /** Deletes a post and its duties; callers check {@link #hasEmployees} first. */
    public void delete(long postId) {
        dsl.deleteFrom(POST).where(POST.ID.eq((int) postId)).execute();
    }

    public int count() {
        return dsl.fetchCount(POST);
    }

    public List<Duty> duties(long postId) {
        return dsl.selectFrom(POST_DUTY).where(POST_DUTY.POST_ID.eq((int) postId)).orderBy(POST_DUTY.POSITION)
                .fetch(r -> new Duty(r.getId().longValue(), r.getPostId(), r.getPosition(), r.getText()));
    }

    /** Every post's duties, in order, keyed by post id (one query for printing). */
    public Map<Long, List<String>> allDuties() {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        dsl.selectFrom(POST_DUTY).orderBy(POST_DUTY.POST_ID, POST_DUTY.POSITION).forEach(r ->
                result.computeIfAbsent(r.getPostId().longValue(), k -> new ArrayList<>()).add(r.getText()));
        return result;
    }

    /** Replaces the duty list of a post with these texts, in this order. */
    public void replaceDuties(long postId, List<String> texts) {
        dsl.deleteFrom(POST_DUTY).where(POST_DUTY.POST_ID.eq((int) postId)).execute();
        int position = 1;
        for (String text : texts) {
            dsl.insertInto(POST_DUTY)
                    .set(POST_DUTY.POST_ID, (int) postId)
                    .set(POST_DUTY.POSITION, position++)
                    .set(POST_DUTY.TEXT, text)
                    .execute();
        }
    }

    private static Post toModel(PostRecord r) {
        return new Post(r.getId().longValue(), r.getOrgUnitId(), r.getName(), PostCategory.valueOf(r.getCategory()),
                RiskLevel.valueOf(r.getRiskLevel()));
    }
}
