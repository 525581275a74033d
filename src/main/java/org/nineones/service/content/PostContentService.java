package org.nineones.service.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.RiskCard;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The versions of every post's safety content: drafts are written and rewritten, approved once (by whom, from
 * which day), and never changed again; editing approved content starts a new draft. Every change is one
 * {@code workspace.write} with its audit entry; refused changes throw {@link ContentRuleException} and change
 * nothing.
 */
public final class PostContentService {

    static final String ENTITY = "post_content_version";

    private final Messages messages;

    public PostContentService(Messages messages) {
        this.messages = messages;
    }

    /** Every version of a post's content of one kind, newest first. */
    public List<ContentVersion> history(Workspace workspace, long postId, ContentKind kind) {
        return workspace.read(store -> store.content().versions(postId, kind));
    }

    /** The approved version in force on {@code day}: the latest effective date not after it (ties: higher number). */
    public Optional<ContentVersion> inForce(Workspace workspace, long postId, ContentKind kind, LocalDate day) {
        return workspace.read(store -> store.content().inForce(postId, kind, day));
    }

    public Optional<ContentVersion> draft(Workspace workspace, long postId, ContentKind kind) {
        return workspace.read(store -> store.content().draft(postId, kind));
    }

    /**
     * Saves the body as the post's draft of its kind, remembering the template it was made from: updates the one
     * draft, or starts a new one numbered above every earlier version.
     */
    public ContentVersion saveDraft(Workspace workspace, long postId, PostContent body, String templateName,
                                    int templateVersion) {
        String template = cleanTemplate(templateName);
        return workspace.write(store -> save(store, postId, body, template, template == null ? 0 : templateVersion));
    }

    /**
     * Saves the body as the post's draft, keeping the template reference of the content it was edited from (the
     * draft, else the newest approved version).
     */
    public ContentVersion saveDraft(Workspace workspace, long postId, PostContent body) {
        requireBody(body);
        return workspace.write(store -> saveKeepingTemplate(store, postId, body));
    }

    /**
     * Saves several kinds' bodies as the post's drafts in one transaction, each keeping the template reference of the
     * content it was edited from; nothing is saved when one is refused.
     */
    public void saveDrafts(Workspace workspace, long postId, List<PostContent> bodies) {
        bodies.forEach(this::requireBody);
        workspace.write(store -> {
            for (PostContent body : bodies) {
                saveKeepingTemplate(store, postId, body);
            }
            return null;
        });
    }

    private ContentVersion saveKeepingTemplate(Store store, long postId, PostContent body) {
        Optional<ContentVersion> base = store.content().editingBase(postId, body.kind());
        return save(store, postId, body, base.map(ContentVersion::templateName).orElse(null),
                base.map(ContentVersion::templateVersion).orElse(0));
    }

    private ContentVersion save(Store store, long postId, PostContent body, String template, int templateVersion) {
        requireBody(body);
        Post post = post(store, postId);
        ContentVersion saved = store.content().saveDraft(postId, body, template, templateVersion);
        store.audit().record("save-draft", ENTITY, saved.id(), describe(post, saved));
        return saved;
    }

    /**
     * Approves the post's draft of a kind: it takes effect on {@code effectiveFrom} and is final from now on. An
     * approved risk card also sets the post's risk level, so what is printed has one source.
     */
    public ContentVersion approve(Workspace workspace, long postId, ContentKind kind, String approvedBy,
                                  LocalDate effectiveFrom) {
        return saveAndApprove(workspace, postId, kind, null, approvedBy, effectiveFrom);
    }

    /**
     * Saves {@code body} (when not null) as the post's draft of the kind and approves that draft, in one transaction:
     * when the approval is refused, the body is not saved either.
     */
    public ContentVersion saveAndApprove(Workspace workspace, long postId, ContentKind kind, PostContent body,
                                         String approvedBy, LocalDate effectiveFrom) {
        String approver = TextNormaliser.trim(approvedBy);
        if (approver.isEmpty()) {
            throw refused("content.error.approverRequired");
        }
        if (effectiveFrom == null) {
            throw refused("content.error.effectiveDateRequired");
        }
        if (body != null && body.kind() != kind) {
            throw new IllegalArgumentException("a " + body.kind() + " body cannot be approved as " + kind);
        }
        return workspace.write(store -> approveIn(store, postId, kind, body, approver, effectiveFrom));
    }

