package org.nineones.service.cards;

import java.util.List;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.Enterprise;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;

/** Everything the cards need, read from the workspace in one go. */
record CardData(Enterprise enterprise, List<OrgUnit> orgUnits, List<Post> posts, Map<Long, List<String>> duties,
                List<Employee> employees) {
}
