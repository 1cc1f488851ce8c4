"""Turn the open corpora under `../shared/data` into spaCy DocBins for training.

Sources and what each teaches (see training/README.md):

- UD English EWT (CoNLL-U): tags, morphology, lemmas, dependency parse, sentence boundaries.
  Syntactic words are used as tokens ("do" + "n't"), as spaCy's English tokenizer splits them.
- UniversalNER English EWT (IOB2, same sentences): PER/ORG/LOC merged onto the EWT sentences
  by sentence id. `OTH` and the spurious `B-O` of the early train file become O.
- GUM (CoNLL-U, train split of splits.md only): syntax as EWT; entities from MISC where a
  person / organization / place mention consists of proper nouns only. Tokens of other
  person / organization / place mentions and proper nouns outside any are left *missing*, so
  the NER model is never told that a name it cannot see labelled is not a name.
- WikiGold (CoNLL, IOB1): NER only; PER/ORG/LOC kept, MISC becomes O; no syntax, so the
  parser, tagger and lemmatizer see these sentences as unannotated.

Test splits are read only by `convert_evaluation`, for scoring; never for training.
"""
from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
GUM_LABELS = {"person": "PERSON", "organization": "ORG", "place": "LOC"}
SENTENCES_PER_DOC = 10


@dataclass
class Sentence:
    """One CoNLL-U sentence as syntactic words."""

    sent_id: str
    doc_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # absolute, within the sentence
    deps: list[str] = field(default_factory=list)
    misc: list[str] = field(default_factory=list)
    # entity spans (start, end, label) over word indices; None = no NER annotation
    ents: list[tuple[int, int, str]] | None = None
    outside: list[int] | None = None  # word indices known to be O (None: all non-entity words)


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Sentences of a CoNLL-U file; multiword-token lines give spacing, empty nodes are skipped."""
    doc_id, sent_id, lines = "", "", []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# newdoc id"):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif line.strip():
            lines.append(line.split("\t"))
        elif lines:
            yield _sentence(lines, sent_id=sent_id, doc_id=doc_id or sent_id.rsplit("-", 1)[0])
            lines = []


def _sentence(rows: list[list[str]], *, sent_id: str, doc_id: str) -> Sentence:
    sent = Sentence(sent_id=sent_id, doc_id=doc_id)
    mwt_end, mwt_space = -1, True
    for cols in rows:
        ident = cols[0]
        if "." in ident:  # empty node of the enhanced graph
            continue
        if "-" in ident:  # multiword token: its SpaceAfter applies to its last word
            first, last = (int(x) for x in ident.split("-"))
            mwt_end, mwt_space = last, "SpaceAfter=No" not in cols[9]
            continue
        index = int(ident)
        sent.words.append(cols[1])
        if index < mwt_end:
            sent.spaces.append(False)
        elif index == mwt_end:
            sent.spaces.append(mwt_space)
        else:
            sent.spaces.append("SpaceAfter=No" not in cols[9])
        sent.lemmas.append(cols[2] if cols[2] != "_" or cols[1] == "_" else cols[1])
        sent.pos.append(cols[3])
        sent.tags.append(cols[4])
        sent.morphs.append("" if cols[5] == "_" else cols[5])
        head = int(cols[6])
        sent.heads.append(index - 1 if head == 0 else head - 1)
        sent.deps.append("ROOT" if cols[7] == "root" else cols[7])
        sent.misc.append(cols[9])
    return sent


def read_iob(path: Path, *, scheme: str = "iob2") -> Iterator[tuple[str, list[str], list[str]]]:
    """(sentence id, words, tags) from UNER's IOB2 files or WikiGold's IOB1 file."""
    sent_id, words, tags, n = "", [], [], 0
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#") or line.startswith("-DOCSTART-"):
            continue
        elif line.strip():
            cols = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
            if scheme == "iob2":
                words.append(cols[1])
                tags.append(cols[2])
            else:
                words.append(cols[0])
                tags.append(cols[1])
        elif words:
            n += 1
            yield sent_id or f"s{n}", words, tags
            sent_id, words, tags = "", [], []


def spans_from_tags(tags: list[str], *, scheme: str = "iob2") -> list[tuple[int, int, str]]:
    """Entity spans (start, end, label) with labels mapped onto ours; others dropped."""
    spans, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        kind, _, name = tag.partition("-")
        begins = kind == "B" or (kind == "I" and name != label)
        if start is not None and (kind == "O" or begins):
            if label in LABELS:
                spans.append((start, i, LABELS[label]))
            start, label = None, None
        if kind in ("B", "I") and begins:
            start, label = i, name
    return spans


def merge_uner(sentences: list[Sentence], uner_path: Path) -> int:
    """Set `ents` of EWT sentences from UNER by sentence id; returns how many matched."""
    by_id = {s.sent_id: s for s in sentences}
    matched = 0
    for sent_id, words, tags in read_iob(uner_path):
        sent = by_id.get(sent_id)
        if sent is None or len(words) != len(sent.words):
            continue
        sent.ents = spans_from_tags(tags)
        matched += 1
    return matched


_MENTION = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")


def gum_mentions(sent: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity mention of a GUM sentence (end exclusive)."""
    open_at: dict[str, tuple[int, str]] = {}
    mentions = []
    for i, misc in enumerate(sent.misc):
        value = next((f[7:] for f in misc.split("|") if f.startswith("Entity=")), "")
        for m in _MENTION.finditer(value):
            if m.group(1):
                if m.group(3):
                    mentions.append((i, i + 1, m.group(2)))
                else:
                    open_at[m.group(1)] = (i, m.group(2))
            elif m.group(4) in open_at:
                start, kind = open_at.pop(m.group(4))
                mentions.append((start, i + 1, kind))
    return mentions


