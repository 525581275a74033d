package org.nineones.excel.grids;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of the monthly dispatch sheet the grid inspectors fill (每月调度, issue 15), one row per area, each with
 * the header the blank template writes first and the variants an enterprise may use; read by
 * {@link org.nineones.excel.TableReader}.
 */
public enum DispatchColumn implements HeaderField {
    AREA(30, "网格", "网格名称", "责任网格", "网格区域", "责任区域", "区域"),
    CHECKED_ON(12, "检查日期", "日期", "检查时间", "调度日期"),
    CHECKED_BY(10, "检查人", "检查人员", "网格员"),
    FOUND(36, "发现问题", "发现的问题", "存在问题", "问题"),
    DONE(30, "处理情况", "处理结果", "整改情况"),
    SETTLED(12, "是否当场整改", "当场整改", "是否当场处理", "当场整改(是/否)", "当场整改（是/否）"),
    PHOTOS(30, "照片", "现场照片", "照片文件"),
    IGNORE(0);

    private final int width;
    private final List<String> variants;
    private final List<String> headers;

    DispatchColumn(int width, String... variants) {
        this.width = width;
        this.variants = List.of(variants);
        this.headers = this.variants.isEmpty() ? List.of() : Stream.concat(Arrays.stream(variants), Stream.of(name()))
                .map(HeaderText::normalise).distinct().toList();
    }

    /** The columns a sheet may have, without {@link #IGNORE}, in the template's order. */
    public static List<DispatchColumn> known() {
        return List.of(AREA, CHECKED_ON, CHECKED_BY, FOUND, DONE, SETTLED, PHOTOS);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    /** The header the blank template writes. */
    public String header() {
        return variants.isEmpty() ? "" : variants.get(0);
    }

    /** The template's column width, in characters. */
    public int width() {
        return width;
    }
}
