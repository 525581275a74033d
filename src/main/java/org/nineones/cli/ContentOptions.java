package org.nineones.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.nineones.app.Services;

import org.nineones.excel.content.ExchangeKind;
import org.nineones.model.Messages;
import org.nineones.service.ledger.Ledger;

import picocli.CommandLine.Option;

/** The options of the post content commands: which workspace, which kind of content. */
final class ContentOptions {

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    Path workspace;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "post content: duties, procedures, risk-cards, emergency-cards; people's records: letters, "
                    + "training, attendance, exams, rewards, assessments")
    String kind;

    /**
     * The kind asked for.
     *
     * @throws CliRefusal with a sentence for the user when there is no such kind (exit code 1)
     */
    ExchangeKind exchangeKind(Messages messages, Services services) {
        return ExchangeKind.byKey(kind).orElseThrow(() -> new CliRefusal(
                LedgerCommands.unknownKind(messages, services, kind, ExchangeKind.keys())));
    }

    /** The ledger of people's records asked for, if the kind names one. */
    Optional<Ledger> ledger(Services services) {
        return services.ledgers().byKey(kind);
    }
}
