// micropython4j: the session's entry points.
//
// The module is a WASI reactor. The host calls _initialize (wasi-libc's C constructors) and
// mp4j_init once: MicroPython starts and mp4j_init returns, the interpreter waiting for its
// first run. Whenever the host has requests for the session it calls mp4j_resume, which serves
// them until session_next says there are no more, and returns: session_next hands over a
// request (code to run, or a global to set or get), it runs in the persistent globals of
// __main__ under nlr protection, and session_result reports the outcome (with the value of the
// code's last expression, or of the global asked for). Between two calls no C frame is live:
// the whole interpreter is in linear memory and the wasm globals, so the host can copy it (the
// template every session starts from, a snapshot) and resume the copy in another instance.
// README.md documents the format.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "py/builtin.h"
#include "py/lexer.h"
#include "py/compile.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/objexcept.h"
#include "py/runtime.h"
#include "py/smallint.h"
#include "py/stackctrl.h"
#include <wasi/libc-environ.h>
#include "extmod/vfs.h"
#include "extmod/vfs_posix.h"
#include "mp4j_imports.h"
#include "modhost.h"
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

// Set by m_malloc_fail (patches/0013), cleared when a run starts.
bool mp4j_allocation_failed;

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
static void code_cache_clear(void);

// Within this much of the memory limit, a collection first drops the compiled-code cache (below),
// so kept code never stands between a program and its memory limit.
#define CODE_CACHE_HEADROOM_BYTES (1024 * 1024)

void gc_collect(void) {
    if (gc_get_max_new_split() < CODE_CACHE_HEADROOM_BYTES) {
        code_cache_clear();
    }
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

// Describe an uncaught exception: type, str(e), traceback text, flags, frames (outermost first).
static void describe_exception(payload_t *p, mp_obj_t exc) {
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    payload_field_str(p, qstr_str(type->name));

    payload_field_begin(p);
    mp_obj_print_helper(payload_printer(p), exc, PRINT_STR);
    payload_field_end(p);

    payload_field_begin(p);
    mp_obj_print_exception(payload_printer(p), exc);
    payload_field_end(p);

    // The memory limit was hit if the run's uncaught exception is the built-in MemoryError (not
    // a subclass or a look-alike) and an allocation failed during the run.
    bool memory_limit = type == &mp_type_MemoryError && mp4j_allocation_failed;
    payload_field_str(p, memory_limit ? "1" : "0");

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
static MP_NOINLINE void report(int32_t id, mp_obj_t exc) {
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
            payload_field_str(&p, mp_obj_get_type(exc) == &mp_type_MemoryError && mp4j_allocation_failed ? "1" : "0");
        }
        nlr_set_abort(NULL);
    }
    mp4j_session_result(id, status, p.buf, (int32_t)p.len);
    payload_free(&p);
}

// The OK payload with a value: the field "value" and its JSON text, at most `limit` bytes; or,
// when the value cannot cross (a set, too large, too deep, ...), the field "no-value" and why
// ("TypeError: value is of type 'set': ..."). Code raising in an isoformat() counts as a value
// that cannot cross; a VM abort still ends the run (it unwinds past this handler).
static MP_NOINLINE void describe_value(payload_t *p, mp_obj_t value, const char *name, size_t limit) {
    vstr_t json = {.buf = NULL}; // allocated inside the handler: the code may have locked the heap
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        vstr_init(&json, 64);
        mp4j_json_encode(&json, value, name, limit);
        nlr_pop();
        payload_field_str(p, "value");
        payload_field_raw(p, json.buf, json.len);
        if (p->failed) {
            payload_reset(p);
            payload_field_str(p, "no-value");
            payload_field_str(p, "MemoryError: no memory left to send the value");
        }
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        payload_reset(p);
        payload_field_str(p, "no-value");
        payload_field_begin(p);
        mp_printf(payload_printer(p), "%q: ", mp_obj_get_type(exc)->name);
        mp_obj_print_helper(payload_printer(p), exc, PRINT_STR);
        payload_field_end(p);
    }
    if (json.buf != NULL) {
        vstr_clear(&json);
    }
}

