package org.nineones.service.records;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.nineones.model.AppTemp;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's records of duty performance (专档记录), made through the service as a user would, with small
 * files made here (a picture, a one-page PDF): for most of the nine items a record or more — the monthly safety
 * meetings' minutes, inspection notes, training photos, signed registers (one with a correction) — but nothing yet
 * for item 7 (rewards and penalties) and a single record for item 8 (assessment), and no publicity photos: the
 * sample's records are not perfect.
 */
public final class RecordSamples {

    private RecordSamples() {
    }

    /** One record the sample makes: its kind, title, days before today, item, note, unit, people and file. */
    private record Planned(RecordKind kind, String title, int daysAgo, NineItem item, String note, boolean unit,
                           int people, Path file) {
    }

    /** Adds the sample's records; returns how many were written (none when the roster has fewer than 2 people). */
    public static int addTo(Workspace workspace, Messages messages, LocalDate today) throws IOException {
        DutyRecordService service = new DutyRecordService(messages, AttachmentFile.DEFAULT_MAX_BYTES);
        List<Employee> people = workspace.read(store -> store.employees().all()).stream()
                .filter(e -> e.status() == EmployeeStatus.ACTIVE).toList();
        List<OrgUnit> units = workspace.read(store -> store.orgUnits().all());
        if (people.size() < 2) {
            return 0;
        }
        Long unit = units.stream().filter(u -> u.parentId() != null).findFirst().map(OrgUnit::id).orElse(null);
        Path folder = AppTemp.workFolder("sample-records-");
        Path minutes = pdf(folder.resolve("安委会会议纪要.pdf"), "Safety committee minutes (sample)");
        Path monthly = pdf(folder.resolve("月度安全例会纪要.pdf"), "Monthly safety meeting minutes (sample)");
        Path inspection = png(folder.resolve("月度安全检查.png"), new Color(0xE0, 0x7A, 0x1F));
        Path training = png(folder.resolve("三级安全教育现场.png"), new Color(0x2E, 0x7D, 0x32));
        Path posted = png(folder.resolve("告知卡张贴检查.png"), new Color(0x1F, 0x5F, 0xA8));
        Path register = pdf(folder.resolve("责任卡发放签收表.pdf"), "Card register, signed (sample)");
        Path signIn = pdf(folder.resolve("培训签到表.pdf"), "Training sign-in sheet, signed (sample)");
        List<Planned> plan = List.of(
                new Planned(RecordKind.MEETING_MINUTES, "岗位安全生产责任清单审定会议纪要", 300, NineItem.DUTY_LISTS,
                        "逐岗审定责任清单，明确责任人、责任范围和考核标准", false, 1, minutes),
                new Planned(RecordKind.MEETING_MINUTES, "岗位安全操作规程修订评审纪要", 280, NineItem.PROCEDURES,
                        "评审修订操作规程，外操工、包装工规程待批准", unit != null, 0, minutes),
                new Planned(RecordKind.INSPECTION_NOTES, "风险告知卡和应急处置卡现场张贴检查", 45, NineItem.CARDS,
                        "抽查各岗位现场张贴情况", unit != null, 0, posted),
                new Planned(RecordKind.SIGNED_REGISTER, "年度安全生产责任书签订汇总表", 320, NineItem.LETTERS,
                        "逐级签订，个别员工待补签", false, 0, register),
                new Planned(RecordKind.SIGNED_REGISTER, "年度安全生产再培训签到表", 60, NineItem.TRAINING, "", false,
                        0, signIn),
                new Planned(RecordKind.OTHER, "岗位安全责任制考试成绩汇总", 7, NineItem.KNOWLEDGE, "", false, 0,
                        minutes),
                new Planned(RecordKind.OTHER, "季度考核结果汇总", 60, NineItem.ASSESSMENT, "", false, 0, minutes),
                new Planned(RecordKind.MEETING_MINUTES, "月度安全例会纪要", 75, NineItem.RECORDS,
                        "通报上月检查问题及整改情况", false, 1, monthly),
                new Planned(RecordKind.MEETING_MINUTES, "月度安全例会纪要", 45, NineItem.RECORDS,
                        "部署冬季防冻防凝工作", false, 1, monthly),
                new Planned(RecordKind.MEETING_MINUTES, "第四季度安全生产委员会会议纪要", 20, NineItem.RECORDS,
                        "传达全员安全生产责任制落实要求，部署年底隐患排查", false, 1, minutes),
                new Planned(RecordKind.INSPECTION_NOTES, "月度综合安全检查记录", 14, NineItem.RECORDS,
                        "检查发现问题 3 项，已下达整改通知", unit != null, 0, inspection),
                new Planned(RecordKind.TRAINING_PHOTOS, "新员工三级安全教育现场照片", 9, NineItem.TRAINING, "",
                        unit != null, 2, training));
        List<DutyRecord> written = new ArrayList<>();
        for (Planned p : plan) {
            written.add(service.add(workspace, RecordDraft.of(p.kind(), p.title(), today.minusDays(p.daysAgo()),
                    p.item(), p.note(), p.unit() ? unit : null,
                    people.subList(0, p.people()).stream().map(Employee::id).toList(), List.of(p.file()))));
        }
        DutyRecord wrong = service.add(workspace, RecordDraft.of(RecordKind.SIGNED_REGISTER, "岗位责任卡发放签收表",
                today.minusDays(6), NineItem.CARDS, "", null, List.of(), List.of(register)));
        written.add(wrong);
        written.add(service.correct(workspace, wrong.id(), new RecordDraft(RecordKind.SIGNED_REGISTER,
                "岗位责任卡发放签收表", today.minusDays(7), NineItem.CARDS, "", null, List.of(),
                List.of(wrong.attachments().get(0).id()), List.of()), "发放日期记错了"));
        return written.size();
    }

    private static Path png(Path file, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(colour);
        g.fillRect(6, 6, 52, 36);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A one-page PDF with one line of text, written by hand (objects, cross-reference table, trailer). */
    static Path pdf(Path file, String line) throws IOException {
        String text = "BT /F1 14 Tf 72 760 Td (" + line.replace("(", "").replace(")", "") + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return Files.write(file, pdf.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
