// micropython4j: the `host` module, Python's one channel to functions the host exposes, and
// the JSON that values cross the sandbox's boundary in (modhost.h).
//
//     import host
//     host.lookup("x", limit=3)        # any attribute is a callable host function
//     host.call("lookup", "x", limit=3)
//
// Arguments cross as JSON (`[[args...], {kwargs...}]`), encoded here: only None, bool, int,
// finite float, str, list, tuple and dict with str keys can cross, and objects of a type named
// datetime, date or time (our datetime module's) as their isoformat() string; anything else
// raises TypeError naming the argument (`args[0]['k']`) and the host function is not called. The
// host answers `[0, value]` or `[1, "ExceptionTypeName", "message"]`, decoded by the built-in
// json module and raised here as that type when it is a builtin exception type, else as
// RuntimeError. The session loop (main.c) sends last-expression values and globals the host
// asks for through the same encoder, and decodes the globals the host sets with the same json.
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "py/builtin.h"
#include "py/objmodule.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "mp4j_imports.h"
#include "modhost.h"

// Deeper nesting is refused: it is a cycle, or nothing a host function needs.
#define MAX_DEPTH (100)

// The built-in json module's loads (not a module of that name on sys.path: Python code cannot
// change how host replies decode).
static mp_obj_t json_loads(void) {
    return mp_load_attr(mp_module_get_builtin(MP_QSTR_json, true), MP_QSTR_loads);
}

static void print_to_vstr(void *env, const char *str, size_t len) {
    vstr_add_strn(env, str, len);
}

static void add_repr(vstr_t *out, mp_obj_t value) {
    mp_print_t print = {out, print_to_vstr};
    mp_obj_print_helper(&print, value, PRINT_REPR);
}

static void add_json_str(vstr_t *out, const char *str, size_t len) {
    static const char hex[] = "0123456789abcdef";
    vstr_add_byte(out, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)str[i];
        if (c == '"' || c == '\\') {
            vstr_add_byte(out, '\\');
            vstr_add_byte(out, c);
        } else if (c < 0x20) {
            vstr_add_str(out, "\\u00");
            vstr_add_byte(out, hex[c >> 4]);
            vstr_add_byte(out, hex[c & 15]);
        } else {
            vstr_add_byte(out, c); // UTF-8 passes through: JSON text is UTF-8
        }
    }
    vstr_add_byte(out, '"');
}

// Appends `[key]` (the key's repr) to the path; returns the path's length before.
static size_t path_push(vstr_t *path, mp_obj_t key) {
    size_t mark = vstr_len(path);
    vstr_add_byte(path, '[');
    add_repr(path, key);
    vstr_add_byte(path, ']');
    return mark;
}

// One encoding: where the JSON goes, the path of the value being encoded (its first `root`
// bytes name the whole value, e.g. `host function argument args[0]`), and the most bytes the
// JSON may take.
typedef struct _encoder_t {
    vstr_t *out;
    vstr_t *path;
    size_t root;
    size_t limit;
} encoder_t;

// Raises if the JSON so far plus `more` bytes would be over the limit.
static void check_size(encoder_t *e, size_t more) {
    if (more > e->limit || vstr_len(e->out) > e->limit - more) {
        e->path->len = e->root;
        mp_raise_msg_varg(&mp_type_ValueError,
            MP_ERROR_TEXT("%s is too large: more than %u bytes of JSON (the host payload limit)"),
            vstr_null_terminated_str(e->path), (unsigned)e->limit);
    }
}

// A datetime, date or time (by type name, so our frozen datetime module's and stand-ins alike)
// crosses as its isoformat() string. Returns false for anything else.
static bool add_iso_format(vstr_t *out, mp_obj_t value) {
    qstr name = mp_obj_get_type(value)->name;
    if (name != MP_QSTR_datetime && name != MP_QSTR_date && name != MP_QSTR_time) {
        return false;
    }
    mp_obj_t method[2];
    mp_load_method_maybe(value, MP_QSTR_isoformat, method);
    if (method[0] == MP_OBJ_NULL) {
        return false;
    }
    mp_obj_t iso = mp_call_method_n_kw(0, 0, method);
    if (mp_obj_get_type(iso) != &mp_type_str) {
        return false;
    }
    size_t len;
    const char *str = mp_obj_str_get_data(iso, &len);
    add_json_str(out, str, len);
    return true;
}