// A new logical line starting with one of these continues or opens a compound statement.
static bool opens_compound_statement(mp_token_kind_t kind) {
    switch (kind) {
        case MP_TOKEN_KW_IF: case MP_TOKEN_KW_ELIF: case MP_TOKEN_KW_ELSE: case MP_TOKEN_KW_WHILE:
        case MP_TOKEN_KW_FOR: case MP_TOKEN_KW_TRY: case MP_TOKEN_KW_EXCEPT: case MP_TOKEN_KW_FINALLY:
        case MP_TOKEN_KW_WITH: case MP_TOKEN_KW_DEF: case MP_TOKEN_KW_CLASS: case MP_TOKEN_KW_ASYNC:
        case MP_TOKEN_OP_AT:
            return true;
        default:
            return false;
    }
}

// A statement starting with one of these is no expression.
static bool starts_simple_statement(mp_token_kind_t kind) {
    switch (kind) {
        case MP_TOKEN_KW_DEL: case MP_TOKEN_KW_PASS: case MP_TOKEN_KW_IMPORT: case MP_TOKEN_KW_FROM:
        case MP_TOKEN_KW_RETURN: case MP_TOKEN_KW_RAISE: case MP_TOKEN_KW_GLOBAL: case MP_TOKEN_KW_NONLOCAL:
        case MP_TOKEN_KW_ASSERT: case MP_TOKEN_KW_BREAK: case MP_TOKEN_KW_CONTINUE:
            return true;
        default:
            return false;
    }
}

// The byte offset of (line, column) as the lexer counts them: lines end at LF, CR LF or CR; a
// tab advances the column to the next multiple of 8, plus 1; any other byte by 1. Returns len if
// there is no such position.
static size_t offset_of(const char *code, size_t len, size_t line, size_t column) {
    size_t i = 0;
    for (size_t at = 1; at < line && i < len; i++) {
        if (code[i] == '\n' || (code[i] == '\r' && (i + 1 == len || code[i + 1] != '\n'))) {
            at++;
        }
    }
    for (size_t at = 1; at < column && i < len; i++) {
        at = code[i] == '\t' ? ((at - 1 + 8) / 8) * 8 + 1 : at + 1;
        if (at > column) {
            return len;
        }
    }
    return i;
}

// Finds where the code's last top-level statement starts: after the last NEWLINE at indent level
// 0, or after a top-level ';' on a line that does not open a compound statement. Returns false
// if the lexer meets an error (the parse then reports it), the code has no statement, or the last
// one is plainly no expression (it starts with a keyword, or assigns at bracket level 0 outside
// a lambda): that saves parsing it twice.
static MP_NOINLINE bool last_statement_start(qstr source_name, const char *code, size_t len, size_t *offset, size_t *line) {
    mp_lexer_t *lex = mp_lexer_new_from_str_len(source_name, code, len, 0);
    size_t depth = 0, start_line = 0, start_column = 0;
    bool line_start = true, after_semicolon = false, compound = false, ok = true;
    bool statement = false, lambda = false; // about the statement that starts last
    for (; lex->tok_kind != MP_TOKEN_END; mp_lexer_to_next(lex)) {
        mp_token_kind_t kind = lex->tok_kind;
        if (kind < MP_TOKEN_NEWLINE) { // MP_TOKEN_INVALID, _DEDENT_MISMATCH, ...
            ok = false;
            break;
        }
        if (kind == MP_TOKEN_INDENT) {
            depth++;
        } else if (kind == MP_TOKEN_DEDENT) {
            depth--;
        } else if (kind == MP_TOKEN_NEWLINE) {
            line_start = true;
        } else if (kind == MP_TOKEN_DEL_SEMICOLON) {
            after_semicolon = depth == 0 && !compound;
        } else {
            if (depth == 0 && (line_start || after_semicolon)) {
                start_line = lex->tok_line;
                start_column = lex->tok_column;
                if (line_start) {
                    compound = opens_compound_statement(kind);
                }
                statement = compound || starts_simple_statement(kind);
                lambda = false;
            } else if (depth == 0 && lex->nested_bracket_level == 0 && !lambda
                       && (kind == MP_TOKEN_DEL_EQUAL
                           || (kind >= MP_TOKEN_DEL_PIPE_EQUAL && kind <= MP_TOKEN_DEL_DBL_STAR_EQUAL))) {
                statement = true;
            }
            lambda |= kind == MP_TOKEN_KW_LAMBDA;
            line_start = false;
            after_semicolon = false;
        }
    }
    mp_lexer_free(lex);
    if (!ok || start_line == 0 || statement) {
        return false;
    }
    *offset = offset_of(code, len, start_line, start_column);
    *line = start_line;
    return *offset < len;
}

