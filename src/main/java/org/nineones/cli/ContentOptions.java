package org.nineones.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.nineones.excel.content.ExchangeKind;

import picocli.CommandLine.Option;

/** The options of the post content commands: which workspace, which kind of content. */
final class ContentOptions {

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    Path workspace;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "duties, procedures, risk-cards or emergency-cards")
    String kind;

    Optional<ExchangeKind> exchangeKind() {
        return ExchangeKind.byKey(kind);
    }
}
