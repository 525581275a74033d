package org.nineones.ui.handles;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import org.testfx.api.FxRobot;

/** The dialogs of the acceptance package: after an export, and the export history (移交记录). */
public final class PackageDialogsHandle extends Handle {

    public PackageDialogsHandle(FxRobot robot) {
        super(robot);
    }

    /** The fingerprint shown after an export. */
    public TextField fingerprintField() {
        return node("packageFingerprint");
    }

    public String exportedMessage() {
        return label("packageExportedMessage");
    }

    public String exportedCounts() {
        return label("packageExportedCounts");
    }

    public PackageDialogsHandle copyFingerprint() {
        click("packageFingerprintCopy");
        return this;
    }

    public String copiedNote() {
        return label("packageFingerprintCopied");
    }

    public PackageDialogsHandle openFolder() {
        click("packageOpenFolder");
        return this;
    }

    public PackageDialogsHandle printCoverLetter() {
        click("packagePrintCoverLetter");
        return this;
    }

    public void closeExported() {
        click("packageExportedClose");
    }

    public boolean exportedOpen() {
        return robot.lookup("#packageExportedClose").tryQuery().isPresent();
    }

    public TableView<?> historyTable() {
        return node("exportHistoryTable");
    }

    public TextField historyFingerprint() {
        return node("exportHistoryFingerprint");
    }

    public String historyDetails() {
        return label("exportHistoryDetails");
    }

    public PackageDialogsHandle selectHistoryRow(int row) {
        TableView<?> table = historyTable();
        robot.interact(() -> table.getSelectionModel().select(row));
        return this;
    }

    public PackageDialogsHandle historyCoverLetter() {
        click("exportHistoryCoverLetter");
        return this;
    }

    public void closeHistory() {
        click("exportHistoryClose");
    }
}
