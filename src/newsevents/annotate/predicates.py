"""Mend four misparses: "at least" read as a preposition, a sentence's verb hung on its subject,
a reported clause hung on the first of two subjects, and a second verb read as an adjective. First, a word tagged as a finite verb is
a verb whatever part of speech the parts-of-speech tagger gave it ("summoned" as ADJ/VBD).

"The attack killed at least 20 people": the parser reads "at" as the case marker of "people",
and then hangs "killed" on "attack" as a modifier, leaving the sentence a noun phrase. "At least"
and "at most" before a number are an adverb of the number (`advmod`, "least" `fixed`), and the noun
they had made an oblique of the verb is its object again.

"The group's leader, Naim Qassem, warned in a televised speech last Thursday that the movement
would ...": after a subject and an apposition between commas, the parser sometimes makes the
subject noun the root and the verb a clause modifying it (`acl`), with the reported clause
another modifier of the noun, so the sentence has no verb for the events and quotes stages to
read. The surface is plain: the root is a noun, and a finite verb in the past or present tense
(tagged VBD, VBZ or VBP) hangs on it as a clause, right after a comma or right after the noun,
with no subject of its own (a participle only when it has an object, which no noun's modifier
has). This rebuilds it as UD writes it: the verb is the root, the noun its subject, and what came
after the verb on the noun hangs on the verb (a clause opened by "that" as its complement,
`ccomp`).

"Police arrested 40 protesters, witnesses said", read with "arrested" a modifier of "Police" and
both nouns subjects of "said": the first subject's clause becomes the complement of "said" and the
noun its subject. "Kenya summoned Uganda's ambassador, the ministry said", read with "ambassador" a
second subject of "said": it is the object of the reported verb that has none. A repair that would
leave a cycle is dropped.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from itertools import groupby

from ..records import Token
from .repair import acyclic

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
BOUNDS = frozenset({"least", "most"})  # "at least 20", "at most 12"
CLAUSE_DEPS = frozenset({"acl", "acl:relcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})
OBJECT_DEPS = ("obj", "dobj")


def hung_verbs(tokens: list[Token]) -> list[Token]:
    """The tokens, with "at least" mended and each sentence whose verb was hung on its subject
    rebuilt (see the module)."""
    if not tokens:
        return tokens
    first, out = tokens[0].i, _bounds(_second_verbs(_finite_verbs(list(tokens))))
    for _, group in groupby(tokens, key=lambda t: t.sent):
        sentence = [t.i - first for t in group]
        roots = [k for k in sentence if out[k].dep == "ROOT"]
        if len(roots) != 1:
            continue
        kids = _children(out, first, sentence)
        if out[roots[0]].pos in ("NOUN", "PROPN"):
            mended = _mend(out, first, roots[0], sentence, kids)
        else:
            mended = _two_subjects(out, first, sentence, kids)
        out = mended if mended is not None else out
    return out


def _children(tokens: list[Token], first: int, sentence: list[int]) -> dict[int, list[int]]:
    """Each position's dependents (positions in `tokens`), in text order."""
    kids: dict[int, list[int]] = {}
    for k in sentence:
        if tokens[k].head - first != k:
            kids.setdefault(tokens[k].head - first, []).append(k)
    return kids


def _has(tokens: list[Token], kids: dict[int, list[int]], k: int, deps: Collection[str],
         text: str | None = None) -> bool:
    """Whether position k has a dependent of one of `deps` (and, with `text`, of that lower-case text)."""
    return any(tokens[c].dep in deps and (text is None or tokens[c].text.lower() == text) for c in kids.get(k, ()))


def _mend(tokens: list[Token], first: int, noun: int, sentence: list[int],
          kids: dict[int, list[int]]) -> list[Token] | None:
    children = kids.get(noun, [])
    verb = next((k for k in children if k > noun and tokens[k].dep in CLAUSE_DEPS
                 and _finite(tokens, kids, k) and (tokens[k - 1].text == "," or k == noun + 1)
                 and not _has(tokens, kids, k, SUBJECT_DEPS)), None)
    if verb is None:
        return None
    out = list(tokens)
    out[verb] = replace(out[verb], head=out[verb].i, dep="ROOT")
    out[noun] = replace(out[noun], head=out[verb].i, dep="nsubj")
    for k in children:
        if k > verb:
            dep = "ccomp" if tokens[k].dep in CLAUSE_DEPS and _has(tokens, kids, k, ("mark",), "that") \
                else tokens[k].dep
            out[k] = replace(out[k], head=out[verb].i, dep=dep)
    return out if acyclic(out, first, sentence) else None


def _finite(tokens: list[Token], kids: dict[int, list[int]], k: int) -> bool:
    """A verb in a finite tense, or a participle with a direct object, which no noun's modifier
    has ("The attack [killed] at least 20 people")."""
    return tokens[k].tag in FINITE_TAGS or tokens[k].tag == "VBN" and _has(tokens, kids, k, OBJECT_DEPS)


