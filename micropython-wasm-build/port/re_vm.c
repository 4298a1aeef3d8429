// micropython4j: the backtracking matcher of the `re` module; see re_vm.h for the
// instruction set and modules/lib/re.py for the compiler that produces it.
//
// Positions are byte offsets into the subject; for str subjects (UTF-8) a character is
// decoded where it is needed. The backtracking stack holds 4-word entries: choice points
// (where to resume), and undo records for every capture mark and repeat counter changed, so
// that backtracking past a change restores the old value. Lookarounds and atomic groups
// push a barrier; when their body succeeds, the choice points above the barrier are dropped
// (their undo records stay).
#include <string.h>

#include "py/runtime.h"
#include "re_vm.h"

#define RE_NOINLINE __attribute__((noinline))

typedef struct __attribute__((packed)) {
    uint32_t first;
    uint16_t extra; // the range is first .. first + extra
} re_range_t;

typedef struct {
    uint32_t packed; // first code point (bits 0-20), count - 1 (bits 21-30), step - 1 (bit 31)
    int32_t delta;   // image - code point, for every member of the run
} re_run_t;

#include "re_unicode_tables.h"

// Stop at once when the host asked the VM to abort (fuel or time ran out): the matcher can
// loop for a long time without returning to bytecode.
static inline void re_abort_check(void) {
    #if MICROPY_ENABLE_VM_ABORT
    if (MP_STATE_VM(vm_abort)) {
        mp_handle_pending(true);
    }
    #endif
}

// ---- Unicode ----------------------------------------------------------------------------

static bool in_ranges(const re_range_t *r, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid].first) {
            hi = mid;
        } else if (c > r[mid].first + r[mid].extra) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

static int32_t run_delta(const re_run_t *runs, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((runs[mid].packed & 0x1fffff) <= c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return 0;
    }
    const re_run_t *run = &runs[lo - 1];
    uint32_t offset = c - (run->packed & 0x1fffff);
    uint32_t count = ((run->packed >> 21) & 0x3ff) + 1;
    uint32_t step = (run->packed >> 31) + 1;
    return offset % step == 0 && offset / step < count ? run->delta : 0;
}

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static inline bool ascii_word(uint32_t c) {
    return (c | 0x20) - 'a' < 26 || c - '0' < 10 || c == '_';
}

static inline bool ascii_space(uint32_t c) {
    return c == ' ' || c - '\t' < 5; // \t \n \v \f \r
}

bool re_uni_is_word(uint32_t c) {
    return c < 128 ? ascii_word(c) : in_ranges(re_word_ranges, COUNT_OF(re_word_ranges), c);
}

bool re_uni_is_digit(uint32_t c) {
    return c < 128 ? c - '0' < 10 : in_ranges(re_digit_ranges, COUNT_OF(re_digit_ranges), c);
}

bool re_uni_is_space(uint32_t c) {
    // str.isspace() also counts the ASCII separators \x1c-\x1f
    return c < 128 ? ascii_space(c) || c - 0x1c < 4 : in_ranges(re_space_ranges, COUNT_OF(re_space_ranges), c);
}

uint32_t re_uni_lower(uint32_t c) {
    if (c < 128) {
        return c - 'A' < 26 ? c + 32 : c;
    }
    return c + run_delta(re_lower_runs, COUNT_OF(re_lower_runs), c);
}

uint32_t re_uni_fold_next(uint32_t c) {
    int32_t delta = run_delta(re_fold_up_runs, COUNT_OF(re_fold_up_runs), c);
    if (delta == 0) {
        delta = run_delta(re_fold_down_runs, COUNT_OF(re_fold_down_runs), c);
    }
    return c + delta;
}

// ---- characters ---------------------------------------------------------------------------

// Decodes the UTF-8 character at s[p] (s[p] >= 0x80), never reading at or past end.
static RE_NOINLINE uint32_t decode_multi(const uint8_t *s, int32_t p, int32_t end, int32_t *len) {
    uint32_t c = s[p];
    int32_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    c &= 0x7f >> n;
    int32_t i = 1;
    for (; i < n && p + i < end && (s[p + i] & 0xc0) == 0x80; i++) {
        c = c << 6 | (s[p + i] & 0x3f);
    }
    *len = i;
    return c;
}

// The character at p < end and its length in bytes.
static inline uint32_t char_at(const re_vm_t *vm, int32_t p, int32_t *len) {
    uint32_t c = vm->s[p];
    *len = 1;
    if (c >= 0x80 && vm->prog->utf8) {
        c = decode_multi(vm->s, p, vm->end, len);
    }
    return c;
}

