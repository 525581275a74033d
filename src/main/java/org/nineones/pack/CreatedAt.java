package org.nineones.pack;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a package was made, as its manifest says. Since issue 12 a manifest states the local date only
 * ({@code 2026-12-06}): the same workspace on the same day gives the same package, byte for byte; such a date is shown
 * as it is. Older manifests state the local date and time of the computer that made it and, when the
 * manifest gave one, its offset from UTC ({@code 2026-12-06T17:20:00+08:00}). A manifest whose time has no offset
 * ({@code 2026-12-06T17:20:00}) still reads: its offset is simply unknown. Text that is no time at all is kept as it
 * is, so a package is never refused for how its time was written.
 */
public record CreatedAt(String text, LocalDateTime local, ZoneOffset offset) {

    /** ISO-8601 with a numeric offset always, {@code +00:00} rather than {@code Z}, so it reads the same everywhere. */
    static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    public static CreatedAt parse(String text) {
        if (text == null) {
            return new CreatedAt("", null, null);
        }
        String trimmed = text.strip();
        try {
            OffsetDateTime time = OffsetDateTime.parse(trimmed);
            return new CreatedAt(text, time.toLocalDateTime(), time.getOffset());
        } catch (DateTimeParseException e) {
            // an older or hand-made manifest: a local time without its offset
        }
        try {
            return new CreatedAt(text, LocalDateTime.parse(trimmed), null);
        } catch (DateTimeParseException e) {
            return new CreatedAt(text, null, null);
        }
    }

    /** This moment, with its offset. */
    public static CreatedAt of(OffsetDateTime time) {
        return parse(format(time));
    }

    /** The text a manifest held for this moment, with its offset (the export history still keeps the time so). */
    static String format(OffsetDateTime time) {
        return time.format(WRITTEN);
    }

    /** The text a manifest holds for the day it was made: {@code 2026-12-06}. */
    static String format(LocalDate day) {
        return day.toString();
    }

    /** The moment, when the offset is known. */
    public Optional<OffsetDateTime> time() {
        return local == null || offset == null ? Optional.empty() : Optional.of(local.atOffset(offset));
    }

    /**
     * For people: {@code 2026-12-06 17:20:00（UTC+08:00）}, or without the offset when the manifest gave none, or the
     * text itself when it is no time.
     */
    public String display() {
        if (local == null) {
            return text;
        }
        String shown = local.format(SHOWN);
        return offset == null ? shown : shown + "（UTC" + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId()) + "）";
    }
}
