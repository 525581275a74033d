package org.nineones.service.acceptance.checks;


import java.io.IOException;


import java.io.Reader;


import java.util.ArrayList;
import java.util.List;

import org.nineones.model.TextNormaliser;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.service.RuleTable;

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
        return RuleTable.bundled(PrincipalDuties.class, RESOURCE, "the principal's duties", PrincipalDuties::read);
    }

    /**
     * Reads a table: lines starting with {@code #} and blank lines skipped, the header {@value #HEADER}, then one
     * line per duty with its keywords separated by 、.
     *
     * @throws IllegalArgumentException naming the line when the table is malformed
     */
    public static PrincipalDuties read(Reader source) throws IOException {
        List<Duty> duties = new ArrayList<>();
        for (RuleTable.Row row : RuleTable.rows(source, HEADER, 3)) {
            List<String> words = new ArrayList<>();
            for (String word : row.cell(2).split("[、,，]")) {
                String w = TextNormaliser.strip(word);
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            if (row.cell(0).isEmpty() || row.cell(1).isEmpty() || words.isEmpty()) {
                throw row.problem("a key, a name and at least one keyword");
            }
            duties.add(new Duty(row.cell(0), row.cell(1), words));
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
