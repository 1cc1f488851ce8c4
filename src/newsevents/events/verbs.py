"""Verb -> CAMEO code: the verb's dictionary entry, then the most specific pattern that matches.

A pattern (``- WORDS * WORDS [CODE]``) matches when its words before ``*`` occur, in order,
among the words before the verb and its words after ``*`` in order among the verb's phrase
(other words may come between, as in TABARI). A synset ``&NAME`` matches any of its phrases;
``+``/``$``/``%``/``^`` are actor slots and match no word; brackets only group. The pattern
with the most matched words wins (file order breaks ties); none: the verb's own code.
"""
from __future__ import annotations

import functools

from dataclasses import dataclass

from ..cameo import VerbDictionary, VerbEntry, VerbPattern
from ..records import Token
from .lang import GATHERINGS, TEMPORAL_PREPOSITIONS, TIME_WORDS, WITH_THE_DOERS
from .tree import Sentence

BEFORE = 8  # words before the verb a pattern may look at
AFTER = 25  # words of the verb's phrase after it
SLOTS = frozenset("+$%^")
GROUPING = frozenset("(){}")
GERUND_PREPOSITIONS = frozenset({"for", "over", "on", "about", "against"})  # "criticised Y [for] failing to ..."
PARTICLES = ("compound:prt", "prt")  # a verb's own particle: "called [on]"
CLAUSE_BOUNDARY = ("advcl", "ccomp", "parataxis", "acl:relcl", "relcl", "conj", "csubj")


@dataclass(frozen=True, slots=True)
class Coding:
    """The code a verb gets, and where it came from."""

    entry: VerbEntry
    code: str
    pattern: VerbPattern | None
    tokens: tuple[Token, ...]  # the verb's words ("called off")
    slots: str  # actor slots of the pattern: "+", "$", "%" before/after marks, "" for none
    via: str = ""  # what refined the verb's code besides a pattern: "frame", "noun", "" for nothing


def find_entries(verbs: VerbDictionary, sent: Sentence,
                 verb: Token) -> tuple[tuple[VerbEntry, ...], tuple[Token, ...]] | None:
    """Every block's entry of the verb's form, in dictionary order (a form may sit in more than one
    block: CAMEO.2.0 files CUT under SEPARATE and SLASH), with the words it spans: the form, a
    particle or neighbours for multi-word verbs."""
    tokens = sent.tokens
    at = verb.i - sent.first
    best = None
    for left in range(0, 3):
        for right in range(0, 3):
            lo, hi = at - left, at + right + 1
            if lo < 0 or hi > len(tokens):
                continue
            window = tokens[lo:hi]
            entries = verbs.lookup(" ".join(t.text for t in window))
            if entries and (best is None or len(window) > len(best[1])):
                best = (entries, tuple(window))
    particle = sent.child(verb, "compound:prt", "prt")
    if particle is not None and (best is None or len(best[1]) < 2):
        entries = verbs.lookup(f"{verb.text} {particle.text}") or verbs.lookup(f"{verb.lemma} {particle.text}")
        if entries:
            best = (entries, (verb, particle))
    if best is None:
        entries = verbs.lookup(verb.lemma)
        if entries:
            best = (entries, (verb,))
    return best


def code_verb(verbs: VerbDictionary, sent: Sentence, verb: Token) -> Coding | None:
    found = find_entries(verbs, sent, verb)
    if found is None:
        return None
    entries, words = found
    before = _words(sent.tokens[max(0, verb.i - sent.first - BEFORE): words[0].i - sent.first])
    after = _words(_phrase_after(sent, verb, words), verb, sent)
    best: tuple[int, VerbPattern] | None = None
    present = ({w for pair in before for w in pair}, {w for pair in after for w in pair})
    entry = entries[-1]
    for block in _blocks(entries):
        for row in _candidates(verbs, block.verb, present[0] | present[1]):
            score = _score(row, before, after, present)
            if score is None or best is not None and score < best[0]:
                continue
            if best is None or score > best[0] or block is entry and _refines(row[0], best):
                best, entry = (score, row[0]), block
    if best is None:
        return Coding(entry, entry.code, None, words, "")
    return Coding(entry, best[1].code, best[1], words, _slots(best[1]))


