package org.nineones.service.training;

import java.time.Clock;

import org.nineones.model.Messages;
import org.nineones.report.ReportRunner;

/**
 * The training feature's services, built once: sessions and attendance, the compliance view, the two ledgers
 * (training sessions, sign-in sheet) and the per-person training file.
 */
public final class Training {

    private final TrainingService service;
    private final TrainingCompliance compliance;
    private final TrainingLedger sessions;
    private final AttendanceLedger attendance;
    private final TrainingFilePrint file;

    public Training(Messages messages, Clock clock) {
        this.service = new TrainingService(messages, clock);
        this.compliance = new TrainingCompliance(TrainingRules.defaults());
        this.sessions = new TrainingLedger(messages, clock);
        this.attendance = new AttendanceLedger(messages, clock);
        this.file = new TrainingFilePrint(messages, new ReportRunner(), compliance, clock);
    }

    public Training(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    public TrainingService service() {
        return service;
    }

    public TrainingCompliance compliance() {
        return compliance;
    }

    public TrainingLedger sessionLedger() {
        return sessions;
    }

    public AttendanceLedger attendanceLedger() {
        return attendance;
    }

    public TrainingFilePrint file() {
        return file;
    }
}
