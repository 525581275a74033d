package org.nineones.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordFilter;
import org.nineones.model.records.RecordKind;
import org.nineones.service.records.DutyRecordService;
import org.nineones.service.records.RecordRuleException;
import org.nineones.store.Workspace;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones record add|list|export}: records of duty performance (专档记录) — minutes, inspection notes, photos,
 * scans — through the same service as the window's 专档记录 tab. A refused record is one sentence and exit code 1.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Records of duty performance (专档记录): add one with its files, list them, export a record's "
                + "files.",
        subcommands = {RecordCommand.Add.class, RecordCommand.ListRecords.class, RecordCommand.Export.class})
final class RecordCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static RecordKind kind(String text, Messages messages) {
        RecordKind kind = RecordKind.ofCode(text);
        if (kind == null) {
            List<String> codes = new ArrayList<>();
            for (RecordKind k : RecordKind.values()) {
                codes.add(k.code() + "（" + messages.of(k) + "）");
            }
            throw new RecordRuleException("kind", messages.get("records.cli.unknownKind", text,
                    String.join("、", codes)));
        }
        return kind;
    }

    static NineItem item(int number, Messages messages) {
        NineItem item = NineItem.ofNumber(number);
        if (item == null) {
            throw new RecordRuleException("item", messages.get("records.cli.unknownItem", String.valueOf(number)));
        }
        return item;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Record a duty record (final once recorded) with its files: images, PDF, Office files, "
                    + "text; each file is checked (missing, empty, a folder, too large, unsupported) and only read.")
    static final class Add implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--kind", required = true, description = "minutes, inspection, training-photos, "
                + "publicity-photos, register or other")
        private String kind;

        @Option(names = "--title", required = true, description = "the record's title")
        private String title;

        @Option(names = "--item", required = true, description = "the nine-ones item it supports, 1-9")
        private int item;

        @Option(names = "--date", required = true, description = "the day it records, yyyy-MM-dd")
        private LocalDate date;

        @Option(names = "--file", description = "a file to keep with it (repeatable)")
        private List<Path> files = new ArrayList<>();

        @Option(names = "--person", paramLabel = "EMPLOYEE_NO", description = "an employee number it concerns "
                + "(repeatable)")
        private List<String> people = new ArrayList<>();

        @Option(names = "--org-unit", paramLabel = "PATH", description = "the org unit it concerns, e.g. 生产部/一车间")
        private String orgUnit;

        @Option(names = "--note", description = "a note")
        private String note;

        Add(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages messages = services.messages();
            RecordKind k = kind(kind, messages);
            NineItem i = item(item, messages);
            DutyRecordService records = services.dutyRecords();
            try (Workspace ws = services.workspaces().open(workspace)) {
                List<Long> ids = new ArrayList<>();
                for (String number : people) {
                    ids.add(records.employeeByNumber(ws, number));
                }
                Long unit = orgUnit == null ? null : records.orgUnitByPath(ws, orgUnit);
                DutyRecord saved = records.add(ws, RecordDraft.of(k, title, date, i, note, unit, ids, files));
                spec.commandLine().getOut().println(messages.get("records.cli.added", String.valueOf(saved.id()),
                        messages.of(saved.kind()), saved.title(), String.valueOf(saved.attachments().size())));
            }
            return NineonesCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the duty records, corrections and corrected records too, newest first.")
    static final class ListRecords implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--kind", description = "only this kind (minutes, inspection, …)")
        private String kind;

        @Option(names = "--item", description = "only records supporting this nine-ones item, 1-9")
        private Integer item;

        @Option(names = "--json", description = "print JSON instead of text")
        private boolean json;

        ListRecords(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages messages = services.messages();
            RecordFilter filter = new RecordFilter(kind == null ? null : kind(kind, messages),
                    item == null ? null : item(item, messages), null, null, "");
            List<DutyRecord> records;
            try (Workspace ws = services.workspaces().open(workspace)) {
                records = services.dutyRecords().list(ws, filter);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> list = new ArrayList<>();
                records.forEach(r -> list.add(json(r)));
                CliSupport.printJson(out, list);
                return NineonesCli.OK;
            }
            out.println(messages.get("records.cli.count", records.size()));
            for (DutyRecord r : records) {
                out.println(RecordLines.line(r, messages, services.dutyRecords()));
            }
            return NineonesCli.OK;
        }

        private static Map<String, Object> json(DutyRecord r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("kind", r.kind().code());
            m.put("title", r.title());
            m.put("date", r.date().toString());
            m.put("item", r.item().number());
            m.put("note", r.note());
            m.put("orgUnit", r.orgUnitPath());
            m.put("people", r.people().stream().map(p -> CliSupport.object("employeeNumber", p.employeeNumber(),
                    "name", p.name())).toList());
            m.put("attachments", r.attachments().stream().map(a -> CliSupport.object("fileName", a.fileName(),
                    "mediaType", a.mediaType(), "size", a.size(), "sha256", a.sha256())).toList());
            m.put("status", r.status().name());
            m.put("corrects", r.correctsId());
            m.put("correctionReason", r.correctionReason());
            m.put("correctedBy", r.correctedById());
            m.put("recordedBy", r.recordedBy());
            m.put("recordedAt", r.recordedAt());
            return m;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a record's files, as they were recorded, into a folder.")
    static final class Export implements Callable<Integer> {

        private final Services services;

        @Spec
        private CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
        private Path workspace;

        @Option(names = "--id", required = true, description = "the record's number (see record list)")
        private long id;

        @Option(names = "--out", required = true, description = "the folder to write the files into")
        private Path out;

        Export(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Messages messages = services.messages();
            try (Workspace ws = services.workspaces().open(workspace)) {
                DutyRecordService records = services.dutyRecords();
                DutyRecord r = records.find(ws, id).orElseThrow(() -> new RecordRuleException("record",
                        messages.get("records.error.noSuchRecord", String.valueOf(id))));
                List<Path> written = records.files().exportAll(ws, r, out);
                PrintWriter o = spec.commandLine().getOut();
                o.println(messages.get("records.cli.exported", written.size(), out.toAbsolutePath()));
                written.forEach(o::println);
            }
            return NineonesCli.OK;
        }
    }
}
