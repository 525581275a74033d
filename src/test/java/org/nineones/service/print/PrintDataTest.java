package org.nineones.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;

class PrintDataTest {

    @Test
    void putsPostsInOrgChartOrderNotInTheAlphabeticalOrderOfTheirUnitsPaths() {
        List<OrgUnit> units = List.of(
                new OrgUnit(1L, null, "公司", OrgUnitKind.COMPANY, 0),
                new OrgUnit(2L, 1L, "生产部", OrgUnitKind.DEPARTMENT, 2),
                new OrgUnit(3L, 1L, "安全部", OrgUnitKind.DEPARTMENT, 1),
                new OrgUnit(4L, 2L, "班组10", OrgUnitKind.TEAM, 10),
                new OrgUnit(5L, 2L, "班组2", OrgUnitKind.TEAM, 2),
                new OrgUnit(6L, 99L, "孤立的班组", OrgUnitKind.TEAM, 0));
        Map<Long, Integer> order = PrintData.treeOrder(units);
        List<Post> posts = List.of(post(10, 4, "甲"), post(11, 5, "乙"), post(12, 3, "丙"), post(13, 1, "丁"),
                post(14, 6, "戊"), post(15, 5, "己"));
        assertEquals(List.of("丁", "丙", "乙", "己", "甲", "戊"),
                PrintData.sortedPosts(posts, order).stream().map(Post::name).toList());
        assertEquals("公司", PrintData.unitPaths(units).get(1L));
        assertEquals("生产部 / 班组2", PrintData.unitPaths(units).get(5L));
    }

    private static Post post(long id, long unit, String name) {
        return new Post(id, unit, name, PostCategory.OPERATOR, RiskLevel.LOW);
    }
}
