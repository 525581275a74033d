package org.nineones.service.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.sample.SampleEnterprise;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.content.PostContentService;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.templates.TemplateService;
import org.nineones.service.workspace.RecentFiles;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.Workspace;

class SampleServiceTest {

    @TempDir
    Path dir;

    private Path folder;
    private SampleService service;
    private RecentFiles recent;

    @BeforeEach
    void setUp() {
        folder = dir.resolve("张三的文件").resolve("示例");
        recent = new RecentFiles(dir.resolve("home").resolve("recent.txt"));
        service = new SampleService(new WorkspaceService(recent), new RosterImportService(Messages.defaults()),
                new TemplateService(Messages.defaults()), new PostContentService(Messages.defaults()),
                new org.nineones.app.Services(new org.nineones.app.Settings(dir.resolve("home")), Messages.defaults())
                        .dispatch());
    }

    @Test
    void makesTheSampleWorkspaceWithTheEnterpriseProfileAnd200People() {
        try (Workspace ws = service.openSample(folder, Progress.NONE)) {
            assertEquals(SampleService.sampleFile(folder), ws.file());
            Enterprise e = ws.read(store -> store.enterprise().get());
            assertEquals(SampleEnterprise.profile(), e);
            assertEquals(200, (int) ws.read(store -> store.employees().count()));
            int posts = ws.read(store -> store.posts().count());
            assertTrue(posts >= 20 && posts <= 32, "posts: " + posts);
        }
        assertTrue(recent.list().contains(SampleService.sampleFile(folder)));
    }

    @Test
    void everyPostHasItsTemplatesContentApprovedExceptTheOperatorsDrafts() {
        PostContentService content = new PostContentService(Messages.defaults());
        try (Workspace ws = service.openSample(folder, Progress.NONE)) {
            List<Post> posts = ws.read(store -> store.posts().all());
            java.time.LocalDate today = java.time.LocalDate.now();
            for (org.nineones.model.content.ContentKind kind : org.nineones.model.content.ContentKind.values()) {
                var counting = content.forPrinting(ws, kind, today);
                assertEquals(posts.size(), counting.size(), kind + " for every post");
            }
            Post principal = posts.stream().filter(p -> p.name().equals("总经理")).findFirst().orElseThrow();
            var duties = content.inForce(ws, principal.id(), org.nineones.model.content.ContentKind.DUTY_LIST, today)
                    .orElseThrow();
            assertEquals("主要负责人", duties.templateName());
            assertEquals(SampleEnterprise.profile().principal(), duties.approvedBy());
            Post packer = posts.stream().filter(p -> p.name().equals("包装工")).findFirst().orElseThrow();
            assertTrue(content.inForce(ws, packer.id(), org.nineones.model.content.ContentKind.PROCEDURE, today).isEmpty());
            assertEquals("操作工", content.draft(ws, packer.id(), org.nineones.model.content.ContentKind.PROCEDURE)
                    .orElseThrow().templateName());
        }
    }

    @Test
    void sampleHasThreeLevelsOfOrgUnits() {
        try (Workspace ws = service.openSample(folder, Progress.NONE)) {
            List<OrgUnit> units = ws.read(store -> store.orgUnits().all());
            Map<Long, OrgUnit> byId = new HashMap<>();
            units.forEach(u -> byId.put(u.id(), u));
            int deepest = units.stream().mapToInt(u -> depth(u, byId)).max().orElse(0);
            assertEquals(3, deepest);
            assertEquals(1, units.stream().filter(u -> u.kind() == OrgUnitKind.COMPANY).count());
            assertTrue(units.stream().anyMatch(u -> u.kind() == OrgUnitKind.WORKSHOP && u.name().equals("生产一车间")));
            assertTrue(units.stream().filter(u -> u.kind() == OrgUnitKind.TEAM).count() >= 10);
        }
    }

    @Test
    void specialOperationPostsAreClassifiedAsSuch() {
        try (Workspace ws = service.openSample(folder, Progress.NONE)) {
            List<Post> posts = ws.read(store -> store.posts().all());
            for (String special : List.of("电工", "焊工", "叉车司机", "起重机司机", "司炉工", "加氢工艺操作工")) {
                assertTrue(posts.stream().anyMatch(p -> p.name().equals(special)
                        && p.category() == PostCategory.SPECIAL_OPERATION), special);
            }
            assertTrue(posts.stream().anyMatch(p -> p.category() == PostCategory.PRINCIPAL));
            assertTrue(posts.stream().anyMatch(p -> p.category() == PostCategory.SAFETY_DEPUTY));
        }
    }

    @Test
    void opensTheExistingSampleInsteadOfMakingItAgain() {
        try (Workspace ws = service.openSample(folder, Progress.NONE)) {
            ws.write(store -> {
                store.enterprise().update(store.enterprise().get().withName("我改过的示例企业"));
                return null;
            });
        }
        try (Workspace ws = service.openSample(folder, Progress.NONE)) {
            assertEquals("我改过的示例企业", ws.read(store -> store.enterprise().get().name()));
        }
    }

    @Test
    void keepsAFileThatIsNotAWorkspaceAsideAndMakesAFreshSample() throws Exception {
        Files.createDirectories(folder);
        byte[] garbage = "这不是数据库".getBytes(StandardCharsets.UTF_8);
        Files.write(SampleService.sampleFile(folder), garbage);
        try (Workspace ws = service.openSample(folder, Progress.NONE)) {
            assertEquals(200, (int) ws.read(store -> store.employees().count()));
        }
        try (Stream<Path> files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().contains(".unusable-")).findFirst().orElseThrow();
            assertArrayEquals(garbage, Files.readAllBytes(aside));
        }
    }

    @Test
    void refusesWithAClearMessageWhenTheSampleIsOpenElsewhere() {
        try (Workspace first = service.openSample(folder, Progress.NONE)) {
            SampleException e = assertThrows(SampleException.class, () -> service.openSample(folder, Progress.NONE));
            assertTrue(e.getMessage().contains(SampleEnterprise.WORKSPACE_FILE), e.getMessage());
            assertTrue(Files.exists(first.file()));
        }
    }

    @Test
    void cancellingLeavesNothingBehind() throws Exception {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> service.openSample(folder, cancelled));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private static int depth(OrgUnit unit, Map<Long, OrgUnit> byId) {
        int depth = 1;
        for (OrgUnit u = unit; u.parentId() != null; u = byId.get(u.parentId())) {
            depth++;
        }
        return depth;
    }

    @Test
    void buildingTheSampleLeavesNothingButTheWorkspaceAndItsOwnFiles() throws Exception {
        var services = new org.nineones.app.Services(new org.nineones.app.Settings(dir.resolve("home2")),
                Messages.defaults());
        try (Workspace ws = services.sample().openSample(folder, Progress.NONE)) {
            assertEquals(200, (int) ws.read(store -> store.employees().count()));
        }
        try (var files = java.nio.file.Files.list(folder)) {
            java.util.List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().noneMatch(n -> n.contains("building") || n.endsWith(".part")), names.toString());
            assertTrue(names.contains("示例化工.nineones"), names.toString());
        }
    }
}
