package org.nineones.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;

import org.nineones.model.AppVersion;
import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.backup.BackupDialog;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.FileFilter;
import org.nineones.model.content.ContentKind;
import org.nineones.ui.output.OutputActions;
import org.nineones.ui.output.PackageActions;
import org.nineones.ui.print.Preflight;
import org.nineones.ui.roster.RosterImportAction;
import org.nineones.excel.content.ExchangeKind;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.print.PrintKind;
import org.nineones.ui.exchange.ContentExchangeActions;
import org.nineones.ui.help.HelpTopics;
import org.nineones.ui.help.HelpWindow;
import org.nineones.ui.ledger.LedgerActions;
import org.nineones.ui.templates.TemplateApplyDialog;
import org.nineones.ui.templates.TemplateCompareDialog;
import org.nineones.ui.welcome.WelcomeView;
import org.nineones.app.Settings;
import org.nineones.store.InspectionFile;
import org.nineones.ui.county.CountyDeskView;
import org.nineones.ui.inspector.InspectorView;
import org.nineones.ui.inspector.InspectorViewModel;
import org.nineones.ui.workspace.NewWorkspaceDialog;

/** The main window: menu, the welcome view or the workspace's tabs, and a status bar for running tasks. */
public final class MainView implements WelcomeView.Actions {

    @FXML private Menu recentMenu;
    @FXML private MenuItem closeItem;
    @FXML private MenuItem backupItem;
    @FXML private MenuItem findItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem cardsItem;
    @FXML private Menu previewMenu;
    @FXML private MenuItem applyTemplateItem;
    @FXML private MenuItem compareTemplateItem;
    @FXML private Menu exportContentMenu;
    @FXML private Menu importContentMenu;
    @FXML private Menu exportLedgerMenu;
    @FXML private Menu importLedgerMenu;
    @FXML private MenuItem exportItem;
    @FXML private Menu peopleMenu;
    @FXML private Menu templatesMenu;
    @FXML private Menu recordsMenu;
    @FXML private MenuItem exportInternalItem;
    @FXML private MenuItem historyItem;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;

    private final AppContext context;
    private final Messages messages;
    private final MainViewModel viewModel;
    private final OutputActions output;
    private final PackageActions packages;
    private final ContentExchangeActions exchange;
    private final RosterImportAction rosterImport;
    private final Preflight preflight;
    private final Parent root;
    private WelcomeView welcome;
    private WorkspaceTabs tabs;
    private HelpWindow help;
    private final InspectorViewModel inspectorModel;
    private InspectorView inspector;
    /** The inspector's window is in front: the enterprise's own menus are hidden, not merely disabled. */
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(false);

    public MainView(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = new MainViewModel(context);
        this.output = new OutputActions(context);
        this.packages = new PackageActions(context);
        this.exchange = new ContentExchangeActions(context);
        this.rosterImport = new RosterImportAction(context);
        this.preflight = new Preflight(context, this::showPost);
        this.inspectorModel = new InspectorViewModel(context);
        this.root = context.views().load(this);
    }

    @FXML
    private void initialize() {
        var noWorkspace = viewModel.workspaceOpenProperty().not();
        closeItem.disableProperty().bind(noWorkspace);
        backupItem.disableProperty().bind(noWorkspace);
        findItem.disableProperty().bind(noWorkspace);
        importItem.disableProperty().bind(noWorkspace);
        cardsItem.disableProperty().bind(noWorkspace);
        previewMenu.disableProperty().bind(noWorkspace);
        initPreviewMenu();
        applyTemplateItem.disableProperty().bind(noWorkspace);
        compareTemplateItem.disableProperty().bind(noWorkspace);
        exportContentMenu.disableProperty().bind(noWorkspace);
        importContentMenu.disableProperty().bind(noWorkspace);
        initContentExchangeMenus();
        exportLedgerMenu.disableProperty().bind(noWorkspace);
        importLedgerMenu.disableProperty().bind(noWorkspace);
        initLedgerMenus();
        exportItem.disableProperty().bind(noWorkspace);
        exportInternalItem.disableProperty().bind(noWorkspace);
        historyItem.disableProperty().bind(noWorkspace);
        for (MenuItem enterpriseOnly : List.of(peopleMenu, templatesMenu, recordsMenu, previewMenu, cardsItem,
                exportItem, exportInternalItem, historyItem, backupItem)) {
            enterpriseOnly.visibleProperty().bind(inspectorShown.not());
        }
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();
        viewModel.session().workspaceProperty().addListener((obs, old, now) -> showWorkspace(now));
        showWorkspace(null);
        initStatusBar();
    }

