"""The literal words a regular expression cannot match without: a cheap filter before the search.

A company's rules file holds dozens of phrase patterns ("(?<!\\w)(?:звон|набир)\\w*\\s+мне …"), and
each is searched in every utterance of every call. A pattern that begins with a lookbehind or an
alternation gives the regex engine no literal prefix to skip ahead with, so it tries the pattern at
every position of every utterance. Python's `in` finds a plain substring far faster; asking first
whether the utterance holds one of the words the pattern needs ("звон", "набир") leaves the
engine only the few utterances that may match.

The pattern is read with the parser the `re` module itself uses (`re._parser`, `sre_parse`
before Python 3.11). That parser is not a public interface: if it changes shape or is missing,
`required_literals` answers `()`, which means "no filter", and the pattern is searched as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# a shorter literal ("я", "on") is in nearly every utterance and filters nothing out
MIN_LENGTH = 3


def _alternatives(items) -> frozenset[str] | None:
    """Literal strings one of which every match of the sequence `items` contains, or None.

    Of the candidates a sequence offers (runs of literal characters, groups, alternations whose
    every branch needs a literal, repeats of at least one), the one whose shortest string is
    longest is the best filter.
    """
    best: frozenset[str] | None = None

    def offer(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if not candidate:
            return
        if best is None or (min(map(len, candidate)), -len(candidate)) > (min(map(len, best)), -len(best)):
            best = candidate

    run = ""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(arg)
            continue
        offer(frozenset({run}) if run else None)
        run = ""
        if name == "SUBPATTERN":
            if not arg[1] & re.IGNORECASE:   # "(?i:…)" spells its letters any way
                offer(_alternatives(arg[-1]))
        elif name == "BRANCH":
            branches = [_alternatives(b) for b in arg[1]]
            if all(branches):
                offer(frozenset().union(*branches))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            offer(_alternatives(arg[2]))
        # anything else (a class, a lookaround, an optional part) needs no particular literal
    offer(frozenset({run}) if run else None)
    return best


@functools.lru_cache(maxsize=1024)
def required_literals(pattern: str) -> tuple[str, ...]:
    """Strings one of which is in every text `pattern` matches; () when there is no useful set.

    Only a pattern without flags gets a filter: under IGNORECASE a literal says nothing about
    how the text spells it.
    """
    try:
        parsed = _sre_parse.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return ()
        found = _alternatives(parsed.data)
    except Exception:  # noqa: BLE001 - a parser of another shape: no filter, the search still runs
        return ()
    if not found or min(map(len, found)) < MIN_LENGTH:
        return ()
    return tuple(sorted(found))


def may_match(text: str, literals: Iterable[str]) -> bool:
    """False only when `text` holds none of `literals` (from `required_literals`), so the pattern
    cannot match it; True when it may, or when there is no filter."""
    literals = tuple(literals)
    return not literals or any(lit in text for lit in literals)
