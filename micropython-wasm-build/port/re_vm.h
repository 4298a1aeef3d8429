// micropython4j: the matcher behind the `re` module (modules/lib/re.py compiles patterns to
// this instruction set; port/re_vm.c runs them; port/modre_engine.c is the Python binding).
//
// A program is an array of 32-bit words: an opcode followed by its operands; jump targets
// are word indexes. The matcher is a backtracking machine with an explicit stack (no C
// recursion: the guest's shadow stack is small), and every change to a capture mark or a
// repeat counter is logged on that stack, so backtracking restores them exactly. Each wasm
// loop takes fuel (tools/meter.py), so a catastrophic pattern runs out of fuel; the loops
// also honour a pending VM abort, so the host can stop one.
//
// RE_ENGINE_VERSION changes whenever the instruction set does: re.py checks it.
#ifndef MICROPY_INCLUDED_RE_VM_H
#define MICROPY_INCLUDED_RE_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RE_ENGINE_VERSION (2)

// Opcodes. Operands in brackets; "item" instructions match one character.
enum {
    RE_OP_MATCH = 0,      // []                   the whole pattern matched
    RE_OP_CHAR,           // [c]                  item: the character c
    RE_OP_NOT_CHAR,       // [c]                  item: any character but c
    RE_OP_CHAR_I,         // [c, mode, x, y, z]   item: c ignoring case (mode RE_CASE_*); the
                          //                      loader fills x, y, z with c's case class
    RE_OP_NOT_CHAR_I,     // [c, mode, x, y, z]   item: none of those
    RE_OP_ANY,            // []                   item: any character but "\n"
    RE_OP_ANY_ALL,        // []                   item: any character
    RE_OP_CLASS,          // [size, flags, bitmap[8], nranges, (lo, hi)..., ncats, cat...]
                          //                      item: a character set; size counts every word
                          //                      of the instruction; the loader fills the bitmap
                          //                      (characters 0-255); flags RE_CLASS_*
    RE_OP_AT,             // [kind]               an anchor, RE_AT_*
    RE_OP_MARK,           // [i]                  capture mark i := here (2g: group g starts)
    RE_OP_SPLIT,          // [alt]                go on; on failure, resume at alt
    RE_OP_JUMP,           // [target]
    RE_OP_REP1,           // [min, max, kind, next, follow] then an item: the item min..max
                          //                      times; the loader fills follow (a literal that
                          //                      must come next, or RE_NO_FOLLOW)
    RE_OP_REPEAT_INIT,    // [r]                  counter r := 0 iterations
    RE_OP_REPEAT_HEAD,    // [r, min, max, kind, exit] then the body, ending in REPEAT_TAIL
    RE_OP_REPEAT_TAIL,    // [r, head]            one more iteration of counter r
    RE_OP_GROUPREF,       // [g, mode]            the text group g matched, RE_CASE_* mode
    RE_OP_GROUP_EXISTS,   // [g, no]              go on if group g matched, else go to no
    RE_OP_LOOK,           // [flags, width, next] a lookaround (RE_LOOK_*) whose body follows,
                          //                      ending in LOOK_END; lookbehind: width chars
    RE_OP_LOOK_END,       // []
    RE_OP_ATOMIC,         // []                   an atomic group whose body follows ...
    RE_OP_ATOMIC_END,     // []                   ... and ends here
    RE_OP_FAIL,           // []
    RE_OP_COUNT
};

// RE_OP_REP1 and RE_OP_REPEAT_HEAD kinds.
enum { RE_GREEDY = 0, RE_LAZY = 1, RE_POSSESSIVE = 2 };

// Ignore-case modes (RE_OP_CHAR_I, RE_OP_GROUPREF, RE_CLASS_*).
enum { RE_CASE_EXACT = 0, RE_CASE_ASCII = 1, RE_CASE_UNICODE = 2 };

// RE_OP_CLASS flags: bit 0 negates; bits 1-2 are the ignore-case mode.
#define RE_CLASS_NEGATE (1)
#define RE_CLASS_CASE_SHIFT (1)

