"""Search a text for a rule only where one of its matches can start, and get what ``finditer`` gets.

Every match of a rule holds one of its *triggers*, short fixed-width pieces read off its pattern:
"quarter", "may(?!\\w)", "10/". A trigger is found by its *anchor*, its rarest literal run (with
``str.find``) or character class, and then checked in full. A rule often has more than one set of
triggers, from different parts of its pattern (a month name, a day number), each needed: the set
with the fewest places in a text leads, and a place of it without the others within a match's length
is dropped. A match whose trigger starts at t starts at most ``back`` characters before t, widths
bounded per text: an unbounded repeat (``\\s+``, ``\\d+``) spans at most the longest run of its
characters in that text. The rule is searched from those places only, each search cut off past the
last character that a match starting there can read, so that what it reads is what a search over
the whole text reads.

A rule whose triggers or widths cannot be read off (a back reference, a repeated group, a
case-insensitive part, a possibly empty match) is searched whole, and so is a short text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from re import _constants as sre
from re import _parser
from typing import NamedTuple

_LIMIT = 64          # most strings an exact set may hold
_NEED_LIMIT = 256    # most triggers one set may hold
_POWER_LIMIT = 8     # a bounded repeat up to this count is expanded into exact strings
_SMALL_CLASS = 10    # a class of this many characters or fewer is read as that many literals
_NEEDS = 3           # most sets of triggers a rule keeps
_SECOND_COST = 0.2   # a further set is kept when rarer than this, and each of its anchors
_SECOND_ANCHOR = 0.02    # rarer than this (no single letter)
_FOLLOW = (0.5, 0.3, 0.25)    # how much rarer each further letter of a word makes it
_SHORT = 100         # a text shorter than this is searched whole: gathering triggers costs more
_FLAGS = re.I | re.A | re.L
_CATEGORIES = {
    sre.CATEGORY_DIGIT: (r"\d", 0.03), sre.CATEGORY_NOT_DIGIT: (r"\D", 1.0),
    sre.CATEGORY_SPACE: (r"\s", 0.17), sre.CATEGORY_NOT_SPACE: (r"\S", 1.0),
    sre.CATEGORY_WORD: (r"\w", 0.8), sre.CATEGORY_NOT_WORD: (r"\W", 1.0),
}
_BOUNDARIES = {sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B"}
_ONE_CHAR = (sre.LITERAL, sre.NOT_LITERAL, sre.IN)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class El(NamedTuple):
    """One place of a trigger: a character or a character class (width 1), or a zero-width assertion."""
    src: str
    cost: float     # rough chance that it holds at a place of a text
    width: int
    char: str = ""  # the character, for a literal


Fragment = tuple[El, ...]


class _Info(NamedTuple):
    exact: frozenset[Fragment] | None   # every string the node matches, when few
    need: frozenset[Fragment] | None    # one of these is in every string the node matches


_UNKNOWN = _Info(None, None)
_EMPTY = frozenset({()})


# --- triggers ------------------------------------------------------------------------------------

def _char_cost(c: str) -> float:
    return 0.15 if c.isspace() else 0.05 if c.isalpha() else 0.004 if c.isdigit() else 0.02


def _literal(c: str) -> El:
    return El(re.escape(c), _char_cost(c), 1, c)


def _one_char(op, av) -> El | None:
    """A LITERAL, NOT_LITERAL or IN node as one place, None when it has a part not known here."""
    if op == sre.LITERAL:
        return _literal(chr(av))
    if op == sre.NOT_LITERAL:
        return El(f"[^{re.escape(chr(av))}]", 1.0, 1)
    if op != sre.IN:
        return None
    parts, cost, negate = [], 0.0, False
    for kind, value in av:
        if kind == sre.NEGATE:
            negate = True
        elif kind == sre.LITERAL:
            parts.append(re.escape(chr(value)))
            cost += _char_cost(chr(value))
        elif kind == sre.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            cost += _char_cost(chr(value[0])) * (value[1] - value[0] + 1)
        elif kind == sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value][0])
            cost += _CATEGORIES[value][1]
        else:
            return None
    cost = max(0.05, 1.0 - cost) if negate else min(1.0, cost)
    return El(f"[{'^' if negate else ''}{''.join(parts)}]", cost, 1)


def _small_class(av) -> list[str] | None:
    """The characters of a class of literals and ranges only, when few: [01], [ap], [0-5]."""
    chars: list[str] = []
    for kind, value in av:
        if kind == sre.LITERAL:
            chars.append(chr(value))
        elif kind == sre.RANGE and value[1] - value[0] < _SMALL_CLASS:
            chars.extend(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return chars if len(chars) <= _SMALL_CLASS else None


class Anchor(NamedTuple):
    """What is searched for to find a trigger: a literal string, or one character class."""
    text: str
    is_class: bool
    offset: int     # characters of the trigger before it
    cost: float


@cache
def _anchor(fragment: Fragment) -> Anchor | None:
    """The rarest literal run or character class of the trigger."""
    best, run, run_start, offset = None, "", 0, 0
    for el in (*fragment, El("", 1.0, 0)):
        if el.char:
            run, run_start = (run + el.char, run_start) if run else (el.char, offset)
        elif run:
            best = _rarer(best, Anchor(run, False, run_start, _run_cost(run)))
            run = ""
        if el.width and not el.char:
            best = _rarer(best, Anchor(el.src, True, offset, el.cost))
        offset += el.width
    return best


def _run_cost(run: str) -> float:
    """Letters of a word go together: each one after the first makes it about four times rarer, no more;
    a digit after a digit, about twenty times."""
    cost = _char_cost(run[0])
    for i, (before, c) in enumerate(zip(run, run[1:])):
        cost *= 0.05 if c.isdigit() and before.isdigit() else _FOLLOW[min(i, len(_FOLLOW) - 1)]
    return cost


def _rarer(a: Anchor | None, b: Anchor) -> Anchor:
    return b if a is None or b.cost < a.cost else a


def _anchors(fragments) -> set[Anchor]:
    return {_anchor(f) for f in fragments}


@cache
def _cost(fragments: frozenset[Fragment]) -> float:
    """What a set costs to gather: how often its anchors occur, and then how often the triggers do."""
    anchors = sum(a.cost for a in {a._replace(offset=0) for a in _anchors(fragments)})
    return anchors + sum(map(_fragment_cost, fragments))


def _fragment_cost(fragment: Fragment) -> float:
    cost, run = 1.0, ""
    for el in (*fragment, El("", 1.0, 0)):
        if el.char:
            run += el.char
            continue
        if run:
            cost, run = cost * _run_cost(run), ""
        cost *= el.cost
    return cost


@cache
def _usable(fragments: frozenset[Fragment]) -> bool:
    return 0 < len(fragments) <= _NEED_LIMIT and all(any(e.width for e in f) for f in fragments)


def _best(sets) -> frozenset[Fragment] | None:
    return min((s for s in sets if s is not None and _usable(s)), key=_cost, default=None)


def _product(a, b) -> frozenset[Fragment] | None:
    if a is None or b is None or len(a) * len(b) > _LIMIT:
        return None
    return frozenset(x + y for x in a for y in b)


def _flat(items) -> list:
    """The items with the groups in them opened: ``a(?P<x>bc)d`` is ``abcd``."""
    out = []
    for op, av in items:
        if op == sre.SUBPATTERN and not av[1] & _FLAGS:
            out.extend(_flat(av[3]))
        else:
            out.append((op, av))
    return out


class _Candidate(NamedTuple):
    fragments: frozenset[Fragment]
    first: int      # the first item (of the opened sequence) that the triggers lie in
    last: int       # the item after the last one
    inner: bool     # inside item ``first`` (else a trigger starts where that item starts)


def _candidates(items: list) -> tuple[frozenset[Fragment] | None, list[_Candidate]]:
    """An opened sequence's exact strings (when few), and every set of triggers one of which each of
    its matches holds: each item's own, and each run of items with exact strings."""
    found, run, run_first, whole = [], _EMPTY, 0, _EMPTY
    for i, (op, av) in enumerate(items):
        info = _node(op, av)
        if info.need is not None:
            found.append(_Candidate(info.need, i, i + 1, True))
        whole = _product(whole, info.exact)
        found.append(_Candidate(run, run_first, i, False))
        joined = _product(run, info.exact)
        if joined is not None:
            run = joined
        else:
            run, run_first = (info.exact, i) if info.exact is not None else (_EMPTY, i + 1)
    found.append(_Candidate(run, run_first, len(items), False))
    return whole, [c for c in found if _usable(c.fragments)]


