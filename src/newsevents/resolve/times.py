"""Times of a document: `find_times` with the tense the parse gives each expression."""
from __future__ import annotations

from collections.abc import Callable

from ..records import Article, Token
from ..times import TimeExpr, find_times, infer_published
from ..times.tense import lexical_tense
from .tree import Tree

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})


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
        verb = tree.governing_verb(token) if token is not None else None
        found = verb_tense(verb, tree) if verb is not None else None
        if found is None and token is not None:
            return lexical_tense(text, token.start, token.end)
        return found
    return tense_of


def verb_tense(verb: Token, tree: Tree) -> str | None:
    """"past", "present" or "future" of a verb: aux "will", an infinitive with "to"
    ("is expected to visit") and "going to" read as future; else its Tense feature."""
    aux = [tree.tokens[i] for i in tree.children[verb.i] if tree.tokens[i].dep in ("aux", "auxpass")]
    words = {a.text.lower() for a in aux}
    if words & _FUTURE_AUX or "to" in words:
        return "future"
    for token in (*aux, verb):
        if "Tense=Past" in token.morph or token.tag in ("VBD",):
            return "past"
    if any("Tense=Pres" in t.morph for t in (*aux, verb)):
        return "present"
    return None
