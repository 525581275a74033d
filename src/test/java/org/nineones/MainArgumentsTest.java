package org.nineones;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which command lines open the window: none, a workspace, or an inspection file (opened in the inspector's window). */
class MainArgumentsTest {

    @Test
    void aWorkspaceOrAnInspectionFileOpensTheWindowAnythingElseIsTheCommandLine() {
        assertTrue(Main.opensGui(new String[0]));
        assertTrue(Main.opensGui(new String[] {"/数据/示例化工.nineones"}));
        assertTrue(Main.opensGui(new String[] {"县局 2026.nineinspect"}));
        assertFalse(Main.opensGui(new String[] {"verify-package", "a.zip"}));
        assertFalse(Main.opensGui(new String[] {"a.zip"}));
        assertFalse(Main.opensGui(new String[] {"县局.nineinspect", "--help"}));
    }
}
