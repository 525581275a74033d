package org.nineones.service.rewards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;

/**
 * A reward and penalty rules table as data (tab-separated, UTF-8): lines starting with {@code #} and blank lines are
 * skipped, then the header {@value #HEADER}, then one rule a line. The defaults ship as {@value #RESOURCE}. A table
 * with a bad line is refused whole, naming the line ({@link RulesFileException}).
 */
public final class RewardRules {

    /** The bundled default rules. */
    public static final String RESOURCE = "/sample-data/rules/reward-rules.tsv";
    static final String HEADER = "code\tkind\tdescription\tamount\tpoints";
    /** More than this in yuan is taken for a typing mistake. */
    public static final double MAX_AMOUNT = 1_000_000;
    /** More than this many points is taken for a typing mistake. */
    public static final double MAX_POINTS = 1_000;

    private final List<RewardRule> rules;

    private RewardRules(List<RewardRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules in file order (without ids, all active). */
    public List<RewardRule> rules() {
        return rules;
    }

    /** The rules that ship with the app. */
    public static RewardRules defaults() {
        try (InputStream in = RewardRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the reward rules are missing from this build: " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (RulesFileException e) {
            throw new IllegalStateException("the bundled reward rules are malformed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a rules table.
     *
     * @throws RulesFileException naming the first bad line and what is wrong with it
     */
    public static RewardRules read(Reader source) throws IOException, RulesFileException {
        BufferedReader reader = new BufferedReader(source);
        List<RewardRule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean header = false;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!text.strip().equals(HEADER)) {
                    throw new RulesFileException(number, RulesFileException.Problem.HEADER, HEADER);
                }
                header = true;
                continue;
            }
            String[] cells = text.split("\t", -1);
            if (cells.length != 5) {
                throw new RulesFileException(number, RulesFileException.Problem.COLUMNS, String.valueOf(cells.length));
            }
            String code = cells[0].strip();
            if (code.isEmpty()) {
                throw new RulesFileException(number, RulesFileException.Problem.CODE, "");
            }
            if (!codes.add(code)) {
                throw new RulesFileException(number, RulesFileException.Problem.DUPLICATE, code);
            }
            RewardKind kind = kind(cells[1].strip());
            if (kind == null) {
                throw new RulesFileException(number, RulesFileException.Problem.KIND, cells[1].strip());
            }
            String description = cells[2].strip();
            if (description.isEmpty()) {
                throw new RulesFileException(number, RulesFileException.Problem.DESCRIPTION, "");
            }
            double amount = number(cells[3], MAX_AMOUNT, number, RulesFileException.Problem.AMOUNT);
            double points = number(cells[4], MAX_POINTS, number, RulesFileException.Problem.POINTS);
            rules.add(new RewardRule(null, code, kind, description, amount, points, true));
        }
        if (!header) {
            throw new RulesFileException(Math.max(number, 1), RulesFileException.Problem.HEADER, HEADER);
        }
        if (rules.isEmpty()) {
            throw new RulesFileException(number, RulesFileException.Problem.EMPTY, "");
        }
        return new RewardRules(rules);
    }

    /** REWARD or PENALTY, also written 奖励/处罚 or in lower case; null when neither. */
    public static RewardKind kind(String text) {
        String t = text == null ? "" : text.strip();
        return switch (t.toUpperCase(Locale.ROOT)) {
            case "REWARD", "奖励", "奖" -> RewardKind.REWARD;
            case "PENALTY", "处罚", "罚", "惩罚" -> RewardKind.PENALTY;
            default -> null;
        };
    }

    private static double number(String cell, double max, int line, RulesFileException.Problem problem)
            throws RulesFileException {
        String text = cell.strip();
        try {
            double value = text.isEmpty() ? 0 : Double.parseDouble(text);
            if (Double.isNaN(value) || value < 0 || value > max) {
                throw new RulesFileException(line, problem, text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RulesFileException(line, problem, text);
        }
    }
}
