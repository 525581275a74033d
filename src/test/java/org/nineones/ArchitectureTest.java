package org.nineones;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nineones.store.StoreException;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

/**
 * Layers point one way: ui → service → store/excel/report/pack → model; no package cycles; the GUI and the command
 * line reach the store only through the Workspace; ViewModels never touch the scene graph.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nineones");
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.nineones.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nineones.store..", "org.nineones.service..",
                        "org.nineones.excel..", "org.nineones.report..", "org.nineones.pack..", "org.nineones.cli..",
                        "org.nineones.ui..", "javafx..", "org.jooq..", "org.apache.poi..", "net.sf.jasperreports..")
                .check(classes);
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.nineones.ui..", "org.nineones")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyStoreUsesJooq() {
        noClasses().that().resideOutsideOfPackage("org.nineones.store..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .check(classes);
    }

    @Test
    void servicesDoNotReachUp() {
        noClasses().that().resideInAPackage("org.nineones.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nineones.ui..", "org.nineones.cli..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachServicesOrUi() {
        noClasses().that().resideInAnyPackage("org.nineones.store..", "org.nineones.excel..", "org.nineones.report..",
                        "org.nineones.pack..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nineones.service..", "org.nineones.ui..",
                        "org.nineones.cli..")
                .check(classes);
    }

    @Test
    void cliDoesNotUseUi() {
        noClasses().that().resideInAPackage("org.nineones.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.nineones.ui..")
                .check(classes);
    }

    @Test
    void uiAndCliReachTheStoreOnlyThroughTheWorkspace() {
        noClasses().that().resideInAnyPackage("org.nineones.ui..", "org.nineones.cli..")
                .should().dependOnClassesThat(resideInAPackage("org.nineones.store..")
                        .and(not(type(Workspace.class)))
                        .and(not(type(org.nineones.store.InspectionFile.class)))
                        .and(not(type(org.nineones.store.DeskStore.class)))
                        .and(not(type(WorkspaceException.class)))
                        .and(not(type(WorkspaceException.Reason.class)))
                        .and(not(type(StoreException.class))))
                .because("the GUI and the command line read and write through the services, which take the"
                        + " Workspace (or the inspector's InspectionFile); repositories, Store and the jOOQ classes stay behind them")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a ViewModel holds observable state and actions; controls, nodes and windows are the View's"
                        + " (decision 0009)")
                .check(classes);
    }

    @Test
    void noPackageCyclesOutsideGeneratedCode() {
        // the classes imported once for every rule, without the generated ones (importing again took seconds)
        JavaClasses ours = classes.that(not(resideInAnyPackage("org.nineones.store.jooq..",
                "org.nineones.store.inspection.jooq..", "org.nineones.store.desk.jooq..")));
        slices().matching("org.nineones.(**)").should().beFreeOfCycles().check(ours);
    }
}
