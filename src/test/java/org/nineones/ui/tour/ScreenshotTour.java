package org.nineones.ui.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;

import org.nineones.app.Services;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiFixture;
import org.nineones.ui.common.Fonts;

/**
 * Not a test: a tour that shows the real screens with the bundled fonts and saves PNG snapshots, so a person
 * can look at them (run under Xvfb), and measures search-as-you-type over 10,000 employees.
 * {@code java -cp … org.nineones.ui.tour.ScreenshotTour OUT_FOLDER [--search-only]}; with {@code --search-only} it
 * skips the screens and only measures the search, on a fresh window.
 */
public final class ScreenshotTour {

    private final Path out;
    private final boolean searchOnly;
    private Stage stage;
    private UiFixture ui;

    private ScreenshotTour(Path out, boolean searchOnly) {
        this.out = out;
        this.searchOnly = searchOnly;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        new ScreenshotTour(out, List.of(args).contains("--search-only")).run();
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        long fontMs = fx(Fonts::load);
        System.out.println("fonts loaded in " + fontMs + " ms");
        Path home = out.resolve("home");
        fx(() -> {
            stage = new Stage();
            ui = new UiFixture(stage, home);
            stage.setWidth(1200);
            stage.setHeight(780);
            return null;
        });
        settle();
        if (searchOnly) {
            measureSearch(home.resolve("一万人.nineones"));
            return;
        }
        snap(stage.getScene(), "01-welcome.png");

        fx(() -> {
            ((javafx.scene.control.Button) lookup("#openSampleButton")).fire();
            return null;
        });
        settle();
        snap(stage.getScene(), "01b-sample-people.png");
        String[][] records = {{"lettersTab", "30-letters.png"}, {"trainingTab", "31-training.png"},
                {"examsTab", "32-exams.png"}, {"rewardsTab", "33-rewards.png"}, {"assessmentsTab", "34-assessments.png"}};
        for (String[] record : records) {
            fx(() -> {
                selectTab(record[0]);
                return null;
            });
            settle();
            settle();
            snap(stage.getScene(), record[1]);
        }
        fx(() -> {
            selectTab("orgTab");
            TreeView<OrgUnit> tree = lookup("#orgTree");
            TreeItem<OrgUnit> first = tree.getRoot().getChildren().get(0);
            tree.getSelectionModel().select(first.getChildren().isEmpty() ? first : first.getChildren().get(0));
            return null;
        });
        settle();
        fx(() -> {
            TableView<Post> posts = lookup("#postTable");
            posts.getSelectionModel().select(0);
            return null;
        });
        settle();
        snap(stage.getScene(), "01c-sample-org.png");
        fx(() -> {
            ui.main.viewModel().close();
            return null;
        });
        settle();

        Path file = home.resolve("示范化工.nineones");
        Files.deleteIfExists(file);
        populate(ui.context.services(), file, 60);
        fx(() -> {
            ui.main.open(file);
            return null;
        });
        settle();
        snap(stage.getScene(), "02-people.png");

        fx(() -> {
            selectTab("orgTab");
            TreeView<OrgUnit> tree = lookup("#orgTree");
            TreeItem<OrgUnit> workshop = tree.getRoot().getChildren().get(0).getChildren().get(0);
            tree.getSelectionModel().select(workshop);
            return null;
        });
        settle();
        fx(() -> {
            TableView<Post> posts = lookup("#postTable");
            posts.getSelectionModel().select(0);
            return null;
        });
        settle();
        fx(() -> {
            TableView<?> duties = lookup("#dutyTable");
            duties.getSelectionModel().select(1);
            return null;
        });
        settle();
        snap(stage.getScene(), "03-org.png");
        contentTour();

        fx(() -> {
            selectTab("enterpriseTab");
            return null;
        });
        settle();
        snap(stage.getScene(), "04-enterprise.png");

        fx(() -> {
            selectTab("peopleTab");
            return null;
        });
        settle();
        dialogShot("#addPersonButton", () -> {
            ((TextField) lookupAnywhere("#personNameField")).setText("赵敏");
            ((TextField) lookupAnywhere("#idNumberField")).setText(TestData.wrongCheck("37160219950228004"));
            ((TextField) lookupAnywhere("#hireDateField")).setText("2021年3月32日");
            ((TextField) lookupAnywhere("#certificateNumberField")).setText("T3716009");
        }, "05-employee-dialog-error.png");

        Path roster = org.nineones.excel.TestWorkbooks.xlsx(out.resolve("人事部").resolve("花名册.xlsx"),
                wb -> org.nineones.excel.TestWorkbooks.rows(wb.createSheet("在职人员"), 0,
                        new Object[] {"滨州示范化工有限公司在职人员花名册（2026 年 11 月）"},
                        new Object[] {"序号", "员工姓名", "性别", "公民身份号码", "所在部门", "车间", "班组", "岗位(工种)", "入厂日期",
                                "手机号码", "操作证号", "有效期"},
                        new Object[] {1, "周杰", "男", org.nineones.excel.TestWorkbooks.id(11), "生产部", "合成车间", "合成甲班",
                                "反应釜操作工", LocalDate.of(2019, 4, 1), "13805430001", "", ""},
                        new Object[] {2, "吴霞", "女", org.nineones.excel.TestWorkbooks.id(12), "生产部", "合成车间", "合成乙班",
                                "电工", "2021.03.05", "13805430002", "T371602000123", "2027/6/30"},
                        new Object[] {3, "郑涛", "男", "3.70102E+17", "生产部", "包装车间", "包装一班", "叉车司机", "20200110",
                                "13805430003", "", ""},
                        new Object[] {4, "", "男", org.nineones.excel.TestWorkbooks.id(14), "生产部", "合成车间", "合成甲班",
                                "反应釜操作工", "2022年5月6日", "13805430004", "", ""},
                        new Object[] {null, "合计", "", "", "", "", "", "", "", "", "", ""}));
        ui.dialogs.files.add(roster);
        dialogShot(() -> new org.nineones.ui.roster.RosterImportAction(ui.context)
                .start(ui.main.viewModel().session().workspace(), null, () -> { }), () -> { }, "08-roster-import.png");

        Workspace current = ui.main.viewModel().session().workspace();
        Long firstPost = current.read(store -> store.posts().all().get(0).id());
        dialogShot(() -> new org.nineones.ui.templates.TemplateApplyDialog(ui.context, current, firstPost)
                .showAndApply(() -> { }), () -> { }, "09-apply-template.png");
        ui.context.services().templates().apply(current, "操作工", java.util.List.of(firstPost), java.util.Set.of());
        org.nineones.service.content.PostContentService content = ui.context.services().content();
        var list = (org.nineones.model.content.DutyList) content.draft(current, firstPost,
                org.nineones.model.content.ContentKind.DUTY_LIST).orElseThrow().body();
        var items = new ArrayList<>(list.items());
        items.remove(0);
        items.add(org.nineones.model.content.DutyItem.of("每班开好班前安全讲话，讲清当班作业的危险因素和防范措施。"));
        content.saveDraft(current, firstPost, new org.nineones.model.content.DutyList(items));
        dialogShot(() -> new org.nineones.ui.templates.TemplateCompareDialog(ui.context, current, firstPost).show(),
                () -> { }, "10-compare-template.png");
        dialogShot(() -> new org.nineones.ui.output.OutputActions(ui.context).preview(current,
                org.nineones.service.print.PrintKind.CARDS, "示范化工"), () -> { }, "20-print-preview-cards.png");
        ui.context.services().templates().apply(current, "电工", java.util.List.of(firstPost), java.util.Set.of());
        dialogShot(() -> new org.nineones.ui.output.OutputActions(ui.context).preview(current,
                org.nineones.service.print.PrintKind.RISK_CARDS, "示范化工"), () -> { }, "21-print-preview-risk.png");
        Path dutiesSheet = out.resolve("安全科").resolve("岗位安全生产责任清单.xlsx");
        Files.createDirectories(dutiesSheet.getParent());
        ui.context.services().exchange().export(current, org.nineones.excel.content.ExchangeKind.DUTIES, dutiesSheet,
                org.nineones.service.Progress.NONE);
        ui.dialogs.files.add(dutiesSheet);
        dialogShot(() -> new org.nineones.ui.exchange.ContentExchangeActions(ui.context).importFile(current,
                org.nineones.excel.content.ExchangeKind.DUTIES, () -> { }), () -> { }, "22-content-import.png");

        fx(() -> {
            ui.main.viewModel().close();
            return null;
        });
        settle();
        dialogShot("#newEnterpriseButton", () -> {
            ((TextField) lookupAnywhere("#nameField")).setText("滨州示范化工有限公司");
            ((TextField) lookupAnywhere("#creditCodeField")).setText("91371600MA3C00001X");
        }, "06-new-enterprise-error.png");

        measureSearch(home.resolve("一万人.nineones"));
    }

