package org.nineones.service.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.RiskCard;
import org.nineones.service.roster.PostCatalog;
import org.nineones.store.Workspace;

/**
 * The check before printing or exporting: per post, what would print blank or marked 草稿 — a kind with no content,
 * a kind whose version that counts is a draft, a risk card without an emergency phone, a post still at the risk
 * level its name suggested when it was imported (no approved risk card has confirmed it). It reads the same
 * "version that counts" as the printouts ({@link PostContentService#forPrinting}).
 */
public final class ContentPreflight {

    /** What is wrong with one post for the output. */
    public enum Problem {
        /** No content of the kind: the post prints blank there, or not at all. */
        MISSING,
        /** The version that counts is a draft: it prints marked 草稿. */
        DRAFT,
        /** The risk card lists no emergency phone. */
        NO_EMERGENCY_PHONE,
        /** The risk level is the one the post's name suggested, not confirmed by an approved risk card. */
        DEFAULT_RISK_LEVEL
    }

    /** One thing to look at, with where to go to mend it (the post and the kind of content). */
    public record Finding(long postId, String unitName, String postName, ContentKind kind, Problem problem,
                          String text) {
    }

    private final Messages messages;
    private final PostCatalog catalog;

    public ContentPreflight(Messages messages, PostCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    /**
     * What an output made of these kinds of content would show blank or as 草稿 on {@code day}, post by post in the
     * usual post order; empty when there is nothing to say. One read.
     */
    public List<Finding> check(Workspace workspace, Set<ContentKind> kinds, LocalDate day) {
        Set<ContentKind> checked = kinds.isEmpty() ? EnumSet.noneOf(ContentKind.class) : EnumSet.copyOf(kinds);
        return workspace.read(store -> {
            Map<Long, String> unitNames = new HashMap<>();
            for (OrgUnit unit : store.orgUnits().all()) {
                unitNames.put(unit.id(), unit.name());
            }
            Map<ContentKind, Map<Long, ContentVersion>> counting = new EnumMap<>(ContentKind.class);
            for (ContentKind kind : checked) {
                counting.put(kind, store.content().counting(kind, day));
            }
            List<Finding> findings = new ArrayList<>();
            for (Post post : store.posts().all()) {
                String unit = unitNames.getOrDefault(post.orgUnitId(), "");
                for (ContentKind kind : checked) {
                    ContentVersion version = counting.get(kind).get(post.id());
                    if (version == null) {
                        findings.add(finding(post, unit, kind, Problem.MISSING, messages.of(kind)));
                    } else if (version.isDraft()) {
                        findings.add(finding(post, unit, kind, Problem.DRAFT, messages.of(kind), version.number()));
                    }
                    if (kind == ContentKind.RISK_CARD && version != null && version.body() instanceof RiskCard card
                            && card.emergencyContacts().stream().map(EmergencyContact::phone)
                            .allMatch(String::isEmpty)) {
                        findings.add(finding(post, unit, kind, Problem.NO_EMERGENCY_PHONE));
                    }
                }
                if (checked.contains(ContentKind.RISK_CARD)) {
                    ContentVersion card = counting.get(ContentKind.RISK_CARD).get(post.id());
                    boolean confirmed = card != null && !card.isDraft();
                    if (!confirmed && isGuessed(post)) {
                        findings.add(finding(post, unit, ContentKind.RISK_CARD, Problem.DEFAULT_RISK_LEVEL,
                                messages.of(post.riskLevel())));
                    }
                }
            }
            return findings;
        });
    }

    /** The risk level is the one an import gives a post of this name or category. */
    private boolean isGuessed(Post post) {
        return post.riskLevel() == catalog.classify(post.name()).riskLevel()
                || post.riskLevel() == catalog.defaultRisk(post.category());
    }

    private Finding finding(Post post, String unit, ContentKind kind, Problem problem, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = unit;
        all[1] = post.name();
        System.arraycopy(args, 0, all, 2, args.length);
        String text = messages.get("content.preflight." + problem.name(), all);
        return new Finding(post.id(), unit, post.name(), kind, problem, text);
    }
}
