package org.nineones.service.people;

import java.util.List;

import org.nineones.model.Employee;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;

/** Everything the employee table shows, read in one go: the people and the units and posts they refer to. */
public record People(List<Employee> employees, List<OrgUnit> units, List<Post> posts) {
}
