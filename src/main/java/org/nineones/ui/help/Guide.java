package org.nineones.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's guide (使用说明): sections read from {@code /help/guide.txt}, a small markup that the help window
 * draws as JavaFX nodes. One line each:
 * <ul>
 *   <li>{@code # id 标题} starts a section ({@code id}: lower-case letters, digits and "-");</li>
 *   <li>{@code ## 小标题} a heading inside it;</li>
 *   <li>{@code 1. …} a numbered step (the number as written), {@code - …} a bullet, {@code > …} a tip;</li>
 *   <li>{@code ![图注](file.png)} a picture from {@code /help/}, with its caption;</li>
 *   <li>any other line: text of a paragraph (lines run on until a blank line); {@code %%} starts a comment line.</li>
 * </ul>
 * Inside text, {@code **菜单 → 命令**} is shown strong and {@code [文字](#id)} links to another section.
 */
public record Guide(List<Section> sections) {

    /** Where the guide and its pictures live on the class path. */
    public static final String FOLDER = "/help/";

    private static final Pattern SECTION = Pattern.compile("# ([a-z0-9-]+)\\s+(.+)");
    private static final Pattern STEP = Pattern.compile("(\\d+)\\.\\s+(.+)");
    private static final Pattern PICTURE = Pattern.compile("!\\[(.*)]\\(([^)\\s]+)\\)");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\[(.+?)]\\(#([a-z0-9-]+)\\)");

    public Guide {
        sections = List.copyOf(sections);
    }

    /** One part of the guide: what the help window shows at a time, and what F1 opens for a screen. */
    public record Section(String id, String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A block of a section, drawn one below the other. */
    public sealed interface Block permits Heading, Paragraph, Step, Bullet, Tip, Picture {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(List<Inline> text) implements Block {
    }

    public record Step(String number, List<Inline> text) implements Block {
    }

    public record Bullet(List<Inline> text) implements Block {
    }

    public record Tip(List<Inline> text) implements Block {
    }

    /** A picture: a file beside the guide, and its caption. */
    public record Picture(String file, String caption) implements Block {
    }

    /** A run of text: plain, strong (menu and button names), or a link to another section. */
    public record Inline(String text, Style style, String target) {
        public enum Style { PLAIN, STRONG, LINK }
    }

    /** The guide bundled with the application. */
    public static Guide load() {
        try (InputStream in = Guide.class.getResourceAsStream(FOLDER + "guide.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing " + FOLDER + "guide.txt");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guide", e);
        }
    }

    /** Reads the markup; a line before the first section, or a section id used twice, is refused naming its line. */
    public static Guide parse(String text) {
        List<Section> sections = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String id = null;
        String title = null;
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("%%")) {
                continue;
            }
            Matcher section = SECTION.matcher(line);
            if (line.isEmpty() || section.matches() || line.startsWith("## ") || STEP.matcher(line).matches()
                    || line.startsWith("- ") || line.startsWith("> ") || PICTURE.matcher(line).matches()) {
                flush(paragraph, blocks);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (section.matches()) {
                if (id != null) {
                    sections.add(new Section(id, title, blocks));
                }
                id = section.group(1);
                title = section.group(2).strip();
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": the section " + id + " is there twice");
                }
                blocks = new ArrayList<>();
                continue;
            }
            if (id == null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": text before the first section (# id 标题)");
            }
            Matcher step = STEP.matcher(line);
            Matcher picture = PICTURE.matcher(line);
            if (line.startsWith("## ")) {
                blocks.add(new Heading(line.substring(3).strip()));
            } else if (step.matches()) {
                blocks.add(new Step(step.group(1), inlines(step.group(2))));
            } else if (line.startsWith("- ")) {
                blocks.add(new Bullet(inlines(line.substring(2).strip())));
            } else if (line.startsWith("> ")) {
                blocks.add(new Tip(inlines(line.substring(2).strip())));
            } else if (picture.matches()) {
                blocks.add(new Picture(picture.group(2), picture.group(1).strip()));
            } else {
                paragraph.append(line);
            }
        }
        flush(paragraph, blocks);
        if (id != null) {
            sections.add(new Section(id, title, blocks));
        }
        return new Guide(sections);
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(inlines(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    static List<Inline> inlines(String text) {
        List<Inline> runs = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(new Inline(text.substring(at, m.start()), Inline.Style.PLAIN, null));
            }
            if (m.group(1) != null) {
                runs.add(new Inline(m.group(1), Inline.Style.STRONG, null));
            } else {
                runs.add(new Inline(m.group(2), Inline.Style.LINK, m.group(3)));
            }
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(new Inline(text.substring(at), Inline.Style.PLAIN, null));
        }
        return runs;
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every section another one links to, for the check that each exists. */
    public Set<String> linkTargets() {
        Set<String> targets = new LinkedHashSet<>();
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                for (Inline run : runs(block)) {
                    if (run.style() == Inline.Style.LINK) {
                        targets.add(run.target());
                    }
                }
            }
        }
        return targets;
    }

    /** Every picture file the guide shows. */
    public List<String> pictures() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .filter(Picture.class::isInstance).map(b -> ((Picture) b).file()).toList();
    }

    private static List<Inline> runs(Block block) {
        if (block instanceof Paragraph p) {
            return p.text();
        } else if (block instanceof Step s) {
            return s.text();
        } else if (block instanceof Bullet b) {
            return b.text();
        } else if (block instanceof Tip t) {
            return t.text();
        }
        return List.of();
    }
}
