package org.nineones.excel;

import static org.nineones.excel.TestWorkbooks.id;
import static org.nineones.excel.TestWorkbooks.rows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Rosters in the layouts that common Chinese HR systems export, each with what importing it must give: the people,
 * the org units below the company (as paths) and the number of posts. {@code main} writes three of them into a
 * folder (sample-data/rosters/) for trying the import by hand.
 */
public enum HrExports {

    /** 钉钉/飞书-like: 员工姓名, 证件号码, 一级部门, 二级部门, 职位, 入职时间, 手机, 操作证编号, plus columns of its own. */
    DINGTALK("钉钉导出-通讯录.xlsx", 5, List.of("生产部", "生产部/合成车间", "生产部/精馏车间", "安全环保部", "仓储部",
            "仓储部/危化品仓库"), 5),
    /** 用友/金蝶-like: 人员编码, 部门名称 written as a path (生产部/合成车间/甲班, 生产部-精馏车间, 生产部＞仓储车间), 职务. */
    YONYOU("用友导出-人员档案.xlsx", 5, List.of("生产部", "生产部/合成车间", "生产部/合成车间/甲班",
            "生产部/合成车间/乙班", "生产部/精馏车间", "生产部/仓储车间", "设备部"), 4),
    /**
     * A government form: title rows, a header over two rows (所在单位 merged over 部门/车间/班组), （必填） and * marks,
     * two 联系电话 columns of which only the second is filled, a name with a zero-width space, an ID number in
     * full-width digits, month-only dates, a total row and a signature row.
     */
    GOVERNMENT_FORM("从业人员花名册-报表.xlsx", 3, List.of("生产部", "生产部/合成车间", "生产部/合成车间/甲班",
            "生产部/合成车间/乙班", "安全环保部"), 3),
    /** A CSV in GBK with CRLF line ends, quoted cells (one holding a comma) and an ID number kept as ="…". */
    CSV_GBK("花名册-GBK.csv", 3, List.of("生产部", "生产部/合成车间", "质检部"), 3),
    /** Tab-separated UTF-8 with a byte order mark: 部门1/部门2, 工种, and two columns with headers nobody knows. */
    TSV_UTF8_BOM("人员导出-制表符.txt", 3, List.of("生产部", "生产部/合成车间", "生产部/精馏车间", "储运部"), 3);

    private final String fileName;
    private final int people;
    private final List<String> units;
    private final int posts;

    HrExports(String fileName, int people, List<String> units, int posts) {
        this.fileName = fileName;
        this.people = people;
        this.units = units;
        this.posts = posts;
    }

    public String fileName() {
        return fileName;
    }

    /** How many people the roster holds. */
    public int people() {
        return people;
    }

    /** The org units an import into an empty workspace creates, as paths below the company. */
    public List<String> units() {
        return units;
    }

    /** How many posts an import into an empty workspace creates. */
    public int posts() {
        return posts;
    }

