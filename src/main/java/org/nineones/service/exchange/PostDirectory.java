package org.nineones.service.exchange;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nineones.excel.content.PostKey;
import org.nineones.excel.workbook.OrgTree;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.TextNormaliser;

/**
 * The workspace's posts as the content sheets name them: by org unit path ("生产部/一车间", the company itself for
 * a post at the top; a path that starts with the company's name is understood too) and post name, compared loosely.
 */
final class PostDirectory {

    private record UnitPost(long unitId, String name) {
    }

    private final OrgTree tree;
    private final List<Post> posts;
    private final Map<String, Long> unitByPath = new HashMap<>();
    private final Map<UnitPost, Post> postByName = new HashMap<>();
    private final String companyName;

    PostDirectory(List<OrgUnit> units, List<Post> posts) {
        this.tree = new OrgTree(units, Collator.getInstance(Locale.CHINA));
        tree.nodes().forEach(n -> unitByPath.put(PostKey.of(n.path(), "").unitPath(), n.unit().id()));
        this.companyName = tree.nodes().stream().filter(n -> n.depth() == 0 && n.unit().kind() == OrgUnitKind.COMPANY)
                .map(n -> TextNormaliser.strip(n.unit().name())).findFirst().orElse("");
        posts.forEach(p -> postByName.put(new UnitPost(p.orgUnitId(), TextNormaliser.strip(p.name())), p));
        List<Post> ordered = new ArrayList<>(posts);
        ordered.sort(Comparator.comparingInt((Post p) -> tree.order(p.orgUnitId())).thenComparing(Post::id));
        this.posts = List.copyOf(ordered);
    }

    /** Every post, org unit by org unit in tree order. */
    List<Post> posts() {
        return posts;
    }

    String unitPath(Post post) {
        return tree.path(post.orgUnitId());
    }

    /** The org unit a sheet's path names, if any. */
    Optional<Long> unit(String unitPath) {
        List<String> parts = PostKey.parts(unitPath);
        Long id = unitByPath.get(String.join("/", parts));
        if (id == null && parts.size() > 1 && parts.get(0).equals(companyName)) {
            id = unitByPath.get(String.join("/", parts.subList(1, parts.size())));
        }
        return Optional.ofNullable(id);
    }

    /** The post a sheet names by org unit path and post name, if any. */
    Optional<Post> post(String unitPath, String postName) {
        return unit(unitPath).map(id -> postByName.get(new UnitPost(id, TextNormaliser.strip(postName))));
    }
}
