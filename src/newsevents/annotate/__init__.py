"""Annotate stage: sentences and entities (later actors, places, times, quotes, events).

`annotate_articles` runs the English spaCy pipeline named by `settings.model` over the
articles: "default" is the pipeline shipped in `newsevents/models/en_newsevents`, "none" skips
annotation, anything else names an installed spaCy pipeline (package name or path). Articles
detected as another language are passed through with a note. Long texts are processed in
pieces of at most `chunks.MAX_CHARS` characters, batches hold at most `BATCH_CHARS`; every offset points into `Article.text`.
No spaCy object leaves this stage.
"""
from __future__ import annotations

import bisect
from typing import Iterable, Sequence

from ..records import Annotations, Article, Entity, Sentence, Token
from ..settings import Settings
from .chunks import pieces
from .components import AMBIGUOUS, CLOSING
from .labels import our_label
from .model import load_pipeline
from .predicates import hung_verbs
from .relatives import relative_infinitives, whose_clauses
from .repair import coordinated_names

__all__ = ["annotate_articles", "annotate_texts"]

BATCH_CHARS = 10_000  # characters per nlp.pipe batch: the parser precomputes ~12 kB per token of a batch
# (150 MB at 40,000 characters, a quarter of that at 10,000, at the same speed)


def annotate_articles(articles: Sequence[Article], *, settings: Settings) -> list[Annotations]:
    """One `Annotations` per article, in order."""
    if settings.model == "none":
        return [Annotations(note="annotation switched off (model = none)") for _ in articles]
    english = [a for a in articles if a.language in (None, "en")]
    done = iter(annotate_texts([a.text for a in english], model=settings.model)) if english else iter(())
    return [next(done) if a.language in (None, "en") else _skipped(a) for a in articles]


def _skipped(article: Article) -> Annotations:
    return Annotations(note=f"not annotated: language {article.language!r} is not English")


def annotate_texts(texts: Sequence[str], *, model: str = "default", rulers: bool = True) -> list[Annotations]:
    """Sentences and entities of each text; a text that breaks the pipeline gets a note instead."""
    nlp = load_pipeline(model, rulers=rulers)
    try:
        return _annotate(nlp, texts)
    except Exception:  # one bad text must not cost the batch: retry one by one
        return [_annotate_one(nlp, text) for text in texts]


def _annotate_one(nlp, text: str) -> Annotations:
    try:
        return _annotate(nlp, [text])[0]
    except Exception as error:
        return Annotations(note=f"annotation failed: {type(error).__name__}: {error}")


def _annotate(nlp, texts: Sequence[str]) -> list[Annotations]:
    jobs = ((piece, (n, offset)) for n, text in enumerate(texts) for offset, piece in pieces(text))
    sentences: list[list[Sentence]] = [[] for _ in texts]
    entities: list[list[Entity]] = [[] for _ in texts]
    tokens: list[list[Token]] = [[] for _ in texts]
    for batch in batches(jobs):
        for doc, (n, offset) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            first_sentence = len(sentences[n])
            sentences[n] += doc_sentences(doc, offset=offset)
            entities[n] += doc_entities(doc, offset=offset)
            tokens[n] += doc_tokens(doc, offset=offset, first=len(tokens[n]),
                                    sentence_starts=[s.start for s in sentences[n]], first_sentence=first_sentence)
    return [Annotations(sentences=tuple(s), tokens=tuple(t), entities=tuple(e))
            for s, t, e in zip(sentences, tokens, entities)]


def batches(jobs: Iterable[tuple[str, tuple[int, int]]], *, max_chars: int = BATCH_CHARS):
    """Consecutive jobs, grouped so that a group holds at most `max_chars` characters (or one piece)."""
    batch: list[tuple[str, tuple[int, int]]] = []
    size = 0
    for job in jobs:
        if batch and size + len(job[0]) > max_chars:
            yield batch
            batch, size = [], 0
        batch.append(job)
        size += len(job[0])
    if batch:
        yield batch


def doc_entities(doc, *, offset: int = 0) -> list[Entity]:
    """The doc's entities in our label scheme, offsets shifted by `offset`."""
    found = []
    for ent in doc.ents:
        label = our_label(ent.label_)
        if label is not None:
            found.append(Entity(ent.text, label, offset + ent.start_char, offset + ent.end_char))
    return found


def doc_tokens(doc, *, offset: int = 0, first: int = 0, sentence_starts: Sequence[int] = (),
               first_sentence: int = 0) -> list[Token]:
    """The parse as plain tokens, whitespace tokens left out; `i` and `head` count from `first`,
    `sent` indexes the sentence (by `sentence_starts`, absolute offsets) that holds the token."""
    index = {}
    for token in doc:
        if not token.is_space:
            index[token.i] = first + len(index)
    parsed = doc.has_annotation("DEP")
    found = []
    for token in doc:
        if token.is_space:
            continue
        start = offset + token.idx
        sent = max(first_sentence, bisect.bisect_right(sentence_starts, start) - 1)
        head = index.get(_governor(token).i, index[token.i]) if parsed else index[token.i]
        dep = token.dep_ if parsed else ""
        if parsed and head == index[token.i]:
            dep = "ROOT"  # a sentence root, or a token the parser hung on whitespace: a root here
        found.append(Token(i=index[token.i], start=start, end=start + len(token), text=token.text,
                           lemma=token.lemma_, pos=token.pos_, tag=token.tag_, dep=dep,
                           head=head, sent=sent, morph=str(token.morph), ent=_entity_label(token)))
    return hung_verbs(relative_infinitives(whose_clauses(coordinated_names(found)))) if parsed else found


_FUNCTION_DEPS = frozenset({"aux", "aux:pass", "cop"})


def _governor(token):
    """The token's head; a word the parser hung on an auxiliary or copula ("Bill [has] imposed"
    with "Bill" under "has") goes to the verb that auxiliary belongs to, as function words have
    no dependents in UD."""
    head = token.head
    if token.dep_ in _FUNCTION_DEPS:
        return head
    for _ in range(3):
        if head.dep_ not in _FUNCTION_DEPS or head.head.i == head.i:
            break
        head = head.head
    return head


def _entity_label(token) -> str:
    return (our_label(token.ent_type_) or "") if token.ent_type_ else ""


def doc_sentences(doc, *, offset: int = 0) -> list[Sentence]:
    """Sentence spans without surrounding space; a closing quote stays with its sentence."""
    spans: list[list[int]] = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if spans and tokens and _closes_previous(doc, tokens[0]):
            spans[-1][1] = tokens[0].idx + len(tokens[0])
            tokens = tokens[1:]
        if tokens:
            spans.append([tokens[0].idx, tokens[-1].idx + len(tokens[-1])])
    return [Sentence(offset + start, offset + end) for start, end in spans]


def _closes_previous(doc, token) -> bool:
    if token.text in CLOSING:
        return True
    return token.text in AMBIGUOUS and token.i > 0 and not doc[token.i - 1].whitespace_
