package org.nineones.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A column a spreadsheet kind knows by its header texts (e.g. 职责/职责内容/安全职责). Every kind of import finds
 * its header row and maps its columns through these, so header variants are data, not code.
 */
public interface HeaderField {

    /** The header texts this field is known by, normalised with {@link HeaderText#normalise}. */
    List<String> headers();

    /**
     * The header texts this field is also known by when compared with {@link HeaderText#loose} (only when no field
     * names a header exactly); none unless a kind asks for loose matching.
     */
    default List<String> looseHeaders() {
        return List.of();
    }

    /** The field among {@code fields} that a header cell names, if any. */
    static <F extends HeaderField> Optional<F> byHeader(List<F> fields, Object headerCell) {
        String text = HeaderText.normalise(headerCell);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<F> exact = fields.stream().filter(f -> f.headers().contains(text)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String loose = HeaderText.loose(headerCell);
        return loose.isEmpty() ? Optional.empty()
                : fields.stream().filter(f -> f.looseHeaders().contains(loose)).findFirst();
    }

    /**
     * The field each header names, column by column; {@code none} where a header names no field or a column to its
     * left already names the same field (the first column naming a field wins).
     */
    static <F extends HeaderField> List<F> mapColumns(List<String> headers, List<F> fields, F none) {
        List<F> mapped = new ArrayList<>();
        for (String header : headers) {
            F field = byHeader(fields, header).orElse(none);
            mapped.add(field != none && mapped.contains(field) ? none : field);
        }
        return mapped;
    }
}
