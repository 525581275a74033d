package org.nineones.excel.content;

import org.nineones.model.content.PostContent;

/**
 * One post as the export writes it: its org unit path ("生产部/一车间"), its name, which version is written (e.g.
 * "第 2 版 草稿"; empty when there is none) and that version's body (null when the post has none yet).
 */
public record PostEntry(String unitPath, String postName, String versionInfo, PostContent body) {
}
