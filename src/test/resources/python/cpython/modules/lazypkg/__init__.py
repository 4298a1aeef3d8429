# A package with a module __getattr__ (PEP 562), for import_module_getattr.py.
def __getattr__(name):
    if name == "computed":
        return 42
    raise AttributeError(f"module 'lazypkg' has no attribute {name!r}")
