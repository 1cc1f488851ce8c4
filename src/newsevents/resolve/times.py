"""Times of a document: `find_times` with the tense the parse gives each expression."""
from __future__ import annotations

from collections.abc import Callable

from ..records import Article, Token
from ..times import TimeExpr, find_times, infer_published
from ..times.tense import lexical_tense
from .tree import OBJECTS, SUBJECTS, VERBAL, Tree

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})
# "may continue into March", "should end by Friday": a modal before a bare verb looks ahead, unless
# "have" turns it back ("may have left on Monday").
_AHEAD_MODALS = frozenset({"may", "might", "should", "must"})
_AUX_DEPS = frozenset({"aux", "auxpass", "aux:pass"})
_INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
# "is scheduled for February 4", "are expected on Friday": a present passive of these is a plan.
_SCHEDULE_VERBS = frozenset({"schedule", "expect", "slate", "plan", "set"})
# "his next court appearance on April 5": a noun so modified is still to come, whatever the verb.
_AHEAD_WORDS = frozenset({"next", "upcoming", "forthcoming", "coming", "planned", "scheduled", "proposed"})


def published_of(article: Article) -> tuple[str | None, dict | None]:
    """The article's date, and how it was inferred when the article had none."""
    if article.published:
        return article.published, None
    day, how = infer_published(article.text)
    return day, {"date": day, "how": how}


def document_times(text: str, *, published: str | None, tree: Tree | None) -> list[TimeExpr]:
    tense_of = _parse_tense(text, tree) if tree is not None and len(tree) else None
    return find_times(text, published=published, tense_of=tense_of)


def _parse_tense(text: str, tree: Tree) -> Callable[[int], str | None]:
    def tense_of(offset: int) -> str | None:
        token = tree.at(offset)
        if token is not None and _ahead(token, tree):
            return "future"
        verb = _time_verb(token, tree) if token is not None else None
        found = verb_tense(verb, tree) if verb is not None else None
        if verb is not None and _settled(verb, tree):
            return found        # "would", or a plan and the verb that holds it: they say all there is
        if found is not None and _reports_after(verb, token, tree):
            return found        # "said in a statement on Monday that it would": "would" is the report's
        if token is not None and found != "future":
            words = lexical_tense(text, token.start, token.end, infinitives=verb is None)
            if found is None or words == "future":
                return words    # a modal, a plan or "next" near the date outweighs the verb's form
        return found
    return tense_of


def _time_verb(token: Token, tree: Tree) -> Token | None:
    """The verb the time is of. A time phrase right after a verb, before the clause that verb
    reports ("Kenya said on Monday it would act", "told reporters on Friday the talks had failed"),
    is of the reporting verb, though the parse often hangs it on the clause."""
    verb = tree.governing_verb(token)
    path = tree.path_to_verb(token)
    if verb is None or len(path) < 2 or verb.dep != "ccomp" or verb.head == verb.i:
        return verb
    phrase, head = path[-2], tree.tokens[verb.head]
    if phrase.dep in SUBJECTS or phrase.dep in OBJECTS or head.pos not in VERBAL \
            or not head.i < phrase.i < verb.i:
        return verb
    before = [i for i in tree.children[verb.i] if i < phrase.i and tree.tokens[i].dep != "punct"]
    return verb if before else head


def _reports_after(verb: Token, token: Token, tree: Tree) -> bool:
    """Whether the verb reports a clause that comes after the time ("said in a statement on Monday
    [that it would send troops]"): the words of that clause say nothing of when it was said."""
    return any(tree.tokens[i].dep == "ccomp" and i > token.i for i in tree.children[verb.i])


def _ahead(token: Token, tree: Tree) -> bool:
    """Whether a noun between the token and its verb (or root) is marked as still to come ("next",
    "upcoming")."""
    return any(tree.tokens[i].dep == "amod" and tree.tokens[i].text.lower() in _AHEAD_WORDS
               for word in tree.path_to_verb(token)[:-1] for i in tree.children[word.i])


