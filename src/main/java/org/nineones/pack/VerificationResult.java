package org.nineones.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * What verifying a package found. {@code manifest} is null when there was none of ours to read; {@code checked}
 * lists the files that matched the manifest; {@code problems} is empty exactly when the package is intact.
 */
public record VerificationResult(Path file, Manifest manifest, List<String> checked, List<PackageProblem> problems) {

    public VerificationResult {
        checked = List.copyOf(checked);
        problems = List.copyOf(problems);
    }

    /** True when the package is ours and every file is present, unaltered, and nothing was added. */
    public boolean intact() {
        return manifest != null && problems.isEmpty();
    }

    public List<String> missing() {
        return paths(PackageProblem.Kind.MISSING);
    }

    public List<String> extra() {
        return paths(PackageProblem.Kind.EXTRA);
    }

    /** Files whose size or content differs from the manifest, or cannot be read back. */
    public List<String> altered() {
        return problems.stream().filter(p -> p.kind().altersFile()).map(PackageProblem::path).toList();
    }

    public boolean has(PackageProblem.Kind kind) {
        return problems.stream().anyMatch(p -> p.kind() == kind);
    }

    private List<String> paths(PackageProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).map(PackageProblem::path).toList();
    }
}