    /** Writes the roster into {@code folder} and returns its path. */
    public Path write(Path folder) throws IOException {
        Path file = folder.resolve(fileName);
        Files.createDirectories(folder);
        switch (this) {
            case DINGTALK -> TestWorkbooks.xlsx(file, wb -> rows(wb.createSheet("花名册"), 0,
                    new Object[] {"员工姓名", "工号", "证件号码", "一级部门", "二级部门", "职位", "入职时间", "手机", "操作证编号",
                            "员工UserID", "直属主管"},
                    new Object[] {"王建国", "A001", id(11), "生产部", "合成车间", "反应釜操作工", "2019-03-05", "13900000011",
                            "T20190011", "manager8821", "李主任"},
                    new Object[] {"刘芳", "A002", id(12), "生产部", "合成车间", "电工", "2020-07-01", "13900000012",
                            "T20200012", "user0012", "王建国"},
                    new Object[] {"陈明", "A003", id(13), "生产部", "精馏车间", "精馏操作工", "2021-01-10", "13900000013",
                            "", "user0013", "王建国"},
                    new Object[] {"赵丽", "A004", id(14), "安全环保部", "", "安全员", "2018-05-20", "13900000014", "",
                            "user0014", "李主任"},
                    new Object[] {"孙强", "A005", id(15), "仓储部", "危化品仓库", "仓库保管员", "2022-11-01", "13900000015",
                            "", "user0015", "李主任"}));
            case YONYOU -> TestWorkbooks.xlsx(file, wb -> {
                Sheet sheet = wb.createSheet("人员档案");
                rows(sheet, 0, new Object[] {"人员档案列表"},
                        new Object[] {"人员编码", "姓名", "性别", "身份证号码", "部门名称", "职务", "参加工作日期", "人员状态", "备注"},
                        new Object[] {"0101", "周伟", "男", id(21), "生产部/合成车间/甲班", "反应釜操作工",
                                LocalDate.of(2015, 6, 1), "在职"},
                        new Object[] {"0102", "吴敏", "女", id(22), "生产部/合成车间/乙班", "反应釜操作工",
                                LocalDate.of(2016, 7, 1), "在职"},
                        new Object[] {"0103", "郑涛", "男", id(23), "生产部-精馏车间", "班长", LocalDate.of(2012, 3, 1), "在职"},
                        new Object[] {"0104", "冯雪", "女", id(24), "生产部＞仓储车间", "叉车司机", LocalDate.of(2019, 9, 1),
                                "在职"},
                        new Object[] {"0105", "何磊", "男", id(25), "设备部", "设备主管", LocalDate.of(2010, 1, 4), "在职"});
            });
            case GOVERNMENT_FORM -> TestWorkbooks.xlsx(file, wb -> {
                Sheet sheet = wb.createSheet("从业人员");
                rows(sheet, 0, new Object[] {"从业人员花名册"},
                        new Object[] {"填报单位（盖章）：齐鲁精细化工有限公司　　填报日期：2026年12月1日"},
                        new Object[] {"序号", "姓名（必填）", "性别", "*公民身份号码", "所在单位", null, null, "岗位（工种）（必填）",
                                "入厂时间", "联系电话", "联系电话"},
                        new Object[] {null, null, null, null, "部门", "车间", "班组"},
                        new Object[] {1, "张\u200B伟", "男", fullWidth(id(31)), "生产部", "合成车间", "甲班", "反应釜操作工",
                                "2019-3", null, "13900000031"},
                        new Object[] {2, "李娜", "女", id(32), "生产部", "合成车间", "乙班", "电工", "2020.05.06", null,
                                "１３９００００００３２"},
                        new Object[] {3, "王强", "男", id(33), "安全环保部", null, null, "安全员", "2018年4月", null,
                                "13900000033"},
                        new Object[] {"合计", "3人"},
                        new Object[] {"填表人：赵敏", null, null, null, null, null, null, "审核人：钱进"});
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
                sheet.addMergedRegion(new CellRangeAddress(2, 2, 4, 6));
                for (int c = 0; c < 4; c++) {
                    sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
                }
            });
            case CSV_GBK -> Files.write(file, String.join("\r\n",
                    "姓名,身份证号,部门,岗位,入职日期,手机号码,备注",
                    "刘洋," + id(41) + ",生产部,反应釜操作工,2019/3/5,13900000041,",
                    "\"马超\"," + id(42) + ",\"生产部/合成车间\",电工,2020-01-02,13900000042,\"夜班, 兼职\"",
                    "黄蕾,=\"" + id(43) + "\",质检部,化验员,2021.6.7,13900000043,",
                    "").getBytes(Charset.forName("GBK")));
            case TSV_UTF8_BOM -> {
                String text = String.join("\n",
                        "工号\t姓名\t身份证号\t部门1\t部门2\t工种\t备用字段\t联系",
                        "B01\t林峰\t" + id(51) + "\t生产部\t合成车间\t反应釜操作工\t男\t13900000051",
                        "B02\t高洁\t" + id(52) + "\t生产部\t精馏车间\t精馏操作工\t女\t13900000052",
                        "B03\t罗军\t" + id(53) + "\t储运部\t\t装卸工\t男\t13900000053", "");
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                byte[] withBom = new byte[body.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(body, 0, withBom, 3, body.length);
                Files.write(file, withBom);
            }
            default -> throw new IllegalStateException(name());
        }
        return file;
    }

    /** The text with its digits and Latin letters full-width, as some forms are typed. */
    public static String fullWidth(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    /** Writes the 钉钉-like, the government-form and the GBK CSV rosters into the folder given (sample-data/rosters). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data/rosters");
        for (HrExports export : List.of(DINGTALK, GOVERNMENT_FORM, CSV_GBK)) {
            System.out.println(export.write(folder));
        }
    }
}
