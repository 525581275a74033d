package org.nineones.excel.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nineones.model.TextNormaliser;

/**
 * A post as a sheet names it, compared loosely: the org unit path split at / ／ or \ with spaces of every kind
 * removed ("生产部 ／ 一车间" is "生产部/一车间"), and the post name without spaces.
 */
public record PostKey(String unitPath, String postName) {

    private static final Pattern PATH_SEPARATOR = Pattern.compile("[/／\\\\]");

    public static PostKey of(String unitPath, String postName) {
        return new PostKey(path(unitPath), TextNormaliser.strip(postName));
    }

    /** The path's parts, cleaned; empty parts dropped. */
    public static List<String> parts(String unitPath) {
        List<String> parts = new ArrayList<>();
        for (String part : PATH_SEPARATOR.split(unitPath == null ? "" : unitPath)) {
            String name = TextNormaliser.strip(part);
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        return parts;
    }

    private static String path(String unitPath) {
        return String.join("/", parts(unitPath));
    }
}
