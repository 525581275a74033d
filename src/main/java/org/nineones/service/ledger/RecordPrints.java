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

    /** These printouts followed by {@code more} (printouts of no feature's tab, e.g. the grid's). */
    public RecordPrints and(List<RecordPrint> more) {
        List<RecordPrint> joined = new java.util.ArrayList<>(all);
        for (RecordPrint print : more) {
            if (byKey(print.key()).isPresent()) {
                throw new IllegalArgumentException("two printouts with the key " + print.key());
            }
            joined.add(print);
        }
        return new RecordPrints(joined);
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
