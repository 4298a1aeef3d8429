// micropython4j: `_re`, the C half of the `re` module (modules/lib/re.py is the other half:
// it parses patterns, compiles them to the instruction set of re_vm.h and builds the API).
//
//     prog = _re.Program(pattern, code, nmarks, nregs, utf8, first, anchored, min_width)
//     prog.match / search / fullmatch(string, pos=0, endpos=None)   # a Match, or None
//     prog.scanner(string, pos=0, endpos=None)  # .search() / .match(): successive Matches
//     prog.findall(string, pos=0, endpos=None)  # list, as re.findall
//     prog.split(string, maxsplit=0)            # list, as re.split
//     prog.sub(repl, string, count)             # (result, n); repl: a callable, or a list of
//                                               # literals and group numbers (a template)
//
// The methods take CPython's argument names, so that re.Pattern can hand them out directly:
// a Python method in between cost a frame per call.
//
// `pattern` is the Python re.Pattern the program belongs to: Match objects refer to it (for
// Match.re, group names through its _groupindex and _names, and expand through _expand).
// Match is a C type because a match is made for every hit of every search: as a Python
// object it took several allocations (the tuple of marks, the instance, its attribute
// table), and in MicroPython's allocator every allocation of more than one block scans the
// heap from the last free single block, which made a match cost tens of microseconds.
//
// Positions: the matcher works on byte offsets. A scan keeps its place in bytes and in
// characters, so iterating over the matches of a long str never rescans it from the start,
// and a Match keeps both (character indexes for span(), byte offsets to slice the subject:
// indexing a str by characters walks it from its start). CPython's rule for empty matches
// applies to every iteration: after an empty match, the next may not be empty at the same
// place.
#include <stdlib.h>
#include <string.h>

#include "py/objstr.h"
#include "py/objtuple.h"
#include "py/runtime.h"
#include "re_vm.h"

typedef struct {
    mp_obj_base_t base;
    mp_obj_t pattern; // the re.Pattern
    re_prog_t prog;
} re_program_obj_t;

static const mp_obj_type_t re_program_type;
static const mp_obj_type_t re_scanner_type;
static const mp_obj_type_t re_match_type;

static mp_obj_t program_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 8, 8, false);
    size_t len;
    mp_obj_t *items;
    mp_obj_get_array(args[1], &len, &items);
    mp_int_t nmarks = mp_obj_get_int(args[2]);
    mp_int_t nregs = mp_obj_get_int(args[3]);
    mp_int_t first = mp_obj_get_int(args[5]);
    mp_int_t min_width = mp_obj_get_int(args[7]);
    if (len > 0x7fffffff || nmarks < 2 || nmarks > 0x1000000 || nregs < 0 || nregs > 0x1000000
        || first < -1 || min_width < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("bad program"));
    }
    re_program_obj_t *self = mp_obj_malloc(re_program_obj_t, type);
    self->pattern = args[0];
    self->prog.code = m_new(uint32_t, len);
    for (size_t i = 0; i < len; i++) {
        // operands are 32-bit words: -1 stands for 0xffffffff (MAXREPEAT)
        mp_obj_t item = items[i];
        self->prog.code[i] = mp_obj_is_small_int(item) ? (uint32_t)MP_OBJ_SMALL_INT_VALUE(item)
            : (uint32_t)mp_obj_int_get_uint_checked(item);
    }
    self->prog.len = len;
    self->prog.nmarks = nmarks;
    self->prog.nregs = nregs;
    self->prog.utf8 = mp_obj_is_true(args[4]);
    self->prog.first = first;
    self->prog.anchored = mp_obj_is_true(args[6]);
    self->prog.min_width = min_width;
    const char *bad = re_prog_load(&self->prog);
    if (bad != NULL) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("bad program: %s"), bad);
    }
    return MP_OBJ_FROM_PTR(self);
}

// ---- subjects ------------------------------------------------------------------------------

// The subject's bytes; str for a str program, a bytes-like object for a bytes program.
static const uint8_t *subject_data(mp_obj_t string, bool utf8, size_t *len) {
    if (mp_obj_is_str(string)) {
        if (!utf8) {
            mp_raise_TypeError(MP_ERROR_TEXT("cannot use a bytes pattern on a string-like object"));
        }
        return (const uint8_t *)mp_obj_str_get_data(string, len);
    }
    mp_buffer_info_t buf;
    if (!mp_get_buffer(string, &buf, MP_BUFFER_READ)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expected string or bytes-like object, got '%s'"),
            mp_obj_get_type_str(string));
    }
    if (utf8) {
        mp_raise_TypeError(MP_ERROR_TEXT("cannot use a string pattern on a bytes-like object"));
    }
    *len = buf.len;
    return buf.buf;
}

