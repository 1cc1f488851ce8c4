"""Mend two misparses around relative clauses: a "whose" clause between a subject and its verb,
and an infinitive after a relative clause on an object (see `relative_infinitives`).

"France, whose troops left Mali in 2022, declined to comment", "The minister, whose plane landed
in Bamako, declined to comment": the parser makes the relative clause's verb ("left") the root,
hangs the subject on it (or leaves it a vocative) and makes the real verb ("declined") its
conjunct, so the subject did not decline anything and no actor did. The surface is plain: a noun,
a comma, "whose", a clause, a comma, then the verb the parse made that clause's conjunct. This
rebuilds it as UD writes it: the clause's verb is an `acl:relcl` of the noun, the noun the subject
of the later verb, which takes the place the clause's verb had (the root, most often), and what
came after it on the clause's verb (the full stop) hangs on it. The later verb may also have
been made a `parataxis` ("The talks, whose outcome was unclear, were suspended"). A repair that
would leave a cycle is dropped.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from ..records import Token
from .repair import acyclic

NOUNS = frozenset({"NOUN", "PROPN"})
VERBS = frozenset({"VERB", "AUX"})
LATER_DEPS = frozenset({"conj", "parataxis"})  # what the parse made of the verb after the clause


def whose_clauses(tokens: list[Token]) -> list[Token]:
    """The tokens, with each misparsed "whose" clause rebuilt (see the module)."""
    if not tokens:
        return tokens
    first, out = tokens[0].i, list(tokens)
    for _, group in groupby(tokens, key=lambda t: t.sent):
        sentence = [t.i - first for t in group]
        for k in sentence[2:]:
            if out[k].text.lower() == "whose" and out[k - 1].text == "," and out[k - 2].pos in NOUNS:
                mended = _mend(out, first, k - 2, k, sentence)
                out = mended if mended is not None else out
    return out


def _mend(tokens: list[Token], first: int, noun: int, whose: int, sentence: list[int]) -> list[Token] | None:
    clause = _verb_above(tokens, first, tokens[whose].head - first)
    if clause is None:
        return None
    later = next((k for k in sentence if k > clause and tokens[k].head - first == clause
                  and tokens[k].dep in LATER_DEPS and tokens[k].pos in VERBS and _after_comma(tokens, first, k)), None)
    if later is None:
        return None
    out = list(tokens)
    verb = tokens[clause]
    if verb.head == verb.i:
        out[later] = replace(out[later], head=out[later].i, dep="ROOT")
    else:
        out[later] = replace(out[later], head=verb.head, dep=verb.dep)
    out[clause] = replace(verb, head=out[noun].i, dep="acl:relcl")
    passive = any(tokens[k].head - first == later and tokens[k].dep == "aux:pass" for k in sentence)
    out[noun] = replace(out[noun], head=out[later].i, dep="nsubj:pass" if passive else "nsubj")
    for k in sentence:  # the comma before the verb and what follows it leave the clause
        if k >= later - 1 and k != later and tokens[k].head - first == clause:
            out[k] = replace(out[k], head=out[later].i)
    return out if acyclic(out, first, sentence) else None


def _after_comma(tokens: list[Token], first: int, k: int) -> bool:
    """Whether a comma comes right before the verb and its auxiliaries ("..., [were] suspended")."""
    at = k - 1
    while at > 0 and tokens[at].head - first == k and tokens[at].dep in ("aux", "aux:pass", "advmod"):
        at -= 1
    return tokens[at].text == ","


def _verb_above(tokens: list[Token], first: int, at: int) -> int | None:
    """The predicate at or above token `at` (the noun "whose" belongs to, as subject or object):
    a verb, or the root the parse made of an adjective ("whose outcome was [unclear]")."""
    for _ in range(4):
        if tokens[at].pos in VERBS or tokens[at].dep == "ROOT":
            return at
        head = tokens[at].head - first
        if head == at:
            return None
        at = head
    return None


OBJECT_DEPS = frozenset({"obj", "iobj"})
ASKED_DEPS = OBJECT_DEPS | {"obl"}  # "urged [Uganda], ...", "called on [the United States], ..."
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


def relative_infinitives(tokens: list[Token]) -> list[Token]:
    """The tokens, with each "to" + verb after a relative clause on an object moved back to the
    verb of that object: in "called on the United States and France, which monitor the truce, to
    pressure Israel" the parser hangs "to pressure" on "monitor", so the pressure became something
    the monitors did, and the call asked for nothing. The surface: a relative clause (its verb an
    `acl:relcl` with a relative pronoun) on an object or an oblique of a verb, a comma, "to", a
    verb the parse hung on the relative clause's verb. It becomes what it is after such a verb
    without the clause between: `xcomp` after an object, `advcl` after an oblique."""
    if not tokens:
        return tokens
    first, out = tokens[0].i, list(tokens)
    for _, group in groupby(tokens, key=lambda t: t.sent):
        sentence = [t.i - first for t in group]
        for k in sentence[:-2]:
            if out[k].text == "," and out[k + 1].text.lower() == "to" and out[k + 1].dep == "mark":
                mended = _moved_infinitive(out, first, k + 2, sentence)
                out = mended if mended is not None else out
    return out


def _moved_infinitive(tokens: list[Token], first: int, verb: int, sentence: list[int]) -> list[Token] | None:
    if tokens[verb].pos not in VERBS or tokens[verb - 1].head - first != verb:
        return None
    relative = tokens[verb].head - first
    if tokens[relative].dep not in ("acl:relcl", "relcl") or relative > verb or not any(
            tokens[k].head - first == relative and tokens[k].text.lower() in RELATIVE_PRONOUNS for k in sentence):
        return None
    noun = tokens[relative].head - first
    while tokens[noun].dep == "conj" and tokens[noun].head - first != noun:
        noun = tokens[noun].head - first  # "the United States and [France], which ..."
    governor = tokens[noun].head - first
    if tokens[noun].dep not in ASKED_DEPS or tokens[governor].pos not in VERBS:
        return None
    out = list(tokens)
    out[verb] = replace(out[verb], head=out[governor].i, dep="xcomp" if tokens[noun].dep in OBJECT_DEPS else "advcl")
    return out if acyclic(out, first, sentence) else None
