"""Benchmark of the annotate stage: accuracy on held-out test data, speed, load time, memory.

    python -m benchmarks.annotate                      # everything, shipped model, with and without rulers
    python -m benchmarks.annotate --model en_core_web_sm --only speed
    python -m benchmarks.annotate --only ud,meantime --json scores.json
    python -m benchmarks.annotate --only ud,meantime --split dev   # for choosing: UNER EWT dev, MEANTIME first half

- ud: UD English EWT test (UPOS, XPOS, lemma, UAS, LAS, sentence F) with `spacy evaluate`
  semantics, and UniversalNER EWT test entity F over PERSON / ORG / LOC (exact spans).
- meantime: MEANTIME (120 English Wikinews articles) named mentions of person / organisation /
  location entities against our PERSON / ORG / LOC: exact spans, and overlap with the same label
  (MEANTIME marks whole noun phrases such as "Airbus parent EADS", and only entities that take
  part in its annotated events, so precision is a lower bound). A named mention is one of
  syntactic type NAM or PRE.NAM (a name used as a modifier: "US" in "US markets", "Ryanair" in
  "Ryanair CEO"); a leading "the" is not part of the span ("the United States" is scored as
  "United States", as name annotation in UNER and OntoNotes writes it). `--meantime-scoring
  nam-extent` gives the earlier scoring: NAM only, whole extent.
- speed: the whole annotate stage (`annotate_texts`, i.e. nlp.pipe plus our conversion) over the
  295 Wikinews articles of ../shared/data/wikinews, one process pinned to one thread: words
  (whitespace-separated) per second, pipeline load time, peak resident memory. Each speed run
  is a fresh subprocess.

Test splits are for measuring only: nothing is tuned on them. Choices (such as where the entity
ruler goes) are made with `--split dev`: UD/UNER EWT dev (`training/corpus/dev/ewt.spacy`, written
by `python -m newsevents.corpora`) and the first half of the MEANTIME articles (sorted file
names); with `--split test` (default) MEANTIME is scored on all articles and on the second half.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TYPES = ("PERSON", "ORG", "LOC")
MEANTIME_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def prf(gold: set, pred: set) -> dict[str, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold": len(gold), "pred": len(pred)}


def overlap_prf(gold: set, pred: set) -> dict[str, float]:
    """Lenient: a prediction is right, and a gold mention found, when the two overlap with the same label."""
    def hits(items, others):
        index: dict = {}
        for doc, start, end, label in others:
            index.setdefault((doc, label), []).append((start, end))
        return sum(any(s < e2 and s2 < e for s2, e2 in index.get((d, lab), [])) for d, s, e, lab in items)

    p = hits(pred, gold) / len(pred) if pred else 0.0
    r = hits(gold, pred) / len(gold) if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def entity_spans(annotations, doc_id) -> set:
    return {(doc_id, e.start, e.end, e.label) for e in annotations.entities if e.label in TYPES}


# --- UD EWT test + UNER test -------------------------------------------------------------

def bench_ud(model: str, split: str = "test") -> dict:
    import spacy
    from spacy.training import Example

    from newsevents.annotate import annotate_texts
    from newsevents.annotate.model import pipeline_path
    from newsevents.train import load_convert

    from spacy.tokens import DocBin

    if split == "dev":
        test = ROOT / "training" / "corpus" / "dev" / "ewt.spacy"
    else:
        test = load_convert().convert_evaluation(DATA, ROOT / "training" / "corpus" / "eval")["ewt-test"]

    nlp = spacy.load(pipeline_path(model))
    gold = list(DocBin().from_disk(test).get_docs(nlp.vocab))
    scores = nlp.evaluate([Example(nlp.make_doc(d.text), d) for d in gold])
    out = {k: round(scores[k], 4) for k in ("pos_acc", "tag_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
           if scores.get(k) is not None}
    gold_ents = {(i, e.start_char, e.end_char, e.label_) for i, d in enumerate(gold) for e in d.ents}
    texts = [d.text for d in gold]
    for rulers in (False, True):
        done = annotate_texts(texts, model=model, rulers=rulers)
        pred = set().union(*(entity_spans(a, i) for i, a in enumerate(done)))
        out[f"uner_{'rulers' if rulers else 'model'}"] = prf(gold_ents, pred)
    return out


# --- MEANTIME ----------------------------------------------------------------------------

_NO_SPACE_BEFORE = re.compile(r"^([,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$", re.I)


NAMED_MENTIONS = {"names": ("NAM", "PRE.NAM"), "nam-extent": ("NAM",)}


def meantime_docs(folder: Path = DATA / "meantime" / "intra-doc_annotation", scoring: str = "names"):
    """(name, text, gold mention spans, end of the annotated part) per MEANTIME article; text
    rebuilt from its tokens. `scoring`: "names" (NAM and PRE.NAM mentions, a leading "the" left
    out of the span) or "nam-extent" (NAM mentions, their whole extent). MEANTIME annotates the title and the first sentences of each
    article only (sentences 0-5 in 117 of 120 files): predictions after the last sentence that
    holds a markable have nothing to be scored against, so they are left out of the score."""
    for path in sorted(folder.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        text, starts, ends, last_sentence = "", {}, {}, None
        for tok in root.iter("token"):
            sentence, word = tok.get("sentence"), tok.text or ""
            if text:
                if sentence != last_sentence:
                    text += "\n\n" if last_sentence in ("0", "1") else " "
                elif not _NO_SPACE_BEFORE.match(word) and not text.endswith(("(", "$", "``")):
                    text += " "
            starts[tok.get("t_id")] = len(text)
            text += word
            ends[tok.get("t_id")] = len(text)
            last_sentence = sentence
        markables = root.find("Markables")
        types = {e.get("m_id"): e.get("ent_type") for e in markables.iter("ENTITY")}
        refers = {}
        for rel in root.iter("REFERS_TO"):
            target = rel.find("target").get("m_id")
            for src in rel.iter("source"):
                refers[src.get("m_id")] = target
        sentence_of = {t.get("t_id"): t.get("sentence") for t in root.iter("token")}
        annotated = {sentence_of[a.get("t_id")] for m in markables for a in m.iter("token_anchor")}
        limit = max((ends[t] for t, n in sentence_of.items() if n in annotated), default=len(text))
        gold = set()
        for mention in markables.iter("ENTITY_MENTION"):
            label = MEANTIME_TYPES.get(types.get(refers.get(mention.get("m_id")), ""))
            anchors = [a.get("t_id") for a in mention.iter("token_anchor")]
            if scoring == "names" and len(anchors) > 1 and text[starts[anchors[0]]:ends[anchors[0]]] in ("the", "The"):
                anchors = anchors[1:]
            if label and mention.get("syntactic_type") in NAMED_MENTIONS[scoring] and anchors:
                gold.add((path.stem, starts[anchors[0]], ends[anchors[-1]], label))
        yield path.stem, text, gold, limit


def bench_meantime(model: str, split: str = "test", scoring: str = "names") -> dict:
    from newsevents.annotate import annotate_texts

    docs = list(meantime_docs(scoring=scoring))
    half = len(docs) // 2
    parts = {"dev": {"": docs[:half]}, "test": {"": docs, "_heldout": docs[half:]}}[split]
    out = {}
    for rulers in (False, True):
        done = dict(zip((n for n, *_ in docs), annotate_texts([t for _, t, *_ in docs], model=model, rulers=rulers)))
        for suffix, chosen in parts.items():
            gold = set().union(*(g for _, _, g, _ in chosen))
            pred = set().union(*({s for s in entity_spans(done[name], name) if s[1] < limit}
                                 for name, _, _, limit in chosen))
            key = f"meantime{suffix}_{'rulers' if rulers else 'model'}"
            out[key] = prf(gold, pred)
            out[key + "_overlap"] = overlap_prf(gold, pred)
    return out


# --- speed, load time, memory --------------------------------------------------------------

def wikinews_texts() -> list[str]:
    texts = []
    for path in sorted((DATA / "wikinews").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


def speed_once(model: str, rulers: bool) -> dict:
    """Runs in a fresh process: load, warm up on one text, then time the whole stage."""
    import resource

    from newsevents.annotate import annotate_texts, load_pipeline

    texts = wikinews_texts()
    started = time.perf_counter()
    load_pipeline(model, rulers=rulers)
    loaded = time.perf_counter() - started
    annotate_texts(texts[:1], model=model, rulers=rulers)
    started = time.perf_counter()
    annotate_texts(texts, model=model, rulers=rulers)
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"texts": len(texts), "words": words, "seconds": round(seconds, 2),
            "words_per_s": round(words / seconds), "load_s": round(loaded, 2), "peak_mb": round(peak_mb)}


def bench_speed(model: str) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    out = {}
    for rulers in (False, True):
        command = [sys.executable, "-m", "benchmarks.annotate", "--speed-once", "--model", model]
        command += [] if rulers else ["--no-rulers"]
        if hasattr(os, "sched_setaffinity"):
            command = ["taskset", "-c", "0"] + command
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=True, cwd=ROOT)
        out[f"speed_{'rulers' if rulers else 'model'}"] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--only", default="ud,meantime,speed")
    parser.add_argument("--split", choices=("test", "dev"), default="test", help="dev: for choosing things")
    parser.add_argument("--meantime-scoring", choices=tuple(NAMED_MENTIONS), default="names")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--speed-once", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-rulers", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.speed_once:
        print(json.dumps(speed_once(args.model, rulers=not args.no_rulers)))
        return
    benches = {"ud": lambda: bench_ud(args.model, args.split),
               "meantime": lambda: bench_meantime(args.model, args.split, args.meantime_scoring),
               "speed": lambda: bench_speed(args.model)}
    results = {"model": args.model}
    for name in args.only.split(","):
        results.update(benches[name]())
        print(json.dumps(results, indent=2), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
