package org.nineones.service.acceptance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.nineones.excel.workbook.IdMasker;
import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.pack.PackageVerifier;
import org.nineones.pack.VerificationResult;
import org.nineones.service.Progress;
import org.nineones.store.RecordTables;
import org.nineones.store.RecordsRefusedException;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records in a form the inspector's copy of the app recomputes from (decision 0022): {@value #ENTRY} in the
 * package, a deterministic JSON dump of the tables the checks read, ID numbers masked unless the edition is internal.
 * The loader puts it into a temporary read-only workspace, on which {@link ReadinessService} (with
 * {@code RecordChecks}) scores every automatic line without trusting the enterprise's own numbers.
 */
public final class RecomputedRecords {

    /** The entry of the records form in the package. */
    public static final String ENTRY = "records.json";
    private static final Logger LOG = LoggerFactory.getLogger(RecomputedRecords.class);

    private final Messages messages;

    public RecomputedRecords(Messages messages) {
        this.messages = messages;
    }

    /** The edition a package is: {@code standard} masks ID numbers, {@code internal} keeps them whole. */
    public static String edition(boolean internal) {
        return internal ? "internal" : "standard";
    }

    /** The masker of the edition: every valid ID number inside a text masked, or none for the internal one. */
    static UnaryOperator<String> texts(boolean internal) {
        return internal ? UnaryOperator.identity() : IdMasker::mask;
    }

    /**
     * Writes the records form of the workspace to {@code out}.
     *
     * @return the rows written, by table
     */
    public RecordTables.Dumped write(Workspace workspace, Path out, boolean internal, Progress progress)
            throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            return RecordTables.dump(workspace, os, edition(internal), texts(internal), progress::checkCancelled);
        }
    }

    /**
     * Loads the records form of a package, after checking the package is intact against its manifest.
     *
     * @throws RecomputeException when the package is altered, has no records form, or it cannot be read
     */
    public Loaded open(Path zip) {
        return open(zip, new PackageVerifier().verify(zip));
    }

    /**
     * Loads the records form of a package its caller has just verified ({@code verified}, from
     * {@link PackageVerifier#verify}), without hashing every file again.
     *
     * @throws RecomputeException when the package is altered, has no records form, or it cannot be read
     */
    public Loaded open(Path zip, VerificationResult verified) {
        if (!verified.intact()) {
            throw new RecomputeException(messages.get("recompute.error.altered", zip.getFileName()), zip);
        }
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = file.getEntry(ENTRY);
            if (entry == null) {
                throw new RecomputeException(messages.get("recompute.error.noRecords", zip.getFileName(), ENTRY), zip);
            }
            try (InputStream in = new BufferedInputStream(file.getInputStream(entry), 1 << 16)) {
                return open(in, zip);
            }
        } catch (IOException e) {
            throw new RecomputeException(messages.get("recompute.error.unreadable", zip.getFileName()), zip, e);
        }
    }

    /** Loads a records form from a stream (the entry of a package, or the file taken out of one). */
    public Loaded open(InputStream recordsJson, Path source) throws IOException {
        Path folder = AppTemp.workFolder("recompute-");
        try {
            Workspace workspace = RecordTables.load(recordsJson, folder.resolve("records" + Workspace.EXTENSION));
            return new Loaded(workspace, folder);
        } catch (RecordsRefusedException e) {
            delete(folder);
            LOG.info("records form of {} refused: {}", source, e.getMessage());
            throw new RecomputeException(messages.get(e.reason() == RecordsRefusedException.Reason.NEWER
                    ? "recompute.error.newer" : "recompute.error.foreign", source.getFileName()), source, e);
        } catch (WorkspaceException | RuntimeException e) {
            delete(folder);
            throw new RecomputeException(messages.get("recompute.error.unreadable", source.getFileName()), source, e);
        } catch (IOException e) {
            delete(folder);
            throw e;
        }
    }

    /** The checklist scored on {@code asOf} from the loaded records, as the enterprise's own copy scores it. */
    public static ChecklistScore recompute(Loaded records, ReadinessService readiness, ChecklistTemplate template,
                                           LocalDate asOf) {
        return readiness.assess(records.workspace(), template, asOf, asOf);
    }

    /** A records form loaded into a temporary read-only workspace; closing removes it. */
    public static final class Loaded implements AutoCloseable {
        private final Workspace workspace;
        private final Path folder;

        Loaded(Workspace workspace, Path folder) {
            this.workspace = workspace;
            this.folder = folder;
        }

        public Workspace workspace() {
            return workspace;
        }

        @Override
        public void close() {
            workspace.close();
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("could not remove {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("could not remove {}", folder, e);
        }
    }
}