// Class categories (\d \D \s \S \w \W); RE_CAT_UNICODE added for the Unicode meaning.
enum { RE_CAT_DIGIT = 0, RE_CAT_NOT_DIGIT, RE_CAT_SPACE, RE_CAT_NOT_SPACE, RE_CAT_WORD, RE_CAT_NOT_WORD };
#define RE_CAT_UNICODE (8)

// Anchors.
enum {
    RE_AT_BEGINNING = 0,      // ^ (string start)
    RE_AT_BEGINNING_LINE,     // ^ under MULTILINE
    RE_AT_BEGINNING_STRING,   // \A
    RE_AT_END,                // $: the end, or before a final "\n"
    RE_AT_END_LINE,           // $ under MULTILINE
    RE_AT_END_STRING,         // \Z
    RE_AT_BOUNDARY,           // \b, ASCII words
    RE_AT_NON_BOUNDARY,       // \B, ASCII words
    RE_AT_UNI_BOUNDARY,       // \b, Unicode words
    RE_AT_UNI_NON_BOUNDARY,   // \B, Unicode words
};

// RE_OP_LOOK flags.
#define RE_LOOK_NEGATIVE (1)
#define RE_LOOK_BEHIND (2)

#define RE_MAXREPEAT (0xffffffffu)
#define RE_NO_FOLLOW (0xffffffffu)

// A loaded program and what the search loop may assume about its matches.
typedef struct {
    uint32_t *code;
    size_t len;          // words
    size_t nmarks;       // 2 * (capturing groups + 1)
    size_t nregs;        // repeat counters
    bool utf8;           // str pattern: the subject is UTF-8 text; else bytes
    int32_t first;       // word index of an item every match starts with, or -1
    bool anchored;       // every match starts at the string's start (\A, ^)
    uint32_t min_width;  // every match is at least this many characters long
} re_prog_t;

// Checks a program's structure (every jump inside it, every operand in range) and fills in
// what the loader computes: case classes and class bitmaps. Returns NULL or what is wrong.
const char *re_prog_load(re_prog_t *prog);

// One match attempt over s[0:end] (bytes), starting the search at byte start.
typedef struct {
    const re_prog_t *prog;
    const uint8_t *s;
    int32_t end;          // endpos, in bytes
    int32_t *marks;       // nmarks byte offsets, -1 when unset (the result)
    int32_t lastindex;    // the last group closed, or -1 (the result)
    int32_t *regs;        // 2 per counter: iterations, where the last optional one started
    int32_t *stack;       // the backtracking stack, 4 words per entry
    size_t top, cap;      // words used and allocated
    bool stack_on_heap;
    uint32_t pc;          // where the out-of-line steps of the machine say to go on
    int32_t p;
} re_vm_t;

enum { RE_MODE_MATCH = 0, RE_MODE_SEARCH, RE_MODE_FULLMATCH };

// Finds a match starting at byte start (RE_MODE_MATCH, RE_MODE_FULLMATCH) or at or after it
// (RE_MODE_SEARCH). must_advance: a match may not be empty at start (the iteration rule
// after an empty match). On success marks[0], marks[1] are the match. vm->marks and vm->regs
// must be set up (all -1 and 0) by the caller; vm->stack may be a caller's buffer of cap
// words (grown on the GC heap when it fills up).
bool re_vm_exec(re_vm_t *vm, int32_t start, int mode, bool must_advance);

// Unicode classification used by the matcher (and, through _re, by re.py).
bool re_uni_is_word(uint32_t c);
bool re_uni_is_digit(uint32_t c);
bool re_uni_is_space(uint32_t c);
uint32_t re_uni_lower(uint32_t c);
// The next member of c's ignore-case class (c itself if it has none); walking from any member
// visits the whole class.
uint32_t re_uni_fold_next(uint32_t c);

#endif // MICROPY_INCLUDED_RE_VM_H
