package id.cakupan.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The debounce and the queue of builds, on a clock the test turns (milliseconds as nanoseconds ×10⁶). */
class RebuildScheduleTest {

    private static final long MS = 1_000_000L;

    private final RebuildSchedule schedule = new RebuildSchedule(400 * MS);

    @Test
    void nothingToDoUntilSomethingChanges() {
        assertEquals(RebuildSchedule.IDLE, schedule.waitNanos(0));
        assertFalse(schedule.pending());
    }

    @Test
    void aBuildStartsOnceTheFilesHaveBeenQuietForTheWholePeriod() {
        schedule.changed(1000 * MS);
        assertEquals(400 * MS, schedule.waitNanos(1000 * MS));
        assertEquals(100 * MS, schedule.waitNanos(1300 * MS));
        // an editor's save is several writes: each one restarts the quiet period
        schedule.changed(1350 * MS);
        schedule.changed(1390 * MS);
        assertEquals(390 * MS, schedule.waitNanos(1400 * MS));
        assertEquals(0, schedule.waitNanos(1790 * MS));
        assertEquals(0, schedule.waitNanos(5000 * MS), "still due later");
        schedule.start();
        assertEquals(RebuildSchedule.IDLE, schedule.waitNanos(5000 * MS), "the build covers every change so far");
        schedule.finish();
        assertEquals(RebuildSchedule.IDLE, schedule.waitNanos(9000 * MS), "and none is left to do");
    }

    @Test
    void changesDuringABuildQueueExactlyOneMore() {
        schedule.changed(0);
        schedule.start();
        for (long t = 100; t <= 2000; t += 100) {
            schedule.changed(t * MS);
            assertEquals(RebuildSchedule.IDLE, schedule.waitNanos(t * MS), "one build at a time");
        }
        assertTrue(schedule.pending());
        assertThrows(IllegalStateException.class, schedule::start);
        schedule.finish();
        assertEquals(200 * MS, schedule.waitNanos(2200 * MS), "after the build, quiet since the last change");
        assertEquals(0, schedule.waitNanos(2400 * MS));
        schedule.start();
        assertFalse(schedule.pending(), "twenty changes, one more build");
        schedule.finish();
        assertEquals(RebuildSchedule.IDLE, schedule.waitNanos(3000 * MS));
    }

    @Test
    void aChangeLongBeforeABuildEndsStartsTheNextAtOnce() {
        schedule.changed(0);
        schedule.start();
        schedule.changed(100 * MS);
        schedule.finish();
        assertEquals(0, schedule.waitNanos(10_000 * MS));
    }
}