def _two_subjects(tokens: list[Token], first: int, sentence: list[int],
                  kids: dict[int, list[int]]) -> list[Token] | None:
    """ "Police [arrested] 40 protesters, witnesses said" read with "arrested" a modifier of "Police"
    and both nouns subjects of "said": the first subject's clause is what was said."""
    for verb in sentence:
        subjects = [c for c in kids.get(verb, ()) if tokens[c].dep in ("nsubj", "nsubj:pass")]
        if len(subjects) < 2 or tokens[verb].pos not in ("VERB", "AUX"):
            continue
        noun = subjects[0]
        out = list(tokens)
        clause = next((c for c in kids.get(noun, ()) if c == noun + 1
                       and tokens[c].dep in CLAUSE_DEPS and _finite(tokens, kids, c)), None)
        reported = next((c for c in kids.get(verb, ()) if tokens[c].dep == "ccomp" and c < noun
                         and not _has(tokens, kids, c, OBJECT_DEPS) and _has(tokens, kids, c, ("nsubj",))), None)
        if clause is not None and clause < subjects[1]:
            out[clause] = replace(out[clause], head=out[verb].i, dep="ccomp")
            out[noun] = replace(out[noun], head=out[clause].i, dep="nsubj")
        elif reported is not None and subjects[1] < verb:
            # "Kenya summoned [Uganda's ambassador] on Monday, the ministry said"; not "..., officials
            # said Tuesday", where the subject after the verb is a date misread
            out[noun] = replace(out[noun], head=out[reported].i, dep="obj")
            for k in kids.get(verb, ()):  # what hung on the noun's old place up to the comma stays with it
                if reported < k < subjects[1] and tokens[k].dep != "punct":
                    out[k] = replace(out[k], head=out[reported].i)
        else:
            continue
        return out if acyclic(out, first, sentence) else None
    return None


def _finite_verbs(tokens: list[Token]) -> list[Token]:
    """A word tagged as a finite verb (VBD, VBZ, VBP) is a verb, whatever part of speech the other
    tagger gave it ("Kenya summoned[ADJ/VBD] Uganda's ambassador"), and so is an adjective the parse
    gave both a subject and an object ("The Philippines summoned[ADJ/JJ] China's ambassador")."""
    first = tokens[0].i if tokens else 0
    deps: dict[int, set[str]] = {}
    for t in tokens:
        deps.setdefault(t.head - first, set()).add(t.dep)
    verbs = {t.i for t in tokens if t.pos == "VERB"}
    return [replace(t, pos="VERB") if t.pos in ("ADJ", "NOUN", "PROPN") and (
        t.tag in FINITE_TAGS or t.pos == "ADJ" and {"nsubj", "obj"} <= deps.get(k, set())
        or t.pos == "ADJ" and t.dep == "conj" and t.head in verbs and "obj" in deps.get(k, set())) else t
        for k, t in enumerate(tokens)]


def _second_verbs(tokens: list[Token]) -> list[Token]:
    """"Kenya protested the raid and [summoned] Uganda's ambassador", read with "summoned" an
    adjective of "ambassador" and both nouns objects of "protested": a word in -ed right after the
    "and" that follows the verb's first object is a second verb, and the noun it was hung on its
    object."""
    first = tokens[0].i if tokens else 0
    out = list(tokens)
    for k in range(1, len(tokens) - 1):
        word, before = tokens[k], tokens[k - 1]
        if word.dep != "amod" or not word.text.endswith("ed") or word.pos not in ("ADJ", "VERB"):
            continue
        if before.text.lower() != "and" or before.head != word.i or before.dep != "cc":
            continue
        noun = word.head - first
        if not (0 <= noun < len(tokens)) or tokens[noun].dep not in OBJECT_DEPS or noun < k:
            continue
        verb = tokens[noun].head
        earlier = [t for t in tokens[:k - 1] if t.head == verb and t.dep in OBJECT_DEPS and t.sent == word.sent]
        if not earlier or tokens[verb - first].pos != "VERB":
            continue
        mended = list(out)
        mended[k] = replace(word, pos="VERB", dep="conj", head=verb)
        mended[noun] = replace(tokens[noun], head=word.i, dep="obj")
        sentence = [n for n, t in enumerate(tokens) if t.sent == word.sent]
        out = mended if acyclic(mended, first, sentence) else out
    return out


def _bounds(tokens: list[Token]) -> list[Token]:
    """ "at least" / "at most" before a number: an adverb of the number, not a preposition."""
    first = tokens[0].i
    for k in range(len(tokens) - 2):
        at, bound, number = tokens[k], tokens[k + 1], tokens[k + 2]
        if at.text.lower() != "at" or bound.text.lower() not in BOUNDS or number.pos != "NUM":
            continue
        noun = number.head - first
        tokens[k] = replace(at, head=number.i, dep="advmod")
        tokens[k + 1] = replace(bound, head=at.i, dep="fixed")
        if 0 <= noun < len(tokens) and tokens[noun].head != tokens[noun].i and tokens[noun].dep == "obl" \
                and tokens[noun].i > tokens[noun].head and at.head == tokens[noun].i:
            verb = tokens[noun].head - first
            if not any(t.head == tokens[verb].i and t.dep in OBJECT_DEPS for t in tokens):
                tokens[noun] = replace(tokens[noun], dep="obj")  # "arrested [at least 40 protesters]"
    return tokens
