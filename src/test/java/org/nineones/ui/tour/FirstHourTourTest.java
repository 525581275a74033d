package org.nineones.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineones.excel.HrExports;
import org.nineones.model.Post;
import org.nineones.model.content.ContentKind;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.acceptance.CoverLetter;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.DialogFit;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.ui.handles.ApproveDialogHandle;
import org.nineones.ui.handles.GapsHandle;
import org.nineones.ui.handles.MainWindowHandle;
import org.nineones.ui.handles.NewEnterpriseDialogHandle;
import org.nineones.ui.handles.OrgHandle;
import org.nineones.ui.handles.PackageDialogsHandle;
import org.nineones.ui.handles.PreflightHandle;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.nineones.ui.handles.RosterImportDialogHandle;
import org.nineones.ui.handles.TemplateApplyDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first hour of a new officer, through the window only, at 1366×768 and at 1024×600: 新建企业 from the welcome
 * page, an HR system's roster (not the sample one) imported with its preview, the suggested templates applied to
 * the posts, 批准所选 in the gaps view, the responsibility cards' preview, the acceptance package with its
 * fingerprint, and the cover letter (资料移交单) in the print preview. Each step is checked for cut-off text and
 * controls out of reach, and saved as a PNG under target/first-hour/WIDTHxHEIGHT/ for a person to look at.
 */
class FirstHourTourTest extends UiTestBase {

    private static final HrExports ROSTER = HrExports.DINGTALK;
    private static final String ENTERPRISE = "滨州示范化工有限公司";

    private final List<String> problems = new ArrayList<>();
    private Path shots;
    private int width;
    private int height;

