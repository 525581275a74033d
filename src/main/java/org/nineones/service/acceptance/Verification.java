package org.nineones.service.acceptance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nineones.model.Messages;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.PackageProblem;
import org.nineones.pack.VerificationResult;

/**
 * A package checked against its manifest and, when one was given, against the fingerprint the enterprise handed
 * over (its cover letter). {@code fingerprint} is the SHA-256 of the whole file, empty when it was not needed (a
 * package that failed its check with no fingerprint to compare).
 */
public record Verification(VerificationResult result, String fingerprint, String expected) {

    public Verification {
        fingerprint = fingerprint == null ? "" : fingerprint;
        expected = expected == null || expected.isBlank() ? "" : expected.strip();
    }

    /** True when a fingerprint to compare with was given. */
    public boolean expectation() {
        return !expected.isEmpty();
    }

    /** True when no fingerprint was given or it matches the file's. */
    public boolean fingerprintMatches() {
        return !expectation() || PackageFingerprint.matches(expected, fingerprint);
    }

    /** The package is intact and is the one the enterprise named (when it named one). */
    public boolean trusted() {
        return result.intact() && fingerprintMatches();
    }

    /** True when the file is an inspector's findings file (检查发现问题清单) rather than an acceptance package. */
    public boolean findingsFile() {
        return result.manifest() != null && result.manifest().findingsFile();
    }

    /**
     * What an intact findings file is about, a line each, as the command line and the window say it: the file, the
     * enterprise, the inspection (its id, day, inspector, score, conclusion, number of findings), the checklist
     * template and the fingerprint of the package inspected.
     */
    public List<String> findingsLines(Messages m) {
        Manifest manifest = result.manifest();
        Manifest.FindingsRef f = manifest.findings();
        Manifest.InspectionRef i = f.inspection();
        String conclusion = m.has("Conclusion." + i.conclusion()) ? m.get("Conclusion." + i.conclusion())
                : i.conclusion();
        return List.of(m.get("pack.cli.findingsIntact", result.file().toAbsolutePath()),
                m.get("pack.cli.enterprise", manifest.enterprise().name(), manifest.enterprise().creditCode()),
                m.get("pack.cli.findingsInspection", i.uid(), i.date(), i.inspector(), i.score().toPlainString(),
                        conclusion, f.count()),
                m.get("pack.cli.findingsTemplate", f.template().name(), f.template().version()),
                m.get("pack.cli.findingsPackage", f.packageFingerprint()));
    }

    /** True when the file is an enterprise's closing package (整改回复包). */
    public boolean closingPackage() {
        return result.manifest() != null && result.manifest().closingPackage();
    }

    /**
     * What an intact closing package is about, a line each: the file, the enterprise, the findings file it answers
     * (the inspection's id, the findings file's fingerprint, how many findings), the files checked and its
     * fingerprint.
     */
    public List<String> closingLines(Messages m) {
        Manifest manifest = result.manifest();
        Manifest.ClosingRef c = manifest.closing();
        return List.of(m.get("pack.cli.closingIntact", result.file().toAbsolutePath()),
                m.get("pack.cli.enterprise", manifest.enterprise().name(), manifest.enterprise().creditCode()),
                m.get("pack.cli.closingAnswers", c.inspectionUid(), c.findingsFingerprint(), c.count()),
                m.get("pack.cli.checked", result.checked().size(), String.join(", ", result.checked())),
                m.get("pack.cli.closingFingerprint", fingerprint));
    }

    /**
     * What the verification found, a line each, as both front ends say it: an intact closing package, findings file
     * or acceptance package with what it is about, the files checked and its fingerprint; or each problem found
     * (after {@code bullet}) and how many; then whether the fingerprint the enterprise named matches.
     */
    public List<String> lines(Messages m, String bullet) {
        List<String> lines = new ArrayList<>();
        Path zip = result.file().toAbsolutePath();
        boolean findings = findingsFile();
        boolean closing = closingPackage();
        String checked = m.get("pack.cli.checked", result.checked().size(), String.join(", ", result.checked()));
        if (result.intact() && closing) {
            lines.addAll(closingLines(m));
        } else if (result.intact() && findings) {
            lines.addAll(findingsLines(m));
            lines.add(checked);
            lines.add(m.get("pack.cli.findingsFingerprint", fingerprint));
        } else if (result.intact()) {
            Manifest manifest = result.manifest();
            lines.add(m.get("pack.cli.intact", zip));
            lines.add(m.get("pack.cli.enterprise", manifest.enterprise().name(), manifest.enterprise().creditCode()));
            lines.add(m.get("pack.cli.created", manifest.created().display(), manifest.appVersion()));
            lines.add(m.get(manifest.internal() ? "pack.cli.editionInternal" : "pack.cli.editionStandard"));
            lines.add(checked);
            lines.add(m.get("pack.cli.fingerprint", fingerprint));
        } else {
            lines.add(m.get(closing ? "pack.cli.closingNotIntact" : findings ? "pack.cli.findingsNotIntact"
                    : "pack.cli.notIntact", zip));
            for (PackageProblem problem : result.problems()) {
                lines.add(bullet + problem.describe(m));
            }
            lines.add(m.get(closing ? "pack.cli.closingProblemCount" : findings ? "pack.cli.findingsProblemCount"
                    : "pack.cli.problemCount", result.problems().size()));
        }
        if (expectation()) {
            lines.add(fingerprintMatches() ? m.get("pack.verify.expectMatches", fingerprint)
                    : m.get("pack.verify.expectDiffers", PackageFingerprint.normalise(expected), fingerprint));
        }
        return lines;
    }
}
