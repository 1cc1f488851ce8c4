"""Modality of an event clause: asserted, planned, negated, hypothetical or reported.

Read from the verb's auxiliaries and adverbs, the verbs that govern it ("refused to",
"plans to", "is due to", "does not rule out") and the clause's subordinator ("if").
Negated wins over hypothetical, hypothetical over planned, planned over reported.
"""
from __future__ import annotations

from ..records import Token
from .tree import Sentence

PLANNED_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "can", "ca"})
PLANNED_GOVERNORS = frozenset({
    "plan", "intend", "expect", "schedule", "due", "set", "prepare", "aim", "hope", "propose", "want",
    "seek", "go", "about", "pledge", "promise", "vow", "swear", "swore", "decide", "agree", "announce", "offer",
    "willing", "ready", "prepared", "committed", "determined", "suppose",
})
NEGATING_GOVERNORS = frozenset({"refuse", "decline", "fail", "reject", "deny", "avoid", "cancel", "postpone",
                                "rule", "exclude"})  # "rule" only reaches here with "out" (_ruled_out)
HYPOTHETICAL_GOVERNORS = frozenset({"consider", "threaten", "warn", "mull", "weigh", "contemplate"})
# Governors that promise their complement ("swore": the lemmatizer leaves that past form as it is).
VOWING = frozenset({"vow", "pledge", "promise", "threaten", "swear", "swore"})
REFUSING = frozenset({"refuse", "decline", "reject", "rule", "exclude"})  # governors that make a refusal of their complement
# Verbs whose clause is what something means or someone believes: "did not mean [X recognised Y]".
MEANING = frozenset({"mean", "imply", "signal", "signify", "indicate", "suggest", "show", "prove", "believe",
                     "think", "expect", "amount"})
RULE_OUT = frozenset({"rule", "exclude"})  # "does not rule out", "did not exclude"
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "provided"})
THREAT_CONDITIONS = frozenset({"if", "unless"})  # a hostile act promised on a condition is a threat
SAYING = frozenset({"declare", "add", "indicate", "insist", "reiterate", "assure", "promise", "pledge", "vow"})
REPORTING_VERBS = frozenset({"say", "report", "claim", "allege", "tell", "state", "announce"})
ACCUSING = frozenset({"accuse", "blame", "suspect", "charge", "allege"})  # "accused Y of [attacking] Z"


def modality(sent: Sentence, verb: Token) -> str:
    found = set()
    chain = _governors(sent, verb)
    for token in [verb] + chain:
        found |= _own(sent, token)
        if token is not verb and token.lemma.lower() in NEGATING_GOVERNORS and not sent.is_negated(token):
            found.add("negated")
    if _denied_meaning(sent, verb):
        found.add("negated")
    for governor in chain:
        lemma = governor.lemma.lower()
        if lemma in PLANNED_GOVERNORS or governor.text.lower() in ("due", "about", "scheduled", "set"):
            found.add("planned")
        if lemma in HYPOTHETICAL_GOVERNORS or (lemma in RULE_OUT and sent.is_negated(governor)):
            found.add("hypothetical")
            found.discard("negated")
    if "hypothetical" in found and _reported_future(sent, verb, chain):
        found.discard("hypothetical")  # "said it would allow ...": the future of reported speech
        found.add("planned")
    if _according_to(sent, verb) or _reported(sent, verb):
        found.add("reported")
    for kind in ("negated", "hypothetical", "planned", "reported"):
        if kind in found:
            return kind
    return "asserted"


def _denied_meaning(sent: Sentence, verb: Token) -> bool:
    """"the talks did not mean [Washington recognised Maduro]": a clause that a negated verb of
    meaning or belief governs is not asserted."""
    head = sent.head(verb) if verb.dep == "ccomp" else None
    return head is not None and head.lemma.lower() in MEANING and sent.is_negated(head)


def _reported_future(sent: Sentence, verb: Token, chain: list[Token]) -> bool:
    """"X said it would / will Y": "would" in a clause reported by a verb of saying, with no
    "if" of its own and no other hypothetical word, is a plan, not a supposition."""
    top = chain[-1] if chain else verb
    while top.dep == "conj" and sent.head(top) is not None:
        top = sent.head(top)
    head = sent.head(top)
    if top.dep != "ccomp" or head is None or head.lemma.lower() not in REPORTING_VERBS | SAYING:
        return False
    words = {c.text.lower() for t in [verb] + chain for c in sent.children(t, "aux", "mark", "advmod")}
    return "would" in words and not (words & (HYPOTHETICAL_AUX - {"would"})) and not words & CONDITIONAL_MARKS \
        and not any(g.lemma.lower() in HYPOTHETICAL_GOVERNORS for g in chain)