    /** The bundled fonts, loaded before the window is built, as the application does. */
    @BeforeAll
    static void loadFonts() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(Fonts::load);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1024, 600"})
    void aNewOfficerGoesFromANewEnterpriseToTheCoverLetter(int width, int height, FxRobot robot) throws Exception {
        long started = System.nanoTime();
        this.width = width;
        this.height = height;
        shots = Files.createDirectories(Path.of("target", "first-hour", width + "x" + height));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MainWindowHandle window = window(robot);
        assertTrue(window.welcomeShown());
        assertTrue(ui.context.services().workspaces().recentFiles().list().isEmpty(), "a fresh settings folder");
        step(robot, "01-welcome");

        // 1. 新建企业
        Path file = tempDir.resolve("安全科").resolve(ENTERPRISE + ".nineones");
        NewEnterpriseDialogHandle enterprise = window.newEnterprise().name(ENTERPRISE)
                .creditCode(TestData.CREDIT_CODE).location(file.toString());
        assertEquals("", enterprise.creditCodeProblem());
        assertTrue(enterprise.canCreate());
        step(robot, "02-new-enterprise");
        enterprise.create();
        assertTrue(Files.isRegularFile(file));
        assertFalse(window.welcomeShown());
        assertEquals(ENTERPRISE + " — 九个一 全员安全生产责任制", window.title());
        noErrors();
        step(robot, "03-new-workspace");
        Workspace ws = ui.main.viewModel().session().workspace();

        // 2. 人员 → 导入花名册, with the preview
        Path roster = tempDir.resolve("人事部").resolve(ROSTER.fileName());
        Files.createDirectories(roster.getParent());
        Files.copy(Path.of(System.getProperty("nineones.sampleData", "sample-data"), "rosters", ROSTER.fileName()),
                roster);
        window.people();
        ui.dialogs.files.add(roster);
        window.chooseMenuItem("importItem");
        RosterImportDialogHandle rosterImport = new RosterImportDialogHandle(robot);
        assertTrue(rosterImport.summary().contains("正确 " + ROSTER.people() + " 行"), rosterImport.summary());
        assertEquals(ROSTER.units().size() + 1, rosterImport.newOrgUnits().size(), rosterImport.newOrgUnits()::toString);
        assertEquals(ROSTER.posts(), rosterImport.newPosts().size(), rosterImport.newPosts()::toString);
        assertTrue(rosterImport.canImport());
        step(robot, "04-roster-preview");
        rosterImport.importRows();
        noErrors();
        assertTrue(ui.dialogs.infos.get(0).startsWith("导入完成：新增 " + ROSTER.people() + " 人"), ui.dialogs.infos::toString);
        ui.dialogs.infos.clear();
        assertEquals(ROSTER.people(), window.people().names().size());
        step(robot, "05-people");

        OrgHandle org = window.org();
        List<String> units = org.unitNames();
        assertEquals(ROSTER.units().size() + 1, units.size(), units::toString);
        for (String path : ROSTER.units()) {
            String leaf = path.substring(path.lastIndexOf('/') + 1);
            assertTrue(units.contains(leaf), () -> leaf + " in " + units);
        }
        List<String[]> posts = new ArrayList<>(); // unit, post
        for (String unit : units) {
            for (Post post : org.selectUnit(unit).posts()) {
                if (posts.stream().noneMatch(p -> p[1].equals(post.name()))) {
                    posts.add(new String[] {unit, post.name()});
                }
            }
        }
        assertEquals(ROSTER.posts(), posts.size(), () -> posts.stream().map(p -> p[0] + "/" + p[1]).toList().toString());
        org.selectUnit(posts.get(0)[0]).selectPost(posts.get(0)[1]);
        step(robot, "06-org");

        // 3. 套用模板 for each post, accepting the template suggested for it
        List<String> applied = new ArrayList<>();
        boolean shown = false;
        for (String[] post : posts) {
            org.selectUnit(post[0]).selectPost(post[1]);
            robot.push(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
            WaitForAsyncUtils.waitForFxEvents();
            TemplateApplyDialogHandle templates = new TemplateApplyDialogHandle(robot);
            boolean suggested = !ui.context.services().templates().library().suggest(post[1]).isEmpty();
            assertEquals(suggested, templates.canApply(), post[1] + ": " + templates.summary());
            if (!shown && suggested) {
                step(robot, "07-apply-template");
                shown = true;
            }
            if (suggested) {
                assertTrue(templates.summary().contains("套用到 1 个岗位"), templates.summary());
                templates.apply();
                applied.add(post[1]);
            } else {
                robot.type(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        noErrors();
        assertTrue(applied.size() >= 3, "templates suggested for " + applied);
        assertEquals(applied.size(), ui.dialogs.infos.size(), ui.dialogs.infos::toString);
        ui.dialogs.infos.clear();
        org.selectUnit(posts.get(0)[0]).selectPost(posts.get(0)[1]);
        assertFalse(org.editor().duties().isEmpty(), "the editor shows the template's duties");
        step(robot, "08-post-content");

        // 4. 批准所选 in the gaps view: every post selected, approver and date once
        int drafts = drafts(ws);
        assertTrue(drafts >= applied.size() * ContentKind.values().length - applied.size(), "drafts: " + drafts);
        GapsHandle gaps = window.gaps();
        String countsBefore = gaps.counts();
        for (String post : applied) {
            assertEquals("DRAFT_ONLY", gaps.state(post, "dutyListColumn"), post);
        }
        step(robot, "09-gaps");
        ApproveDialogHandle approve = gaps.approveSelected(gaps.posts().toArray(String[]::new))
                .approver("王厂长").effectiveFrom(LocalDate.now());
        assertTrue(approve.canApprove());
        step(robot, "10-approve");
        approve.confirm();
        assertTrue(robot.lookup("#approverField").tryQuery().isEmpty(), "the approver is asked once");
        List<String> said = new ArrayList<>(ui.dialogs.infos);
        said.addAll(ui.dialogs.errors);
        assertTrue(said.stream().anyMatch(m -> m.startsWith("已批准 " + drafts + " 份草稿")), said::toString);
        ui.dialogs.infos.clear();
        ui.dialogs.errors.clear();
        assertEquals(0, drafts(ws));
        for (String post : applied) {
            for (String column : List.of("dutyListColumn", "procedureColumn", "riskCardColumn", "emergencyCardColumn")) {
                assertEquals("IN_FORCE", gaps.state(post, column), post + " " + column);
            }
        }
        assertNotEquals(countsBefore, gaps.counts());
        step(robot, "11-gaps-approved");

        // 5. the responsibility cards (Ctrl+P), past the list of what would print blank
        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        pastPreflight(robot, "12-cards-preflight");
        PrintPreviewHandle cards = new PrintPreviewHandle(robot);
        assertTrue(cards.page().startsWith("第 1 页 / 共 "), cards.page());
        assertTrue(cards.imageWidth() > 0, "the page is drawn");
        step(robot, "13-cards-preview");
        Path cardsPdf = Files.createDirectories(tempDir.resolve("输出")).resolve("岗位责任卡.pdf");
        ui.dialogs.files.add(cardsPdf);
        cards.saveAs();
        noErrors();
        String cardsText = pdfText(cardsPdf);
        for (String name : window.people().names()) {
            assertTrue(cardsText.contains(name), () -> name + " in " + cardsText);
        }
        cards.close();

        // 6. the acceptance package (Ctrl+E), past the list, and its fingerprint
        Path zip = tempDir.resolve("输出").resolve("验收资料包.zip");
        ui.dialogs.files.add(zip);
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        pastPreflight(robot, "14-package-preflight");
        noErrors();
        PackageDialogsHandle exported = new PackageDialogsHandle(robot);
        assertTrue(Files.isRegularFile(zip));
        String fingerprint = PackageFingerprint.of(zip);
        assertEquals(fingerprint, exported.fingerprintField().getText());
        assertTrue(exported.exportedCounts().contains("人员 " + ROSTER.people() + " 人"), exported.exportedCounts());
        step(robot, "15-package-fingerprint");

        // 7. the cover letter (资料移交单) in the print preview, from the export's dialog
        exported.printCoverLetter();
        noErrors();
        PrintPreviewHandle letter = new PrintPreviewHandle(robot);
        assertTrue(letter.imageWidth() > 0, "the cover letter's page is shown");
        step(robot, "16-cover-letter");
        Path letterPdf = tempDir.resolve("输出").resolve("资料移交单.pdf");
        ui.dialogs.files.add(letterPdf);
        letter.saveAs();
        noErrors();
        String letterText = pdfText(letterPdf).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        assertTrue(letterText.contains(ENTERPRISE), letterText);
        assertTrue(letterText.contains(fingerprint.toLowerCase(Locale.ROOT))
                || letterText.contains(CoverLetter.grouped(fingerprint)
                .replaceAll("\\s", "").toLowerCase(Locale.ROOT)), letterText);
        letter.close();
        exported.closeExported();
        assertFalse(exported.exportedOpen());
        noErrors();

        System.out.printf("first hour at %d×%d: %.1f s%n", width, height, (System.nanoTime() - started) / 1e9);
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    private static int drafts(Workspace ws) {
        return ws.read(s -> s.posts().all().stream().mapToInt(p -> (int) java.util.Arrays.stream(ContentKind.values())
                .filter(k -> s.content().draft(p.id(), k).isPresent()).count()).sum());
    }

    private void noErrors() {
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    /** Goes on past the list of what would print blank or as 草稿, when there is one (its picture is saved first). */
    private void pastPreflight(FxRobot robot, String name) throws Exception {
        PreflightHandle preflight = new PreflightHandle(robot);
        if (preflight.shown()) {
            step(robot, name);
            preflight.continueAnyway();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        assertTrue(Files.isRegularFile(pdf), pdf.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() > 0);
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The window in front (a dialog, else the main window): a dialog larger than the screen gets what a screen of
     * the tour's size would give it; its layout is checked and its picture saved.
     */
    private void step(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Window> front = new AtomicReference<>();
        robot.interact(() -> {
            List<Window> showing = Window.getWindows().filtered(Window::isShowing);
            front.set(showing.isEmpty() ? stage : showing.get(showing.size() - 1));
        });
        Window top = front.get();
        Scene scene = top.getScene();
        if (top != stage && (top.getWidth() > width || top.getHeight() > height)) {
            // DialogFit gives a dialog its size again for a moment after it is shown: end that moment (no window
            // manager is at work here), then clamp it
            robot.interact(() -> {
                DialogFit.settleNow(top);
                top.setWidth(Math.min(width, top.getWidth()));
                top.setHeight(Math.min(height, top.getHeight()));
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> scene.getWidth() <= width + 1 && scene.getHeight() <= height + 1);
            WaitForAsyncUtils.waitForFxEvents();
        }
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            for (String problem : LayoutCheck.problems(scene)) {
                problems.add(name + ": " + problem);
            }
            image.set(scene.snapshot(null));
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", shots.resolve(name + ".png").toFile());
    }
}