// The part of the subject between two byte offsets (character boundaries), as str or bytes.
// A new str, without mp_obj_new_str's search for an interned copy: that search scans every
// interned string, and code that made many (chr() interns each character) made it slow.
static mp_obj_t slice(const uint8_t *s, bool utf8, int32_t from, int32_t to) {
    if (utf8) {
        return mp_obj_new_str_copy(&mp_type_str, s + from, to - from);
    }
    return mp_obj_new_bytes(s + from, to - from);
}

// Walks forward from byte b, character *c, to character index i (or the end of the text):
// returns the byte offset reached and leaves its character index in *c.
static size_t advance_chars(const uint8_t *s, size_t len, size_t b, mp_int_t *c, mp_int_t i) {
    mp_int_t n = *c;
    while (n < i && b < len) {
        b++;
        while (b < len && UTF8_IS_CONT(s[b])) {
            b++;
        }
        n++;
    }
    *c = n;
    return b;
}

static mp_int_t count_chars(const uint8_t *s, int32_t from, int32_t to) {
    mp_int_t n = 0;
    for (int32_t i = from; i < to; i++) {
        n += !UTF8_IS_CONT(s[i]);
    }
    return n;
}

// ---- scans ---------------------------------------------------------------------------------

// Where a sequence of searches over one subject is.
typedef struct {
    re_program_obj_t *program;
    mp_obj_t string;
    int32_t end;          // endpos, bytes
    int32_t at_byte;      // where the next search starts
    mp_int_t at_char;     // the same in characters (kept only when chars is set)
    mp_int_t pos;         // pos as given, clamped to the text: Match.pos
    mp_int_t endpos;      // endpos as given and clamped, or -1 for the text's length
    bool chars;           // keep character indexes (for Match objects)
    bool must_advance;    // the last match was empty
    bool done;
} re_scan_t;

static void scan_init(re_scan_t *scan, re_program_obj_t *program, mp_obj_t string, mp_obj_t pos_in, mp_obj_t endpos_in, bool chars) {
    size_t len;
    const uint8_t *s = subject_data(string, program->prog.utf8, &len);
    if (len > 0x7fffffff) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("string too long"));
    }
    mp_int_t pos = pos_in == MP_OBJ_NULL ? 0 : mp_obj_get_int(pos_in);
    bool has_end = endpos_in != MP_OBJ_NULL && endpos_in != mp_const_none;
    mp_int_t endpos = has_end ? mp_obj_get_int(endpos_in) : 0;
    pos = pos < 0 ? 0 : pos;
    endpos = endpos < 0 ? 0 : endpos;
    scan->program = program;
    scan->string = string;
    scan->chars = chars;
    scan->must_advance = false;
    if (program->prog.utf8) {
        mp_int_t at_char = 0;
        size_t at = pos == 0 ? 0 : advance_chars(s, len, 0, &at_char, pos);
        scan->at_byte = at;
        scan->at_char = scan->pos = at_char;
        mp_int_t end_char = at_char;
        scan->end = has_end ? (int32_t)advance_chars(s, len, at, &end_char, endpos) : (int32_t)len;
        scan->endpos = has_end ? end_char : -1;
    } else {
        scan->at_byte = scan->at_char = scan->pos = (size_t)pos < len ? (size_t)pos : len;
        scan->end = has_end && (size_t)endpos < len ? (size_t)endpos : len;
        scan->endpos = has_end ? scan->end : -1;
    }
    scan->done = has_end && endpos < pos;
}

