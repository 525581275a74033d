package org.nineones.excel.content;

import java.util.List;

import org.nineones.model.content.PostContent;

/**
 * Everything a content sheet says about one post, gathered from its rows wherever they stand: the org unit and
 * post as first written, the rows (Excel's numbers) and the content they make. Rows with problems are left out of
 * the content; callers find them among the sheet's problems by row number.
 */
public record PostBlock(String unitPath, String postName, List<Integer> rows, PostContent body) {

    public PostBlock {
        rows = List.copyOf(rows);
    }
}
