// micropython4j: RecursionError, as in CPython a subclass of RuntimeError.
// patches/0002 makes mp_raise_recursion_depth() raise it.
#include "py/objexcept.h"
#include "py/runtime.h"

MP_DEFINE_EXCEPTION(RecursionError, RuntimeError)