def _seq(items) -> _Info:
    exact, found = _candidates(_flat(items))
    return _Info(exact, _best(c.fragments for c in found))


def _branch(av) -> _Info:
    infos = [_seq(b) for b in av[1]]
    exact = None
    if all(i.exact is not None for i in infos):
        exact = frozenset().union(*(i.exact for i in infos))
        exact = exact if len(exact) <= _LIMIT else None
    needs = [_best((i.need, i.exact)) for i in infos]
    need = None if any(n is None for n in needs) else frozenset().union(*needs)
    return _Info(exact, need)


def _repeat(av) -> _Info:
    low, high, item = av
    sub = _seq(item)
    need = _best((sub.need, sub.exact)) if low >= 1 else None
    if high > _POWER_LIMIT or sub.exact is None:
        return _Info(None, need)
    power, exact = _EMPTY, (frozenset() if low else _EMPTY)
    for count in range(1, high + 1):
        power = _product(power, sub.exact)
        if power is None:
            return _Info(None, need)
        exact = exact | power if count >= low else exact
    return _Info(exact if len(exact) <= _LIMIT else None, need)


def _assert(op, av) -> _Info:
    """A lookaround of one character is kept as a zero-width place; any other is left out."""
    direction, item = av
    el = _one_char(*item[0]) if len(item) == 1 else None
    if el is None:
        return _Info(_EMPTY, None)
    src = f"(?{'<' if direction < 0 else ''}{'=' if op == sre.ASSERT else '!'}{el.src})"
    return _Info(frozenset({(El(src, 0.7, 0),)}), None)