def gum_entities(sent: Sentence) -> None:
    """Named person/organization/place mentions as entities; unclear tokens left missing."""
    ents, unsure = [], set()
    for start, end, kind in gum_mentions(sent):
        if kind not in GUM_LABELS:
            continue
        while start < end and sent.pos[start] == "DET":
            start += 1
        if start < end and all(p == "PROPN" for p in sent.pos[start:end]):
            ents.append((start, end, GUM_LABELS[kind]))
        else:
            unsure.update(range(start, end))
    ents = _outermost(ents)
    inside = {i for s, e, _ in ents for i in range(s, e)}
    unsure |= {i for i, p in enumerate(sent.pos) if p == "PROPN"}
    sent.ents = ents
    sent.outside = [i for i in range(len(sent.words)) if i not in inside and i not in unsure]


def _outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def gum_split(splits_md: Path) -> dict[str, str]:
    """Document name -> split name, from GUM's splits.md."""
    split, names = "", {}
    for line in splits_md.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            split = line[3:].strip()
        elif line.strip().startswith("* ") and split:
            names[line.strip()[2:].strip()] = split
    return names


def to_doc(vocab: Vocab, sentences: list[Sentence], *, syntax: bool = True) -> Doc:
    """One Doc of consecutive sentences, with whatever annotation they carry."""
    words, spaces, extra = [], [], {}
    lemmas, pos, tags, morphs, heads, deps = [], [], [], [], [], []
    offset = 0
    for sent in sentences:
        words += sent.words
        spaces += sent.spaces[:-1] + [True]
        if syntax:
            lemmas += sent.lemmas
            pos += sent.pos
            tags += sent.tags
            morphs += sent.morphs
            heads += [h + offset for h in sent.heads]
            deps += sent.deps
        offset += len(sent.words)
    if syntax:
        extra = dict(lemmas=lemmas, pos=pos, tags=tags, morphs=morphs, heads=heads, deps=deps)
    doc = Doc(vocab, words=words, spaces=spaces, **extra)
    _set_entities(doc, sentences)
    return doc


