package org.nineones.service.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.PostTemplate;
import org.nineones.model.content.VersionStatus;
import org.nineones.service.roster.PostCatalog;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The template library put to use: applying a post-type template to posts (their drafts, never their approved
 * versions), and telling how a post's content differs from its template or lags behind a newer one.
 *
 * <p>Applying to many posts is one {@code workspace.write}: every draft and one audit entry per post, or nothing.
 */
public final class TemplateService {

    /** The audit action of applying a template; the entity is the post. */
    static final String AUDIT_ACTION = "apply-template";

    private final Messages messages;
    private final Supplier<TemplateLibrary> library;

    /** Over the library that ships in the jar, loaded on first use. */
    public TemplateService(Messages messages) {
        this(messages, TemplateLibrary::bundled);
    }

    public TemplateService(Messages messages, Supplier<TemplateLibrary> library) {
        this.messages = messages;
        this.library = library;
    }

    /**
     * The template library.
     *
     * @throws TemplateLibraryException when the library in this build is broken
     */
    public TemplateLibrary library() {
        return library.get();
    }

    /** The template of a name, or a refusal naming the closest templates. */
    public PostTemplate template(String name) {
        TemplateLibrary lib = library();
        return lib.find(name).orElseThrow(() -> {
            List<String> closest = lib.closestNames(name, 3);
            String hint = closest.isEmpty() ? messages.get("templates.error.noClosest")
                    : messages.get("templates.error.closest", String.join("、", closest));
            return refused("templates.error.unknownTemplate", TextNormaliser.trim(name), hint);
        });
    }

    /**
     * Per post id, the kinds of which it has a draft someone may have written (applying a template to them replaces
     * those drafts, which is worth a question). The starting duty list the roster import gives a new post, as the
     * import wrote it, is left out: nobody wrote it, and a template is what replaces it.
     */
    public Map<Long, Set<ContentKind>> draftKinds(Workspace workspace) {
        return workspace.read(store -> {
            Map<Long, ContentVersion> dutyDrafts = store.content().drafts(ContentKind.DUTY_LIST);
            PostCatalog catalog = dutyDrafts.isEmpty() ? null : PostCatalog.bundled();
            Map<Long, Post> posts = new HashMap<>();
            store.posts().all().forEach(p -> posts.put(p.id(), p));
            Map<Long, Set<ContentKind>> kinds = new HashMap<>();
            for (ContentVersion v : store.content().allWithoutBodies()) {
                if (v.isDraft() && !(v.kind() == ContentKind.DUTY_LIST
                        && isStartingList(catalog, dutyDrafts.get(v.postId()), posts.get(v.postId())))) {
                    kinds.computeIfAbsent(v.postId(), k -> EnumSet.noneOf(ContentKind.class)).add(v.kind());
                }
            }
            return kinds;
        });
    }

    /** Whether a draft duty list is exactly the one the roster import starts a post of this category with. */
    private static boolean isStartingList(PostCatalog catalog, ContentVersion draft, Post post) {
        if (draft == null || post == null || draft.templateName() != null) {
            return false;
        }
        List<String> defaults = catalog.defaultDuties(post.category());
        return !defaults.isEmpty() && draft.body().equals(new DutyList(defaults.stream().map(DutyItem::of).toList()));
    }

    /** Every post with the name of its org unit, in the usual post order. */
    public List<PostRef> posts(Workspace workspace) {
        return workspace.read(TemplateService::refs);
    }

    /**
     * The posts a name stands for: every post of that name, or, for {@code 单位/岗位}, the posts of that name in the
     * org units of that name. In the usual post order; empty when none.
     */
    public List<PostRef> postsNamed(Workspace workspace, String name) {
        String wanted = TextNormaliser.trim(name);
        int slash = wanted.lastIndexOf('/');
        String unit = slash < 0 ? null : TextNormaliser.trim(wanted.substring(0, slash));
        String post = slash < 0 ? wanted : TextNormaliser.trim(wanted.substring(slash + 1));
        return workspace.read(store -> refs(store).stream()
                .filter(r -> r.post().name().equals(post) && (unit == null || r.orgUnit().equals(unit)))
                .toList());
    }

