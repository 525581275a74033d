package org.nineones.service.cards;

import org.nineones.model.UserFacing;

/** The cards could not be printed; the message is the sentence to show the user. Nothing was written. */
public final class CardPrintException extends RuntimeException implements UserFacing {

    public CardPrintException(String message, Throwable cause) {
        super(message, cause);
    }

    public CardPrintException(String message) {
        super(message);
    }
}
