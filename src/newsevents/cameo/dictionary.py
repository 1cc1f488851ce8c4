"""The CAMEO verb dictionary as the coder uses it: shipped data or user PETRARCH files.

    >>> verbs = load_verb_dictionary()
    >>> [v.code for v in verbs.lookup("ARRESTED")]
    ['173']

The shipped data (`data/cameo/cameo_verbs.json.gz`) is CAMEO.2.0.txt of PETRARCH2,
read by `read_verbs` and written by `scripts/build_cameo_data.py`. User files in the
PETRARCH format are read as they are, and a syntax error refuses the file.
Each set of files is loaded once per process.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..errors import DictionaryError
from .records import Synset, Transformation, VerbEntry, VerbPattern
from .verbs import VerbFile, read_verbs

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "cameo"
VERBS_FILE = "cameo_verbs.json.gz"


@dataclass(frozen=True)
class VerbDictionary:
    """Verbs, patterns, synsets and transformations of one or more verb files."""

    verbs: tuple[VerbEntry, ...]
    patterns: tuple[VerbPattern, ...]
    synsets: dict[str, Synset]
    transformations: tuple[Transformation, ...]
    sources: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        by_form: dict[str, list[VerbEntry]] = {}
        for verb in self.verbs:
            for form in verb.forms:
                by_form.setdefault(form, []).append(verb)
        by_verb: dict[str, list[VerbPattern]] = {}
        for pattern in self.patterns:
            by_verb.setdefault(pattern.verb, []).append(pattern)
        object.__setattr__(self, "_by_form", {k: tuple(v) for k, v in by_form.items()})
        object.__setattr__(self, "_by_verb", {k: tuple(v) for k, v in by_verb.items()})

    def lookup(self, form: str) -> tuple[VerbEntry, ...]:
        """The entries a surface form belongs to ("ARRESTED", "calls off"), file order."""
        return self._by_form.get(" ".join(form.upper().split()), ())

    def patterns_for(self, verb: str) -> tuple[VerbPattern, ...]:
        """The patterns of a verb block, by block name or by a verb entry's `verb`."""
        return self._by_verb.get(verb.upper(), ())

    def expand(self, token: str) -> tuple[str, ...]:
        """The phrases a pattern token matches: a synset's forms, else the token."""
        if token.startswith("&"):
            return self.synsets[token[1:]].forms
        return (token,)


def load_verb_dictionary(paths: Iterable[Path | str] | None = None) -> VerbDictionary:
    """The shipped CAMEO verb dictionary, or the PETRARCH verb files in `paths`."""
    key = None if paths is None else tuple(str(Path(p).resolve()) for p in paths)
    return _load(key)


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...] | None) -> VerbDictionary:
    if paths is None:
        return read_shipped(DATA_DIR / VERBS_FILE)
    return merge(read_in_order(paths))


def read_in_order(paths: Iterable[Path | str], known: dict[str, Synset] | None = None) -> list[VerbFile]:
    """The verb files, each able to use the synsets of those before it (and of `known`)."""
    files, known = [], dict(known or {})
    for path in paths:
        files.append(read_verbs(path, known=known))
        known.update(files[-1].synsets)
    return files


def merge(files: list[VerbFile]) -> VerbDictionary:
    """One dictionary from several files; a synset defined twice is refused."""
    synsets: dict[str, Synset] = {}
    for file in files:
        for name, synset in file.synsets.items():
            if name in synsets:
                raise DictionaryError(f"synset &{name} is also defined in {synsets[name].source_file}",
                                      file=synset.source_file, line=synset.line)
            synsets[name] = synset
    return VerbDictionary(
        verbs=tuple(v for f in files for v in f.verbs),
        patterns=tuple(p for f in files for p in f.patterns),
        synsets=synsets,
        transformations=tuple(t for f in files for t in f.transformations),
        sources=tuple(f.source for f in files),
        warnings=tuple(w for f in files for w in f.warnings),
    )


# ---------------------------------------------------------------- the shipped file

def to_json(file: VerbFile, *, about: dict) -> dict:
    """The compact form the build script writes (lists, not objects; file order)."""
    return {
        "about": about,
        "synsets": [[s.name, list(s.words), list(s.forms), s.line] for s in file.synsets.values()],
        "verbs": [[v.lemma, list(v.forms), v.code, v.head, v.verb, v.line] for v in file.verbs],
        "patterns": [[p.verb, " ".join(p.tokens), p.code, p.line] for p in file.patterns],
        "transformations": [[t.pattern, t.result, t.line] for t in file.transformations],
    }


def read_shipped(path: Path) -> VerbDictionary:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            data = json.load(stream)
        name = data["about"]["file"]
        return VerbDictionary(
            verbs=tuple(VerbEntry(l, tuple(f), c, h, v, name, n) for l, f, c, h, v, n in data["verbs"]),
            patterns=tuple(VerbPattern(v, tuple(t.split()), c, name, n) for v, t, c, n in data["patterns"]),
            synsets={s: Synset(s, tuple(w), tuple(f), name, n) for s, w, f, n in data["synsets"]},
            transformations=tuple(Transformation(p, r, name, n) for p, r, n in data["transformations"]),
            sources=(name,),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DictionaryError(f"cannot read the shipped verb data: {exc}", file=str(path)) from exc
