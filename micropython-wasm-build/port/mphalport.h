// micropython4j: hardware abstraction for the wasm32-wasi sandbox (see mphalport.c).
#include <stdint.h>

#define mp_hal_stdio_poll(poll_flags) (0)
static inline void mp_hal_set_interrupt_char(char c) {
    (void)c;
}
uint64_t mp_hal_time_ns(void);
void mp_hal_delay_ms(mp_uint_t ms);
void mp_hal_delay_us(mp_uint_t us);
mp_uint_t mp_hal_ticks_ms(void);
mp_uint_t mp_hal_ticks_us(void);
mp_uint_t mp_hal_ticks_cpu(void);

// Used by the POSIX VFS: run a file-system call, raising on failure (no EINTR under WASI).
// A path outside every directory the host mounted fails with ENOTCAPABLE in wasi-libc; to
// Python it simply does not exist (FileNotFoundError).
// MP_HAL_PATH_ERRNO is that mapping, also used by the VFS's other path calls (patches/0052).
#include <errno.h>
#define MP_HAL_PATH_ERRNO(err) ((err) == ENOTCAPABLE ? ENOENT : (err))
#define MP_HAL_RETRY_SYSCALL(ret, syscall, raise) { \
        ret = syscall; \
        if (ret == -1) { \
            int err = MP_HAL_PATH_ERRNO(errno); \
            raise; \
        } \
}
