package org.nineones.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step: compiles every {@code .jrxml} under a source folder into a {@code .jasper}
 * beside the classes, so the packaged application never needs a Java compiler at run time.
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler SOURCE_DIR TARGET_DIR");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        if (!Files.isDirectory(source)) {
            return;
        }
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path out = target.resolve(name);
            if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(jrxml)) >= 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(jrxml.toString(), out.toString());
        }
    }
}