def _blocks(entries: tuple[VerbEntry, ...]) -> list[VerbEntry]:
    """The blocks whose patterns a verb's form may take, last first (the last wins a tie, as it
    alone gives the code when no pattern matches): those of the file that defines the form last,
    so that a file read later still overrides a verb of an earlier one; one entry per block."""
    last = entries[-1].source_file
    out: list[VerbEntry] = []
    for entry in reversed(entries):
        if entry.source_file == last and all(entry.verb != e.verb for e in out):
            out.append(entry)
    return out


def _refines(pattern: VerbPattern, best: tuple[int, VerbPattern]) -> bool:
    """A pattern of a later file as specific as the best so far wins: files read later (ours after
    CAMEO.2.0, a user's after ours) refine the ones before; within one file the first wins."""
    return pattern.source_file != best[1].source_file


def _phrase_after(sent: Sentence, verb: Token, words: tuple[Token, ...]) -> list[Token]:
    """The verb's phrase after its words, without the clauses hanging from it."""
    last = words[-1].i
    phrase = sent.subtree(verb, skip=CLAUSE_BOUNDARY, limit=AFTER * 2)
    beyond = {t.i for token in phrase if _purpose(sent, token) for t in _after_comma(sent.subtree(token))}
    phrase = [t for t in phrase if t.i not in beyond]
    for clause in sent.children(verb, "advcl"):  # "attacked Y [for accumulating wealth]": a phrase, as "for X"
        if any(m.text.lower() in GERUND_PREPOSITIONS for m in sent.children(clause, "mark")):
            phrase += [t for t in sent.subtree(clause, skip=CLAUSE_BOUNDARY, limit=AFTER) if t not in phrase]
            phrase = sorted(phrase, key=lambda t: t.i)
        elif _told_to(sent, verb, clause, words):  # "ordered diplomats [to leave]", misparsed: "(TO LEAVE)"
            phrase = sorted(set(phrase) | {clause, *sent.children(clause, "mark")}, key=lambda t: t.i)
    head = sent.head(verb)
    if verb.dep == "amod" and head is not None and head.i > last:  # "severed[amod] diplomatic relations"
        phrase += [t for t in sent.subtree(head, skip=CLAUSE_BOUNDARY, limit=AFTER) if t.i > last]
        phrase = sorted(set(phrase), key=lambda t: t.i)
    aside = {t.i for child in sent.children(verb) if _is_time(child) for t in sent.subtree(child)}
    if verb.lemma.lower() in GATHERINGS:
        aside |= {t.i for clause in sent.children(verb, "xcomp") for t in sent.subtree(clause)}
    aside |= {t.i for token in phrase if _when(sent, token) or _told_by(sent, token) or _free_adjunct(sent, token)
              or _along_with(sent, token) for t in sent.subtree(token)}
    return [t for t in phrase if t.i > last and t.i not in aside][:AFTER]


def _told_to(sent: Sentence, verb: Token, clause: Token, words: tuple[Token, ...]) -> bool:
    """A "to" clause right after the verb's object, which the parser hung on the verb as an
    adverbial: what the object is told to do ("ordered two diplomats [to leave]", "called on
    Uganda [to stop] the fighting", where "on" is the verb's own)."""
    marks = sent.children(clause, "mark")
    objects = [o for o in sent.children(verb, "obj", "obl") if o.i < clause.i
               and (o.dep == "obj" or sent.child(o, "case") in words)]
    return (len(marks) == 1 and marks[0].text.lower() == "to" and bool(objects)
            and max(t.i for t in sent.subtree(objects[-1])) + 1 == marks[0].i)


def _purpose(sent: Sentence, token: Token) -> bool:
    """A "to" + verb clause of a noun after the verb: "a grant [to finance projects]", "launched an
    operation [to flush out rebels from the forest, on the border with Somalia]"."""
    return token.dep == "acl" and any(m.text.lower() == "to" for m in sent.children(token, "mark"))


def _after_comma(words: list[Token]) -> list[Token]:
    """The words of a purpose clause after its first comma ("..., on the border"): no more the
    verb's phrase, whose pattern words ("* GRANT TO FINANCE", "* BORDER") come before."""
    comma = next((n for n, t in enumerate(words) if t.text == ","), None)
    return words[comma:] if comma is not None else []


def _free_adjunct(sent: Sentence, token: Token) -> bool:
    """A participle clause after a comma that the parser hung on a noun ("stressed the importance of
    peace, [reiterating their opposition to ...]"): a clause of its own, not the verb's phrase."""
    before = sent.token(token.i - 1)
    return token.dep == "acl" and token.tag == "VBG" and before is not None and before.text == ","


