package org.nineones.ui.help;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.nineones.ui.help.Guide.Bullet;
import org.nineones.ui.help.Guide.Heading;
import org.nineones.ui.help.Guide.Inline;
import org.nineones.ui.help.Guide.Paragraph;
import org.nineones.ui.help.Guide.Picture;
import org.nineones.ui.help.Guide.Step;
import org.nineones.ui.help.Guide.Tip;

/** The guide's markup, and the bundled guide: its sections, links and pictures all there. */
class GuideTest {

    private static final Guide GUIDE = Guide.load();

    @Test
    void readsSectionsHeadingsStepsBulletsTipsAndPictures() {
        Guide guide = Guide.parse("""
                %% a comment
                # first 第一节
                一段文字，
                接着写。

                ## 小标题
                1. 选择 **人员 → 导入花名册…**
                2. 见 [第二节](#second)。
                - 要点
                > 提示
                ![图注](a.png)
                # second 第二节
                最后一段
                """);
        assertEquals(List.of("first", "second"), guide.sections().stream().map(Guide.Section::id).toList());
        Guide.Section first = guide.section("first").orElseThrow();
        assertEquals("第一节", first.title());
        assertEquals(List.of(
                new Paragraph(List.of(new Inline("一段文字，接着写。", Inline.Style.PLAIN, null))),
                new Heading("小标题"),
                new Step("1", List.of(new Inline("选择 ", Inline.Style.PLAIN, null),
                        new Inline("人员 → 导入花名册…", Inline.Style.STRONG, null))),
                new Step("2", List.of(new Inline("见 ", Inline.Style.PLAIN, null),
                        new Inline("第二节", Inline.Style.LINK, "second"), new Inline("。", Inline.Style.PLAIN, null))),
                new Bullet(List.of(new Inline("要点", Inline.Style.PLAIN, null))),
                new Tip(List.of(new Inline("提示", Inline.Style.PLAIN, null))),
                new Picture("a.png", "图注")), first.blocks());
        assertEquals(List.of("second"), List.copyOf(guide.linkTargets()));
        assertEquals(List.of("a.png"), guide.pictures());
    }

    @Test
    void refusesASectionIdUsedTwice() {
        var e = assertThrows(IllegalArgumentException.class, () -> Guide.parse("# a 一\n文字\n# a 二\n"));
        assertEquals("line 3: the section a is there twice", e.getMessage());
    }

    @Test
    void refusesTextBeforeTheFirstSection() {
        var e = assertThrows(IllegalArgumentException.class, () -> Guide.parse("文字\n# a 一\n"));
        assertEquals("line 1: text before the first section (# id 标题)", e.getMessage());
    }

    @Test
    void theBundledGuideHasTheOfficersTasks() {
        List<String> ids = GUIDE.sections().stream().map(Guide.Section::id).toList();
        assertTrue(ids.containsAll(List.of("start", "enterprise", "people", "org", "templates", "content", "gaps",
                "letters", "training", "exams", "rewards", "assessments", "records", "print", "package", "backup")),
                () -> "sections: " + ids);
        GUIDE.sections().forEach(s -> assertFalse(s.blocks().isEmpty(), () -> "empty section " + s.id()));
    }

    @Test
    void everySectionALinkNamesExists() {
        assertFalse(GUIDE.linkTargets().isEmpty());
        assertAll(GUIDE.linkTargets().stream().map(target -> () -> assertTrue(GUIDE.section(target).isPresent(),
                () -> "a link names the section " + target + ", which is not in the guide")));
    }

    @Test
    void everySectionAScreenOpensExists() {
        assertAll(HelpTopics.all().entrySet().stream().map(e -> () -> assertTrue(GUIDE.section(e.getValue()).isPresent(),
                () -> "the screen " + e.getKey() + " opens the section " + e.getValue() + ", which is not in the guide")));
        assertTrue(GUIDE.section(HelpTopics.START).isPresent());
    }

    @Test
    void everyPictureExistsLoadsAndIsSmall() throws Exception {
        List<String> pictures = GUIDE.pictures();
        assertFalse(pictures.isEmpty());
        assertTrue(pictures.size() <= 14, () -> pictures.size() + " pictures");
        List<String> problems = new ArrayList<>();
        for (String file : pictures) {
            try (InputStream in = Guide.class.getResourceAsStream(Guide.FOLDER + file)) {
                if (in == null) {
                    problems.add(file + " is missing");
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
                if (image == null || image.getWidth() < 200) {
                    problems.add(file + " is not a picture");
                }
                if (bytes.length > 120 * 1024) {
                    problems.add(file + " has " + bytes.length + " bytes");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertNotNull(Guide.class.getResource(Guide.FOLDER + "guide.txt"));
    }
}
