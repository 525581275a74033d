package org.nineones.service.cards;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.model.Employee;
import org.nineones.model.Enterprise;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.content.OperatingProcedure;

/**
 * Everything the cards need, read from the workspace in one go: per post id, the duty texts and the operating
 * procedure that count today (in force, else the draft), and the posts for which either is a draft (their cards are
 * marked 草稿).
 */
record CardData(Enterprise enterprise, List<OrgUnit> orgUnits, List<Post> posts, Map<Long, List<String>> duties,
                Map<Long, OperatingProcedure> procedures, Set<Long> draftPosts, List<Employee> employees) {
}