// Where the character before p > 0 starts.
static inline int32_t prev_char(const re_vm_t *vm, int32_t p) {
    p--;
    if (vm->prog->utf8) {
        while (p > 0 && (vm->s[p] & 0xc0) == 0x80) {
            p--;
        }
    }
    return p;
}

static RE_NOINLINE uint32_t char_before(const re_vm_t *vm, int32_t p) {
    int32_t q = prev_char(vm, p), len;
    uint32_t c = vm->s[q];
    if (c >= 0x80 && vm->prog->utf8) {
        c = decode_multi(vm->s, q, p, &len);
    }
    return c;
}

static bool is_word(uint32_t c, bool unicode) {
    return unicode ? re_uni_is_word(c) : c < 128 && ascii_word(c);
}

static bool category(uint32_t cat, uint32_t c) {
    bool unicode = (cat & RE_CAT_UNICODE) != 0, in;
    switch (cat & 6) {
        case RE_CAT_DIGIT:
            in = unicode ? re_uni_is_digit(c) : c - '0' < 10;
            break;
        case RE_CAT_SPACE:
            in = unicode ? re_uni_is_space(c) : ascii_space(c);
            break;
        default:
            in = is_word(c, unicode);
            break;
    }
    return in != (cat & 1);
}

// Whether the ranges of a class instruction (set: from nranges on) hold c.
static bool ranges_hold(const uint32_t *set, uint32_t c) {
    uint32_t nranges = set[0];
    const uint32_t *r = set + 1;
    for (uint32_t i = 0; i < nranges; i++, r += 2) {
        if (r[0] <= c && c <= r[1]) {
            return true;
        }
    }
    return false;
}

// Whether one of the categories of a class instruction (\d \w ...) holds c.
static bool categories_hold(const uint32_t *set, uint32_t c) {
    const uint32_t *cats = set + 1 + 2 * set[0];
    for (uint32_t i = 1; i <= cats[0]; i++) {
        if (category(cats[i], c)) {
            return true;
        }
    }
    return false;
}

// A class instruction's verdict on c, without its bitmap. Ignoring case, as CPython: the
// ranges hold c if they hold any character of its case class, the categories test c's
// lowercase form.
static RE_NOINLINE bool class_test(const uint32_t *insn, uint32_t c) {
    uint32_t flags = insn[2];
    uint32_t mode = (flags >> RE_CLASS_CASE_SHIFT) & 3;
    const uint32_t *set = insn + 11;
    bool in = ranges_hold(set, c);
    if (mode == RE_CASE_UNICODE) {
        // classes have at most 4 members
        uint32_t other = re_uni_fold_next(c);
        for (int i = 0; i < 4 && other != c && !in; i++, other = re_uni_fold_next(other)) {
            in = ranges_hold(set, other);
        }
        in = in || categories_hold(set, re_uni_lower(c));
    } else if (mode == RE_CASE_ASCII && (c | 0x20) - 'a' < 26) {
        in = in || ranges_hold(set, c ^ 0x20) || categories_hold(set, c | 0x20);
    } else {
        in = in || categories_hold(set, c);
    }
    return in != (flags & RE_CLASS_NEGATE);
}

// ---- items --------------------------------------------------------------------------------

static inline uint32_t item_size(const uint32_t *insn) {
    switch (insn[0]) {
        case RE_OP_CHAR:
        case RE_OP_NOT_CHAR:
            return 2;
        case RE_OP_CHAR_I:
        case RE_OP_NOT_CHAR_I:
            return 6;
        case RE_OP_CLASS:
            return insn[1];
        default:
            return 1;
    }
}

// The length in bytes of the character at p if the item insn matches it, else 0.
static inline int32_t match_item(const re_vm_t *vm, const uint32_t *insn, int32_t p) {
    if (p >= vm->end) {
        return 0;
    }
    int32_t len;
    uint32_t c = char_at(vm, p, &len);
    bool ok;
    switch (insn[0]) {
        case RE_OP_CHAR:
            ok = c == insn[1];
            break;
        case RE_OP_NOT_CHAR:
            ok = c != insn[1];
            break;
        case RE_OP_CHAR_I:
            ok = c == insn[1] || c == insn[3] || c == insn[4] || c == insn[5];
            break;
        case RE_OP_NOT_CHAR_I:
            ok = !(c == insn[1] || c == insn[3] || c == insn[4] || c == insn[5]);
            break;
        case RE_OP_ANY:
            ok = c != '\n';
            break;
        case RE_OP_ANY_ALL:
            ok = true;
            break;
        default: // RE_OP_CLASS
            ok = c < 256 ? (insn[3 + (c >> 5)] >> (c & 31)) & 1 : class_test(insn, c);
            break;
    }
    return ok ? len : 0;
}

