package org.nineones.store;

import java.nio.file.Path;

import org.nineones.model.Enterprise;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;

/** Small workspaces for store tests. */
final class WorkspaceFixtures {

    private WorkspaceFixtures() {
    }

    static Enterprise enterprise() {
        return new Enterprise("滨州示例化工有限公司", "91371600MA3C7E2X1C", "化工", true, "滨城区", "", "张三", "", "0543-1234567");
    }

    /** A workspace with a company and two posts (ids 1 and 2). */
    static Workspace withTwoPosts(Path file) throws WorkspaceException {
        Workspace ws = Workspace.create(file, enterprise());
        ws.write(store -> {
            OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, "公司", OrgUnitKind.COMPANY, 0));
            store.posts().insert(new Post(null, company.id(), "操作工", PostCategory.OPERATOR, RiskLevel.GENERAL));
            store.posts().insert(new Post(null, company.id(), "电工", PostCategory.SPECIAL_OPERATION, RiskLevel.LOW));
            return null;
        });
        return ws;
    }
}
