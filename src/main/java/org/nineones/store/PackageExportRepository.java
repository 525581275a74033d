package org.nineones.store;

import static org.nineones.store.jooq.Tables.PACKAGE_EXPORT;
import static org.nineones.store.jooq.Tables.PACKAGE_EXPORT_COUNT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.PackageExport;

/** The export history (移交记录): every acceptance package exported, with what it held. Append-only. */
public final class PackageExportRepository {

    private final DSLContext dsl;

    PackageExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records an export and returns it with its id. */
    public PackageExport insert(PackageExport e) {
        int id = dsl.insertInto(PACKAGE_EXPORT)
                .set(PACKAGE_EXPORT.EXPORTED_AT, e.exportedAt())
                .set(PACKAGE_EXPORT.FILE_NAME, e.fileName())
                .set(PACKAGE_EXPORT.FILE_PATH, e.filePath())
                .set(PACKAGE_EXPORT.FILE_SIZE, e.fileSize())
                .set(PACKAGE_EXPORT.FINGERPRINT, e.fingerprint())
                .set(PACKAGE_EXPORT.ENTERPRISE_NAME, e.enterpriseName())
                .set(PACKAGE_EXPORT.CREDIT_CODE, e.creditCode() == null ? "" : e.creditCode())
                .set(PACKAGE_EXPORT.APP_VERSION, e.appVersion() == null ? "" : e.appVersion())
                .returningResult(PACKAGE_EXPORT.ID).fetchOne().value1();
        int position = 0;
        for (PackageExport.Count c : e.counts()) {
            dsl.insertInto(PACKAGE_EXPORT_COUNT)
                    .set(PACKAGE_EXPORT_COUNT.EXPORT_ID, id)
                    .set(PACKAGE_EXPORT_COUNT.POSITION, position++)
                    .set(PACKAGE_EXPORT_COUNT.ITEM, c.item())
                    .set(PACKAGE_EXPORT_COUNT.LABEL, c.label())
                    .set(PACKAGE_EXPORT_COUNT.QUANTITY, c.quantity())
                    .set(PACKAGE_EXPORT_COUNT.UNIT, c.unit() == null ? "" : c.unit())
                    .execute();
        }
        return find(id).orElseThrow();
    }

    /** Every export, the latest first. */
    public List<PackageExport> all() {
        Map<Integer, List<PackageExport.Count>> counts = new LinkedHashMap<>();
        dsl.selectFrom(PACKAGE_EXPORT_COUNT).orderBy(PACKAGE_EXPORT_COUNT.EXPORT_ID, PACKAGE_EXPORT_COUNT.POSITION)
                .forEach(r -> counts.computeIfAbsent(r.getExportId(), k -> new ArrayList<>())
                        .add(new PackageExport.Count(r.getItem(), r.getLabel(), r.getQuantity(), r.getUnit())));
        return dsl.selectFrom(PACKAGE_EXPORT).orderBy(PACKAGE_EXPORT.ID.desc())
                .fetch(r -> new PackageExport(r.getId().longValue(), r.getExportedAt(), r.getFileName(),
                        r.getFilePath(), r.getFileSize(), r.getFingerprint(), r.getEnterpriseName(),
                        r.getCreditCode(), r.getAppVersion(), counts.getOrDefault(r.getId(), List.of())));
    }

    public Optional<PackageExport> find(long id) {
        return all().stream().filter(e -> e.id() == id).findFirst();
    }
}
