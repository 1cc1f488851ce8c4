"""The participants of a verb's clause: subject, objects, prepositional targets, the by-agent.

    active        "Arnor recalled its envoy from Gondor"    subject -> source; object/oblique -> target
    passive       "Eriador was opposed by Osgiliath"        by-agent -> source; subject -> target
    object control "Calenardhon urged Bree to help ..."     "help" takes Bree as its subject
    subject control/raising "Arnor is about to restore ...", "Gollum was seen to break ..."
    coordination  "Paris and Berlin condemned ..."          the subject's conjuncts, one actor each
"""
from __future__ import annotations

from dataclasses import dataclass

from ..lang.en.actors import OBJECT_PRONOUNS
from ..records import Token
from .lang import (ALLEGED, ATTRIBUTIONS, DAY_WORDS, INTRANSITIVE_ACTS, STATEMENT_CARRIERS, TEMPORAL_PREPOSITIONS,
                   TREATY_NOUNS, WITH_THE_DOERS)
from .tree import AGENTS, OBJECTS, OBLIQUES, PASSIVE_SUBJECTS, SUBJECTS, Sentence, perfect_auxiliary

RELATIVE = frozenset({"who", "which", "that", "whom"})
LIST_JOINERS = frozenset({",", "and"})
COORDINATORS = frozenset({"and", "or", "nor", "&"})
PARTING = frozenset({":", ";"})  # marks that end a phrase: what follows is not in a list with what came before
LIST_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "ADV"})
PERSONAL = frozenset({"he", "she", "it", "they", "we"})  # pronouns a reported clause takes from its speaker
NON_PERSONS = frozenset({"ORG", "LOC", "GPE"})  # entity labels no "he" or "she" stands for
NOMINAL = frozenset({"NOUN", "PROPN", "X", "NUM"})
CURRENCY_SIGNS = frozenset("$€£¥")
NOT_TARGET_PREPOSITIONS = frozenset({"by", "since", "during", "until", "after", "before", "despite", "like",
                                     "according"}) | WITH_THE_DOERS  # "according to police": who tells it
RAISING = frozenset({"seem", "appear", "be", "tend", "happen", "begin", "start", "continue", "cease"})
# Adjectives whose "to" clause is their subject's own act: "it is willing to withdraw".
CONTROL_ADJECTIVES = frozenset({"willing", "ready", "prepared", "committed", "determined", "eager", "keen", "unwilling"})
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
    nearest = _nearest_subject(sent, verb)
    if subject is not None and nearest is not None and not _joined(sent, subject, nearest):
        subject, passive = nearest, nearest.dep in PASSIVE_SUBJECTS  # "After the fall of X, [Y] signed"
    if subject is not None and _label(sent, subject, verb):  # "VOA: During your visit, you met ..."
        later = [c for c in sent.children(verb) if (c.dep in SUBJECTS or c.dep in PASSIVE_SUBJECTS)
                 and subject.i < c.i < verb.i]
        subject, passive = (later[-1], later[-1].dep in PASSIVE_SUBJECTS) if later else (None, False)
    participle = "VerbForm=Part" in verb.morph or "Voice=Pass" in verb.morph
    passive = participle and (passive or any(c.dep in ("aux:pass", "auxpass") for c in sent.children(verb)))
    agent = _agent(sent, verb) if passive else None
    targets = [c for c in sent.children(verb) if c.dep in OBJECTS and _nominal(sent, c)]
    head = sent.head(verb)
    if head is not None and head.i > verb.i and misparsed_predicate(sent, verb):
        targets.insert(0, head)  # "Serbia eased [measures]": the noun it was hung on is its object
    for child in sent.children(verb):
        if child.dep in OBLIQUES and child is not agent and _nominal(sent, child) and child.i > verb.i:
            if sent.case_word(child) not in NOT_TARGET_PREPOSITIONS:
                targets.append(child)
    for child in sent.children(verb, "xcomp", "advcl"):  # "vowed to wage war on X", "signed a deal to supply X"
        if child.pos in NOMINAL:  # a misparsed object: "accused [xcomp Gondor] of spying"
            targets.append(child)
        elif child.dep == "xcomp" or _to_infinitive(sent, child):
            targets += [c for c in sent.children(child) if c.dep in OBJECTS + OBLIQUES and c.pos in NOMINAL
                        and sent.case_word(c) not in TEMPORAL_PREPOSITIONS]  # not "[after] months of disputes"
    for child in sent.children(verb, "ccomp"):  # "X believes Y can cope": Y, when nothing else is found
        if _attribution(sent, verb, child):
            continue
        inner, undergoes = subject_of(sent, child)  # "claimed Y had been killed": Y is no side of the claim
        inner = _agent(sent, child) if undergoes else inner
        own = sent.child(child, *SUBJECTS)
        if own is not None and own.text.lower() in PERSONAL:
            continue  # "Japan and South Korea said [they] were studying it": the speakers themselves
        if inner is not None and inner.pos in NOMINAL:
            targets.append(inner)
    # more subjects beside it, on the verb or, for one it shares ("X welcomed ... and urged"), on the
    # verb it shares it with: "[Ukrainian] [President Volodymyr Zelenskyy] welcomed ... and urged"
    holder = sent.head(subject) if subject is not None and subject.head != verb.i and verb.dep == "conj" else verb
    holder = holder if holder is not None else verb
    others = tuple(c for c in sent.children(holder) if c.dep in SUBJECTS + PASSIVE_SUBJECTS
                   and c is not subject and c.pos in NOMINAL and _joined(sent, subject, c))
    return Clause(verb, subject, others, passive, agent, tuple(targets))


