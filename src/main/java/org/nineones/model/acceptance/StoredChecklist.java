package org.nineones.model.acceptance;

/**
 * One checklist template version as a workspace keeps it: its id, name and version, the SHA-256 of its canonical
 * JSON, when it was imported (UTC, as SQLite writes it; empty for the built-in default) and the JSON itself.
 */
public record StoredChecklist(Long id, String name, String version, String sha256, String importedAt, String body) {

    public StoredChecklist {
        importedAt = importedAt == null ? "" : importedAt;
    }

    /** True for the default that ships with the app (never stored). */
    public boolean builtIn() {
        return id == null;
    }
}
