package org.nineones.ui.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.service.assessments.AssessmentFixtures.TODAY;
import static org.nineones.service.assessments.AssessmentFixtures.ZH;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Worker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.service.Progress;
import org.nineones.service.assessments.AssessmentFixtures;
import org.nineones.service.assessments.AssessmentRuleException;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.assessments.AssessmentSummary;
import org.nineones.service.assessments.Period;
import org.nineones.store.Workspace;
import org.nineones.ui.common.TaskRunner;

/**
 * The view model with a task runner like the application's: the work runs on another thread and its outcome is
 * delivered later, on the calling ("FX") thread. A rule's refusal must reach the field or dialog then, and a refused
 * edit must not look saved.
 */
class AssessmentsViewModelTest {

    /** Runs each piece of work on a thread of its own; {@link #deliver()} hands the results over on this thread. */
    static final class DeferredTaskRunner implements TaskRunner {

        private record Pending(CompletableFuture<Object> result, Consumer<Object> onSuccess) {
        }

        private final List<Pending> pending = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> void run(String title, Work<T> work, Consumer<T> onSuccess) {
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return work.call(Progress.NONE);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            pending.add(new Pending(result, (Consumer<Object>) onSuccess));
        }

        /** Waits for the work started so far (and any it starts when done) and runs the success callbacks. */
        void deliver() throws Exception {
            while (!pending.isEmpty()) {
                Pending p = pending.remove(0);
                Object value;
                try {
                    value = p.result().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                    continue;
                }
                p.onSuccess().accept(value);
            }
        }

        @Override
        public ReadOnlyObjectProperty<Worker<?>> current() {
            return new ReadOnlyObjectWrapper<Worker<?>>().getReadOnlyProperty();
        }
    }

    @TempDir
    Path dir;
    Workspace ws;
    AssessmentFixtures.People people;
    final AssessmentService service = new AssessmentService(ZH);
    final DeferredTaskRunner tasks = new DeferredTaskRunner();
    AssessmentsViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        ws = AssessmentFixtures.workspace(dir.resolve("示范.nineones"));
        people = AssessmentFixtures.people(ws);
        service.start(ws, Period.parse("2026-11").orElseThrow(), TODAY);
        model = new AssessmentsViewModel(ZH, tasks, service, ws, () -> TODAY);
        model.load();
        tasks.deliver();
        model.select(person(people.zhang()));
    }

    @AfterEach
    void tearDown() {
        ws.close();
        assertEquals(List.of(), tasks.failures);
    }

    private AssessmentSummary person(long employee) {
        return model.people().stream().filter(p -> p.employeeId() == employee).findFirst().orElseThrow();
    }

    @Test
    void pointsAboveTheMaximumAreRefusedOnceTheWorkIsDoneAndNotSaved() throws Exception {
        AtomicReference<Optional<String>> outcome = new AtomicReference<>();
        model.score(1, "6", "", outcome::set);
        assertNull(outcome.get(), "no answer before the work is done");
        tasks.deliver();
        assertTrue(outcome.get().isPresent(), "the refusal reaches the field");
        assertTrue(outcome.get().get().contains("超过该项分值 5"), outcome.get().get());
        assertNull(model.items().get(0).points());
        assertNull(service.items(ws, person(people.zhang()).id()).get(0).points());

        model.score(1, "5", "", outcome::set);
        tasks.deliver();
        assertEquals(Optional.empty(), outcome.get());
        assertEquals(5.0, model.items().get(0).points());
        assertEquals(1, model.selectedProperty().get().scoredItems());
    }

    @Test
    void aRefusedCloseAndARefusedCorrectionReachTheView() throws Exception {
        AtomicReference<Optional<AssessmentRuleException>> closed = new AtomicReference<>();
        model.close("周主任", TODAY, TODAY, null, closed::set);
        assertNull(closed.get());
        tasks.deliver();
        assertTrue(closed.get().isPresent(), "an assessment with unscored items is not closed silently");
        assertEquals("points", closed.get().get().field());
        assertFalse(service.summary(ws, person(people.zhang()).id()).closed());

        AtomicReference<Optional<String>> corrected = new AtomicReference<>();
        model.correct("第3项录入错误", false, corrected::set);
        tasks.deliver();
        assertTrue(corrected.get().isPresent(), "an open assessment cannot be corrected");
        assertTrue(corrected.get().get().contains("尚未关闭"), corrected.get().get());
    }

    @Test
    void aRefusedStartShowsUnderThePeriodOnThisThread() throws Exception {
        model.periodTextProperty().set("2026-12");
        List<String> done = new ArrayList<>();
        model.start(done::add);
        assertEquals("", model.periodErrorProperty().get());
        tasks.deliver();
        assertFalse(model.periodErrorProperty().get().isEmpty());
        assertEquals(List.of(), done);
    }

    @Test
    void aWithdrawnAssessmentIsListedAndCanBeReopened() throws Exception {
        long id = person(people.zhang()).id();
        service.score(ws, id, 1, 5.0, "");
        service.score(ws, id, 2, 3.0, "");
        service.score(ws, id, 3, 30.0, "");
        service.close(ws, id, new org.nineones.service.assessments.CloseRequest("周主任", TODAY, TODAY, null), TODAY);
        model.load();
        tasks.deliver();
        model.select(person(people.zhang()));
        AtomicReference<Optional<String>> outcome = new AtomicReference<>();
        model.correct("考核对象错误", true, outcome::set);
        tasks.deliver();
        assertEquals(Optional.empty(), outcome.get());
        AssessmentSummary withdrawn = person(people.zhang());
        assertTrue(withdrawn.voided());
        assertEquals("已作废", model.status(withdrawn));
        assertTrue(model.summaryProperty().get().startsWith("共 1 人"), model.summaryProperty().get());

        model.select(withdrawn);
        model.correct("撤销有误", false, outcome::set);
        tasks.deliver();
        assertEquals(Optional.empty(), outcome.get());
        AssessmentSummary reopened = person(people.zhang());
        assertFalse(reopened.closed());
        assertEquals(withdrawn.id(), reopened.correctsId());
        assertTrue(model.summaryProperty().get().startsWith("共 2 人"), model.summaryProperty().get());
    }
}
