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
 * A few records of duty performance for the sample enterprise, made through the service as a user would, with small
 * files made here (a picture, a one-page PDF): minutes, inspection notes, training photos and a signed register with
 * a correction. No publicity photos: the sample's item 9 is not perfect.
 */
public final class RecordSamples {

    private RecordSamples() {
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
        Path inspection = png(folder.resolve("月度安全检查.png"), new Color(0xE0, 0x7A, 0x1F));
        Path training = png(folder.resolve("三级安全教育现场.png"), new Color(0x2E, 0x7D, 0x32));
        Path register = pdf(folder.resolve("责任卡发放签收表.pdf"), "Card register, signed (sample)");
        List<DutyRecord> written = new ArrayList<>();
        written.add(service.add(workspace, RecordDraft.of(RecordKind.MEETING_MINUTES,
                "第四季度安全生产委员会会议纪要", today.minusDays(20), NineItem.RECORDS,
                "传达全员安全生产责任制落实要求，部署年底隐患排查", null, List.of(people.get(0).id()),
                List.of(minutes))));
        written.add(service.add(workspace, RecordDraft.of(RecordKind.INSPECTION_NOTES, "月度综合安全检查记录",
                today.minusDays(14), NineItem.RECORDS, "检查发现问题 3 项，已下达整改通知", unit, List.of(),
                List.of(inspection))));
        written.add(service.add(workspace, RecordDraft.of(RecordKind.TRAINING_PHOTOS, "新员工三级安全教育现场照片",
                today.minusDays(9), NineItem.TRAINING, "", unit, List.of(people.get(0).id(), people.get(1).id()),
                List.of(training))));
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