def _attribution(sent: Sentence, verb: Token, child: Token) -> bool:
    """Whether a complement after the verb is the sentence's attribution, misparsed: "India and China
    have agreed to resume patrols, [India's foreign secretary said] on Monday". A verb of saying set
    off by a comma, with no complement of its own, reports the clause before it; its speaker is no side."""
    if child.i < verb.i or child.lemma.lower() not in ATTRIBUTIONS:
        return False
    before = sent.token(min(t.i for t in sent.subtree(child)) - 1)
    return before is not None and before.text in (",", "—", "–") \
        and not any(c.dep in ("ccomp", "mark") for c in sent.children(child))


# Prepositions of a gerund whose doer is the object of the verb it hangs from: "accused Y [of]
# attacking Z", "thanked Y [for] helping", "arrested Y [for] spying".
OBJECT_CONTROL = frozenset({"of", "for"})
SIDES = frozenset({"side", "party"})
SIDES_OF = frozenset({"in", "of", "from"})  # "all parties [in Sudan]": whose sides they are
NOUN_MARKERS = ("det", "nmod:poss")  # words only a noun takes: "the", "Uganda's"


def _nominal(sent: Sentence, token: Token) -> bool:
    """A noun, or a word tagged adjective or verb that a determiner or a possessor makes one: "spoke
    with the Chinese [premier]", "the [poor]", "condemned Uganda's [crackdown]"; or a currency sign,
    the head of a sum of money; or a pronoun that stands for a person ("thanked [him]"), whom the
    resolve stage may have pointed back to someone named."""
    return (token.pos in NOMINAL or token.pos in ("ADJ", "VERB") and bool(sent.children(token, *NOUN_MARKERS))
            or token.pos == "SYM" and token.text in CURRENCY_SIGNS  # "pledged [$]50 million to X"
            or token.pos == "PRON" and token.text.lower() in OBJECT_PRONOUNS)


def _nearest_subject(sent: Sentence, verb: Token) -> Token | None:
    before = [c for c in sent.children(verb) if c.i < verb.i and c.pos in NOMINAL
              and (c.dep in SUBJECTS or c.dep in PASSIVE_SUBJECTS)]
    return before[-1] if before else None


