package org.nineones.service.roster;

import java.util.List;

/** What an import wrote: people inserted and updated, invalid rows left out, org units and posts created. */
public record ImportResult(int inserted, int updated, int skippedInvalid, List<String> createdOrgUnits,
                           List<String> createdPosts) {

    public ImportResult {
        createdOrgUnits = List.copyOf(createdOrgUnits);
        createdPosts = List.copyOf(createdPosts);
    }
}
