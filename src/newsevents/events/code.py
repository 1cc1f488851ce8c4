"""Code the events of an article from its parse: per clause, the verb and its two sides.

For each verb of each sentence (at most `guards.MAX_VERBS`): its CAMEO code from the verb
dictionary (`verbs.code_verb`), its participants from the parse (`clauses.clause_of`), the
actors they stand for (`actors.ActorFinder`), then one event per source-target pair
(coordinated actors give one event each; a paired code "042:043" gives one each way; a
coordinated subject with no target codes the conjuncts with each other). Modality, date
and place come from the clause.

Before that, per sentence: a light verb takes the code of its event noun ("held talks",
`nouns`); a speech or demand frame codes what it carries ("said Y must ...", "demanded that Y
...", `frames`) and hides the verbs inside it, as do appeals, threats, refusals and claims; an
event noun between two sides ("fighting between X and Y") gives an event each way. A vowed
hostile act is a threat, a refused cooperative one a rejection (`intent`).
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

from ..cameo import UnknownCameoCode, VerbEntry, cameo_info
from ..cameo.records import NULL_CODE
from ..ids import stable_id
from ..lang.en.datelines import DATELINE
from ..places import resolve_place
from ..records import Annotations, Article, Token, field_of
from ..resolve.places import PLACE_LABELS
from .actors import ActorFinder, Found, country_role
from .clauses import (Clause, carried, clause_of, displaced_predicate, listed_before, misparsed_predicate,
                      nominal_heads, predicate_before, speaker_of, subject_of)
from .coder import Coder, default_coder
from .countries import CountryContext
from .frames import Frame, find_frame
from .guards import MAX_VERBS, skip_reason
from .intent import intent_code, refusal_code, threat_code
from .modality import THREAT_CONDITIONS, modality, refused, vowed
from .lang import (ACTS_AGAINST, ARRIVALS, ATTACK_MEANS, ATTACK_MEANS_IF_MODIFIED, ATTACK_MODIFIERS, ATTACKED_IN_WORDS,
                   BESIDE, BORDER_NOUNS, FOREIGN_WORDS, IMPERSONAL, INTERVIEWEE_PREPOSITIONS, MEDIA_CHANNELS,
                   MEDIUM_PREPOSITIONS, NATURAL_FORCES, OWN_FOREIGN_OFFICES, OWN_MEANS, PENALTY_NOUNS, QUANTITY_NOUNS,
                   TALKING, TEMPORAL_PREPOSITIONS, TIME_WORDS, VENUE_PREPOSITIONS, VESSELS, VICTIM_CASES, WARDING,
                   WARNINGS, WHERE_NOUNS, YIELDING)
from .nouns import AIMED_NOUN_CODES, aimed_at, event_noun, event_nouns
from .records import Event, EventActor
from .tree import OBJECTS, SUBJECTS, Sentence, perfect_auxiliary, sentences_of
from .vague import vague
from .verbs import Coding, code_verb

NULL_CODES = frozenset({"", "---", "+++", "###"})
RECIPROCAL = frozenset({"meet", "talk", "agree", "disagree", "negotiate", "clash", "fight", "reconcile",
                        "cooperate", "discuss", "renew", "restore", "resume", "sign", "exchange", "normalize", "normalise",
                        "summit", "talks", "meeting", "negotiation", "negotiations", "clashes"})  # "held a summit"
CLASHES = frozenset({"clash", "skirmish"})  # "clashed in front of parliament with police": the place is no side
# Discards that date a clause rather than rule out the sentence (Phoenix's years, "years ago").
TIME_DISCARD = re.compile(r"^(?:1[89]|20)\d\d$|\bago$|^world war\b")
OWN_CLAUSE_SKIP = ("advcl", "ccomp", "parataxis", "acl", "acl:relcl", "relcl", "conj", "appos", "xcomp", "csubj")
TIME_DEPS = ("obl", "advmod", "nmod:tmod", "npadvmod", "nummod")  # where a verb's time expression hangs
FRAME_ROOT = "01"  # make public statement
FRAME_PENALTY = 0.3
HOSTILE_ROOTS = ("16", "17", "18", "19", "20")
VISIT_CODES = ("042", "043")  # make and host a visit
VERBAL_ROOTS = ("01", "10", "11", "12", "13")  # said, demanded, criticised, rejected, threatened
REACTION_ROOTS = VERBAL_ROOTS + ("02", "09")  # and appealed, investigated: reactions to what was done
VICTIM_REACH = 3  # nouns up from a victim's phrase to the act done to it: "the use of [force] against"
FORCE_ROOTS = ("18", "19", "20")  # assault, fight, mass violence: no text does them
MEETING_ROOT = "04"  # consult: meet, visit, host, negotiate
INTERVIEW_CODES = ("040", "041", "046")  # consult, by telephone, negotiate: with a medium, an interview
PRESS_ROLE = "MED"
FRAME_CODE = "010"
# A meeting, an agreement signed or a word said "in Washington": where it was, not with whom.
VENUE_CODES = (MEETING_ROOT, "057", FRAME_ROOT, "036")  # meetings, treaties, statements, intents to meet
THREAT_ROOT = "13"
# Promising, giving, yielding, showing force: the forces, envoys or ships moved are the doer's own,
# never whom it acts on ("would send troops", "withdrew its troops", "massed troops")
SENDING_ROOTS = ("03", "06", "07", "08", "15")
CONDITION_PATH = ("xcomp", "acl", "obj", "obl", "nmod")  # how an "if" clause may hang below a threat
STATE_ROOTS = ("09", "17")  # acts of a state: arrest, detain, deport, investigate; passive without agent
STATE_ROLE = "GOV"  # promised, these are threats
ATTACK_CODE, CRITICISM_CODE = "190", "111"  # a person's attack on a person is in words
VERBAL_ATTACKS = frozenset({"attack", "assail"})
CONTACT_CODE = "040"
QUALIFIERS = frozenset({"compound", "amod", "nmod:poss"})  # a place that says whose or what kind
TOPIC_PREPOSITIONS = frozenset({"over", "about"})  # "disagreed [over] aid": the matter, not a side
DISPUTES = frozenset({"disagree", "differ", "argue", "quarrel", "feud", "spar", "bicker"})
OWNING = ("its", "their", "his", "her")  # "recalled [its] ambassador": the doer's own
OTHER_TIME = TEMPORAL_PREPOSITIONS - {"during"}  # "after [the election] in March": another event's time
CONTESTS = frozenset({"defeat", "beat", "outpoll", "trounce"})  # a person's win over a person: an election, a game
UNIDENTIFIED_FORCE = "UAF"  # CAMEO's unidentified armed forces: the doer of an attack known by its means only
MEANS_SKIP = ("case", "nmod", "acl", "acl:relcl", "relcl", "appos", "conj", "cc", "punct")  # a means phrase's own words
UNSURE = frozenset({"hypothetical", "negated"})
UNSURE_PENALTY = 0.2
SUBORDINATE = ("acl", "acl:relcl", "relcl", "advcl", "amod")  # clauses that tell of a noun or a circumstance
SUBORDINATE_PENALTY = 0.1
PHRASE_PARTS = ("det", "amod", "compound", "nummod", "nmod:poss")  # the words before a noun that are its own
# Clauses joined to a verb whose times are their own: "spoke with X and [reaffirmed in 1951 ...]",
# "the IMF, [which approved a loan last year]". Not a noun's "acl" ("launched an operation [to flush
# out rebels ...] in 2015"): the parse often hangs the sentence's last time phrase there.
JOINED_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "conj", "acl:relcl", "csubj", "xcomp"})
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})\b")


def code_events(article: Article, annotations: Annotations, *, coder: Coder | None = None) -> tuple[Event, ...]:
    """Every event of the article, in text order; () for text that is not English."""
    if article.language not in (None, "en") or not annotations.tokens:
        return ()
    coder = coder or default_coder()
    if _story_discard(coder, article.text):
        return ()
    run = _Run(article, annotations, coder)
    events: dict[str, Event] = {}
    for sent in sentences_of(annotations.tokens, len(annotations.sentences)):
        for event in run.sentence(sent):
            events.setdefault(event.id, event)
    return tuple(sorted(events.values(), key=lambda e: (e.start, e.end, e.cameo)))


def _infinitive_of(sent: Sentence, verb: Token) -> bool:
    """Whether the verb is a "to" infinitive hung on another verb ("agreed [to extend]")."""
    return verb.dep in ("xcomp", "advcl") and any(m.text.lower() == "to" for m in sent.children(verb, "mark"))


def _not_their_own(sent: Sentence, sources: list[Found], targets: list[Found]) -> list[Found]:
    """The targets without what the doers own: "France and Germany agreed to move ahead with [their]
    programme" (theirs, whoever it names), "sentenced Dodik over [his] separatist activities" (of
    the doer's country, in a phrase other than the object: "disbanded its police force" keeps it)."""
    if len(sources) > 1:
        targets = [t for t in targets if not _owned_by(sent, t, ("their",))]
    own = {country_role(s.code)[0] for s in sources} - {None}
    return [t for t in targets if not (_of_country(t, own) and _owned_by(sent, t, OWNING) and not _object(sent, t))]


