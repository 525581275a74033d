package org.nineones.excel;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One column of a ledger sheet (people's records): its key (the bundle key's last part, and a header it is known by
 * too), its width in characters, and the header texts enterprises use for it; the first is the header the export
 * writes unless the ledger takes it from its bundle. Every ledger's columns are a list of these, read by
 * {@link TableReader} as {@link HeaderField}s and written by {@link LedgerSheetWriter}.
 */
public record LedgerColumn(String key, int width, List<String> variants, List<String> headers) implements HeaderField {

    public LedgerColumn {
        variants = List.copyOf(variants);
        headers = List.copyOf(headers);
    }

    public static LedgerColumn of(String key, int width, String... variants) {
        return new LedgerColumn(key, width, List.of(variants), Stream.concat(Arrays.stream(variants), Stream.of(key))
                .map(HeaderText::normalise).distinct().toList());
    }

    /** The first header variant. */
    public String header() {
        return variants.isEmpty() ? key : variants.get(0);
    }
}