// Parses `code` as one expression, numbering its lines from `line`.
static mp_parse_tree_t parse_expression_at(qstr source_name, const char *code, size_t len, size_t line) {
    mp_lexer_t *lex = mp_lexer_new_from_str_len(source_name, code, len, 0);
    // The first token is already read: move it and everything after it to the real line.
    lex->line += line - 1;
    lex->tok_line += line - 1;
    return mp_parse(lex, MP_PARSE_EVAL_INPUT);
}

// Parses `code`, which starts on line `line` of the source, as one expression. Returns false if
// it is not one (a SyntaxError); other exceptions propagate.
static bool parse_expression(qstr source_name, const char *code, size_t len, size_t line, mp_parse_tree_t *tree) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        *tree = parse_expression_at(source_name, code, len, line);
        nlr_pop();
    } else if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(MP_OBJ_FROM_PTR(nlr.ret_val))),
        MP_OBJ_FROM_PTR(&mp_type_SyntaxError))) {
        return false;
    } else {
        nlr_jump(nlr.ret_val);
    }
    // Only parse nodes with children carry a line number: a lone name would compile without
    // one, and its NameError would say line 1. `(name,)[0]` has the same value and a line.
    mp_parse_node_t root = tree->root;
    if (MP_PARSE_NODE_IS_STRUCT(root) && MP_PARSE_NODE_IS_ID(((mp_parse_node_struct_t *)root)->nodes[0])) {
        mp_parse_tree_clear(tree);
        vstr_t wrapped;
        vstr_init(&wrapped, len + 8);
        vstr_add_byte(&wrapped, '(');
        vstr_add_strn(&wrapped, code, len);
        vstr_add_str(&wrapped, "\n,)[0]");
        *tree = parse_expression_at(source_name, wrapped.buf, wrapped.len, line);
        vstr_clear(&wrapped);
    }
    return true;
}

// Compiles code. With MP4J_FLAG_VALUE, when the last top-level statement is an expression, that
// statement is compiled as an expression of its own (with its own line numbers) into `*last`,
// whose value the run reports; else `*last` is MP_OBJ_NULL. The parser drops lone constants
// (`42`) from module code, so the expression cannot be found in the whole module's parse tree.
static MP_NOINLINE void compile_code(int32_t flags, const char *code, size_t len, mp_obj_t *head, mp_obj_t *last) {
    bool repl = (flags & MP4J_FLAG_REPL) != 0;
    qstr source_name = MP_QSTR__lt_string_gt_;
    if (flags & MP4J_FLAG_NAMED) {
        const char *end = memchr(code, 0, len);
        size_t name_len = end != NULL ? (size_t)(end - code) : len;
        source_name = qstr_from_strn(code, name_len);
        code += MIN(name_len + 1, len);
        len -= MIN(name_len + 1, len);
    }
    size_t offset, line;
    mp_parse_tree_t last_tree;
    if (!repl && (flags & MP4J_FLAG_VALUE)
        && last_statement_start(source_name, code, len, &offset, &line)
        && parse_expression(source_name, code + offset, len - offset, line, &last_tree)) {
        // Everything before it is parsed and compiled first, so a syntax error anywhere stops
        // the run before any of it runs.
        mp_lexer_t *lex = mp_lexer_new_from_str_len(source_name, code, offset, 0);
        mp_parse_tree_t head_tree = mp_parse(lex, MP_PARSE_FILE_INPUT);
        *head = mp_compile(&head_tree, source_name, false);
        *last = mp_compile(&last_tree, source_name, false);
        return;
    }
    mp_lexer_t *lex = mp_lexer_new_from_str_len(source_name, code, len, 0);
    mp_parse_tree_t tree = mp_parse(lex, repl ? MP_PARSE_SINGLE_INPUT : MP_PARSE_FILE_INPUT);
    *head = mp_compile(&tree, source_name, repl);
    *last = MP_OBJ_NULL;
}

