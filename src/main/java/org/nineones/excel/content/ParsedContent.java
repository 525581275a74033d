package org.nineones.excel.content;

import java.util.List;

/**
 * What a content sheet says: every post it names with the content its rows make, the problems found row by row
 * (ordered by row), and how many rows hold lines (rows with nothing but an org unit and post are not lines).
 */
public record ParsedContent(List<PostBlock> posts, List<RowProblem> problems, int lines) {

    public ParsedContent {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }
}
