"""Speech and demand frames: the clause a statement or a demand carries, coded on the frame.

    "X said (that) Y must do Z"                   X DEMAND (100) Y; "do Z" is not an event
    "X declared that Y should drop its barriers"   the same: an obligation in a reported clause
    "X demanded that Y do Z"                       X DEMAND Y (the demand verb's own code)
    "X reiterated its demand that Y do Z"          X DEMAND Y (a demand noun as object)
    "X issued a reminder to Y that it must ..."    X DEMAND Y (a statement noun, an obligation)
    "X urged Y to do Z"                            the appeal is coded; "do Z" is not an event
    "X warned that it would attack Y"              X THREATEN Y; the attack is not an event
    "X refused to / denied that ..."               the refusal or denial is coded, not what it denies

A frame names its code, where to look for its target (the subject of the complement, else
a "to Y" before it, else the nouns after "that") and the verbs inside the complement, whose own
events it replaces: what was demanded or appealed for has not happened.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Token
from .lang import (
    CLAIM_NOUNS, DEMAND_CARRIERS, DEMAND_NOUNS, DEMAND_VERBS, DENIALS, OBLIGATION_AUX, OBLIGATION_VERBS, SPEECH_NOUNS,
    SPEECH_VERBS,
)
from .tree import OBJECTS, OBLIQUES, PASSIVE_SUBJECTS, SUBJECTS, Sentence

DEMAND_CODE = "100"
ASKING_ROOTS = ("02", "10")  # appeal, demand: their complement is asked for, not done
UNDONE_ROOTS = ("12", "13")  # reject, threaten: their complement is refused or threatened, not done
NOMINAL = frozenset({"NOUN", "PROPN", "X", "NUM"})
COMPLEMENTS = ("ccomp", "acl", "acl:relcl", "relcl", "dep")
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
THAT_WINDOW = 4  # words between the frame word and its "that" at most
TARGET_WINDOW = 8  # words after "that" searched for a target when the parse lost the clause


@dataclass(frozen=True)
class Frame:
    """A statement or demand frame of one verb: its code (None: keep the verb's), where its target
    is, the frame word, and the verbs of the complement it replaces."""

    code: str | None
    word: Token
    targets: tuple[Token, ...]
    inner: frozenset[int]


def find_frame(sent: Sentence, verb: Token, code: str | None) -> Frame | None:
    """The frame `verb` opens, if any; `code` is the verb's own code (None if it has none)."""
    nouns = [c for c in sent.children(verb) if c.dep in OBJECTS + OBLIQUES and c.pos in NOMINAL]
    carrier = _is(verb, DEMAND_CARRIERS)
    demand_noun = next((n for n in nouns if carrier and n.lemma.lower() in DEMAND_NOUNS), None)
    speech_noun = next((n for n in nouns if n.lemma.lower() in SPEECH_NOUNS), None)
    noun = demand_noun or speech_noun
    claimed = _claimed(sent, verb, nouns)
    if claimed is not None:
        return claimed
    comp = _complement(sent, verb, noun)
    asking = code is not None and code[:2] in ASKING_ROOTS
    undone = asking or (code is not None and code[:2] in UNDONE_ROOTS) or _is(verb, DENIALS)
    demanding = _is(verb, DEMAND_VERBS) or demand_noun is not None
    if comp is None:
        that = _that_after(sent, noun or verb) if demanding else None
        if that is None:
            return _asked(sent, verb) if undone else None
        return Frame(_demand_code(code), noun or verb, _after(sent, that), frozenset())
    inner = frozenset(t.i for t in sent.subtree(comp) if t.pos in ("VERB", "AUX"))
    if demanding or asking:
        return Frame(_demand_code(code), noun or verb, _targets(sent, verb, comp), inner)
    if undone:  # "warned that it would attack Y", "denied that it had sent arms": keep the verb's code
        return Frame(None, verb, _targets(sent, verb, comp, own=True), inner)
    speech = _is(verb, SPEECH_VERBS) or speech_noun is not None or (code or "")[:2] == "01"
    if speech and obliged(sent, comp):
        return Frame(DEMAND_CODE, noun or verb, _targets(sent, verb, comp), inner)
    return None


def _claimed(sent: Sentence, verb: Token, nouns: list[Token]) -> Frame | None:
    """A claim noun with a "that" clause ("rejected accusations that Y armed Z"): the clause is a
    claim, not an event; the verb keeps its code and its own target."""
    for noun in nouns:
        if noun.lemma.lower() in CLAIM_NOUNS:
            comp = _complement(sent, verb, noun)
            if comp is not None:
                inner = frozenset(t.i for t in sent.subtree(comp) if t.pos in ("VERB", "AUX"))
                return Frame(None, noun, (), inner)
    return None


def _is(verb: Token, words: frozenset[str]) -> bool:
    """Whether the verb is one of `words`, by its lemma or, when the lemmatiser slipped
    ("insisted" -> "insiste"), by its form less a regular ending."""
    text = verb.text.lower()
    forms = {verb.lemma.lower(), text, text.removesuffix("ed"), text.removesuffix("d"), text.removesuffix("s"),
             text.removesuffix("ing"), text.removesuffix("es")}
    return bool(forms & words)


def obliged(sent: Sentence, clause: Token) -> bool:
    """"Y must do Z", "Y should do Z", "Y has to do Z", "Y needs to do Z"."""
    words = {c.text.lower() for c in sent.children(clause, "aux")}
    if words & OBLIGATION_AUX:
        return True
    if clause.lemma.lower() in OBLIGATION_VERBS:
        return any(_has_to(sent, c) for c in sent.children(clause, "xcomp"))
    return any(c.lemma.lower() in OBLIGATION_VERBS and c.dep.startswith("aux") for c in sent.children(clause)) and \
        any(c.text.lower() == "to" for c in sent.children(clause, "aux", "mark"))


def _demand_code(code: str | None) -> str:
    """An appeal or demand keeps its own code ("expressed hopes that" 024), anything else demands."""
    return code if code is not None and code[:2] in ASKING_ROOTS else DEMAND_CODE


def _asked(sent: Sentence, verb: Token) -> Frame | None:
    """An appeal or demand with an infinitive ("urged Y to end Z"): keep its code, drop "end Z"."""
    comps = [c for c in sent.children(verb, "xcomp", "advcl") if c.dep == "xcomp" or _has_to(sent, c)]
    if not comps:
        return None
    inner = frozenset(t.i for c in comps for t in sent.subtree(c) if t.pos in ("VERB", "AUX"))
    return Frame(None, verb, (), inner)


def _complement(sent: Sentence, verb: Token, noun: Token | None) -> Token | None:
    """The clause the frame carries: one hung on its noun ("its demand that ..."), else the verb's
    complement clause."""
    for head in ([noun] if noun is not None else []) + [verb]:
        for child in sent.children(head, *COMPLEMENTS):
            if child.i > head.i and (child.dep == "ccomp" or _that_clause(sent, child)):
                return child
    return None


def _that_clause(sent: Sentence, token: Token) -> bool:
    return any(c.text.lower() == "that" for c in sent.children(token, "mark"))


def _targets(sent: Sentence, verb: Token, comp: Token, *, own: bool = False) -> tuple[Token, ...]:
    """Where the frame's target is: the complement's subject ("demanded that [Y] ..."); with `own`,
    when that subject is the speaker ("warned that [it] would attack Y"), the complement's objects."""
    subject = next((c for c in sent.children(comp) if c.dep in SUBJECTS + PASSIVE_SUBJECTS), None)
    if own and (subject is None or subject.text.lower() in PRONOUNS):
        return tuple(c for c in sent.children(comp) if c.dep in OBJECTS + OBLIQUES and c.pos in NOMINAL)
    if subject is not None and subject.text.lower() not in PRONOUNS:
        return (subject,)
    addressees = [t for t in sent.tokens[verb.i - sent.first + 1: comp.i - sent.first]
                  if t.pos in NOMINAL and any(c.text.lower() == "to" for c in sent.children(t, "case"))]
    if addressees:
        return tuple(addressees)
    if subject is None and comp.pos in NOMINAL:  # a clause the parser read as a noun phrase
        return tuple(t for t in sent.subtree(comp) if t.pos in NOMINAL)
    return ()


def _that_after(sent: Sentence, word: Token) -> Token | None:
    at = word.i - sent.first
    for token in sent.tokens[at + 1: at + 1 + THAT_WINDOW]:
        if token.text.lower() == "that":
            return token
        if token.pos == "PUNCT":
            return None
    return None


def _after(sent: Sentence, that: Token) -> tuple[Token, ...]:
    at = that.i - sent.first
    found = []
    for token in sent.tokens[at + 1: at + 1 + TARGET_WINDOW]:
        if token.pos == "PUNCT":
            break
        if token.pos in NOMINAL:
            found.append(token)
    return tuple(found)


def _has_to(sent: Sentence, token: Token) -> bool:
    return any(c.text.lower() == "to" for c in sent.children(token, "mark", "aux"))
