// micropython4j: the os module of the sandbox (instead of extmod/modos.c, MICROPY_PY_OS=0).
//
// Files go through MicroPython's VFS layer to the POSIX VFS mounted at / (main.c), which reaches
// the host's file layer through WASI: the host decides what exists. Unlike extmod/modos.c this
// module has no mount, umount or VfsPosix (the guest cannot change what it sees) and no statvfs
// (the host has no figures to give). It adds what CPython code expects: getenv and environ (the
// variables the host set, nothing else) and utime.
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wasi/libc-environ.h>

#include "py/runtime.h"
#include "extmod/vfs.h"

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

MP_REGISTER_ROOT_POINTER(mp_obj_t mp4j_os_environ);

// os.environ: a dict of the host's variables (WASI environ_get), made on first use and then
// kept, so that changes the code makes stick as they do in CPython (they reach nothing else).
static mp_obj_t os_environ(void) {
    if (MP_STATE_PORT(mp4j_os_environ) == MP_OBJ_NULL) {
        mp_obj_t environ = mp_obj_new_dict(0);
        for (char **variable = __wasilibc_get_environ(); variable != NULL && *variable != NULL; variable++) {
            const char *equals = strchr(*variable, '=');
            if (equals != NULL) {
                mp_obj_dict_store(environ, mp_obj_new_str(*variable, equals - *variable),
                    mp_obj_new_str(equals + 1, strlen(equals + 1)));
            }
        }
        MP_STATE_PORT(mp4j_os_environ) = environ;
    }
    return MP_STATE_PORT(mp4j_os_environ);
}

// os.getenv(key, default=None): os.environ.get(key, default), as CPython's.
static mp_obj_t mp_os_getenv(size_t n_args, const mp_obj_t *args) {
    mp_obj_t key = args[0];
    if (!mp_obj_is_str(key)) {
        mp_raise_TypeError(MP_ERROR_TEXT("str expected"));
    }
    mp_map_elem_t *found = mp_map_lookup(mp_obj_dict_get_map(os_environ()), key, MP_MAP_LOOKUP);
    if (found != NULL) {
        return found->value;
    }
    return n_args > 1 ? args[1] : mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_os_getenv_obj, 1, 2, mp_os_getenv);

// A whole number of seconds as time_t (through a double: exact far beyond any file time).
static time_t utime_seconds(mp_obj_t seconds) {
    mp_float_t value = mp_obj_get_float(seconds);
    if (!(MICROPY_FLOAT_C_FUN(fabs)(value) < (mp_float_t)1e15)) {
        mp_raise_msg(&mp_type_OverflowError, MP_ERROR_TEXT("timestamp out of range"));
    }
    return (time_t)value;
}

// One timestamp of os.utime: seconds as an int or float (times=), or an int of nanoseconds (ns=).
static struct timespec utime_timespec(mp_obj_t value, bool nanoseconds) {
    struct timespec ts;
    if (nanoseconds || mp_obj_is_int(value)) {
        if (!mp_obj_is_int(value)) {
            mp_raise_TypeError(MP_ERROR_TEXT("utime: 'ns' must be a tuple of two ints"));
        }
        mp_obj_t unit = MP_OBJ_NEW_SMALL_INT(nanoseconds ? 1000000000 : 1);
        ts.tv_sec = utime_seconds(mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, value, unit));
        ts.tv_nsec = mp_obj_get_int(mp_binary_op(MP_BINARY_OP_MODULO, value, unit)); // 0 <= ns < 10**9
    } else {
        mp_float_t seconds = mp_obj_get_float(value);
        mp_float_t whole = MICROPY_FLOAT_C_FUN(floor)(seconds);
        ts.tv_sec = utime_seconds(mp_obj_new_float(whole));
        ts.tv_nsec = (long)((seconds - whole) * (mp_float_t)1e9);
    }
    return ts;
}

// os.utime(path, times=None, *, ns=None): set a file's access and modification times, to now
// when neither times nor ns is given.
static mp_obj_t mp_os_utime(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_path, ARG_times, ARG_ns };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_path, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_times, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
        { MP_QSTR_ns, MP_ARG_KW_ONLY | MP_ARG_OBJ, {.u_rom_obj = MP_ROM_NONE} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    const char *path = mp_obj_str_get_str(args[ARG_path].u_obj);
    mp_obj_t times = args[ARG_times].u_obj;
    mp_obj_t ns = args[ARG_ns].u_obj;
    if (times != mp_const_none && ns != mp_const_none) {
        mp_raise_ValueError(MP_ERROR_TEXT("utime: you may specify either 'times' or 'ns' but not both"));
    }
    struct timespec ts[2];
    mp_obj_t given = times != mp_const_none ? times : ns;
    if (given == mp_const_none) {
        // Now, read here: this wasi-libc's utimensat mishandles UTIME_NOW and a NULL times.
        clock_gettime(CLOCK_REALTIME, &ts[0]);
        ts[1] = ts[0];
    } else {
        size_t len;
        mp_obj_t *items;
        if (!mp_obj_is_type(given, &mp_type_tuple)) {
            mp_raise_TypeError(MP_ERROR_TEXT("utime: 'times' and 'ns' must be a tuple of two numbers"));
        }
        mp_obj_tuple_get(given, &len, &items);
        if (len != 2) {
            mp_raise_TypeError(MP_ERROR_TEXT("utime: 'times' and 'ns' must be a tuple of two numbers"));
        }
        ts[0] = utime_timespec(items[0], ns != mp_const_none);
        ts[1] = utime_timespec(items[1], ns != mp_const_none);
    }
    if (utimensat(AT_FDCWD, path, ts, 0) != 0) {
        mp_raise_OSError(errno);
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(mp_os_utime_obj, 1, mp_os_utime);

static const mp_rom_map_elem_t os_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_os) },
    { MP_ROM_QSTR(MP_QSTR_sep), MP_ROM_QSTR(MP_QSTR__slash_) },
    { MP_ROM_QSTR(MP_QSTR_getenv), MP_ROM_PTR(&mp_os_getenv_obj) },
    { MP_ROM_QSTR(MP_QSTR_urandom), MP_ROM_PTR(&mp_os_urandom_obj) },
    { MP_ROM_QSTR(MP_QSTR_chdir), MP_ROM_PTR(&mp_vfs_chdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_getcwd), MP_ROM_PTR(&mp_vfs_getcwd_obj) },
    { MP_ROM_QSTR(MP_QSTR_listdir), MP_ROM_PTR(&mp_vfs_listdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_ilistdir), MP_ROM_PTR(&mp_vfs_ilistdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_mkdir), MP_ROM_PTR(&mp_vfs_mkdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_remove), MP_ROM_PTR(&mp_vfs_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_unlink), MP_ROM_PTR(&mp_vfs_remove_obj) },
    { MP_ROM_QSTR(MP_QSTR_rename), MP_ROM_PTR(&mp_vfs_rename_obj) },
    { MP_ROM_QSTR(MP_QSTR_rmdir), MP_ROM_PTR(&mp_vfs_rmdir_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&mp_vfs_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_utime), MP_ROM_PTR(&mp_os_utime_obj) },
};
static MP_DEFINE_CONST_DICT(os_module_globals, os_module_globals_table);

const mp_obj_module_t mp_module_os = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&os_module_globals,
};

// os.environ is loaded through this, since the table above is read-only.
void mp4j_os_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR_environ) {
        dest[0] = os_environ();
    }
}

MP_REGISTER_EXTENSIBLE_MODULE(MP_QSTR_os, mp_module_os);
MP_REGISTER_MODULE_DELEGATION(mp_module_os, mp4j_os_attr);
