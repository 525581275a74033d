package org.nineones.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

class LogConfiguratorTest {

    @TempDir
    Path dir;

    @Test
    void writesTheApplicationsInfoAndOnlyTheLibrariesWarningsToTheLogFile() throws Exception {
        Path logs = dir.resolve("张三").resolve("logs");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what the logging start-up gives the real context
        LogConfigurator.configureFile(context, logs);
        context.getLogger("org.nineones.cli.CliSupport").info("已打开工作区");
        context.getLogger("org.flywaydb.core.Flyway").info("Migrating schema");
        context.getLogger("org.jooq.Constants").warn("version mismatch");
        context.getLogger("org.nineones.store.Workspace").debug("debug detail");
        context.stop();

        String log = Files.readString(logs.resolve("nineones.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("INFO  [") && log.contains("org.nineones.cli.CliSupport - 已打开工作区"), log);
        assertTrue(log.contains("WARN") && log.contains("version mismatch"), log);
        assertFalse(log.contains("Migrating schema"), log);
        assertFalse(log.contains("debug detail"), log);
    }
}
