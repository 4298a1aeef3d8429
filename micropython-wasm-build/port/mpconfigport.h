// micropython4j: MicroPython configuration for the wasm32-wasi sandbox.
//
// The sandbox runs untrusted code: everything that reaches outside the interpreter
// (threads, sockets, ffi, machine, raw memory access) is off. Files go through the
// POSIX VFS on top of WASI, where the host serves one directory, /, holding its mounts.

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#define MICROPY_CONFIG_ROM_LEVEL (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)

// Core behaviour.
#define MICROPY_ENABLE_GC                    (1)
#define MICROPY_GC_SPLIT_HEAP                (1) // heap grows on demand ...
#define MICROPY_GC_SPLIT_HEAP_AUTO           (1) // ... in areas taken from malloc (memory.grow)
#define MICROPY_GC_ALLOC_THRESHOLD           (1) // gc.threshold()
#define MPZ_DIG_SIZE                         (32) // big integers: 32-bit digits, 64-bit products (patches/0131)
#define MICROPY_STACK_CHECK                  (1) // deep recursion -> RecursionError
#define MICROPY_STACKLESS                    (0) // the split dispatch loop (patches/) needs this
#define MICROPY_PY_SYS_SETTRACE              (0) // ... and this
#define MICROPY_OPT_COMPUTED_GOTO            (0) // a switch keeps the dispatch loop under HotSpot's 8000-byte JIT limit
#define MICROPY_ENABLE_VM_ABORT              (1) // the host can stop a run without Python handlers seeing it
#ifndef MP4J_METER
#define MP4J_METER                           (1) // 0: build without the fuel meter (METER=0)
#endif
#if MP4J_METER
// Code that charges fuel itself calls this placeholder import, which tools/meter.py turns
// into inline code: the bytecode VM, one unit per byte of bytecode run, charged per jump,
// return, yield and exception (patches/0009); dict/set/namespace lookups, per probe, charged
// before anything that could raise and at the end of the lookup (patches/0010); setting up a
// call's frame, per 8 slots and per keyword argument (patches/0011).
void mp4j_meter_charge(uint32_t units) __attribute__((import_module("mp4j_meter"), import_name("charge")));
#define MICROPY_VM_CHARGE(units)             mp4j_meter_charge(units)
#define MICROPY_MAP_LOOKUP_CHARGE(probes)    mp4j_meter_charge(probes)
#define MICROPY_SETUP_CHARGE(units)          mp4j_meter_charge(units)
#else
// Without the meter, the charge for a compilation found in the code cache (main.c) is nothing.
#define mp4j_meter_charge(units)             ((void)(units))
#endif
#define MICROPY_ENABLE_SCHEDULER             (1)
#define MICROPY_KBD_EXCEPTION                (0)
#define MICROPY_HELPER_REPL                  (1)
#define MICROPY_REPL_AUTO_INDENT             (0)
#define MICROPY_ENABLE_COMPILER              (1)
#define MICROPY_PERSISTENT_CODE_LOAD         (0)
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF (1)
#define MICROPY_EMERGENCY_EXCEPTION_BUF_SIZE (256)
#define MICROPY_ENABLE_SOURCE_LINE           (1)
#define MICROPY_ERROR_REPORTING              (MICROPY_ERROR_REPORTING_DETAILED)
#define MICROPY_WARNINGS                     (1)
#define MICROPY_ERROR_PRINTER                (&mp4j_stderr_print)
#define MICROPY_LONGINT_IMPL                 (MICROPY_LONGINT_IMPL_MPZ)
#define MICROPY_FLOAT_IMPL                   (MICROPY_FLOAT_IMPL_DOUBLE)
#define MICROPY_USE_INTERNAL_PRINTF          (0)
#define MICROPY_USE_INTERNAL_ERRNO           (0)
#define MICROPY_ENABLE_DOC_STRING            (1) // __doc__ of classes and modules; functions: patch 0161
#define MICROPY_MODULE_GETATTR               (1)
#define MICROPY_CPYTHON_COMPAT               (1)
#define MICROPY_PY_BUILTINS_INPUT            (0) // no stdin in a session
#define MICROPY_PY_BUILTINS_HELP             (0)
#define MICROPY_QSTR_BYTES_IN_HASH           (4) // 30-bit string hashes (patches/0026): dicts of many str keys stay O(1)

// Files: POSIX VFS over WASI; only what the host mounts exists.
#define MICROPY_VFS                          (1)
#define MICROPY_VFS_POSIX                    (1)
#define MICROPY_READER_VFS                   (1)
#define MICROPY_ALLOC_PATH_MAX               (256)
#define MICROPY_EPOCH_IS_1970                (1)

