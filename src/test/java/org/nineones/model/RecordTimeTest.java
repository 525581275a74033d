package org.nineones.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RecordTimeTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void showsTheStoredUtcTimeInTheLocalZoneToTheMinute() {
        assertEquals("2026-11-28 07:30", RecordTime.local("2026-11-27 23:30:15", BEIJING), "the next day in Beijing");
        assertEquals("2026-11-28 08:00", RecordTime.local("2026-11-28 00:00:00", BEIJING));
    }

    @Test
    void leavesOtherTextAsItIs() {
        assertEquals("", RecordTime.local(null, BEIJING));
        assertEquals("昨天", RecordTime.local("昨天", BEIJING));
    }
}
