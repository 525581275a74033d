package org.nineones.service.county;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.DeskInspection;
import org.nineones.store.DeskRepository;
import org.nineones.store.DeskStore;
import org.nineones.store.InspectionFile;
import org.nineones.store.WorkspaceException;

/**
 * The county desk (issue 14, point 3; decision 0025): opens its store (a desk file, or a PostgreSQL database by its
 * JDBC URL), loads inspectors' inspection files into it — each inspection kept once by its uid, so loading a file
 * twice or two files holding the same inspection changes nothing, save the findings the inspector accepted or sent
 * back since — and imports batches ({@link BatchSheets}).
 */
public final class CountyDeskService {

    /**
     * What loading one inspection file did, by inspection (each counted once, under the first that applies): added,
     * signed since, with findings not seen before, with findings the inspector accepted or sent back since, unchanged.
     */
    public record Loaded(Path file, int inspections, int added, int signedNow, int findingsAdded, int findingsChanged,
                         int unchanged) {
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
     * signed since it was loaded gets its signature, new findings are added, and a finding the inspector accepted or
     * sent back since takes its new status (closed on the day accepted, or open again); nothing else changes. The
     * inspection file is opened as the inspector's app opens it (an enterprise workspace or another file is refused
     * with its sentence); a file holding an inspection the desk keeps as the city's re-inspection is refused whole
     * ({@link CountyDeskException.Reason#CITY_INSPECTION}), nothing written.
     */
    public Loaded load(DeskStore desk, Path inspectionFile) throws WorkspaceException {
        return keep(desk, inspectionFile, DeskInspections.read(inspectionFile));
    }

    /**
     * The same for an inspection file this app has open already (the inspector's own, whose lock a second opening
     * would meet): read through that connection.
     */
    public Loaded loadOpen(DeskStore desk, InspectionFile open) {
        return keep(desk, open.file(), DeskInspections.read(open));
    }

    private Loaded keep(DeskStore desk, Path inspectionFile, List<DeskInspection> read) {
        Map<DeskRepository.Put, Integer> counts = desk.write(r -> {
            for (DeskInspection i : read) {
                if (r.cityChecks().isCityInspection(i.uid())) {
                    throw new CountyDeskException(CountyDeskException.Reason.CITY_INSPECTION,
                            messages.get("county.error.cityInspection", inspectionFile.getFileName(),
                                    i.enterpriseName(), i.uid()), inspectionFile, null);
                }
            }
            Map<DeskRepository.Put, Integer> c = new EnumMap<>(DeskRepository.Put.class);
            for (DeskInspection i : read) {
                c.merge(r.put(i), 1, Integer::sum);
            }
            return c;
        });
        return new Loaded(inspectionFile, read.size(), counts.getOrDefault(DeskRepository.Put.ADDED, 0),
                counts.getOrDefault(DeskRepository.Put.SIGNED_NOW, 0),
                counts.getOrDefault(DeskRepository.Put.FINDINGS_ADDED, 0),
                counts.getOrDefault(DeskRepository.Put.FINDINGS_CHANGED, 0),
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
