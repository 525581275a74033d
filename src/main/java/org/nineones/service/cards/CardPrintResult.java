package org.nineones.service.cards;

import java.nio.file.Path;

/** What a card run printed: cards (continuation cards included), people, A4 pages, and the file. */
public record CardPrintResult(int cards, int people, int pages, Path file) {
}
