package org.nineones.bench;

import java.nio.file.Path;

import org.nineones.app.Services;
import org.nineones.store.Workspace;

/** The import step of the benchmark, through the roster import service. */
final class BenchImport {

    private BenchImport() {
    }

    /** Imports every row of the roster into the workspace and describes the outcome. */
    static String importAll(Services services, Workspace workspace, Path roster) {
        throw new UnsupportedOperationException("roster import service not built yet: " + services.rosterImport()
                + workspace.file() + roster);
    }
}
