package org.nineones.model;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * When a record was written, for people: the workspace stores UTC ({@code CURRENT_TIMESTAMP},
 * {@code yyyy-MM-dd HH:mm:ss}); history lines and ledgers show it in the computer's time zone, to the minute, so a
 * correction made at 07:30 in Beijing is not dated the day before.
 */
public final class RecordTime {

    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RecordTime() {
    }

    /** The stored UTC time in this computer's time zone; text that is not such a time is shown as it is. */
    public static String local(String utc) {
        return local(utc, ZoneId.systemDefault());
    }

    public static String local(String utc, ZoneId zone) {
        if (utc == null) {
            return "";
        }
        try {
            return localTime(utc, zone).format(SHOWN);
        } catch (DateTimeParseException e) {
            return utc;
        }
    }

    /** The stored UTC time as a time in this computer's time zone; null gives null, other text fails to parse. */
    public static LocalDateTime localTime(String utc) {
        return utc == null ? null : localTime(utc, ZoneId.systemDefault());
    }

    private static LocalDateTime localTime(String utc, ZoneId zone) {
        return LocalDateTime.parse(utc, STORED).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }
}
