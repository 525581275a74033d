package org.nineones.report;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * Build-time step: compiles every {@code .jrxml} under a source folder into a {@code .jasper}
 * beside the classes, so the packaged application never needs a Java compiler at run time.
 * Run by exec-maven-plugin in {@code process-classes}; a broken template fails the build.
 */
public final class ReportCompiler {

    /** JasperReports' javac-based compiler reads the class path of the generated expression classes from here. */
    private static final String COMPILER_CLASSPATH = "net.sf.jasperreports.compiler.classpath";

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
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        context.setProperty(COMPILER_CLASSPATH, classPath());
        JasperCompileManager compiler = JasperCompileManager.getInstance(context);
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path out = target.resolve(name);
            if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(jrxml)) >= 0) {
                continue;
            }
            compiler.compileToFile(jrxml.toString(), out.toString());
        }
    }

    /**
     * The class path the expression classes compile against: under exec-maven-plugin the project's libraries are
     * only on the plugin's class loader, not on {@code java.class.path}.
     */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = ReportCompiler.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(toFile(url));
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String toFile(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.getPath();
        }
    }
}
