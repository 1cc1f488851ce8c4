"""Language identification: plainly English text by its function words, anything else with
py3langid's bundled model (nothing is downloaded; the model takes about 75 MB once loaded, so a
worker that only ever sees English news never loads it)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.en.language import FUNCTION_WORDS, OTHER_FUNCTION_WORDS

MIN_CHARS = 20  # below this, a guess is noise
MIN_PROBABILITY = 0.5
SAMPLE_CHARS = 800  # the opening of the body decides; longer samples cost time, not accuracy
ENGLISH_MIN_WORDS = 20  # a sample of at least this many words is plainly English when
ENGLISH_SHARE = 0.15  # at least this share of its words are English function words (news: 0.18-0.40)
OTHER_SHARE = 0.08  # and less than this share are other languages' function words (English news: < 0.06)
SHORT_MIN_WORDS = 6  # a shorter sample is English over the model's word only when
SHORT_MIN_ENGLISH = 3  # it has at least this many English function words,
SHORT_SHARE = 0.25  # at least this share of its words, and no other language's
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, hint: str | None = None) -> tuple[str | None, str]:
    """(ISO 639-1 code or None, the path that decided it)."""
    sample = text[:SAMPLE_CHARS]
    if plainly_english(sample):
        return "en", "function-words"
    if len(sample.strip()) >= MIN_CHARS:
        code, probability = _identifier().classify(sample)
        if code != "en" and short_english(sample):
            return "en", "function-words"  # a sentence of names the model took for a creole ("pcm")
        if probability >= MIN_PROBABILITY:
            return code, "py3langid"
    if hint:
        return hint.split("-")[0].lower()[:2], "html-lang"
    return None, "unknown"


def short_english(sample: str) -> bool:
    """A sample too short for `plainly_english` whose words are English function words often
    enough, and no other language's ("Mali and Niger left ECOWAS and formed the Alliance of
    Sahel States."): English, whatever the model makes of its names."""
    words, english, other = _function_words(sample)
    return words >= SHORT_MIN_WORDS and english >= SHORT_MIN_ENGLISH and english >= SHORT_SHARE * words \
        and other == 0


def plainly_english(sample: str) -> bool:
    """Whether the sample's words are English function words often enough to leave no doubt."""
    words, english, other = _function_words(sample)
    return words >= ENGLISH_MIN_WORDS and english >= ENGLISH_SHARE * words and other < OTHER_SHARE * words


def _function_words(sample: str) -> tuple[int, int, int]:
    """How many words the sample has, how many are English function words, how many other languages'."""
    words = _WORD.findall(sample.lower())
    return len(words), sum(w in FUNCTION_WORDS for w in words), sum(w in OTHER_FUNCTION_WORDS for w in words)
