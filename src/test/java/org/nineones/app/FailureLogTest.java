package org.nineones.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nineones.model.UserFacing;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** A stack trace in the log means a bug: refusals and file problems are one line each. */
class FailureLogTest {

    private static final class Refused extends RuntimeException implements UserFacing {
        Refused(String message) {
            super(message);
        }
    }

    private final Logger log = (Logger) LoggerFactory.getLogger("org.nineones.test.FailureLogTest");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeEach
    void listen() {
        events.start();
        log.addAppender(events);
        log.setLevel(Level.ALL);
        log.setAdditive(false);
    }

    @AfterEach
    void stop() {
        log.detachAppender(events);
    }

    @Test
    void aRefusalIsOneLineAtInfo() {
        FailureLog.log(log, "print", new IllegalStateException("wrapped", new Refused("没有名为“无此岗位”的岗位。")));

        ILoggingEvent e = events.list.get(0);
        assertEquals(Level.INFO, e.getLevel());
        assertNull(e.getThrowableProxy());
        assertTrue(e.getFormattedMessage().contains("print refused") && e.getFormattedMessage().contains("无此岗位"),
                e.getFormattedMessage());
    }

    @Test
    void aFileProblemIsOneLineAtWarn() {
        FailureLog.log(log, "export", new UncheckedIOException(new AccessDeniedException("/只读/文件.xlsx")));

        ILoggingEvent e = events.list.get(0);
        assertEquals(Level.WARN, e.getLevel());
        assertNull(e.getThrowableProxy());
        assertTrue(e.getFormattedMessage().contains("READ_ONLY"), e.getFormattedMessage());
    }

    @Test
    void anythingElseIsAnErrorWithItsStackTrace() {
        FailureLog.log(log, "import", new IllegalStateException("a bug", new IOException("cause")));

        ILoggingEvent e = events.list.get(0);
        assertEquals(Level.ERROR, e.getLevel());
        assertNotNull(e.getThrowableProxy());
        assertEquals("a bug", e.getThrowableProxy().getMessage());
    }
}
