// micropython4j: port half of the time module (included by extmod/modtime.c).
#include <errno.h>
#include <time.h>
#include "py/runtime.h"
#include "shared/timeutils/timeutils.h"

// Return the time as an 8-tuple; the sandbox has no time zone, so local time is UTC.
static mp_obj_t mp_time_localtime_get(void) {
    timeutils_struct_time_t tm;
    timeutils_seconds_since_epoch_to_struct_time(mp_hal_time_ns() / 1000000000ULL, &tm);
    mp_obj_t tuple[8] = {
        mp_obj_new_int(tm.tm_year),
        mp_obj_new_int(tm.tm_mon),
        mp_obj_new_int(tm.tm_mday),
        mp_obj_new_int(tm.tm_hour),
        mp_obj_new_int(tm.tm_min),
        mp_obj_new_int(tm.tm_sec),
        mp_obj_new_int(tm.tm_wday),
        mp_obj_new_int(tm.tm_yday),
    };
    return mp_obj_new_tuple(8, tuple);
}

// Seconds since the Epoch, as a float.
static mp_obj_t mp_time_time_get(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_time_ns() / 1e9);
}

// The clocks CPython's time module adds (MICROPY_PY_TIME_EXTRA_GLOBALS), as integer
// nanoseconds: the frozen time.py builds perf_counter(), monotonic() and process_time() on
// them. WASI's monotonic clock has an arbitrary origin, as CPython's does.
static mp_obj_t clock_ns_obj(clockid_t clock) {
    struct timespec ts;
    if (clock_gettime(clock, &ts) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_obj_new_int_from_ull((uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec);
}

static mp_obj_t mp_time_monotonic_ns(void) {
    return clock_ns_obj(CLOCK_MONOTONIC);
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_time_monotonic_ns_obj, mp_time_monotonic_ns);

// CPU time of the process where the host provides it, otherwise the monotonic clock (a
// session runs one thread, so the difference is time spent waiting).
static mp_obj_t mp_time_process_time_ns(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) {
        return clock_ns_obj(CLOCK_MONOTONIC);
    }
    return mp_obj_new_int_from_ull((uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec);
}
static MP_DEFINE_CONST_FUN_OBJ_0(mp_time_process_time_ns_obj, mp_time_process_time_ns);