static int compare_keys(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

// Fills chars[0..n) with the character indexes of the byte offsets marks[0..n) (-1 stays
// -1): one walk over the text they span, in the order of their offsets.
static void char_marks(const uint8_t *s, int32_t ref_byte, mp_int_t ref_char, const int32_t *marks, size_t n, int32_t *chars) {
    uint64_t local[16];
    uint64_t *keys = n <= 16 ? local : m_new(uint64_t, n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        chars[i] = -1;
        if (marks[i] >= 0) {
            keys[k++] = (uint64_t)(uint32_t)marks[i] << 32 | i;
        }
    }
    if (k <= 16) {
        // insertion sort: a few marks, sorted for every match (qsort's set-up costs more)
        for (size_t j = 1; j < k; j++) {
            uint64_t key = keys[j];
            size_t i = j;
            for (; i > 0 && keys[i - 1] > key; i--) {
                keys[i] = keys[i - 1];
            }
            keys[i] = key;
        }
    } else {
        qsort(keys, k, sizeof(uint64_t), compare_keys);
    }
    int32_t at_byte = ref_byte;
    mp_int_t at_char = ref_char;
    for (size_t j = 0; j < k; j++) {
        int32_t b = keys[j] >> 32;
        if (b >= at_byte) {
            at_char += count_chars(s, at_byte, b);
        } else {
            at_char -= count_chars(s, b, at_byte); // a lookbehind reached before the reference
        }
        at_byte = b;
        chars[(uint32_t)keys[j]] = at_char;
    }
}

// The next match of the scan (mode RE_MODE_*). On success, out[0..nmarks) are its marks as
// byte offsets (-1: unset), followed (when the scan keeps characters) by nmarks character
// indexes; *lastindex is the last group closed, or -1. out has room for 2 * nmarks + 2 * nregs.
static bool scan_next(re_scan_t *scan, int mode, int32_t *out, int32_t *lastindex) {
    if (scan->done) {
        return false;
    }
    const re_prog_t *prog = &scan->program->prog;
    size_t len;
    const uint8_t *s = subject_data(scan->string, prog->utf8, &len);
    // a bytearray may have shrunk since the last call
    int32_t end = (size_t)scan->end <= len ? scan->end : (int32_t)len;
    if (scan->at_byte > end) {
        scan->done = true;
        return false;
    }
    size_t nmarks = prog->nmarks;
    int32_t *marks = out, *regs = out + 2 * nmarks;
    for (size_t i = 0; i < nmarks; i++) {
        marks[i] = -1;
    }
    for (size_t i = 0; i < prog->nregs; i++) {
        regs[2 * i] = 0;
        regs[2 * i + 1] = -1;
    }
    int32_t local_stack[256];
    re_vm_t vm = {
        .prog = prog, .s = s, .end = end, .marks = marks, .regs = regs,
        .stack = local_stack, .top = 0, .cap = 256, .stack_on_heap = false,
    };
    if (!re_vm_exec(&vm, scan->at_byte, mode, scan->must_advance)) {
        scan->done = true;
        return false;
    }
    *lastindex = vm.lastindex;
    if (scan->chars) {
        if (prog->utf8) {
            char_marks(s, scan->at_byte, scan->at_char, marks, nmarks, marks + nmarks);
        } else {
            memcpy(marks + nmarks, marks, nmarks * sizeof(int32_t));
        }
        scan->at_char = marks[nmarks + 1];
    }
    scan->must_advance = marks[1] == marks[0];
    scan->at_byte = marks[1];
    if (mode != RE_MODE_SEARCH) {
        scan->done = true; // match and fullmatch are tried at one place only
    }
    return true;
}

// Room for a scan's results: a local buffer when small enough.
#define SCAN_LOCAL_WORDS (64)
static int32_t *scan_buffer(const re_prog_t *prog, int32_t *local) {
    size_t words = 2 * prog->nmarks + 2 * prog->nregs;
    return words <= SCAN_LOCAL_WORDS ? local : m_new(int32_t, words);
}

// ---- Match ---------------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    re_program_obj_t *program;
    mp_obj_t string;
    mp_int_t pos;
    mp_int_t endpos;      // -1: the string's length
    int32_t lastindex;    // -1: none
    int32_t marks[];      // nmarks byte offsets, then nmarks character indexes
} re_match_obj_t;

static mp_obj_t new_match(const re_scan_t *scan, const int32_t *marks, int32_t lastindex) {
    size_t nmarks = scan->program->prog.nmarks;
    re_match_obj_t *m = mp_obj_malloc_var(re_match_obj_t, marks, int32_t, 2 * nmarks, &re_match_type);
    m->program = scan->program;
    m->string = scan->string;
    m->pos = scan->pos;
    m->endpos = scan->endpos;
    m->lastindex = lastindex;
    memcpy(m->marks, marks, 2 * nmarks * sizeof(int32_t));
    return MP_OBJ_FROM_PTR(m);
}

static mp_obj_t pattern_attr(re_match_obj_t *m, qstr name) {
    return mp_load_attr(m->program->pattern, name);
}