    /** The approval itself, inside the caller's transaction; refused with a {@link ContentRuleException}. */
    private ContentVersion approveIn(Store store, long postId, ContentKind kind, PostContent body, String approver,
                                     LocalDate effectiveFrom) {
        Post post = post(store, postId);
        if (body != null) {
            saveKeepingTemplate(store, postId, body);
        }
        ContentVersion draft = store.content().draft(postId, kind)
                .orElseThrow(() -> refused("content.error.noDraft", post.name(), messages.of(kind)));
        if (draft.body().isEmpty()) {
            throw refused("content.error.emptyDraft", post.name(), messages.of(kind));
        }
        Optional<LocalDate> latest = store.content().latestEffectiveFrom(postId, kind);
        if (latest.isPresent() && effectiveFrom.isBefore(latest.get())) {
            throw refused("content.error.effectiveTooEarly", latest.get().toString());
        }
        store.content().approve(draft.id(), approver, effectiveFrom);
        ContentVersion approved = store.content().find(draft.id()).orElseThrow();
        store.audit().record("approve", ENTITY, approved.id(),
                describe(post, approved) + " " + approver + " " + effectiveFrom);
        if (approved.body() instanceof RiskCard card && card.riskLevel() != post.riskLevel()) {
            store.posts().setRiskLevel(postId, card.riskLevel());
            store.audit().record("update", "post", postId,
                    post.name() + ": " + post.riskLevel() + " → " + card.riskLevel());
        }
        return approved;
    }

    /**
     * 批准所选: approves every draft of the given posts with one approver and one effective date, in one transaction.
     * Each draft is checked as a single approval is ({@link #saveAndApprove}); a draft that is refused stays a draft
     * and is listed with its sentence, the others are approved. A post without any draft is listed too.
     *
     * @throws ContentRuleException when the approver or the date is missing (nothing is approved then)
     */
    public BulkApproval approveDrafts(Workspace workspace, List<Long> postIds, String approvedBy,
                                      LocalDate effectiveFrom) {
        String approver = TextNormaliser.trim(approvedBy);
        if (approver.isEmpty()) {
            throw refused("content.error.approverRequired");
        }
        if (effectiveFrom == null) {
            throw refused("content.error.effectiveDateRequired");
        }
        return workspace.write(store -> {
            List<ContentVersion> approved = new ArrayList<>();
            List<BulkApproval.Refusal> refusals = new ArrayList<>();
            for (long postId : new LinkedHashSet<>(postIds)) {
                Optional<Post> post = store.posts().find(postId);
                if (post.isEmpty()) {
                    refusals.add(new BulkApproval.Refusal(postId, "", null, "content.error.postGone",
                            messages.get("content.error.postGone")));
                    continue;
                }
                boolean anyDraft = false;
                for (ContentKind kind : ContentKind.values()) {
                    if (store.content().draft(postId, kind).isEmpty()) {
                        continue;
                    }
                    anyDraft = true;
                    try {
                        approved.add(approveIn(store, postId, kind, null, approver, effectiveFrom));
                    } catch (ContentRuleException e) {
                        refusals.add(new BulkApproval.Refusal(postId, post.get().name(), kind, e.key(),
                                e.getMessage()));
                    }
                }
                if (!anyDraft) {
                    refusals.add(new BulkApproval.Refusal(postId, post.get().name(), null,
                            "content.error.noDrafts", messages.get("content.error.noDrafts", post.get().name())));
                }
            }
            return new BulkApproval(approved, refusals);
        });
    }

    /** Deletes the post's draft of a kind; approved versions stay as they are. */
    public void discardDraft(Workspace workspace, long postId, ContentKind kind) {
        workspace.write(store -> {
            Post post = post(store, postId);
            ContentVersion draft = store.content().draft(postId, kind)
                    .orElseThrow(() -> refused("content.error.noDraftToDiscard", post.name(), messages.of(kind)));
            store.content().deleteDraft(draft.id());
            store.audit().record("discard-draft", ENTITY, draft.id(), describe(post, draft));
            return null;
        });
    }