// The compiled code of the last few runs, so that running the same request again (a host that
// evaluates one snippet over and over) skips lexing, parsing and compiling, most of a short run's
// time (bench/sessions.md). Compiled module code holds no state of its run: it runs in the
// globals of __main__ like freshly compiled code, and its constants are immutable. A hit is
// charged the fuel the compilation took, so the same code uses about the same fuel whether it
// was compiled or found. Entries are tuples (request bytes, flags, fuel, head, last or None);
// requests over CODE_CACHE_MAX_BYTES are not kept, and a collection within a megabyte of the
// memory limit (gc_collect) or a run that ran out of memory empties the cache.
#define CODE_CACHE_ENTRIES (8)
#define CODE_CACHE_MAX_BYTES (4096)
MP_REGISTER_ROOT_POINTER(mp_obj_t mp4j_code_cache[8]);
static size_t code_cache_next; // the entry the next new request replaces

// Its loops carry no fuel tick (tools/unmetered-functions.txt): they are bounded by the cache's
// size, and a hit is charged what compiling took, far more than comparing the request.
static MP_NOINLINE mp_obj_tuple_t *code_cache_find(int32_t flags, const char *request, size_t len) {
    for (size_t i = 0; i < CODE_CACHE_ENTRIES; i++) {
        mp_obj_t entry = MP_STATE_VM(mp4j_code_cache)[i];
        if (entry == MP_OBJ_NULL) {
            continue;
        }
        mp_obj_tuple_t *t = MP_OBJ_TO_PTR(entry);
        size_t key_len;
        const char *key = mp_obj_str_get_data(t->items[0], &key_len);
        if (MP_OBJ_SMALL_INT_VALUE(t->items[1]) != flags || key_len != len) {
            continue;
        }
        size_t same = 0;
        while (same < len && key[same] == request[same]) {
            same++;
        }
        if (same == len) {
            return t;
        }
    }
    return NULL;
}

// Keeps compiled code; if there is no memory for the entry, the code is just not kept.
static void code_cache_add(int32_t flags, const char *request, size_t len, mp_int_t fuel, mp_obj_t head, mp_obj_t last) {
    if (len > CODE_CACHE_MAX_BYTES || fuel < 0 || !MP_SMALL_INT_FITS(fuel)) {
        return;
    }
    bool allocation_failed = mp4j_allocation_failed;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t items[5] = {
            mp_obj_new_bytes((const byte *)request, len), MP_OBJ_NEW_SMALL_INT(flags), MP_OBJ_NEW_SMALL_INT(fuel),
            head, last != MP_OBJ_NULL ? last : mp_const_none,
        };
        MP_STATE_VM(mp4j_code_cache)[code_cache_next] = mp_obj_new_tuple(5, items);
        code_cache_next = (code_cache_next + 1) % CODE_CACHE_ENTRIES;
        nlr_pop();
    } else {
        mp4j_allocation_failed = allocation_failed; // the run itself did not run out of memory
    }
}

static void code_cache_clear(void) {
    for (size_t i = 0; i < CODE_CACHE_ENTRIES; i++) {
        MP_STATE_VM(mp4j_code_cache)[i] = MP_OBJ_NULL;
    }
}

// Runs code (the request's bytes, after its source name if it has one): compiled afresh, or
// found in the cache. The value of its last statement, if it is an expression and the flags ask
// for it, goes to `value`.
static MP_NOINLINE void run_code(int32_t flags, const char *request, size_t len, payload_t *value, size_t value_limit) {
    mp_obj_t head, last;
    mp_obj_tuple_t *cached = code_cache_find(flags, request, len);
    if (cached != NULL) {
        mp4j_meter_charge((uint32_t)MP_OBJ_SMALL_INT_VALUE(cached->items[2]));
        head = cached->items[3];
        last = cached->items[4] != mp_const_none ? cached->items[4] : MP_OBJ_NULL;
    } else {
        int64_t fuel_before = mp4j_fuel_used();
        compile_code(flags, request, len, &head, &last);
        code_cache_add(flags, request, len, (mp_int_t)(mp4j_fuel_used() - fuel_before), head, last);
    }
    mp_obj_t result = mp_call_function_0(head);
    if (last != MP_OBJ_NULL) {
        describe_value(value, mp_call_function_0(last), "value", value_limit);
    }
    (void)result;
}

