"""Loading the English pipeline: the shipped one by default, or any installed spaCy pipeline.

Loaded once per process and name (cached). Every pipeline gets the same small additions:
quote-aware tokenization and sentence rules (`components`), sentence boundaries if it has
no parser or sentence recogniser, and (unless `rulers=False`) the entity ruler fed from the
pattern files and the titled-names component (`rulers`).
"""
from __future__ import annotations

import functools
from pathlib import Path

from ..errors import ModelError
from . import components
from .ops import use_numpy_gemm
from .rulers import add_entity_ruler, load_patterns

SHIPPED = Path(__file__).resolve().parent.parent / "models" / "en_newsevents"


def pipeline_path(name: str) -> str | Path:
    """Where spaCy finds pipeline `name`: the shipped folder for "default", else the name itself."""
    return SHIPPED if name == "default" else name


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = "default", *, rulers: bool = True):
    """The spaCy pipeline `name`, ready for `nlp.pipe`; raises ModelError when it cannot load."""
    import spacy  # heavy: imported when annotation actually runs

    if name == "default" and not (SHIPPED / "config.cfg").exists():
        raise ModelError(f"the shipped English pipeline is missing from {SHIPPED}", input=name)
    try:
        nlp = spacy.load(pipeline_path(name))
    except (OSError, ValueError, ImportError) as exc:
        hint = "" if name == "default" else f" (is it installed? e.g. `python -m spacy download {name}`)"
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}{hint}", input=name) from exc
    prepare(nlp, rulers=rulers)
    return nlp


def prepare(nlp, *, rulers: bool = True) -> None:
    """Add the newsevents components to a loaded pipeline."""
    components.register()
    use_numpy_gemm(nlp)
    components.split_quotes(nlp)
    splitter = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    if splitter is None:
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("newsevents_quote_boundaries", after="sentencizer")
    else:
        nlp.add_pipe("newsevents_quote_boundaries", before=splitter)
    nlp.add_pipe("newsevents_paragraph_boundaries", before="newsevents_quote_boundaries")
    if rulers:
        add_entity_ruler(nlp, load_patterns())
