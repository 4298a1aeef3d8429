// micropython4j: console, clocks, sleep and entropy on WASI.
#include <errno.h>
#include <time.h>
#include <unistd.h>

#include "py/mphal.h"
#include "py/mpprint.h"
#include "py/mperrno.h"
#include "py/runtime.h"
#include "mp4j_imports.h"

// write() may be partial; loop until all is out or the host refuses.
static void write_all(int fd, const char *str, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, str, len);
        if (n <= 0) {
            return;
        }
        str += n;
        len -= (size_t)n;
    }
}

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    write_all(STDOUT_FILENO, str, len);
    return len;
}

static void stderr_print_strn(void *env, const char *str, size_t len) {
    (void)env;
    write_all(STDERR_FILENO, str, len);
}

const mp_print_t mp4j_stderr_print = {NULL, stderr_print_strn};

int mp_hal_stdin_rx_chr(void) {
    // No stdin in a session.
    mp_raise_OSError(MP_EIO);
}

static uint64_t clock_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

uint64_t mp_hal_time_ns(void) {
    return clock_ns(CLOCK_REALTIME);
}

mp_uint_t mp_hal_ticks_ms(void) {
    return (mp_uint_t)(clock_ns(CLOCK_MONOTONIC) / 1000000ULL);
}

mp_uint_t mp_hal_ticks_us(void) {
    return (mp_uint_t)(clock_ns(CLOCK_MONOTONIC) / 1000ULL);
}

mp_uint_t mp_hal_ticks_cpu(void) {
    return (mp_uint_t)clock_ns(CLOCK_MONOTONIC);
}

void mp_hal_delay_ms(mp_uint_t ms) {
    mp4j_sleep_ms(ms);
    // A pending abort (timeout, close) ends the run right after the sleep.
    mp_handle_pending(true);
}

void mp_hal_delay_us(mp_uint_t us) {
    mp_hal_delay_ms(us / 1000);
}

uint32_t mp4j_random_u32(void) {
    uint32_t r = 0;
    getentropy(&r, sizeof(r));
    return r;
}