// Sets global `name` to the value the JSON after it (past a NUL) describes.
static MP_NOINLINE void set_global(const char *request, size_t len) {
    const char *end = memchr(request, 0, len);
    if (end == NULL) {
        mp_raise_ValueError(MP_ERROR_TEXT("set request without a value"));
    }
    size_t name_len = (size_t)(end - request);
    mp_obj_t value = mp4j_json_decode(end + 1, len - name_len - 1);
    mp_obj_dict_store(MP_OBJ_FROM_PTR(&MP_STATE_VM(dict_main)), MP_OBJ_NEW_QSTR(qstr_from_strn(request, name_len)), value);
}

// Sends the value of global `name` to `value`; NameError if there is none.
static MP_NOINLINE void get_global(const char *name, size_t len, payload_t *value, size_t value_limit) {
    vstr_t what; // "global NAME", NUL-terminated, for messages
    vstr_init(&what, len + 8);
    vstr_add_str(&what, "global ");
    vstr_add_strn(&what, name, len);
    mp_map_elem_t *elem = mp_map_lookup(&MP_STATE_VM(dict_main).map, mp_obj_new_str(name, len), MP_MAP_LOOKUP);
    if (elem == NULL) {
        mp_raise_msg_varg(&mp_type_NameError, MP_ERROR_TEXT("name '%s' isn't defined"),
            vstr_null_terminated_str(&what) + 7);
    }
    describe_value(value, elem->value, vstr_null_terminated_str(&what), value_limit);
    vstr_clear(&what);
}

// Serve one request in the globals of __main__: run code, set a global or get one. The
// functions it calls stay out of line (MP_NOINLINE), so that it compiles to a JVM method
// small enough for HotSpot to JIT (CompiledGuestShapeTest).
static void run(int32_t id, int32_t flags, size_t value_limit, const char *request, size_t len) {
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
    mp4j_allocation_failed = false;
    payload_t value; // the OK payload: a value, why there is none, or nothing
    payload_init(&value);
    nlr_buf_t nlr;
    nlr.ret_val = NULL;
    if (nlr_push(&nlr) == 0) {
        nlr_set_abort(&nlr);
        if (flags & MP4J_FLAG_SET_GLOBAL) {
            set_global(request, len);
        } else if (flags & MP4J_FLAG_GET_GLOBAL) {
            get_global(request, len, &value, value_limit);
        } else {
            run_code(flags, request, len, &value, value_limit);
        }
        nlr_pop();
        nlr_set_abort(NULL);
        mp4j_session_result(id, MP4J_STATUS_OK, value.buf, (int32_t)value.len);
    } else {
        nlr_set_abort(NULL);
        if (nlr.ret_val == NULL) {
            // mp_sched_vm_abort(): the host stopped this run (fuel, timeout, output limit).
            mp4j_session_result(id, MP4J_STATUS_ABORTED, NULL, 0);
        } else {
            report(id, MP_OBJ_FROM_PTR(nlr.ret_val));
        }
    }
    payload_free(&value);
    if (mp4j_allocation_failed) {
        code_cache_clear();
    }
}

// Mount the WASI file system (one preopened directory, /, holding the host's mounts) as the root VFS.
static void mount_root(void) {
    mp_obj_t args[2] = {
        MP_OBJ_TYPE_GET_SLOT(&mp_type_vfs_posix, make_new)(&mp_type_vfs_posix, 0, 0, NULL),
        MP_OBJ_NEW_QSTR(MP_QSTR__slash_),
    };
    mp_vfs_mount(2, args, (mp_map_t *)&mp_const_empty_map);
    MP_STATE_VM(vfs_cur) = MP_STATE_VM(vfs_mount_table);
}

extern const mp_obj_module_t mp_module_random; // extmod/modrandom.c

// The state the session loop keeps between two entries: nothing may live in a C local, since
// the host may resume a copy of this memory in another instance.
static char *request_buf;
static int32_t request_cap;