// Encodes `value` as JSON, or raises naming the path where it sits.
static void encode(encoder_t *e, mp_obj_t value, int depth) {
    vstr_t *out = e->out;
    vstr_t *path = e->path;
    if (depth > MAX_DEPTH) {
        path->len = e->root;
        mp_raise_msg_varg(&mp_type_ValueError,
            MP_ERROR_TEXT("%s is nested more than %d levels deep (or contains itself)"),
            vstr_null_terminated_str(path), MAX_DEPTH);
    }
    const mp_obj_type_t *type = mp_obj_get_type(value);
    if (value == mp_const_none) {
        vstr_add_str(out, "null");
    } else if (value == mp_const_true || value == mp_const_false) {
        vstr_add_str(out, value == mp_const_true ? "true" : "false");
    } else if (type == &mp_type_int) {
        add_repr(out, value);
    } else if (type == &mp_type_float) {
        mp_float_t f = mp_obj_float_get(value);
        if (!isfinite(f)) {
            mp_raise_msg_varg(&mp_type_ValueError,
                MP_ERROR_TEXT("%s is %s: JSON has no infinity or NaN"),
                vstr_null_terminated_str(path), isnan(f) ? "nan" : "infinite");
        }
        add_repr(out, value);
    } else if (type == &mp_type_str) {
        size_t len;
        const char *str = mp_obj_str_get_data(value, &len);
        check_size(e, len + 2); // its JSON takes at least that: refuse a long one before copying it
        add_json_str(out, str, len);
    } else if (type == &mp_type_list || type == &mp_type_tuple) {
        size_t len;
        mp_obj_t *items;
        mp_obj_get_array(value, &len, &items);
        vstr_add_byte(out, '[');
        for (size_t i = 0; i < len; i++) {
            if (i > 0) {
                vstr_add_byte(out, ',');
            }
            size_t mark = path_push(path, MP_OBJ_NEW_SMALL_INT(i));
            encode(e, items[i], depth + 1);
            path->len = mark;
        }
        vstr_add_byte(out, ']');
    } else if (type == &mp_type_dict || type == &mp_type_ordereddict) {
        mp_map_t *map = mp_obj_dict_get_map(value);
        vstr_add_byte(out, '{');
        bool first = true;
        for (size_t i = 0; i < map->alloc; i++) {
            if (!mp_map_slot_is_filled(map, i)) {
                continue;
            }
            mp_obj_t key = map->table[i].key;
            if (mp_obj_get_type(key) != &mp_type_str) {
                mp_raise_msg_varg(&mp_type_TypeError,
                    MP_ERROR_TEXT("%s has a key of type '%s': dict keys must be str"),
                    vstr_null_terminated_str(path), mp_obj_get_type_str(key));
            }
            if (!first) {
                vstr_add_byte(out, ',');
            }
            first = false;
            size_t key_len;
            const char *key_str = mp_obj_str_get_data(key, &key_len);
            add_json_str(out, key_str, key_len);
            vstr_add_byte(out, ':');
            size_t mark = path_push(path, key);
            encode(e, map->table[i].value, depth + 1);
            path->len = mark;
        }
        vstr_add_byte(out, '}');
    } else if (!add_iso_format(out, value)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%s is of type '%s': only None, bool, int, float (finite), "
                "str, list, tuple, dict with str keys and datetime, date and time can cross to the host"),
            vstr_null_terminated_str(path), mp_obj_get_type_str(value));
    }
    check_size(e, 0);
}

// Encodes argument `key` (an index or a keyword) of a host call.
static void encode_argument(vstr_t *out, vstr_t *path, const char *kind, mp_obj_t key, mp_obj_t value) {
    vstr_reset(path);
    vstr_add_str(path, "host function argument ");
    vstr_add_str(path, kind);
    path_push(path, key);
    encoder_t e = {out, path, vstr_len(path), SIZE_MAX};
    encode(&e, value, 1);
}

// Encodes the request `[[args...], {kwargs...}]`.
static void encode_request(vstr_t *out, size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    vstr_t path;
    vstr_init(&path, 32);
    vstr_add_str(out, "[[");
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            vstr_add_byte(out, ',');
        }
        encode_argument(out, &path, "args", MP_OBJ_NEW_SMALL_INT(i), args[i]);
    }
    vstr_add_str(out, "],{");
    bool first = true;
    for (size_t i = 0; kw_args != NULL && i < kw_args->alloc; i++) {
        if (!mp_map_slot_is_filled(kw_args, i)) {
            continue;
        }
        if (!first) {
            vstr_add_byte(out, ',');
        }
        first = false;
        size_t key_len;
        const char *key_str = mp_obj_str_get_data(kw_args->table[i].key, &key_len);
        add_json_str(out, key_str, key_len);
        vstr_add_byte(out, ':');
        encode_argument(out, &path, "kwargs", kw_args->table[i].key, kw_args->table[i].value);
    }
    vstr_add_str(out, "}]");
    vstr_clear(&path);
}

