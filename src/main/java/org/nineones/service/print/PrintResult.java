package org.nineones.service.print;

import java.nio.file.Path;

/**
 * What a print run made: {@code items} are cards, posts (book, risk cards) or people (register) printed;
 * {@code skippedPosts} the posts (within the filter) that have no content of the kind and were left out.
 */
public record PrintResult(PrintKind kind, int items, int pages, Path file, int skippedPosts) {
}
