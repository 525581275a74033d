package org.nineones.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.RiskCard;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.service.cards.CardWorkspaces;
import org.nineones.service.content.PostContentService;
import org.nineones.service.print.PrintKind;
import org.nineones.service.print.PrintResult;
import org.nineones.service.print.PrintService;
import org.nineones.store.Workspace;

/**
 * Times the printouts of a large enterprise (not a test; run by hand, e.g. with {@code -Xmx512m}):
 * {@code java -Xmx512m -cp target/test-classes:target/classes:LIBS org.nineones.bench.PrintBench [posts] [employees] [keepDir]}.
 * Builds a workspace of {@code posts} posts (default 300; 12 full duty items each, every other list approved, a
 * risk card and an emergency card each) and {@code employees} people (default 10,000), then prints the time of the
 * duty-list book, the people register, the risk cards and the emergency cards (twice: first use, then warm), and
 * the peak heap. With
 * {@code keepDir} the PDFs are copied there to look at; everything else is deleted.
 */
public final class PrintBench {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private PrintBench() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path keep = args.length > 2 ? Path.of(args[2]) : null;
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        PostContentService content = new PostContentService(messages);
        PrintService print = new PrintService(messages, new CardPrintService(messages));
        Path dir = Files.createTempDirectory("九个一-print-bench");
        try (Workspace ws = Workspace.create(dir.resolve("企业.nineones"), CardWorkspaces.enterprise("0543-3216119"))) {
            long start = System.nanoTime();
            populate(ws, content, posts, people);
            System.out.printf("workspace: %d posts, %d people, made in %d ms%n", posts, people,
                    (System.nanoTime() - start) / 1_000_000);
            // twice: the first run includes loading the templates and the font and warming up the JIT
            for (String round : List.of("first", "again")) {
                for (PrintKind kind : List.of(PrintKind.DUTY_BOOK, PrintKind.REGISTER, PrintKind.RISK_CARDS,
                        PrintKind.EMERGENCY_CARDS)) {
                    Path pdf = dir.resolve(kind.cliName() + ".pdf");
                    long t = System.nanoTime();
                    PrintResult result = print.print(ws, kind, pdf, null, DAY, Progress.NONE);
                    long millis = (System.nanoTime() - t) / 1_000_000;
                    System.out.printf("%-6s %-16s %6d items %5d pages %6d KB  %6d ms%n", round, kind.cliName(),
                            result.items(), result.pages(), Files.size(pdf) / 1024, millis);
                    if (keep != null) {
                        Files.createDirectories(keep);
                        Files.copy(pdf, keep.resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("peak heap %d MB (max %d MB)%n", peak / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Fills a workspace with {@code posts} posts, each with 12 full duty items (every other list approved), a risk
     * card and an emergency card, and {@code people} people spread over them.
     */
    static void populate(Workspace ws, PostContentService content, int posts, int people) {
        List<Post> made = build(ws, posts, people);
        for (int i = 0; i < made.size(); i++) {
            long id = made.get(i).id();
            content.saveDraft(ws, id, duties(i));
            content.saveDraft(ws, id, riskCard(i));
            content.saveDraft(ws, id, emergencyCard(i));
            if (i % 2 == 0) {
                content.approve(ws, id, ContentKind.DUTY_LIST, "王建国", LocalDate.of(2026, 1, 1));
            }
        }
    }

    private static List<Post> build(Workspace ws, int posts, int people) {
        return ws.write(store -> {
            OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, CardWorkspaces.ENTERPRISE,
                    OrgUnitKind.COMPANY, 0));
            List<Post> made = new ArrayList<>();
            OrgUnit dept = null;
            for (int i = 0; i < posts; i++) {
                if (i % 30 == 0) {
                    dept = store.orgUnits().insert(new OrgUnit(null, company.id(), "生产部" + (i / 30 + 1),
                            OrgUnitKind.DEPARTMENT, i / 30));
                }
                OrgUnit team = store.orgUnits().insert(new OrgUnit(null, dept.id(), "班组" + (i % 30 + 1),
                        OrgUnitKind.TEAM, i % 30));
                made.add(store.posts().insert(new Post(null, team.id(), "操作岗位" + (i + 1), PostCategory.OPERATOR,
                        RiskLevel.values()[i % 4])));
            }
            List<Employee> staff = new ArrayList<>(people);
            for (int i = 0; i < people; i++) {
                Post post = made.get(i % made.size());
                staff.add(CardWorkspaces.employee(i + 1, CardWorkspaces.name(i), post.orgUnitId(), post.id(),
                        EmployeeStatus.ACTIVE));
            }
            store.employees().saveAll(staff);
            return made;
        });
    }

    private static DutyList duties(int post) {
        List<DutyItem> items = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            items.add(new DutyItem(i <= 4 ? "遵章守纪" : i <= 8 ? "隐患排查" : "教育培训",
                    "严格执行本岗位安全操作规程，班前检查设备设施和作业环境，发现隐患立即报告并按规定处置（第" + i + "项）。",
                    DutyItem.THIS_POST, "本岗位作业区域", "未执行的每次扣" + (i % 5 + 1) + "分", "《安全生产法》第五十七条",
                    ResponsibilityForm.values()[(post + i) % 4]));
        }
        return new DutyList(items);
    }

    private static RiskCard riskCard(int post) {
        return new RiskCard(List.of("运转设备无防护可能绞伤。", "作业场所有可燃气体。", "高处作业可能坠落。"),
                List.of(AccidentType.MACHINERY, AccidentType.FIRE, AccidentType.FALL_FROM_HEIGHT),
                List.of("人员伤亡、设备损坏。"), List.of("设防护罩，检修断电挂牌。", "动火作业办理作业票。", "系挂安全带。"),
                RiskLevel.values()[post % 4], List.of(new EmergencyContact("生产调度", "0543-3216000")));
    }

    private static EmergencyCard emergencyCard(int post) {
        return new EmergencyCard(List.of(new EmergencyScenario("火灾",
                List.of("立即报告调度。", "用灭火器初期扑救。", "组织人员撤离。"), List.of(new EmergencyContact("火警", "119"))),
                new EmergencyScenario("机械伤害", List.of("立即停机断电。", "救出伤员并止血。", "拨打120。"),
                        List.of(new EmergencyContact("急救", "120")))));
    }
}
