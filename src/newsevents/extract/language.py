"""Language identification with py3langid's bundled model (nothing is downloaded)."""
from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 20  # below this, a guess is noise
MIN_PROBABILITY = 0.5
SAMPLE_CHARS = 800  # the opening of the body decides; longer samples cost time, not accuracy


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, hint: str | None = None) -> tuple[str | None, str]:
    """(ISO 639-1 code or None, the path that decided it)."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) >= MIN_CHARS:
        code, probability = _identifier().classify(sample)
        if probability >= MIN_PROBABILITY:
            return code, "py3langid"
    if hint:
        return hint.split("-")[0].lower()[:2], "html-lang"
    return None, "unknown"