def _label(sent: Sentence, subject: Token, verb: Token) -> bool:
    """A phrase ended by a colon before its verb names who speaks, not who acts: "VOA: ...",
    "Armitage: ..." in an interview."""
    after = sent.token(max(t.i for t in sent.subtree(subject)) + 1)
    return after is not None and after.text == ":" and after.i < verb.i


def _joined(sent: Sentence, subject: Token | None, other: Token) -> bool:
    """Two subjects of one verb are one phrase or one coordination ("Old foes Gondor", "Rohan,
    Fornost and Bree welcomed") unless a comma parts them with no conjunction: "After the fall of
    the government, President X signed" (the parser made both subjects); a colon or a semicolon
    always parts them ("VOA: President X visited China", the label of an interview)."""
    if subject is None:
        return True
    low, high = sorted((subject.i, other.i))
    words = {t.text.lower() for t in map(sent.token, range(low + 1, high)) if t is not None}
    return not words & PARTING and ("," not in words or bool(words & COORDINATORS))


def subject_of(sent: Sentence, verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The verb's subject (and whether it is a passive one), inherited through control and coordination."""
    for child in sent.children(verb):
        if child.dep in SUBJECTS or child.dep in PASSIVE_SUBJECTS:
            if child.text.lower() in DAY_WORDS and not sent.children(child):
                continue  # "Finland [today] accepted ...": when, not who
            if child.text.lower() in RELATIVE and verb.dep in ("acl:relcl", "relcl"):
                return sent.head(verb), child.dep in PASSIVE_SUBJECTS
            if child.text.lower() in PERSONAL and depth <= 4:
                speaker = _speaker(sent, verb, depth)
                if speaker is not None and _may_be(sent, child, speaker):
                    return speaker, child.dep in PASSIVE_SUBJECTS
            return child, child.dep in PASSIVE_SUBJECTS
    for child in sent.children(verb):  # the parser missed it: a name before the verb, hung on it
        if child.i < verb.i and child.pos == "PROPN" and child.dep in ("advmod", "npadvmod", "dep", "obl:npmod"):
            return child, False
        if child.i < verb.i and child.dep == "obl" and _up_to(sent, child):
            return child, False
        if (child.i == verb.i - 1 and child.pos in ("NOUN", "PROPN") and child.dep == "compound"
                and verb.dep in ("ROOT", "root")):
            return child, False  # "Saudi-led coalition [aircraft] struck ...": a noun right before the root
    head = sent.head(verb)
    if head is None:
        return _fragment_subject(sent, verb), False
    if depth > 4:
        return None, False
    auxiliary = perfect_auxiliary(sent, verb)
    if auxiliary is not None:  # "forces have [tortured] refugees" misparsed: the subject of "have"
        return subject_of(sent, auxiliary, depth + 1)
    if misparsed_predicate(sent, verb) or displaced_predicate(sent, verb):
        return (head if head.i < verb.i else _phrase_before(sent, verb)), False
    nominal = head.pos in NOMINAL or (head.pos == "ADJ" and sent.head(head) is None)  # "A top official[ADJ]"
    if verb.dep in ("acl", "advcl") and nominal and head.i < verb.i \
            and (not _has_verb_head(sent, head) or _up_to(sent, head)):
        return _clause_less_root(sent, head, verb)
    if verb.dep == "acl" and head.dep in ("ROOT", "root") and head.pos in NOMINAL and head.i < verb.i:
        return head, False  # a sentence with a name as its root: "[Arnor] called for ..." misparsed
    if verb.dep.startswith("csubj") and head.lemma.lower() in CONTROL_ADJECTIVES and _to_infinitive(sent, verb):
        return _extraposed(sent, head, depth), False
    infinitive = verb.dep in ("advcl", "acl") and head.pos in ("VERB", "AUX") and _to_infinitive(sent, verb)
    if verb.dep == "xcomp" or infinitive:
        controller = sent.child(head, *OBJECTS)
        if controller is not None and verb.dep == "xcomp" and head.lemma.lower() not in RAISING:
            return controller, False
        subject, _ = subject_of(sent, head, depth + 1)
        # "X stands accused of Y", "X got arrested", "X remained detained": a past participle
        # completing the verb says what was done to its subject
        return subject, verb.dep == "xcomp" and _past_participle(verb)
    if verb.dep == "conj" and head.pos in ("VERB", "AUX"):
        if _finite_after_gerund(sent, verb, head):  # "X accused Y of using force and [called] on Z": X calls
            return subject_of(sent, sent.head(head), depth + 1)
        return subject_of(sent, head, depth + 1)
    if verb.dep == "advcl" and head.pos in ("VERB", "AUX") and head.i < verb.i and _ing_form(verb):
        done_by = sent.child(head, *OBJECTS) if _marked(sent, verb, OBJECT_CONTROL) else None
        if done_by is not None and (done_by.ent or done_by.pos in ("PROPN", "PRON")):
            # "X accused [Y] of attacking Z", "thanked [Y] for helping": Y did it ("ignoring a
            # court summons for trying ..." is no summons trying anything)
            return done_by, False
        return subject_of(sent, head, depth + 1)  # "X spoke on Monday, blaming Y": X blames
    if carried(sent, verb):  # "X issued a statement condemning Y": X condemns
        return subject_of(sent, sent.head(head), depth + 1)[0], False
    if verb.dep in ("acl",) and head.pos in NOMINAL and _past_participle(verb, by_tag=False):
        return head, True  # "the talks held by X": the noun is the passive subject
    if verb.dep in ("advcl", "parataxis", "dep", "ccomp") and head.i > verb.i:
        return _fragment_subject(sent, verb), False
    return None, False


def _finite_after_gerund(sent: Sentence, verb: Token, head: Token) -> bool:
    """A past-tense verb the parser joined to a gerund after "of" or "for" ("accused Y of using force
    and called on Z"): the gerund's form is not its own, so it joins the verb that governs the gerund."""
    above = sent.head(head)
    return verb.tag in ("VBD", "VBN") and head.tag == "VBG" and head.dep == "advcl" and above is not None \
        and above.pos in ("VERB", "AUX") and _marked(sent, head, OBJECT_CONTROL) and not sent.children(verb, "aux", "aux:pass")


def _marked(sent: Sentence, verb: Token, words: frozenset[str]) -> bool:
    return any(m.text.lower() in words for m in sent.children(verb, "mark", "case"))


def _past_participle(verb: Token, *, by_tag: bool = True) -> bool:
    """A past participle by its morphology, or (`by_tag`) by the tag VBN alone."""
    return by_tag and verb.tag == "VBN" or "VerbForm=Part" in verb.morph and "Tense=Past" in verb.morph


def _ing_form(verb: Token) -> bool:
    """A verb in -ing: a gerund or a present participle (the tagger gives either)."""
    return "VerbForm=Ger" in verb.morph or "VerbForm=Part" in verb.morph and "Tense=Pres" in verb.morph


def carried(sent: Sentence, verb: Token) -> bool:
    """A participle that says what a text of the subject's does: "issued a statement condemning Y",
    "passed legislation targeting Y" (the object of a verb that makes or passes a text), also when
    the parser hung it on a phrase after that object ("posted a message [on Twitter] blaming Y")."""
    head = sent.head(verb)
    governor = sent.head(head) if head is not None else None
    if verb.dep != "acl" or "VerbForm=Ger" not in verb.morph or head is None or governor is None \
            or governor.lemma.lower() not in STATEMENT_CARRIERS:
        return False
    return head.dep in OBJECTS or head.dep == "obl" and any(
        c.dep in OBJECTS and c.i < head.i for c in sent.children(governor))


def misparsed_predicate(sent: Sentence, verb: Token) -> bool:
    """A finite verb the parser hung on a noun as an adjective: "Serbia [eased] measures",
    "troops [clashed] along the border" (not "the disputed border": a determiner comes before)."""
    head = sent.head(verb)
    if verb.dep != "amod" or head is None or head.pos not in NOMINAL:
        return False
    before = _word_before(sent, verb)
    finite = "VerbForm=Fin" in verb.morph or "Tense=Past" in verb.morph or _past_form(sent, verb)
    after_name = finite and before is not None and before.pos in ("NOUN", "PROPN")
    # "Thai jets later [bombed] Cambodian targets": the parser gave the "adjective" a subject of its own
    subject = finite and any(c.dep in SUBJECTS and c.i < verb.i for c in sent.children(verb))
    return after_name or subject or perfect_auxiliary(sent, verb) is not None


def predicate_before(sent: Sentence, words: list[Token], head: Token) -> int:
    """The index of the last of `words` before the noun `head` that is a verb the parser hung on
    the noun as its modifier ("Venezuela [blamed] Colombia"), or -1: the noun's phrase starts after it."""
    return max((t.i for t in words if t.i < head.i and misparsed_predicate(sent, t)), default=-1)


def _past_form(sent: Sentence, verb: Token) -> bool:
    """A word in -ed that the tagger took for an adjective of the noun it hangs on, with nothing
    before it in the noun phrase but a name ("Venezuela blamed Colombia", not "the blamed man")."""
    head = sent.head(verb)
    return (verb.pos == "ADJ" and len(verb.text) > 4 and verb.text.lower().endswith("ed") and head is not None
            and not any(c.i < verb.i and c.pos not in ("PROPN", "PUNCT") for c in sent.children(head)))


def displaced_predicate(sent: Sentence, verb: Token) -> bool:
    """A main verb the parser hung on its own subject as a participle when a report follows:
    "The army [forced] out hundreds of families, residents said" ("army" taken for the subject
    of "said", whose subject is "residents"). It must have an object or a particle ("forced out"),
    which a passive participle has not ("the army backed by militias"), or be an act that has no
    passive ("Prisoners [rioted] at a jail, setting fire to ...")."""
    head = sent.head(verb)
    if verb.dep != "acl" or head is None or head.pos not in NOMINAL or head.dep not in SUBJECTS:
        return False
    if verb.lemma.lower() in INTRANSITIVE_ACTS and verb.i == head.i + 1:
        return True
    if not any(c.dep in OBJECTS and c.pos in NOMINAL or c.dep == "compound:prt" for c in sent.children(verb)):
        return False
    governor = sent.head(head)
    nearest = _nearest_subject(sent, governor) if governor is not None else None
    return nearest is not None and nearest is not head and not _joined(sent, head, nearest)


def _word_before(sent: Sentence, verb: Token) -> Token | None:
    """The word before the verb, past an adverb of its own: "Thai jets [later] bombed"."""
    before = sent.token(verb.i - 1)
    if before is not None and before.pos == "ADV" and before.dep == "advmod" and before.head == verb.i:
        return sent.token(verb.i - 2)
    return before


def _phrase_before(sent: Sentence, verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before `verb` (or before its adverb)."""
    token = _word_before(sent, verb)
    while token is not None:
        head = sent.head(token)
        if head is None or head.i > verb.i or head.pos not in NOMINAL or head is verb:
            return token
        token = head
    return None


def listed_before(sent: Sentence, subject: Token) -> list[Token]:
    """Names listed before a subject that the parser left out of its coordination: in "Arnor,
    Calenardhon and the evil Gondor welcomed ...", [Arnor, Calenardhon] for the subject Gondor. Only a
    list that opens the sentence and holds nothing but names, modifiers, commas and "and"."""
    start = min(t.i for t in sent.subtree(subject, skip=("conj", "cc", "punct", "appos", "acl", "acl:relcl")))
    before = sent.tokens[:start - sent.first]
    if not before or before[-1].text.lower() not in LIST_JOINERS:
        return []
    if any(t.pos not in LIST_POS and t.text.lower() not in LIST_JOINERS for t in before):
        return []
    pieces, heads = [], []
    for token in before + (sent.tokens[start - sent.first],):
        if token.text.lower() in LIST_JOINERS:
            if pieces:
                heads.append(pieces[-1])
            pieces = []
        elif token.pos in ("PROPN", "NOUN"):
            pieces.append(token)
    return [h for h in heads if h is not subject]


def _speaker(sent: Sentence, verb: Token, depth: int) -> Token | None:
    """Who a pronoun subject of a reported clause stands for: the subject of the verb that reports
    it ("Syria says [it] is willing to withdraw" -> Syria), when that one is a noun phrase."""
    token = verb
    while token.dep == "conj" and sent.head(token) is not None:
        token = sent.head(token)
    head = sent.head(token)
    if token.dep not in ("ccomp", "advcl", "xcomp") or head is None or head.pos not in ("VERB", "AUX"):
        return None
    subject, _ = subject_of(sent, head, depth + 1)
    return subject if subject is not None and subject.pos in NOMINAL else None


def _may_be(sent: Sentence, pronoun: Token, speaker: Token) -> bool:
    """Whether a pronoun may stand for the speaker: "it" is no person ("Machado criticized the
    meeting, saying [it] legitimized ..."), "he" or "she" no country or organisation."""
    if pronoun.text.lower() == "it":  # the speaker, or a name the parser made a second subject beside it
        verb = sent.head(speaker)
        subjects = [speaker] + ([c for c in sent.children(verb, *SUBJECTS)] if verb is not None else [])
        return not any(t.ent == "PERSON" for subject in subjects for t in sent.subtree(subject))
    if pronoun.text.lower() in ("he", "she"):
        return speaker.ent not in NON_PERSONS   # "Kenya said he ...", but "Kenya's president said he ..."
    return True


def _extraposed(sent: Sentence, adjective: Token, depth: int) -> Token | None:
    """"[it] is willing [to withdraw]" parsed as "it" expletive and the "to" clause as the subject:
    the "it" is the one willing, and in reported speech it stands for the speaker."""
    expl = sent.child(adjective, "expl")
    if expl is None or expl.text.lower() not in PERSONAL:
        return None
    return _speaker(sent, adjective, depth) or expl


def speaker_of(sent: Sentence, verb: Token) -> Token | None:
    """The subject of the verb that reports the clause of `verb`, if it is reported."""
    return _speaker(sent, verb, 0)


def _fragment_subject(sent: Sentence, verb: Token) -> Token | None:
    """A root verb without a subject after another root that is a name: the parser cut the sentence
    in two ("[Zimbabwean Prime Minister Robert Mugabe] [today accused the United States ...]")."""
    for token in reversed(sent.tokens[:verb.i - sent.first]):
        if token.head == token.i:
            return token if token.pos in NOMINAL or token.pos == "ADJ" else None
        if token.pos in ("VERB", "AUX") or token.text in (",", ";", ":"):
            return None
    return None


def _has_verb_head(sent: Sentence, token: Token) -> bool:
    head = sent.head(token)
    while head is not None:
        if head.pos in ("VERB", "AUX"):
            return True
        head = sent.head(head)
    return False


def _up_to(sent: Sentence, noun: Token) -> bool:
    """A counted subject the parser read as a phrase of "up to": "[Up to] 100 Albanians demonstrated"."""
    cases = [c for c in sent.children(noun) if c.dep in ("case", "fixed")]
    words = cases + [c for t in cases for c in sent.children(t)]
    up = any(t.text.lower() == "up" for t in cases + [sent.head(noun)] if t is not None and t.i < noun.i)
    return up and any(t.text.lower() == "to" for t in words)


def _clause_less_root(sent: Sentence, noun: Token, verb: Token) -> tuple[Token | None, bool]:
    """A verb hung as a modifier on a noun of a sentence with no verb root ("A top official today
    praised ...", misparsed): the root noun is its subject, unless the verb is a participle right
    after its noun in a headline ("Curfew imposed in Sudan") or with its agent ("the curfew imposed
    by the army"): then the noun is its passive subject. A sentence of running text has a verb:
    in "Hundreds of students protested in Nairobi." the participle reading leaves it none."""
    if sent.head(noun) is None:
        return noun, False  # "[Arnor] accused Gondor ...": the name is the sentence's root
    between = sent.tokens[noun.i - sent.first + 1: verb.i - sent.first]
    if _past_participle(verb, by_tag=False) and all(t.pos == "ADV" for t in between) \
            and (_agent(sent, verb) is not None or not _full_sentence(sent)):
        return noun, True
    if sent.child(verb, "mark") is not None:
        return None, False
    root = noun
    while sent.head(root) is not None:
        root = sent.head(root)
    if root.pos in ("ADP", "ADV"):  # "[Up] to 100 Albanians demonstrated": a word of quantity as the root
        return noun, False
    return (root if root.i < verb.i else noun), False


def _full_sentence(sent: Sentence) -> bool:
    """Running text: the sentence ends with a full stop (a headline does not)."""
    last = sent.tokens[-1] if sent.tokens else None
    return last is not None and last.text in (".", "!", "?")


def _to_infinitive(sent: Sentence, verb: Token) -> bool:
    return "VerbForm=Inf" in verb.morph and any(c.text.lower() == "to" for c in sent.children(verb, "mark", "aux"))


def _agent(sent: Sentence, verb: Token) -> Token | None:
    for child in sent.children(verb):
        if child.dep in AGENTS:
            return child
        if child.dep in OBLIQUES and sent.case_word(child) == "by":
            return child
    return None


def _topic(sent: Sentence, token: Token, child: Token) -> bool:
    """What an agreement is about, with no one named in it: "an agreement [on border security]"."""
    return token.lemma.lower() in TREATY_NOUNS and sent.case_word(child) in ("on", "about") \
        and child.pos == "NOUN" and not child.ent


def _both_sides(sent: Sentence, head: Token) -> bool:
    """"both sides", "all parties", "the two sides": the sides of a conflict, whom no noun inside the
    phrase names."""
    return head.lemma.lower() in SIDES and any(
        c.text.lower() in ("both", "all", "two", "either", "each") for c in sent.children(head, "det", "nummod"))


def nominal_heads(sent: Sentence, head: Token) -> list[Token]:
    """The phrase's head, then the nouns inside it in text order: where to look for a target
    nested in an object ("condemned an attack by Osgiliath soldiers"). Not through a participle that
    says what someone is held to have done: "arrested a man accused of spying for X" is no act on X."""
    found, todo = [head], [head]
    while todo and len(found) < 30:  # breadth first: the phrase's own head before the nouns inside it
        token = todo.pop(0)
        for child in sent.children(token):
            if token is head and _both_sides(sent, head) and sent.case_word(child) not in SIDES_OF:
                continue  # "accused [both sides] of war crimes, including attacks on civilians"; "in Sudan" stays
            if child.dep == "acl" and child.lemma.lower() in ALLEGED:  # "a man accused of spying for X"
                continue
            if child.dep not in SEARCH_SKIP and not (child.dep == "amod" and child.pos == "VERB") \
                    and not (child.dep == "compound" and token.lemma.lower() in TREATY_NOUNS) \
                    and not _topic(sent, token, child):  # "Paris Agreement", "an agreement [on border security]"
                todo.append(child)
                if child.pos in NOMINAL:
                    found.append(child)
    return found
