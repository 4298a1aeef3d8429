// micropython4j: port half of the os module (included by extmod/modos.c).
#include <errno.h>
#include <unistd.h>
#include "py/runtime.h"

// os.urandom(n): bytes from WASI random_get.
static mp_obj_t mp_os_urandom(mp_obj_t num) {
    mp_int_t n = mp_obj_get_int(num);
    if (n < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("negative count"));
    }
    vstr_t vstr;
    vstr_init_len(&vstr, n);
    // getentropy() takes at most 256 bytes at a time.
    for (mp_int_t done = 0; done < n; done += 256) {
        size_t chunk = (size_t)MIN(256, n - done);
        if (getentropy(vstr.buf + done, chunk) != 0) {
            mp_raise_OSError(errno);
        }
    }
    return mp_obj_new_bytes_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(mp_os_urandom_obj, mp_os_urandom);
