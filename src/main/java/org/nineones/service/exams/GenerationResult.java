package org.nineones.service.exams;

/** What regenerating a post's questions did: questions added, generated questions retired, questions kept. */
public record GenerationResult(int added, int retired, int kept) {
}
