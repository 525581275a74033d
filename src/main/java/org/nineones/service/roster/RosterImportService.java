package org.nineones.service.roster;

import org.nineones.model.Messages;

/** Imports the enterprise's own roster spreadsheet (花名册). */
public final class RosterImportService {

    private final Messages messages;

    public RosterImportService(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }
}