// Matches the item greedily from *p, at most max times; returns how often it matched.
static RE_NOINLINE uint32_t scan_item(const re_vm_t *vm, const uint32_t *item, int32_t *p, uint32_t max) {
    int32_t q = *p;
    uint32_t count = 0;
    if (!vm->prog->utf8 || item[0] == RE_OP_CHAR || item[0] == RE_OP_CLASS) {
        // One byte at a time while the bytes are single characters: classes test a bitmap.
        const uint8_t *s = vm->s;
        int32_t end = vm->end;
        if (item[0] == RE_OP_CLASS) {
            bool utf8 = vm->prog->utf8;
            while (count < max && q < end && (s[q] < 0x80 || !utf8)) {
                uint32_t c = s[q];
                if (!((item[3 + (c >> 5)] >> (c & 31)) & 1)) {
                    *p = q;
                    return count;
                }
                q++;
                count++;
            }
        } else if (item[0] == RE_OP_CHAR && (item[1] < 0x80 || !vm->prog->utf8)) {
            while (count < max && q < end && s[q] == item[1]) {
                q++;
                count++;
            }
            *p = q;
            return count;
        } else if (item[0] == RE_OP_ANY_ALL) {
            uint32_t n = (uint32_t)(end - q) < max ? (uint32_t)(end - q) : max;
            *p = q + n;
            return n;
        }
    }
    int32_t n;
    while (count < max && (n = match_item(vm, item, q)) != 0) {
        re_abort_check();
        q += n;
        count++;
    }
    *p = q;
    return count;
}

// ---- anchors and group references ---------------------------------------------------------

static RE_NOINLINE bool at(const re_vm_t *vm, uint32_t kind, int32_t p) {
    const uint8_t *s = vm->s;
    int32_t end = vm->end;
    switch (kind) {
        case RE_AT_BEGINNING:
        case RE_AT_BEGINNING_STRING:
            return p == 0;
        case RE_AT_BEGINNING_LINE:
            return p == 0 || s[p - 1] == '\n';
        case RE_AT_END:
            return p == end || (p + 1 == end && s[p] == '\n');
        case RE_AT_END_LINE:
            return p == end || s[p] == '\n';
        case RE_AT_END_STRING:
            return p == end;
        default: {
            // as CPython, no boundary at all in an empty string
            if (end == 0) {
                return false;
            }
            bool unicode = kind >= RE_AT_UNI_BOUNDARY;
            int32_t len;
            bool before = p > 0 && is_word(char_before(vm, p), unicode);
            bool here = p < end && is_word(char_at(vm, p, &len), unicode);
            bool boundary = (kind == RE_AT_BOUNDARY || kind == RE_AT_UNI_BOUNDARY);
            return (before != here) == boundary;
        }
    }
}

// Matches the text group g matched again at p; returns the bytes consumed or -1.
static RE_NOINLINE int32_t group_again(const re_vm_t *vm, uint32_t g, int32_t p, uint32_t mode) {
    const uint8_t *s = vm->s;
    int32_t from = vm->marks[2 * g], to = vm->marks[2 * g + 1];
    if (from < 0 || to < from) {
        return -1;
    }
    if (mode == RE_CASE_EXACT) {
        if (vm->end - p < to - from || memcmp(s + from, s + p, to - from) != 0) {
            return -1;
        }
        return to - from;
    }
    int32_t q = p;
    while (from < to) {
        if (q >= vm->end) {
            return -1;
        }
        int32_t na, nb;
        uint32_t a = char_at(vm, from, &na), b = char_at(vm, q, &nb);
        if (a != b) {
            if (mode == RE_CASE_ASCII) {
                if ((a | 0x20) != (b | 0x20) || (a | 0x20) - 'a' >= 26) {
                    return -1;
                }
            } else if (re_uni_lower(a) != re_uni_lower(b)) {
                return -1;
            }
        }
        from += na;
        q += nb;
    }
    return q - p;
}

// ---- the backtracking stack ---------------------------------------------------------------

enum {
    BT_CHOICE,      // resume at a with position b
    BT_MARK,        // mark a was b, lastindex was c
    BT_REG,         // counter a was (b iterations, c where the last optional one started)
    BT_REP1,        // a greedy REP1 at a matched c items up to b: give one back
    BT_REP1_LAZY,   // a lazy REP1 at a matched c items up to b: take one more
    BT_LAZY_ITER,   // the lazy REPEAT_HEAD at a may run its body once more at b
    BT_BARRIER,     // a lookaround or atomic group: kind a, then resume at b with position c
};

