package org.nineones.model.county;

import java.math.BigDecimal;
import java.util.Set;

import org.nineones.model.acceptance.Conclusion;

/**
 * How an accepted enterprise's latest signed inspection is coloured (ACCEPTANCE.md): red when its conclusion is one of
 * {@code redConclusions}, or (with {@code redWhenVetoOverdue}) a finding made from a veto is still open after its
 * deadline; green when its conclusion is one of {@code greenConclusions} with a score of at least
 * {@code greenMinScore}; yellow otherwise. The default is read from a resource file, never written in code.
 */
public record ColourRule(Set<Conclusion> greenConclusions, BigDecimal greenMinScore, Set<Conclusion> redConclusions,
                         boolean redWhenVetoOverdue) {

    public ColourRule {
        greenConclusions = Set.copyOf(greenConclusions);
        redConclusions = Set.copyOf(redConclusions);
        if (greenMinScore == null || greenMinScore.signum() < 0) {
            throw new IllegalArgumentException("the green score must be zero or more");
        }
        if (greenConclusions.stream().anyMatch(redConclusions::contains)) {
            throw new IllegalArgumentException("a conclusion cannot be both green and red");
        }
    }
}
