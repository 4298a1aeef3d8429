"""keyword: Python's keywords as CPython 3.11 lists them: kwlist (the 35 hard keywords),
softkwlist ('_', 'case', 'match'), iskeyword(s) and issoftkeyword(s).

The lists are CPython 3.11's, whatever the sandbox's own parser accepts. Nothing left out.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False',
    'None',
    'True',
    'and',
    'as',
    'assert',
    'async',
    'await',
    'break',
    'class',
    'continue',
    'def',
    'del',
    'elif',
    'else',
    'except',
    'finally',
    'for',
    'from',
    'global',
    'if',
    'import',
    'in',
    'is',
    'lambda',
    'nonlocal',
    'not',
    'or',
    'pass',
    'raise',
    'return',
    'try',
    'while',
    'with',
    'yield'
]

softkwlist = [
    '_',
    'case',
    'match'
]

_keywords = frozenset(kwlist)
_soft_keywords = frozenset(softkwlist)


def iskeyword(s):
    """True if s is a keyword of Python (s must be hashable)."""
    if isinstance(s, set):  # a set is looked up as a frozenset, as CPython does
        s = frozenset(s)
    return s in _keywords


def issoftkeyword(s):
    """True if s is a soft keyword of Python (s must be hashable)."""
    if isinstance(s, set):
        s = frozenset(s)
    return s in _soft_keywords