// Modules.
#define MICROPY_PY_SYS_PLATFORM              "wasi"
#define MICROPY_PY_SYS_EXIT                  (1)
#define MICROPY_PY_SYS_STDFILES              (1)
#define MICROPY_PY_SYS_MAXSIZE               (1)
#define MICROPY_PY_SYS_EXC_INFO              (1)
#define MICROPY_PY_SYS_INTERN                (1)
#define MICROPY_PY_SYS_EXECUTABLE            (1) // "" (CPython's value when it is unknown)
// patches/0081, port/modsys_port.c: what CPython code checks that MicroPython's sys lacks.
#define MICROPY_PY_SYS_PORT_GLOBALS \
    { MP_ROM_QSTR(MP_QSTR_getrecursionlimit), MP_ROM_PTR(&mp4j_sys_getrecursionlimit_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_setrecursionlimit), MP_ROM_PTR(&mp4j_sys_setrecursionlimit_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_float_info), MP_ROM_PTR(&mp4j_sys_float_info_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_int_info), MP_ROM_PTR(&mp4j_sys_int_info_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_hexversion), MP_ROM_INT(0x030B00F0) },
#define MICROPY_PY_TIME                      (1)
#define MICROPY_PY_TIME_GMTIME_LOCALTIME_MKTIME (1)
#define MICROPY_PY_TIME_TIME_TIME_NS         (1)
#define MICROPY_PY_TIME_INCLUDEFILE          "modtime_port.c"
#define MICROPY_PY_TIME_EXTRA_GLOBALS \
    { MP_ROM_QSTR(MP_QSTR_monotonic_ns), MP_ROM_PTR(&mp_time_monotonic_ns_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_perf_counter_ns), MP_ROM_PTR(&mp_time_monotonic_ns_obj) }, \
    { MP_ROM_QSTR(MP_QSTR_process_time_ns), MP_ROM_PTR(&mp_time_process_time_ns_obj) },
#define MICROPY_PY_RANDOM_EXTRA_FUNCS        (1)
#define MICROPY_PY_DEFLATE_COMPRESS          (1) // zlib.compress (modules/lib/zlib.py)
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC     (mp4j_random_u32())
#define MICROPY_PY_HASHLIB                   (1)
#define MICROPY_PY_HASHLIB_SHA256            (1)
#define MICROPY_PY_HASHLIB_SHA1              (1)
#define MICROPY_PY_HASHLIB_MD5               (1)
// modhashlib.c's md5 and sha1 call the axTLS API, which port/md5_sha1.c implements
// (port/lib/axtls/crypto/crypto.h); nothing else of axTLS is built or used.
#define MICROPY_SSL_AXTLS                    (1)
#define MICROPY_PY_CRYPTOLIB                 (0)
#define MICROPY_PY_OS                        (0) // port/modos.c instead: no mount/umount, with getenv/environ/utime
#define MICROPY_PY_OS_STATVFS                (0)
#define MICROPY_PY_VFS                       (0) // no vfs module: the guest cannot mount anything
#define MICROPY_PY_THREAD                    (0)
#define MICROPY_PY_SOCKET                    (0)
#define MICROPY_PY_NETWORK                   (0)
#define MICROPY_PY_SSL                       (0)
#define MICROPY_PY_SELECT                    (0)
#define MICROPY_PY_MACHINE                   (0)
#define MICROPY_PY_UCTYPES                   (0) // raw memory access
#define MICROPY_PY_FRAMEBUF                  (0)
#define MICROPY_PY_ASYNCIO                   (0) // its Python half is a frozen module we do not ship
#define MICROPY_PY_BTREE                     (0)
#define MICROPY_PY_ONEWIRE                   (0)
#define MICROPY_PY_WEBSOCKET                 (0)
#define MICROPY_PY_WEBREPL                   (0)
#define MICROPY_PY_BLUETOOTH                 (0)
#define MICROPY_PY_RE                        (0) // replaced: re.py (modules/) on the _re engine (mod_re.c, re_vm.c)
#define MICROPY_PY_MICROPYTHON_MEM_INFO      (1)
#define MICROPY_PY_MICROPYTHON_HEAP_LOCKED   (0)

// An allocation failed (patches/0013): the session loop reports it with an uncaught MemoryError,
// so the host knows the memory limit was hit.
extern bool mp4j_allocation_failed;
#define MICROPY_PORT_MALLOC_FAILED(num_bytes) (mp4j_allocation_failed = true)

