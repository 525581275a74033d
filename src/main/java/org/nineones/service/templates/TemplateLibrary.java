package org.nineones.service.templates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nineones.model.TextNormaliser;
import org.nineones.model.content.ContentJson;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.PostTemplate;
import org.nineones.model.content.RiskCard;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The post-type templates that ship with the app (电工, 焊工, 主要负责人…): one {@link ContentJson} file per template
 * under {@code /sample-data/templates/library/}, listed in that folder's {@code index.txt} (a jar cannot list a
 * folder). Loaded and checked once: unique names, every kind of content present and filled in, known enum values;
 * a file that fails stops the load with a {@link TemplateLibraryException} naming it.
 */
public final class TemplateLibrary {

    /** The library's folder on the class path (sample-data is copied into the jar, decision 0006). */
    public static final String RESOURCE_FOLDER = "/sample-data/templates/library/";
    /** The file listing the library's files, one name a line, in the order they are shown. */
    public static final String INDEX = "index.txt";

    /** Reads one file of the library by its name; null when there is no such file. */
    @FunctionalInterface
    interface Source {
        InputStream open(String file) throws IOException;
    }

    /** Brackets, which post names use or leave out at will: 裂解（裂化）, 电解(氯碱), 【外操】. */
    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]{}<>〔〕【】〈〉《》「」]");

    private static volatile TemplateLibrary bundled;

    private final List<PostTemplate> templates;
    private final Map<String, PostTemplate> byName;
    private final Map<String, String> files;

    private TemplateLibrary(List<PostTemplate> templates, Map<String, String> files) {
        this.templates = List.copyOf(templates);
        this.files = Map.copyOf(files);
        Map<String, PostTemplate> names = new LinkedHashMap<>();
        templates.forEach(t -> names.put(t.name(), t));
        this.byName = names;
    }

    /** The library in the jar, loaded and checked on first use, then kept. */
    public static TemplateLibrary bundled() {
        TemplateLibrary library = bundled;
        if (library == null) {
            synchronized (TemplateLibrary.class) {
                library = bundled;
                if (library == null) {
                    library = load(file -> TemplateLibrary.class.getResourceAsStream(RESOURCE_FOLDER + file));
                    bundled = library;
                }
            }
        }
        return library;
    }

    /** A library from a folder holding {@code index.txt} and the files it lists (for checks and tests). */
    public static TemplateLibrary fromFolder(Path folder) {
        return load(file -> {
            try {
                return Files.newInputStream(folder.resolve(file));
            } catch (NoSuchFileException e) {
                return null;
            }
        });
    }

    static TemplateLibrary load(Source source) {
        List<String> index = index(source);
        ContentJson json = new ContentJson();
        List<PostTemplate> templates = new ArrayList<>();
        Map<String, String> files = new HashMap<>();
        Map<String, String> aliasOwners = new HashMap<>();
        for (String file : index) {
            PostTemplate template = read(source, json, file);
            check(file, template);
            String earlier = files.putIfAbsent(template.name(), file);
            if (earlier != null) {
                throw new TemplateLibraryException(file, "the name " + template.name() + " is already used by " + earlier,
                        null);
            }
            for (String alias : template.aliases()) {
                String owner = aliasOwners.putIfAbsent(alias, template.name());
                if (owner != null && !owner.equals(template.name())) {
                    throw new TemplateLibraryException(file, "the alias " + alias + " is already an alias of " + owner,
                            null);
                }
            }
            templates.add(template);
        }
        for (PostTemplate template : templates) {
            String owner = aliasOwners.get(template.name());
            if (owner != null && !owner.equals(template.name())) {
                throw new TemplateLibraryException(files.get(owner),
                        "the alias " + template.name() + " is the name of another template", null);
            }
        }
        if (templates.isEmpty()) {
            throw new TemplateLibraryException(INDEX, "lists no template", null);
        }
        return new TemplateLibrary(templates, files);
    }

    private static List<String> index(Source source) {
        List<String> names = new ArrayList<>();
        try (InputStream in = source.open(INDEX)) {
            if (in == null) {
                throw new TemplateLibraryException(INDEX, "is missing from this build", null);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = TextNormaliser.trim(line);
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (!name.endsWith(".json") || name.contains("/") || name.contains("\\")) {
                    throw new TemplateLibraryException(INDEX, "lists " + name + ", not a .json file of the folder", null);
                }
                if (names.contains(name)) {
                    throw new TemplateLibraryException(INDEX, "lists " + name + " twice", null);
                }
                names.add(name);
            }
        } catch (IOException e) {
            throw new TemplateLibraryException(INDEX, "cannot be read: " + e.getMessage(), e);
        }
        return names;
    }

    private static PostTemplate read(Source source, ContentJson json, String file) {
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new TemplateLibraryException(file, "is listed in " + INDEX + " but missing", null);
            }
            PostTemplate template = json.readTemplate(in);
            if (template == null) {
                throw new TemplateLibraryException(file, "is empty", null);
            }
            return template;
        } catch (JsonProcessingException e) {
            throw new TemplateLibraryException(file, "is not a valid template: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new TemplateLibraryException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every field a post card or list prints must be there; the enums are checked by the strict JSON reading. */
    private static void check(String file, PostTemplate t) {
        List<String> problems = new ArrayList<>();
        if (t.name().isEmpty()) {
            problems.add("name is empty");
        }
        if (t.version() < 1) {
            problems.add("version must be 1 or more, is " + t.version());
        }
        if (t.category() == null) {
            problems.add("category is missing");
        }
        if (t.riskLevel() == null) {
            problems.add("riskLevel is missing");
        }
        if (t.description().isEmpty()) {
            problems.add("description is empty");
        }
        for (ContentKind kind : ContentKind.values()) {
            PostContent content = t.content(kind);
            if (content == null || content.isEmpty()) {
                problems.add(kind + " is missing or empty");
            }
        }
        if (t.dutyList() != null) {
            List<DutyItem> items = t.dutyList().items();
            for (int i = 0; i < items.size(); i++) {
                DutyItem item = items.get(i);
                if (item.category().isEmpty() || item.duty().isEmpty() || item.responsible().isEmpty()
                        || item.scope().isEmpty() || item.assessmentStandard().isEmpty()) {
                    problems.add("duty " + (i + 1)
                            + " lacks its category, duty, responsible, scope or assessmentStandard");
                }
            }
        }
        if (t.procedure() != null && t.procedure().protectiveEquipment().isEmpty()) {
            problems.add("the procedure names no protective equipment");
        }
        RiskCard card = t.riskCard();
        if (card != null) {
            if (card.hazards().isEmpty()) {
                problems.add("the risk card names no hazard");
            }
            if (card.accidentTypes().isEmpty()) {
                problems.add("the risk card names no accident type");
            }
            if (card.controls().isEmpty()) {
                problems.add("the risk card names no control");
            }
            if (t.riskLevel() != null && card.riskLevel() != t.riskLevel()) {
                problems.add("the risk card's level " + card.riskLevel() + " differs from the template's " + t.riskLevel());
            }
            if (card.emergencyContacts().isEmpty()) {
                problems.add("the risk card names no emergency contact");
            }
        }
        if (t.emergencyCard() != null) {
            for (EmergencyScenario scenario : t.emergencyCard().scenarios()) {
                if (scenario.name().isEmpty() || scenario.steps().isEmpty()) {
                    problems.add("an emergency scenario lacks its name or steps");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateLibraryException(file, String.join("; ", problems), null);
        }
    }

    /** Every template, in the index's order. */
    public List<PostTemplate> all() {
        return templates;
    }

    public int size() {
        return templates.size();
    }

    /** The template of this name (spaces around it ignored). */
    public Optional<PostTemplate> find(String name) {
        return Optional.ofNullable(byName.get(TextNormaliser.trim(name)));
    }

    /** The file a template was read from (e.g. {@code electrician.json}). */
    public String fileOf(PostTemplate template) {
        return files.get(template.name());
    }

    /**
     * The templates that fit a post name, best first: one whose name or alias is the post name, then those whose
     * name or alias is part of it (the longer the part, the better: 生产一车间主任 → 车间主任), also with words
     * between its characters when it has three or more (加氢装置操作工 → 加氢操作工, which beats the plain 操作工;
     * of two parts of one length the one in one piece wins, then the one found earlier), then those whose name or
     * alias contains the post name.
     * Full-width and half-width forms, spaces and brackets are ignored (裂解(裂化) = 裂解（裂化）). Empty when
     * nothing fits.
     */
    public List<PostTemplate> suggest(String postName) {
        String post = compact(postName);
        if (post.isEmpty()) {
            return List.of();
        }
        Map<PostTemplate, Integer> scores = new LinkedHashMap<>();
        for (PostTemplate template : templates) {
            int best = 0;
            List<String> names = new ArrayList<>();
            names.add(template.name());
            names.addAll(template.aliases());
            for (String name : names) {
                best = Math.max(best, score(compact(name), post));
            }
            if (best > 0) {
                scores.put(template, best);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<PostTemplate, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * How well a template's name or alias fits a post name (both compacted), 0 when not at all. Of two parts of one
     * kind and length, the one found earlier in the post name wins: Chinese names put the qualifier first (氧化工段操作工
     * is an 氧化 operator more than a 化工 one).
     */
    private static int score(String candidate, String post) {
        if (candidate.equals(post)) {
            return 10_000 * 128;
        }
        int at = candidate.length() >= 2 ? post.indexOf(candidate) : -1;
        if (at >= 0) {
            return (1_000 + 2 * candidate.length()) * 128 + earliness(at);
        }
        at = candidate.length() >= 3 ? inOrder(candidate, post) : -1;
        if (at >= 0) {
            return (1_000 + 2 * candidate.length() - 1) * 128 + earliness(at);
        }
        if (post.length() >= 2 && candidate.contains(post)) {
            return (100 + post.length()) * 128;
        }
        return 0;
    }

    private static int earliness(int at) {
        return 127 - Math.min(at, 127);
    }

    /**
     * The names of the templates closest to a name that is not in the library (misspelt or partial), best first, at
     * most {@code max}: names and aliases that contain it or it contains come first, then the fewest edits.
     */
    public List<String> closestNames(String name, int max) {
        String wanted = compact(name);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (PostTemplate template : templates) {
            int best = Integer.MAX_VALUE;
            List<String> names = new ArrayList<>();
            names.add(template.name());
            names.addAll(template.aliases());
            for (String candidate : names) {
                String c = compact(candidate);
                int distance = !wanted.isEmpty() && (c.contains(wanted) || wanted.contains(c)) ? 0 : edits(wanted, c);
                best = Math.min(best, distance);
            }
            int limit = Math.max(1, wanted.length() / 2);
            if (best <= limit) {
                scored.add(new Scored(template.name(), best));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance)).limit(max).map(Scored::name)
                .toList();
    }

    private static String compact(String text) {
        String folded = Normalizer.normalize(TextNormaliser.strip(text), Normalizer.Form.NFKC);
        return BRACKETS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Where the characters of {@code part} start in {@code whole} when they all appear there in the same order (gaps
     * allowed), taking each at its first possible place; -1 when they do not.
     */
    private static int inOrder(String part, String whole) {
        int at = 0;
        int start = -1;
        for (int i = 0; i < part.length(); i++) {
            at = whole.indexOf(part.charAt(i), at);
            if (at < 0) {
                return -1;
            }
            if (start < 0) {
                start = at;
            }
            at++;
        }
        return start;
    }

    /** Levenshtein distance, by characters. */
    private static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
