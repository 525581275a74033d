package org.nineones.service.inspection;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.nineones.model.Messages;
import org.nineones.pack.PackageProblem;
import org.nineones.pack.VerificationResult;

/**
 * The one way into a package on the inspector's side: it must verify first. A package that does not is refused,
 * naming each problem (a file missing, extra or altered, a truncated or foreign zip), as altered or as no package of
 * ours at all.
 */
final class PackageGate {

    /** Problems that mean the file is not one of our packages at all (rather than one that was altered). */
    private static final Set<PackageProblem.Kind> NOT_OURS = EnumSet.of(PackageProblem.Kind.NOT_A_ZIP,
            PackageProblem.Kind.NO_MANIFEST, PackageProblem.Kind.FOREIGN_MANIFEST, PackageProblem.Kind.NEWER_FORMAT);

    private PackageGate() {
    }

    /** The verification, when the package is intact; else the refusal with every problem named. */
    static VerificationResult intact(VerificationResult verified, Path zip, Messages messages) {
        if (!verified.intact()) {
            boolean ours = verified.problems().stream().noneMatch(p -> NOT_OURS.contains(p.kind()));
            throw new InspectionException(ours ? InspectionException.Reason.ALTERED
                    : InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get(ours ? "package.error.altered" : "package.error.notPackage", zip.getFileName(),
                            String.join("；", verified.problems().stream().map(p -> p.describe(messages)).toList())),
                    zip, null);
        }
        if (verified.manifest().closingPackage()) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get("closing.error.notAPackage", zip.getFileName()), zip, null);
        }
        if (verified.manifest().findingsFile()) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get("findings.error.notAPackage", zip.getFileName()), zip, null);
        }
        return verified;
    }
}
