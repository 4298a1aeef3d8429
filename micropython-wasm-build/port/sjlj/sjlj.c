// micropython4j: runtime for clang's wasm setjmp/longjmp lowering
// (-mllvm -wasm-enable-sjlj with the exception-handling proposal).
//
// clang rewrites every setjmp call into __wasm_setjmp, which records in the jmp_buf which
// function invocation owns it and a label to resume at. longjmp becomes __wasm_longjmp, which
// throws the wasm exception tag __c_longjmp (defined in tag.S) carrying a pointer to the
// jmp_buf and the value. Every function that called setjmp catches that tag and asks
// __wasm_setjmp_test whether the jmp_buf belongs to its own invocation; if not it rethrows.
// This mirrors wasi-libc's libsetjmp (rt.c), which Debian's wasi-libc lacks.
#include <stddef.h>
#include <stdint.h>
#include "setjmp.h"

struct jmp_buf_impl {
    void *func_invocation_id; // which invocation of the setjmp-calling function owns this buffer
    uint32_t label;           // where in that function to resume (never 0)
    struct arg {              // the payload of the thrown __c_longjmp exception
        void *env;
        int val;
    } arg;
};

_Static_assert(sizeof(struct jmp_buf_impl) <= sizeof(jmp_buf), "jmp_buf too small");

void __wasm_setjmp(void *env, uint32_t label, void *func_invocation_id) {
    struct jmp_buf_impl *jb = env;
    if (label == 0 || func_invocation_id == NULL) {
        __builtin_trap();
    }
    jb->func_invocation_id = func_invocation_id;
    jb->label = label;
}

uint32_t __wasm_setjmp_test(void *env, void *func_invocation_id) {
    struct jmp_buf_impl *jb = env;
    if (jb->label == 0 || func_invocation_id == NULL) {
        __builtin_trap();
    }
    return jb->func_invocation_id == func_invocation_id ? jb->label : 0;
}

void __wasm_longjmp(void *env, int val) {
    struct jmp_buf_impl *jb = env;
    jb->arg.env = env;
    jb->arg.val = val == 0 ? 1 : val;
    __builtin_wasm_throw(1, &jb->arg); // tag 1 is C_LONGJMP: __c_longjmp
}
