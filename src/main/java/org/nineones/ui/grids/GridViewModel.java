package org.nineones.ui.grids;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.grids.GridArea;
import org.nineones.service.grids.GridService;
import org.nineones.service.grids.ListedArea;
import org.nineones.service.people.People;
import org.nineones.service.people.PeopleService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * 网格: the enterprise's responsibility areas as the grid service lists them (level, path, risk level, missing roles,
 * people), the roster, org units and posts the forms choose from, and the actions — add an area under another, save
 * one, delete one — each run in the task runner, the list read again after it and the area asked for selected.
 */
public final class GridViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final GridService service;
    private final PeopleService people;
    private final Workspace workspace;
    private final Runnable changed;
    private final ObservableList<ListedArea> areas = FXCollections.observableArrayList();
    private final ObjectProperty<People> choices = new SimpleObjectProperty<>(this, "choices");
    private final StringProperty count = new SimpleStringProperty(this, "count", "");
    private final ObjectProperty<Long> wanted = new SimpleObjectProperty<>(this, "wanted");

    public GridViewModel(Messages messages, TaskRunner tasks, GridService service, PeopleService people,
                         Workspace workspace, Runnable changed) {
        this.messages = messages;
        this.tasks = tasks;
        this.service = service;
        this.people = people;
        this.workspace = workspace;
        this.changed = changed;
    }

    private record Loaded(List<ListedArea> areas, People people) {
    }

    /** Reads the areas and the roster, org units and posts. */
    public void reload() {
        tasks.run(messages.get("gridui.task.read"), progress -> new Loaded(service.list(workspace),
                people.list(workspace)), loaded -> {
                    choices.set(loaded.people());
                    areas.setAll(loaded.areas());
                    long gaps = loaded.areas().stream().filter(ListedArea::isGap).count();
                    count.set(messages.get("gridui.count", loaded.areas().size(), gaps));
                });
    }

    /** Adds an area; the new one is selected once read. */
    public void add(GridArea area) {
        tasks.run(messages.get("gridui.add"), progress -> service.add(workspace, area), added -> done(added.id()));
    }

    /** Saves an area as edited (a changed parent moves it with its sub-areas). */
    public void save(GridArea area) {
        tasks.run(messages.get("gridui.edit"), progress -> service.update(workspace, area), saved -> done(saved.id()));
    }

    public void delete(ListedArea area) {
        tasks.run(messages.get("gridui.delete"), progress -> {
            service.delete(workspace, area.area().id());
            return area.area().parentId();
        }, this::done);
    }

    /** Reads the grid again and selects this area (from the readiness view's gaps). */
    public void show(long areaId) {
        wanted.set(null);
        wanted.set(areaId);
        reload();
    }

    private void done(Long select) {
        wanted.set(null);
        wanted.set(select);
        reload();
        changed.run();
    }

    public ObservableList<ListedArea> areas() {
        return areas;
    }

    public ObjectProperty<People> choicesProperty() {
        return choices;
    }

    public StringProperty countProperty() {
        return count;
    }

    /** The area to select after the next read (an added or saved one), or null. */
    public ObjectProperty<Long> wantedProperty() {
        return wanted;
    }

    public GridService service() {
        return service;
    }

    public Workspace workspace() {
        return workspace;
    }
}