enum { BAR_POSITIVE, BAR_NEGATIVE, BAR_ATOMIC };

static RE_NOINLINE void grow(re_vm_t *vm) {
    size_t cap = vm->cap * 2;
    if (vm->stack_on_heap) {
        vm->stack = m_renew(int32_t, vm->stack, vm->cap, cap);
    } else {
        int32_t *stack = m_new(int32_t, cap);
        memcpy(stack, vm->stack, vm->top * sizeof(int32_t));
        vm->stack = stack;
        vm->stack_on_heap = true;
    }
    vm->cap = cap;
}

static inline void push(re_vm_t *vm, int32_t type, int32_t a, int32_t b, int32_t c) {
    if (vm->top + 4 > vm->cap) {
        grow(vm);
    }
    int32_t *e = vm->stack + vm->top;
    e[0] = type;
    e[1] = a;
    e[2] = b;
    e[3] = c;
    vm->top += 4;
}

// The topmost barrier at or above base, or -1.
static RE_NOINLINE ptrdiff_t find_barrier(const re_vm_t *vm, size_t base) {
    for (size_t i = vm->top; i > base;) {
        i -= 4;
        if (vm->stack[i] == BT_BARRIER) {
            return i;
        }
    }
    return -1;
}

// Drops the barrier at i and every choice point above it, keeping the undo records.
static RE_NOINLINE void cut(re_vm_t *vm, size_t i) {
    int32_t *stack = vm->stack;
    size_t w = i;
    for (size_t r = i + 4; r < vm->top; r += 4) {
        if (stack[r] == BT_MARK || stack[r] == BT_REG) {
            memmove(stack + w, stack + r, 4 * sizeof(int32_t));
            w += 4;
        }
    }
    vm->top = w;
}

static inline void undo(re_vm_t *vm, const int32_t *e) {
    if (e[0] == BT_MARK) {
        vm->marks[e[1]] = e[2];
        vm->lastindex = e[3];
    } else if (e[0] == BT_REG) {
        vm->regs[2 * e[1]] = e[2];
        vm->regs[2 * e[1] + 1] = e[3];
    }
}

// Pops everything down to and including the barrier at i, undoing what it records.
static RE_NOINLINE void unwind(re_vm_t *vm, size_t i) {
    while (vm->top > i) {
        vm->top -= 4;
        undo(vm, vm->stack + vm->top);
    }
}

// ---- the machine --------------------------------------------------------------------------
// run() is the hot loop: it stays small (the JVM compiles the wasm function to one method,
// and HotSpot does not compile methods over 8000 bytes), so everything rarer is out of line.

static RE_NOINLINE int32_t match_item_call(const re_vm_t *vm, const uint32_t *insn, int32_t p) {
    return match_item(vm, insn, p);
}

// Pops the stack down to the next place to resume from, undoing what it records: returns
// false when nothing is left (at base), else true with vm->pc and vm->p set.
static RE_NOINLINE bool backtrack(re_vm_t *vm, size_t base) {
    const uint32_t *code = vm->prog->code;
    int32_t *regs = vm->regs;
    for (;;) {
        re_abort_check();
        if (vm->top <= base) {
            return false;
        }
        vm->top -= 4;
        int32_t *e = vm->stack + vm->top;
        switch (e[0]) {
            case BT_CHOICE:
                vm->pc = e[1];
                vm->p = e[2];
                return true;
            case BT_REP1: {
                const uint32_t *rep = code + e[1];
                int32_t q = prev_char(vm, e[2]);
                uint32_t count = e[3] - 1, min = rep[1], follow = rep[5];
                if (follow != RE_NO_FOLLOW) {
                    // a literal must follow: skip the positions where it is not
                    while (count > min && vm->s[q] != follow) {
                        q = prev_char(vm, q);
                        count--;
                    }
                }
                if (count > min) {
                    e[2] = q;
                    e[3] = count;
                    vm->top += 4;
                }
                vm->pc = rep[4];
                vm->p = q;
                return true;
            }
            case BT_REP1_LAZY: {
                const uint32_t *rep = code + e[1];
                int32_t n = match_item(vm, rep + 6, e[2]);
                if (n == 0) {
                    continue;
                }
                vm->p = e[2] + n;
                if ((uint32_t)e[3] + 1 < rep[2]) {
                    e[2] = vm->p;
                    e[3]++;
                    vm->top += 4;
                }
                vm->pc = rep[4];
                return true;
            }
            case BT_LAZY_ITER: {
                const uint32_t *head = code + e[1];
                uint32_t r = head[1];
                int32_t p = e[2];
                if ((head[3] != RE_MAXREPEAT && (uint32_t)regs[2 * r] >= head[3]) || p == regs[2 * r + 1]) {
                    continue;
                }
                vm->pc = e[1] + 6;
                vm->p = p;
                push(vm, BT_REG, r, regs[2 * r], regs[2 * r + 1]);
                regs[2 * r + 1] = p;
                return true;
            }
            case BT_BARRIER:
                if (e[1] == BAR_NEGATIVE) {
                    // the body of a negative lookaround failed: the lookaround holds
                    vm->pc = e[2];
                    vm->p = e[3];
                    return true;
                }
                continue;
            default:
                undo(vm, e);
                continue;
        }
    }
}

