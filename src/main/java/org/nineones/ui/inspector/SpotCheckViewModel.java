package org.nineones.ui.inspector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.nineones.model.Messages;
import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.RatingPhoto;
import org.nineones.service.inspection.FramePerson;
import org.nineones.service.inspection.InspectionPapers;
import org.nineones.service.inspection.PostBrief;
import org.nineones.service.inspection.SampleSizeRule;
import org.nineones.service.inspection.SpotCheck;
import org.nineones.service.inspection.SpotCheckService;
import org.nineones.service.inspection.print.SpotCheckSheet;
import org.nineones.store.InspectionFile;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.DialogService;
import org.nineones.ui.common.TaskRunner;

/**
 * The spot check of one inspection (issue 13, point 4), as the 抽查 tab works on it: the current draw, a new draw as
 * typed, a worker's post brief, a rating and an absent worker's replacement. Every call to the
 * {@link SpotCheckService} runs as a task; its refusals come back as their sentences through the task runner.
 */
final class SpotCheckViewModel {

    private final SpotCheckService service;
    private final InspectionPapers papers;
    private final List<SampleSizeRule> rules;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final InspectionFile file;
    private final Inspection inspection;
    private final ReadOnlyObjectWrapper<SpotCheck> check = new ReadOnlyObjectWrapper<>(this, "check");

    SpotCheckViewModel(AppContext context, InspectionFile file, Inspection inspection) {
        this.service = context.services().spotChecks();
        this.papers = context.services().inspectionPapers();
        this.rules = context.services().draws().rules().all();
        this.messages = context.messages();
        this.tasks = context.tasks();
        this.dialogs = context.dialogs();
        this.file = file;
        this.inspection = inspection;
    }

    /** The current draw, or null before the first. */
    ReadOnlyObjectProperty<SpotCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    SpotCheck check() {
        return check.get();
    }

    InspectionFile file() {
        return file;
    }

    Inspection inspection() {
        return inspection;
    }

    /** The sample-size rules, the default first as the file lists it. */
    List<SampleSizeRule> rules() {
        return rules;
    }

    /** A new draw may be made until the first rating. */
    boolean redrawAllowed() {
        return check.get() == null || check.get().ratings().isEmpty();
    }

    /** Reads the current draw from the inspection file. */
    void load() {
        tasks.run(messages.get("spot.task.read"), progress -> service.current(file, inspection).orElse(null),
                check::set);
    }

    /**
     * Draws as typed: {@code seed} blank for a new one; {@code size} blank for the rule's.
     *
     * @param then runs after the draw is stored
     */
    void draw(String seed, String size, String rule, Runnable then) {
        String typed = size == null ? "" : size.strip();
        Integer n = null;
        if (!typed.isEmpty()) {
            if (!typed.matches("[0-9]{1,9}")) {
                dialogs.showError(messages.get("spot.draw"), messages.get("spot.error.size", typed));
                return;
            }
            n = Integer.valueOf(typed);
        }
        Integer asked = n;
        tasks.run(messages.get("spot.task.draw"), progress -> service.draw(file, inspection, seed, asked, rule), c -> {
            check.set(c);
            then.run();
        });
    }

    /** The post brief of a worker of the draw, with the questions to put. */
    void brief(FramePerson person, Consumer<PostBrief> shown) {
        tasks.run(messages.get("spot.task.brief"), progress -> service.questions(file, inspection, person), shown);
    }

    /**
     * Rates a worker (final once saved).
     *
     * @param photo a jpg/png file chosen, or {@code null}
     */
    void rate(FramePerson person, Familiarity familiarity, String note, Path photo) {
        tasks.run(messages.get("spot.task.rate"), progress -> {
            RatingPhoto taken = photo == null ? null : new RatingPhoto(photo.getFileName().toString(),
                    mediaType(photo), Files.readAllBytes(photo));
            service.rate(file, inspection, person, familiarity, note, taken);
            return service.current(file, inspection).orElseThrow();
        }, check::set);
    }

    /** Replaces an absent worker by the next one of the same draw; {@code shown} gets the replacement. */
    void replace(FramePerson absent, String reason, Consumer<FramePerson> shown) {
        tasks.run(messages.get("spot.task.replace"), progress -> service.replace(file, inspection, absent, reason), c -> {
            check.set(c);
            c.replacementOf(absent).ifPresent(r -> shown.accept(r.replacement()));
        });
    }

    /** The spot-check record (抽查记录) of the current draw, assembled as every printout of the inspection is. */
    void spotCheckSheet(Consumer<SpotCheckSheet> then) {
        tasks.run(messages.get("spot.task.print"), progress -> {
            InspectionPapers papers = this.papers;
            return papers.spotCheckSheet(papers.read(file, inspection));
        }, then);
    }

    static String mediaType(Path photo) {
        String name = photo.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") ? "image/png" : "image/jpeg";
    }
}
