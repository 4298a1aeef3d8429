// micropython4j: minimal <setjmp.h> for clang's wasm exception-based setjmp/longjmp.
// Debian's wasi-libc (2022) ships neither this header nor libsetjmp; sjlj.c provides the runtime.
#ifndef MP4J_SETJMP_H
#define MP4J_SETJMP_H

// Large enough for struct jmp_buf_impl in sjlj.c; clang lowers calls to setjmp itself.
typedef unsigned long jmp_buf[8];

int setjmp(jmp_buf env) __attribute__((returns_twice));
_Noreturn void longjmp(jmp_buf env, int val);

#endif