// RE_OP_LOOK at p: false if it fails at once, else true with vm->pc and vm->p set.
static RE_NOINLINE bool look_enter(re_vm_t *vm, uint32_t pc, int32_t p) {
    const uint32_t *insn = vm->prog->code + pc;
    int32_t q = p;
    if (insn[1] & RE_LOOK_BEHIND) {
        for (uint32_t i = 0; i < insn[2] && q >= 0; i++) {
            q = q > 0 ? prev_char(vm, q) : -1;
        }
        if (q < 0) {
            // not enough text behind: a negative lookbehind holds, a positive one fails
            vm->pc = insn[3];
            vm->p = p;
            return (insn[1] & RE_LOOK_NEGATIVE) != 0;
        }
    }
    push(vm, BT_BARRIER, insn[1] & RE_LOOK_NEGATIVE ? BAR_NEGATIVE : BAR_POSITIVE, insn[3], p);
    vm->pc = pc + 4;
    vm->p = q;
    return true;
}

// RE_OP_LOOK_END, RE_OP_ATOMIC_END: the body of the innermost lookaround or atomic group
// matched. false: fail (a negative lookaround, or no barrier); else vm->pc, vm->p are set.
static RE_NOINLINE bool barrier_exit(re_vm_t *vm, size_t base, uint32_t pc, int32_t p) {
    ptrdiff_t i = find_barrier(vm, base);
    bool atomic = vm->prog->code[pc] == RE_OP_ATOMIC_END;
    if (i < 0 || (vm->stack[i + 1] == BAR_ATOMIC) != atomic) {
        return false; // not inside one: the loader's checks cannot see that
    }
    if (vm->stack[i + 1] == BAR_NEGATIVE) {
        unwind(vm, i);
        return false;
    }
    vm->pc = atomic ? pc + 1 : (uint32_t)vm->stack[i + 2];
    vm->p = atomic ? p : vm->stack[i + 3];
    cut(vm, i);
    return true;
}

