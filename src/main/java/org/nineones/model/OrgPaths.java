package org.nineones.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Org units written as a path, "生产部/一车间": one unit per level, split at / ／ or \, spaces of every kind ignored. */
public final class OrgPaths {

    private static final Pattern SEPARATOR = Pattern.compile("[/／\\\\]");
    /** What else HR systems write between levels of a path in one cell: - － — ＞ > › » → | ｜. */
    private static final Pattern LOOSE_SEPARATOR = Pattern.compile("[\\-－—＞>›»→|｜]");

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

    /**
     * A path as HR systems write it in one cell of a roster (生产部-合成车间, 生产部＞合成车间, 生产部/合成车间/甲班):
     * split at the separators of {@link #parts} and also at - － — ＞ > › » → | ｜. Only the roster reads paths so
     * loosely; the app's own spreadsheets write and read them with {@link #parts}.
     */
    public static List<String> looseParts(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : LOOSE_SEPARATOR.split(path == null ? "" : path)) {
            parts.addAll(parts(part));
        }
        return parts;
    }

    /** How a unit's path is printed: its names joined by a spaced slash. */
    public static final String PRINTED_SEPARATOR = " / ";

    /**
     * Each unit's path below the company as printed ("生产部 / 一车间 / 甲班"); the company itself shows its own name.
     * A parent loop cannot make it run forever.
     */
    public static Map<Long, String> printed(List<OrgUnit> units) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<Long, String> paths = new HashMap<>();
        for (OrgUnit unit : units) {
            List<String> names = new ArrayList<>();
            OrgUnit at = unit;
            for (int depth = 0; at != null && depth < units.size(); depth++) {
                if (at.parentId() == null && !names.isEmpty()) {
                    break;
                }
                names.add(0, at.name());
                at = at.parentId() == null ? null : byId.get(at.parentId());
            }
            paths.put(unit.id(), String.join(PRINTED_SEPARATOR, names));
        }
        return paths;
    }
}
