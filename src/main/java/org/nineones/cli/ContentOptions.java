package org.nineones.cli;

import java.nio.file.Path;

import org.nineones.excel.content.ExchangeKind;
import org.nineones.model.Messages;

import picocli.CommandLine.Option;

/** The options of the post content commands: which workspace, which kind of content. */
final class ContentOptions {

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    Path workspace;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "duties, procedures, risk-cards or emergency-cards")
    String kind;

    /**
     * The kind asked for.
     *
     * @throws IllegalArgumentException with a sentence for the user when there is no such kind (exit code 1)
     */
    ExchangeKind exchangeKind(Messages messages) {
        return ExchangeKind.byKey(kind).orElseThrow(() -> new IllegalArgumentException(
                messages.get("exchange.cli.unknownKind", kind, ExchangeKind.keys())));
    }
}
