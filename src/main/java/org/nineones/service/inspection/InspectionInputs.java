package org.nineones.service.inspection;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.model.inspection.Familiarity;

/**
 * The files an inspection run from files reads ({@link InspectionScript}, {@code nineones inspect}), checked whole
 * before anything is written: the ratings (name or employee number, TAB, 熟知/基本熟知/不熟知 or
 * FAMILIAR/BASICALLY_FAMILIAR/UNFAMILIAR, optionally TAB and a note) and the scores (line id, TAB, score, TAB,
 * reason). Blank lines and lines starting with {@code #} are skipped. Each refusal
 * names the file and the line.
 */
final class InspectionInputs {

    /** A rating as read, at its line. */
    record RatingLine(int line, String who, Familiarity familiarity, String note) {
    }

    /** A rating matched to the person drawn. */
    record Rating(FramePerson person, Familiarity familiarity, String note) {
    }

    /** A score as read, at its line. */
    record ScoreLine(int line, String lineId, BigDecimal score, String reason) {
    }

    private final Messages messages;

    InspectionInputs(Messages messages) {
        this.messages = messages;
    }

    List<RatingLine> ratings(Path file) {
        List<RatingLine> out = new ArrayList<>();
        if (file == null) {
            return out;
        }
        for (Row row : rows(file)) {
            if (row.cells.size() < 2 || row.cells.size() > 3) {
                throw refusal("inspect.error.tsvColumns", file, row.line, "2–3", String.valueOf(row.cells.size()));
            }
            Familiarity familiarity = familiarity(row.cells.get(1)).orElseThrow(() -> refusal(
                    "inspect.error.rating", file, row.line, row.cells.get(1)));
            String note = row.cells.size() > 2 ? row.cells.get(2) : "";
            out.add(new RatingLine(row.line, row.cells.get(0), familiarity, note));
        }
        return out;
    }

    List<ScoreLine> scores(Path file) {
        List<ScoreLine> out = new ArrayList<>();
        if (file == null) {
            return out;
        }
        for (Row row : rows(file)) {
            if (row.cells.size() != 3) {
                throw refusal("inspect.error.tsvColumns", file, row.line, "3", String.valueOf(row.cells.size()));
            }
            BigDecimal score;
            try {
                score = new BigDecimal(row.cells.get(1));
            } catch (NumberFormatException e) {
                throw refusal("inspect.error.score", file, row.line, row.cells.get(1));
            }
            out.add(new ScoreLine(row.line, row.cells.get(0), score, row.cells.get(2)));
        }
        return out;
    }

    /** The ratings matched to the people drawn (by employee number, else by name); each person once. */
    List<Rating> match(Path file, List<RatingLine> lines, DrawResult draw) {
        List<Rating> out = new ArrayList<>();
        Set<FramePerson> rated = new HashSet<>();
        for (RatingLine r : lines) {
            FramePerson person = draw.people().stream().map(DrawResult.Drawn::person)
                    .filter(p -> p.employeeNumber().equals(r.who())).findFirst()
                    .or(() -> draw.people().stream().map(DrawResult.Drawn::person)
                            .filter(p -> p.name().equals(r.who())).findFirst())
                    .orElseThrow(() -> refusal("inspect.error.notDrawn", file, r.line(), r.who()));
            if (!rated.add(person)) {
                throw refusal("inspect.error.ratedTwice", file, r.line(), r.who());
            }
            out.add(new Rating(person, r.familiarity(), r.note()));
        }
        return out;
    }

    /** The scores checked against the checklist: a known line with points, 0 to its points, a reason, once each. */
    void check(Path file, List<ScoreLine> scores, ChecklistTemplate template) {
        Set<String> seen = new HashSet<>();
        for (ScoreLine s : scores) {
            ChecklistLine line = template.line(s.lineId()).orElseThrow(() -> refusal("inspect.error.unknownLine",
                    file, s.line(), s.lineId(), template.name()));
            if (line.points() == null) {
                throw refusal("inspect.error.vetoLine", file, s.line(), line.id());
            }
            if (s.score().signum() < 0 || s.score().compareTo(line.points()) > 0) {
                throw refusal("inspect.error.scoreRange", file, s.line(), line.id(), Points.text(s.score()),
                        Points.text(line.points()));
            }
            if (s.reason().isEmpty()) {
                throw refusal("inspect.error.noReason", file, s.line(), line.id());
            }
            if (!seen.add(line.id())) {
                throw refusal("inspect.error.scoredTwice", file, s.line(), line.id());
            }
        }
    }

    static Optional<Familiarity> familiarity(String text) {
        String t = text.strip();
        switch (t) {
            case "熟知":
                return Optional.of(Familiarity.FAMILIAR);
            case "基本熟知":
                return Optional.of(Familiarity.BASICALLY_FAMILIAR);
            case "不熟知":
                return Optional.of(Familiarity.UNFAMILIAR);
            default:
                for (Familiarity f : Familiarity.values()) {
                    if (f.name().equals(t.toUpperCase(Locale.ROOT))) {
                        return Optional.of(f);
                    }
                }
                return Optional.empty();
        }
    }

    private record Row(int line, List<String> cells) {
    }

    private List<Row> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InspectionException(InspectionException.Reason.BAD_INPUT, messages.get("inspect.error.read",
                    file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), file, e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : text.split("\t", -1)) {
                cells.add(cell.strip());
            }
            rows.add(new Row(i + 1, cells));
        }
        return rows;
    }

    private InspectionException refusal(String key, Path file, int line, Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = file.getFileName();
        args[1] = String.valueOf(line);
        System.arraycopy(more, 0, args, 2, more.length);
        return new InspectionException(InspectionException.Reason.BAD_INPUT, messages.get(key, args), file, null);
    }
}
