package org.nineones.service.county;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.DeskInspection;
import org.nineones.model.inspection.Inspection;
import org.nineones.service.acceptance.PackageEntries;
import org.nineones.store.DeskRepository;
import org.nineones.store.DeskStore;
import org.nineones.store.InspectionFile;
import org.nineones.store.WorkspaceException;

/**
 * The county desk (issue 14, point 3; decision 0025): opens its store (a desk file, or a PostgreSQL database by its
 * JDBC URL), loads inspectors' inspection files into it — each inspection kept once by its uid, so loading a file
 * twice or two files holding the same inspection changes nothing — and imports batches ({@link BatchSheets}).
 */
public final class CountyDeskService {

    /** What loading one inspection file did. */
    public record Loaded(Path file, int inspections, int added, int signedNow, int findingsAdded, int unchanged) {
    }

    private final Messages messages;

    public CountyDeskService(Messages messages) {
        this.messages = messages;
    }

    /**
     * Opens a desk: a {@code jdbc:postgresql://…} URL connects to that server (a server not reached is refused with
     * a sentence naming its host and port, nothing written); anything else is a desk file, made when missing.
     */
    public DeskStore open(String location) throws WorkspaceException {
        if (DeskStore.isServer(location)) {
            return DeskStore.connect(location);
        }
        String path = location.strip();
        return DeskStore.openFile(Path.of(path.startsWith("jdbc:sqlite:") ? path.substring(12) : path));
    }

    /** A desk of this run only, in the app's temporary folder (a summary made from files alone). */
    public DeskStore openTemporary() throws WorkspaceException {
        Path folder;
        try {
            folder = AppTemp.workFolder("desk");
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.CANNOT_CREATE, AppTemp.base(),
                    "cannot make a temporary desk: " + e.getMessage(), e);
        }
        return DeskStore.openFile(folder.resolve("county" + DeskStore.EXTENSION));
    }

    /**
     * Loads every inspection of an inspection file into the desk, in one write: new ones are added, an inspection
     * signed since it was loaded gets its signature, new findings are added; nothing else changes. The inspection
     * file is opened as the inspector's app opens it (an enterprise workspace or another file is refused with its
     * sentence).
     */
    public Loaded load(DeskStore desk, Path inspectionFile) throws WorkspaceException {
        List<DeskInspection> read;
        try (InspectionFile file = InspectionFile.open(inspectionFile)) {
            read = file.read(r -> {
                List<DeskInspection> all = new ArrayList<>();
                for (Inspection i : r.all()) {
                    all.add(DeskInspections.of(i, r.review().signed(i.id()), r.review().findings(i.id()),
                            r.parts(i.id()).stream().anyMatch(p -> p.path().equals(PackageEntries.SELF_ASSESSMENT)),
                            inspectionFile.getFileName().toString()));
                }
                return all;
            });
        }
        Map<DeskRepository.Put, Integer> counts = desk.write(r -> {
            Map<DeskRepository.Put, Integer> c = new LinkedHashMap<>();
            for (DeskInspection i : read) {
                c.merge(r.put(i), 1, Integer::sum);
            }
            return c;
        });
        return new Loaded(inspectionFile, read.size(), counts.getOrDefault(DeskRepository.Put.ADDED, 0),
                counts.getOrDefault(DeskRepository.Put.SIGNED_NOW, 0),
                counts.getOrDefault(DeskRepository.Put.FINDINGS_ADDED, 0),
                counts.getOrDefault(DeskRepository.Put.UNCHANGED, 0));
    }

    /**
     * Imports a batch sheet: read and checked whole first ({@link BatchSheets}); a refusal names the rows and writes
     * nothing. The same sheet imported again is the batch it made the first time.
     */
    public DeskBatch importBatch(DeskStore desk, Path sheet) {
        BatchSheets.Read read = new BatchSheets(messages).read(sheet);
        return desk.write(r -> {
            Optional<DeskBatch> known = r.batchBySha256(read.sha256());
            return known.orElseGet(() -> r.insertBatch(read.name(), sheet.getFileName().toString(), read.sha256(),
                    read.enterprises()));
        });
    }

    /** Every batch on the desk, the latest first. */
    public List<DeskBatch> batches(DeskStore desk) {
        return desk.read(DeskRepository::batches);
    }

    /** How many inspections the desk holds. */
    public int inspectionCount(DeskStore desk) {
        return desk.read(DeskRepository::inspectionCount);
    }

    /** An inspection as the desk keeps it. */
    public Optional<DeskInspection> inspection(DeskStore desk, String uid) {
        return desk.read(r -> r.inspection(uid));
    }

    /** Keeps inspections made elsewhere (the benchmark's and tests' volume), in one write; returns how many were new. */
    public int insert(DeskStore desk, List<DeskInspection> inspections) {
        return desk.write(r -> r.insertNew(inspections));
    }
}
