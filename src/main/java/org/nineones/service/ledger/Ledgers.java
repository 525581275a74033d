package org.nineones.service.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every ledger of people's records, in the order the GUI and the package list them. */
public final class Ledgers {

    private final List<Ledger> all;

    public Ledgers(List<Ledger> all) {
        this.all = List.copyOf(all);
    }

    public List<Ledger> all() {
        return all;
    }

    public Optional<Ledger> byKey(String key) {
        return all.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The keys, separated by "|", for messages. */
    public String keys() {
        return all.stream().map(Ledger::key).collect(Collectors.joining("|"));
    }
}
