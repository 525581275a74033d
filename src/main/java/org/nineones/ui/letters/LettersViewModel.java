package org.nineones.ui.letters;

import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nineones.model.Messages;
import org.nineones.service.letters.LetterRound;
import org.nineones.service.letters.LetterRow;
import org.nineones.service.letters.LetterService;
import org.nineones.service.letters.LetterStatus;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * The 责任书 screen's state: the year, the round read in the background, the filters (only not signed, only to sign
 * again), the summary per level, and the selected person's signing history.
 */
public final class LettersViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final LetterService letters;
    private final Workspace workspace;
    private final IntegerProperty year;
    private final BooleanProperty onlyUnsigned = new SimpleBooleanProperty(false);
    private final BooleanProperty onlyResign = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper levels = new ReadOnlyStringWrapper("");
    private final ObservableList<LetterRow> shown = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private LetterRound round;

    public LettersViewModel(Messages messages, TaskRunner tasks, LetterService letters, Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.letters = letters;
        this.workspace = workspace;
        this.year = new SimpleIntegerProperty(letters.currentYear());
        onlyUnsigned.addListener((o, a, b) -> filter());
        onlyResign.addListener((o, a, b) -> filter());
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public BooleanProperty onlyUnsignedProperty() {
        return onlyUnsigned;
    }

    public BooleanProperty onlyResignProperty() {
        return onlyResign;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty levelsProperty() {
        return levels.getReadOnlyProperty();
    }

    public ObservableList<LetterRow> shown() {
        return shown;
    }

    public ObservableList<String> history() {
        return history;
    }

    public LetterService letters() {
        return letters;
    }

    public Workspace workspace() {
        return workspace;
    }

    public int year() {
        return year.get();
    }

    /** Reads the year's round in the background, then shows it. */
    public void reload() {
        int y = year.get();
        tasks.run(messages.get("letters.progress.reading"), progress -> letters.round(workspace, y), this::show);
    }

    void show(LetterRound loaded) {
        this.round = loaded;
        summary.set(messages.get("letters.ui.summary.total", String.valueOf(loaded.year()), loaded.rows().size(),
                loaded.count(LetterStatus.SIGNED), loaded.count(LetterStatus.UNSIGNED), loaded.count(LetterStatus.RESIGN)));
        levels.set(loaded.levels().stream().map(l -> messages.get("letters.ui.summary.level",
                        messages.get("letters.level." + l.level()), l.signed(), l.total())
                        + (l.resign() == 0 ? "" : messages.get("letters.ui.summary.resign", l.resign())))
                .collect(Collectors.joining("　　")));
        filter();
    }

    private void filter() {
        if (round == null) {
            shown.clear();
            return;
        }
        List<LetterRow> rows = round.rows().stream()
                .filter(r -> !onlyUnsigned.get() && !onlyResign.get()
                        || onlyUnsigned.get() && r.status() == LetterStatus.UNSIGNED
                        || onlyResign.get() && r.status() == LetterStatus.RESIGN)
                .toList();
        shown.setAll(rows);
    }

    /** Shows a person's history (every year), or clears it. */
    public void showHistory(LetterRow row) {
        if (row == null) {
            history.clear();
            return;
        }
        history.clear();
        tasks.run(messages.get("letters.progress.reading"), progress -> letters.history(workspace, row.employeeId()),
                entries -> {
                    if (entries.isEmpty()) {
                        history.setAll(messages.get("letters.history.none"));
                    } else {
                        history.setAll(entries.stream().map(letters::describe).toList());
                    }
                });
    }

    public String status(LetterRow row) {
        return messages.of(row.status());
    }

    public String version(LetterRow row) {
        if (!row.signed()) {
            return "";
        }
        return row.signedVersion() == 0 ? messages.get("letters.version.none")
                : messages.get("letters.version.short", row.signedVersion());
    }

    public String counterpart(LetterRow row) {
        return row.counterpart().isSuperior() ? row.counterpart().name()
                : row.counterpart().name() + "（" + row.counterpart().postName() + "）";
    }
}
