// micropython4j: the session entry loop.
//
// The interpreter initialises once, then serves requests until the host says stop:
// session_next() hands over code, it runs in the persistent globals of __main__ under nlr
// protection, and session_result() reports the outcome. README.md documents the format.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "py/builtin.h"
#include "py/compile.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/objexcept.h"
#include "py/runtime.h"
#include "py/stackctrl.h"
#include "extmod/vfs.h"
#include "extmod/vfs_posix.h"
#include "mp4j_imports.h"
#include "payload.h"

#define MAX_FRAMES (200)
#define INITIAL_HEAP_BYTES (256 * 1024)
#define INITIAL_REQUEST_BYTES (4 * 1024)

// Linear memory the GC may not claim: room for malloc'd request and payload buffers.
#define NON_GC_RESERVE_BYTES (256 * 1024)

// Deep recursion must raise RecursionError before the shadow stack (MP4J_STACK_SIZE bytes,
// set by the linker) overflows; the margin covers the C frames below the last check.
#define STACK_MARGIN_BYTES (128 * 1024)

static size_t memory_limit_bytes;

// The largest new GC heap area that still fits under the host's memory limit
// (gc.c grows the heap with MICROPY_GC_SPLIT_HEAP_AUTO when an allocation fails).
size_t gc_get_max_new_split(void) {
    size_t used = __builtin_wasm_memory_size(0) * 65536;
    if (memory_limit_bytes <= used + NON_GC_RESERVE_BYTES) {
        return 0;
    }
    return memory_limit_bytes - used - NON_GC_RESERVE_BYTES;
}

// Collect during execution. Live pointers are either in MicroPython's root pointers or on
// the shadow stack in linear memory: the build spills every pointer held in a wasm local
// to the shadow stack before calls (wasm-opt --spill-pointers), so scanning from this
// frame to the stack top sees them all.
void gc_collect(void) {
    volatile uintptr_t here = 0;
    gc_collect_start();
    uintptr_t top = (uintptr_t)MP_STATE_THREAD(stack_top);
    gc_collect_root((void **)&here, (top - (uintptr_t)&here) / sizeof(uintptr_t));
    gc_collect_end();
}

void nlr_jump_fail(void *val) {
    (void)val;
    mp_printf(&mp4j_stderr_print, "FATAL: uncaught NLR\n");
    __builtin_trap();
}

// The exit code of a SystemExit: its int value (an int too large for one gives 1), 0 for
// None, else 1 after printing the value to stderr.
static int exit_code_of(mp_obj_t exc) {
    mp_obj_t value = mp_obj_exception_get_value(exc);
    if (value == mp_const_none) {
        return 0;
    }
    if (mp_obj_is_small_int(value)) {
        return (int)MP_OBJ_SMALL_INT_VALUE(value);
    }
    if (mp_obj_is_int(value)) {
        return 1;
    }
    mp_obj_print_helper(&mp4j_stderr_print, value, PRINT_STR);
    mp_print_str(&mp4j_stderr_print, "\n");
    return 1;
}

// Describe an uncaught exception: type, str(e), traceback text, frames (outermost first).
static void describe_exception(payload_t *p, mp_obj_t exc) {
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    payload_field_str(p, qstr_str(type->name));

    payload_field_begin(p);
    mp_obj_print_helper(payload_printer(p), exc, PRINT_STR);
    payload_field_end(p);

    payload_field_begin(p);
    mp_obj_print_exception(payload_printer(p), exc);
    payload_field_end(p);

    // Frames are stored innermost first, three values each; send the ones the traceback text
    // shows (not the fourth and later of a run of identical frames, patches/0069), at most
    // MAX_FRAMES of the innermost, outermost first.
    size_t n, *values;
    mp_obj_exception_get_traceback(exc, &n, &values);
    size_t shown = 0;
    for (size_t i = 0; i < n; i += 3) {
        shown += !mp_obj_exception_traceback_entry_repeats(values, n, i);
    }
    size_t skip = shown > MAX_FRAMES ? shown - MAX_FRAMES : 0;
    for (size_t i = n; i >= 3; i -= 3) {
        if (mp_obj_exception_traceback_entry_repeats(values, n, i - 3)) {
            continue;
        }
        if (skip > 0) {
            skip -= 1;
            continue;
        }
        payload_field_str(p, qstr_str(values[i - 3]));
        payload_field_begin(p);
        mp_printf(payload_printer(p), "%u", (unsigned)values[i - 2]);
        payload_field_end(p);
        payload_field_str(p, qstr_str(values[i - 1]));
    }
}

// Report the outcome of a run. Describing an exception runs Python code (__str__), which can
// raise or be aborted itself, so it is protected too; the fallback is the bare type name.
static void report(int32_t id, mp_obj_t exc) {
    payload_t p;
    payload_init(&p);
    int32_t status = MP4J_STATUS_OK;
    if (exc != MP_OBJ_NULL) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            nlr_set_abort(&nlr);
            if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)), MP_OBJ_FROM_PTR(&mp_type_SystemExit))) {
                status = MP4J_STATUS_EXIT;
                payload_field_begin(&p);
                mp_printf(payload_printer(&p), "%d", exit_code_of(exc));
                payload_field_end(&p);
            } else {
                status = MP4J_STATUS_EXCEPTION;
                describe_exception(&p, exc);
            }
            nlr_pop();
        } else {
            payload_reset(&p);
            status = MP4J_STATUS_EXCEPTION;
            payload_field_str(&p, qstr_str(mp_obj_get_type(exc)->name));
            payload_field_str(&p, "");
            payload_field_str(&p, "");
        }
        nlr_set_abort(NULL);
    }
    mp4j_session_result(id, status, p.buf, (int32_t)p.len);
    payload_free(&p);
}

