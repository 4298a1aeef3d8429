package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WatchdogTest {
    @Test
    void anAlarmFiresOnceItsDelayHasPassed() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        long start = System.nanoTime();
        Watchdog.schedule(Duration.ofMillis(50), fired::countDown);

        assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    }

    @Test
    void anEarlierAlarmArmedAfterALaterOneFiresOnTime() throws InterruptedException {
        // The thread sleeps until the later alarm's deadline: arming the earlier one must wake it.
        Watchdog.Alarm later = Watchdog.schedule(Duration.ofMinutes(10), () -> {});
        CountDownLatch fired = new CountDownLatch(1);
        Watchdog.schedule(Duration.ofMillis(20), fired::countDown);

        assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
        later.cancel();
    }

    @Test
    void aCancelledAlarmDoesNotFire() throws InterruptedException {
        AtomicInteger cancelledRuns = new AtomicInteger();
        // cancelled well before it is due (a loaded machine may pause this thread for a while)
        Watchdog.Alarm cancelled = Watchdog.schedule(Duration.ofMillis(500), cancelledRuns::incrementAndGet);
        cancelled.cancel();
        CountDownLatch after = new CountDownLatch(1);
        Watchdog.schedule(Duration.ofMillis(800), after::countDown);

        assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledRuns).hasValue(0);
    }

    @Test
    void aFailingActionDoesNotStopLaterAlarms() throws InterruptedException {
        Watchdog.schedule(Duration.ofMillis(10), () -> {
            throw new IllegalStateException("failing on purpose");
        });
        CountDownLatch fired = new CountDownLatch(1);
        Watchdog.schedule(Duration.ofMillis(100), fired::countDown);

        assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anEnormousDelayDoesNotOverflow() throws InterruptedException {
        Watchdog.Alarm never = Watchdog.schedule(Duration.ofSeconds(Long.MAX_VALUE), () -> {});
        CountDownLatch fired = new CountDownLatch(1);
        Watchdog.schedule(Duration.ofMillis(10), fired::countDown);

        assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
        never.cancel();
    }
}
