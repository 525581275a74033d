package org.nineones.service.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every printout of people's records. */
public final class RecordPrints {

    private final List<RecordPrint> all;

    public RecordPrints(List<RecordPrint> all) {
        this.all = List.copyOf(all);
    }

    public List<RecordPrint> all() {
        return all;
    }

    public Optional<RecordPrint> byKey(String key) {
        return all.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public String keys() {
        return all.stream().map(RecordPrint::key).collect(Collectors.joining(", "));
    }
}
