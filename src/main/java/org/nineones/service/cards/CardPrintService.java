package org.nineones.service.cards;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/** Prints the responsibility card (岗位责任卡) of every employee as one PDF. */
public final class CardPrintService {

    private final Messages messages;

    public CardPrintService(Messages messages) {
        this.messages = messages;
    }

    /** Writes the cards of every active employee to {@code out} and returns the number of cards. */
    public int printCards(Workspace workspace, Path out, Progress progress) {
        throw new IllegalStateException("cards: not built yet " + messages.locale() + workspace + out + progress);
    }
}