// Runs the program from its start at p.
static bool run(re_vm_t *vm, int32_t p, int mode, bool must_advance) {
    const uint32_t *code = vm->prog->code;
    const uint8_t *s = vm->s;
    const int32_t end = vm->end;
    const bool utf8 = vm->prog->utf8;
    const int32_t start = p;
    const size_t base = vm->top;
    int32_t *marks = vm->marks;
    int32_t *regs = vm->regs;
    uint32_t pc = 0;
    for (;;) {
        re_abort_check();
        const uint32_t *insn = code + pc;
        switch (insn[0]) {
            case RE_OP_MATCH:
                if ((mode == RE_MODE_FULLMATCH && p != end) || (must_advance && p == start)) {
                    goto fail;
                }
                marks[0] = start;
                marks[1] = p;
                return true;
            case RE_OP_CHAR:
                if (insn[1] < 0x80 || !utf8) {
                    if (p < end && s[p] == insn[1]) {
                        p++;
                        pc += 2;
                        continue;
                    }
                    goto fail;
                }
                MP_FALLTHROUGH
            case RE_OP_NOT_CHAR:
            case RE_OP_CHAR_I:
            case RE_OP_NOT_CHAR_I:
            case RE_OP_ANY:
            case RE_OP_ANY_ALL:
            case RE_OP_CLASS: {
                int32_t n = match_item_call(vm, insn, p);
                if (n == 0) {
                    goto fail;
                }
                p += n;
                pc += item_size(insn);
                continue;
            }
            case RE_OP_AT:
                if (!at(vm, insn[1], p)) {
                    goto fail;
                }
                pc += 2;
                continue;
            case RE_OP_MARK: {
                uint32_t i = insn[1];
                push(vm, BT_MARK, i, marks[i], vm->lastindex);
                marks[i] = p;
                if (i & 1) {
                    vm->lastindex = i / 2;
                }
                pc += 2;
                continue;
            }
            case RE_OP_SPLIT:
                push(vm, BT_CHOICE, insn[1], p, 0);
                pc += 2;
                continue;
            case RE_OP_JUMP:
                pc = insn[1];
                continue;
            case RE_OP_REP1: {
                uint32_t min = insn[1], kind = insn[3];
                int32_t q = p;
                uint32_t count = scan_item(vm, insn + 6, &q, kind == RE_LAZY ? min : insn[2]);
                if (count < min) {
                    goto fail;
                }
                // (greedy and followed by a literal the item cannot match: giving back
                // characters cannot help, the loader made the loop possessive)
                if (kind == RE_LAZY ? count < insn[2] : kind == RE_GREEDY && count > min) {
                    push(vm, kind == RE_LAZY ? BT_REP1_LAZY : BT_REP1, pc, q, count);
                }
                p = q;
                pc = insn[4];
                continue;
            }
            case RE_OP_REPEAT_INIT: {
                uint32_t r = insn[1];
                push(vm, BT_REG, r, regs[2 * r], regs[2 * r + 1]);
                regs[2 * r] = 0;
                regs[2 * r + 1] = -1;
                pc += 2;
                continue;
            }
            case RE_OP_REPEAT_HEAD: {
                uint32_t r = insn[1], count = regs[2 * r];
                if (count < insn[2]) {
                    pc += 6; // not enough iterations yet
                    continue;
                }
                if ((insn[3] != RE_MAXREPEAT && count >= insn[3]) || p == regs[2 * r + 1]) {
                    pc = insn[5]; // enough, or the last iteration matched the empty string
                    continue;
                }
                if (insn[4] == RE_LAZY) {
                    push(vm, BT_LAZY_ITER, pc, p, 0);
                    pc = insn[5];
                    continue;
                }
                push(vm, BT_CHOICE, insn[5], p, 0);
                push(vm, BT_REG, r, count, regs[2 * r + 1]);
                regs[2 * r + 1] = p;
                pc += 6;
                continue;
            }
            case RE_OP_REPEAT_TAIL: {
                uint32_t r = insn[1];
                push(vm, BT_REG, r, regs[2 * r], regs[2 * r + 1]);
                regs[2 * r]++;
                pc = insn[2];
                continue;
            }
            case RE_OP_GROUPREF: {
                int32_t n = group_again(vm, insn[1], p, insn[2]);
                if (n < 0) {
                    goto fail;
                }
                p += n;
                pc += 3;
                continue;
            }
            case RE_OP_GROUP_EXISTS: {
                uint32_t g = insn[1];
                pc = marks[2 * g] >= 0 && marks[2 * g + 1] >= marks[2 * g] ? pc + 3 : insn[2];
                continue;
            }
            case RE_OP_LOOK:
                if (!look_enter(vm, pc, p)) {
                    goto fail;
                }
                break;
            case RE_OP_LOOK_END:
            case RE_OP_ATOMIC_END:
                if (!barrier_exit(vm, base, pc, p)) {
                    goto fail;
                }
                break;
            case RE_OP_ATOMIC:
                push(vm, BT_BARRIER, BAR_ATOMIC, 0, 0);
                pc += 1;
                continue;
            default: // RE_OP_FAIL
                goto fail;
        }
        // an out-of-line step set where to go on
        pc = vm->pc;
        p = vm->p;
        continue;
    fail:
        if (!backtrack(vm, base)) {
            return false;
        }
        pc = vm->pc;
        p = vm->p;
    }
}

bool re_vm_exec(re_vm_t *vm, int32_t start, int mode, bool must_advance) {
    const re_prog_t *prog = vm->prog;
    const int32_t end = vm->end;
    vm->lastindex = -1;
    if (start > end) {
        return false;
    }
    if (mode != RE_MODE_SEARCH) {
        return (uint32_t)(end - start) >= prog->min_width && run(vm, start, mode, must_advance);
    }
    const uint32_t *first = prog->first >= 0 ? prog->code + prog->first : NULL;
    bool memchr_first = first != NULL && first[0] == RE_OP_CHAR && (first[1] < 0x80 || !prog->utf8);
    for (int32_t p = start;;) {
        re_abort_check();
        if ((uint32_t)(end - p) < prog->min_width) {
            return false;
        }
        if (memchr_first) {
            const uint8_t *hit = memchr(vm->s + p, (int)first[1], end - p);
            if (hit == NULL) {
                return false;
            }
            p = hit - vm->s;
        } else if (first != NULL) {
            int32_t len;
            while (p < end && match_item(vm, first, p) == 0) {
                re_abort_check();
                char_at(vm, p, &len);
                p += len;
            }
            if (p >= end) {
                return false;
            }
        }
        if ((uint32_t)(end - p) < prog->min_width) {
            return false;
        }
        if (run(vm, p, RE_MODE_SEARCH, must_advance && p == start)) {
            return true;
        }
        if (prog->anchored || p >= end) {
            return false;
        }
        int32_t len;
        char_at(vm, p, &len);
        p += len;
    }
}

