package id.cakupan.serve;

/**
 * When to rebuild, as a plain state machine over times the caller passes (nanoseconds, as
 * {@link System#nanoTime}): a change asks for a build, which starts once nothing has changed for the
 * quiet period; one build runs at a time, and changes while it runs ask for exactly one more, which
 * starts after it (and after a quiet period since the last of them). Not thread-safe: the
 * {@link Rebuilder} guards it.
 */
public final class RebuildSchedule {

    /** What {@link #waitNanos} answers when nothing is to be done until the next change or the end of a build. */
    public static final long IDLE = Long.MAX_VALUE;

    private final long quietNanos;
    private boolean pending;
    private boolean building;
    private long lastChange;

    public RebuildSchedule(long quietNanos) {
        this.quietNanos = quietNanos;
    }

    /** Something changed at {@code now}. */
    public void changed(long now) {
        pending = true;
        lastChange = now;
    }

    /**
     * How long to wait before {@link #start}ing a build: 0 when one is due now, {@link #IDLE} when none is
     * asked for or one is running.
     */
    public long waitNanos(long now) {
        if (building || !pending) {
            return IDLE;
        }
        long quietFor = now - lastChange;
        return quietFor >= quietNanos ? 0 : quietNanos - quietFor;
    }

    /** A build starts: it covers every change so far. */
    public void start() {
        if (building) {
            throw new IllegalStateException("a build is already running");
        }
        building = true;
        pending = false;
    }

    /** The running build ended (well or not). */
    public void finish() {
        building = false;
    }

    public boolean building() {
        return building;
    }

    /** Whether a change waits for a build. */
    public boolean pending() {
        return pending;
    }
}
