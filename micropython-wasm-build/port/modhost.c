// micropython4j: the `host` module, Python's one channel to functions the host exposes.
//
//     import host
//     host.lookup("x", limit=3)        # any attribute is a callable host function
//     host.call("lookup", "x", limit=3)
//
// Arguments cross as JSON (`[[args...], {kwargs...}]`, encoded by the json module); the host
// answers `[0, value]` or `[1, "ExceptionTypeName", "message"]`, raised here as that type
// when it is a builtin exception type, else as RuntimeError.
#include <string.h>

#include "py/builtin.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "mp4j_imports.h"

static mp_obj_t json_function(qstr name) {
    // The built-in (C) json, not the frozen json.py that completes it for Python code: host
    // payloads are up to the payload limit, which Python-level encoding would make slow.
    mp_obj_t json = mp_import_name(MP_QSTR_ujson, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_load_attr(json, name);
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

    mp_obj_t kwargs = mp_obj_new_dict(kw_args == NULL ? 0 : kw_args->used);
    for (size_t i = 0; kw_args != NULL && i < kw_args->alloc; i++) {
        if (mp_map_slot_is_filled(kw_args, i)) {
            mp_obj_dict_store(kwargs, kw_args->table[i].key, kw_args->table[i].value);
        }
    }
    mp_obj_t request[2] = {mp_obj_new_list(n_args, (mp_obj_t *)args), kwargs};
    mp_obj_t request_json = mp_call_function_1(json_function(MP_QSTR_dumps), mp_obj_new_list(2, request));
    size_t request_len;
    const char *request_str = mp_obj_str_get_data(request_json, &request_len);

    int32_t response_len = mp4j_host_call(name_str, (int32_t)name_len, request_str, (int32_t)request_len);
    if (response_len < 0) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("host call failed"));
    }
    vstr_t response;
    vstr_init_len(&response, response_len);
    if (mp4j_host_result(response.buf, response_len) != response_len) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("host call failed"));
    }
    mp_obj_t reply = mp_call_function_1(json_function(MP_QSTR_loads), mp_obj_new_str_from_vstr(&response));

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