def _suffered(sent: Sentence, found: Found, coding: Coding) -> bool:
    """Whether an actor was found where an act done to it is named ("condemned the use of force
    [against protesters]", "called for an inquiry into attacks [on hospitals]"): whom the act
    was done to, not whom the reaction is to. The coding's own noun ("launched an attack on X") is
    the event itself; an act whose doer is named with it ("Uganda's attack on", "the killing of
    protesters by police") keeps that doer."""
    inside = _words_of(sent, found)
    own = {t.i for t in coding.tokens}
    for word in inside:
        act = _act_above(sent, word) if sent.case_word(word) in VICTIM_CASES else None
        if act is None or act.i in own:
            continue
        if any(t.i < act.i and _doer_word(t) for t in inside) \
                or any(t.dep == "case" and t.text.lower() == "by" for t in sent.subtree(act)):
            continue
        return True
    return False


def _act_above(sent: Sentence, word: Token) -> Token | None:
    """The act noun a phrase hangs from, a few nouns up ("the use of [force] against protesters")."""
    head = sent.head(word)
    for _ in range(VICTIM_REACH):
        if head is None or head.pos not in ("NOUN", "PROPN"):
            return None
        if head.lemma.lower() in ACTS_AGAINST:
            return head
        head = sent.head(head)
    return None


def _doer_word(token: Token) -> bool:
    """A possessor, a name or a demonym before an act noun: whose act it is ("Uganda's", "Russian")."""
    return token.dep in ("nmod:poss", "compound") or token.dep == "amod" and token.text[:1].isupper()


def _topic_of(sent: Sentence, found: Found) -> bool:
    """Whether an actor was found in a phrase of what is talked or fought about ("over U.S. aid")."""
    inside = _words_of(sent, found)
    ids = {t.i for t in inside}
    return any(t.head not in ids and sent.case_word(t) in TOPIC_PREPOSITIONS for t in inside)


