# micropython4j: the Python modules frozen into micropython.wasm (tools/makemanifest.py reads
# this; the build script passes it as FROZEN_MANIFEST). Every .py file under lib/ is compiled
# to bytecode by mpy-cross (built from the same MicroPython source) and linked into the binary,
# so `import` costs no parsing and a module's code is instantiated only when first imported.
freeze("$(PORT_DIR)/../modules/lib")
