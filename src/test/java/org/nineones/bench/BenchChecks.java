package org.nineones.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.app.Services;
import org.nineones.model.Employee;
import org.nineones.model.Post;
import org.nineones.model.acceptance.Finding;
import org.nineones.store.LetterRepository.NewSignature;
import org.nineones.store.Workspace;

/**
 * The record checks of the acceptance checklist on a copy of a big workspace (target well under 1 s warm): every
 * post given the 操作工 template, half of them approved, half of the people's letters signed, then all the checks
 * on today, cold and warm.
 */
final class BenchChecks {

    private BenchChecks() {
    }

    /** Seconds cold and warm, and the number of findings. */
    record Result(double coldSeconds, double warmSeconds, int findings, int people, int posts) {
    }

    static Result run(Services services, Path source, Path dir) throws Exception {
        Path file = dir.resolve("验收检查.nineones");
        Files.deleteIfExists(file);
        try (Workspace ws = Workspace.open(source)) {
            ws.backupTo(file);
        }
        try (Workspace ws = Workspace.open(file)) {
            LocalDate today = LocalDate.now();
            List<Long> posts = ws.read(store -> store.posts().all()).stream().map(Post::id).toList();
            services.templates().apply(ws, BenchTemplates.TEMPLATE, posts, Set.of());
            services.content().approveDrafts(ws, posts.subList(0, posts.size() / 2), "总经理", today);
            List<Employee> people = ws.read(store -> store.employees().all());
            ws.write(store -> {
                for (int i = 0; i < people.size(); i += 2) {
                    Employee e = people.get(i);
                    if (e.postId() != null) {
                        store.letters().insert(new NewSignature(today.getYear(), e.id(), e.postId(), null, null,
                                "上级", today, null, false, null, null));
                    }
                }
                return null;
            });
            long t = System.nanoTime();
            Map<String, List<Finding>> found = services.recordChecks().findings(ws, today);
            double cold = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            services.recordChecks().findings(ws, today);
            double warm = (System.nanoTime() - t) / 1e9;
            return new Result(cold, warm, found.values().stream().mapToInt(List::size).sum(), people.size(),
                    posts.size());
        }
    }
}
