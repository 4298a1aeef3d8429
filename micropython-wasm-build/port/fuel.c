// micropython4j: what happens when the fuel meter runs dry.
//
// tools/meter.py makes every wasm loop take one unit of fuel from the exported global
// "fuel" and call mp4j_fuel_exhausted() when it goes negative. The host then either refills
// the global (the budget is handed out in slices, so the host also gets to check its clock
// and other limits) or asks to stop: it grants a small overdraft and this requests a VM
// abort, which unwinds to the session loop at the next safe point without running Python
// exception handlers or finally blocks. If the overdraft runs out as well, the host gives up
// on the instance and starts the session afresh.
#include "py/runtime.h"
#include "mp4j_imports.h"

__attribute__((used)) // called only by the meter added after linking
void mp4j_fuel_exhausted(void) {
    if (mp4j_host_fuel_exhausted() != 0) {
        mp_sched_vm_abort();
    }
}