// Compile and run one request in the globals of __main__.
static void run(int32_t id, int32_t flags, const char *code, size_t len) {
    // Nothing a previous run left behind may reach into this one: an abort the host asked for
    // just after its code finished, a heap it locked (micropython.heap_lock), callbacks it
    // queued (micropython.schedule).
    MP_STATE_VM(vm_abort) = false;
    MP_STATE_THREAD(gc_lock_depth) = 0;
    MP_STATE_VM(sched_state) = MP_SCHED_IDLE;
    MP_STATE_VM(sched_len) = 0;
    MP_STATE_VM(sched_idx) = 0;
    mp_globals_set(&MP_STATE_VM(dict_main));
    mp_locals_set(&MP_STATE_VM(dict_main));
    nlr_buf_t nlr;
    nlr.ret_val = NULL;
    if (nlr_push(&nlr) == 0) {
        nlr_set_abort(&nlr);
        bool repl = (flags & MP4J_FLAG_REPL) != 0;
        mp_lexer_t *lex = mp_lexer_new_from_str_len(MP_QSTR__lt_string_gt_, code, len, 0);
        qstr source_name = lex->source_name;
        mp_parse_tree_t tree = mp_parse(lex, repl ? MP_PARSE_SINGLE_INPUT : MP_PARSE_FILE_INPUT);
        mp_obj_t module_fun = mp_compile(&tree, source_name, repl);
        mp_call_function_0(module_fun);
        nlr_pop();
        nlr_set_abort(NULL);
        report(id, MP_OBJ_NULL);
    } else {
        nlr_set_abort(NULL);
        if (nlr.ret_val == NULL) {
            // mp_sched_vm_abort(): the host stopped this run (fuel, timeout, output limit).
            mp4j_session_result(id, MP4J_STATUS_ABORTED, NULL, 0);
        } else {
            report(id, MP_OBJ_FROM_PTR(nlr.ret_val));
        }
    }
}

// Mount the WASI file system (the host's preopened directories) as the root VFS.
static void mount_root(void) {
    mp_obj_t args[2] = {
        MP_OBJ_TYPE_GET_SLOT(&mp_type_vfs_posix, make_new)(&mp_type_vfs_posix, 0, 0, NULL),
        MP_OBJ_NEW_QSTR(MP_QSTR__slash_),
    };
    mp_vfs_mount(2, args, (mp_map_t *)&mp_const_empty_map);
    MP_STATE_VM(vfs_cur) = MP_STATE_VM(vfs_mount_table);
}

// The frames of a run reuse the shadow stack's memory, and the GC scans their slots
// conservatively, written in this run or not: a pointer left there by an earlier run keeps
// what it points to alive (a failed run's 4 MiB list, say, which every later collection then
// scans). Between runs everything below the session loop's frame is unused: clear it.
extern char __stack_low; // wasm-ld: the lowest address of the shadow stack
static MP_NOINLINE void clear_unused_stack(void) {
    char here;
    uintptr_t end = (uintptr_t)&here - 256; // well below this function's own frame
    memset(&__stack_low, 0, end - (uintptr_t)&__stack_low);
}

// Everything below main's frame: main itself holds no Python objects, so the GC's stack
// scan (which stops at the top recorded by mp_stack_ctrl_init) misses nothing.
static MP_NOINLINE void session_loop(void) {
    memory_limit_bytes = (size_t)mp4j_memory_limit_pages() * 65536;
    if (memory_limit_bytes == 0) {
        memory_limit_bytes = (size_t)1 << 31;
    }
    char *heap = malloc(INITIAL_HEAP_BYTES);
    gc_init(heap, heap + INITIAL_HEAP_BYTES);
    mp_init();
    mount_root();
    mp_sys_path = mp_obj_new_list(0, NULL);
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR_));

    int32_t cap = INITIAL_REQUEST_BYTES;
    char *buf = malloc(cap);
    for (;;) {
        int32_t header[2];
        int32_t len = mp4j_session_next(header, buf, cap);
        if (len < 0) {
            break;
        }
        if (len > cap) {
            // Too big for the buffer: grow it and ask again for the same request.
            char *bigger = malloc(len);
            if (bigger == NULL) {
                // The request is answered without being read; the host then moves on.
                payload_t p;
                payload_init(&p);
                payload_field_str(&p, "MemoryError");
                payload_field_str(&p, "code too large for the sandbox's memory limit");
                payload_field_str(&p, "MemoryError: code too large for the sandbox's memory limit\n");
                mp4j_session_result(header[0], MP4J_STATUS_EXCEPTION, p.buf, (int32_t)p.len);
                payload_free(&p);
                continue;
            }
            free(buf);
            buf = bigger;
            cap = len;
            continue;
        }
        run(header[0], header[1], buf, (size_t)len);
        clear_unused_stack(); // after the run's result, so it costs the run no fuel
    }
    free(buf);
    gc_sweep_all();
    mp_deinit();
}

int main(void) {
    mp_stack_ctrl_init();
    mp_stack_set_limit(MP4J_STACK_SIZE - STACK_MARGIN_BYTES);
    session_loop();
    return 0;
}
