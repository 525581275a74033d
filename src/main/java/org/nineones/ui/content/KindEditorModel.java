package org.nineones.ui.content;

import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.PostContent;

/**
 * One kind of a post's content in the editor: its versions, the version edits start from (the draft, else the
 * newest approved one), the form, whether the form differs from what was loaded, and an earlier version shown
 * read-only. Plain JavaFX properties: no control, no service.
 */
public final class KindEditorModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ContentKind kind;
    private final Messages messages;
    private final ContentForm form;
    private final ObservableList<ContentVersion> history = FXCollections.observableArrayList();
    private final ObjectProperty<ContentVersion> base = new SimpleObjectProperty<>();
    private final ObjectProperty<ContentVersion> viewing = new SimpleObjectProperty<>();
    private final ObjectProperty<PostContent> baseline = new SimpleObjectProperty<>();
    private final BooleanBinding dirty;
    private final BooleanBinding readOnly;
    private final BooleanBinding hasDraft;
    private final StringBinding status;

    KindEditorModel(ContentKind kind, Messages messages) {
        this.kind = kind;
        this.messages = messages;
        this.form = switch (kind) {
            case DUTY_LIST -> new DutyListForm();
            case PROCEDURE -> new ProcedureForm();
            case RISK_CARD -> new RiskCardForm();
            case EMERGENCY_CARD -> new EmergencyCardForm();
        };
        form.show(null);
        baseline.set(form.body());
        Observable[] changes = form.changes();
        Observable[] deps = new Observable[changes.length + 2];
        System.arraycopy(changes, 0, deps, 0, changes.length);
        deps[changes.length] = baseline;
        deps[changes.length + 1] = viewing;
        dirty = Bindings.createBooleanBinding(
                () -> viewing.get() == null && !form.body().equals(baseline.get()), deps);
        readOnly = viewing.isNotNull();
        hasDraft = Bindings.createBooleanBinding(() -> base.get() != null && base.get().isDraft(), base);
        status = Bindings.createStringBinding(this::describeStatus, base, viewing, dirty);
    }

    /** Shows freshly loaded versions (newest first): the form holds the version edits start from. */
    void loaded(List<ContentVersion> versions) {
        history.setAll(versions);
        base.set(versions.isEmpty() ? null : versions.get(0));
        viewing.set(null);
        showInForm(base.get() == null ? null : base.get().body());
    }

    /** Shows an earlier version read-only, or (given the editing base or null) goes back to editing. */
    void view(ContentVersion version) {
        if (version == null || base.get() != null && version.id().equals(base.get().id())) {
            viewing.set(null);
            showInForm(base.get() == null ? null : base.get().body());
        } else {
            viewing.set(version);
            showInForm(version.body());
        }
    }

    /** Throws away unsaved edits: the form shows the editing base again. */
    void revert() {
        view(null);
    }

    private void showInForm(PostContent body) {
        form.show(body);
        baseline.set(form.body());
    }

    /** The body to save: what the form holds now. */
    public PostContent body() {
        return form.body();
    }

    private String describeStatus() {
        ContentVersion shown = viewing.get();
        if (shown != null) {
            return messages.get("ui.content.status.viewing", describe(shown));
        }
        ContentVersion current = base.get();
        String text = current == null ? messages.get("ui.content.status.none") : describe(current);
        if (dirty.get()) {
            int next = current == null ? 1 : current.isDraft() ? current.number() : current.number() + 1;
            text = text + messages.get("ui.content.status.unsaved", next);
        }
        return text;
    }

    /** "草稿 第3版（来自模板 电工 v1）" or "已批准 第2版，2026-01-01 起生效，批准人 张三". */
    String describe(ContentVersion v) {
        String text = v.isDraft() ? messages.get("ui.content.status.draft", v.number())
                : messages.get("ui.content.status.approved", v.number(),
                v.effectiveFrom() == null ? "" : DAY.format(v.effectiveFrom()), v.approvedBy());
        if (v.templateName() != null && !v.templateName().isBlank()) {
            text = text + messages.get("ui.content.status.template", v.templateName(), v.templateVersion());
        }
        return text;
    }

    /** A short line for the version list: "第2版 已批准，2026-01-01 起生效". */
    String versionLabel(ContentVersion v) {
        return v.isDraft() ? messages.get("ui.content.version.draft", v.number())
                : messages.get("ui.content.version.approved", v.number(),
                v.effectiveFrom() == null ? "" : DAY.format(v.effectiveFrom()));
    }

    public ContentKind kind() {
        return kind;
    }

    public ContentForm form() {
        return form;
    }

    public DutyListForm dutyList() {
        return (DutyListForm) form;
    }

    public ProcedureForm procedure() {
        return (ProcedureForm) form;
    }

    public RiskCardForm riskCard() {
        return (RiskCardForm) form;
    }

    public EmergencyCardForm emergencyCard() {
        return (EmergencyCardForm) form;
    }

    public ObservableList<ContentVersion> history() {
        return history;
    }

    public ReadOnlyObjectProperty<ContentVersion> baseProperty() {
        return base;
    }

    public ReadOnlyObjectProperty<ContentVersion> viewingProperty() {
        return viewing;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    public BooleanBinding hasDraftProperty() {
        return hasDraft;
    }

    public StringBinding statusProperty() {
        return status;
    }
}
