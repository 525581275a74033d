package org.nineones.pack;

import java.util.List;

import org.nineones.model.Messages;

/**
 * One thing wrong with a package: what kind, which entry (empty for the package as a whole) and the values the
 * message shows (sizes, a field name, a version).
 */
public record PackageProblem(Kind kind, String path, List<String> args) {

    public enum Kind {
        /** The file is not a zip at all. */
        NOT_A_ZIP,
        /** The zip is truncated or corrupt and cannot be opened. */
        DAMAGED,
        /** An entry's compressed data cannot be read. */
        DAMAGED_ENTRY,
        /** A zip without {@code manifest.json}. */
        NO_MANIFEST,
        /** A {@code manifest.json} that is not ours (another shape). */
        FOREIGN_MANIFEST,
        /** Our manifest, from a newer format than this version reads. */
        NEWER_FORMAT,
        /** The same entry name more than once. */
        DUPLICATE_ENTRY,
        /** An absolute entry name or one that climbs out with {@code ..}. */
        UNSAFE_PATH,
        /** In the manifest, not in the zip. */
        MISSING,
        /** In the zip, not in the manifest. */
        EXTRA,
        /** A different size than the manifest states. */
        ALTERED_SIZE,
        /** The right size but a different SHA-256. */
        ALTERED_CONTENT;

        /** True for the kinds that mean a listed file's content differs from what was exported. */
        public boolean altersFile() {
            return this == ALTERED_SIZE || this == ALTERED_CONTENT || this == DAMAGED_ENTRY;
        }
    }

    public PackageProblem {
        path = path == null ? "" : path;
        args = List.copyOf(args);
    }

    static PackageProblem of(Kind kind, String path, Object... args) {
        return new PackageProblem(kind, path, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** One sentence for the user, e.g. {@code cards.pdf：已被改动（大小应为 1200 字节，实际 1201 字节）。} */
    public String describe(Messages messages) {
        Object[] values = new Object[args.size() + 1];
        values[0] = path;
        for (int i = 0; i < args.size(); i++) {
            values[i + 1] = args.get(i);
        }
        return messages.get("PackageProblem.Kind." + kind.name(), values);
    }
}
