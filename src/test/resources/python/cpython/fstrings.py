# f-strings lexed as CPython 3.11 (patch 0043), with !a (patch 0042).
x = 42
name = "Zoë"
d = {"a:b": 1, "{": 2, "k": [3, 4]}
print("a{}" f"{x}", "{x}" f"{x}" "{}", f"{x}" "{{}}")
print(f'{d["a:b"]}', f'{"{"}', f'{d["{"]}', f"{d['k'][1]}", f'{"}" + "!"}', f"{'a:b'!r}", f"{(lambda v: v * 2)(x)}")
print(f"{x=}", f"{x = }", f"{name=}", f"{name=!s}", f"{x=:>6}", f"{x = !r:^8}", f"{name!a}", f"{name!r}")
print(f"{x:{'>'}{8}}", f"{3.14159:.{2}f}", f"{'nested' if x else ''}", f"{x}{{}}{x}")