def _node(op, av) -> _Info:
    if op == sre.IN and (chars := _small_class(av)):
        return _Info(frozenset((_literal(c),) for c in chars), None)
    if op in _ONE_CHAR:
        el = _one_char(op, av)
        return _Info(frozenset({(el,)}), None) if el else _UNKNOWN
    if op == sre.AT:
        return _Info(frozenset({(El(_BOUNDARIES[av], 0.5, 0),)}) if av in _BOUNDARIES else _EMPTY, None)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _assert(op, av)
    if op == sre.BRANCH:
        return _branch(av)
    if op in _REPEATS:
        return _repeat(av)
    if op == sre.SUBPATTERN:
        return _UNKNOWN if av[1] & _FLAGS else _seq(av[3])
    if op == sre.ATOMIC_GROUP:
        return _seq(av)
    return _UNKNOWN


# --- widths --------------------------------------------------------------------------------------

class Width(NamedTuple):
    """At most ``fixed`` characters plus, for each class, that many times its longest run in the text."""
    fixed: int
    runs: tuple[tuple[str, int], ...] = ()

    def plus(self, other: Width) -> Width:
        return _width(self.fixed + other.fixed, _merge(self.runs, other.runs, lambda a, b: a + b))

    def top(self, other: Width) -> Width:
        return _width(max(self.fixed, other.fixed), _merge(self.runs, other.runs, max))

    def times(self, n: int) -> Width:
        return _width(self.fixed * n, {k: v * n for k, v in self.runs})


def _width(fixed: int, runs: dict) -> Width:
    return Width(fixed, tuple(sorted(runs.items())))


def _merge(a, b, join) -> dict:
    out = dict(a)
    for key, value in b:
        out[key] = join(out[key], value) if key in out else value
    return out


def _reach(items, ahead: bool) -> Width | None:
    """The most characters a match spans from its start; with ``ahead``, what lookaheads read counts."""
    total = Width(0)
    for op, av in items:
        part = _node_reach(op, av, ahead)
        if part is None:
            return None
        total = total.plus(part)
    return total


def _node_reach(op, av, ahead: bool) -> Width | None:
    if op in _ONE_CHAR or op == sre.ANY:
        return Width(1)
    if op == sre.AT:
        return Width(0)
    if op in (sre.ASSERT, sre.ASSERT_NOT):      # a lookbehind may hold a lookahead: counted too
        return _reach(av[1], ahead) if ahead else Width(0)
    if op == sre.BRANCH:
        widths = [_reach(b, ahead) for b in av[1]]
        if any(w is None for w in widths):
            return None
        top = widths[0]
        for w in widths[1:]:
            top = top.top(w)
        return top
    if op in _REPEATS:
        return _repeat_reach(av, ahead)
    if op == sre.SUBPATTERN:
        return _reach(av[3], ahead)
    if op == sre.ATOMIC_GROUP:
        return _reach(av, ahead)
    return None


def _repeat_reach(av, ahead: bool) -> Width | None:
    _, high, item = av
    if high != sre.MAXREPEAT:
        sub = _reach(item, ahead)
        return sub.times(high) if sub is not None else None
    el = _one_char(*item[0]) if len(item) == 1 else None
    return _width(0, {el.src: 1}) if el is not None else None


