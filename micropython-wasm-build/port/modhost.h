// micropython4j: the JSON that values cross the sandbox's boundary in (implemented in modhost.c,
// next to the host calls that use it too).
#ifndef MP4J_MODHOST_H
#define MP4J_MODHOST_H

#include <stddef.h>
#include "py/obj.h"

// Appends `value` as JSON to `out`: None, bool, int, finite float, str, list, tuple, dict with
// str keys, and datetime/date/time objects as their isoformat() string. Raises TypeError or
// ValueError naming `name` and the path inside it (`value['k'][0]`) if something cannot cross,
// is nested too deeply, or makes the JSON longer than `limit` bytes.
void mp4j_json_encode(vstr_t *out, mp_obj_t value, const char *name, size_t limit);

// Decodes JSON text with the built-in json module (not a module of that name on sys.path).
mp_obj_t mp4j_json_decode(const char *json, size_t len);

#endif
