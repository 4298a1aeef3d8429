"""textwrap: wrap, fill, shorten, dedent, indent and TextWrapper with CPython's options
(width, initial_indent, subsequent_indent, expand_tabs, tabsize, replace_whitespace,
fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, max_lines,
placeholder).

Words are split as CPython's regular expressions split them (whitespace runs, hyphenated
words, em-dashes), written out as plain code. Left out: letters beyond ASCII count as
letters only where MicroPython's str.isalpha() says so, which matters only for where
hyphenated words may break.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _expandtabs(text, tabsize):
    out = []
    column = 0
    for ch in text:
        if ch == "\t":
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                out.append(" " * spaces)
                column += spaces
        else:
            out.append(ch)
            column = 0 if ch in "\n\r" else column + 1
    return "".join(out)


def _is_letter(ch):
    # [^\d\W]: a word character that is not a digit.
    return ch.isalpha() or ch == "_"


def _is_word(ch):
    return ch.isalpha() or ch.isdigit() or ch == "_"


def _is_word_punct(ch):
    return _is_word(ch) or ch in "!\"'&.,?"


# The splitters index a list of characters: indexing a MicroPython str is not constant-time.

def _dashes_then_word(chars, pos):
    # -{2,}\w at pos: the end of the dashes, or -1.
    end = pos
    n = len(chars)
    while end < n and chars[end] == "-":
        end += 1
    if end - pos >= 2 and end < n and _is_word(chars[end]):
        return end
    return -1


def _split_hyphenated(text):
    # CPython's TextWrapper.wordsep_re: whitespace runs, em-dashes between words, and words
    # that may end after a hyphen inside them.
    chars = list(text)
    chunks = []
    n = len(chars)
    pos = 0
    while pos < n:
        ch = chars[pos]
        if ch in _whitespace:
            end = pos + 1
            while end < n and chars[end] in _whitespace:
                end += 1
        elif pos > 0 and _is_word_punct(chars[pos - 1]) and _dashes_then_word(chars, pos) > 0:
            end = _dashes_then_word(chars, pos)
        else:
            end = _word_end(chars, pos)
        chunks.append("".join(chars[pos:end]))
        pos = end
    return chunks


def _word_end(chars, start):
    n = len(chars)
    e = start + 1
    while True:
        # A hyphen that may end the word: after two letters, or after letter-hyphen-letter,
        # and before letter[-]letter.
        if e < n and chars[e] == "-":
            after_two = e >= 2 and _is_letter(chars[e - 1]) and _is_letter(chars[e - 2])
            after_pair = (e >= 3 and _is_letter(chars[e - 1]) and chars[e - 2] == "-"
                          and _is_letter(chars[e - 3]))
            if after_two or after_pair:
                f = e + 1
                if f < n and _is_letter(chars[f]):
                    if f + 1 < n and _is_letter(chars[f + 1]):
                        return e + 1
                    if f + 2 < n and chars[f + 1] == "-" and _is_letter(chars[f + 2]):
                        return e + 1
        if e >= n or chars[e] in _whitespace:
            return e
        if _is_word_punct(chars[e - 1]) and _dashes_then_word(chars, e) > 0:
            return e
        e += 1


def _split_simple(text):
    chunks = []
    current = []
    current_is_space = None
    for ch in text:
        is_space = ch in _whitespace
        if is_space != current_is_space and current:
            chunks.append("".join(current))
            current = []
        current.append(ch)
        current_is_space = is_space
    if current:
        chunks.append("".join(current))
    return chunks


def _is_sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk[-1:] in ("\"", "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Wraps paragraphs of text to lines of at most width characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = _expandtabs(text, self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if ch in _whitespace else ch for ch in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen, if there are non-hyphens before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1
                            and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    # The last line allowed: end it with the placeholder.
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines (without final newlines) of text wrapped to self.width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to width, ending with the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove the whitespace common to the start of every non-blank line."""
    lines = text.split("\n")
    # Lines of only spaces and tabs become empty and do not count.
    for i, line in enumerate(lines):
        if line and line.strip(" \t") == "":
            lines[i] = ""
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i in range(min(len(margin), len(indent))):
                if margin[i] != indent[i]:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def _splitlines_keepends(text):
    lines = []
    current = []
    previous = ""
    for ch in text:
        if previous == "\r" and ch == "\n":
            lines[-1] += "\n"
            previous = ""
            continue
        current.append(ch)
        if ch in _LINE_BREAKS:
            lines.append("".join(current))
            current = []
        previous = ch
    if current:
        lines.append("".join(current))
    return lines


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (by default, the
    lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line for line in _splitlines_keepends(text))
