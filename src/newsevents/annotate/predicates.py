"""Mend one misparse: a sentence's verb hung on its subject as a modifier.

"The group's leader, Naim Qassem, warned in a televised speech last Thursday that the movement
would ...": after a subject and an apposition between commas, the parser sometimes makes the
subject noun the root and the verb a clause modifying it (`acl`), with the reported clause
another modifier of the noun, so the sentence has no verb for the events and quotes stages to
read. The surface is plain: the root is a noun, and a finite verb in the past or present tense
(tagged VBD, VBZ or VBP, never a participle) hangs on it as a clause, right after a comma, with
no subject of its own. This rebuilds it as UD writes it: the verb is the root, the noun its
subject, and what came after the verb on the noun hangs on the verb (a clause opened by "that"
as its complement, `ccomp`). A repair that would leave a cycle is dropped.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from ..records import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CLAUSE_DEPS = frozenset({"acl", "acl:relcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})


def hung_verbs(tokens: list[Token]) -> list[Token]:
    """The tokens, with each sentence whose verb was hung on its subject rebuilt (see the module)."""
    if not tokens:
        return tokens
    first, out = tokens[0].i, list(tokens)
    for _, group in groupby(tokens, key=lambda t: t.sent):
        sentence = [t.i - first for t in group]
        roots = [k for k in sentence if out[k].dep == "ROOT"]
        if len(roots) != 1 or out[roots[0]].pos not in ("NOUN", "PROPN"):
            continue
        mended = _mend(out, first, roots[0], sentence)
        out = mended if mended is not None else out
    return out


def _mend(tokens: list[Token], first: int, noun: int, sentence: list[int]) -> list[Token] | None:
    children = [k for k in sentence if tokens[k].head - first == noun and k != noun]
    verb = next((k for k in children if k > noun and tokens[k].dep in CLAUSE_DEPS
                 and tokens[k].tag in FINITE_TAGS and tokens[k - 1].text == ","
                 and not any(tokens[c].head - first == k and tokens[c].dep in SUBJECT_DEPS for c in sentence)), None)
    if verb is None:
        return None
    out = list(tokens)
    out[verb] = replace(out[verb], head=out[verb].i, dep="ROOT")
    out[noun] = replace(out[noun], head=out[verb].i, dep="nsubj")
    for k in children:
        if k > verb:
            dep = "ccomp" if tokens[k].dep in CLAUSE_DEPS and _opened_by_that(tokens, first, k, sentence) \
                else tokens[k].dep
            out[k] = replace(out[k], head=out[verb].i, dep=dep)
    return out if _acyclic(out, first, sentence) else None


def _opened_by_that(tokens: list[Token], first: int, k: int, sentence: list[int]) -> bool:
    return any(tokens[c].head - first == k and tokens[c].dep == "mark" and tokens[c].text.lower() == "that"
               for c in sentence)


def _acyclic(tokens: list[Token], first: int, sentence: list[int]) -> bool:
    for k in sentence:
        at, steps = k, 0
        while tokens[at].head - first != at:
            at, steps = tokens[at].head - first, steps + 1
            if steps > len(sentence):
                return False
    return True