def verb_tense(verb: Token, tree: Tree) -> str | None:
    """"past", "present", "future" or "around" of a verb: aux "will", an infinitive with "to"
    ("is expected to visit"), "going to" and a present passive of a planning verb ("is scheduled
    for") read as future; else the Tense feature of its auxiliaries, then its own. A participle
    after a present "be" is present ("is held"); after "have", past ("has killed"). "Around" is a
    time to come as seen from the past ("would resume", "was expected to end"): the nearest date,
    the coming weekday."""
    aux = _auxiliaries(verb, tree)
    words = {a.text.lower() for a in aux}
    if words & _FUTURE_AUX or "to" in words or (words & _AHEAD_MODALS and "have" not in words):
        return "future"
    if "be" in words and "VerbForm=Part" in verb.morph and _to_marked(verb, tree) \
            and _infinitive_head(verb, tree) is None:
        return "future"     # "the election [to be held on August 9]": a plan ("the attempt to oust X" may be past)
    if not aux and verb.dep == "conj" and verb.head != verb.i and tree.tokens[verb.head].pos in VERBAL \
            and "VerbForm=Inf" in verb.morph:
        return verb_tense(tree.tokens[verb.head], tree)     # "to remain ... and [return] on Friday"
    if _would(words):
        return "around"     # to come when it was said, which may be past now
    if not aux and "VerbForm=Ger" in verb.morph and verb.dep in _INFINITIVE_DEPS and verb.head != verb.i \
            and tree.tokens[verb.head].pos in VERBAL:
        return verb_tense(tree.tokens[verb.head], tree)     # "began distributing masks on March 8"
    head = _infinitive_head(verb, tree) if not aux else None
    if head is not None:
        # "is scheduled to continue on February 22" is to come; "was expected to end on December
        # 15" and "advised citizens to leave" were plans when told, so the day may have passed.
        return "around" if verb_tense(head, tree) == "past" else "future"
    if any("Tense=Past" in a.morph or a.tag == "VBD" for a in aux):
        return "past"
    passive = "VerbForm=Part" in verb.morph and any(a.lemma == "be" for a in aux) \
        and not any(a.lemma == "have" for a in aux)
    if passive and any("Tense=Pres" in a.morph for a in aux):
        return "future" if verb.lemma in _SCHEDULE_VERBS else "present"
    if "Tense=Past" in verb.morph or verb.tag == "VBD":
        return "past"
    if any("Tense=Pres" in t.morph for t in (*aux, verb)):
        return "present"
    return None


def _settled(verb: Token, tree: Tree) -> bool:
    """Whether the verb's own form says all the parse can say of its time, so that words around the
    date do not override it: "would" + verb, or "to" + verb under the verb that holds it."""
    return _would({a.text.lower() for a in _auxiliaries(verb, tree)}) or _infinitive_head(verb, tree) is not None


def _auxiliaries(verb: Token, tree: Tree) -> list[Token]:
    return [tree.tokens[i] for i in tree.children[verb.i] if tree.tokens[i].dep in _AUX_DEPS]


def _would(words: set[str]) -> bool:
    """"would resume", not "would have resumed": to come, as seen from the past."""
    return "would" in words and "have" not in words


def _infinitive_head(verb: Token, tree: Tree) -> Token | None:
    """The verb that holds "to" + this verb ("expected to end" gives "expected"), or None."""
    if "VerbForm=Inf" not in verb.morph or verb.head == verb.i or verb.dep not in _INFINITIVE_DEPS:
        return None
    if not _to_marked(verb, tree):
        return None
    head = tree.tokens[verb.head]
    return head if head.pos in VERBAL else None


def _to_marked(verb: Token, tree: Tree) -> bool:
    return any(tree.tokens[i].dep == "mark" and tree.tokens[i].text.lower() == "to" for i in tree.children[verb.i])
