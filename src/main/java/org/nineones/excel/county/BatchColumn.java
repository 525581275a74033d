package org.nineones.excel.county;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of a batch sheet (a county's list of enterprises to accept, issue 14 point 3), each with the header
 * written first and the variants a county's office may use; read by {@link org.nineones.excel.TableReader}.
 */
public enum BatchColumn implements HeaderField {
    NAME(32, "企业名称", "单位名称", "企业", "名称", "生产经营单位名称", "被检查单位"),
    CREDIT_CODE(22, "统一社会信用代码", "信用代码", "社会信用代码", "统一代码", "组织机构代码"),
    COUNTY(12, "县区", "县(区)", "县（区）", "区县", "所属县区", "属地", "所在县区", "所属区县"),
    INDUSTRY(16, "行业", "所属行业", "行业类别", "行业类型", "行业分类"),
    IGNORE(0);

    private final int width;
    private final List<String> variants;
    private final List<String> headers;

    BatchColumn(int width, String... variants) {
        this.width = width;
        this.variants = List.of(variants);
        this.headers = this.variants.isEmpty() ? List.of() : Stream.concat(Arrays.stream(variants), Stream.of(name()))
                .map(HeaderText::normalise).distinct().toList();
    }

    /** The columns a sheet may have, without {@link #IGNORE}. */
    public static List<BatchColumn> known() {
        return List.of(NAME, CREDIT_CODE, COUNTY, INDUSTRY);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    /** The header the blank template and the exports write. */
    public String header() {
        return variants.isEmpty() ? "" : variants.get(0);
    }

    public int width() {
        return width;
    }
}