def _along_with(sent: Sentence, token: Token) -> bool:
    """"along with donors", "together with Y": more of the doers, no pattern's "with" partner."""
    return token.dep.startswith("obl") and sent.case_word(token) in WITH_THE_DOERS


def _is_time(token: Token) -> bool:
    """A time expression hung on the verb ("on Wednesday", "last month"): no pattern word of its."""
    return token.dep.startswith(("obl", "nmod", "npadvmod")) and token.lemma.lower() in TIME_WORDS


def _when(sent: Sentence, token: Token) -> bool:
    """A phrase that dates the verb, or the noun it qualifies, by another event ("before the
    election", "refugees [during the war]"): its words are no pattern's object ("want to meet
    before the election" demands no election; sheltering refugees during a war is no fighting)."""
    return token.dep.startswith(("obl", "nmod")) and sent.case_word(token) in TEMPORAL_PREPOSITIONS


def _told_by(sent: Sentence, token: Token) -> bool:
    """"according to the United Nations": who tells of the act, no pattern's object ("according"
    is no accord)."""
    return token.dep.startswith(("obl", "nmod")) and sent.case_word(token) == "according"


class _Word(tuple):
    """A word as (TEXT, LEMMA), knowing whether it is a preposition (`adp`)."""

    adp: bool = False
    own: bool = True  # a preposition of a phrase hung on the verb itself ("broke [with] X")
    infinitive: bool = False  # the "to" of an infinitive ("ordered them [to] leave")


def _word(token: Token, verb: Token | None = None, sent: Sentence | None = None) -> _Word:
    word = _Word((token.text.upper(), token.lemma.upper()))
    gerund = token.dep == "mark" and token.text.lower() in GERUND_PREPOSITIONS  # "for [accumulating]"
    word.adp = token.pos == "ADP" or gerund
    word.infinitive = token.dep == "mark" and token.text.lower() == "to"
    phrase = sent.head(token) if sent is not None and (token.dep == "case" or gerund or word.infinitive) else None
    word.own = phrase is not None and verb is not None and phrase.head == verb.i \
        or token.dep in PARTICLES and verb is not None and token.head == verb.i  # "called [on] both sides"
    return word


class _Preposition(tuple):
    """The options of a pattern word that opens a bracketed phrase, "(TO ...)": a preposition, so
    it does not match the "to" of an infinitive ("efforts to improve")."""


def _words(tokens, verb: Token | None = None, sent: Sentence | None = None) -> list[_Word]:
    return [_word(t, verb, sent) for t in tokens if t.pos != "PUNCT"]


_COMPILED: dict[tuple[int, str], tuple] = {}


def _compiled(verbs: VerbDictionary, verb: str) -> tuple[list[tuple], list[int], dict[str, list[int]]]:
    """The patterns of `verb` that can match at all, each with its two sides expanded into
    phrases and into the word sets they need: (pattern, left, right, left needs, right needs);
    with the rows that need no particular word, and the others filed under one word they need."""
    key = (id(verbs), verb)
    if key not in _COMPILED:  # the dictionary is kept in the value, so its id is never reused
        rows, always, by_word = [], [], {}
        for pattern in verbs.patterns_for(verb):
            left, right = _phrases(verbs, pattern.before), _phrases(verbs, pattern.after)
            if left is not None and right is not None:
                needs = (_needs(left), _needs(right))  # built once per verb, cached with the rows
                must = needs[0][0] | needs[1][0]
                if must:
                    by_word.setdefault(max(must, key=lambda w: (len(w), w)), []).append(len(rows))
                else:
                    always.append(len(rows))
                rows.append((pattern, left, right, *needs))
        _COMPILED[key] = (verbs, (rows, always, by_word))
    return _COMPILED[key][1]


def _candidates(verbs: VerbDictionary, verb: str, present: set[str]) -> list[tuple]:
    """The rows of `verb` whose filing word occurs around it, in dictionary order (ties between
    equally specific patterns of one file go to the earlier one; see `_refines`)."""
    rows, always, by_word = _compiled(verbs, verb)
    picked = set(always)
    for word in present & by_word.keys():
        picked.update(by_word[word])
    return [rows[i] for i in sorted(picked)]


def _score(row: tuple, before, after, present) -> int | None:
    """How specific the row's pattern is when it matches the words around the verb; None if it does not."""
    _, left, right, needs_left, needs_right = row
    if not (_possible(needs_left, present[0]) and _possible(needs_right, present[1])):  # cheap test first
        return None
    if not _in_order(list(reversed(left)), list(reversed(before)), reverse=True):
        return None
    if not _in_order(right, after, first_own=True):
        return None
    return sum(max(len(p[0].split()), 1) for p in left + right)


