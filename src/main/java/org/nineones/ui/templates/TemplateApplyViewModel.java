package org.nineones.ui.templates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.PostTemplate;
import org.nineones.service.templates.ApplyResult;
import org.nineones.service.templates.PostRef;
import org.nineones.service.templates.TemplateService;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * Applying a template of the library to one or many posts: which template (filtered as you type, suggested from
 * the first post's name), which posts (ticked), which kinds of content. Applying saves drafts in one transaction.
 */
public final class TemplateApplyViewModel {

    /** A post of the workspace and whether it is ticked. */
    public static final class PostChoice {
        private final PostRef ref;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        PostChoice(PostRef ref) {
            this.ref = ref;
        }

        public PostRef ref() {
            return ref;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final TemplateService service;
    private final Workspace workspace;

    private final ObservableList<PostTemplate> templates = FXCollections.observableArrayList();
    private final FilteredList<PostTemplate> shownTemplates = new FilteredList<>(templates);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<PostTemplate> template = new SimpleObjectProperty<>();
    private final ObservableList<PostChoice> posts =
            FXCollections.observableArrayList(c -> new Observable[] {c.chosenProperty()});
    private final Map<ContentKind, BooleanProperty> kinds = new EnumMap<>(ContentKind.class);
    /** Per post, the kinds it has a draft of: applying replaces those drafts. */
    private Map<Long, Set<ContentKind>> drafts = Map.of();
    private final BooleanBinding valid;
    private final StringBinding summary;
    private final StringBinding preview;

    public TemplateApplyViewModel(Messages messages, TaskRunner tasks, TemplateService service, Workspace workspace) {
        this.messages = messages;
        this.tasks = tasks;
        this.service = service;
        this.workspace = workspace;
        for (ContentKind kind : ContentKind.values()) {
            kinds.put(kind, new SimpleBooleanProperty(true));
        }
        filter.addListener((obs, old, now) -> shownTemplates.setPredicate(t -> matches(t, now)));
        List<Observable> inputs = new ArrayList<>(List.of(template, posts));
        inputs.addAll(kinds.values());
        Observable[] dependencies = inputs.toArray(Observable[]::new);
        valid = Bindings.createBooleanBinding(() -> template.get() != null && chosenCount() > 0
                && !chosenKinds().isEmpty(), dependencies);
        summary = Bindings.createStringBinding(this::describe, dependencies);
        preview = Bindings.createStringBinding(this::previewText, template);
    }

    /** Loads the library and the posts; ticks {@code firstPostId} (may be null) and suggests a template for it. */
    public void load(Long firstPostId) {
        tasks.run(messages.get("templates.ui.loading"), progress -> new Loaded(service.library().all(),
                service.posts(workspace), service.draftKinds(workspace)), loaded -> {
            drafts = loaded.drafts();
            templates.setAll(loaded.templates());
            List<PostChoice> choices = loaded.posts().stream().map(PostChoice::new).toList();
            posts.setAll(choices);
            choices.stream().filter(c -> c.ref().post().id().equals(firstPostId)).findFirst().ifPresent(c -> {
                c.chosenProperty().set(true);
                service.library().suggest(c.ref().post().name()).stream().findFirst().ifPresent(template::set);
            });
        });
    }

    private record Loaded(List<PostTemplate> templates, List<PostRef> posts, Map<Long, Set<ContentKind>> drafts) {
    }

    /** How many existing drafts applying would replace (ticked posts × chosen kinds that have one). */
    public int draftsReplaced() {
        Set<ContentKind> chosen = chosenKinds();
        int count = 0;
        for (PostChoice c : posts) {
            if (c.chosenProperty().get()) {
                for (ContentKind kind : drafts.getOrDefault(c.ref().post().id(), Set.of())) {
                    if (chosen.contains(kind)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** The question asked before replacing drafts, or empty when none would be replaced. */
    public String replaceQuestion() {
        int replaced = draftsReplaced();
        return replaced == 0 ? "" : messages.get("templates.ui.replaceQuestion", replaced);
    }

    private static boolean matches(PostTemplate t, String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return f.isEmpty() || t.name().toLowerCase(Locale.ROOT).contains(f)
                || t.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(f));
    }

    /** Ticks every post that has the same name as one already ticked (e.g. every 班长 of every workshop). */
    /**
     * Ticks every post named as a ticked one; with none ticked yet, every post the chosen template fits (named as
     * the template or one of its aliases), so the button is never without effect when such posts exist.
     */
    public void chooseSameNames() {
        Set<String> names = new java.util.HashSet<>();
        posts.stream().filter(c -> c.chosenProperty().get()).forEach(c -> names.add(c.ref().post().name()));
        if (names.isEmpty() && template.get() != null) {
            names.add(template.get().name());
            names.addAll(template.get().aliases());
        }
        posts.forEach(c -> {
            if (names.contains(c.ref().post().name())) {
                c.chosenProperty().set(true);
            }
        });
    }

    public void chooseAll(boolean chosen) {
        posts.forEach(c -> c.chosenProperty().set(chosen));
    }

    /** Applies the template to the ticked posts; {@code done} gets the result on the FX thread. */
    public void apply(Consumer<ApplyResult> done) {
        PostTemplate chosenTemplate = template.get();
        List<Long> ids = posts.stream().filter(c -> c.chosenProperty().get()).map(c -> c.ref().post().id()).toList();
        Set<ContentKind> chosenKinds = chosenKinds();
        if (chosenTemplate == null || ids.isEmpty() || chosenKinds.isEmpty()) {
            return;
        }
        tasks.run(messages.get("templates.ui.applying", chosenTemplate.name()),
                progress -> service.apply(workspace, chosenTemplate.name(), ids, chosenKinds), done);
    }

    /** What the user is told once it is done. */
    public String doneMessage(ApplyResult result) {
        int drafts = result.posts().stream().mapToInt(a -> a.drafts().size()).sum();
        return messages.get("templates.cli.summary", result.posts().size(), drafts);
    }

    private long chosenCount() {
        return posts.stream().filter(c -> c.chosenProperty().get()).count();
    }

    private Set<ContentKind> chosenKinds() {
        Set<ContentKind> chosen = EnumSet.noneOf(ContentKind.class);
        kinds.forEach((kind, on) -> {
            if (on.get()) {
                chosen.add(kind);
            }
        });
        return chosen;
    }

    private String describe() {
        if (template.get() == null) {
            return messages.get("templates.ui.chooseTemplate");
        }
        if (chosenCount() == 0) {
            return messages.get("templates.ui.choosePosts");
        }
        if (chosenKinds().isEmpty()) {
            return messages.get("templates.ui.chooseKinds");
        }
        List<String> kindNames = chosenKinds().stream().map(messages::of).toList();
        String summary = messages.get("templates.ui.summary", template.get().name(), chosenCount(),
                String.join(messages.get("templates.ui.listSeparator"), kindNames));
        int replaced = draftsReplaced();
        return replaced == 0 ? summary : summary + messages.get("templates.ui.replacesDrafts", replaced);
    }

    private String previewText() {
        PostTemplate t = template.get();
        if (t == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append(messages.get("templates.ui.previewHead", t.name(), t.version(), messages.of(t.category()),
                messages.of(t.riskLevel())));
        if (!t.description().isEmpty()) {
            text.append('\n').append(t.description());
        }
        if (!t.aliases().isEmpty()) {
            text.append('\n').append(messages.get("templates.ui.previewAliases",
                    String.join(messages.get("templates.ui.listSeparator"), t.aliases())));
        }
        text.append("\n\n").append(messages.of(ContentKind.DUTY_LIST)).append('\n');
        List<DutyItem> items = t.dutyList() == null ? List.of() : t.dutyList().items();
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(items.get(i).duty()).append('\n');
        }
        if (t.procedure() != null && !t.procedure().prohibitedActs().isEmpty()) {
            text.append('\n').append(messages.get("templates.ui.previewProhibited")).append('\n');
            t.procedure().prohibitedActs().forEach(line -> text.append("· ").append(line).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    public ObservableList<PostTemplate> shownTemplates() {
        return shownTemplates;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<PostTemplate> templateProperty() {
        return template;
    }

    public ObservableList<PostChoice> posts() {
        return posts;
    }

    public BooleanProperty kindProperty(ContentKind kind) {
        return kinds.get(kind);
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    public StringBinding previewProperty() {
        return preview;
    }
}