def _own(sent: Sentence, token: Token) -> set[str]:
    kinds = set()
    words = [c for c in sent.children(token) if c.dep in ("aux", "aux:pass", "advmod", "neg", "mark", "cop")]
    texts = {c.text.lower() for c in words}
    if sent.is_negated(token):
        kinds.add("negated")
    if texts & HYPOTHETICAL_AUX or texts & CONDITIONAL_MARKS:
        kinds.add("hypothetical")
    if texts & PLANNED_AUX or ("going" in texts and "to" in texts):
        kinds.add("planned")
    if "Tense=Fut" in token.morph:
        kinds.add("planned")
    return kinds


def _governors(sent: Sentence, verb: Token) -> list[Token]:
    """The verbs (and "due", "about") this one is the complement of: "plans to visit" -> [plans]."""
    chain, token = [], verb
    while token.dep in ("xcomp", "ccomp", "advcl", "acl", "conj", "csubj") and len(chain) < 4:
        head = sent.head(token)
        if head is None:
            break
        if token.dep in ("xcomp",) or (token.dep in ("advcl", "acl") and head.pos == "VERB" and _has_to(sent, token)) \
                or (token.dep == "csubj" and head.lemma.lower() in PLANNED_GOVERNORS and _has_to(sent, token)) \
                or _mistagged_governor(sent, token, head) or _ruled_out(sent, token, head):
            chain.append(head)
        elif token.dep == "conj":
            token = head
            continue
        else:
            break
        token = head
    for child in sent.children(verb, "mark", "advmod"):
        if child.text.lower() in ("about", "due", "set"):
            chain.append(child)
    return chain


def _mistagged_governor(sent: Sentence, token: Token, head: Token) -> bool:
    """"The Taliban deny providing sanctuary": the tagger read the clause's verb as a noun with a
    subject (or the subject as the noun's compound), and the gerund after it as the noun's modifier."""
    return (token.dep == "acl" and token.tag == "VBG" and head.pos == "NOUN" and head.dep == "ROOT"
            and head.lemma.lower() in NEGATING_GOVERNORS and sent.child(head, "nsubj", "compound") is not None)


def _ruled_out(sent: Sentence, token: Token, head: Token) -> bool:
    """"ruled out sending troops", "excluded sending troops": a gerund a verb of ruling out governs,
    whichever word the parser hung "out" on."""
    return head.lemma.lower() in RULE_OUT and token.tag == "VBG" and (
        head.lemma.lower() != "rule" or any(c.text.lower() == "out" for c in sent.children(token) + sent.children(head)))


def _has_to(sent: Sentence, token: Token) -> bool:
    return any(c.text.lower() == "to" for c in sent.children(token, "mark", "aux"))


def _according_to(sent: Sentence, verb: Token) -> bool:
    texts = [t.text.lower() for t in sent.tokens]
    return any(a == "according" and b == "to" for a, b in zip(texts, texts[1:]))


def _reported(sent: Sentence, verb: Token) -> bool:
    """A clause a verb of saying reports, or the act an accusation alleges ("accused Y of
    [attacking] Z", "blamed Y for [shelling] the town")."""
    head = sent.head(verb)
    if head is None:
        return False
    charged = any(m.text.lower() in ("of", "for") for m in sent.children(verb, "mark", "case"))
    if verb.dep == "advcl" and head.lemma.lower() in ACCUSING and charged:
        return True
    if verb.dep == "acl" and charged and _accused(sent, head):
        return True  # "accused Eritrea [of supporting] armed groups", the clause hung on "Eritrea"
    return verb.dep == "ccomp" and head.lemma.lower() in REPORTING_VERBS


def _accused(sent: Sentence, noun: Token) -> bool:
    """Whether an accusing verb takes the noun as its object, or the parser hung it on the noun."""
    above = sent.head(noun)
    if noun.dep in ("obj", "dobj") and above is not None and above.lemma.lower() in ACCUSING:
        return True
    return any(c.lemma.lower() in ACCUSING for c in sent.children(noun, "amod", "acl"))


def refused(sent: Sentence, verb: Token) -> bool:
    """"refused to release", "declined to meet", "will not accept": the verb's act is refused by
    its subject (a negated act announced for later is refused, not merely not done)."""
    if sent.is_negated(verb) and {c.text.lower() for c in sent.children(verb, "aux")} & PLANNED_AUX:
        return True
    return any(g.lemma.lower() in REFUSING and not sent.is_negated(g) for g in _governors(sent, verb))


def vowed(sent: Sentence, verb: Token) -> bool:
    """"vowed to strike back", "threatened to expel them": the act is promised, a threat when hostile.
    A plain report of a future act ("said it would expel") is not taken for a vow; one held over
    someone as a condition is ("will boycott the elections unless the president steps down", "will
    impose sanctions if talks fail")."""
    marks = [m.text.lower() for c in sent.children(verb, "advcl") for m in sent.children(c, "mark")]
    return any(g.lemma.lower() in VOWING for g in _governors(sent, verb)) or any(m in THREAT_CONDITIONS for m in marks)