// The errno module's constants: those CPython code commonly compares with (OSError subclasses
// by errno: py/objexcept.c) and those the host's file layer returns (EROFS, ENOSPC,
// ENOTEMPTY, ELOOP, ...). C code sees the platform's numbers (WASI's, from wasi-libc); Python
// code sees Linux's, as under CPython on Linux ("[Errno 2] No such file or directory"):
// OSError translates when it is raised (patch 0102, mp_errno_to_python) and the errno module
// lists Linux's numbers. WASI's ENOTCAPABLE (a path outside what the host allows) is EACCES;
// an errno not listed here passes through unchanged.
#include <errno.h>
#define MP_ENOTEMPTY ENOTEMPTY
#define MP_ENAMETOOLONG ENAMETOOLONG
#define MP_ENOSYS ENOSYS
#define MP_ELOOP ELOOP
#define MP_ENOTCAPABLE ENOTCAPABLE
// WASI errno -> Linux errno (a constant expression: it also fills the errno module's table)
#define MP_ERRNO_PYTHON_VALUE_OF(e) ( \
    (e) == EPERM ? 1 : \
    (e) == ENOENT ? 2 : \
    (e) == ESRCH ? 3 : \
    (e) == EINTR ? 4 : \
    (e) == EIO ? 5 : \
    (e) == ENXIO ? 6 : \
    (e) == E2BIG ? 7 : \
    (e) == ENOEXEC ? 8 : \
    (e) == EBADF ? 9 : \
    (e) == ECHILD ? 10 : \
    (e) == EAGAIN ? 11 : \
    (e) == ENOMEM ? 12 : \
    (e) == EACCES ? 13 : \
    (e) == EFAULT ? 14 : \
    (e) == EBUSY ? 16 : \
    (e) == EEXIST ? 17 : \
    (e) == EXDEV ? 18 : \
    (e) == ENODEV ? 19 : \
    (e) == ENOTDIR ? 20 : \
    (e) == EISDIR ? 21 : \
    (e) == EINVAL ? 22 : \
    (e) == ENFILE ? 23 : \
    (e) == EMFILE ? 24 : \
    (e) == ENOTTY ? 25 : \
    (e) == ETXTBSY ? 26 : \
    (e) == EFBIG ? 27 : \
    (e) == ENOSPC ? 28 : \
    (e) == ESPIPE ? 29 : \
    (e) == EROFS ? 30 : \
    (e) == EMLINK ? 31 : \
    (e) == EPIPE ? 32 : \
    (e) == EDOM ? 33 : \
    (e) == ERANGE ? 34 : \
    (e) == ENAMETOOLONG ? 36 : \
    (e) == ENOSYS ? 38 : \
    (e) == ENOTEMPTY ? 39 : \
    (e) == ELOOP ? 40 : \
    (e) == EOPNOTSUPP ? 95 : \
    (e) == EADDRINUSE ? 98 : \
    (e) == ECONNABORTED ? 103 : \
    (e) == ECONNRESET ? 104 : \
    (e) == ENOBUFS ? 105 : \
    (e) == EISCONN ? 106 : \
    (e) == ENOTCONN ? 107 : \
    (e) == ETIMEDOUT ? 110 : \
    (e) == ECONNREFUSED ? 111 : \
    (e) == EHOSTUNREACH ? 113 : \
    (e) == EALREADY ? 114 : \
    (e) == EINPROGRESS ? 115 : \
    (e) == ECANCELED ? 125 : \
    (e) == ENOTCAPABLE ? 13 : \
    (e))
#define MICROPY_PY_ERRNO_LIST \
    X(EPERM) X(ENOENT) X(ESRCH) X(EINTR) X(EIO) X(ENXIO) X(E2BIG) X(ENOEXEC) X(EBADF) \
    X(ECHILD) X(EAGAIN) X(ENOMEM) X(EACCES) X(EFAULT) X(EBUSY) X(EEXIST) \
    X(EXDEV) X(ENODEV) X(ENOTDIR) X(EISDIR) X(EINVAL) X(ENFILE) X(EMFILE) X(ENOTTY) \
    X(ETXTBSY) X(EFBIG) X(ENOSPC) X(ESPIPE) X(EROFS) X(EMLINK) X(EPIPE) X(EDOM) X(ERANGE) \
    X(ENAMETOOLONG) X(ENOSYS) X(ENOTEMPTY) X(ELOOP) X(EOPNOTSUPP) X(EADDRINUSE) \
    X(ECONNABORTED) X(ECONNRESET) X(ENOBUFS) X(EISCONN) X(ENOTCONN) X(ETIMEDOUT) \
    X(ECONNREFUSED) X(EHOSTUNREACH) X(EALREADY) X(EINPROGRESS) X(ECANCELED)

// Our builtins: the RecursionError type (see patches/) and the `host` module.
extern const struct _mp_obj_type_t mp_type_RecursionError;
// port/modsys_port.c's objects, listed in MICROPY_PY_SYS_PORT_GLOBALS above.
extern const struct _mp_obj_fun_builtin_fixed_t mp4j_sys_getrecursionlimit_obj;
extern const struct _mp_obj_fun_builtin_fixed_t mp4j_sys_setrecursionlimit_obj;
extern const struct _mp_rom_obj_tuple_t mp4j_sys_float_info_obj;
extern const struct _mp_rom_obj_tuple_t mp4j_sys_int_info_obj;
#define MICROPY_PORT_EXTRA_BUILTINS \
    { MP_ROM_QSTR(MP_QSTR_RecursionError), MP_ROM_PTR(&mp_type_RecursionError) },

// Types.
#define MP_SSIZE_MAX (0x7fffffff)
#define UINT_FMT "%u"
#define INT_FMT "%d"
typedef int mp_int_t;        // must be pointer size
typedef unsigned mp_uint_t;  // must be pointer size
typedef long long mp_off_t;

#define MICROPY_HW_BOARD_NAME "micropython4j"
#define MICROPY_HW_MCU_NAME   "wasm32-wasi"
#define MP_STATE_PORT MP_STATE_VM

extern const struct _mp_print_t mp4j_stderr_print;
uint32_t mp4j_random_u32(void);
