"""Mend one misparse the later stages cannot read around: titled people coordinated as a subject.

"French President Emmanuel Macron and German Chancellor Olaf Scholz met in Berlin", "Russian
President Vladimir Putin and his Chinese counterpart Xi Jinping met ...": the parser, faced with
a long run of capitalised words, hangs the first name on the second as a compound, or leaves it
a root of its own, so the verb's subject is one person, or one phrase holding both, and "met"
had no second party. The recogniser's entities mark the names, and the surface is plain: at the
start of a clause, name chunks (a person with the title words, nationality and possessive
before it) joined by commas and "and", then the verb (after auxiliaries or adverbs only). When
the parse does not already make the first person the verb's subject with the others its
conjuncts, this rebuilds that part of the tree as UD writes it: the first name word heads its
chunk (the other name words `flat`, the title words its dependents), the first chunk is the
subject, the others `conj` of it, "and" a `cc`. Runs on the plain tokens of one parsed piece;
any repair that would leave a cycle is dropped.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import groupby

from ..lang.en.titles import NAME_PARTICLES, TITLES
from ..records import Token

CHUNK_WORDS = frozenset({"counterpart", "counterparts", "his", "her", "their", "its", "the", "'s", "’s"})
CLAUSE_OPENERS = frozenset({",", "—", "–", "-", ":", ";", "that", "after", "when", "while", "as", "before",
                            "since", "because", "if", "though", "although"})
BETWEEN_NAME_AND_VERB = frozenset({"AUX", "ADV", "PART"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})


def coordinated_names(tokens: list[Token]) -> list[Token]:
    """The tokens, with each coordinated subject of titled people rebuilt (see the module)."""
    if not tokens:
        return tokens
    first = tokens[0].i
    out = list(tokens)
    for _, group in groupby(tokens, key=lambda t: t.sent):
        sentence = list(group)
        base, size = sentence[0].i - first, len(sentence)  # where the sentence lies in `tokens`
        for chunks, links, verb in _coordinations(sentence):
            mended = _mend(out, first, base, size, chunks, links, verb)
            if mended is not None:
                out = mended
    return out


def _coordinations(sentence: list[Token]):
    """(chunks as (start, name head, end) positions in `sentence`, the link words between them, the verb)."""
    n = 0
    while n < len(sentence):
        if sentence[n].ent != "PERSON" or (n and sentence[n - 1].ent == "PERSON"):
            n += 1
            continue
        chunks, links, at = [], [], n
        while True:
            start = _chunk_start(sentence, at, floor=chunks[-1][2] + 1 if chunks else 0)
            end = at
            while end + 1 < len(sentence) and _name_goes_on(sentence, end + 1):
                end += 1
            chunks.append((start, at, end))
            nxt = end + 1
            link = []
            while nxt + len(link) < len(sentence) and len(link) < 2 and sentence[nxt + len(link)].text in (",", "and"):
                link.append(nxt + len(link))
            following = link[-1] + 1 if link else None
            if following is None or following >= len(sentence):
                break
            person = next((k for k in range(following, min(following + 6, len(sentence)))
                           if sentence[k].ent == "PERSON"), None)
            if person is None or any(_breaks(sentence[k]) for k in range(following, person)):
                break
            links.append(link)
            at = person
        n = chunks[-1][2] + 1
        if len(chunks) < 2 or sentence[links[-1][-1]].text != "and" or not _opens_clause(sentence, chunks[0][0]):
            continue
        verb = _verb_after(sentence, chunks[-1][2] + 1)
        if verb is not None:
            yield chunks, links, verb


def _name_goes_on(sentence: list[Token], k: int) -> bool:
    """A person's name goes on with its entity's words, or with capitalised words and particles the
    entity left out ("[Luiz Inacio Lula] da Silva")."""
    token = sentence[k]
    if token.ent == "PERSON":
        return True
    if token.ent or token.text.lower() in TITLES:
        return False
    if token.text.lower() in NAME_PARTICLES:
        return k + 1 < len(sentence) and sentence[k + 1].text[:1].isupper()
    return token.pos == "PROPN" and token.text[:1].isupper()


def _chunk_start(sentence: list[Token], at: int, *, floor: int) -> int:
    start = at
    while start - 1 >= floor and _title_word(sentence[start - 1]):
        start -= 1
    return start


def _title_word(token: Token) -> bool:
    word = token.text.lower()
    return (word in TITLES or word in CHUNK_WORDS or token.ent in ("NORP", "LOC")
            or token.text[:1].isupper() and token.pos in ("PROPN", "NOUN", "ADJ") and not token.ent)


def _breaks(token: Token) -> bool:
    return token.text in (",", "and", "or") or not _title_word(token)


def _opens_clause(sentence: list[Token], start: int) -> bool:
    return start == 0 or sentence[start - 1].text.lower() in CLAUSE_OPENERS


def _verb_after(sentence: list[Token], at: int) -> Token | None:
    for token in sentence[at:at + 4]:
        if token.pos == "VERB":
            return token
        if token.pos not in BETWEEN_NAME_AND_VERB:
            return None
    return None


def _mend(tokens: list[Token], first: int, base: int, size: int, chunks, links, verb: Token) -> list[Token] | None:
    sentence_tokens = tokens[base:base + size]
    heads = [base + head for _, head, _ in chunks]
    if _already_right(tokens, heads, verb) and all(_whole(tokens, first, base, chunk) for chunk in chunks):
        return None
    out = list(tokens)
    passive = any(t.head == verb.i and t.dep == "aux:pass" for t in sentence_tokens)
    members = set()
    for (start, head, end), h in zip(chunks, heads):
        for k in range(base + start, base + end + 1):
            members.add(k)
            token = out[k]
            if k >= h and token.pos != "PROPN":  # a word of a name is a proper noun ("Olaf" as ADJ)
                token = out[k] = replace(token, pos="PROPN", tag="NNP")
            if k == h:
                continue
            if k > h:  # the name's other words
                out[k] = replace(token, head=out[h].i, dep="flat")
            elif token.head - first not in range(base + start, base + end + 1) or token.dep in _WRONG_INSIDE:
                out[k] = replace(token, head=out[h].i, dep=_title_dep(token))
    out[heads[0]] = replace(out[heads[0]], head=verb.i, dep="nsubj:pass" if passive else "nsubj")
    for h in heads[1:]:
        out[h] = replace(out[h], head=out[heads[0]].i, dep="conj")
    for link, h in zip(links, heads[1:]):
        for k in link:
            word = out[base + k]
            out[base + k] = replace(word, head=out[h].i, dep="cc" if word.text == "and" else "punct")
            members.add(base + k)
    v = verb.i - first
    if _reaches(out, first, v, members):  # the verb hung under a name: it heads its clause now
        out[v] = replace(out[v], head=verb.i, dep="ROOT")
    return out if acyclic(out, first, [t.i - first for t in sentence_tokens]) else None


_WRONG_INSIDE = frozenset({"ROOT", "conj", "cc", "nsubj", "nsubj:pass", "mark", "obj", "obl", "appos"})


def _title_dep(token: Token) -> str:
    word = token.text.lower()
    if word in POSSESSIVES:
        return "nmod:poss"
    if word == "the":
        return "det"
    if word in ("'s", "’s"):
        return "case"
    return "amod" if token.ent == "NORP" or token.pos == "ADJ" else "compound"


def _already_right(tokens: list[Token], heads: list[int], verb: Token) -> bool:
    lead = tokens[heads[0]]
    return (lead.head == verb.i and lead.dep.startswith("nsubj")
            and all(tokens[h].head == lead.i and tokens[h].dep == "conj" for h in heads[1:]))


def _whole(tokens: list[Token], first: int, base: int, chunk: tuple[int, int, int]) -> bool:
    """Whether each word of the chunk hangs inside it (but its head), and its name is proper nouns."""
    start, head, end = (base + k for k in chunk)
    inside = range(start, end + 1)
    return all(tokens[k].head - first in inside and (k < head or tokens[k].pos == "PROPN")
               for k in inside if k != head) and tokens[head].pos == "PROPN"


def _reaches(tokens: list[Token], first: int, at: int, members: set[int]) -> bool:
    seen = set()
    while at not in seen:
        seen.add(at)
        head = tokens[at].head - first
        if head == at:
            return False
        if head in members:
            return True
        at = head
    return False


def acyclic(tokens: list[Token], first: int, positions: list[int]) -> bool:
    """Whether every token of a sentence (its positions in `tokens`, whose `i` starts at `first`)
    reaches a root by its heads: a repair that leaves a cycle is dropped."""
    for k in positions:
        at, steps = k, 0
        while tokens[at].head - first != at:
            at, steps = tokens[at].head - first, steps + 1
            if steps > len(positions):
                return False
    return True
