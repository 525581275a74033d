package org.nineones.service.enterprise;

import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.store.Workspace;

/** The enterprise profile of a workspace. */
public final class EnterpriseService {

    public Enterprise load(Workspace workspace) {
        return workspace.read(store -> store.enterprise().get());
    }

    /** Saves the profile; the credit code must pass the GB 32100 check. */
    public void save(Workspace workspace, Enterprise enterprise) {
        if (enterprise.name() == null || enterprise.name().isBlank()) {
            throw new IllegalArgumentException("enterprise name is required");
        }
        CreditCode.of(enterprise.creditCode());
        workspace.write(store -> {
            store.enterprise().update(enterprise);
            store.audit().record("update", "enterprise", 1L, enterprise.name());
            return null;
        });
    }

    public EnterpriseInfo info(Workspace workspace) {
        return workspace.read(store -> {
            Enterprise e = store.enterprise().get();
            return new EnterpriseInfo(e.name(), e.creditCode(), store.orgUnits().count(), store.posts().count(),
                    store.employees().count());
        });
    }
}
