"""html: escape and unescape, as CPython's html module.

unescape() decodes numeric character references (decimal and hex, with CPython's handling of
invalid and Windows-1252 code points) and the named references in html.entities.html5 (the
HTML 4 names, their legacy forms without semicolons, &apos;, ...), with the same rule for a
name that runs on (the longest known prefix wins).

Left out: html.parser, and the HTML5 names beyond html.entities.html5.
"""

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and " and ' when quote is true) by HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references HTML5 maps elsewhere: NUL, CR, and 0x80-0x9F read as Windows-1252.
_INVALID_CHARREFS = {
    0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
    0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
    0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f",
    0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
    0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a",
    0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}


def _is_invalid_codepoint(num):
    # Control characters and noncharacters, which unescape drops.
    return (0x1 <= num <= 0x8 or num == 0xb or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f
            or 0xfdd0 <= num <= 0xfdef or (num & 0xfffe) == 0xfffe)


def _numeric(num):
    if num in _INVALID_CHARREFS:
        return _INVALID_CHARREFS[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return "\ufffd"
    if _is_invalid_codepoint(num):
        return ""
    return chr(num)


_HEX = "0123456789abcdefABCDEF"
_NAME_STOP = "\t\n\x0c <&#;"


def _reference(part):
    # The reference at the start of part (the text after an "&"): (replacement, length
    # used), or None. References hold no "&", so part has all of one.
    head = list(part[:40])
    n = len(head)
    if n and head[0] == "#":
        if n > 2 and head[1] in "xX" and head[2] in _HEX:
            k = 2
            while k < n and head[k] in _HEX:
                k += 1
            digits = "".join(head[2:k])
            if k == n and len(part) > n:
                digits = _leading(part[2:], _HEX)  # a very long number
                k = 2 + len(digits)
            num = int(digits, 16)
        elif n > 1 and "0" <= head[1] <= "9":
            k = 1
            while k < n and "0" <= head[k] <= "9":
                k += 1
            digits = "".join(head[1:k])
            if k == n and len(part) > n:
                digits = _leading(part[1:], "0123456789")
                k = 1 + len(digits)
            num = int(digits)
        else:
            return None
        if part[k:k + 1] == ";":
            k += 1
        return _numeric(num), k
    k = 0
    while k < n and k < 32 and head[k] not in _NAME_STOP:
        k += 1
    if k == 0:
        return None
    if k < n and head[k] == ";":
        k += 1
    name = "".join(head[:k])
    from html.entities import html5
    if name in html5:
        return html5[name], k
    # The longest known prefix, as HTML5 reads "&notit;" as "¬it;".
    for x in range(len(name) - 1, 1, -1):
        if name[:x] in html5:
            return html5[name[:x]] + name[x:], k
    return "&" + name, k


def _leading(text, allowed):
    length = 0
    for ch in text:
        if ch not in allowed:
            break
        length += 1
    return text[:length]


def unescape(s):
    """Replace the character references in s (&gt;, &#62;, &#x3e;, ...) by the characters."""
    if "&" not in s:
        return s
    parts = s.split("&")
    out = [parts[0]]
    for part in parts[1:]:
        found = _reference(part)
        if found is None:
            out.append("&")
            out.append(part)
        else:
            out.append(found[0])
            out.append(part[found[1]:])
    return "".join(out)
