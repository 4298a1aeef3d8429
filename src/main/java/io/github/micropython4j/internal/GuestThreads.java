package io.github.micropython4j.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads guests run on, shared by every session of the JVM. A guest needs a thread only
 * while it runs: between runs it is at rest in its memory, so an idle session holds no thread,
 * and the JVM has as many of these as sessions run at once. Each has a deep stack, since the
 * guest's wasm calls nest as JVM calls (the guest's recursion limit is set by its own 1 MiB
 * shadow stack; what that takes in JVM stack is measured in bench/results.md). A thread that sat
 * idle for {@link #KEEP_ALIVE_SECONDS} ends, and so does one whose guest went deep, after its
 * task (see {@link #endAfterTask()}): only then does the operating system take back the stack it
 * touched.
 */
final class GuestThreads {
    /**
     * Stack reserved per thread. Only the part a guest touches becomes resident; the
     * reservation is address space.
     */
    static final long STACK_SIZE = 512L << 20;
    /** How long a thread waits for work before it ends. */
    static final long KEEP_ALIVE_SECONDS = 30;
    /** The name of a thread waiting for work; a worker names it after its session while it runs its guest. */
    static final String IDLE_NAME_PREFIX = "micropython4j-guest-";

    private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS);
    private static final Object LOCK = new Object();
    /** Threads waiting for work, the most recently busy first (its stack and caches are warm). */
    private static final Deque<PoolThread> IDLE = new ArrayDeque<>(); // guarded by LOCK
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private GuestThreads() {}

    /** Runs {@code task} on an idle thread, or a new one. */
    static void execute(Runnable task) {
        PoolThread idle;
        synchronized (LOCK) {
            idle = IDLE.pollFirst();
            if (idle != null) {
                idle.task = task;
            }
        }
        if (idle != null) {
            LockSupport.unpark(idle);
        } else {
            new PoolThread(task).start();
        }
    }

    /**
     * Called from a task: its thread ends when the task returns, so that the stack memory it
     * touched goes back to the operating system. Does nothing on other threads.
     */
    static void endAfterTask() {
        if (Thread.currentThread() instanceof PoolThread) {
            ((PoolThread) Thread.currentThread()).endAfterTask = true;
        }
    }

    /** Threads waiting for work now (for tests and benchmarks). */
    static int idleThreads() {
        synchronized (LOCK) {
            return IDLE.size();
        }
    }

    private static final class PoolThread extends Thread {
        private Runnable task; // guarded by LOCK
        private boolean endAfterTask; // this thread only

        PoolThread(Runnable first) {
            super(null, null, IDLE_NAME_PREFIX + NUMBERS.incrementAndGet(), STACK_SIZE);
            this.task = first;
            setDaemon(true);
        }

        @Override
        public void run() {
            Runnable next;
            synchronized (LOCK) {
                next = task;
                task = null;
            }
            while (next != null) {
                try {
                    next.run();
                } catch (Throwable e) { // a task must not end the thread others are handed to
                    System.getLogger("io.github.micropython4j").log(System.Logger.Level.ERROR,
                            "micropython4j: a guest task failed", e);
                }
                if (endAfterTask) {
                    return;
                }
                next = awaitTask();
            }
        }

        /** The next task, or null once the thread has been idle for the keep-alive time. */
        private Runnable awaitTask() {
            Thread.interrupted(); // an interrupt meant for the last task's guest is void now
            long deadline = System.nanoTime() + KEEP_ALIVE_NANOS;
            synchronized (LOCK) {
                IDLE.addFirst(this);
            }
            for (;;) {
                synchronized (LOCK) {
                    if (task != null) {
                        Runnable next = task;
                        task = null;
                        return next;
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        IDLE.remove(this);
                        return null;
                    }
                }
                LockSupport.parkNanos(this, deadline - System.nanoTime());
                Thread.interrupted(); // nobody may interrupt an idle thread; never spin on it
            }
        }
    }
}
