package org.nineones.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.nineones.model.Messages;
import org.nineones.ui.help.Guide.Block;
import org.nineones.ui.help.Guide.Bullet;
import org.nineones.ui.help.Guide.Heading;
import org.nineones.ui.help.Guide.Inline;
import org.nineones.ui.help.Guide.Paragraph;
import org.nineones.ui.help.Guide.Picture;
import org.nineones.ui.help.Guide.Step;
import org.nineones.ui.help.Guide.Tip;

/**
 * Draws a section of the {@link Guide} as JavaFX nodes: headings, wrapped paragraphs, numbered steps, bullets, tips
 * and pictures (never wider than the room there is, never scaled up). Links call {@code onLink} with their section.
 */
final class GuideRenderer {

    private final Messages messages;
    private final Consumer<String> onLink;
    private final ObservableDoubleValue width;

    /** {@code width}: the room the content has (the scroll pane's viewport width). */
    GuideRenderer(Messages messages, Consumer<String> onLink, ObservableDoubleValue width) {
        this.messages = messages;
        this.onLink = onLink;
        this.width = width;
    }

    VBox render(Guide.Section section) {
        VBox box = new VBox(10);
        box.getStyleClass().add("help-section");
        for (Block block : section.blocks()) {
            box.getChildren().add(node(block));
        }
        return box;
    }

    private Node node(Block block) {
        if (block instanceof Heading h) {
            Label label = new Label(h.text());
            label.setWrapText(true);
            label.getStyleClass().add("help-heading");
            return label;
        } else if (block instanceof Paragraph p) {
            return flow(p.text(), "help-paragraph");
        } else if (block instanceof Step s) {
            return marked(s.number(), "help-step-number", s.text());
        } else if (block instanceof Bullet b) {
            return marked("•", "help-bullet-mark", b.text());
        } else if (block instanceof Tip t) {
            TextFlow flow = flow(t.text(), "help-tip-text");
            VBox tip = new VBox(flow);
            tip.getStyleClass().add("help-tip");
            return tip;
        }
        return picture((Picture) block);
    }

    private HBox marked(String mark, String styleClass, List<Inline> text) {
        Label label = new Label(mark);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Label.USE_PREF_SIZE);
        TextFlow flow = flow(text, "help-paragraph");
        HBox.setHgrow(flow, Priority.ALWAYS);
        HBox row = new HBox(8, label, flow);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private TextFlow flow(List<Inline> runs, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Inline run : runs) {
            switch (run.style()) {
                case STRONG -> {
                    Text text = new Text(run.text());
                    text.getStyleClass().addAll("help-text", "help-strong");
                    flow.getChildren().add(text);
                }
                case LINK -> {
                    Hyperlink link = new Hyperlink(run.text());
                    link.getStyleClass().add("help-link");
                    link.setOnAction(e -> onLink.accept(run.target()));
                    flow.getChildren().add(link);
                }
                default -> {
                    Text text = new Text(run.text());
                    text.getStyleClass().add("help-text");
                    flow.getChildren().add(text);
                }
            }
        }
        return flow;
    }

    private Node picture(Picture picture) {
        Image image = image(picture.file());
        VBox box = new VBox(4);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("help-picture");
        if (image == null) {
            Label missing = new Label(messages.get("help.pictureMissing", picture.file()));
            missing.getStyleClass().addAll("help-caption", "help-picture-missing");
            box.getChildren().add(missing);
        } else {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(120, Math.min(image.getWidth(), width.get() - 40)), width));
            box.getChildren().add(view);
        }
        if (!picture.caption().isEmpty()) {
            Label caption = new Label(picture.caption());
            caption.setWrapText(true);
            caption.getStyleClass().add("help-caption");
            box.getChildren().add(caption);
        }
        return box;
    }

    /** A picture of the guide, or null when the file is missing or not an image. */
    static Image image(String file) {
        URL url = GuideRenderer.class.getResource(Guide.FOLDER + file);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            Image image = new Image(in);
            return image.isError() || image.getWidth() <= 0 ? null : image;
        } catch (IOException e) {
            return null;
        }
    }
}