    /** One item per kind of post content under 导出到 Excel and 从 Excel 导入. */
    private void initContentExchangeMenus() {
        for (ExchangeKind kind : ExchangeKind.values()) {
            MenuItem export = new MenuItem(exchange.kindName(kind) + "…");
            export.setId("export-" + kind.key());
            export.setOnAction(e -> withWorkspace(ws -> exchange.export(ws, kind)));
            exportContentMenu.getItems().add(export);
            MenuItem importItem = new MenuItem(exchange.kindName(kind) + "…");
            importItem.setId("import-" + kind.key());
            importItem.setOnAction(e -> withWorkspace(ws -> tabs.whenContentSettled(
                    () -> exchange.importFile(ws, kind, this::workspaceChanged))));
            importContentMenu.getItems().add(importItem);
        }
    }

    /** One item per ledger of people's records under 导出台账 and 导入台账. */
    private void initLedgerMenus() {
        LedgerActions ledgerActions = new LedgerActions(context);
        for (Ledger ledger : context.services().ledgers().all()) {
            MenuItem export = new MenuItem(ledgerActions.name(ledger) + "…");
            export.setId("export-ledger-" + ledger.key());
            export.setOnAction(e -> withWorkspace(ws -> ledgerActions.export(ws, ledger)));
            exportLedgerMenu.getItems().add(export);
            if (ledger.importable()) {
                MenuItem importItem = new MenuItem(ledgerActions.name(ledger) + "…");
                importItem.setId("import-ledger-" + ledger.key());
                importItem.setOnAction(e -> withWorkspace(ws -> ledgerActions.importFile(ws, ledger,
                        this::workspaceChanged)));
                importLedgerMenu.getItems().add(importItem);
            }
        }
    }

