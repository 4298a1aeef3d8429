// micropython4j: the host imports (module "micropython4j"). README.md describes the wire format.
#ifndef MP4J_IMPORTS_H
#define MP4J_IMPORTS_H

#include <stdint.h>

#define MP4J_IMPORT(name) __attribute__((import_module("micropython4j"), import_name(name)))

// Session loop: fetch the next request, report its outcome.
MP4J_IMPORT("session_next") int32_t mp4j_session_next(int32_t *header, char *buf, int32_t cap);
MP4J_IMPORT("session_result") void mp4j_session_result(int32_t id, int32_t status, const char *payload, int32_t len);

// Host calls: one generic channel, name + JSON in, JSON out.
MP4J_IMPORT("host_call") int32_t mp4j_host_call(const char *name, int32_t name_len, const char *req, int32_t req_len);
MP4J_IMPORT("host_result") int32_t mp4j_host_result(char *buf, int32_t cap);

// time.sleep: the host waits, so it can cut the wait short.
MP4J_IMPORT("sleep_ms") void mp4j_sleep_ms(int64_t ms);

// The fuel global ran dry: the host refills it and returns 0, or returns 1 to stop the run
// (after granting a small overdraft to reach a safe point).
MP4J_IMPORT("fuel_exhausted") int32_t mp4j_host_fuel_exhausted(void);

// The fuel the run has used so far (what the meter counted, across the host's refills).
MP4J_IMPORT("fuel_used") int64_t mp4j_fuel_used(void);

// The wasm memory limit the host set, in 64 KiB pages (the GC heap grows up to it).
MP4J_IMPORT("memory_limit_pages") int32_t mp4j_memory_limit_pages(void);

// Session result status codes.
enum {
    MP4J_STATUS_OK = 0,
    MP4J_STATUS_EXCEPTION = 1,
    MP4J_STATUS_EXIT = 2,
    MP4J_STATUS_ABORTED = 3,
};

// Request flags.
#define MP4J_FLAG_REPL (1)  // compile as interactive input: expression statements echo their value
#define MP4J_FLAG_NAMED (2) // the request starts with the code's source name and a NUL byte
#define MP4J_FLAG_VALUE (4) // report the value of the code's last statement if it is an expression
#define MP4J_FLAG_SET_GLOBAL (8) // the request is a global's name, a NUL byte and its value as JSON
#define MP4J_FLAG_GET_GLOBAL (16) // the request is a global's name: report its value

// mp4j_resume flags.
#define MP4J_RESUME_NEW_INSTANCE (1) // first entry of an instance started from a copy of memory

// modos.c: os.environ, if made, is filled again from the host's environment (may raise).
void mp4j_os_reload_environ(void);

// EXCEPTION result flags.
#define MP4J_EXCEPTION_ALLOCATION_FAILED (1) // the built-in MemoryError, after an allocation failed

#endif
