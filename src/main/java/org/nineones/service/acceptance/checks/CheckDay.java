package org.nineones.service.acceptance.checks;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.service.content.KindStatus;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;

/**
 * One run of the checks: the workspace, the day judged, and what several checks need, read once and only when a
 * check asks (the org tree and posts in one read; the content's status per post as recorded by the day).
 *
 * <p>Posts and their category and risk level have no history: they are taken as they are now. People employed on
 * the day are those not marked 离职 (LEFT) and hired by the day (no hire date: hired long ago); the roster keeps no
 * leaving date, so someone who has left since is left out of past days too.
 */
final class CheckDay {

    private final Workspace workspace;
    private final LocalDate asOf;
    private final Texts texts;
    private final PostContentService content;
    private Roster roster;
    private Map<Long, EnumMap<ContentKind, KindStatus>> contentStatus;
    private final Map<ContentKind, Map<Long, ContentVersion>> inForce = new EnumMap<>(ContentKind.class);

    CheckDay(Workspace workspace, LocalDate asOf, Texts texts, PostContentService content) {
        this.workspace = workspace;
        this.asOf = asOf;
        this.texts = texts;
        this.content = content;
    }

    Workspace workspace() {
        return workspace;
    }

    LocalDate asOf() {
        return asOf;
    }

    /** The org tree and the posts, read in one transaction. */
    Roster roster() {
        if (roster == null) {
            roster = workspace.read(store -> new Roster(store.orgUnits().all(), store.posts().all()));
        }
        return roster;
    }

    /** Each post's status of each kind of content on the day, as recorded by then. */
    KindStatus status(long postId, ContentKind kind) {
        if (contentStatus == null) {
            contentStatus = content.overviewAsRecorded(workspace, asOf);
        }
        EnumMap<ContentKind, KindStatus> statuses = contentStatus.get(postId);
        return statuses == null ? null : statuses.get(kind);
    }

    /** Per post id, the version of a kind in force on the day as recorded by then, with its body. */
    Map<Long, ContentVersion> inForce(ContentKind kind) {
        return inForce.computeIfAbsent(kind, k -> content.inForceAsRecorded(workspace, k, asOf));
    }

    /** True when the person worked for the enterprise on the day. */
    boolean employed(Employee e) {
        return e.status() != EmployeeStatus.LEFT && (e.hireDate() == null || !e.hireDate().isAfter(asOf));
    }

    /** A post as a finding names it and points at it: 合成车间 / 甲班 · 操作工. */
    Target post(Post post) {
        return new Target(TargetKind.POST, String.valueOf(post.id()), texts.get("checks.label.post",
                roster().path(post.orgUnitId()), post.name()));
    }

    /**
     * A person as a finding names them and points at them: 张三（合成车间 / 甲班 · 操作工）, from what the service
     * that found it already holds (their unit's printed path and their post's name, either may be empty).
     */
    Target person(long employeeId, String name, String unitPath, String postName) {
        String where = postName == null || postName.isEmpty() ? unitPath
                : texts.get("checks.label.post", unitPath, postName);
        return new Target(TargetKind.EMPLOYEE, String.valueOf(employeeId),
                texts.get("checks.label.person", name, where));
    }

    /** An org unit as a finding names it and points at it. */
    Target unit(long unitId) {
        return new Target(TargetKind.ORG_UNIT, String.valueOf(unitId), roster().path(unitId));
    }

    /** The org tree and the posts (in the usual post order). */
    static final class Roster {
        private final List<Post> posts;
        private final Map<Long, String> paths;

        Roster(List<OrgUnit> units, List<Post> posts) {
            this.posts = List.copyOf(posts);
            this.paths = OrgPaths.printed(units);
        }

        List<Post> posts() {
            return posts;
        }

        String path(Long unitId) {
            return unitId == null ? "" : paths.getOrDefault(unitId, "");
        }
    }
}
