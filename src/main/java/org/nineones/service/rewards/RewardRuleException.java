package org.nineones.service.rewards;

import org.nineones.model.UserFacing;

import java.util.List;

/**
 * An entry, a correction or a rule that the rules refuse; nothing was written. {@link #problems()} says field by
 * field what is wrong (a dialog shows each beside its field); the message joins them.
 */
public final class RewardRuleException extends RuntimeException implements UserFacing {

    private final List<FieldProblem> problems;

    public RewardRuleException(List<FieldProblem> problems) {
        super(String.join("\n", problems.stream().map(FieldProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public RewardRuleException(String message) {
        super(message);
        this.problems = List.of();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
