package org.nineones.ui.common;

import java.util.List;

/** One file type a file chooser offers, e.g. ("企业数据文件", ["*.nineones"]). */
public record FileFilter(String description, List<String> patterns) {

    public FileFilter(String description, String... patterns) {
        this(description, List.of(patterns));
    }
}
