package org.nineones.cli;

import org.nineones.model.UserFacing;

/** A refusal of the command line's own (an option value it does not know), told to the user in its sentence. */
final class CliRefusal extends RuntimeException implements UserFacing {

    CliRefusal(String sentence) {
        super(sentence);
    }
}
