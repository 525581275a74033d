package org.nineones.pack;

/** Which zip entry names are safe: relative, forward slashes, no {@code ..}, no drive letters. */
final class EntryNames {

    private EntryNames() {
    }

    static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.length() > 1000) {
            return false;
        }
        if (name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