# --- plans ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True, eq=False)
class Triggers:
    """A set of triggers: the anchors that find them, and a regex that holds where one starts, when
    the triggers say more than their anchors ("may(?!\\w)" where "may" is searched for). One object
    per distinct set, so that a text gathers each set once."""
    anchors: tuple[Anchor, ...]
    check: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Need:
    """A set of triggers every match holds, and how far before one a match can start."""
    triggers: Triggers
    back: Width


@dataclass(frozen=True, slots=True)
class Plan:
    """Where one rule can match."""
    needs: tuple[Need, ...]     # each is needed; the rarest first
    advance: Width              # the most characters a match spans
    reach: Width                # the most characters a search from a start reads


def plan(fast: re.Pattern[str], interned: dict | None = None) -> Plan | None:
    """The rule's plan, None when it must be searched whole."""
    if fast.flags & ~re.U:
        return None
    tree = _parser.parse(fast.pattern, fast.flags)
    items = _flat(tree)
    parts, reach = [_node_reach(op, av, False) for op, av in items], _reach(items, True)
    if tree.state.flags & ~re.U or tree.getwidth()[0] == 0 or None in parts or reach is None:
        return None
    chosen = _chosen(_candidates(items)[1])
    if not chosen:
        return None
    before = list(accumulate(parts, Width.plus, initial=Width(0)))    # before[i]: what items[:i] span
    interned = {} if interned is None else interned
    needs = {n.triggers: n for n in (_need(c, before, interned) for c in chosen)}
    return Plan(tuple(needs.values()), before[-1], reach)


def _chosen(candidates: list[_Candidate]) -> list[_Candidate]:
    """The rarest set, and up to ``_NEEDS - 1`` rare ones from other parts of the pattern."""
    chosen: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: _cost(c.fragments)):
        apart = all(o.last <= c.first or c.last <= o.first for o in chosen)
        if apart and len(chosen) < _NEEDS and (not chosen or _rare(c.fragments)):
            chosen.append(c)
    return chosen


def _rare(fragments) -> bool:
    return _cost(fragments) <= _SECOND_COST and all(a.cost <= _SECOND_ANCHOR for a in _anchors(fragments))


def _need(candidate: _Candidate, before: list[Width], interned: dict) -> Need:
    fragments = candidate.fragments
    anchors = _fewest(_anchors(fragments))
    sources = sorted({"".join(e.src for e in f) for f in fragments})
    plain = all(len(f) == 1 or all(e.char for e in f) for f in fragments)     # each trigger is its anchor
    key = (anchors, tuple(sources))
    if key not in interned:
        interned[key] = Triggers(anchors, None if plain else re.compile("|".join(sources)))
    return Need(interned[key], before[candidate.first + 1 if candidate.inner else candidate.first])


def _fewest(anchors: set[Anchor]) -> tuple[Anchor, ...]:
    """The anchors less those whose every place another one finds: "april" when "apr" is there."""
    def covered(a: Anchor) -> bool:
        return not a.is_class and any(
            b != a and not b.is_class and b.text in a.text and a.offset + a.text.find(b.text) == b.offset
            for b in anchors)
    return tuple(sorted(a for a in anchors if not covered(a)))