// ---- loading ------------------------------------------------------------------------------

// Words per instruction (CLASS: its own size word); 0 for an unknown opcode.
static const uint8_t insn_words[RE_OP_COUNT] = {
    [RE_OP_MATCH] = 1, [RE_OP_CHAR] = 2, [RE_OP_NOT_CHAR] = 2, [RE_OP_CHAR_I] = 6,
    [RE_OP_NOT_CHAR_I] = 6, [RE_OP_ANY] = 1, [RE_OP_ANY_ALL] = 1, [RE_OP_CLASS] = 13,
    [RE_OP_AT] = 2, [RE_OP_MARK] = 2, [RE_OP_SPLIT] = 2, [RE_OP_JUMP] = 2, [RE_OP_REP1] = 6,
    [RE_OP_REPEAT_INIT] = 2, [RE_OP_REPEAT_HEAD] = 6, [RE_OP_REPEAT_TAIL] = 3,
    [RE_OP_GROUPREF] = 3, [RE_OP_GROUP_EXISTS] = 3, [RE_OP_LOOK] = 4, [RE_OP_LOOK_END] = 1,
    [RE_OP_ATOMIC] = 1, [RE_OP_ATOMIC_END] = 1, [RE_OP_FAIL] = 1,
};

static bool is_item(uint32_t op) {
    return op == RE_OP_CHAR || op == RE_OP_NOT_CHAR || op == RE_OP_CHAR_I || op == RE_OP_NOT_CHAR_I
           || op == RE_OP_ANY || op == RE_OP_ANY_ALL || op == RE_OP_CLASS;
}

// The other members of c's case class into insn[3..5] (c itself where there are fewer).
static void fill_case_class(uint32_t *insn) {
    uint32_t c = insn[1];
    insn[3] = insn[4] = insn[5] = c;
    if (insn[2] == RE_CASE_ASCII) {
        if ((c | 0x20) - 'a' < 26) {
            insn[3] = c ^ 0x20;
        }
    } else if (insn[2] == RE_CASE_UNICODE) {
        uint32_t other = re_uni_fold_next(c);
        for (int i = 3; i <= 5 && other != c; i++, other = re_uni_fold_next(other)) {
            insn[i] = other;
        }
    }
}

static const char *check_class(uint32_t *insn, size_t room) {
    uint32_t size = insn[1];
    if (size < 13 || size > room) {
        return "bad class size";
    }
    uint32_t nranges = insn[11];
    if (nranges > (size - 13) / 2) {
        return "bad class ranges";
    }
    uint32_t ncats = insn[12 + 2 * nranges];
    if (13 + 2 * nranges + ncats != size) {
        return "bad class size";
    }
    for (uint32_t i = 0; i < ncats; i++) {
        uint32_t cat = insn[13 + 2 * nranges + i];
        if ((cat & ~(uint32_t)RE_CAT_UNICODE) > RE_CAT_NOT_WORD) {
            return "bad class category";
        }
    }
    if (insn[2] > (RE_CASE_UNICODE << RE_CLASS_CASE_SHIFT | RE_CLASS_NEGATE)) {
        return "bad class flags";
    }
    for (uint32_t w = 0; w < 8; w++) {
        insn[3 + w] = 0;
    }
    for (uint32_t c = 0; c < 256; c++) {
        if (class_test(insn, c)) {
            insn[3 + (c >> 5)] |= 1u << (c & 31);
        }
    }
    return NULL;
}

