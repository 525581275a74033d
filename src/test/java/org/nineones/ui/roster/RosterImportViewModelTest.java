package org.nineones.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RosterImportViewModelTest {

    @Test
    void masksAnIdNumberShownAsAnExampleValue() {
        assertEquals("110105********002X", RosterImportViewModel.masked("11010519491231002X"));
    }

    @Test
    void masksAnIdNumberWrittenInFullWidthDigits() {
        assertEquals("110105********002X", RosterImportViewModel.masked("１１０１０５１９４９１２３１００２Ｘ"));
    }

    @Test
    void leavesOtherExampleValuesAsTheyAre() {
        assertEquals("生产部", RosterImportViewModel.masked("生产部"));
        assertEquals("13800000000", RosterImportViewModel.masked("13800000000"));
    }
}