// The group number that index (an int, or a group name) refers to.
static size_t match_index(re_match_obj_t *m, mp_obj_t index) {
    mp_int_t groups = m->program->prog.nmarks / 2 - 1;
    mp_int_t i;
    if (mp_obj_is_str(index) || mp_obj_is_type(index, &mp_type_bytes)) {
        mp_obj_t groupindex = pattern_attr(m, MP_QSTR__groupindex);
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(groupindex), index, MP_MAP_LOOKUP);
        if (elem != NULL) {
            return mp_obj_get_int(elem->value);
        }
    } else if (mp_obj_get_int_maybe(index, &i) && i >= 0 && i <= groups) {
        return i;
    }
    mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("no such group"));
}

static mp_obj_t match_group_value(re_match_obj_t *m, size_t g, mp_obj_t dflt) {
    int32_t from = m->marks[2 * g], to = m->marks[2 * g + 1];
    if (from < 0 || to < from) {
        return dflt;
    }
    const re_prog_t *prog = &m->program->prog;
    size_t len;
    const uint8_t *s = subject_data(m->string, prog->utf8, &len);
    if ((size_t)to > len) {
        to = from = len; // a bytearray shrank since the match
    }
    return slice(s, prog->utf8, from, to);
}

static mp_obj_t match_group(size_t n_args, const mp_obj_t *args) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(args[0]);
    if (n_args == 1) {
        return match_group_value(m, 0, mp_const_none);
    }
    if (n_args == 2) {
        return match_group_value(m, match_index(m, args[1]), mp_const_none);
    }
    mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(mp_obj_new_tuple(n_args - 1, NULL));
    for (size_t i = 1; i < n_args; i++) {
        tuple->items[i - 1] = match_group_value(m, match_index(m, args[i]), mp_const_none);
    }
    return MP_OBJ_FROM_PTR(tuple);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR(match_group_obj, 1, match_group);

static mp_obj_t match_groups(size_t n_args, const mp_obj_t *args) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t dflt = n_args > 1 ? args[1] : mp_const_none;
    size_t groups = m->program->prog.nmarks / 2 - 1;
    mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(mp_obj_new_tuple(groups, NULL));
    for (size_t g = 1; g <= groups; g++) {
        tuple->items[g - 1] = match_group_value(m, g, dflt);
    }
    return MP_OBJ_FROM_PTR(tuple);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_groups_obj, 1, 2, match_groups);

static mp_obj_t match_groupdict(size_t n_args, const mp_obj_t *args) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t dflt = n_args > 1 ? args[1] : mp_const_none;
    size_t len;
    mp_obj_t *names;
    mp_obj_get_array(pattern_attr(m, MP_QSTR__names), &len, &names);
    mp_obj_t dict = mp_obj_new_dict(0);
    for (size_t g = 0; g < len && g < m->program->prog.nmarks / 2; g++) {
        if (names[g] != mp_const_none) {
            mp_obj_dict_store(dict, names[g], match_group_value(m, g, dflt));
        }
    }
    return dict;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_groupdict_obj, 1, 2, match_groupdict);

// A group's start (0) or end (1) as a character index, -1 if it did not take part.
static mp_obj_t match_position(size_t n_args, const mp_obj_t *args, int which) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(args[0]);
    size_t g = n_args > 1 ? match_index(m, args[1]) : 0;
    return MP_OBJ_NEW_SMALL_INT(m->marks[m->program->prog.nmarks + 2 * g + which]);
}

static mp_obj_t match_start(size_t n_args, const mp_obj_t *args) {
    return match_position(n_args, args, 0);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_start_obj, 1, 2, match_start);

static mp_obj_t match_end(size_t n_args, const mp_obj_t *args) {
    return match_position(n_args, args, 1);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_end_obj, 1, 2, match_end);

static mp_obj_t span_of(re_match_obj_t *m, size_t g) {
    const int32_t *chars = m->marks + m->program->prog.nmarks;
    mp_obj_t items[2] = { MP_OBJ_NEW_SMALL_INT(chars[2 * g]), MP_OBJ_NEW_SMALL_INT(chars[2 * g + 1]) };
    return mp_obj_new_tuple(2, items);
}

static mp_obj_t match_span(size_t n_args, const mp_obj_t *args) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(args[0]);
    return span_of(m, n_args > 1 ? match_index(m, args[1]) : 0);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_span_obj, 1, 2, match_span);

