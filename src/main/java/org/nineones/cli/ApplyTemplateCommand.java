package org.nineones.cli;

import org.nineones.app.FailureLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.PostTemplate;
import org.nineones.service.templates.ApplyResult;
import org.nineones.service.templates.PostRef;
import org.nineones.service.templates.TemplateLibraryException;
import org.nineones.service.templates.TemplateRuleException;
import org.nineones.service.templates.TemplateService;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "apply-template", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = NineonesCli.FAILED,
        description = {"Apply a post-type template to one post or to every post of a name: its duty list, operating "
                + "procedure, risk card and emergency card (or the kinds given) become the posts' drafts, recording "
                + "the template's name and version. Approved versions stay as they are; the drafts await approval.",
                "Exit codes: 0 applied, 1 on any error (nothing is changed)."})
final class ApplyTemplateCommand implements Callable<Integer> {

    /** Which posts: exactly one of the two options. */
    static final class Target {
        @Option(names = "--post", required = true, paramLabel = "NAME",
                description = "the post, by name, or as ORG-UNIT/NAME (e.g. 生产一车间/班长) when several posts share it")
        String post;

        @Option(names = "--all-posts-named", required = true, paramLabel = "NAME",
                description = "every post of this name, in whatever org unit")
        String allNamed;
    }

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--template", required = true, paramLabel = "NAME",
            description = "the template's name, as `nineones templates` lists it (e.g. 电工)")
    private String template;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--kind", split = ",", paramLabel = "KIND",
            description = "apply only these kinds (repeatable or comma-separated): duty-list, procedure, risk-card, "
                    + "emergency-card; default: all four")
    private List<String> kinds = new ArrayList<>();

    ApplyTemplateCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages m = services.messages();
        TemplateService templates = services.templates();
        Set<ContentKind> chosen = EnumSet.noneOf(ContentKind.class);
        for (String kind : kinds) {
            ContentKind parsed = parseKind(kind, m);
            if (parsed == null) {
                return fail(m.get("templates.cli.badKind", kind, "duty-list, procedure, risk-card, emergency-card"));
            }
            chosen.add(parsed);
        }
        try {
            PostTemplate chosenTemplate = templates.template(template);
            try (Workspace ws = services.workspaces().open(workspace)) {
                String name = target.post != null ? target.post : target.allNamed;
                List<PostRef> posts = templates.postsNamed(ws, name);
                if (posts.isEmpty()) {
                    return fail(m.get("templates.cli.noPost", TextNormaliser.trim(name)));
                }
                if (target.post != null && posts.size() > 1) {
                    return fail(m.get("templates.cli.ambiguousPost", String.valueOf(posts.size()),
                            TextNormaliser.trim(name), String.join("、", posts.stream().map(PostRef::qualifiedName)
                                    .toList())));
                }
                ApplyResult result = templates.apply(ws, chosenTemplate.name(),
                        posts.stream().map(r -> r.post().id()).toList(), chosen);
                print(result, m);
                return NineonesCli.OK;
            }
        } catch (TemplateRuleException e) {
            CliSupport.LOG.warn("apply-template refused: {}", e.getMessage());
            return fail(e.getMessage());
        } catch (TemplateLibraryException e) {
            CliSupport.LOG.error("apply-template: the template library is broken", e);
            return fail(m.get("templates.error.libraryBroken", e.file(), e.problem()));
        } catch (WorkspaceException e) {
            FailureLog.log(CliSupport.LOG, "apply-template", e);
            return fail(CliSupport.describe(e, m));
        }
    }

    private void print(ApplyResult result, Messages m) {
        PrintWriter out = spec.commandLine().getOut();
        PostTemplate t = result.template();
        for (ApplyResult.Applied applied : result.posts()) {
            List<String> drafts = new ArrayList<>();
            for (ContentVersion draft : applied.drafts()) {
                drafts.add(m.get("templates.cli.draft", m.of(draft.kind()), String.valueOf(draft.number())));
            }
            out.println(m.get("templates.cli.applied", t.name(), String.valueOf(t.version()),
                    applied.post().qualifiedName(), String.join("，", drafts)));
        }
        out.println(m.get("templates.cli.summary", String.valueOf(result.posts().size()),
                String.valueOf(result.draftCount())));
    }

    /** duty-list, DUTY_LIST, duty_list, or the kind's name as shown (岗位安全操作规程). */
    static ContentKind parseKind(String text, Messages messages) {
        String clean = TextNormaliser.trim(text);
        String constant = clean.toUpperCase(Locale.ROOT).replace('-', '_');
        for (ContentKind kind : ContentKind.values()) {
            if (kind.name().equals(constant) || messages.of(kind).equals(clean)) {
                return kind;
            }
        }
        return null;
    }

    private int fail(String message) {
        return CliSupport.refuse(spec, "apply-template", message);
    }
}
