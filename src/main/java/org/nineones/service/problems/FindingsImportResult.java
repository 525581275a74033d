package org.nineones.service.problems;

import java.util.List;

import org.nineones.model.problems.FindingsImport;
import org.nineones.model.problems.Problem;

/**
 * What importing a findings file did: the file as recorded (the earlier import when it was imported already), the
 * problems it added, how many of its findings were in the list already, whether the file itself had been imported
 * before (then nothing changed), and one sentence saying so.
 */
public record FindingsImportResult(FindingsImport file, List<Problem> added, int alreadyListed,
                                   boolean alreadyImported, String summary) {

    public FindingsImportResult {
        added = List.copyOf(added);
    }

    /** True when the import wrote nothing. */
    public boolean unchanged() {
        return added.isEmpty() && alreadyImported;
    }
}