// A REP1's follow word: the literal that must come right after the repetition (zero-width
// marks skipped), which backtracking can look for, or RE_NO_FOLLOW. A greedy repetition
// whose item cannot match that literal gains nothing from giving characters back (each
// position it could stop at holds a character the item matched, not the literal): it
// becomes possessive. Jumps out of the program are checked in the same pass, so the walk
// over marks stops at the program's end.
static void find_follow(const re_prog_t *prog, uint32_t *insn) {
    insn[5] = RE_NO_FOLLOW;
    size_t pc = insn[4];
    while (pc + 1 < prog->len && prog->code[pc] == RE_OP_MARK) {
        pc += 2;
    }
    if (pc + 1 >= prog->len || prog->code[pc] != RE_OP_CHAR || (prog->code[pc + 1] >= 0x80 && prog->utf8)) {
        return;
    }
    uint32_t c = prog->code[pc + 1];
    insn[5] = c;
    const uint32_t *item = insn + 6;
    bool item_matches_c;
    switch (item[0]) {
        case RE_OP_CHAR:
            item_matches_c = item[1] == c;
            break;
        case RE_OP_NOT_CHAR:
            item_matches_c = item[1] != c;
            break;
        case RE_OP_CLASS:
            item_matches_c = (item[3 + (c >> 5)] >> (c & 31)) & 1; // (the bitmap is filled: pass 1)
            break;
        default: // ANY, ANY_ALL, and the case-insensitive items
            item_matches_c = true;
            break;
    }
    if (!item_matches_c && insn[3] == RE_GREEDY) {
        insn[3] = RE_POSSESSIVE;
    }
}

const char *re_prog_load(re_prog_t *prog) {
    uint32_t *code = prog->code;
    size_t len = prog->len;
    if (len == 0 || prog->nmarks < 2 || prog->nmarks % 2 != 0) {
        return "empty program";
    }
    // 1: instruction boundaries; every instruction's operands within the program
    uint8_t *starts = m_new0(uint8_t, len + 1);
    for (size_t pc = 0; pc < len;) {
        uint32_t op = code[pc];
        if (op >= RE_OP_COUNT) {
            return "bad opcode";
        }
        size_t size = insn_words[op];
        if (size > len - pc) {
            return "truncated instruction";
        }
        if (op == RE_OP_CLASS) {
            const char *bad = check_class(code + pc, len - pc);
            if (bad != NULL) {
                return bad;
            }
            size = code[pc + 1];
        }
        starts[pc] = 1;
        pc += size;
        // control may not run off the end
        if (pc == len && op != RE_OP_MATCH && op != RE_OP_FAIL && op != RE_OP_JUMP) {
            return "program does not end";
        }
    }
    // 2: operands
    #define TARGET(t) ((t) < len && starts[(t)])
    for (size_t pc = 0; pc < len; pc += code[pc] == RE_OP_CLASS ? code[pc + 1] : insn_words[code[pc]]) {
        uint32_t *insn = code + pc;
        bool ok = true;
        switch (insn[0]) {
            case RE_OP_CHAR_I:
            case RE_OP_NOT_CHAR_I:
                ok = insn[2] <= RE_CASE_UNICODE;
                if (ok) {
                    fill_case_class(insn);
                }
                break;
            case RE_OP_AT:
                ok = insn[1] <= RE_AT_UNI_NON_BOUNDARY;
                break;
            case RE_OP_MARK:
                ok = insn[1] >= 2 && insn[1] < prog->nmarks;
                break;
            case RE_OP_SPLIT:
            case RE_OP_JUMP:
                ok = TARGET(insn[1]);
                break;
            case RE_OP_REP1:
                ok = insn[1] <= insn[2] && insn[3] <= RE_POSSESSIVE && pc + 6 < len && is_item(insn[6])
                     && insn[4] == pc + 6 + (insn[6] == RE_OP_CLASS ? insn[7] : insn_words[insn[6]])
                     && TARGET(insn[4]);
                if (ok) {
                    find_follow(prog, insn);
                }
                break;
            case RE_OP_REPEAT_INIT:
                ok = insn[1] < prog->nregs;
                break;
            case RE_OP_REPEAT_HEAD:
                ok = insn[1] < prog->nregs && insn[2] <= insn[3] && insn[4] <= RE_LAZY && TARGET(insn[5]);
                break;
            case RE_OP_REPEAT_TAIL:
                ok = insn[1] < prog->nregs && TARGET(insn[2]) && code[insn[2]] == RE_OP_REPEAT_HEAD
                     && code[insn[2] + 1] == insn[1];
                break;
            case RE_OP_GROUPREF:
                ok = insn[1] >= 1 && insn[1] < prog->nmarks / 2 && insn[2] <= RE_CASE_UNICODE;
                break;
            case RE_OP_GROUP_EXISTS:
                ok = insn[1] >= 1 && insn[1] < prog->nmarks / 2 && TARGET(insn[2]);
                break;
            case RE_OP_LOOK:
                ok = insn[1] <= (RE_LOOK_NEGATIVE | RE_LOOK_BEHIND) && TARGET(insn[3]);
                break;
            default:
                break;
        }
        if (!ok) {
            return "bad operand";
        }
    }
    if (prog->first >= 0 && !((size_t)prog->first < len && starts[prog->first] && is_item(code[prog->first]))) {
        return "bad first item";
    }
    #undef TARGET
    return NULL;
}