void mp4j_json_encode(vstr_t *out, mp_obj_t value, const char *name, size_t limit) {
    vstr_t path;
    vstr_init(&path, 32);
    vstr_add_str(&path, name);
    encoder_t e = {out, &path, vstr_len(&path), limit};
    encode(&e, value, 1);
    vstr_clear(&path);
}

mp_obj_t mp4j_json_decode(const char *json, size_t len) {
    return mp_call_function_1(json_loads(), mp_obj_new_str(json, len));
}

// The builtin exception type called `name`, or RuntimeError.
static const mp_obj_type_t *exception_type_named(mp_obj_t name) {
    mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)&mp_module_builtins_globals.map, name, MP_MAP_LOOKUP);
    if (elem != NULL && mp_obj_is_type(elem->value, &mp_type_type)
        && mp_obj_is_subclass_fast(elem->value, MP_OBJ_FROM_PTR(&mp_type_Exception))) {
        return MP_OBJ_TO_PTR(elem->value);
    }
    return &mp_type_RuntimeError;
}

static mp_obj_t call_host(mp_obj_t name, size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    size_t name_len;
    const char *name_str = mp_obj_str_get_data(name, &name_len);

    vstr_t request;
    vstr_init(&request, 64);
    encode_request(&request, n_args, args, kw_args);

    int32_t response_len = mp4j_host_call(name_str, (int32_t)name_len, request.buf, (int32_t)request.len);
    vstr_clear(&request);
    if (response_len < 0) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("host call failed"));
    }
    vstr_t response;
    vstr_init_len(&response, response_len);
    if (mp4j_host_result(response.buf, response_len) != response_len) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("host call failed"));
    }
    mp_obj_t reply = mp_call_function_1(json_loads(), mp_obj_new_str_from_vstr(&response));

    size_t reply_len;
    mp_obj_t *items;
    mp_obj_get_array(reply, &reply_len, &items);
    if (reply_len == 2 && mp_obj_equal(items[0], MP_OBJ_NEW_SMALL_INT(0))) {
        return items[1];
    }
    if (reply_len == 3 && mp_obj_equal(items[0], MP_OBJ_NEW_SMALL_INT(1))) {
        mp_raise_type_arg(exception_type_named(items[1]), items[2]);
    }
    mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("malformed host reply"));
}

// A callable that calls one named host function.
typedef struct _host_function_t {
    mp_obj_base_t base;
    mp_obj_t name;
} host_function_t;

static mp_obj_t host_function_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    host_function_t *self = MP_OBJ_TO_PTR(self_in);
    mp_map_t kw_args;
    mp_map_init_fixed_table(&kw_args, n_kw, args + n_args);
    return call_host(self->name, n_args, args, &kw_args);
}

static void host_function_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    host_function_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<host function %s>", mp_obj_str_get_str(self->name));
}

static MP_DEFINE_CONST_OBJ_TYPE(
    host_function_type,
    MP_QSTR_host_function,
    MP_TYPE_FLAG_NONE,
    call, host_function_call,
    print, host_function_print
    );

// host.call(name, *args, **kwargs)
static mp_obj_t host_call(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_str_get_str(args[0]); // must be a str
    return call_host(args[0], n_args - 1, args + 1, kw_args);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(host_call_obj, 1, host_call);

// host.NAME: module __getattr__, so every attribute is a host function.
static mp_obj_t host_getattr(mp_obj_t name) {
    if (mp_obj_str_get_str(name)[0] == '_') {
        return MP_OBJ_NULL; // not found: AttributeError (and the import machinery's probes fail quietly)
    }
    host_function_t *fn = mp_obj_malloc(host_function_t, &host_function_type);
    fn->name = name;
    return MP_OBJ_FROM_PTR(fn);
}
static MP_DEFINE_CONST_FUN_OBJ_1(host_getattr_obj, host_getattr);

static const mp_rom_map_elem_t host_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_host) },
    { MP_ROM_QSTR(MP_QSTR_call), MP_ROM_PTR(&host_call_obj) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&host_getattr_obj) },
};
static MP_DEFINE_CONST_DICT(host_module_globals, host_module_globals_table);

const mp_obj_module_t mp_module_host = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&host_module_globals,
};

MP_REGISTER_MODULE(MP_QSTR_host, mp_module_host);
