package org.nineones.service.acceptance;

import java.nio.file.Path;

import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.cards.CardPrintService;
import org.nineones.store.Workspace;

/** Exports the acceptance package (验收资料包) and verifies one. */
public final class PackageService {

    private final Messages messages;
    private final CardPrintService cards;

    public PackageService(Messages messages, CardPrintService cards) {
        this.messages = messages;
        this.cards = cards;
    }

    public void export(Workspace workspace, Path out, Progress progress) {
        throw new IllegalStateException("package: not built yet " + messages.locale() + cards + workspace + out + progress);
    }
}
