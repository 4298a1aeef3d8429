package io.github.micropython4j.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread per JVM that fires run timeouts. Every run arms an alarm when it starts and
 * cancels it when it ends, so arming and cancelling must be cheap: each takes an uncontended lock
 * and a set update, and wakes the thread only when the new alarm is due before the thread's
 * planned wake-up. Back-to-back runs, each due a timeout later than the one before, then do not
 * wake it at all (a scheduled executor woke its thread for each: a context switch per run,
 * bench/sessions.md). The thread wakes at the earliest pending deadline, fires what is due and
 * sleeps until the next; with nothing pending it waits until an alarm is armed.
 */
final class Watchdog {
    private static final Object LOCK = new Object();
    /** Alarms not yet fired or cancelled. */
    private static final Set<Alarm> PENDING = new HashSet<>(); // guarded by LOCK
    /** When the thread wakes up next, if {@link #sleepingUntilDeadline}; guarded by LOCK. */
    private static long wakeAt;
    /** Whether the thread sleeps until {@link #wakeAt} (false: until notified); guarded by LOCK. */
    private static boolean sleepingUntilDeadline;
    private static Thread thread; // guarded by LOCK

    private Watchdog() {}

    /** An armed action: it runs once its delay has passed, unless cancelled first. */
    static final class Alarm {
        private final long deadline;
        private final Runnable action;

        private Alarm(long deadline, Runnable action) {
            this.deadline = deadline;
            this.action = action;
        }

        /** The action will not run, unless it is running already. */
        void cancel() {
            synchronized (LOCK) {
                PENDING.remove(this);
            }
        }
    }

    /** Runs {@code action} on the watchdog thread once {@code delay} has passed, unless the alarm is cancelled. */
    static Alarm schedule(Duration delay, Runnable action) {
        long now = System.nanoTime();
        long nanos = saturatedNanos(delay);
        // Far deadlines are capped so that deadline arithmetic cannot overflow (292 years).
        Alarm alarm = new Alarm(now + Math.min(nanos, Long.MAX_VALUE / 4), action);
        synchronized (LOCK) {
            PENDING.add(alarm);
            if (thread == null) {
                thread = new Thread(Watchdog::watch, "micropython4j-watchdog");
                thread.setDaemon(true);
                thread.start();
            } else if (!sleepingUntilDeadline || alarm.deadline - wakeAt < 0) {
                LOCK.notifyAll();
            }
        }
        return alarm;
    }

    private static long saturatedNanos(Duration delay) {
        try {
            return Math.max(0, delay.toNanos());
        } catch (ArithmeticException e) {
            return delay.isNegative() ? 0 : Long.MAX_VALUE;
        }
    }

    private static void watch() {
        for (;;) {
            List<Alarm> due = awaitDue();
            for (Alarm alarm : due) {
                try {
                    alarm.action.run();
                } catch (Throwable e) { // one failing action must not stop the timeouts of all sessions
                    System.getLogger("io.github.micropython4j").log(System.Logger.Level.ERROR,
                            "micropython4j: a run's timeout action failed", e);
                }
            }
        }
    }

    /** Waits until at least one alarm is due and returns the due ones, removed from the pending set. */
    private static List<Alarm> awaitDue() {
        synchronized (LOCK) {
            for (;;) {
                long now = System.nanoTime();
                List<Alarm> due = new ArrayList<>();
                Alarm earliest = null;
                for (Alarm alarm : PENDING) {
                    if (alarm.deadline - now <= 0) {
                        due.add(alarm);
                    } else if (earliest == null || alarm.deadline - earliest.deadline < 0) {
                        earliest = alarm;
                    }
                }
                if (!due.isEmpty()) {
                    PENDING.removeAll(due);
                    sleepingUntilDeadline = false;
                    return due;
                }
                try {
                    if (earliest == null) {
                        sleepingUntilDeadline = false;
                        LOCK.wait();
                    } else {
                        sleepingUntilDeadline = true;
                        wakeAt = earliest.deadline;
                        TimeUnit.NANOSECONDS.timedWait(LOCK, earliest.deadline - now);
                    }
                } catch (InterruptedException e) {
                    // nobody interrupts this thread; if someone did, go on watching
                }
            }
        }
    }
}
