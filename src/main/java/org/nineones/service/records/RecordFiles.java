package org.nineones.service.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.store.Workspace;

/**
 * The files kept with duty records, read one at a time: their bytes (checked against the SHA-256 kept when they
 * were recorded), a copy to open with the system's viewer, an export of one file or of a record's files.
 */
public final class RecordFiles {

    private final Messages messages;

    RecordFiles(Messages messages) {
        this.messages = messages;
    }

    /** A stored file's bytes, exactly as recorded; refused when the workspace's copy no longer matches its SHA-256. */
    public byte[] content(Workspace workspace, RecordAttachment file) {
        byte[] bytes = workspace.read(store -> store.attachments().content(file.id())).orElseThrow(() ->
                new RecordRuleException("file", messages.get("records.error.noSuchFile", file.fileName())));
        if (!AttachmentFile.sha256(bytes).equals(file.sha256())) {
            throw new RecordRuleException("file", messages.get("records.error.altered", file.fileName()));
        }
        return bytes;
    }

    /**
     * A read-only copy of the file in this run's temporary folder, under its own name, for the system's viewer
     * (the stored file itself is never handed out).
     */
    public Path openableCopy(Workspace workspace, RecordAttachment file) throws IOException {
        return readOnlyCopy(content(workspace, file), file.fileName(), "record-");
    }

    /**
     * Writes {@code bytes} as a read-only file named {@code fileName} (made safe; "file" when empty) in a new folder
     * of this run's temporary folder, for the system's viewer: the one way every kept file is handed out.
     */
    public static Path readOnlyCopy(byte[] bytes, String fileName, String folderPrefix) throws IOException {
        Path folder = AppTemp.workFolder(folderPrefix);
        String safe = safeName(fileName == null || fileName.isBlank() ? "file" : fileName);
        Path copy = folder.resolve(safe.isBlank() ? "file" : safe);
        Files.write(copy, bytes);
        copy.toFile().setReadOnly();
        return copy;
    }

    /** Writes one file to {@code target} (never over a workspace or a folder). */
    public void export(Workspace workspace, RecordAttachment file, Path target) throws IOException {
        SafeFiles.checkOutput(target, workspace.file());
        byte[] bytes = content(workspace, file);
        write(bytes, target, workspace);
    }

    /**
     * Writes a record's files into {@code folder} (made when missing) under their own names, a number added where
     * two share a name or a file of that name is there already; returns the files written.
     */
    public List<Path> exportAll(Workspace workspace, DutyRecord record, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RecordRuleException("folder", messages.get("records.error.notFolder", folder.toString()));
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (RecordAttachment file : record.attachments()) {
            Path target = folder.resolve(unique(folder, safeName(file.fileName()), used));
            write(content(workspace, file), target, workspace);
            written.add(target);
        }
        return written;
    }

    private static void write(byte[] bytes, Path target, Workspace workspace) throws IOException {
        Path temp = SafeFiles.tempBeside(target, workspace.file());
        try {
            Files.write(temp, bytes);
            SafeFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String unique(Path folder, String name, Set<String> used) {
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        String ext = dot <= 0 ? "" : name.substring(dot);
        String candidate = name;
        for (int n = 2; used.contains(candidate.toLowerCase(java.util.Locale.ROOT)) || Files.exists(folder.resolve(candidate)); n++) {
            candidate = stem + " (" + n + ")" + ext;
        }
        used.add(candidate.toLowerCase(java.util.Locale.ROOT));
        return candidate;
    }

    /** The file's own name without anything a file system refuses or that leads out of the folder. */
    public static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? "file" : cleaned;
    }
}