// expand(template): re.Pattern._expand(match, template) does the work, in Python.
static mp_obj_t match_expand(mp_obj_t self_in, mp_obj_t template) {
    re_match_obj_t *m = MP_OBJ_TO_PTR(self_in);
    mp_obj_t dest[4];
    mp_load_method(m->program->pattern, MP_QSTR__expand, dest);
    dest[2] = self_in;
    dest[3] = template;
    return mp_call_method_n_kw(2, 0, dest);
}
static MP_DEFINE_CONST_FUN_OBJ_2(match_expand_obj, match_expand);

static mp_obj_t match_copy(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return args[0]; // atomic, as in CPython
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(match_copy_obj, 1, 2, match_copy);

static mp_obj_t match_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL; // no assignment or deletion
    }
    re_match_obj_t *m = MP_OBJ_TO_PTR(self_in);
    return match_group_value(m, match_index(m, index), mp_const_none);
}

static void match_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // read-only
    }
    re_match_obj_t *m = MP_OBJ_TO_PTR(self_in);
    switch (attr) {
        case MP_QSTR_re:
            dest[0] = m->program->pattern;
            break;
        case MP_QSTR_string:
            dest[0] = m->string;
            break;
        case MP_QSTR_pos:
            dest[0] = MP_OBJ_NEW_SMALL_INT(m->pos);
            break;
        case MP_QSTR_endpos:
            dest[0] = m->endpos >= 0 ? MP_OBJ_NEW_SMALL_INT(m->endpos) : mp_obj_len(m->string);
            break;
        case MP_QSTR_lastindex:
            dest[0] = m->lastindex > 0 ? MP_OBJ_NEW_SMALL_INT(m->lastindex) : mp_const_none;
            break;
        case MP_QSTR_lastgroup:
            dest[0] = m->lastindex > 0
                ? mp_obj_subscr(pattern_attr(m, MP_QSTR__names), MP_OBJ_NEW_SMALL_INT(m->lastindex), MP_OBJ_SENTINEL)
                : mp_const_none;
            break;
        case MP_QSTR_regs: {
            size_t n = m->program->prog.nmarks / 2;
            mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(mp_obj_new_tuple(n, NULL));
            for (size_t g = 0; g < n; g++) {
                tuple->items[g] = span_of(m, g);
            }
            dest[0] = MP_OBJ_FROM_PTR(tuple);
            break;
        }
        default:
            dest[1] = MP_OBJ_SENTINEL; // go on to the methods
            break;
    }
}

static void match_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    re_match_obj_t *m = MP_OBJ_TO_PTR(self_in);
    const int32_t *chars = m->marks + m->program->prog.nmarks;
    mp_printf(print, "<re.Match object; span=(%d, %d), match=", (int)chars[0], (int)chars[1]);
    mp_obj_print_helper(print, match_group_value(m, 0, mp_const_none), PRINT_REPR);
    mp_print_str(print, ">");
}

static const mp_rom_map_elem_t match_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_group), MP_ROM_PTR(&match_group_obj) },
    { MP_ROM_QSTR(MP_QSTR_groups), MP_ROM_PTR(&match_groups_obj) },
    { MP_ROM_QSTR(MP_QSTR_groupdict), MP_ROM_PTR(&match_groupdict_obj) },
    { MP_ROM_QSTR(MP_QSTR_start), MP_ROM_PTR(&match_start_obj) },
    { MP_ROM_QSTR(MP_QSTR_end), MP_ROM_PTR(&match_end_obj) },
    { MP_ROM_QSTR(MP_QSTR_span), MP_ROM_PTR(&match_span_obj) },
    { MP_ROM_QSTR(MP_QSTR_expand), MP_ROM_PTR(&match_expand_obj) },
    { MP_ROM_QSTR(MP_QSTR___copy__), MP_ROM_PTR(&match_copy_obj) },
    { MP_ROM_QSTR(MP_QSTR___deepcopy__), MP_ROM_PTR(&match_copy_obj) },
};
static MP_DEFINE_CONST_DICT(match_locals, match_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    re_match_type,
    MP_QSTR_Match,
    MP_TYPE_FLAG_NONE,
    print, match_print,
    attr, match_attr,
    subscr, match_subscr,
    locals_dict, &match_locals
    );

// ---- Program methods -----------------------------------------------------------------------

// (string, pos=0, endpos=None), as Pattern.search and friends take them: args[0] is self.
static const mp_arg_t scan_arg_spec[] = {
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_pos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_endpos, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
};

