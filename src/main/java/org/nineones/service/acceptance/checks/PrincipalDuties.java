package org.nineones.service.acceptance.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.nineones.model.TextNormaliser;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;

/**
 * The seven duties of the principal responsible person (《安全生产法》第二十一条) as data ({@value #RESOURCE}), each with
 * its keywords: a duty list covers a duty when one of its lines (category or text) contains one of the keywords.
 */
public final class PrincipalDuties {

    public static final String RESOURCE = "/sample-data/rules/principal-duties.tsv";
    private static final String HEADER = "key\tname\tkeywords";

    /** One duty of Art. 21: a stable key, its name as a finding prints it, and the words that show it. */
    public record Duty(String key, String name, List<String> keywords) {

        public Duty {
            keywords = List.copyOf(keywords);
        }

        /** True when one of the list's lines contains one of the keywords. */
        public boolean coveredBy(DutyList list) {
            for (DutyItem item : list.items()) {
                String line = item.category() + " " + item.duty();
                for (String word : keywords) {
                    if (line.contains(word)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private final List<Duty> duties;

    public PrincipalDuties(List<Duty> duties) {
        this.duties = List.copyOf(duties);
    }

    /** The bundled table. */
    public static PrincipalDuties defaults() {
        try (InputStream in = PrincipalDuties.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the principal's duties are missing from this build: " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a table: lines starting with {@code #} and blank lines skipped, the header {@value #HEADER}, then one
     * line per duty with its keywords separated by 、.
     *
     * @throws IllegalArgumentException naming the line when the table is malformed
     */
    public static PrincipalDuties read(Reader source) throws IOException {
        List<Duty> duties = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        boolean header = false;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!text.equals(HEADER)) {
                    throw new IllegalArgumentException("line " + number + ": the header must be '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            String[] cells = text.split("\t");
            if (cells.length != 3) {
                throw new IllegalArgumentException("line " + number + ": 3 columns separated by tabs, not "
                        + cells.length);
            }
            List<String> words = new ArrayList<>();
            for (String word : cells[2].split("[、,，]")) {
                String w = TextNormaliser.strip(word);
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            if (cells[0].isBlank() || cells[1].isBlank() || words.isEmpty()) {
                throw new IllegalArgumentException("line " + number + ": a key, a name and at least one keyword");
            }
            duties.add(new Duty(cells[0].strip(), cells[1].strip(), words));
        }
        if (duties.isEmpty()) {
            throw new IllegalArgumentException("no duty in the table");
        }
        return new PrincipalDuties(duties);
    }

    public List<Duty> duties() {
        return duties;
    }

    /** The duties a list does not cover, in the table's order (all of them when there is no list). */
    public List<Duty> missing(DutyList list) {
        if (list == null) {
            return duties;
        }
        return duties.stream().filter(d -> !d.coveredBy(list)).toList();
    }
}