def _possible(needs: tuple[frozenset, tuple[tuple[frozenset, ...], ...]], present: set[str]) -> bool:
    """Whether every group has an option all of whose words occur in `present`: the words of
    one-option groups in one set test, then each group with several options."""
    must, groups = needs
    return must <= present and all(any(option <= present for option in options) for options in groups)


def _needs(groups: list[tuple[str, ...]]) -> tuple[frozenset, tuple[tuple[frozenset, ...], ...]]:
    """The words a side of a pattern needs, as sets: those of its one-option groups together,
    then each group with several options."""
    sets = [tuple(frozenset(_split(option, False)) for option in options) for options in groups]
    must = frozenset().union(*(options[0] for options in sets if len(options) == 1))
    return must, tuple(options for options in sets if len(options) != 1)


@functools.lru_cache(maxsize=1 << 16)
def _split(phrase: str, reverse: bool) -> tuple[str, ...]:
    parts = tuple(phrase.split())
    return parts[::-1] if reverse else parts


_PHRASES: dict[tuple[int, tuple[str, ...]], tuple[VerbDictionary, list | None]] = {}


def _phrases(verbs: VerbDictionary, tokens: tuple[str, ...]) -> list[tuple[str, ...]] | None:
    """Each pattern word or synset as the phrases it may be, slots and brackets left out (cached)."""
    key = (id(verbs), tokens)
    if key not in _PHRASES:  # the dictionary is kept in the value, so its id is never reused
        _PHRASES[key] = (verbs, _expand(verbs, tokens))
    return _PHRASES[key][1]


def _expand(verbs: VerbDictionary, tokens: tuple[str, ...]) -> list[tuple[str, ...]] | None:
    found, opened = [], False
    for token in tokens:
        if token in SLOTS or token in GROUPING:
            opened = token == "(" or (opened and token in SLOTS)
            continue
        try:
            options = verbs.expand(token) if token.startswith("&") else (token,)
        except KeyError:
            return None
        found.append(_Preposition(options) if opened else options)
        opened = False
    return found


def _in_order(phrases: list[tuple[str, ...]], words: list[tuple[str, str]], *, reverse: bool = False,
              first_own: bool = False) -> bool:
    """Whether the phrases occur in order among the words. With `first_own`, a bracketed phrase right
    after the verb ("* (WITH)") must be the verb's own ("broke with X"), not one inside its object
    ("beat activists with batons")."""
    at = 0
    for n, options in enumerate(phrases):
        then = phrases[n + 1] if n + 1 < len(phrases) and not reverse else None
        hit = _find(options, words, at, reverse, own=first_own and n == 0, then=then)
        if hit is None:
            return False
        at = hit
    return True


def _find(options: tuple[str, ...], words: list[tuple[str, str]], at: int, reverse: bool, *,
          own: bool = False, then: tuple[str, ...] | None = None) -> int | None:
    """Where the first of `options` ends among the words from `at`. A bracketed phrase's first word
    is a preposition; "(TO LEAVE)" also matches an infinitive ("ordered them [to leave]") when the
    pattern's next word (`then`) follows it."""
    preposition = isinstance(options, _Preposition)
    for i in range(at, len(words)):
        if preposition and not getattr(words[i], "adp", True) and not _infinitive(words, i, then):
            continue
        if preposition and own and not getattr(words[i], "own", True):
            continue
        for phrase in options:
            parts = _split(phrase, reverse)
            if all(i + k < len(words) and part in words[i + k] for k, part in enumerate(parts)):
                return i + len(parts)
    return None


def _infinitive(words: list[tuple[str, str]], i: int, then: tuple[str, ...] | None) -> bool:
    """Whether words[i] is the "to" of an infinitive whose verb is the pattern's next word."""
    return (then is not None and getattr(words[i], "infinitive", False) and i + 1 < len(words)
            and any(phrase in words[i + 1] for phrase in then if " " not in phrase))


def _slots(pattern: VerbPattern) -> str:
    """"+<" target slot before the verb, "$>" source slot after it, "%" both sides."""
    marks = [f"{t}<" for t in pattern.before if t in "+$"] + [f"{t}>" for t in pattern.after if t in "+$"]
    if "%" in pattern.tokens:
        marks.append("%")
    return " ".join(marks)