static void scan_args(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args, mp_obj_t out[3]) {
    if (kw_args == NULL || kw_args->used == 0) {
        if (n_args < 2 || n_args > 4) {
            mp_raise_TypeError(MP_ERROR_TEXT("expected string, pos=0, endpos=None"));
        }
        out[0] = args[1];
        out[1] = n_args > 2 ? args[2] : MP_OBJ_NULL;
        out[2] = n_args > 3 ? args[3] : MP_OBJ_NULL;
        return;
    }
    mp_arg_val_t vals[3];
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, 3, scan_arg_spec, vals);
    for (int i = 0; i < 3; i++) {
        out[i] = vals[i].u_obj;
    }
}

// One Match (RE_MODE_MATCH, SEARCH, FULLMATCH) or None.
static mp_obj_t program_exec(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args, int mode) {
    re_program_obj_t *program = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t a[3];
    scan_args(n_args, args, kw_args, a);
    re_scan_t scan;
    scan_init(&scan, program, a[0], a[1], a[2], true);
    int32_t local[SCAN_LOCAL_WORDS];
    int32_t *marks = scan_buffer(&program->prog, local);
    int32_t lastindex;
    if (!scan_next(&scan, mode, marks, &lastindex)) {
        return mp_const_none;
    }
    return new_match(&scan, marks, lastindex);
}