    /** The post content editor's four tabs, an earlier version read-only, the approve dialog, and the gaps view. */
    private void contentTour() throws Exception {
        fx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        settle();
        snap(stage.getScene(), "10-duty-list.png");
        String[] tabs = {"procedureTab", "riskCardTab", "emergencyCardTab"};
        String[] names = {"11-procedure.png", "12-risk-card.png", "13-emergency-card.png"};
        for (int i = 0; i < tabs.length; i++) {
            String tab = tabs[i];
            fx(() -> {
                TabPane kinds = lookup("#kindTabs");
                kinds.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                        .ifPresent(t -> kinds.getSelectionModel().select(t));
                return null;
            });
            settle();
            snap(stage.getScene(), names[i]);
        }
        fx(() -> {
            TabPane kinds = lookup("#kindTabs");
            kinds.getSelectionModel().select(2);
            TextArea hazards = lookup("#hazardsArea");
            hazards.setText(hazards.getText() + "\n反应失控");
            return null;
        });
        settle();
        snap(stage.getScene(), "14-risk-card-unsaved.png");
        fx(() -> {
            TabPane kinds = lookup("#kindTabs");
            kinds.getSelectionModel().select(0);
            javafx.scene.control.ComboBox<org.nineones.model.content.ContentVersion> versions = lookup("#versionBox");
            versions.setValue(versions.getItems().get(versions.getItems().size() - 1));
            return null;
        });
        settle();
        snap(stage.getScene(), "15-duty-list-history-read-only.png");
        fx(() -> {
            ((javafx.scene.control.Button) lookup("#backToEditingButton")).fire();
            TabPane kinds = lookup("#kindTabs");
            kinds.getSelectionModel().select(2);
            return null;
        });
        settle();
        dialogShot("#approveButton", () -> ((TextField) lookupAnywhere("#approverField")).setText(""),
                "16-approve-dialog.png");
        ui.dialogs.confirmations.add(false);
        fx(() -> {
            selectTab("gapsTab");
            return null;
        });
        settle();
        snap(stage.getScene(), "17-gaps.png");
        fx(() -> {
            ((javafx.scene.control.CheckBox) lookup("#onlyGapsBox")).setSelected(true);
            return null;
        });
        settle();
        snap(stage.getScene(), "18-gaps-only.png");
        fx(() -> {
            TableView<org.nineones.ui.gaps.GapRow> table = lookup("#gapsTable");
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(5));
            ((javafx.scene.control.Button) lookup("#fixGapButton")).fire();
            return null;
        });
        settle();
        snap(stage.getScene(), "19-gaps-fix-opens-editor.png");
        fx(() -> {
            stage.setWidth(1200);
            stage.setHeight(780);
            return null;
        });
        settle();
    }

    /** Clicks a button that opens a modal dialog, fills it, snapshots it, then closes it. */
    private void dialogShot(String button, Runnable fill, String name) throws Exception {
        dialogShot(() -> ((javafx.scene.control.Button) lookup(button)).fire(), fill, name);
    }

    private void dialogShot(Runnable open, Runnable fill, String name) throws Exception {
        Platform.runLater(open);
        settle();
        fx(() -> {
            fill.run();
            return null;
        });
        settle();
        Scene dialogScene = fx(() -> Window.getWindows().stream().filter(w -> w != stage).findFirst()
                .orElseThrow().getScene());
        snap(dialogScene, name);
        fx(() -> {
            ((Stage) dialogScene.getWindow()).close();
            return null;
        });
        settle();
    }

    private void measureSearch(Path file) throws Exception {
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        populate(ui.context.services(), file, 10_000);
        System.out.printf("made 10,000 employees in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        fx(() -> {
            ui.main.open(file);
            selectTab("peopleTab");
            return null;
        });
        settle();
        String[] keystrokes = {"张", "张伟", "张", "", "0", "00", "001", "0012", "反", "反应", "反应釜", "", "a", "a0",
                "a00", "a001", "王", "王强", ""};
        List<Long> micros = new ArrayList<>();
        List<Long> filterMicros = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> uptimes = new ArrayList<>();
        List<Long> cssMicros = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> cpuMicros = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // A keystroke ends when the scene's next pulse has applied its styles and laid itself out (the post-layout
        // pulse listener): what the window does for it, and only for the nodes it marked dirty. (Forcing the styles
        // with root.applyCss() would restyle the whole scene, which no keystroke does.)
        javafx.scene.Scene scene = stage.getScene();
        java.util.concurrent.atomic.AtomicReference<CountDownLatch> waiting =
                new java.util.concurrent.atomic.AtomicReference<>();
        long[] end = new long[2];
        Runnable afterLayout = () -> {
            CountDownLatch latch = waiting.getAndSet(null);
            if (latch != null) {
                end[0] = System.nanoTime();
                end[1] = threads.getCurrentThreadCpuTime();
                latch.countDown();
            }
        };
        fx(() -> {
            scene.addPostLayoutPulseListener(afterLayout);
            return null;
        });
        // looked up once: a lookup parses its selector and walks the scene, which no keystroke does
        TextField search = fx(() -> lookup("#searchField"));
        for (String text : keystrokes) {
            CountDownLatch latch = new CountDownLatch(1);
            long[] begin = fx(() -> {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                waiting.set(latch);
                search.setText(text);
                long t1 = System.nanoTime();
                Platform.requestNextPulse();
                return new long[] {t0, cpu0, t1};
            });
            if (!latch.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse after the keystroke '" + text + "'");
            }
            micros.add((end[0] - begin[0]) / 1000);
            filterMicros.add((begin[2] - begin[0]) / 1000);
            cssMicros.add((end[0] - begin[2]) / 1000);
            cpuMicros.add((end[1] - begin[1]) / 1000);
            uptimes.add(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            Thread.sleep(30);
        }
        fx(() -> {
            scene.removePostLayoutPulseListener(afterLayout);
            return null;
        });
        TableView<?> table = fx(() -> lookup("#employeeTable"));
        System.out.println("search keystrokes (text -> µs incl. filter, sort, table layout):");
        for (int i = 0; i < keystrokes.length; i++) {
            System.out.printf("  '%s' -> %d µs (filter and table update %d µs, styles and layout in the next pulse %d µs; CPU %d µs), done at JVM uptime %d ms%n",
                    keystrokes[i], micros.get(i), filterMicros.get(i), cssMicros.get(i), cpuMicros.get(i), uptimes.get(i));
        }
        List<Long> sorted = new ArrayList<>(micros.subList(1, micros.size()));
        sorted.sort(Long::compare);
        System.out.printf("search per keystroke over 10,000 rows: median %.1f ms, max %.1f ms (first, warm-up: %.1f ms);"
                        + " rows shown now %d; load average %.1f%n",
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0, micros.get(0) / 1000.0,
                fx(() -> table.getItems().size()),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Long> filters = new ArrayList<>(filterMicros.subList(1, filterMicros.size()));
        filters.sort(Long::compare);
        List<Long> cpu = new ArrayList<>(cpuMicros.subList(1, cpuMicros.size()));
        cpu.sort(Long::compare);
        System.out.printf("of which filter and table item update: median %.1f ms, max %.1f ms; CPU time of the FX thread"
                        + " per keystroke (no waiting for a core, no GC pause): median %.1f ms, max %.1f ms;"
                        + " load average now %.1f%n",
                filters.get(filters.size() / 2) / 1000.0, filters.get(filters.size() - 1) / 1000.0,
                cpu.get(cpu.size() / 2) / 1000.0, cpu.get(cpu.size() - 1) / 1000.0,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        fx(() -> {
            search.setText("反应釜");
            return null;
        });
        settle();
        snap(stage.getScene(), "07-people-10000-search.png");
    }

    /** An enterprise with a company, two departments, workshops and teams, posts with duties, and people. */
    static void populate(Services services, Path file, int people) throws Exception {
        try (Workspace ws = services.workspaces().create(file, "滨州示范化工有限公司", TestData.CREDIT_CODE)) {
            var org = services.org();
            ws.write(s -> {
                s.enterprise().update(new org.nineones.model.Enterprise("滨州示范化工有限公司", TestData.CREDIT_CODE,
                        "危险化学品生产", true, "滨城区", "滨州市滨城区黄河五路 1 号", "王建国", "0543-1234567",
                        "0543-7654321"));
                return null;
            });
            OrgUnit company = org.addUnit(ws, null, "滨州示范化工有限公司", OrgUnitKind.COMPANY);
            OrgUnit production = org.addUnit(ws, company.id(), "生产部", OrgUnitKind.DEPARTMENT);
            OrgUnit safety = org.addUnit(ws, company.id(), "安全环保部", OrgUnitKind.DEPARTMENT);
            OrgUnit synthesis = org.addUnit(ws, production.id(), "合成车间", OrgUnitKind.WORKSHOP);
            OrgUnit packing = org.addUnit(ws, production.id(), "包装车间", OrgUnitKind.WORKSHOP);
            OrgUnit teamA = org.addUnit(ws, synthesis.id(), "合成甲班", OrgUnitKind.TEAM);
            org.addUnit(ws, synthesis.id(), "合成乙班", OrgUnitKind.TEAM);
            Post reactor = org.savePost(ws, new Post(null, synthesis.id(), "反应釜操作工", PostCategory.OPERATOR,
                    RiskLevel.SIGNIFICANT));
            Post welder = org.savePost(ws, new Post(null, synthesis.id(), "电焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL));
            Post head = org.savePost(ws, new Post(null, synthesis.id(), "车间主任", PostCategory.WORKSHOP_HEAD,
                    RiskLevel.MAJOR));
            org.savePost(ws, new Post(null, synthesis.id(), "巡检工", PostCategory.OPERATOR, RiskLevel.LOW));
            Post packer = org.savePost(ws, new Post(null, packing.id(), "包装工", PostCategory.OPERATOR, RiskLevel.LOW));
            Post officer = org.savePost(ws, new Post(null, safety.id(), "专职安全员", PostCategory.SAFETY_MANAGER,
                    RiskLevel.LOW));
            org.replaceDuties(ws, reactor.id(), List.of("严格执行本岗位安全操作规程，不违章作业",
                    "班前检查反应釜温度、压力、液位仪表和安全阀，确认完好后方可开车",
                    "按规定穿戴防护用品，正确使用和维护岗位消防器材",
                    "发现泄漏、超温、超压等异常情况立即按应急处置卡处置并报告班组长",
                    "参加班组安全活动和应急演练，做好交接班记录"));
            writeContent(services, ws, reactor.id(), welder.id());
            String[] family = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
            String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "霞"};
            Post[] posts = {reactor, welder, head, packer, officer};
            OrgUnit[] units = {teamA, synthesis, synthesis, packing, safety};
            List<Employee> employees = new ArrayList<>(people);
            for (int i = 0; i < people; i++) {
                LocalDate birth = LocalDate.of(1965, 1, 1).plusDays((i * 37L) % 14000);
                String first17 = "371602" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
                IdNumber id = IdNumber.of(first17 + IdNumber.checkCharFor(first17));
                int p = i % posts.length;
                String name = family[i % family.length] + given[(i / family.length) % given.length]
                        + (i >= family.length * given.length ? given[(i / 7) % given.length] : "");
                boolean special = posts[p] == welder;
                employees.add(new Employee(null, name, id.gender(), id, String.format("A%04d", i + 1),
                        "1380543" + String.format("%04d", i % 10000), units[p].id(), posts[p].id(),
                        LocalDate.of(2005, 1, 1).plusDays((i * 53L) % 6500),
                        i % 29 == 0 ? EmployeeStatus.ON_LEAVE : EmployeeStatus.ACTIVE,
                        special ? "T3716" + String.format("%05d", i) : "",
                        special ? LocalDate.of(2026, 1, 1).plusDays(i % 900) : null));
            }
            deduplicate(employees);
            ws.write(s -> {
                s.employees().saveAll(employees);
                return null;
            });
        }
    }

    /** The reactor operator's four kinds of content, partly approved; the welder's duty list approved. */
    private static void writeContent(Services services, Workspace ws, long reactor, long welder) {
        var content = services.content();
        content.approve(ws, reactor, org.nineones.model.content.ContentKind.DUTY_LIST, "王建国",
                LocalDate.of(2026, 1, 1));
        content.saveDraft(ws, reactor, new org.nineones.model.content.DutyList(List.of(
                new org.nineones.model.content.DutyItem("岗位职责", "严格执行本岗位安全操作规程，不违章作业", "本岗位",
                        "合成车间反应釜区域", "违章作业一次扣5分", "《安全生产法》第五十七条",
                        org.nineones.model.content.ResponsibilityForm.DIRECT),
                new org.nineones.model.content.DutyItem("隐患排查", "班前检查反应釜温度、压力、液位仪表和安全阀，确认完好后方可开车",
                        "本岗位", "反应釜及附属设施", "未检查即开车的每次扣3分", "",
                        org.nineones.model.content.ResponsibilityForm.DIRECT),
                new org.nineones.model.content.DutyItem("应急处置", "发现泄漏、超温、超压等异常情况立即按应急处置卡处置并报告班组长",
                        "班组长", "本班组", "迟报、漏报的每次扣5分", "《安全生产法》第八十三条",
                        org.nineones.model.content.ResponsibilityForm.JOINT))));
        content.saveDraft(ws, reactor, new org.nineones.model.content.OperatingProcedure(
                List.of("检查反应釜温度、压力、液位仪表和安全阀是否完好", "确认冷却水、搅拌和紧急放空系统正常", "穿戴好防护用品"),
                List.of("严格按工艺卡片控制温度和压力", "每两小时巡检一次并记录", "投料时缓慢加入，防止冲料"),
                List.of("按顺序停车，关闭进料阀", "清理现场，做好交接班记录"),
                List.of("严禁超温、超压运行", "严禁脱岗、睡岗", "严禁在岗位吸烟或动火"),
                List.of("安全帽", "防静电工作服", "防护眼镜", "耐酸碱手套")), "反应釜操作工", 1);
        content.approve(ws, reactor, org.nineones.model.content.ContentKind.PROCEDURE, "王建国",
                LocalDate.of(2026, 3, 1));
        content.saveDraft(ws, reactor, new org.nineones.model.content.RiskCard(
                List.of("反应釜超温超压", "有毒物料泄漏", "搅拌机转动部位"),
                List.of(org.nineones.model.content.AccidentType.POISONING_ASPHYXIATION,
                        org.nineones.model.content.AccidentType.VESSEL_EXPLOSION,
                        org.nineones.model.content.AccidentType.MACHINERY,
                        org.nineones.model.content.AccidentType.FIRE),
                List.of("人员中毒、灼伤", "容器爆炸、火灾"),
                List.of("温度、压力联锁报警", "可燃有毒气体检测报警仪", "定期检验安全阀"), RiskLevel.SIGNIFICANT,
                List.of(new org.nineones.model.content.EmergencyContact("火警", "119"),
                        new org.nineones.model.content.EmergencyContact("急救", "120"),
                        new org.nineones.model.content.EmergencyContact("厂调度室", "0543-1234567"))));
        content.saveDraft(ws, reactor, new org.nineones.model.content.EmergencyCard(List.of(
                new org.nineones.model.content.EmergencyScenario("有毒气体泄漏",
                        List.of("立即佩戴正压式空气呼吸器", "关闭泄漏点上游阀门", "疏散下风向人员", "报告班组长和调度室"),
                        List.of(new org.nineones.model.content.EmergencyContact("厂调度室", "0543-1234567"))),
                new org.nineones.model.content.EmergencyScenario("火灾",
                        List.of("切断物料和电源", "使用就近灭火器初期扑救", "拨打 119 报警"),
                        List.of(new org.nineones.model.content.EmergencyContact("火警", "119"))))));
        content.saveDraft(ws, welder, new org.nineones.model.content.DutyList(List.of(
                org.nineones.model.content.DutyItem.of("持有效特种作业操作证上岗"),
                org.nineones.model.content.DutyItem.of("动火作业前办理动火许可证"))));
        content.approve(ws, welder, org.nineones.model.content.ContentKind.DUTY_LIST, "王建国",
                LocalDate.of(2025, 6, 1));
    }

    private static void deduplicate(List<Employee> employees) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        employees.removeIf(e -> !seen.add(e.idNumber().value()));
    }

    private void selectTab(String id) {
        TabPane tabs = lookup("#workspaceTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        tabs.getSelectionModel().select(tab);
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(String selector) {
        return (T) stage.getScene().getRoot().lookup(selector);
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookupAnywhere(String selector) {
        for (Window w : Window.getWindows()) {
            var node = w.getScene().getRoot().lookup(selector);
            if (node != null) {
                return (T) node;
            }
        }
        throw new IllegalStateException("no " + selector);
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(600);
    }

    private void snap(Scene scene, String name) throws Exception {
        WritableImage image = fx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
        System.out.println("wrote " + out.resolve(name));
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX work timed out");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
