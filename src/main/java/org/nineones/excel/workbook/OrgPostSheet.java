package org.nineones.excel.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.Post;

/**
 * Sheet 组织机构与岗位: the org tree in order, each unit's name indented by its depth, followed by its posts with
 * category, risk level (filled in the level's colour) and the number of people registered on the post.
 */
final class OrgPostSheet {

    private static final int UNIT = 0;
    private static final int KIND = 1;
    private static final int POST = 2;
    private static final int CATEGORY = 3;
    private static final int RISK = 4;
    private static final int HEADCOUNT = 5;
    private static final int PATH = 6;

    private OrgPostSheet() {
    }

    static void write(WorkbookContext ctx) {
        Messages m = ctx.messages;
        SheetBuilder sheet = new SheetBuilder(ctx.workbook, ctx.styles, m, ctx.enterpriseName(),
                m.get("pack.sheet.orgPosts"),
                List.of(new SheetBuilder.Column(m.get("pack.org.header.unit"), 20),
                        new SheetBuilder.Column(m.get("pack.org.header.kind"), 5),
                        new SheetBuilder.Column(m.get("pack.org.header.post"), 14),
                        new SheetBuilder.Column(m.get("pack.org.header.category"), 9),
                        new SheetBuilder.Column(m.get("pack.org.header.risk"), 6),
                        new SheetBuilder.Column(m.get("pack.org.header.headcount"), 5),
                        new SheetBuilder.Column(m.get("pack.org.header.path"), 22)),
                true);
        Map<Long, Integer> headcount = new HashMap<>();
        for (Employee e : ctx.registered) {
            if (e.postId() != null) {
                headcount.merge(e.postId(), 1, Integer::sum);
            }
        }
        for (OrgTree.Node node : ctx.tree.nodes()) {
            List<Post> posts = ctx.postsIn(node.unit().id());
            Row row = sheet.row(20);
            sheet.text(row, UNIT, node.unit().name(), ctx.styles.unit(node.depth()));
            sheet.text(row, KIND, m.of(node.unit().kind()), ctx.styles.centred);
            sheet.text(row, POST, posts.isEmpty() ? m.get("pack.org.noPosts") : "", ctx.styles.text);
            sheet.text(row, CATEGORY, "", ctx.styles.text);
            sheet.text(row, RISK, "", ctx.styles.text);
            sheet.text(row, HEADCOUNT, "", ctx.styles.text);
            sheet.text(row, PATH, node.parentPath(), ctx.styles.text);
            for (Post post : posts) {
                postRow(sheet, ctx, post, node.path(), headcount);
            }
        }
        for (Post post : ctx.postsOutsideTree()) {
            postRow(sheet, ctx, post, "", headcount);
        }
        sheet.autoFilter();
    }

    private static void postRow(SheetBuilder sheet, WorkbookContext ctx, Post post, String path,
                                Map<Long, Integer> headcount) {
        Row row = sheet.row(20);
        sheet.text(row, UNIT, "", ctx.styles.text);
        sheet.text(row, KIND, "", ctx.styles.text);
        sheet.text(row, POST, post.name(), ctx.styles.text);
        sheet.text(row, CATEGORY, ctx.messages.of(post.category()), ctx.styles.centred);
        sheet.text(row, RISK, ctx.messages.of(post.riskLevel()), ctx.styles.risk(post.riskLevel()));
        sheet.number(row, HEADCOUNT, headcount.getOrDefault(post.id(), 0), ctx.styles.centred);
        sheet.text(row, PATH, path, ctx.styles.text);
    }
}