def _qualifies(sent: Sentence, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` modify a noun after them ("[U.S.] airstrikes")."""
    head = _span_head(sent, start, end)
    return head is not None and head.dep in QUALIFIERS and head.head > head.i


def _words_of(sent: Sentence, found: Found) -> list[Token]:
    """The words an actor was found in."""
    return [t for t in sent.tokens if found.start <= t.start < found.end]


def _object(sent: Sentence, found: Found) -> bool:
    """Whether the phrase an actor was found in is a verb's object ("disbanded [its police force]")."""
    inside = _words_of(sent, found)
    ids = {t.i for t in inside}
    return any(t.head not in ids and t.dep in OBJECTS for t in inside)


def _of_country(found: Found, countries: set[str]) -> bool:
    """Whether the actor is of one of the countries, or a bare role that takes its country from the
    text ("[its] ambassador"); not a named body of none ("its European Community partners")."""
    country = country_role(found.code)[0]
    return country in countries if country else found.name is None and len(found.code) == 3


def _owned_by(sent: Sentence, found: Found, owners: tuple[str, ...]) -> bool:
    """Whether the phrase an actor was found in is owned by one of the possessive pronouns
    `owners` ("[their] joint programme", "[its] ambassador")."""
    inside = _words_of(sent, found)
    before = sent.token(inside[0].i - 1) if inside else None
    return any(t.text.lower() in owners and t.dep == "nmod:poss" for t in inside + [before] if t is not None)


def _countries(found: list[Found]) -> set[str | None]:
    return {country_role(f.code)[0] for f in found}


def _nobodys(found: Found) -> bool:
    """A role no name or country qualifies ("150 prisoners of war", "rebels")."""
    return found.name is None and country_role(found.code)[0] is None and "/" not in found.code


def _unmarked(sent: Sentence, found: Found) -> bool:
    """Whether an actor's phrase hangs on the verb with no preposition and is no object: an
    apposition misparsed ("exchanged fire ..., killing 12 people, [most of them civilians]")."""
    head = _span_head(sent, found.start, found.end)
    return head is not None and head.dep.startswith("obl") and not sent.case_word(head)


def _of_a_thing(sent: Sentence, found: Found) -> bool:
    """Whether an actor's phrase hangs on a noun that names no one ("cases [in Sudan]")."""
    head = _span_head(sent, found.start, found.end)
    noun = sent.head(head) if head is not None else None
    return noun is not None and head.dep.startswith("nmod") and noun.pos == "NOUN" and not noun.ent


def _in_place(sent: Sentence, found: Found) -> bool:
    """Whether an actor was found in a place where something happened ("in Gaza")."""
    token = next(iter(_words_of(sent, found)), None)
    return token is not None and token.start == found.start and token.ent == "LOC" \
        and sent.case_word(token) in VENUE_PREPOSITIONS


def _story_discard(coder: Coder, text: str) -> bool:
    found = coder.actors.discard_in(text) if coder.actors.discards else None
    return found is not None and found.story


class _Run:
    """One article's coding: its dictionaries, day, times and places."""

    def __init__(self, article: Article, annotations: Annotations, coder: Coder):
        self.article, self.annotations, self.coder = article, annotations, coder
        self.day = _day(article.published)
        self.finder = ActorFinder(coder.actors, on=self.day, text=article.text, entities=annotations.entities,
                                  entity_actors=coder.entity_actors)
        self.countries = CountryContext(article.text, annotations.entities, getattr(annotations, "focus", None))
        self._times: list[Any] | None = None
        self.datelines = [m.span() for m in DATELINE.finditer(article.text)]

    def sentence(self, sent: Sentence) -> list[Event]:
        verbs = self._verbs(sent)
        codings = {v.i: self._coding(sent, v) for v in verbs}
        frames = {v.i: f for v in verbs if (f := find_frame(sent, v, _own_code(codings[v.i]))) is not None}
        hidden = frozenset().union(*(f.inner for f in frames.values()))
        hidden |= {v.i for v in verbs if _yields(sent, v, codings) or _warded_off(sent, v)}
        events = self._noun_root(sent) if verbs else []
        for verb in verbs:
            events += self._nominal(sent, verb)
            if verb.i not in hidden:  # hidden: asked for, demanded or denied, not done; "voted [to reject]"
                events += self._verb(sent, verb, codings[verb.i], frames.get(verb.i))
        return _frames_last(events)

    def _verbs(self, sent: Sentence) -> list[Token]:
        """The verbs to code (none in a skipped or discarded sentence, none dated by a time discard)."""
        if not sent.tokens:
            return []
        text = self.article.text[sent.tokens[0].start:sent.tokens[-1].end]
        discard = self.coder.actors.discard_in(text) if self.coder.actors.discards else None
        if skip_reason(text, sent.tokens) or (discard is not None and not TIME_DISCARD.search(discard.phrase)):
            return []
        perfects = {t.i: aux.i for t in sent.tokens if t.pos == "ADJ" and (aux := perfect_auxiliary(sent, t))}
        auxiliaries = set(perfects.values())  # "have" of "have [tortured]": the participle is the verb
        verbs = [t for t in sent.tokens if t.pos == "VERB" or (t.pos == "AUX" and t.dep in ("ROOT", "root")
                 and t.i not in auxiliaries) or _verb_tagged_adjective(sent, t) or t.i in perfects]
        verbs = [v for v in verbs if not _describes(sent, v)]
        return [v for v in verbs[:MAX_VERBS] if discard is None or not self._dated_discard(sent, v)]

    def _verb(self, sent: Sentence, verb: Token, coding: Coding | None, frame: Frame | None) -> list[Event]:
        """The events of one verb's clause, its frame's code and target first if it opens one."""
        clause = clause_of(sent, verb)
        if frame is not None:
            coding = _framed(coding, frame) if frame.code is not None else coding
            clause = dataclasses.replace(clause, targets=frame.targets + clause.targets)
        if coding is None or all(c in NULL_CODES for c in coding.code.split(":")):
            return []
        if coding.code[:2] in FORCE_ROOTS and carried(sent, verb):  # "passed legislation targeting X"
            return []
        if self.coder.strict_verbs and vague(verb, coding):
            return []
        if self.coder.strict_verbs and _bare_statement(coding):
            clause = dataclasses.replace(clause, targets=tuple(t for t in clause.targets if t.head == verb.i))
        return self.clause(sent, clause, coding)

    def _nominal(self, sent: Sentence, verb: Token) -> list[Event]:
        """An event noun as the subject: between two sides, "fighting between X and Y killed ..." or
        "fighting broke out between X and Y", gives X-Y and Y-X events of the noun's code; aimed at a
        target, "an attack on X by Y", "Saudi-led air strikes on Yemen", Y-X."""
        subject = next((c for c in sent.children(verb, "nsubj", "nsubj:pass") if c.pos in ("NOUN", "PROPN")), None)
        return self._noun_event(sent, subject, verb) if subject is not None else []

    def _noun_root(self, sent: Sentence) -> list[Event]:
        """An event noun the parser made the sentence's root, the verb hung below it: "Talks between
        X and Y over the dam resumed[acl] on Tuesday"."""
        root = next((t for t in sent.tokens if t.dep in ("ROOT", "root")), None)
        if root is None or root.pos not in ("NOUN", "PROPN") or _between(sent, root) is None:
            return []
        return self._noun_event(sent, root, root)

    def _noun_event(self, sent: Sentence, subject: Token, verb: Token) -> list[Event]:
        code = _noun_code(subject) if self.coder.event_nouns else None
        if code is None:
            return []
        sides = _between(sent, subject) or _between(sent, verb)
        if sides is not None:
            clause = Clause(subject, sides, (), False, None, ())
            return self.clause(sent, clause, Coding(_entry(subject), code, None, (subject,), "%", via="noun"))
        aimed = aimed_at(sent, subject)
        if aimed is None:
            return []
        agent = next((c for c in sent.children(subject, "nmod", "obl") if sent.case_word(c) == "by"), subject)
        clause = Clause(subject, agent, (), False, None, (aimed,))
        code = AIMED_NOUN_CODES.get(subject.lemma.lower(), code)
        return self.clause(sent, clause, Coding(_entry(subject), code, None, (subject,), "", via="noun"))

    def _coding(self, sent: Sentence, verb: Token) -> Coding | None:
        """The verb's code, or the code of its event noun under a light verb ("held talks")."""
        coding = code_verb(self.coder.verbs, sent, verb)
        if not self.coder.event_nouns or (coding is not None and coding.pattern is not None
                                          and coding.code not in NULL_CODES):
            return coding
        found = event_noun(sent, verb)
        if found is None:
            return coding
        noun, code = found
        entry = coding.entry if coding is not None else _entry(verb)
        return Coding(entry, code, None, (verb, noun), "", via="noun")

    def _dated_discard(self, sent: Sentence, verb: Token) -> bool:
        """A time discard ("1988", "years ago", "World War II") heading a time expression of the verb
        ("attacked Chad [in 1988]", "[two years ago]"): the clause tells of the past. A year inside
        a noun phrase ("over a 2013 sit-in") or a clause hanging from it ("suspected of blowing up a
        plane in 1988") does not date this one."""
        for child in sent.children(verb):
            if not child.dep.startswith(TIME_DEPS):
                continue
            words = sent.subtree(child, skip=OWN_CLAUSE_SKIP)
            found = self.coder.actors.discard_in(" ".join(t.text for t in words))
            if found is not None and child.text.lower() in found.phrase.split():
                return True
        return False

    def clause(self, sent: Sentence, clause: Clause, coding: Coding) -> list[Event]:
        if _carried(sent, clause, coding):
            return []
        sources, targets = self._sides(sent, clause, coding)
        if not sources:
            return []
        targets = _not_their_own(sent, sources, targets)
        if coding.code[:2] in REACTION_ROOTS:
            targets = [t for t in targets if not _suffered(sent, t, coding)]
        if clause.verb.lemma.lower() in WARNINGS:  # "warned that cases [in Sudan] could double"
            targets = [t for t in targets if not (_in_place(sent, t) and _of_a_thing(sent, t))]
        if len(sources) > 1 and clause.verb.lemma.lower() in DISPUTES:  # "disagreed [over] U.S. aid": the matter
            targets = [t for t in targets if not _topic_of(sent, t)]
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
        if clause.verb.lemma.lower() in CONTESTS:  # "Biden defeated Trump": an election, not a battle
            pairs = [(s, t) for s, t in pairs if not (self._person(s) and self._person(t))]
        words = {clause.verb.lemma.lower()} | {t.lemma.lower() for t in coding.tokens} | _pattern_words(coding)
        if _infinitive_of(sent, clause.verb) and (above := sent.head(clause.verb)) is not None:
            words.add(above.lemma.lower())  # "agreed to [extend] their truce": what they agreed to do
        # "Israel and Hamas agreed to extend their ceasefire [in Gaza]", "Ukraine and Russia exchanged
        # [150 prisoners]": a place or nameless people are no side; the two did it with each other
        if len(sources) > 1 and words & RECIPROCAL and targets \
                and all(_in_place(sent, t) or _nobodys(t) and (_object(sent, t) or _unmarked(sent, t)) for t in targets):
            targets = []
        if not targets and len(sources) > 1 and ("%" in coding.slots or words & RECIPROCAL):
            pairs = [(s, t) for s in sources for t in sources if s is not t and s.code != t.code]
        if not pairs and not self.coder.require_dyad:  # no target, or only the source itself
            pairs = [(s, None) for s in sources]
        made = []
        for source, target in pairs:
            forward, backward = _interviewed(sent, coding.code, clause.verb, source, target)
            forward, backward = _arrival(sent, coding, clause.verb, target) or (forward, backward)
            if forward not in NULL_CODES:
                made.append(self.event(sent, clause, coding, forward, source, target))
            if backward not in NULL_CODES and target is not None and not source.means:  # a rocket is no target
                made.append(self.event(sent, clause, coding, backward, target, source))
        return made

    def _sides(self, sent: Sentence, clause: Clause, coding: Coding) -> tuple[list[Found], list[Found]]:
        if clause.subject is not None and not clause.passive and _natural_force(sent, clause.subject, clause.verb):
            return [], []
        heads = ([_counted(sent, clause.subject)] if clause.subject else []) + list(clause.others)
        heads += [h for h in listed_before(sent, clause.subject) if h not in heads] if clause.subject else []
        subjects = _one_phrase(_unique([f for head in heads for f, _ in self.finder.of_phrase(sent, head)]),
                               self.article.text)
        if clause.subject is not None and _possessed(sent, clause.subject):
            subjects = self._owned(sent, clause.verb, subjects)
        if not heads:  # "fighting between X and Y": the two sides, each the other's target
            sides = _between(sent, clause.verb)
            subjects = [f for f, _ in self.finder.of_phrase(sent, sides)] if sides is not None else []
        agents = [f for f, _ in self.finder.of_phrase(sent, clause.agent)] if clause.agent else []
        venue = coding.code.startswith(VENUE_CODES) or clause.verb.lemma.lower() in CLASHES
        targets = self._targets(sent, clause, venue=venue, force=coding.code[:2] in FORCE_ROOTS,
                                sending=coding.code[:2] in SENDING_ROOTS,
                                imposed=coding.code[:2] in FORCE_ROOTS + STATE_ROOTS,
                                places_only=coding.code.startswith(FRAME_ROOT), verbal=coding.code[:2] in VERBAL_ROOTS)
        if clause.passive:  # "Jones was arrested in Boston": Jones, unknown, not Boston, is the target
            sources, targets = agents, subjects if subjects or _someone(sent, clause.subject) else targets
            if not sources and coding.code[:2] in STATE_ROOTS:
                sources = self._state_of_place(sent, clause.verb)
        else:
            sources = subjects
        if not sources and coding.code[:2] in FORCE_ROOTS:
            sources = self._unnamed_attackers(sent, clause)
        if coding.code[:2] in (THREAT_ROOT,) + HOSTILE_ROOTS and {t.code for t in targets} <= {s.code for s in sources}:
            targets = self._held_over(sent, clause.verb) or targets  # "threatened to ban voting if [Hamas] ran"
        if coding.code[:2] == THREAT_ROOT and targets and _countries(targets) <= _countries(sources):
            # "Katz warned that [Israel] would hit Beirut": the doer of the threatened act is the
            # threatener's own side; whom it would be done to is the target
            targets = self._threatened(sent, clause.verb) or targets
        if "+<" in coding.slots and "$>" in coding.slots:
            sources, targets = targets, sources
        return sources, targets

    def _threatened(self, sent: Sentence, verb: Token) -> list[Found]:
        """The named actors or countries the act a threat or warning reports would be done to: the
        objects of its complement clause ("warned that Israel would hit [Beirut]")."""
        found = [f for clause in sent.children(verb, "ccomp", "xcomp") for head in sent.children(clause, *OBJECTS)
                 for f, _ in self.finder.of_phrase(sent, head)]
        return [f for f in found if f.name or country_role(f.code)[0]]

    def _held_over(self, sent: Sentence, verb: Token) -> list[Found]:
        """The named actors or countries a threat is held over: the subjects of its conditions."""
        held = [f for head in _conditioned(sent, verb) for f, _ in self.finder.of_phrase(sent, head)]
        return [f for f in held if f.name or country_role(f.code)[0]]

    def _owned(self, sent: Sentence, verb: Token, found: list[Found]) -> list[Found]:
        """A role "their forces" in a reported clause belongs to the speaker: "Bosnian Serbs said
        their forces had withdrawn" -> BIH + MIL."""
        speaker = speaker_of(sent, verb)
        owners = [f for f, _ in self.finder.of_phrase(sent, speaker)] if speaker is not None else []
        owner = next((f for f in owners if country_role(f.code)[0]), None)
        if owner is None:
            return found
        country = country_role(owner.code)[0]
        return [Found(country + f.code, owner.name, f.start, f.end, country) if not f.base and not
                country_role(f.code)[0] else f for f in found]

    def _state_of_place(self, sent: Sentence, verb: Token) -> list[Found]:
        """The authorities of the country where a passive arrest or inquiry happened, when no one is
        named as its agent: "was arrested in Lebanon" -> LBNGOV."""
        for child in sent.children(verb, "obl"):
            if sent.case_word(child) in ("in", "at"):
                for found, _ in self.finder.of_phrase(sent, child):
                    country = country_role(found.code)[0]
                    if country:
                        return [Found(country + STATE_ROLE, None, found.start, found.end, country)]
        return []

    def _unnamed_attackers(self, sent: Sentence, clause: Clause) -> list[Found]:
        """The doer of an attack the clause knows by its means only: "a roadside bomb near Samarra
        killed ...", "were killed in a suicide bombing in Baghdad" -> an unidentified armed force, of
        the country where it happened when the clause names the place (IRQUAF); "an attack by
        rebels" -> the rebels."""
        means = _attack_means(sent, clause)
        if means is None:
            return []
        doers = [f for c in sent.children(means, "nmod") if sent.case_word(c) == "by"
                 for f, _ in self.finder.of_phrase(sent, c)]
        if doers:
            return doers
        heads = [means, clause.verb] + sent.children(clause.verb, "obj")  # "killed three soldiers [near Kandahar]"
        country = next((country for head in heads for c in sent.children(head, "obl", "nmod")
                        if sent.case_word(c) in VENUE_PREPOSITIONS and not _frontier(c)
                        and (country := self._country_in(sent, c))), "")
        words = sent.subtree(means, skip=MEANS_SKIP)
        return [Found(country + UNIDENTIFIED_FORCE, None, words[0].start, words[-1].end, country, means=True)]

    def _targets(self, sent: Sentence, clause: Clause, *, venue: bool = False, force: bool = False,
                 imposed: bool = False, places_only: bool = False, verbal: bool = False,
                 sending: bool = False) -> list[Found]:
        """The first candidate phrase with a named actor or a country; else the first with a role
        alone ("deployed [troops] along the border with [Pakistan]" -> Pakistan). With `venue` (a
        meeting or a clash), where it took place is not whom it was with: "met in Istanbul",
        "gathered outside parliament"; one arrives in a place to visit it ("arrived in Moscow"). With
        `places_only` (a statement), only a place is where: "said in Geneva", but "said in a speech
        to [the Knesset]".
        With `force` (an attack), what was hit is of the country it lies in: "fired at [targets]
        in Jericho", "shelled rebel positions near Idlib" (`_struck_in`). A place in a phrase of the
        verb after a role object says where that role was, not whom the act was done to: "killed
        12 militants in Waziristan" is Pakistan's militants (PAK and the role), not Pakistan.
        A town or city an act was done in is where, not whom ("resumed talks in the city of
        Jeddah"), unless the act is `imposed` on a place: an attack, a curfew, an arrest ("imposed
        a curfew in the town of Cizre" is done to Turkey). No border is a target: the country
        that names it is the other side.
        """
        roles: list[Found] = []
        venue = venue and clause.verb.lemma.lower() not in ARRIVALS
        where: set[int] = set()
        unknown = False  # an object named but not known: a place after it is where, not whom
        for head in clause.targets:
            after_object = any(t.dep in OBJECTS and t.i < head.i for t in clause.targets)
            if unknown and not force and sent.case_word(head) in VENUE_PREPOSITIONS:
                continue  # "arrested Jones [at his home in Boston]"
            if verbal and _medium(sent, head):
                continue  # "said [on state television]": how it was said
            own = clause.subject is not None and _own_means(sent, head)
            owned = _places_of(sent, head) if own else []
            if own and not owned and (sending or head is not clause.targets[-1]):
                continue  # "sent troops [to Somalia]": the place after the forces; "massed troops": its own
            heads = owned or [head]  # "its troops [from Lebanon]"; "disbanded its police force" keeps it
            for inner in (i for h in heads for i in nominal_heads(sent, h)):
                if inner.i in where:
                    continue
                case = sent.case_word(inner)
                if unknown and not force and inner is not head and case in VENUE_PREPOSITIONS:
                    continue  # "arrested [Kizza Besigye in Nairobi]": where the unknown person was
                at_place = case in VENUE_PREPOSITIONS
                # "supporters [outside the court]" are where; "fired [at] protesters" and the aim of
                # the doer's own means, "fired rockets [at a village]", are whom
                beside = case in BESIDE and inner.ent != "LOC" and not owned and (
                    inner is not head or case != "at" and after_object)
                if at_place and (venue and (inner.ent == "LOC" or not places_only) or _frontier(inner) or beside
                                 or not imposed and inner.lemma.lower() in WHERE_NOUNS):
                    where.update(t.i for t in sent.subtree(inner))  # "[in the Saudi city of Jeddah]"
                    continue
                if inner.lemma.lower() in PENALTY_NOUNS and inner is not clause.subject:
                    continue
                if roles and head.i > clause.verb.i and sent.case_word(inner) in VENUE_PREPOSITIONS \
                        and sent.head(inner) is clause.verb:  # "killed [militants] in Waziristan": where they were
                    return self._struck_in(sent, clause.verb, roles, at=clause.targets) or roles
                found = [f for f, _ in self.finder.of_phrase(sent, inner)]
                if any(f.name or country_role(f.code)[0] for f in found):
                    return found
                unknown = unknown or not found and inner.dep in OBJECTS and _someone(sent, inner)
                if force and (struck := self._struck_in(sent, inner, found)):
                    return struck
                roles = roles or found
        if force and (struck := self._struck_in(sent, clause.verb, roles, at=clause.targets)):
            return struck  # "fired at targets, [in Jericho]": where the attack fell
        return roles

    def _struck_in(self, sent: Sentence, head: Token, found: list[Found], *,
                   at: tuple[Token, ...] = ()) -> list[Found]:
        """The target of an attack on a thing or a role with no country ("targets", "rebel
        positions") that a place after it locates: that place's country, with the role. With `at`
        (the clause's target heads), `head` is the verb and the place one of its own phrases."""
        for child in sent.children(head, "obl" if at else "nmod"):
            if sent.case_word(child) not in VENUE_PREPOSITIONS or _frontier(child):
                continue
            place = sent.subtree(child)
            country = self._country_in(sent, child) or self.countries.place_country(place[0].start, place[-1].end)
            if country:
                what = next((t for t in at if t.i < child.i), child) if at else head
                role = found[0].code if len(found) == 1 and not found[0].base else ""
                return [Found(country + role, None, _phrase_start(sent, what).start, place[-1].end, country)]
        return []

    def _country_in(self, sent: Sentence, phrase: Token) -> str | None:
        """The country of the first actor of a phrase that has one ("near Samarra" -> IRQ)."""
        return next((c for f, _ in self.finder.of_phrase(sent, phrase) if (c := country_role(f.code)[0])), None)

    def event(self, sent: Sentence, clause: Clause, coding: Coding, code: str, source: Found,
              target: Found | None) -> Event:
        start = min([clause.verb.start, source.start] + ([target.start] if target else []))
        end = max([clause.verb.end, source.end] + ([target.end] if target else []))
        mode = modality(sent, clause.verb)
        original = code
        if mode == "planned" and self.coder.intent_codes:
            code = threat_code(code) if code[:2] in HOSTILE_ROOTS and vowed(sent, clause.verb) else intent_code(code)
        if mode == "negated" and self.coder.intent_codes and refused(sent, clause.verb):
            code = refusal_code(code)
        if (code == ATTACK_CODE and clause.verb.lemma.lower() in VERBAL_ATTACKS and coding.pattern is None
                and (_attacks_words(sent, clause.verb)
                     or target is not None and self._person(source) and self._person(target))):
            code = CRITICISM_CODE  # "Trump attacked Biden", "attacked the proclamation": in words
        info = _info(code)
        actor1, actor2 = self._actor(source, sent), self._actor(target, sent) if target else None
        day, day_source = self._date(sent, clause, start, end)
        return Event(
            id=stable_id(self.article.id, str(start), str(end), code, actor1.code, actor2.code if actor2 else None),
            actor1=actor1, actor2=actor2, cameo=code, root=info["root"], label=info["label"],
            plover=info["plover"], quad_class=info["quad_class"], goldstein=info["goldstein"],
            modality=mode, date=day, date_source=day_source,
            location=self._where(sent, start, end, code, source, target),
            sentence=sent.index, start=start, end=end,
            confidence=round(_confidence(coding, source, target, unsure=mode in UNSURE and code == original)
                             - (SUBORDINATE_PENALTY if _subordinate(sent, clause.verb) else 0.0), 2),
            verb=" ".join(t.text for t in coding.tokens),
            pattern=f"{coding.pattern.source_file}:{coding.pattern.line}" if coding.pattern else None,
        )

    def _actor(self, found: Found, sent: Sentence) -> EventActor:
        """The actor of a phrase; a role alone ("rebels") takes the country its context gives, a
        vessel none (`VESSELS`)."""
        country, role = country_role(found.code)
        code, text = found.code, self.article.text[found.start:found.end]
        if country is None and not found.base and "/" not in code and not _vessel(text) and not _foreign(text):
            country = self.countries.antecedent_country(found.start, found.end) \
                or self.countries.country_for(role, sent.tokens[0].start, sent.tokens[-1].end)
            code = country + code if country else code
        return EventActor(text, found.name, code, country, role)

    def _date(self, sent: Sentence, clause: Clause, start: int, end: int) -> tuple[str | None, str | None]:
        """The first time expression of the event's verb's own clause (not of a clause joined to it:
        "spoke with Manalo and reaffirmed [that the 1951 treaty] ...", "the IMF, [which approved a
        loan last year], said"), or one the parse hung on no verb inside the event's words; else the
        publication date."""
        verbs = [clause.verb]
        while (held := _holder(sent, verbs[-1])) is not None and held not in verbs:
            verbs.append(held)  # "On Tuesday, troops attacked X and [killed] five": the first conjunct's time
        lo, hi = sent.tokens[0].start, sent.tokens[-1].end
        dated = [(time, day, token) for time in self.times() if lo <= time.start < hi
                 and (day := _calendar_date(getattr(time, "value", None) or ""))
                 and (token := _span_head(sent, time.start, time.end)) is not None
                 and not _names_a_thing(token, time.text)]
        for verb in verbs:
            for time, day, token in dated:
                own = _of_verb(sent, verb, token)
                if own or own is None and verb is clause.verb and start <= time.start and time.end <= end:
                    return day, "text"
        if self.article.published:
            return self.article.published, "published"
        return None, None

    def times(self) -> list[Any]:
        if self._times is None:
            self._times = list(self.annotations.times)
            if not self._times and self.article.published:
                from ..times import find_times
                self._times = find_times(self.article.text, published=self.article.published)
        return self._times

    def _person(self, found: Found) -> bool:
        """The actor is a named person ("Biden"), not a group, a state or a role: a name the
        recogniser labelled a person, or one the dictionary dates with a role (a country's dated
        codes have none: "Ukraine" was USR) that is not an organisation's ("Taliban")."""
        labels = {e.label for e in self.annotations.entities if e.start <= found.start and found.end <= e.end}
        named = found.name is not None and country_role(found.code)[1] is not None and "ORG" not in labels
        return "PERSON" in labels or (named and self.coder.actors.is_person(found.name))

    def _location(self, sent: Sentence, start: int, end: int) -> Any:
        """A place in the event's words, else in its sentence, else the article's focus. The city of
        a dateline ("NAIROBI, March 4 —") is where the story was filed, not where its first
        sentence's event happened ("agreed to reopen the crossing at Moyale"). A place that only
        qualifies a noun ("[U.S.] airstrikes", "[Russia]'s president") comes after any other."""
        lo, hi = sent.tokens[0].start, sent.tokens[-1].end
        placed = [e for e in self.annotations.entities if getattr(e, "place", None) is not None
                  and not any(a <= e.start and e.end <= b for a, b in self.datelines)]
        inside = [e for e in placed if lo <= e.start and e.end <= hi]
        plain = [e for e in inside if not _qualifies(sent, e.start, e.end)]
        for kind in (plain, inside):  # "backed by [U.S.] airstrikes, recaptured the town of Adan Yabaal"
            for first, last in ((start, end), (lo, hi)):
                for entity in kind:
                    if first <= entity.start and entity.end <= last:
                        return entity.place
        return field_of(getattr(self.annotations, "focus", None), "place")  # the focus's place, not its record

    def _where(self, sent: Sentence, start: int, end: int, code: str, source: Found, target: Found | None) -> Any:
        """Where the event happened. A visit happened at the place of the side that hosts it
        ("visited [Nairobi]"), though a place named as a side carries an actor and no place of its
        own; a visited country gives way to a place of the sentence inside it ("visited Kenya and
        spoke in Mombasa")."""
        found = self._location(sent, start, end)
        host = target if code == VISIT_CODES[0] else source if code == VISIT_CODES[1] else None
        if host is None:
            return found
        entity = next((e for e in self.annotations.entities if e.label in PLACE_LABELS
                       and host.start <= e.start and e.end <= host.end), None)
        if entity is None:
            return found
        focus = field_of(getattr(self.annotations, "focus", None), "country")
        visited = getattr(entity, "place", None) or resolve_place(entity.text, focus=focus)
        if visited is None or visited.kind == "country" and found is not None and found.kind != "country" \
                and found.country == visited.country:
            return found
        return visited


def _calendar_date(value: str) -> str | None:
    """A time value as the event's date: a day, a month or a year. A week ("last week" ->
    2025-W23, its weekend 2025-W23-WE) is its month when it lies within one, else its year."""
    week = _WEEK.match(value)
    if week:
        year, number = int(week.group(1)), int(week.group(2))
        try:
            first = date.fromisocalendar(year, number, 1)
            last = date.fromisocalendar(year, number, 7)
        except ValueError:
            return None
        return first.strftime("%Y-%m") if (first.year, first.month) == (last.year, last.month) else str(year)
    match = _DATE.match(value)
    return match.group(0) if match else None


def _holder(sent: Sentence, verb: Token) -> Token | None:
    """The verb whose time a verb shares when it has none of its own: its first conjunct, or the
    verb a participle or infinitive without a subject hangs from ("issued a statement on Tuesday
    [saying] ...", "passed 10 times last year, [irritating] China")."""
    if verb.dep == "conj":
        return sent.head(verb)
    if verb.dep not in ("advcl", "acl", "xcomp") or sent.children(verb, *SUBJECTS) \
            or not any(f in verb.morph for f in ("VerbForm=Ger", "VerbForm=Part", "VerbForm=Inf")):
        return None
    head = sent.head(verb)
    while head is not None and head.pos not in ("VERB", "AUX"):
        head = sent.head(head)
    return head


def _of_verb(sent: Sentence, verb: Token, token: Token) -> bool | None:
    """Whether a word belongs to the verb's own clause (True), to a clause joined to it or to one of
    its phrases (False), or hangs on no verb of the sentence at all (None)."""
    seen, time = set(), token
    while token is not verb:
        if token.dep in JOINED_CLAUSES and token.text.lower() not in TIME_WORDS \
                or token.i in seen or token is not time and _other_event(sent, token):
            return False  # but "before [dawn] on Tuesday", "dawn" misparsed as a verb, is no clause
        seen.add(token.i)
        head = sent.head(token)
        if head is None:
            return None if token.pos not in ("VERB", "AUX") else False
        token = head
    return True


def _other_event(sent: Sentence, token: Token) -> bool:
    """A phrase that places the verb's event before or after another ("since [the assassination] of
    the president in 2021", "after [the election] in March"): a time inside it dates that other
    event. "During the visit on Feb. 27" dates both."""
    return (token.dep.startswith(("obl", "nmod")) and token.pos in ("NOUN", "PROPN")
            and sent.case_word(token) in OTHER_TIME and token.lemma.lower() not in TIME_WORDS)


def _warded_off(sent: Sentence, verb: Token) -> bool:
    """An act someone is warned against or kept from: "warned NATO against [sending] troops",
    "barred the opposition from [holding] rallies". It is not done; the warning or the bar is the event."""
    head = sent.head(verb)
    return head is not None and verb.dep == "advcl" and head.lemma.lower() in WARDING \
        and any(m.text.lower() in ("against", "from") for m in sent.children(verb, "mark", "case"))


def _carried(sent: Sentence, clause: Clause, coding: Coding) -> bool:
    """A verb of travel with someone as its object carries them, no visit of the doer's: "flew
    [him] to Kampala", "flew the hostages to Doha"."""
    return coding.code.split(":")[0] in VISIT_CODES and clause.verb.lemma.lower() in ARRIVALS \
        and any(c.dep in OBJECTS for c in sent.children(clause.verb))


def _describes(sent: Sentence, verb: Token) -> bool:
    """A past participle that only describes a verb's object, no doer named: "demanded the release
    of prisoners and workers [held] in Balochistan prisons" tells of an earlier act, not this
    sentence's. With its doer ("the talks [held] by X") it stays an act; so does one describing a
    subject, which PETRARCH's records code ("Three journalists detained in Kampala were freed")."""
    if verb.dep != "acl" or verb.tag != "VBN" or sent.children(verb, "obl:agent"):
        return False
    head, seen = sent.head(verb), 0
    while head is not None and head.dep in ("nmod", "conj", "appos") and seen < 6:  # "the release of [X held]"
        head, seen = sent.head(head), seen + 1
    return head is not None and head.dep in OBJECTS


def _span_head(sent: Sentence, start: int, end: int) -> Token | None:
    """The word of the words from `start` to `end` that the rest hangs from ("week" of "last week",
    "U.S." of "U.S.")."""
    words = [t for t in sent.tokens if t.start < end and start < t.end]
    inside = {t.i for t in words}
    return next((t for t in words if t.head not in inside or t.head == t.i), words[0] if words else None)


def _names_a_thing(token: Token, text: str) -> bool:
    """A time that only tells which thing a noun is: "the 2022 election", "the 1951 treaty",
    "[last month's] deportations", "[Tuesday's] attack"."""
    return token.dep == "nmod:poss" or len(text) == 4 and text.isdigit() and token.dep in ("compound", "nummod", "amod")


def _frontier(token: Token) -> bool:
    """A border, whose country is the other side: "near the Somali border"."""
    return token.lemma.lower() in BORDER_NOUNS


def _phrase_start(sent: Sentence, head: Token) -> Token:
    """The first word of a noun's phrase before it, after any verb the parser hung on the noun
    ("Russian jets [bombed] rebel positions": "rebel")."""
    before = [c for c in sent.children(head) if c.i < head.i]
    cut = predicate_before(sent, before, head)
    return min([head] + [c for c in before if c.i > cut and c.dep in PHRASE_PARTS], key=lambda t: t.i)


def _frames_last(events: list[Event]) -> list[Event]:
    """A public statement ("said", "announced", root 01) beside another event of its sentence is
    the frame of that event, not the news: it stays, with less confidence than the reported act."""
    verbs = {e.verb for e in events if e.root != FRAME_ROOT}
    if not verbs:
        return events
    return [dataclasses.replace(e, confidence=round(max(0.05, e.confidence - FRAME_PENALTY), 2))
            if e.root == FRAME_ROOT and e.verb not in verbs else e for e in events]


def _yields(sent: Sentence, verb: Token, codings: dict[int, Coding | None]) -> bool:
    """"voted to reject", "decided to expel": the verb gives way to a coded complement."""
    if verb.lemma.lower() not in YIELDING:
        return False
    for child in sent.children(verb, "xcomp", "advcl"):
        coding = codings.get(child.i)
        if coding is not None and any(c not in NULL_CODES for c in coding.code.split(":")):
            return True
    return False


def _counted(sent: Sentence, subject: Token) -> Token:
    """"thousands of Kenyans" -> "Kenyans": a count stands for what it counts."""
    if subject.lemma.lower() not in QUANTITY_NOUNS and subject.text.lower() not in QUANTITY_NOUNS:
        return subject
    return next((c for c in sent.children(subject, "nmod", "obl") if sent.case_word(c) == "of"), subject)


def _pattern_words(coding: Coding) -> set[str]:
    """The words of the verb's event noun or pattern ("held a [summit]", "HOLD * SUMMIT")."""
    words = {t.text.lower() for t in coding.tokens}
    return words | ({w.lower() for w in coding.pattern.tokens} if coding.pattern is not None else set())


def _bare_statement(coding: Coding) -> bool:
    """A statement verb coded by its block alone ("said", "told"): its target is whom it was said to
    or of, never the subject of what was said ("Rubio said [the U.S.] is listening")."""
    return coding.pattern is None and not coding.via and coding.code[:2] == FRAME_ROOT


def _noun_code(noun: Token) -> str | None:
    """The event noun table's code for a noun, by lemma or by its form less a plural ending."""
    table, text = event_nouns(), noun.text.lower()
    for key in (noun.lemma.lower(), text, text.removesuffix("es"), text.removesuffix("s")):
        if key in table:
            return table[key]
    return None


def _own_means(sent: Sentence, token: Token) -> bool:
    """"its troops", "their diplomats", "[2,000] troops", "more troops": what the subject sends or
    withdraws, not whom it acts on. Forces with a word of their own ("Somali troops", "troops of
    the AU") are someone's."""
    return token.lemma.lower() in OWN_MEANS and (_possessed(sent, token) or _bare(sent, token))


def _foreign(text: str) -> bool:
    """"foreign intelligence services", "foreign fighters": a role said not to be the text's country's
    ("the foreign ministry" is)."""
    words = text.lower().split()
    return any(w in FOREIGN_WORDS and (n + 1 == len(words) or words[n + 1] not in OWN_FOREIGN_OFFICES)
               for n, w in enumerate(words))


def _vessel(text: str) -> bool:
    """"an oil tanker", "a cargo ship": a phrase whose last word is a vessel."""
    return text.lower().rsplit(" ", 1)[-1] in VESSELS


def _bare(sent: Sentence, token: Token) -> bool:
    """No word says whose they are: only numbers, articles, lower-case adjectives ("additional") and
    phrases of where they go ("troops [to Somalia]"), not "troops [of the AU]"."""
    return all(c.dep in ("nummod", "det", "punct") or c.dep == "amod" and c.text.islower()
               or c.dep == "nmod" and sent.case_word(c) not in ("", "of") for c in sent.children(token))


def _attacks_words(sent: Sentence, verb: Token) -> bool:
    """"attacked the proclamation", "attacked Biden's plan": the object is a decision or a text."""
    obj = sent.child(verb, "obj", "dobj")
    return obj is not None and obj.lemma.lower() in ATTACKED_IN_WORDS


def _natural_force(sent: Sentence, subject: Token, verb: Token) -> bool:
    """"A magnitude 6.0 earthquake struck ...", "Typhoon Hagibis killed ...": the subject, its
    compound, or a noun after it before the next verb is a force of nature or a disease."""
    words = [subject, *sent.children(subject, "compound")]
    after = subject.i + 1
    while (token := sent.token(after)) is not None and token.pos not in ("VERB", "AUX", "ADP", "PUNCT") \
            and after < verb.i:
        words.append(token)
        after += 1
    return any(w.lemma.lower() in NATURAL_FORCES or w.text.lower() in NATURAL_FORCES for w in words)


def _verb_tagged_adjective(sent: Sentence, token: Token) -> bool:
    """"Ugandan rebels surrendered[ADJ, VBN] last week": the tagger says verb, the part of speech
    says adjective; a sentence root with a subject of its own and no copula is the verb. So is a
    root with a subject and an object whatever its tags ("Russia vetoed[NOUN] the resolution": no
    noun takes an object), and a word in -ed with a name before it that the parser hung on the name
    after it, when that name is the sentence's root ("Venezuela blamed[ADJ] Colombia")."""
    if token.pos not in ("ADJ", "NOUN") or sent.children(token, "cop"):
        return False
    if token.dep in ("ROOT", "root") and any(c.dep in ("nsubj", "nsubj:pass") for c in sent.children(token)):
        return token.pos == "ADJ" and token.tag in ("VBD", "VBN") or bool(sent.children(token, *OBJECTS))
    head = sent.head(token)
    return (token.pos == "ADJ" and head is not None and head.dep in ("ROOT", "root")
            and misparsed_predicate(sent, token))


def _places_of(sent: Sentence, token: Token) -> list[Token]:
    """The token's prepositional phrases ("troops [from Lebanon]"), not its possessor."""
    return [c for c in sent.children(token, "nmod", "obl") if sent.child(c, "case") is not None]


def _possessed(sent: Sentence, token: Token) -> bool:
    """"their forces", "its army": a possessive pronoun before the noun."""
    return any(c.pos == "PRON" and c.dep.startswith("nmod:poss") or c.dep == "poss" for c in sent.children(token))


def _conditioned(sent: Sentence, verb: Token) -> list[Token]:
    """The subjects of the "if" / "unless" clauses of a threat or of its complement: the ones it is
    held over ("threatened to ban voting if Hamas ran", "will boycott unless the president steps down")."""
    conditions = [t for t in sent.tokens if t.dep == "advcl" and _under(sent, t, verb)
                  and any(m.text.lower() in THREAT_CONDITIONS for m in sent.children(t, "mark"))]
    subjects = [subject_of(sent, c)[0] for c in conditions]
    return [s for s in subjects if s is not None and s.pos in ("NOUN", "PROPN")]


def _under(sent: Sentence, clause: Token, verb: Token) -> bool:
    """Whether `clause` hangs on `verb` through its complement and the complement's own phrases
    ("threatened to stop talks [on arms] if ...", where the parser hangs the "if" on "arms")."""
    head = sent.head(clause)
    while head is not None and head is not verb and head.dep in CONDITION_PATH:
        head = sent.head(head)
    return head is verb


def _interviewed(sent: Sentence, code: str, verb: Token, source: Found, target: Found | None) -> tuple[str, str]:
    """The code each way. Talking with a news medium is an interview: "spoke with VOA", "VOA spoke
    with experts" are the interviewee's statement (010) to the medium, not a consultation. When
    the medium talks, the interviewee is the one it talks with or to: an actor found elsewhere in
    the clause ("VOA spoke with Armitage about his trip to Taiwan") said nothing to it."""
    forward, _, backward = code.partition(":")
    if forward not in INTERVIEW_CODES or target is None or verb.lemma.lower() not in TALKING:
        return forward, backward
    if country_role(target.code)[1] == PRESS_ROLE:
        return FRAME_CODE, ""
    if country_role(source.code)[1] == PRESS_ROLE:
        return "", FRAME_CODE if backward and _talked_with(sent, verb, target) else ""
    return forward, backward


def _arrival(sent: Sentence, coding: Coding, verb: Token, target: Found | None) -> tuple[str, str] | None:
    """"arrived in Tel Aviv": arriving in a place is visiting it (042, and 043 for the host), where
    the dictionary's block gives arriving only its contact code (040) and no pattern matched."""
    if coding.pattern is not None or coding.code != CONTACT_CODE or target is None:
        return None
    if verb.lemma.lower() not in ARRIVALS or not _in_place(sent, target):
        return None
    return VISIT_CODES


def _talked_with(sent: Sentence, verb: Token, found: Found) -> bool:
    """Whether `found` is the one the verb talks with or to, not an actor further down its phrase
    ("with Armitage about his trip to [Taiwan]")."""
    for phrase in sent.children(verb, "obl", "obj", "iobj"):
        if phrase.dep.startswith("obl") and sent.case_word(phrase) not in INTERVIEWEE_PREPOSITIONS:
            continue
        words = sent.subtree(phrase, skip=("nmod", "acl", "acl:relcl"))
        if min(t.start for t in words) <= found.start and found.end <= max(t.end for t in words):
            return True
    return False


def _medium(sent: Sentence, head: Token) -> bool:
    """A channel words go out on: "on television", "on the social media platform X" (the parse may
    hang "on" on "platform")."""
    words = (head, *sent.children(head, "compound"))
    return any(t.lemma.lower() in MEDIA_CHANNELS for t in words) \
        and any(sent.case_word(t) in MEDIUM_PREPOSITIONS for t in words)


def _someone(sent: Sentence, token: Token | None) -> bool:
    """A person or group named or pointed to ("Jones", "he", "Acme Corp"), as opposed to a thing
    ("aid was sent to Haiti", "talks were held with Iran", "it was seized in Iraq")."""
    if token is None:
        return False
    named = token.pos in ("PROPN", "PRON") and token.text.lower() not in IMPERSONAL
    return named or token.ent in ("PERSON", "ORG")


def _between(sent: Sentence, token: Token) -> Token | None:
    """The "between X and Y" phrase of a word, if any."""
    return next((c for c in sent.children(token, "obl", "nmod") if sent.case_word(c) == "between"), None)


def _subordinate(sent: Sentence, verb: Token) -> bool:
    """A verb of a relative or adverbial clause ("the curfew imposed in Sudan", "after troops
    attacked"): less likely the news of its sentence than the main clause."""
    if verb.dep == "amod":
        return not misparsed_predicate(sent, verb)
    return verb.dep in SUBORDINATE and not displaced_predicate(sent, verb)


def _one_phrase(found: list[Found], text: str) -> list[Found]:
    """Actors whose words follow each other with only space between are one: "[Opposition leader]
    [Raila Odinga] urged", which the parser made two subjects, is Odinga, written in full."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: f.start):
        before = out[-1] if out else None
        if before is not None and before.end <= f.start and not text[before.end:f.start].strip():
            named = f if f.name is not None or before.name is None else before
            out[-1] = dataclasses.replace(named, start=before.start, end=f.end)
        else:
            out.append(f)
    return out if len(out) < len(found) else found  # nothing joined: as found, in the order found


def _unique(found: list[Found]) -> list[Found]:
    seen, out = set(), []
    for f in found:
        if f.code not in seen:
            seen.add(f.code)
            out.append(f)
    return out


def _own_code(coding: Coding | None) -> str | None:
    if coding is None or coding.code in NULL_CODES:
        return None
    return coding.code


def _framed(coding: Coding | None, frame: Frame) -> Coding:
    """The coding a frame gives its verb: the frame's code, on the frame's word."""
    entry = coding.entry if coding is not None else _entry(frame.word)
    words = tuple(sorted({*(coding.tokens if coding else ()), frame.word}, key=lambda t: t.i))
    return Coding(entry, frame.code, None, words, "", via="frame")


def _entry(word: Token) -> VerbEntry:
    return VerbEntry(word.lemma.upper(), (word.text.upper(),), NULL_CODE, 0, word.lemma.upper(), "newsevents", 0)


def _info(code: str) -> dict[str, Any]:
    """The codebook's facts for a code; for a code of the verb dictionary the codebook lacks (CAMEO.2.0's
    176 "attack cybernetically", 1952), those of its base code or root, which it belongs to."""
    for key in dict.fromkeys((code, code[:3], code[:2])):
        try:
            info = cameo_info(key)
        except UnknownCameoCode:
            continue
        return {"root": info.root, "label": info.name, "plover": info.plover_event,
                "quad_class": info.quad_class, "goldstein": info.goldstein}
    return {"root": None, "label": None, "plover": None, "quad_class": None, "goldstein": None}


def _confidence(coding: Coding, source: Found, target: Found | None, *, unsure: bool = False) -> float:
    """Higher for a pattern or frame, named actors and a target; lower for an act that may not
    have happened (hypothetical, negated and not turned into a refusal)."""
    score = 0.5 + (0.2 if coding.pattern is not None or coding.via else 0.0) - (UNSURE_PENALTY if unsure else 0.0)
    score += 0.1 if source.name else -0.1
    score += (0.1 if target.name else -0.1) if target else -0.2
    return round(max(0.05, min(score, 0.95)), 2)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _attack_means(sent: Sentence, clause: Clause) -> Token | None:
    """The means of an attack that stands where its doer would: the subject of an active verb ("a
    car bomb killed ..."), the agent of a passive one or the phrase it happened in ("were killed [by
    a roadside bomb]", "[in a suicide bombing]")."""
    if not clause.passive:
        candidates = [clause.subject] if clause.subject is not None else []
    else:
        where = [c for c in sent.children(clause.verb, "obl") if sent.case_word(c) in ("by", "in")]
        candidates = [clause.agent] + where
    for head in candidates:
        if head is None:
            continue
        lemma = head.lemma.lower()
        modifiers = {c.lemma.lower() for c in sent.children(head, "compound", "amod")}
        if lemma in ATTACK_MEANS or (lemma in ATTACK_MEANS_IF_MODIFIED and modifiers & ATTACK_MODIFIERS):
            return head
    return None