static mp_obj_t program_match(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return program_exec(n_args, args, kw_args, RE_MODE_MATCH);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(program_match_obj, 1, program_match);

static mp_obj_t program_search(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return program_exec(n_args, args, kw_args, RE_MODE_SEARCH);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(program_search_obj, 1, program_search);

static mp_obj_t program_fullmatch(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    return program_exec(n_args, args, kw_args, RE_MODE_FULLMATCH);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(program_fullmatch_obj, 1, program_fullmatch);

// prog.findall(string, pos, endpos): the text of each match, or of its group, or a tuple of
// its groups (empty for a group that did not take part), as re.findall.
static mp_obj_t program_findall(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    re_program_obj_t *program = MP_OBJ_TO_PTR(args[0]);
    const re_prog_t *prog = &program->prog;
    mp_obj_t a[3];
    scan_args(n_args, args, kw_args, a);
    re_scan_t scan;
    scan_init(&scan, program, a[0], a[1], a[2], false);
    int32_t local[SCAN_LOCAL_WORDS];
    int32_t *marks = scan_buffer(prog, local);
    size_t groups = prog->nmarks / 2 - 1;
    mp_obj_t empty = prog->utf8 ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_const_empty_bytes;
    mp_obj_t list = mp_obj_new_list(0, NULL);
    int32_t lastindex;
    while (scan_next(&scan, RE_MODE_SEARCH, marks, &lastindex)) {
        size_t len;
        const uint8_t *s = subject_data(scan.string, prog->utf8, &len);
        mp_obj_t item;
        if (groups <= 1) {
            size_t g = groups;
            item = marks[2 * g] < 0 ? empty : slice(s, prog->utf8, marks[2 * g], marks[2 * g + 1]);
        } else {
            mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(mp_obj_new_tuple(groups, NULL));
            for (size_t g = 1; g <= groups; g++) {
                tuple->items[g - 1] = marks[2 * g] < 0 ? empty : slice(s, prog->utf8, marks[2 * g], marks[2 * g + 1]);
            }
            item = MP_OBJ_FROM_PTR(tuple);
        }
        mp_obj_list_append(list, item);
    }
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(program_findall_obj, 1, program_findall);

// prog.split(string, maxsplit=0): as re.split.
static const mp_arg_t split_arg_spec[] = {
    { MP_QSTR_string, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
    { MP_QSTR_maxsplit, MP_ARG_INT, {.u_int = 0} },
};

static mp_obj_t program_split(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    re_program_obj_t *program = MP_OBJ_TO_PTR(args[0]);
    const re_prog_t *prog = &program->prog;
    mp_arg_val_t vals[2];
    mp_arg_parse_all(n_args - 1, args + 1, kw_args, 2, split_arg_spec, vals);
    mp_obj_t string = vals[0].u_obj;
    mp_int_t maxsplit = vals[1].u_int;
    re_scan_t scan;
    scan_init(&scan, program, string, MP_OBJ_NULL, MP_OBJ_NULL, false);
    int32_t local[SCAN_LOCAL_WORDS];
    int32_t *marks = scan_buffer(prog, local);
    size_t groups = prog->nmarks / 2 - 1;
    mp_obj_t list = mp_obj_new_list(0, NULL);
    int32_t last = 0, lastindex;
    size_t len;
    for (mp_int_t n = 0; (maxsplit == 0 || n < maxsplit) && scan_next(&scan, RE_MODE_SEARCH, marks, &lastindex); n++) {
        const uint8_t *s = subject_data(string, prog->utf8, &len);
        mp_obj_list_append(list, slice(s, prog->utf8, last, marks[0]));
        for (size_t g = 1; g <= groups; g++) {
            mp_obj_list_append(list, marks[2 * g] < 0 ? mp_const_none : slice(s, prog->utf8, marks[2 * g], marks[2 * g + 1]));
        }
        last = marks[1];
    }
    const uint8_t *s = subject_data(string, prog->utf8, &len);
    mp_obj_list_append(list, slice(s, prog->utf8, (size_t)last < len ? last : (int32_t)len, len));
    return list;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(program_split_obj, 1, program_split);

// Appends s[from:to] to the result being built.
static void add_bytes(vstr_t *out, const uint8_t *s, int32_t from, int32_t to) {
    if (to > from) {
        vstr_add_strn(out, (const char *)s + from, to - from);
    }
}

// Appends a replacement (str for a str pattern, bytes-like for a bytes one) to the result;
// index counts the pieces so far, as CPython's join of them reports it.
static void add_replacement(vstr_t *out, mp_obj_t item, bool utf8, size_t index) {
    if (utf8 != mp_obj_is_str(item)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("sequence item %d: expected %s, %s found"),
            (int)index, utf8 ? "str instance" : "a bytes-like object", mp_obj_get_type_str(item));
    }
    size_t len;
    const uint8_t *data = subject_data(item, utf8, &len);
    vstr_add_strn(out, (const char *)data, len);
}

// prog.sub(repl, string, count): (result, number of replacements), as re.subn. repl is a
// callable given each Match, or a template: a list of literals and group numbers.
static mp_obj_t program_sub(size_t n_args, const mp_obj_t *args) {
    re_program_obj_t *program = MP_OBJ_TO_PTR(args[0]);
    const re_prog_t *prog = &program->prog;
    mp_obj_t repl = args[1], string = args[2];
    mp_int_t count = mp_obj_get_int(args[3]);
    bool call = mp_obj_is_callable(repl);
    size_t nparts = 0;
    mp_obj_t *parts = NULL;
    if (!call) {
        mp_obj_get_array(repl, &nparts, &parts);
    }
    re_scan_t scan;
    scan_init(&scan, program, string, MP_OBJ_NULL, MP_OBJ_NULL, call);
    int32_t local[SCAN_LOCAL_WORDS];
    int32_t *marks = scan_buffer(prog, local);
    vstr_t out;
    vstr_init(&out, 16);
    int32_t last = 0, lastindex;
    size_t len;
    mp_int_t n = 0;
    size_t pieces = 0; // what CPython's list of pieces would hold
    for (; (count == 0 || n < count) && scan_next(&scan, RE_MODE_SEARCH, marks, &lastindex); n++) {
        const uint8_t *s = subject_data(string, prog->utf8, &len);
        pieces += marks[0] > last;
        add_bytes(&out, s, last, marks[0]);
        if (call) {
            mp_obj_t item = mp_call_function_1(repl, new_match(&scan, marks, lastindex));
            if (item != mp_const_none) {
                add_replacement(&out, item, prog->utf8, pieces++);
            }
            s = subject_data(string, prog->utf8, &len); // the function may have changed a bytearray
        } else {
            for (size_t i = 0; i < nparts; i++) {
                if (mp_obj_is_small_int(parts[i])) {
                    mp_int_t g = MP_OBJ_SMALL_INT_VALUE(parts[i]);
                    if (g >= 0 && (size_t)g < prog->nmarks / 2 && marks[2 * g] >= 0) {
                        add_bytes(&out, s, marks[2 * g], marks[2 * g + 1]);
                    }
                } else {
                    add_replacement(&out, parts[i], prog->utf8, pieces);
                }
            }
            pieces++;
        }
        last = (size_t)marks[1] <= len ? marks[1] : (int32_t)len;
    }
    const uint8_t *s = subject_data(string, prog->utf8, &len);
    add_bytes(&out, s, last, len);
    mp_obj_t items[2] = {
        prog->utf8 ? mp_obj_new_str_from_vstr(&out) : mp_obj_new_bytes_from_vstr(&out),
        MP_OBJ_NEW_SMALL_INT(n),
    };
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(program_sub_obj, 4, 4, program_sub);

// ---- Scanner -------------------------------------------------------------------------------

typedef struct {
    mp_obj_base_t base;
    re_scan_t scan;
} re_scanner_obj_t;

static mp_obj_t program_scanner(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t a[3];
    scan_args(n_args, args, kw_args, a);
    re_scanner_obj_t *self = mp_obj_malloc(re_scanner_obj_t, &re_scanner_type);
    scan_init(&self->scan, MP_OBJ_TO_PTR(args[0]), a[0], a[1], a[2], true);
    return MP_OBJ_FROM_PTR(self);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(program_scanner_obj, 1, program_scanner);

static mp_obj_t scanner_next(mp_obj_t self_in, int mode) {
    re_scanner_obj_t *self = MP_OBJ_TO_PTR(self_in);
    int32_t local[SCAN_LOCAL_WORDS];
    int32_t *marks = scan_buffer(&self->scan.program->prog, local);
    int32_t lastindex;
    if (!scan_next(&self->scan, mode, marks, &lastindex)) {
        return mp_const_none;
    }
    if (mode == RE_MODE_MATCH) {
        self->scan.done = false; // the next match starts where this one ended
    }
    return new_match(&self->scan, marks, lastindex);
}

static mp_obj_t scanner_search(mp_obj_t self_in) {
    return scanner_next(self_in, RE_MODE_SEARCH);
}
static MP_DEFINE_CONST_FUN_OBJ_1(scanner_search_obj, scanner_search);

static mp_obj_t scanner_match(mp_obj_t self_in) {
    return scanner_next(self_in, RE_MODE_MATCH);
}
static MP_DEFINE_CONST_FUN_OBJ_1(scanner_match_obj, scanner_match);

static const mp_rom_map_elem_t scanner_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&scanner_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&scanner_match_obj) },
};
static MP_DEFINE_CONST_DICT(scanner_locals, scanner_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    re_scanner_type,
    MP_QSTR_Scanner,
    MP_TYPE_FLAG_NONE,
    locals_dict, &scanner_locals
    );

static const mp_rom_map_elem_t program_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_match), MP_ROM_PTR(&program_match_obj) },
    { MP_ROM_QSTR(MP_QSTR_search), MP_ROM_PTR(&program_search_obj) },
    { MP_ROM_QSTR(MP_QSTR_fullmatch), MP_ROM_PTR(&program_fullmatch_obj) },
    { MP_ROM_QSTR(MP_QSTR_scanner), MP_ROM_PTR(&program_scanner_obj) },
    { MP_ROM_QSTR(MP_QSTR_findall), MP_ROM_PTR(&program_findall_obj) },
    { MP_ROM_QSTR(MP_QSTR_split), MP_ROM_PTR(&program_split_obj) },
    { MP_ROM_QSTR(MP_QSTR_sub), MP_ROM_PTR(&program_sub_obj) },
};
static MP_DEFINE_CONST_DICT(program_locals, program_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    re_program_type,
    MP_QSTR_Program,
    MP_TYPE_FLAG_NONE,
    make_new, program_make_new,
    locals_dict, &program_locals
    );

// ---- functions -----------------------------------------------------------------------------

// chartype(c): bit 0 word (\w), bit 1 decimal digit (\d), bit 2 space (\s), Unicode meaning.
static mp_obj_t re_chartype(mp_obj_t c_in) {
    mp_uint_t c = mp_obj_get_int(c_in);
    return MP_OBJ_NEW_SMALL_INT(re_uni_is_word(c) | re_uni_is_digit(c) << 1 | re_uni_is_space(c) << 2);
}
static MP_DEFINE_CONST_FUN_OBJ_1(re_chartype_obj, re_chartype);

static const mp_rom_map_elem_t re_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__re) },
    { MP_ROM_QSTR(MP_QSTR_VERSION), MP_ROM_INT(RE_ENGINE_VERSION) },
    { MP_ROM_QSTR(MP_QSTR_Program), MP_ROM_PTR(&re_program_type) },
    { MP_ROM_QSTR(MP_QSTR_Match), MP_ROM_PTR(&re_match_type) },
    { MP_ROM_QSTR(MP_QSTR_chartype), MP_ROM_PTR(&re_chartype_obj) },
};
static MP_DEFINE_CONST_DICT(re_module_globals, re_module_globals_table);

const mp_obj_module_t mp_module__re = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&re_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR__re, mp_module__re);
