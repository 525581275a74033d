package org.nineones.service.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;

/**
 * What a post's name says about it, and the duties a new post starts with: both are data
 * ({@code templates/post-categories.tsv}, {@code templates/default-duties.tsv}), not code.
 */
public final class PostCatalog {

    /** A post's category and default risk level. */
    public record Classification(PostCategory category, RiskLevel riskLevel) {
    }

    private record Rule(String keyword, Classification classification) {
    }

    private static final Classification DEFAULT = new Classification(PostCategory.OPERATOR, RiskLevel.GENERAL);

    private final List<Rule> rules;
    private final Map<PostCategory, List<String>> duties;

    private PostCatalog(List<Rule> rules, Map<PostCategory, List<String>> duties) {
        this.rules = List.copyOf(rules);
        this.duties = duties;
    }

    /** Loads the tables shipped with the application. */
    public static PostCatalog bundled() {
        List<Rule> rules = new ArrayList<>();
        for (String[] f : lines("/templates/post-categories.tsv", 3)) {
            rules.add(new Rule(f[0], new Classification(PostCategory.valueOf(f[1]), RiskLevel.valueOf(f[2]))));
        }
        Map<PostCategory, TreeMap<Integer, String>> sorted = new EnumMap<>(PostCategory.class);
        for (String[] f : lines("/templates/default-duties.tsv", 3)) {
            sorted.computeIfAbsent(PostCategory.valueOf(f[0]), k -> new TreeMap<>()).put(Integer.parseInt(f[1]), f[2]);
        }
        Map<PostCategory, List<String>> duties = new EnumMap<>(PostCategory.class);
        sorted.forEach((category, byPosition) -> duties.put(category, List.copyOf(byPosition.values())));
        return new PostCatalog(rules, duties);
    }

    /** The category and risk level the post's name suggests; an operator post of general risk when nothing matches. */
    public Classification classify(String postName) {
        String name = postName == null ? "" : postName.toUpperCase(java.util.Locale.ROOT);
        for (Rule rule : rules) {
            if (name.contains(rule.keyword().toUpperCase(java.util.Locale.ROOT))) {
                return rule.classification();
            }
        }
        return DEFAULT;
    }

    /** The default risk level for a category, when the user named the category explicitly. */
    public RiskLevel defaultRisk(PostCategory category) {
        return switch (category) {
            case PRINCIPAL, SAFETY_DEPUTY, SAFETY_MANAGER, DEPARTMENT_HEAD -> RiskLevel.LOW;
            case SPECIAL_OPERATION -> RiskLevel.SIGNIFICANT;
            default -> RiskLevel.GENERAL;
        };
    }

    /** The ordered default duties of a category. */
    public List<String> defaultDuties(PostCategory category) {
        return duties.getOrDefault(category, List.of());
    }

    /** Every keyword, in the table's order (for the template's instructions). */
    public List<String> keywords(PostCategory category) {
        return rules.stream().filter(r -> r.classification().category() == category).map(Rule::keyword).toList();
    }

    private static List<String[]> lines(String resource, int fields) {
        List<String[]> result = new ArrayList<>();
        try (InputStream in = PostCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != fields) {
                    throw new IllegalStateException(resource + ": expected " + fields + " fields: " + line);
                }
                result.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
