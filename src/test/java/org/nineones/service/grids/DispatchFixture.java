package org.nineones.service.grids;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nineones.model.grids.GridArea;
import org.nineones.service.problems.ProblemsFixture;
import org.nineones.store.Workspace;

/**
 * The problem list's small enterprise ({@link ProblemsFixture}: 张三 A001, 李四 A002, 王五 left) with a grid made
 * through the repository — 示范化工有限公司 (level one), 罐区 with 1号罐组 below it, 仓库, and 装卸站 without a specific
 * responsible person — and a dispatch service whose today is 2026-12-07 (Beijing time), photos up to 1 KB.
 */
public final class DispatchFixture {

    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    public final ProblemsFixture problems;
    public final DispatchService service;
    public final Workspace workspace;
    public final GridArea root;
    public final GridArea tankFarm;
    public final GridArea tankGroup;
    public final GridArea warehouse;
    public final GridArea loadingBay;

    public DispatchFixture(Path dir) throws Exception {
        problems = new ProblemsFixture(dir, null);
        workspace = problems.records.workspace;
        service = new DispatchService(problems.records.messages, problems.service,
                problems.records.service.maxAttachmentBytes(), TODAY);
        long zhang = problems.records.zhang.id();
        long li = problems.records.li.id();
        root = area(null, "示范化工有限公司", li, zhang);
        tankFarm = area(root.id(), "罐区", li, zhang);
        tankGroup = area(tankFarm.id(), "1号罐组", li, zhang);
        warehouse = area(root.id(), "仓库", zhang, li);
        loadingBay = area(root.id(), "装卸站", li, null);
    }

    private GridArea area(Long parent, String name, Long supervisor, Long responsible) {
        return workspace.write(s -> s.grids().insert(new GridArea(null, parent, name, "", null, "", supervisor,
                responsible, null, 0, List.of(), List.of())));
    }

    /** Rows of the tables a report writes, and audit entries: what "nothing written" compares. */
    public int[] counts() {
        int[] p = problems.counts();
        int reports = workspace.read(s -> s.grids().reports(null).size());
        return new int[] {p[0], p[1], p[3], p[4], reports};
    }

    /** A dispatch sheet in {@code folder}: a title row, the header, then {@code rows} (cells as text). */
    public static Path sheet(Path file, List<List<String>> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("2026年11月调度");
            sheet.createRow(0).createCell(0).setCellValue("网格月度调度登记表（2026年11月）");
            Row header = sheet.createRow(1);
            List<String> headers = List.of("网格", "检查日期", "检查人", "发现问题", "处理情况", "是否当场整改", "照片");
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
        return file;
    }
}