    /**
     * Applies a template to posts: for each post and each kind asked for (all four when {@code kinds} is empty),
     * saves the template's content as the post's draft, recording the template's name and version. A draft is
     * replaced; an approved version stays as it is and the draft is numbered above it. One transaction; one audit
     * entry per post.
     *
     * @throws TemplateRuleException when the template is unknown, no post is given or a post no longer exists
     *                               (nothing is changed then)
     */
    public ApplyResult apply(Workspace workspace, String templateName, Collection<Long> postIds,
                             Set<ContentKind> kinds) {
        PostTemplate template = template(templateName);
        if (postIds == null || postIds.isEmpty()) {
            throw refused("templates.error.noPosts");
        }
        Set<ContentKind> chosen = kinds == null || kinds.isEmpty() ? EnumSet.allOf(ContentKind.class)
                : EnumSet.copyOf(kinds);
        Set<Long> ids = new LinkedHashSet<>(postIds);
        return workspace.write(store -> {
            Map<Long, PostRef> posts = new HashMap<>();
            refs(store).forEach(r -> posts.put(r.post().id(), r));
            Map<String, ContentVersion> drafts = drafts(store);
            List<ApplyResult.Applied> applied = new ArrayList<>(ids.size());
            for (long id : ids) {
                PostRef ref = posts.get(id);
                if (ref == null) {
                    throw refused("templates.error.postGone", String.valueOf(id));
                }
                List<ContentVersion> saved = new ArrayList<>(chosen.size());
                List<String> parts = new ArrayList<>(chosen.size());
                for (ContentKind kind : chosen) {
                    ContentVersion draft = saveDraft(store, drafts.get(id + "/" + kind), id, template, kind);
                    saved.add(draft);
                    parts.add(kind + " v" + draft.number());
                }
                store.audit().record(AUDIT_ACTION, "post", id, template.name() + " v" + template.version() + " → "
                        + ref.qualifiedName() + ": " + String.join(", ", parts));
                applied.add(new ApplyResult.Applied(ref, saved));
            }
            return new ApplyResult(template, applied);
        });
    }

    /** Every post's draft of every kind, keyed {@code postId/KIND}, without bodies: one query for all posts. */
    private static Map<String, ContentVersion> drafts(Store store) {
        Map<String, ContentVersion> drafts = new HashMap<>();
        for (ContentVersion v : store.content().allWithoutBodies()) {
            if (v.isDraft()) {
                drafts.put(v.postId() + "/" + v.kind(), v);
            }
        }
        return drafts;
    }

    /**
     * Replaces the post's draft of the kind (one statement) or starts one numbered above every earlier version (the
     * repository's rule); an approved version is never touched.
     */
    private static ContentVersion saveDraft(Store store, ContentVersion draft, long postId, PostTemplate template,
                                            ContentKind kind) {
        PostContent body = template.content(kind);
        if (draft != null && store.content().updateDraft(draft.id(), body, template.name(), template.version())) {
            return new ContentVersion(draft.id(), postId, kind, draft.number(), VersionStatus.DRAFT, body,
                    template.name(), template.version(), draft.createdAt(), null, null, null);
        }
        return store.content().insertDraft(postId, body, template.name(), template.version());
    }

    /**
     * How a post's content of a kind (the draft, else the newest approved version) compares with the library's
     * version of the template it was made from; empty when the post has no content of the kind or it was written
     * without a template.
     */
    public Optional<TemplateComparison> compare(Workspace workspace, long postId, ContentKind kind) {
        Optional<ContentVersion> base = workspace.read(store -> store.content().editingBase(postId, kind));
        if (base.isEmpty() || base.get().templateName() == null || base.get().templateName().isBlank()) {
            return Optional.empty();
        }
        ContentVersion version = base.get();
        Optional<PostTemplate> template = library().find(version.templateName());
        return Optional.of(new TemplateComparison(postId, kind, version.number(), version.templateName(),
                version.templateVersion(), template.map(PostTemplate::version).orElse(0),
                template.map(t -> ContentDiff.between(kind, t.content(kind), version.body())).orElse(null)));
    }

    /**
     * Every post's content made from a template that the library now has in a newer version, judged by each post's
     * newest version of each kind; in post and kind order. One query, without reading the bodies.
     */
    public List<OutdatedContent> outdated(Workspace workspace) {
        TemplateLibrary lib = library();
        Map<String, ContentVersion> newest = new LinkedHashMap<>();
        for (ContentVersion v : workspace.read(store -> store.content().allWithoutBodies())) {
            newest.put(v.postId() + "/" + v.kind(), v); // ordered by number, so the last one is the newest
        }
        List<OutdatedContent> outdated = new ArrayList<>();
        for (ContentVersion v : newest.values()) {
            if (v.templateName() == null) {
                continue;
            }
            lib.find(v.templateName()).filter(t -> t.version() > v.templateVersion()).ifPresent(t -> outdated.add(
                    new OutdatedContent(v.postId(), v.kind(), v.number(), t.name(), v.templateVersion(), t.version())));
        }
        return outdated;
    }

    private static List<PostRef> refs(Store store) {
        Map<Long, String> units = new HashMap<>();
        for (OrgUnit unit : store.orgUnits().all()) {
            units.put(unit.id(), unit.name());
        }
        List<PostRef> refs = new ArrayList<>();
        for (Post post : store.posts().all()) {
            refs.add(new PostRef(post, units.getOrDefault(post.orgUnitId(), "")));
        }
        return refs;
    }

    private TemplateRuleException refused(String key, Object... args) {
        return new TemplateRuleException(key, messages.get(key, args));
    }
}
