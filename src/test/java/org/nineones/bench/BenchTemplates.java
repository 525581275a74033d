package org.nineones.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.nineones.app.Services;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.sample.SampleEnterprise;
import org.nineones.service.templates.ApplyResult;
import org.nineones.store.Workspace;

/** Applies one template (all four kinds) to 100 posts at once, as the GUI and {@code apply-template} do. */
final class BenchTemplates {

    static final int POSTS = 100;
    static final String TEMPLATE = "操作工";

    private BenchTemplates() {
    }

    /** Seconds to apply the template to {@value #POSTS} new posts, the library's first load included. */
    static String applyToPosts(Services services, Path file) throws Exception {
        try (Workspace ws = Workspace.create(file, SampleEnterprise.profile())) {
            List<Long> ids = ws.write(store -> {
                OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, SampleEnterprise.NAME,
                        OrgUnitKind.COMPANY, 0));
                OrgUnit workshop = store.orgUnits().insert(new OrgUnit(null, company.id(), "生产车间",
                        OrgUnitKind.WORKSHOP, 1));
                List<Long> created = new ArrayList<>(POSTS);
                for (int i = 1; i <= POSTS; i++) {
                    created.add(store.posts().insert(new Post(null, workshop.id(), "操作工" + i, PostCategory.OPERATOR,
                            RiskLevel.GENERAL)).id());
                }
                return created;
            });
            long t = System.nanoTime();
            ApplyResult result = services.templates().apply(ws, TEMPLATE, ids, Set.of());
            double seconds = (System.nanoTime() - t) / 1e9;
            return String.format(java.util.Locale.ROOT, "%.2f s (%d posts, %d drafts)", seconds,
                    result.posts().size(), result.posts().stream().mapToInt(a -> a.drafts().size()).sum());
        }
    }
}
