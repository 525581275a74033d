package org.nineones.service.problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.problems.FindingsImport;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemSource;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.backup.BackupHook;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.store.ProblemRepository.NewProblem;
import org.nineones.store.Workspace;

/**
 * Imports an inspector's findings file into the problem list: only after {@link FindingsFile#read} verified it (an
 * altered, foreign or newer file is refused there), only for this workspace's enterprise (by credit code), once per
 * file (by its fingerprint) and once per finding (by its uid). The workspace is backed up before the import writes
 * (decision 0017); then one transaction with its audit entry.
 */
final class FindingsImporter {

    private final Messages messages;
    private final FindingsFile findingsFiles;
    private final BackupHook beforeImport;

    FindingsImporter(Messages messages, FindingsFile findingsFiles, BackupHook beforeImport) {
        this.messages = messages;
        this.findingsFiles = findingsFiles;
        this.beforeImport = beforeImport;
    }

    FindingsImportResult importFile(Workspace workspace, Path zip) {
        FindingsFile.Content content = findingsFiles.read(zip);
        String fingerprint = PackageFingerprint.of(zip);
        String name = zip.getFileName() == null ? zip.toString() : zip.getFileName().toString();
        Optional<FindingsImport> earlier = workspace.read(store -> {
            Enterprise ours = store.enterprise().get();
            if (!code(ours.creditCode()).equals(code(content.creditCode()))) {
                throw new ProblemException(ProblemException.Reason.OTHER_ENTERPRISE, messages.get(
                        "problems.error.otherEnterprise", name, content.enterpriseName(), content.creditCode(),
                        ours.name(), ours.creditCode()));
            }
            return store.problems().findImport(fingerprint);
        });
        if (earlier.isPresent()) {
            FindingsImport e = earlier.get();
            return new FindingsImportResult(e, List.of(), e.findings(), true, messages.get("problems.findings.again",
                    name, RecordTime.local(e.importedAt())));
        }
        beforeImport.backUp(workspace);
        return workspace.write(store -> {
            long importId = store.problems().insertImport(new FindingsImport(0, fingerprint, name,
                    content.inspectionUid(), content.packageFingerprint(), content.templateName(),
                    content.templateVersion(), content.inspector(), content.date(), content.score(),
                    content.conclusion(), content.findings().size(), null, null));
            Set<String> known = store.problems().findingUids();
            List<Problem> added = new ArrayList<>();
            for (InspectionFinding f : content.findings()) {
                if (known.add(f.uid())) {
                    long id = store.problems().insertProblem(new NewProblem(ProblemSource.FINDING, f.uid(),
                            fingerprint, content.inspectionUid(), content.packageFingerprint(), null, f.lineId(),
                            f.seen(), f.requirement(), f.deadline(), f.responsible()));
                    added.add(store.problems().findProblem(id).orElseThrow());
                }
            }
            int listed = content.findings().size() - added.size();
            store.audit().record("import", "findings_import", importId, messages.get("problems.audit.findings", name,
                    fingerprint, content.inspectionUid(), String.valueOf(added.size()), String.valueOf(listed)));
            FindingsImport recorded = store.problems().findImport(fingerprint).orElseThrow();
            return new FindingsImportResult(recorded, added, listed, false, messages.get("problems.findings.imported",
                    name, content.inspector(), content.date().toString(), String.valueOf(added.size()),
                    String.valueOf(listed)));
        });
    }

    private static String code(String creditCode) {
        return creditCode == null ? "" : PackageFingerprint.normalise(creditCode).toUpperCase(Locale.ROOT);
    }
}
