# float repr, formatting, parsing and round() as in CPython (patch 0047).
values = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e22, 1e16, 1e15, 123456789012345.6, 1e-4, 1e-5, 5e-324,
          1.7976931348623157e+308, 2.2250738585072014e-308, -0.0, 0.0, 1.0, 100.0, 3.141592653589793,
          float("inf"), float("-inf"), float("nan"), 9007199254740993.0, 0.30000000000000004, 1.1 * 3, 2.675, 1e100]
for v in values:
    print(repr(v), str(v), f"{v}", "{:.3}".format(v), "%.2f" % v, "%e" % v, "%g" % v, format(v, ".10g"), float(repr(v)) == v or v != v)
print(0.1 + 0.2, [0.1 + 0.2], (0.1 + 0.2) * 3, 1.1 + 2.2)
for text in ["0.1", "1e-7", "  2.5  ", "-1.5E3", "1_000.5", "inf", "-Infinity", "nan", "123456789012345678901234567890", "4.9e-324", "2.4703282292062328e-324"]:
    print(text.strip(), repr(float(text)))
print("%.2f" % 8.888e32, "{:#g}".format(1.0), "{:,.2f}".format(1234567.891), "{:.1%}".format(0.125), "{:e}".format(0.0), "{:.0f}".format(0.5), "{:.0f}".format(1.5))
print(round(2.675, 2), round(12.345, 2), round(1250.0, -2), round(1350.0, -2), round(0.5), round(-0.5), round(1.5), round(2.5, 0), round(1e300, -299))
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1.5).conjugate(), (1.5).real, (1.5).imag)
print(complex(0.1, 0.2), complex(-0.0, 1), 1j * 1j, complex(1e22, -1e-5))
