package org.nineones.service.acceptance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.pack.CreatedAt;
import org.nineones.pack.Manifest;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's export history (移交记录): every package exported, with its time as its manifest states it (the
 * local offset included), file, fingerprint and what it held; written in one transaction with its audit entry.
 */
final class ExportHistory {

    private static final Logger LOG = LoggerFactory.getLogger(ExportHistory.class);

    private final Messages messages;

    ExportHistory(Messages messages) {
        this.messages = messages;
    }

    /**
     * Records an export made at {@code exportedAt}: the history keeps the time with its offset, the package itself only
     * its day (the same workspace on the same day gives the same package).
     */
    PackageExport record(Workspace workspace, Path file, OffsetDateTime exportedAt, Manifest manifest,
                         String fingerprint, List<PackageExport.Count> counts) {
        Path absolute = file.toAbsolutePath().normalize();
        long size;
        try {
            size = Files.size(absolute);
        } catch (java.io.IOException e) {
            LOG.warn("cannot read the size of the package just written, {}; recorded as 0", absolute, e);
            size = 0;
        }
        PackageExport export = new PackageExport(null, CreatedAt.of(exportedAt).text(),
                absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString(),
                absolute.toString(), size, fingerprint, manifest.enterprise().name(),
                manifest.enterprise().creditCode(), manifest.appVersion(), counts);
        return workspace.write(store -> {
            PackageExport recorded = store.packageExports().insert(export);
            store.audit().record("export-package", "package_export", recorded.id(),
                    messages.get("pack.history.audit", recorded.fileName(), fingerprint));
            return recorded;
        });
    }

    String describeCounts(PackageExport export) {
        return export.counts().stream()
                .map(c -> messages.get("pack.history.count", c.label(), String.valueOf(c.quantity()), c.unit()).strip())
                .collect(Collectors.joining(messages.get("pack.history.separator")));
    }

    List<PackageExport> list(Workspace workspace) {
        return workspace.read(store -> store.packageExports().all());
    }
}
