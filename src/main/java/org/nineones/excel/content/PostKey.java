package org.nineones.excel.content;

import java.util.List;

import org.nineones.model.OrgPaths;
import org.nineones.model.TextNormaliser;

/**
 * A post as a sheet names it, compared loosely: the org unit path split at / ／ or \ with spaces of every kind
 * removed ("生产部 ／ 一车间" is "生产部/一车间"), and the post name without spaces.
 */
public record PostKey(String unitPath, String postName) {

    public static PostKey of(String unitPath, String postName) {
        return new PostKey(path(unitPath), TextNormaliser.strip(postName));
    }

    /** The path's unit names, top first (see {@link OrgPaths}). */
    public static List<String> parts(String unitPath) {
        return OrgPaths.parts(unitPath);
    }

    private static String path(String unitPath) {
        return String.join("/", parts(unitPath));
    }
}