    /**
     * Per post id, the version of a kind that counts on {@code day}: the one in force, else the draft (callers
     * mark a draft as 草稿 on paper). Posts with neither are absent. One query for all posts.
     */
    public Map<Long, ContentVersion> forPrinting(Workspace workspace, ContentKind kind, LocalDate day) {
        return workspace.read(store -> store.content().counting(kind, day));
    }

    /** Every post (in the usual post order), each kind's status on {@code day}, for the gaps view. */
    public Map<Long, EnumMap<ContentKind, KindStatus>> overview(Workspace workspace, LocalDate day) {
        return overview(workspace, day, v -> v);
    }

    /**
     * As {@link #overview}, with the versions as they stood at the end of {@code day}
     * ({@link ContentVersion#asRecordedOn}): one created after the day did not exist, one approved after it was a
     * draft. For judging a past day from today's records (deleted drafts are gone from them, so a past day never
     * shows them).
     */
    public Map<Long, EnumMap<ContentKind, KindStatus>> overviewAsRecorded(Workspace workspace, LocalDate day) {
        return overview(workspace, day, v -> v.asRecordedOn(day));
    }

    /**
     * Per post id, its version of a kind in force on {@code day} as the records stood at the end of that day
     * ({@link ContentVersion#asRecordedOn}), with its body; posts with none are absent. One query for all posts.
     */
    public Map<Long, ContentVersion> inForceAsRecorded(Workspace workspace, ContentKind kind, LocalDate day) {
        Map<Long, List<ContentVersion>> byPost = new LinkedHashMap<>();
        for (ContentVersion v : workspace.read(store -> store.content().all(kind))) {
            ContentVersion then = v.asRecordedOn(day);
            if (then != null) {
                byPost.computeIfAbsent(then.postId(), k -> new ArrayList<>()).add(then);
            }
        }
        Map<Long, ContentVersion> result = new LinkedHashMap<>();
        byPost.forEach((postId, versions) -> StatusRule.inForce(versions, day).ifPresent(v -> result.put(postId, v)));
        return result;
    }

    private Map<Long, EnumMap<ContentKind, KindStatus>> overview(Workspace workspace, LocalDate day,
                                                                  java.util.function.UnaryOperator<ContentVersion> then) {
        return workspace.read(store -> {
            Map<Long, Map<ContentKind, List<ContentVersion>>> grouped = new LinkedHashMap<>();
            for (ContentVersion recorded : store.content().allWithoutBodies()) {
                ContentVersion v = then.apply(recorded);
                if (v == null) {
                    continue;
                }
                grouped.computeIfAbsent(v.postId(), k -> new EnumMap<>(ContentKind.class))
                        .computeIfAbsent(v.kind(), k -> new ArrayList<>()).add(v);
            }
            Map<Long, EnumMap<ContentKind, KindStatus>> result = new LinkedHashMap<>();
            for (Post post : store.posts().all()) {
                Map<ContentKind, List<ContentVersion>> versions = grouped.getOrDefault(post.id(), Map.of());
                EnumMap<ContentKind, KindStatus> statuses = new EnumMap<>(ContentKind.class);
                for (ContentKind kind : ContentKind.values()) {
                    statuses.put(kind, StatusRule.of(versions.getOrDefault(kind, List.of()), day));
                }
                result.put(post.id(), statuses);
            }
            return result;
        });
    }

    private Post post(Store store, long postId) {
        return store.posts().find(postId).orElseThrow(() -> refused("content.error.postGone"));
    }

    private void requireBody(PostContent body) {
        if (body == null) {
            throw new IllegalArgumentException("a draft needs a body");
        }
    }

    private String describe(Post post, ContentVersion version) {
        return post.name() + " " + version.kind() + " v" + version.number();
    }

    private static String cleanTemplate(String templateName) {
        String clean = TextNormaliser.trim(templateName);
        return clean.isEmpty() ? null : clean;
    }

    private ContentRuleException refused(String key, Object... args) {
        return new ContentRuleException(key, messages.get(key, args));
    }
}
