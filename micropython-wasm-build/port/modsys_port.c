// micropython4j: the port's additions to the sys module, what CPython code checks that
// MicroPython's sys lacks. They are listed in MICROPY_PY_SYS_PORT_GLOBALS (mpconfigport.h),
// which patches/0081 adds to sys's globals.
#include <float.h>

#include "py/runtime.h"
#include "py/objtuple.h"
#include "py/mpz.h"

// sys.getrecursionlimit() / sys.setrecursionlimit(n). Code raises the limit before deep
// recursion; CPython's default is 1000. The sandbox's real limit is its guest stack
// (RecursionError at about 2,000 frames of a simple function, patches/0002), which Python
// code cannot move: the value set is checked as CPython checks it, kept and returned.
static mp_int_t recursion_limit = 1000;

static mp_obj_t sys_getrecursionlimit(void) {
    return MP_OBJ_NEW_SMALL_INT(recursion_limit);
}
MP_DEFINE_CONST_FUN_OBJ_0(mp4j_sys_getrecursionlimit_obj, sys_getrecursionlimit);

static mp_obj_t sys_setrecursionlimit(mp_obj_t limit_in) {
    if (!mp_obj_is_int(limit_in)) {
        mp_raise_TypeError(MP_ERROR_TEXT("an integer is required"));
    }
    mp_int_t limit = mp_obj_get_int(limit_in);
    if (limit < 1) {
        mp_raise_ValueError(MP_ERROR_TEXT("recursion limit must be greater or equal than 1"));
    }
    recursion_limit = limit;
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp4j_sys_setrecursionlimit_obj, sys_setrecursionlimit);

// A float in ROM: the same layout as objfloat.c's private mp_obj_float_t.
typedef struct {
    mp_obj_base_t base;
    mp_float_t value;
} rom_float_t;

static const rom_float_t float_max = {{&mp_type_float}, DBL_MAX};
static const rom_float_t float_min = {{&mp_type_float}, DBL_MIN};
static const rom_float_t float_epsilon = {{&mp_type_float}, DBL_EPSILON};

// sys.float_info: IEEE 754 doubles, the same values as CPython on every platform.
static const qstr float_info_fields[] = {
    MP_QSTR_max, MP_QSTR_max_exp, MP_QSTR_max_10_exp, MP_QSTR_min, MP_QSTR_min_exp,
    MP_QSTR_min_10_exp, MP_QSTR_dig, MP_QSTR_mant_dig, MP_QSTR_epsilon, MP_QSTR_radix,
    MP_QSTR_rounds,
};
MP_DEFINE_ATTRTUPLE(mp4j_sys_float_info_obj, float_info_fields, 11,
    MP_ROM_PTR(&float_max), MP_ROM_INT(DBL_MAX_EXP), MP_ROM_INT(DBL_MAX_10_EXP),
    MP_ROM_PTR(&float_min), MP_ROM_INT(DBL_MIN_EXP), MP_ROM_INT(DBL_MIN_10_EXP),
    MP_ROM_INT(DBL_DIG), MP_ROM_INT(DBL_MANT_DIG), MP_ROM_PTR(&float_epsilon),
    MP_ROM_INT(FLT_RADIX), MP_ROM_INT(1));

// sys.int_info: MicroPython's big ints (mpz) have 16-bit digits; there is no limit on the
// digits of int <-> str conversions (CPython's 0 means "no limit").
static const qstr int_info_fields[] = {
    MP_QSTR_bits_per_digit, MP_QSTR_sizeof_digit, MP_QSTR_default_max_str_digits,
    MP_QSTR_str_digits_check_threshold,
};
MP_DEFINE_ATTRTUPLE(mp4j_sys_int_info_obj, int_info_fields, 4,
    MP_ROM_INT(MPZ_DIG_SIZE), MP_ROM_INT(sizeof(mpz_dig_t)), MP_ROM_INT(0), MP_ROM_INT(0));
