package org.nineones.ui.inspector;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.model.inspection.Familiarity;
import org.nineones.service.inspection.FramePerson;
import org.nineones.service.inspection.PostBrief;
import org.nineones.service.inspection.SpotCheck;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.FileFilter;

/**
 * A worker's screen in the 抽查 tab: who, the post's duties, key procedure points and emergency card (scrollable
 * text), the two or three questions with each answer hidden until 显示答案, and the rating (熟知 / 基本熟知 / 不熟知,
 * a note, an optional photo, 保存评定 after a confirmation), or 缺席，替换… for an absent worker. A worker rated or
 * replaced shows what was recorded instead.
 */
final class SpotWorkerPane {

    private final AppContext context;
    private final Messages messages;
    private final SpotCheckViewModel model;
    private final java.util.function.Consumer<FramePerson> replacedBy;
    private final VBox box = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label who = new Label();
    private final TextArea content = new TextArea();
    private final VBox questions = new VBox(6);
    private final ToggleGroup ratings = new ToggleGroup();
    private final TextField note = new TextField();
    private final Label photoName = new Label();
    private final Button save = new Button();
    private final Button replace = new Button();
    private final Label recorded = new Label();
    private final VBox rating;
    private FramePerson person;
    private Path photo;
    private final ObservableBooleanValue signed;

    SpotWorkerPane(AppContext context, SpotCheckViewModel model, java.util.function.Consumer<FramePerson> replacedBy,
                   ObservableBooleanValue signed) {
        this.signed = signed;
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.replacedBy = replacedBy;
        who.setId("spotWorkerWho");
        who.getStyleClass().add("section-title");
        who.setWrapText(true);
        content.setId("spotPostContent");
        content.setEditable(false);
        content.setWrapText(true);
        content.setPrefRowCount(7);
        content.setMinHeight(90);
        questions.setId("spotQuestions");
        rating = ratingBox();
        recorded.setId("spotRecorded");
        recorded.setWrapText(true);
        box.getStyleClass().add("page");
        box.getChildren().setAll(hint(messages.get("spot.worker.choose")));
        scroll.setFitToWidth(true);
        scroll.setId("spotWorkerScroll");
    }

    private VBox ratingBox() {
        FlowPane choices = new FlowPane(6, 6);
        for (Familiarity f : Familiarity.values()) {
            ToggleButton b = new ToggleButton(messages.get(f.labelKey()));
            b.setId("spotRate_" + f.name());
            b.setUserData(f);
            b.setToggleGroup(ratings);
            choices.getChildren().add(b);
        }
        Label rate = new Label(messages.get("spot.worker.rate"));
        note.setId("spotNote");
        note.setPromptText(messages.get("spot.worker.notePrompt"));
        Button choosePhoto = new Button(messages.get("spot.worker.photo"));
        choosePhoto.setId("spotPhotoButton");
        choosePhoto.setOnAction(e -> choosePhoto());
        photoName.setId("spotPhotoName");
        photoName.setWrapText(true);
        HBox.setHgrow(photoName, Priority.ALWAYS);
        save.setText(messages.get("spot.worker.save"));
        save.setId("spotSaveRatingButton");
        save.setOnAction(e -> save());
        replace.setText(messages.get("spot.worker.replace"));
        replace.setId("spotReplaceButton");
        replace.setOnAction(e -> replace());
        FlowPane actions = new FlowPane(8, 6, save, replace);
        VBox rating = new VBox(6, rate, choices, note, new HBox(8, choosePhoto, photoName), actions);
        // once the on-site record is signed the spot check is final: nothing to rate or replace
        rating.disableProperty().bind(Bindings.createBooleanBinding(signed::get, signed));
        return rating;
    }

    Node node() {
        return scroll;
    }

    /** Shows a worker of the draw (its brief read in the background), or the hint when {@code null}. */
    void show(SpotCheck.Worker worker) {
        person = worker == null ? null : worker.person();
        photo = null;
        if (worker == null) {
            box.getChildren().setAll(hint(messages.get("spot.worker.choose")));
            return;
        }
        FramePerson p = worker.person();
        who.setText(messages.get("spot.worker.who", p.name(), p.employeeNumber(), p.stratum(), p.post()));
        FramePerson asked = p;
        model.brief(p, brief -> {
            if (asked.equals(person)) {
                showBrief(brief);
            }
        });
    }

