"""The participants of a verb's clause: subject, objects, prepositional targets, the by-agent.

    active        "Arnor recalled its envoy from Gondor"    subject -> source; object/oblique -> target
    passive       "Eriador was opposed by Osgiliath"        by-agent -> source; subject -> target
    object control "Calenardhon urged Bree to help ..."     "help" takes Bree as its subject
    subject control/raising "Arnor is about to restore ...", "Gollum was seen to break ..."
    coordination  "Paris and Berlin condemned ..."          the subject's conjuncts, one actor each
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Token
from .tree import AGENTS, OBJECTS, OBLIQUES, PASSIVE_SUBJECTS, SUBJECTS, Sentence

RELATIVE = frozenset({"who", "which", "that", "whom"})
NOMINAL = frozenset({"NOUN", "PROPN", "X", "NUM"})
NOT_TARGET_PREPOSITIONS = frozenset({"by", "since", "during", "until", "after", "before", "despite", "like"})
RAISING = frozenset({"seem", "appear", "be", "tend", "happen", "begin", "start", "continue", "cease"})
SEARCH_SKIP = ("advcl", "ccomp", "parataxis", "acl:relcl", "relcl", "punct", "cc", "xcomp", "csubj", "appos")


@dataclass(frozen=True)
class Clause:
    verb: Token
    subject: Token | None
    others: tuple[Token, ...]  # more subjects the parser hung on the verb ("Fornost and ... Gondor welcomed")
    passive: bool
    agent: Token | None  # "by X" of a passive
    targets: tuple[Token, ...]  # candidate heads after the verb, best first: objects, then obliques


def clause_of(sent: Sentence, verb: Token) -> Clause:
    subject, passive = subject_of(sent, verb)
    participle = "VerbForm=Part" in verb.morph or "Voice=Pass" in verb.morph
    passive = participle and (passive or any(c.dep in ("aux:pass", "auxpass") for c in sent.children(verb)))
    agent = _agent(sent, verb) if passive else None
    targets = [c for c in sent.children(verb) if c.dep in OBJECTS and c.pos in NOMINAL]
    for child in sent.children(verb):
        if child.dep in OBLIQUES and child is not agent and child.pos in NOMINAL and child.i > verb.i:
            case = sent.child(child, "case")
            if case is None or case.text.lower() not in NOT_TARGET_PREPOSITIONS:
                targets.append(child)
    for child in sent.children(verb, "xcomp", "advcl"):  # "vowed to wage war on X", "signed a deal to supply X"
        if child.pos in NOMINAL:  # a misparsed object: "accused [xcomp Gondor] of spying"
            targets.append(child)
        elif child.dep == "xcomp" or _to_infinitive(sent, child):
            targets += [c for c in sent.children(child) if c.dep in OBJECTS + OBLIQUES and c.pos in NOMINAL]
    for child in sent.children(verb, "ccomp"):  # "X believes Y can cope": Y, when nothing else is found
        inner, _ = subject_of(sent, child)
        if inner is not None and inner.pos in NOMINAL:
            targets.append(inner)
    others = tuple(c for c in sent.children(verb) if c.dep in SUBJECTS + PASSIVE_SUBJECTS
                   and c is not subject and c.pos in NOMINAL)
    return Clause(verb, subject, others, passive, agent, tuple(targets))


def subject_of(sent: Sentence, verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The verb's subject (and whether it is a passive one), inherited through control and coordination."""
    for child in sent.children(verb):
        if child.dep in SUBJECTS or child.dep in PASSIVE_SUBJECTS:
            if child.text.lower() in RELATIVE and verb.dep in ("acl:relcl", "relcl"):
                return sent.head(verb), child.dep in PASSIVE_SUBJECTS
            return child, child.dep in PASSIVE_SUBJECTS
    for child in sent.children(verb):  # the parser missed it: a name before the verb, hung on it
        if child.i < verb.i and child.pos == "PROPN" and child.dep in ("advmod", "npadvmod", "dep", "obl:npmod"):
            return child, False
    head = sent.head(verb)
    if head is None or depth > 4:
        return None, False
    if verb.dep == "acl" and head.dep in ("ROOT", "root") and head.pos in NOMINAL and head.i < verb.i:
        return head, False  # a sentence with a name as its root: "[Arnor] called for ..." misparsed
    infinitive = verb.dep in ("advcl", "acl") and head.pos in ("VERB", "AUX") and _to_infinitive(sent, verb)
    if verb.dep == "xcomp" or infinitive:
        controller = sent.child(head, *OBJECTS)
        if controller is not None and verb.dep == "xcomp" and head.lemma.lower() not in RAISING:
            return controller, False
        subject, _ = subject_of(sent, head, depth + 1)
        return subject, False
    if verb.dep == "conj" and head.pos in ("VERB", "AUX"):
        return subject_of(sent, head, depth + 1)
    if verb.dep in ("acl",) and head.pos in NOMINAL and "VerbForm=Part" in verb.morph and "Tense=Past" in verb.morph:
        return head, True  # "the talks held by X": the noun is the passive subject
    return None, False


def _to_infinitive(sent: Sentence, verb: Token) -> bool:
    return "VerbForm=Inf" in verb.morph and any(c.text.lower() == "to" for c in sent.children(verb, "mark", "aux"))


def _agent(sent: Sentence, verb: Token) -> Token | None:
    for child in sent.children(verb):
        if child.dep in AGENTS:
            return child
        if child.dep in OBLIQUES:
            case = sent.child(child, "case")
            if case is not None and case.text.lower() == "by":
                return child
    return None


def nominal_heads(sent: Sentence, head: Token) -> list[Token]:
    """The phrase's head, then the nouns inside it in text order: where to look for a target
    nested in an object ("condemned an attack by Osgiliath soldiers")."""
    found, todo = [head], [head]
    while todo and len(found) < 30:  # breadth first: the phrase's own head before the nouns inside it
        token = todo.pop(0)
        for child in sent.children(token):
            if child.dep not in SEARCH_SKIP:
                todo.append(child)
                if child.pos in NOMINAL:
                    found.append(child)
    return found
