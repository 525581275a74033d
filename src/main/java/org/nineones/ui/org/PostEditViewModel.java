package org.nineones.ui.org;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.TextNormaliser;

/** The post form: name (required), category, risk level. */
public final class PostEditViewModel {

    private final Post original;
    private final long orgUnitId;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PostCategory> category = new SimpleObjectProperty<>(PostCategory.OPERATOR);
    private final ObjectProperty<RiskLevel> riskLevel = new SimpleObjectProperty<>(RiskLevel.LOW);
    private final StringBinding nameError;
    private final BooleanBinding valid;

    /** {@code original} is null for a new post in {@code orgUnitId}. */
    public PostEditViewModel(Messages messages, Post original, long orgUnitId) {
        this.original = original;
        this.orgUnitId = orgUnitId;
        if (original != null) {
            name.set(original.name());
            category.set(original.category());
            riskLevel.set(original.riskLevel());
        }
        nameError = Bindings.createStringBinding(
                () -> TextNormaliser.isBlank(name.get()) ? messages.get("ui.post.nameRequired") : "", name);
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && category.get() != null
                && riskLevel.get() != null, nameError, category, riskLevel);
    }

    public Post toPost() {
        return new Post(original == null ? null : original.id(), orgUnitId, TextNormaliser.trim(name.get()),
                category.get(), riskLevel.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PostCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<RiskLevel> riskLevelProperty() {
        return riskLevel;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