class Rules:
    """The plans of a sequence of (case-sensitive) patterns."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]):
        interned: dict = {}
        self.plans = tuple(_plan_or_whole(p, interned) for p in patterns)
        self.runs = _widest({src for p in self.plans if p for w in _widths(p) for src, _ in w.runs})

    def text(self, low: str) -> Text:
        return Text(low, self.runs)


def _plan_or_whole(pattern: re.Pattern[str], interned: dict) -> Plan | None:
    """The plan, or None (search whole) when the private parser reads the pattern in a way not
    foreseen here: a slower search, never a wrong one."""
    try:
        return plan(pattern, interned)
    except (AttributeError, TypeError, ValueError, KeyError, IndexError):
        return None


def _widths(rule: Plan) -> list[Width]:
    return [rule.advance, rule.reach, *(n.back for n in rule.needs)]


def _widest(classes: set[str]) -> dict[str, str]:
    """For each class, the widest that holds it and a few characters more, whose longest run bounds
    its own, so that one search gives both: [\\s] -> [\\-\\s]."""
    members = {src: _members(src) for src in classes}

    def wider(a: str, b: str) -> bool:
        return members[a] <= members[b] and all(kind == sre.LITERAL for kind, _ in members[b] - members[a])
    return {a: max((b for b in classes if wider(a, b)), key=lambda b: len(members[b])) for a in classes}


def _members(src: str) -> frozenset:
    """The parts of a class, as the parser reads them: {(LITERAL, 45), (CATEGORY, CATEGORY_SPACE)}."""
    [(op, av)] = _parser.parse(src)
    if op == sre.IN and all(kind != sre.NEGATE for kind, _ in av):
        return frozenset(av)
    return frozenset({(op, av)}) if op == sre.LITERAL else frozenset({src})


# --- scanning ------------------------------------------------------------------------------------

class Text:
    """A lower-cased text, with what the plans ask of it gathered once."""

    def __init__(self, low: str, runs: dict[str, str] | None = None):
        self.low = low
        self._run_class = runs or {}
        self._words: dict[str, list[int]] = {}
        self._distinct: str | None = None
        self._classes: dict[str, list[int]] = {}
        self._runs: dict[str, int] = {}
        self._starts: dict[Triggers, list[int]] = {}

    def chars(self, width: Width) -> int:
        return width.fixed + sum(n * self._run(src) for src, n in width.runs)

    def starts(self, triggers: Triggers) -> list[int]:
        """Every place where a trigger of the set can start (and some more), in order."""
        if triggers not in self._starts:
            found: set[int] = set()
            for a in triggers.anchors:
                places = self._class(a.text) if a.is_class else self._word(a.text)
                found.update([p - a.offset for p in places] if a.offset else places)
            check, low = triggers.check, self.low
            self._starts[triggers] = sorted(found) if check is None else \
                [t for t in sorted(found) if t >= 0 and check.match(low, t)]
        return self._starts[triggers]

    def near(self, triggers: Triggers, first: int, last: int) -> bool:
        starts = self.starts(triggers)
        i = bisect_left(starts, first)
        return i < len(starts) and starts[i] <= last

    def _word(self, word: str) -> list[int]:
        if word not in self._words:
            low, out = self.low, []
            i = low.find(word) if self._may_hold(word) else -1
            while i >= 0:
                out.append(i)
                i = low.find(word, i + 1)
            self._words[word] = out
        return self._words[word]

    def _may_hold(self, word: str) -> bool:
        """Whether the word can be in the text, asked of its distinct words, about half as long."""
        if not word.isalnum() and any(c.isspace() for c in word):
            return True
        if self._distinct is None:
            self._distinct = " ".join(set(self.low.split()))
        return word in self._distinct

    def _class(self, src: str) -> list[int]:
        if src not in self._classes:
            self._classes[src] = [m.start() for m in re.finditer(src, self.low)]
        return self._classes[src]

    def _run(self, src: str) -> int:
        """The longest run of the class in the text (1 when none is longer)."""
        if src not in self._runs:
            wider = self._run_class.get(src, src)
            self._runs[src] = self._runs[wider] if wider in self._runs else \
                max(map(len, re.findall(f"{wider}{{2,}}", self.low)), default=1)
            self._runs[wider] = self._runs[src]
        return self._runs[src]


def too_short(low: str) -> bool:
    """Whether the text costs less to search whole than to gather triggers for."""
    return len(low) < _SHORT


def places(rule: Plan, text: Text) -> list[tuple[int, int]]:
    """The merged stretches [first, last] of places where a match of the rule can start."""
    lead = None
    for need in rule.needs:
        starts = text.starts(need.triggers)
        if not starts:
            return []
        if lead is None or len(starts) < len(text.starts(lead.triggers)):
            lead = need
    others = [n.triggers for n in rule.needs if n is not lead]
    back, advance = text.chars(lead.back), text.chars(rule.advance)
    out: list[list[int]] = []
    for t in text.starts(lead.triggers):
        if others and not all(text.near(o, t - back, t + advance - 1) for o in others):
            continue
        if out and t - back <= out[-1][1] + 1:
            out[-1][1] = t
        else:
            out.append([max(0, t - back), t])
    return [(a, b) for a, b in out]


def scan(fast: re.Pattern[str], rule: Plan | None, text: Text) -> Iterator[re.Match[str]]:
    """The matches ``fast.finditer(text.low)`` gives, searched only where ``rule`` says they can start."""
    low = text.low
    if rule is None:
        yield from fast.finditer(low)
        return
    reach, pos, n = None, 0, len(low)
    for a, b in places(rule, text):
        reach = text.chars(rule.reach) + 2 if reach is None else reach
        p = max(a, pos)
        while p <= b:
            m = fast.search(low, p, min(n, b + reach))
            if m is None or m.start() > b:
                break
            yield m
            p = pos = m.end()
