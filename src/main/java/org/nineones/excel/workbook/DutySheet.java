package org.nineones.excel.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.nineones.model.Messages;
import org.nineones.model.Post;

/** Sheet 岗位责任清单: every post's duty items, in order, posts in org tree order. */
final class DutySheet {

    private DutySheet() {
    }

    static void write(WorkbookContext ctx) {
        Messages m = ctx.messages;
        SheetBuilder sheet = new SheetBuilder(ctx.workbook, ctx.styles, m, ctx.enterpriseName(),
                m.get("pack.sheet.duties"),
                List.of(new SheetBuilder.Column(m.get("pack.duties.header.unit"), 14),
                        new SheetBuilder.Column(m.get("pack.duties.header.post"), 10),
                        new SheetBuilder.Column(m.get("pack.duties.header.seq"), 3),
                        new SheetBuilder.Column(m.get("pack.duties.header.text"), 40)),
                false);
        List<Post> posts = new ArrayList<>();
        for (OrgTree.Node node : ctx.tree.nodes()) {
            posts.addAll(ctx.postsIn(node.unit().id()));
        }
        posts.addAll(ctx.postsOutsideTree());
        for (Post post : posts) {
            String path = ctx.tree.path(post.orgUnitId());
            List<String> duties = ctx.data.dutiesOf(post.id());
            if (duties.isEmpty()) {
                Row row = sheet.row(0);
                sheet.text(row, 0, path, ctx.styles.wrapped);
                sheet.text(row, 1, post.name(), ctx.styles.wrapped);
                sheet.text(row, 2, "", ctx.styles.centred);
                sheet.text(row, 3, m.get("pack.duties.none"), ctx.styles.wrapped);
                continue;
            }
            int seq = 0;
            for (String duty : duties) {
                Row row = sheet.row(0);
                sheet.text(row, 0, path, ctx.styles.wrapped);
                sheet.text(row, 1, post.name(), ctx.styles.wrapped);
                sheet.number(row, 2, ++seq, ctx.styles.centred);
                sheet.text(row, 3, duty, ctx.styles.wrapped);
            }
        }
        sheet.autoFilter();
    }
}
