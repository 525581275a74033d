package org.nineones.service.acceptance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;

class PrincipalDutiesTest {

    private final PrincipalDuties duties = PrincipalDuties.defaults();

    @Test
    void theBundledTableHasTheSevenDutiesOfArticle21() {
        assertEquals(List.of("system", "rules", "training", "investment", "prevention", "emergency", "reporting"),
                duties.duties().stream().map(PrincipalDuties.Duty::key).toList());
    }

    @Test
    void theRosterImportsDefaultListForThePrincipalCoversAllSevenAndEachLineItsOwn() throws Exception {
        List<DutyItem> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PrincipalDutiesTest.class.getResourceAsStream("/templates/default-duties.tsv"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("PRINCIPAL\t")) {
                    lines.add(DutyItem.of(line.split("\t")[2]));
                }
            }
        }
        assertEquals(7, lines.size());
        assertEquals(List.of(), duties.missing(new DutyList(lines)));
        for (int i = 0; i < lines.size(); i++) {
            List<PrincipalDuties.Duty> missing = duties.missing(new DutyList(List.of(lines.get(i))));
            assertEquals(6, missing.size(), "line " + (i + 1) + " shows one duty only: " + lines.get(i).duty());
            assertFalse(missing.contains(duties.duties().get(i)), "line " + (i + 1) + " is the law's duty " + (i + 1));
        }
        assertEquals(duties.duties(), duties.missing(null), "no list: nothing covered");
    }

    @Test
    void aMalformedTableIsRefusedNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrincipalDuties.read(
                new StringReader("key\tname\tkeywords\nsystem\t责任制\n")));
        assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
    }
}
