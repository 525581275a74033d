package org.nineones.model.problems;

import java.nio.file.Path;
import java.util.List;

/**
 * The evidence given with a status change: records of duty performance (专档记录, by id) and files to keep (read and
 * checked like a duty record's files, kept as attachments).
 */
public record Evidence(List<Long> dutyRecordIds, List<Path> files) {

    public static final Evidence NONE = new Evidence(List.of(), List.of());

    public Evidence {
        dutyRecordIds = dutyRecordIds == null ? List.of() : List.copyOf(dutyRecordIds);
        files = files == null ? List.of() : List.copyOf(files);
    }

    public boolean isEmpty() {
        return dutyRecordIds.isEmpty() && files.isEmpty();
    }
}
