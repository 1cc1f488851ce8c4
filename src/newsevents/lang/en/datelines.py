"""Datelines, as data: where a wire story was filed, in capitals before a dash ("KOSTI, Sudan —",
"NAIROBI, March 4 (Reuters) -"). The annotate stage makes its city a place
(`annotate.datelines`), the quotes stage never takes it for a speaker, and the events stage does
not take it for where the first sentence's event happened.
"""
import re

# A dateline that opens an article or a paragraph: "KOSTI, Sudan — ", "NEW YORK (Reuters) - ",
# "VIENNA — ", "NAIROBI, March 4 (Reuters) - ". It names where the story was filed, never who speaks.
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*"  # KOSTI, NEW YORK, ST. PETERSBURG
    r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?"  # , Sudan / , South Sudan
    r"(?:,[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"  # , March 4
    r"(?:,[ \t]*\d{4})?)?"  # , 2025
    r"(?:[ \t]*\([^)\n]{1,40}\))?"  # (Reuters)
    r"[ \t]*(?:[—–―]|--?(?=[ \t]))[ \t]*",
    re.M,
)

# All-capital words that open a paragraph before a dash without naming where it was filed:
# "BREAKING — ...", "UPDATE - ...". `newsevents.annotate.datelines` makes no place of them.
NOT_DATELINE_PLACES = frozenset({
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT", "WATCH",
    "LIVE", "VIDEO", "PHOTOS", "PHOTO", "FILE", "CORRECTION", "URGENT", "FLASH", "NEWS", "REVIEW", "FACTBOX",
    "EXPLAINER", "INTERVIEW", "FEATURE", "FOCUS", "INSIGHT", "WRAPUP", "SPORTS", "WORLD", "BUSINESS",
})
