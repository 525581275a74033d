package org.nineones.service.cards;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/**
 * Times the cards of a 10,000-person workspace (not a unit test; run by hand, e.g. with {@code -Xmx512m}):
 * {@code java -Xmx512m -cp target/test-classes:target/classes:LIBS org.nineones.service.cards.CardPrintBenchmark [N]}.
 * Prints the time of {@code printCards} and the peak heap, then deletes what it made.
 */
public final class CardPrintBenchmark {

    private CardPrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("九个一-bench");
        Path pdf = dir.resolve("岗位责任卡.pdf");
        try (Workspace ws = Workspace.create(dir.resolve("企业.nineones"), CardWorkspaces.enterprise("0543-3216119"))) {
            ws.write(store -> {
                OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, CardWorkspaces.ENTERPRISE, OrgUnitKind.COMPANY, 0));
                List<Post> posts = new ArrayList<>();
                for (int d = 0; d < 5; d++) {
                    OrgUnit dept = store.orgUnits().insert(new OrgUnit(null, company.id(), "部门" + (d + 1), OrgUnitKind.DEPARTMENT, d));
                    for (int w = 0; w < 5; w++) {
                        OrgUnit team = store.orgUnits().insert(new OrgUnit(null, dept.id(), "班组" + (w + 1), OrgUnitKind.TEAM, w));
                        Post post = store.posts().insert(new Post(null, team.id(), "岗位" + (d * 5 + w + 1),
                                PostCategory.OPERATOR, RiskLevel.GENERAL));
                        List<String> duties = new ArrayList<>(CardWorkspaces.OPERATOR_DUTIES);
                        if (w % 2 == 0) {
                            duties.add("严格执行交接班制度，如实填写运行记录，对本岗位设备设施的安全状况负责。");
                        }
                        store.posts().replaceDuties(post.id(), duties);
                        posts.add(post);
                    }
                }
                List<Employee> staff = new ArrayList<>(people);
                for (int i = 0; i < people; i++) {
                    Post post = posts.get(i % posts.size());
                    staff.add(CardWorkspaces.employee(i + 1, CardWorkspaces.name(i), post.orgUnitId(), post.id(),
                            EmployeeStatus.ACTIVE));
                }
                store.employees().saveAll(staff);
                return null;
            });
            long start = System.nanoTime();
            int cards = new CardPrintService(new Messages(Locale.SIMPLIFIED_CHINESE)).printCards(ws, pdf, Progress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("cards: %d in %d ms, %d KB PDF, peak heap %d MB (max %d MB)%n", cards, millis,
                    Files.size(pdf) / 1024, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
