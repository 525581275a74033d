package org.nineones.service.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.nineones.service.backup.BackupHook;

/** Every ledger of people's records, in the order the GUI and the package list them. */
public final class Ledgers {

    private final List<Ledger> all;

    public Ledgers(List<Ledger> all) {
        this.all = List.copyOf(all);
    }

    /** Every ledger's import backs up the workspace right before it writes (decision 0017). */
    public Ledgers(List<Ledger> all, BackupHook beforeImport) {
        this(all.stream().<Ledger>map(l -> new BackedUpLedger(l, beforeImport)).toList());
    }

    public List<Ledger> all() {
        return all;
    }

    /** The ledgers the acceptance package carries, in the same order. */
    public List<Ledger> packaged() {
        return all.stream().filter(Ledger::packaged).toList();
    }

    public Optional<Ledger> byKey(String key) {
        return all.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The keys, separated by "|", for messages. */
    public String keys() {
        return all.stream().map(Ledger::key).collect(Collectors.joining("|"));
    }
}