    private void showBrief(PostBrief brief) {
        content.setText(ContentText.brief(messages, brief.duties(), brief.procedure(), brief.emergencyCard()));
        questions.getChildren().clear();
        List<ExamQuestion> asked = brief.questions();
        for (int i = 0; i < asked.size(); i++) {
            questions.getChildren().add(question(i + 1, asked.get(i)));
        }
        if (asked.isEmpty()) {
            questions.getChildren().add(hint(messages.get("spot.worker.noQuestions")));
        }
        Label contentTitle = new Label(messages.get("spot.worker.content", brief.post()));
        contentTitle.setWrapText(true);
        Label questionsTitle = new Label(messages.get("spot.worker.questions"));
        questionsTitle.getStyleClass().add("section-title");
        box.getChildren().setAll(who, contentTitle, content, questionsTitle, questions);
        SpotCheck check = model.check();
        Optional<SpotCheck.Rating> rated = check.rating(person);
        Optional<SpotCheck.Replacement> replaced = check.replacementOf(person);
        if (rated.isPresent()) {
            SpotCheck.Rating r = rated.get();
            recorded.setText(messages.get("spot.worker.rated", messages.get(r.familiarity().labelKey()),
                    r.note().isEmpty() ? messages.get("spot.worker.noNote") : r.note(),
                    r.optionalPhoto().map(ph -> ph.name()).orElse(messages.get("spot.worker.noPhoto")),
                    r.ratedBy(), r.ratedAt()));
            box.getChildren().add(recorded);
        } else if (replaced.isPresent()) {
            SpotCheck.Replacement r = replaced.get();
            recorded.setText(messages.get("spot.worker.replacedBy", r.replacement().name(),
                    r.replacement().employeeNumber(), r.reason(), r.recordedBy(), r.recordedAt()));
            box.getChildren().add(recorded);
        } else {
            ratings.selectToggle(null);
            note.clear();
            photoName.setText(messages.get("spot.worker.noPhoto"));
            box.getChildren().add(rating);
        }
        scroll.setVvalue(0);
    }

    private VBox question(int n, ExamQuestion q) {
        Label stem = new Label(n + ". " + q.stem() + q.lettered("\n    "));
        stem.setWrapText(true);
        Label answer = new Label(messages.get("spot.worker.answer", q.answer()));
        answer.setId("spotAnswer" + n);
        answer.setWrapText(true);
        answer.getStyleClass().add("hint");
        answer.setVisible(false);
        answer.setManaged(false);
        Button show = new Button(messages.get("spot.worker.showAnswer"));
        show.setId("spotShowAnswer" + n);
        show.setOnAction(e -> {
            answer.setVisible(true);
            answer.setManaged(true);
            show.setDisable(true);
        });
        return new VBox(4, stem, show, answer);
    }

    private void choosePhoto() {
        context.dialogs().chooseFileToOpen(messages.get("spot.worker.photo"),
                new FileFilter(messages.get("spot.worker.photoFilter"), "*.jpg", "*.jpeg", "*.png")).ifPresent(p -> {
                    photo = p;
                    photoName.setText(p.getFileName().toString());
                });
    }

    private void save() {
        Toggle chosen = ratings.getSelectedToggle();
        Familiarity familiarity = chosen == null ? null : (Familiarity) chosen.getUserData();
        FramePerson rated = person;
        if (familiarity != null && !context.dialogs().confirm(messages.get("spot.worker.save"),
                messages.get("spot.worker.confirm", rated.name(), messages.get(familiarity.labelKey())),
                messages.get("spot.worker.save"))) {
            return;
        }
        model.rate(rated, familiarity, note.getText(), photo);
    }

    private void replace() {
        FramePerson absent = person;
        context.dialogs().askText(messages.get("spot.worker.replace"),
                messages.get("spot.worker.reason", absent.name()), "")
                .ifPresent(reason -> model.replace(absent, reason, replacement -> {
                    replacedBy.accept(replacement);
                    context.dialogs().showInfo(messages.get("spot.worker.replace"),
                            messages.get("spot.worker.replacedInfo", absent.name(), replacement.name(),
                                    replacement.employeeNumber(), replacement.stratum(), replacement.post()));
                }));
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
