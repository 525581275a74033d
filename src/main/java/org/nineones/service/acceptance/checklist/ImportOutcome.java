package org.nineones.service.acceptance.checklist;

import java.util.List;

import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.StoredChecklist;

/**
 * What an import did: the template, whether it was stored now ({@code false}: the same name and version with the
 * same content was there already, or it is the built-in default, and nothing changed), the version as stored, and the
 * warnings of its check.
 */
public record ImportOutcome(ChecklistTemplate template, boolean imported, StoredChecklist stored,
                            List<String> warnings) {

    public ImportOutcome {
        warnings = List.copyOf(warnings);
    }
}
