package org.nineones.cli;

import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.records.DutyRecord;
import org.nineones.service.records.DutyRecordService;

/** One duty record as a line of text: number, day, kind, item, title, status, people or unit, files. */
final class RecordLines {

    private RecordLines() {
    }

    static String line(DutyRecord r, Messages messages, DutyRecordService service) {
        StringBuilder s = new StringBuilder();
        s.append('#').append(r.id()).append('\t').append(r.date()).append('\t').append(messages.of(r.kind()))
                .append('\t').append(service.itemName(r.item())).append('\t').append(r.title())
                .append('\t').append(messages.of(r.status()));
        if (r.correctsId() != null) {
            s.append('\t').append(messages.get("records.cli.corrects", String.valueOf(r.correctsId()),
                    r.correctionReason()));
        }
        if (r.correctedById() != null) {
            s.append('\t').append(messages.get("records.cli.correctedBy", String.valueOf(r.correctedById())));
        }
        String who = r.people().stream().map(p -> p.name()).collect(Collectors.joining("、"));
        if (!r.orgUnitPath().isEmpty()) {
            who = who.isEmpty() ? r.orgUnitPath() : r.orgUnitPath() + "：" + who;
        }
        s.append('\t').append(who);
        s.append('\t').append(r.attachments().stream().map(a -> a.fileName()).collect(Collectors.joining("、")));
        return s.toString();
    }
}
