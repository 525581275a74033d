package org.nineones.ui.workspace;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.nineones.model.CreditCode;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.service.workspace.WorkspaceService;

/**
 * The new-enterprise form: where the file goes, the enterprise name and its credit code (GB 32100). Until the
 * user picks a location, the file follows the name in the default workspaces folder.
 */
public final class NewWorkspaceViewModel {

    private final Messages messages;
    private final Path defaultFolder;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private boolean locationChosen;
    private final StringBinding creditCodeError;
    private final StringBinding locationError;
    private final BooleanBinding valid;

    public NewWorkspaceViewModel(Messages messages, Path defaultFolder) {
        this.messages = messages;
        this.defaultFolder = defaultFolder;
        name.addListener((obs, old, now) -> {
            if (!locationChosen) {
                String clean = TextNormaliser.trim(now).replaceAll("[\\\\/:*?\"<>|]", "");
                location.set(clean.isEmpty() ? "" : defaultFolder.resolve(clean + ".nineones").toString());
            }
        });
        creditCodeError = Bindings.createStringBinding(() -> {
            CreditCode.Check check = CreditCode.check(creditCode.get());
            return check.valid() || TextNormaliser.isBlank(creditCode.get()) ? "" : messages.of(check.problem());
        }, creditCode);
        locationError = Bindings.createStringBinding(this::checkLocation, location);
        valid = Bindings.createBooleanBinding(() -> !TextNormaliser.isBlank(name.get())
                && CreditCode.check(creditCode.get()).valid() && !TextNormaliser.isBlank(location.get())
                && locationError.get().isEmpty(), name, creditCode, location, locationError);
    }

    private String checkLocation() {
        if (TextNormaliser.isBlank(location.get())) {
            return "";
        }
        Path file = file();
        if (file == null) {
            return messages.get("ui.newWorkspace.locationInvalid");
        }
        if (Files.exists(file)) {
            return messages.get("WorkspaceException.Reason.ALREADY_EXISTS", file);
        }
        return "";
    }

    /** The user picked a file with the file chooser: it no longer follows the name. */
    public void chooseLocation(Path file) {
        locationChosen = true;
        location.set(WorkspaceService.withExtension(file).toString());
    }

    /** The workspace file to create, with the .nineones extension; null when the text is not a path. */
    public Path file() {
        try {
            return WorkspaceService.withExtension(Path.of(TextNormaliser.trim(location.get())));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public Path defaultFolder() {
        return defaultFolder;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** Empty while the field is empty or valid (OK stays disabled until it is valid), else the GB 32100 problem. */
    public StringBinding creditCodeErrorProperty() {
        return creditCodeError;
    }

    public StringBinding locationErrorProperty() {
        return locationError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
