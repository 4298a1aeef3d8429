// micropython4j: `_zlib`, the one piece of the frozen zlib.py that needs C: adler32, uzlib's
// (deflate already links it). In Python it cost about 14 fuel units per byte and was the
// slowest part of compress(level=0); here it is a metered C loop.
#include "py/runtime.h"
#include "lib/uzlib/uzlib.h"

#if MICROPY_PY_DEFLATE

// _zlib.adler32(data, value=1)
static mp_obj_t zlib_adler32(size_t n_args, const mp_obj_t *args) {
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(args[0], &bufinfo, MP_BUFFER_READ);
    uint32_t value = n_args > 1 ? (uint32_t)mp_obj_get_int_truncated(args[1]) : 1;
    return mp_obj_new_int_from_uint(uzlib_adler32(bufinfo.buf, bufinfo.len, value));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(zlib_adler32_obj, 1, 2, zlib_adler32);

static const mp_rom_map_elem_t zlib_port_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR__zlib) },
    { MP_ROM_QSTR(MP_QSTR_adler32), MP_ROM_PTR(&zlib_adler32_obj) },
};
static MP_DEFINE_CONST_DICT(zlib_port_globals, zlib_port_globals_table);

const mp_obj_module_t mp4j_module_zlib = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&zlib_port_globals,
};

MP_REGISTER_MODULE(MP_QSTR__zlib, mp4j_module_zlib);

#endif
