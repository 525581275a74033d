package org.nineones.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Org units written as a path, "生产部/一车间": one unit per level, split at / ／ or \, spaces of every kind ignored. */
public final class OrgPaths {

    private static final Pattern SEPARATOR = Pattern.compile("[/／\\\\]");

    private OrgPaths() {
    }

    /** The path's unit names, top first; empty parts are dropped. */
    public static List<String> parts(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(path == null ? "" : path)) {
            String name = TextNormaliser.strip(part);
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        return parts;
    }
}
