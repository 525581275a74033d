package org.nineones.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nineones.model.training.Attendance;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.store.Workspace;

/** The compliance view on a real SQLite file: roles × high risk, induction levels, the 12-month window, certificates. */
class TrainingComplianceTest {

    private static final LocalDate TODAY = TrainingWorkspaces.TODAY;

    @TempDir
    Path dir;

    private final TrainingService service = new TrainingService(TrainingWorkspaces.ZH, TrainingWorkspaces.CLOCK);
    private final TrainingCompliance compliance = new TrainingCompliance(TrainingRules.defaults());

    private long session(Workspace ws, LocalDate day, double hours, TrainingKind kind) {
        return service.save(ws, new TrainingSession(null, day, hours, kind + " " + day, kind, "", "", "", null)).id();
    }

    private static Map<Long, PersonCompliance> byId(ComplianceReport report) {
        return report.people().stream().collect(Collectors.toMap(PersonCompliance::employeeId, Function.identity()));
    }

    @ParameterizedTest(name = "high risk {0}: worker {1}/{2} h, manager {3}/{4} h")
    @CsvSource({"false, 24, 0, 32, 12", "true, 72, 20, 48, 16"})
    void requiredHoursFollowTheRoleAndTheEnterprisesRisk(boolean highRisk, int workerInitial, int workerAnnual,
                                                         int managerInitial, int managerAnnual) throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("r" + highRisk + ".nineones"), highRisk)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            Map<Long, PersonCompliance> people = byId(compliance.compute(ws, TODAY));
            for (long manager : List.of(ids.principal(), ids.safety())) {
                assertEquals(TrainingRole.MANAGER, people.get(manager).role());
                assertEquals(managerInitial, people.get(manager).initialRequired());
                assertEquals(managerAnnual, people.get(manager).annualRequired());
                assertTrue(people.get(manager).missingInduction().isEmpty(), "managers are not asked for induction");
            }
            PersonCompliance worker = people.get(ids.wang1());
            assertEquals(TrainingRole.WORKER, worker.role());
            assertEquals(workerInitial, worker.initialRequired());
            assertEquals(workerAnnual, worker.annualRequired());
            assertEquals(workerInitial, worker.initialMissing());
            assertEquals(workerAnnual > 0, worker.annualApplies());
            assertEquals(TrainingKind.INDUCTION, worker.missingInduction());
            assertEquals(8, people.size());
        }
    }

    @Test
    void inductionLevelsAndInitialHoursComeFromInductionTransferAndSpecialOperationSessions() throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("i.nineones"), false)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            LocalDate day = TODAY.minusYears(2);
            service.addAttendees(ws, session(ws, day, 8, TrainingKind.INDUCTION_COMPANY), List.of(ids.wang1(), ids.wang3()));
            service.addAttendees(ws, session(ws, day.plusDays(1), 8, TrainingKind.INDUCTION_WORKSHOP), List.of(ids.wang1()));
            service.addAttendees(ws, session(ws, day.plusDays(2), 4, TrainingKind.INDUCTION_TEAM), List.of(ids.wang1()));
            service.addAttendees(ws, session(ws, day.plusDays(3), 4, TrainingKind.TRANSFER), List.of(ids.wang1()));
            // annual retraining and drills do not count towards the initial hours
            service.addAttendees(ws, session(ws, day.plusDays(4), 8, TrainingKind.ANNUAL), List.of(ids.wang3()));
            // a session after the day asked about does not count yet
            service.addAttendees(ws, session(ws, TODAY, 8, TrainingKind.INDUCTION_TEAM), List.of(ids.wang3()));
            Map<Long, PersonCompliance> people = byId(compliance.compute(ws, TODAY.minusDays(1)));
            PersonCompliance wang1 = people.get(ids.wang1());
            assertEquals(24, wang1.initialCredited());
            assertEquals(0, wang1.initialMissing());
            assertTrue(wang1.missingInduction().isEmpty());
            assertFalse(wang1.lacksHours());
            PersonCompliance wang3 = people.get(ids.wang3());
            assertEquals(8, wang3.initialCredited());
            assertEquals(16, wang3.initialMissing());
            assertEquals(Set.of(TrainingKind.INDUCTION_WORKSHOP, TrainingKind.INDUCTION_TEAM), wang3.missingInduction());
            assertTrue(byId(compliance.compute(ws, TODAY)).get(ids.wang3()).missingInduction()
                    .equals(Set.of(TrainingKind.INDUCTION_WORKSHOP)));
        }
    }

    @Test
    void anInductionLevelCreditedWithNoHoursIsStillMissing() throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("z.nineones"), false)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            LocalDate day = TODAY.minusYears(2);
            service.addAttendees(ws, session(ws, day, 8, TrainingKind.INDUCTION_COMPANY), List.of(ids.wang1()));
            service.addAttendees(ws, session(ws, day.plusDays(1), 8, TrainingKind.INDUCTION_WORKSHOP), List.of(ids.wang1()));
            long team = session(ws, day.plusDays(2), 4, TrainingKind.INDUCTION_TEAM);
            service.addAttendees(ws, team, List.of(ids.wang1()));
            Attendance signedIn = service.attendance(ws, team).get(0);
            service.correct(ws, signedIn.id(), 0, null, null, "签到了但中途离开，不计学时");
            PersonCompliance wang1 = byId(compliance.compute(ws, TODAY)).get(ids.wang1());
            assertEquals(Set.of(TrainingKind.INDUCTION_TEAM), wang1.missingInduction());
        }
    }

    @Test
    void annualHoursCountTheLastTwelveMonthsAndOnlyRecordsInForce() throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("a.nineones"), true)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            // exactly 12 months ago: outside the window (it ends today, starts the day after a year ago)
            service.addAttendees(ws, session(ws, TODAY.minusYears(1), 8, TrainingKind.ANNUAL), List.of(ids.wang1()));
            service.addAttendees(ws, session(ws, TODAY.minusYears(1).plusDays(1), 8, TrainingKind.ANNUAL),
                    List.of(ids.wang1()));
            service.addAttendees(ws, session(ws, TODAY.minusMonths(2), 4, TrainingKind.DRILL), List.of(ids.wang1()));
            long s = session(ws, TODAY.minusMonths(1), 8, TrainingKind.ANNUAL);
            service.addAttendees(ws, s, List.of(ids.wang1(), ids.wang2()));
            long wrong = service.attendance(ws, s).stream().filter(a -> a.employeeId() == ids.wang1()).findFirst()
                    .orElseThrow().id();
            service.withdraw(ws, wrong, "误加");
            Map<Long, PersonCompliance> people = byId(compliance.compute(ws, TODAY));
            PersonCompliance wang1 = people.get(ids.wang1());
            assertEquals(12, wang1.annualCredited());
            assertEquals(8, wang1.annualMissing());
            assertTrue(wang1.lacksHours());
            // 王二 was hired three months ago: the yearly minimum does not apply yet
            PersonCompliance wang2 = people.get(ids.wang2());
            assertFalse(wang2.annualApplies());
            assertEquals(0, wang2.annualMissing());
            assertEquals(8, wang2.annualCredited());
        }
    }

    @ParameterizedTest(name = "expiring in {0} days: {1}")
    @CsvSource({"-1, EXPIRED", "0, WITHIN_30", "30, WITHIN_30", "31, WITHIN_60", "60, WITHIN_60", "61, WITHIN_90",
            "90, WITHIN_90", "91, VALID"})
    void certificatesAreFlaggedAt30And60And90DaysAndWhenExpired(int days, CertificateState expected) throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("c" + days + ".nineones"), false)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            LocalDate day = TODAY.plusDays(20).minusDays(days);
            PersonCompliance welder = byId(compliance.compute(ws, day)).get(ids.welder());
            assertEquals(expected, welder.certificate());
            assertEquals(days, welder.daysToExpiry(day));
            assertEquals(expected != CertificateState.VALID, welder.certificate().needsAttention());
        }
    }

    @Test
    void aSpecialOperationPostWithoutACertificateIsFlaggedAndOthersAreNot() throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("m.nineones"), false)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            ws.write(store -> {
                var e = store.employees().find(ids.welder()).orElseThrow();
                store.employees().update(new org.nineones.model.Employee(e.id(), e.name(), e.gender(), e.idNumber(),
                        e.employeeNumber(), e.phone(), e.orgUnitId(), e.postId(), e.hireDate(), e.status(), "", null));
                return null;
            });
            Map<Long, PersonCompliance> people = byId(compliance.compute(ws, TODAY));
            assertEquals(CertificateState.MISSING, people.get(ids.welder()).certificate());
            assertEquals(CertificateState.NONE, people.get(ids.wang1()).certificate());
        }
    }

    @Test
    void withinFiltersNestTheWindows() {
        assertTrue(CertificateState.WITHIN_30.within(30, false));
        assertTrue(CertificateState.WITHIN_30.within(90, false));
        assertFalse(CertificateState.WITHIN_60.within(30, false));
        assertTrue(CertificateState.WITHIN_60.within(60, false));
        assertFalse(CertificateState.WITHIN_90.within(60, false));
        assertFalse(CertificateState.EXPIRED.within(90, false));
        assertTrue(CertificateState.EXPIRED.within(90, true));
        assertFalse(CertificateState.VALID.within(90, true));
    }

    @Test
    void theSampleTrainingLeavesSomeGapsToShow() throws Exception {
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("s.nineones"), false)) {
            TrainingWorkspaces.populate(ws);
            assertTrue(TrainingSample.add(ws, TODAY) > 0);
            ComplianceReport report = compliance.compute(ws, TODAY);
            assertTrue(report.lackingInduction() > 0 && report.lackingInduction() < report.people().size());
            assertEquals(5, ws.read(s -> s.training().sessions()).size());
        }
    }
}