def _set_entities(doc: Doc, sentences: list[Sentence]) -> None:
    ents, outside, offset, annotated = [], [], 0, False
    for sent in sentences:
        if sent.ents is not None:
            annotated = True
            ents += [Span(doc, s + offset, e + offset, label=lab) for s, e, lab in sent.ents]
            inside = {i for s, e, _ in sent.ents for i in range(s, e)}
            known = sent.outside if sent.outside is not None else [
                i for i in range(len(sent.words)) if i not in inside]
            outside += [Span(doc, i + offset, i + offset + 1) for i in known]
        offset += len(sent.words)
    if annotated:
        doc.set_ents(ents, outside=outside, default="missing")


def grouped(sentences: Iterable[Sentence], size: int = SENTENCES_PER_DOC) -> Iterator[list[Sentence]]:
    """Consecutive sentences of one document, `size` at a time."""
    group: list[Sentence] = []
    for sent in sentences:
        if group and (len(group) == size or sent.doc_id != group[-1].doc_id):
            yield group
            group = []
        group.append(sent)
    if group:
        yield group


def ewt(data: Path, split: str) -> list[Sentence]:
    """EWT `split` ("train", "dev" or "test") with UNER entities merged on."""
    sentences = list(read_conllu(data / "ud-english-ewt" / f"en_ewt-ud-{split}.conllu"))
    uner = data / "uner-english-ewt" / ("en_ewt-ud-train.early.iob2" if split == "train" else f"en_ewt-ud-{split}.iob2")
    if uner.exists():
        merge_uner(sentences, uner)
    return sentences


def gum(data: Path, split: str = "train") -> list[Sentence]:
    """GUM documents of `split` (documents not listed in splits.md count as train)."""
    splits = gum_split(data / "gum" / "splits.md")
    sentences = []
    for path in sorted((data / "gum" / "dep").glob("*.conllu")):
        if splits.get(path.stem, "train") != split:
            continue
        for sent in read_conllu(path):
            gum_entities(sent)
            sentences.append(sent)
    return sentences


def wikigold(data: Path) -> list[Sentence]:
    path = data / "wikigold" / "data" / "wikigold" / "CONLL-format" / "data" / "wikigold.conll.txt"
    sentences = []
    for n, (_, words, tags) in enumerate(read_iob(path, scheme="iob1")):
        sent = Sentence(sent_id=f"wikigold-{n}", doc_id=f"wikigold-{n // SENTENCES_PER_DOC}",
                        words=words, spaces=[True] * len(words))
        sent.ents = spans_from_tags(tags, scheme="iob1")
        sentences.append(sent)
    return sentences


def write(sentences: list[Sentence], path: Path, *, syntax: bool = True) -> int:
    vocab = Vocab()
    docbin = DocBin(store_user_data=False)
    for group in grouped(sentences):
        docbin.add(to_doc(vocab, group, syntax=syntax))
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return sum(len(s.words) for s in sentences)


def convert(data: Path, out: Path) -> dict[str, int]:
    """Write train/*.spacy and dev/*.spacy under `out`; returns words per file."""
    counts = {
        "train/ewt.spacy": write(ewt(data, "train"), out / "train" / "ewt.spacy"),
        "dev/ewt.spacy": write(ewt(data, "dev"), out / "dev" / "ewt.spacy"),
    }
    if (data / "gum" / "dep").exists():
        counts["train/gum.spacy"] = write(gum(data, "train"), out / "train" / "gum.spacy")
    if (data / "wikigold").exists():
        counts["train/wikigold.spacy"] = write(wikigold(data), out / "train" / "wikigold.spacy", syntax=False)
    return counts


def convert_evaluation(data: Path, out: Path) -> dict[str, Path]:
    """Write the test splits used for scoring only; returns name -> .spacy file."""
    files = {"ewt-test": out / "ewt-test.spacy"}
    write(ewt(data, "test"), files["ewt-test"])
    return files


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/corpus"))
    args = parser.parse_args(argv)
    for name, words in convert(args.data, args.out).items():
        print(f"{name}: {words} words")


if __name__ == "__main__":
    main()