    /**
     * One item per printout under 打印预览, each after the check of what would print blank or as 草稿; the cards (the
     * most printed) also with Ctrl+P, which opens their preview: nothing is ever printed without it.
     */
    private void initPreviewMenu() {
        for (PrintKind kind : PrintKind.values()) {
            MenuItem item = new MenuItem(messages.of(kind) + "…");
            item.setId("preview-" + kind.cliName());
            item.setOnAction(e -> withWorkspace(ws -> preflight.thenRun(ws, Preflight.kindsOf(kind),
                    () -> output.preview(ws, kind, viewModel.session().enterpriseNameProperty().get()))));
            if (kind == PrintKind.CARDS) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
            }
            previewMenu.getItems().add(item);
        }
        for (RecordPrint print : context.services().recordPrints().all()) {
            if (!print.printsAll()) {
                continue;
            }
            MenuItem item = new MenuItem(messages.get(print.titleKey()) + "…");
            item.setId("preview-" + print.key());
            item.setOnAction(e -> withWorkspace(ws -> output.preview(ws, print, RecordPrintRequest.all(LocalDate.now()),
                    viewModel.session().enterpriseNameProperty().get())));
            previewMenu.getItems().add(item);
        }
    }

    private void withWorkspace(java.util.function.Consumer<Workspace> action) {
        Workspace workspace = viewModel.session().workspace();
        if (workspace != null) {
            action.accept(workspace);
        }
    }

    private void initStatusBar() {
        var current = context.tasks().current();
        var running = current.isNotNull();
        progressBar.visibleProperty().bind(running);
        cancelButton.visibleProperty().bind(running);
        current.addListener((obs, old, task) -> {
            statusLabel.textProperty().unbind();
            progressBar.progressProperty().unbind();
            if (task == null) {
                statusLabel.setText(messages.get("ui.status.ready"));
                progressBar.setProgress(0);
            } else {
                statusLabel.textProperty().bind(task.messageProperty());
                progressBar.progressProperty().bind(task.progressProperty());
            }
        });
        statusLabel.setText(messages.get("ui.status.ready"));
        cancelButton.setOnAction(e -> {
            Worker<?> task = current.get();
            if (task != null) {
                task.cancel();
            }
        });
    }

    private void showWorkspace(Workspace workspace) {
        rememberLayout();
        if (tabs != null) {
            tabs.dispose();
        }
        if (workspace == null) {
            tabs = null;
            if (welcome == null) {
                welcome = new WelcomeView(context, viewModel.recentFiles(), viewModel.welcomeNoteProperty(), this,
                        inspectorModel.recentFiles(), context.settings().side());
            }
            if (inspector == null) {
                content.getChildren().setAll(welcome.root());
            }
        } else {
            closeInspector();
            rememberSide(Settings.Side.ENTERPRISE);
            tabs = new WorkspaceTabs(context, workspace,
                    file -> rosterImport.start(workspace, file, this::workspaceChanged));
            content.getChildren().setAll(tabs.node());
            context.windowMemory().restoreSplits(tabs.node());
        }
    }

    /**
     * At start: a file named on the command line (a workspace, or an inspection file opened in the inspector's
     * window); else what was used last on the side the app remembers ({@code startup.side}).
     */
    public void start(java.util.List<String> args) {
        if (args.size() == 1 && args.get(0).endsWith(InspectionFile.EXTENSION)) {
            openInspectionFile(Path.of(args.get(0)));
        } else if (args.size() == 1 && args.get(0).endsWith(Workspace.EXTENSION)) {
            open(Path.of(args.get(0)));
        } else if (context.settings().side() == Settings.Side.INSPECTOR) {
            reopenLastInspectionFile();
        } else {
            viewModel.reopenLast();
        }
    }

    private void reopenLastInspectionFile() {
        if (!context.settings().reopenLastWorkspace()) {
            return;
        }
        try {
            context.services().recentInspectionFiles().last().filter(java.nio.file.Files::isRegularFile)
                    .ifPresent(this::openInspectionFile);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MainView.class).warn("could not read the recent inspection files", e);
        }
    }

    @Override
    public void chooseSide(Settings.Side side) {
        rememberSide(side);
    }

    private void rememberSide(Settings.Side side) {
        if (context.settings().side() != side) {
            context.settings().rememberSide(side);
        }
    }

    /** 新建检查档案…: a new inspection file, then the inspector's window. */
    @Override
    public void newInspectionFile() {
        String title = messages.get("inspector.file.newTitle");
        // the app's folder for the user's files, made on first use: a chooser given no existing folder opens in the
        // folder the app was started from
        Path folder = context.settings().workspaces();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            folder = Path.of(System.getProperty("user.home"));
        }
        context.dialogs().chooseFileToSave(title, folder,
                        messages.get("inspector.file.defaultName"), inspectionFilter())
                .ifPresent(file -> whenChangesSettled(() -> inspectorModel.create(withExtension(file),
                        this::showInspector)));
    }

    /** 打开检查档案…: an enterprise workspace chosen here is refused with its own sentence. */
    @Override
    public void openInspectionFile() {
        context.dialogs().chooseFileToOpen(messages.get("inspector.welcome.openFile"), inspectionFilter())
                .ifPresent(this::openInspectionFile);
    }

    @Override
    public void openInspectionFile(Path file) {
        whenChangesSettled(() -> inspectorModel.open(file, this::showInspector));
    }

    private FileFilter inspectionFilter() {
        return new FileFilter(messages.get("inspector.file.filter"), "*" + InspectionFile.EXTENSION);
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(InspectionFile.EXTENSION) ? file
                : file.resolveSibling(name + InspectionFile.EXTENSION);
    }

    /** The inspection file is open: the enterprise's workspace (if any) closes and the inspector's window shows. */
    private void showInspector() {
        viewModel.close();
        rememberSide(Settings.Side.INSPECTOR);
        if (inspector == null) {
            inspector = new InspectorView(context, inspectorModel, this::inspectorClosed);
        }
        content.getChildren().setAll(inspector.root());
        inspectorShown.set(true);
    }

    private void inspectorClosed() {
        inspector = null;
        inspectorShown.set(false);
        showWorkspace(viewModel.session().workspace());
    }

    private void closeInspector() {
        if (inspector != null || inspectorModel.file() != null) {
            inspector = null;
            inspectorShown.set(false);
            inspectorModel.close();
        }
    }

    /** 县级汇总… on the welcome page: the county desk in the window until its 返回 (the welcome page again). */
    @Override
    public void openCountyDesk() {
        rememberSide(Settings.Side.INSPECTOR);
        inspectorShown.set(true);
        CountyDeskView desk = CountyDeskView.open(context, view -> content.getChildren().setAll(view),
                () -> showWorkspace(viewModel.session().workspace()));
        desk.root().sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                inspectorShown.set(inspector != null);
            }
        });
    }

    /** The inspector's window, when an inspection file is open (for tests). */
    public InspectorView inspector() {
        return inspector;
    }

    /** Notes the split positions of the open workspace's screens, to give them back next time. */
    public void rememberLayout() {
        if (tabs != null) {
            context.windowMemory().rememberSplits(tabs.node());
        }
    }

    /** An import, a template or an approval changed the workspace: every tab shows it (see WorkspaceTabs). */
    private void workspaceChanged() {
        viewModel.session().changed();
    }

    /** Shows a post's content of one kind (one click from the pre-flight list). */
    private void showPost(long postId, ContentKind kind) {
        if (tabs != null) {
            tabs.showPost(postId, kind);
        }
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path file : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(viewModel.recentFiles().isEmpty());
    }

    @Override
    @FXML
    public void newEnterprise() {
        NewWorkspaceDialog dialog = new NewWorkspaceDialog(context);
        if (dialog.showAndWait()) {
            var vm = dialog.viewModel();
            whenChangesSettled(() -> viewModel.createWorkspace(vm.file(), vm.nameProperty().get(),
                    vm.creditCodeProperty().get()));
        }
    }

    @Override
    @FXML
    public void openExisting() {
        context.dialogs().chooseFileToOpen(messages.get("ui.menu.open"),
                        new FileFilter(messages.get("ui.file.workspaceFilter"), "*.nineones"))
                .ifPresent(this::open);
    }

    @Override
    @FXML
    public void openSample() {
        whenChangesSettled(viewModel::openSample);
    }

    @Override
    public void open(Path file) {
        whenChangesSettled(() -> viewModel.open(file));
    }

    @FXML
    private void onClose() {
        whenChangesSettled(viewModel::close);
    }

    /** 备份与恢复: unsaved edits are settled first, so a backup holds them and a restore loses none unasked. */
    @FXML
    private void onBackups() {
        whenChangesSettled(() -> {
            Workspace workspace = viewModel.session().workspace();
            if (workspace != null) {
                new BackupDialog(context, workspace, viewModel::reopen).show();
            }
        });
    }

    @FXML
    private void onExit() {
        whenChangesSettled(() -> {
            viewModel.close();
            Platform.exit();
        });
    }

    /** True when the open workspace has edits not yet saved (the window asks before closing). */
    public boolean hasUnsavedChanges() {
        return tabs != null && tabs.hasUnsavedChanges();
    }

    /** Asks about unsaved edits (save or discard), then runs {@code then}; at once when there are none. */
    public void whenChangesSettled(Runnable then) {
        if (tabs == null) {
            then.run();
        } else {
            tabs.whenChangesSettled(then);
        }
    }

    @FXML
    private void onFind() {
        if (tabs != null) {
            tabs.showPeopleAndSearch();
        }
    }

    @FXML
    private void onImport() {
        Workspace workspace = viewModel.session().workspace();
        if (workspace != null) {
            rosterImport.start(workspace, null, this::workspaceChanged);
        }
    }

    @FXML
    private void onTemplate() {
        rosterImport.saveTemplate();
    }

    @FXML
    private void onApplyTemplate() {
        Workspace workspace = viewModel.session().workspace();
        if (workspace != null) {
            tabs.whenContentSettled(() -> new TemplateApplyDialog(context, workspace, tabs.selectedPostId())
                    .showAndApply(this::workspaceChanged));
        }
    }

    @FXML
    private void onCompareTemplate() {
        Workspace workspace = viewModel.session().workspace();
        if (workspace != null) {
            new TemplateCompareDialog(context, workspace, tabs.selectedPostId()).show();
        }
    }

    @FXML
    private void onPrintCards() {
        Workspace workspace = viewModel.session().workspace();
        if (workspace != null) {
            preflight.thenRun(workspace, Preflight.kindsOf(PrintKind.CARDS),
                    () -> output.printCards(workspace, viewModel.session().enterpriseNameProperty().get()));
        }
    }

    @FXML
    private void onExportPackage() {
        Workspace workspace = viewModel.session().workspace();
        if (workspace != null) {
            preflight.thenRun(workspace, EnumSet.allOf(ContentKind.class),
                    () -> packages.exportPackage(workspace, viewModel.session().enterpriseNameProperty().get()));
        }
    }

    @FXML
    private void onExportInternalPackage() {
        Workspace workspace = viewModel.session().workspace();
        if (workspace != null) {
            preflight.thenRun(workspace, EnumSet.allOf(ContentKind.class), () -> packages.exportInternalPackage(
                    workspace, viewModel.session().enterpriseNameProperty().get()));
        }
    }

    @FXML
    private void onVerifyPackage() {
        packages.verifyPackage();
    }

    @FXML
    private void onExportHistory() {
        Workspace workspace = viewModel.session().workspace();
        if (workspace != null) {
            packages.showHistory(workspace);
        }
    }

    /** 帮助 → 使用说明 (F1): the guide, at the section for the screen in front of the user. */
    @FXML
    private void onGuide() {
        if (help == null) {
            help = new HelpWindow(context);
        }
        help.showFor(tabs == null ? HelpTopics.WELCOME : tabs.selectedTabId());
    }

    @FXML
    private void onAbout() {
        context.dialogs().showInfo(messages.get("ui.menu.about"),
                messages.get("ui.about.text", messages.get("app.name"), AppVersion.get(),
                        context.settings().home()));
    }

    public Parent root() {
        return root;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** Called when the window closes: the workspace is closed cleanly. */
    public void shutdown() {
        viewModel.close();
        inspectorModel.close();
    }
}