// MicroPython's stack bounds are those of the current entry: its frame is the top of the stack
// (the host enters with the stack pointer at the top of the shadow stack), and the GC scans from
// its own frame up to it. Neither entry point holds Python objects in its own frame.
static void enter(void) {
    mp_stack_ctrl_init();
    mp_stack_set_limit(MP4J_STACK_SIZE - STACK_MARGIN_BYTES);
    memory_limit_bytes = (size_t)mp4j_memory_limit_pages() * 65536;
    if (memory_limit_bytes == 0) {
        memory_limit_bytes = (size_t)1 << 31;
    }
}

// Builtins written in Python (modules/lib/_pybuiltins.py, frozen: the Warning classes,
// ExceptionGroup and BaseExceptionGroup) are installed in builtins once here, so every session
// has them from its first run at no cost.
static void install_python_builtins(void) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module = mp_import_name(MP_QSTR__pybuiltins, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
        mp_obj_t builtins = MP_OBJ_FROM_PTR(&mp_module_builtins);
        mp_obj_t names = mp_load_attr(module, MP_QSTR___all__);
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(names, &n, &items);
        for (size_t i = 0; i < n; i++) {
            qstr name = mp_obj_str_get_qstr(items[i]);
            mp_store_attr(builtins, name, mp_load_attr(module, name));
        }
        nlr_pop();
    } else {
        mp_obj_print_exception(&mp_plat_print, MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

// Starts MicroPython: heap, runtime, file system, sys.path, the request buffer. Called once, by
// the host that makes the template; every session starts from a copy of the memory it leaves.
__attribute__((export_name("mp4j_init")))
void mp4j_init(void) {
    enter();
    char *heap = malloc(INITIAL_HEAP_BYTES);
    gc_init(heap, heap + INITIAL_HEAP_BYTES);
    mp_init();
    mount_root();
    // sys.argv as CPython has it for code that is not a script file.
    mp_obj_list_append(MP_OBJ_FROM_PTR(&MP_STATE_VM(mp_sys_argv_obj)), MP_OBJ_NEW_QSTR(MP_QSTR_));
    // Our frozen modules first (found without touching the file system), then the current
    // directory, as CPython puts the script's directory first.
    mp_sys_path = mp_obj_new_list(0, NULL);
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR__dot_frozen));
    mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR_));
    install_python_builtins();
    request_cap = INITIAL_REQUEST_BYTES;
    request_buf = malloc(request_cap);
}

// Serves the host's runs until session_next returns -1 (the host has none for now, or the
// session is closing), then returns; the host resumes it when it has more. With
// MP4J_RESUME_NEW_INSTANCE (the first entry of an instance started from a copy) the environment
// is read again from the host, which may differ from the one the copy was made with.
__attribute__((export_name("mp4j_resume")))
void mp4j_resume(int32_t flags) {
    enter();
    if (flags & MP4J_RESUME_NEW_INSTANCE) {
        __wasilibc_deinitialize_environ();
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp4j_os_reload_environ();
            // Sessions started from one copy must not share random's generator: seed it afresh
            // from the host's entropy (random.seed() with no argument).
            mp_call_function_0(mp_load_attr(MP_OBJ_FROM_PTR(&mp_module_random), MP_QSTR_seed));
            nlr_pop();
        } // else out of memory: os.environ stays as far as it was filled
    }
    for (;;) {
        int32_t header[3]; // id, flags, value limit
        int32_t len = mp4j_session_next(header, request_buf, request_cap);
        if (len < 0) {
            return;
        }
        if (len > request_cap) {
            // Too big for the buffer: grow it and ask again for the same request.
            char *bigger = malloc(len);
            if (bigger == NULL) {
                // The request is answered without being read; the host then moves on.
                payload_t p;
                payload_init(&p);
                payload_field_str(&p, "MemoryError");
                payload_field_str(&p, "code too large for the sandbox's memory limit");
                payload_field_str(&p, "MemoryError: code too large for the sandbox's memory limit\n");
                payload_field_str(&p, "1"); // the memory limit refused the request
                mp4j_session_result(header[0], MP4J_STATUS_EXCEPTION, p.buf, (int32_t)p.len);
                payload_free(&p);
                continue;
            }
            free(request_buf);
            request_buf = bigger;
            request_cap = len;
            continue;
        }
        run(header[0], header[1], header[2] > 0 ? (size_t)header[2] : 0, request_buf, (size_t)len);
    }
}
