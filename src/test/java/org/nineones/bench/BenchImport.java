package org.nineones.bench;

import java.nio.file.Path;

import org.nineones.app.Services;
import org.nineones.excel.RosterSheet;
import org.nineones.service.Progress;
import org.nineones.service.roster.ImportResult;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.roster.RosterPreview;
import org.nineones.store.Workspace;

/** The import step of the benchmark: read → preview → commit, exactly as {@code nineones import-roster} does. */
final class BenchImport {

    private BenchImport() {
    }

    /** Imports every row of the roster into the workspace and describes the outcome. */
    static String importAll(Services services, Workspace workspace, Path roster) throws Exception {
        RosterImportService importer = services.rosterImport();
        RosterSheet sheet = importer.read(roster, null, Progress.NONE);
        RosterPreview preview = importer.preview(workspace, sheet, sheet.automaticMapping());
        ImportResult result = importer.commit(workspace, preview, false, Progress.NONE);
        return result.inserted() + " inserted, " + result.createdOrgUnits().size() + " org units and "
                + result.createdPosts().size() + " posts created";
    }
}
