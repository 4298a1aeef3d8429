package io.github.micropython4j.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * Counts the JVM's live threads for tests that check nothing piles up. The library's guest
 * threads are pooled (GuestThreads): one that has just delivered a run's result may still be on
 * its way back to the pool as the next run takes a new thread, and idle ones end after a
 * keep-alive. Their number varies with timing, so they are counted apart from all other threads.
 */
public final class LiveThreads {
    /** The name of a pooled guest thread waiting for work. */
    private static final String POOLED_GUEST = "micropython4j-guest-";
    /** The name of a guest thread while it runs a session's guest. */
    private static final String SESSION = "micropython4j-session-";

    private LiveThreads() {}

    /** Live threads other than the common fork-join pool's and the pooled guest threads. */
    public static int apartFromPools() {
        return count(t -> !t.getName().startsWith("ForkJoinPool") && !t.getName().startsWith(POOLED_GUEST));
    }

    /** The library's threads (running guests, the watchdog...) apart from the pooled guest threads. */
    public static int libraryApartFromPool() {
        return count(t -> t.getName().startsWith("micropython4j") && !t.getName().startsWith(POOLED_GUEST));
    }

    /** Pooled guest threads waiting for work. */
    public static int pooledGuests() {
        return count(t -> t.getName().startsWith(POOLED_GUEST));
    }

    /** Threads running a session's guest now. */
    public static int runningGuests() {
        return count(t -> t.getName().startsWith(SESSION));
    }

    /**
     * {@code count} once it is at most {@code max}, waiting up to five seconds for threads that
     * are ending: a guest thread that has just delivered a cancelled or finished run may still
     * be on its way back to the pool, named after its session, for a moment.
     */
    public static int settled(IntSupplier count, int max) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int now = count.getAsInt();
        while (now > max && System.nanoTime() < deadline) {
            Thread.sleep(20);
            now = count.getAsInt();
        }
        return now;
    }

    private static int count(Predicate<Thread> which) {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).filter(which).count();
    }
}
