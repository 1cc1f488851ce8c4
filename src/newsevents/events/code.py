"""Code the events of an article from its parse: per clause, the verb and its two sides.

For each verb of each sentence (at most `guards.MAX_VERBS`): its CAMEO code from the verb
dictionary (`verbs.code_verb`), its participants from the parse (`clauses.clause_of`), the
actors they stand for (`actors.ActorFinder`), then one event per source-target pair
(coordinated actors give one event each; a paired code "042:043" gives one each way; a
coordinated subject with no target codes the conjuncts with each other). Modality, date
and place come from the clause.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

from ..cameo import UnknownCameoCode, cameo_info
from ..ids import stable_id
from ..records import Annotations, Article, Token
from .actors import ActorFinder, Found, country_role
from .clauses import Clause, clause_of, nominal_heads
from .coder import Coder, default_coder
from .guards import MAX_VERBS, skip_reason
from .intent import intent_code
from .modality import modality
from .records import Event, EventActor
from .tree import Sentence, sentences_of
from .verbs import Coding, code_verb

NULL_CODES = frozenset({"", "---", "+++", "###"})
RECIPROCAL = frozenset({"meet", "talk", "agree", "negotiate", "clash", "fight", "reconcile", "cooperate",
                        "discuss", "renew", "restore", "resume", "sign", "exchange", "normalize", "normalise"})
# Discards that date a clause rather than rule out the sentence (Phoenix's years, "years ago").
TIME_DISCARD = re.compile(r"^(?:1[89]|20)\d\d$|\bago$")
OWN_CLAUSE_SKIP = ("advcl", "ccomp", "parataxis", "acl", "acl:relcl", "relcl", "conj", "appos", "xcomp", "csubj")
FRAME_ROOT = "01"  # make public statement
FRAME_PENALTY = 0.3
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


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
        self._times: list[Any] | None = None

    def sentence(self, sent: Sentence) -> list[Event]:
        if not sent.tokens:
            return []
        text = self.article.text[sent.tokens[0].start:sent.tokens[-1].end]
        discard = self.coder.actors.discard_in(text) if self.coder.actors.discards else None
        if skip_reason(text, sent.tokens) or (discard is not None and not TIME_DISCARD.search(discard.phrase)):
            return []
        verbs = [t for t in sent.tokens if t.pos == "VERB" or (t.pos == "AUX" and t.dep in ("ROOT", "root"))]
        events = []
        for verb in verbs[:MAX_VERBS]:
            if discard is not None and self._dated_discard(sent, verb):
                continue
            coding = code_verb(self.coder.verbs, sent, verb)
            if coding is not None and any(c not in NULL_CODES for c in coding.code.split(":")):
                events += self.clause(sent, clause_of(sent, verb), coding)
        return _frames_last(events)

    def _dated_discard(self, sent: Sentence, verb: Token) -> bool:
        """A time discard ("1988", "years ago") among the clause's own words: the clause tells of
        the past. In a clause hanging from it ("suspected of blowing up a plane in 1988") it does not
        date this one."""
        words = sent.subtree(verb, skip=OWN_CLAUSE_SKIP)
        found = self.coder.actors.discard_in(" ".join(t.text for t in words))
        return found is not None

    def clause(self, sent: Sentence, clause: Clause, coding: Coding) -> list[Event]:
        sources, targets = self._sides(sent, clause, coding)
        if not sources:
            return []
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
        lemma = clause.verb.lemma.lower()
        if not targets and len(sources) > 1 and ("%" in coding.slots or lemma in RECIPROCAL):
            pairs = [(s, t) for s in sources for t in sources if s is not t and s.code != t.code]
        if not pairs and not targets and not self.coder.require_dyad:
            pairs = [(s, None) for s in sources]
        forward, _, backward = coding.code.partition(":")
        made = []
        for source, target in pairs:
            if forward not in NULL_CODES:
                made.append(self.event(sent, clause, coding, forward, source, target))
            if backward not in NULL_CODES and target is not None:
                made.append(self.event(sent, clause, coding, backward, target, source))
        return made

    def _sides(self, sent: Sentence, clause: Clause, coding: Coding) -> tuple[list[Found], list[Found]]:
        heads = ([clause.subject] if clause.subject else []) + list(clause.others)
        subjects = [f for head in heads for f, _ in self.finder.of_phrase(sent, head)]
        agents = [f for f, _ in self.finder.of_phrase(sent, clause.agent)] if clause.agent else []
        targets = self._targets(sent, clause)
        if clause.passive:
            sources, targets = agents, subjects if subjects else targets
        else:
            sources = subjects
        if "+<" in coding.slots and "$>" in coding.slots:
            sources, targets = targets, sources
        return sources, targets

    def _targets(self, sent: Sentence, clause: Clause) -> list[Found]:
        for head in clause.targets:
            for inner in nominal_heads(sent, head):
                found = [f for f, _ in self.finder.of_phrase(sent, inner)]
                if found:
                    return found
        return []

    def event(self, sent: Sentence, clause: Clause, coding: Coding, code: str, source: Found,
              target: Found | None) -> Event:
        start = min([clause.verb.start, source.start] + ([target.start] if target else []))
        end = max([clause.verb.end, source.end] + ([target.end] if target else []))
        mode = modality(sent, clause.verb)
        code = intent_code(code) if mode == "planned" and self.coder.intent_codes else code
        info = _info(code)
        actor1, actor2 = self._actor(source), self._actor(target) if target else None
        day, day_source = self._date(sent, clause, start, end)
        return Event(
            id=stable_id(self.article.id, str(start), str(end), code, actor1.code, actor2.code if actor2 else None),
            actor1=actor1, actor2=actor2, cameo=code, root=info["root"], label=info["label"],
            plover=info["plover"], quad_class=info["quad_class"], goldstein=info["goldstein"],
            modality=mode, date=day, date_source=day_source,
            location=self._location(sent, start, end), sentence=sent.index, start=start, end=end,
            confidence=_confidence(coding, source, target),
            verb=" ".join(t.text for t in coding.tokens),
            pattern=f"{coding.pattern.source_file}:{coding.pattern.line}" if coding.pattern else None,
        )

    def _actor(self, found: Found) -> EventActor:
        country, role = country_role(found.code)
        return EventActor(self.article.text[found.start:found.end], found.name, found.code, country, role)

    def _date(self, sent: Sentence, clause: Clause, start: int, end: int) -> tuple[str | None, str | None]:
        lo, hi = sent.tokens[0].start, sent.tokens[-1].end
        span = sent.subtree(clause.verb, skip=("advcl", "ccomp", "parataxis", "conj", "acl:relcl"))
        c_lo, c_hi = min(start, span[0].start), max(end, span[-1].end)
        for time in self.times():
            value = getattr(time, "value", None)
            match = _DATE.match(value or "")
            if match and c_lo <= time.start and time.end <= c_hi:
                return match.group(0), "text"
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

    def _location(self, sent: Sentence, start: int, end: int) -> Any:
        lo, hi = sent.tokens[0].start, sent.tokens[-1].end
        placed = [e for e in self.annotations.entities if getattr(e, "place", None) is not None]
        for first, last in ((start, end), (lo, hi)):
            for entity in placed:
                if first <= entity.start and entity.end <= last:
                    return entity.place
        return getattr(self.annotations, "focus", None)


def _frames_last(events: list[Event]) -> list[Event]:
    """A public statement ("said", "announced", root 01) beside another event of its sentence is
    the frame of that event, not the news: it stays, with less confidence than the reported act."""
    verbs = {e.verb for e in events if e.root != FRAME_ROOT}
    if not verbs:
        return events
    return [dataclasses.replace(e, confidence=round(max(0.05, e.confidence - FRAME_PENALTY), 2))
            if e.root == FRAME_ROOT and e.verb not in verbs else e for e in events]


def _info(code: str) -> dict[str, Any]:
    try:
        info = cameo_info(code)
    except UnknownCameoCode:
        root = code[:2] if code[:2].isdigit() and 1 <= int(code[:2]) <= 20 else None
        return {"root": root, "label": None, "plover": None, "quad_class": None, "goldstein": None}
    return {"root": info.root, "label": info.name, "plover": info.plover_event,
            "quad_class": info.quad_class, "goldstein": info.goldstein}


def _confidence(coding: Coding, source: Found, target: Found | None) -> float:
    score = 0.5 + (0.2 if coding.pattern is not None else 0.0)
    score += 0.1 if source.name else -0.1
    score += (0.1 if target.name else -0.1) if target else -0.2
    return round(max(0.05, min(score, 0.95)), 2)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
