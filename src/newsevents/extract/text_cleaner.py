"""Already-scraped text → the article without the page around it.

Scraped text keeps one line per block of the page: menus, breadcrumbs, the
title (often twice), bylines, share buttons, "READ ALSO" links, newsletters,
cookie notices, lists of other headlines, footers. `clean_text` keeps the
article's paragraphs, in order, and says why every other line went.

It works in three passes over the lines:

1. describe each line: its size in words, whether it reads like a sentence,
   and whether a boilerplate pattern (``newsevents.lang.en.boilerplate``) names it;
2. find the article body: a run of lines with a high total score, where
   sentence-like lines score by their length and short link-like lines cost more
   with every line of a run, so short lines between paragraphs (a subheading, a
   one-line quote) stay inside and menus and headline lists fall outside. When
   the page shows its headline (the first line "Headline | Site" and the headline
   again lower down), the body is the first substantial run below it; otherwise
   the best run of the page. Neighbouring runs worth the gap are joined;
3. decide each line: inside the body a line goes only when a pattern names it;
   outside, every line goes, with the most specific reason found.

The title comes from the caller, or is guessed from the lines before the body
(a line repeated there, or the headline just above the body); its repeats go.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..lang.en import boilerplate
from ..records import Removed

__all__ = ["CleanedText", "clean_text"]

WORD = re.compile(r"\w+")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# A sentence ends with a full stop, a question or exclamation mark, possibly
# followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…。！？:][\"'”’»)\]]*$")
# Inner punctuation: a short line with it is a list item or a table row, not a menu entry.
INNER_PUNCTUATION = re.compile(r"\w[,:;]\s+\w")
SPACE = re.compile(r"\s+")
SITE_SEPARATOR = re.compile(r"\s+[|\-–—·•»/:]\s+|\s*\|\s*")
URL = re.compile(r"://|^www\.|\.(?:com|org|net)\b")

ANYWHERE = tuple((reason, re.compile(rx, re.IGNORECASE)) for reason, rx in boilerplate.ANYWHERE)
OUTSIDE = tuple((reason, re.compile(rx, re.IGNORECASE)) for reason, rx in boilerplate.OUTSIDE)
BREADCRUMB_SEPARATORS = re.compile(boilerplate.BREADCRUMB_SEPARATORS)

# Body finding: what a line adds to the run it belongs to.
SENTENCE_BASE = 5  # a sentence-like line scores its size minus this
SHORT_COST = 3.0  # what a short, link-like line costs
LISTED_COST = 1.0  # what a short line with inner punctuation (a list item) costs, run or not
JUNK_COST = 5.0  # what a line named by a pattern costs
RUN_CAP = 8  # the most a run of furniture multiplies a line's cost by
LONG_LINE = 20  # a line without final punctuation this long reads like text
TITLE_WINDOW = 8  # how many lines above the body the headline may sit
SITE_NAME_CHARS = 40  # what a page title may add to the headline: " | The Daily Example"
ANCHORED_MINIMUM = 50.0  # below the headline, the first run scoring this much is the body,
ANCHORED_SHARE = 0.2  # or this share of the best run's score when that is more
MERGE_SHARE = 0.5  # a run joins the body when it scores this share of the furniture between them,
MERGE_MINIMUM = 50.0  # and at least this much: a teaser is no part of the article


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the scraped text, described."""

    index: int
    text: str
    size: int  # words; CJK text counts two characters as a word
    sentence: bool  # ends like a sentence
    listed: bool  # short, with inner punctuation: a list item
    anywhere: str | None  # reason from a pattern that holds anywhere
    outside: str | None  # reason from a pattern trusted outside the body

    @property
    def junk(self) -> str | None:
        return self.anywhere or self.outside


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The article found in scraped text."""

    text: str  # the article body: real paragraphs in order, joined by "\n\n"
    title: str | None  # the title, given or found in the first lines
    removed: tuple[Removed, ...]  # every line taken out, with its reason


def clean_text(text: str, *, title: str | None = None) -> CleanedText:
    """Keep the article's paragraphs of scraped ``text``; say why every other line went."""
    lines = [describe(i, raw) for i, raw in enumerate(split_lines(text))]
    if not lines:
        return CleanedText(text="", title=title, removed=())
    headline, anchor = find_headline(lines, given=title)
    start, end = body_span(lines, anchor=anchor)
    found = headline or guess_title(lines, start)
    # A headline the page shows clearly is taken out up to the body's end; a guessed one
    # only above the body, where a wrong guess costs nothing.
    title_until = end if headline else start
    kept: list[str] = []
    removed: list[Removed] = []
    for line in lines:
        inside = start <= line.index < end
        reason = decide(line, inside=inside, title=found if line.index < title_until else None, end=end)
        if reason is None:
            kept.append(line.text)
        else:
            removed.append(Removed(text=line.text, reason=reason))
    return CleanedText(text="\n\n".join(kept), title=found, removed=tuple(removed))


# --- pass 1: describe --------------------------------------------------------


def split_lines(text: str) -> list[str]:
    """Non-empty lines, inner whitespace collapsed."""
    return [s for s in (SPACE.sub(" ", raw).strip() for raw in text.splitlines()) if s]


def describe(index: int, text: str) -> Line:
    size = max(len(WORD.findall(text)), len(CJK.findall(text)) // 2)
    return Line(
        index=index,
        text=text,
        size=size,
        sentence=bool(SENTENCE_END.search(text)) and size >= 3,
        listed=bool(INNER_PUNCTUATION.search(text)),
        anywhere=first_match(ANYWHERE, text),
        outside=first_match(OUTSIDE, text) or breadcrumb(text),
    )


def first_match(patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> str | None:
    for reason, pattern in patterns:
        if pattern.search(text):
            return reason
    return None


def breadcrumb(text: str) -> str | None:
    """ "Home World News", "Home > World > Europe": a short path starting at the home page."""
    parts = [p for p in BREADCRUMB_SEPARATORS.split(text) if p]
    head = text.lower()
    if len(WORD.findall(text)) > 10 or SENTENCE_END.search(text) or URL.search(text):
        return None
    if any(head == root or head.startswith(root + " ") for root in boilerplate.BREADCRUMB_ROOTS):
        return "breadcrumb"
    if len(parts) >= 3 and all(len(WORD.findall(p)) <= 3 for p in parts):
        return "breadcrumb"
    return None


# --- pass 2: the body ---------------------------------------------------------


def line_score(line: Line) -> float:
    """What the line adds to a candidate body: text adds, furniture costs, short sentences are neutral."""
    if line.junk:
        return -JUNK_COST
    if line.sentence:
        return float(max(line.size - SENTENCE_BASE, 0))
    if line.size >= LONG_LINE:
        return line.size / 2 - SENTENCE_BASE
    if line.listed:
        return -LISTED_COST
    return -SHORT_COST


def run_scores(lines: list[Line]) -> list[float]:
    """Line scores where a run of furniture costs more with every line: a lone subheading
    between paragraphs is cheap, a menu or a list of other headlines is dear. A line the
    page shows twice (a photo caption, a teaser) counts for nothing."""
    counts = Counter(normalise(line.text) for line in lines)
    scores: list[float] = []
    run = 0
    for line in lines:
        score = line_score(line)
        if score > 0 and counts[normalise(line.text)] > 1:
            score = 0.0
        if score < 0 and not (line.listed and not line.junk):
            run = min(run + 1, RUN_CAP)
            score *= run
        elif score > 0:
            run //= 2  # teasers alternating with furniture pay more and more
        scores.append(score)
    return scores


def segments(scores: list[float], start: int) -> list[tuple[float, int, int]]:
    """(total, start, end) of every run of lines whose running total stays positive, from ``start``."""
    found: list[tuple[float, int, int]] = []
    best, best_start, best_end, total, begin = 0.0, start, start, 0.0, start
    for index in range(start, len(scores)):
        if total <= 0:
            if best > 0:
                found.append((best, best_start, best_end))
            best, total, begin = 0.0, 0.0, index
        total += scores[index]
        if total > best:
            best, best_start, best_end = total, begin, index + 1
    if best > 0:
        found.append((best, best_start, best_end))
    return found


def body_span(lines: list[Line], *, anchor: int | None = None) -> tuple[int, int]:
    """[start, end) of the article body.

    Without an anchor, the run of lines with the largest total score. With one (the
    headline's line), the first substantial run below it: pages often put a longer list
    of other stories' summaries after the article, or before its headline.
    """
    scores = run_scores(lines)
    found = segments(scores, 0 if anchor is None else anchor + 1)
    if not found:  # nothing reads like running text: keep it all but the named furniture
        return (0, len(lines)) if anchor is None else body_span(lines)
    best = max(total for total, _, _ in found)
    if anchor is None:
        main = found.index(max(found))
    else:
        floor = min(best, max(ANCHORED_MINIMUM, best * ANCHORED_SHARE))
        main = next(i for i, s in enumerate(found) if s[0] >= floor)
    return extend(lines, *merge(found, main, scores))


def merge(found: list[tuple[float, int, int]], main: int, scores: list[float]) -> tuple[int, int]:
    """Join to the main run the runs around it that are worth the furniture between them."""
    start, end = found[main][1], found[main][2]
    for total, s, e in found[main + 1 :]:
        if total < max(MERGE_MINIMUM, MERGE_SHARE * -sum(scores[end:s])):
            break
        end = e
    for total, s, e in reversed(found[:main]):
        if total < max(MERGE_MINIMUM, MERGE_SHARE * -sum(scores[e:start])):
            break
        start = s
    return start, end


def extend(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """Take in clean sentence-like lines touching the body: a short last quote, a short lead."""
    while end < len(lines) and lines[end].sentence and not lines[end].junk:
        end += 1
    while start > 0 and lines[start - 1].sentence and not lines[start - 1].junk:
        start -= 1
    return start, end


# --- the title ----------------------------------------------------------------


def normalise(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def find_headline(lines: list[Line], *, given: str | None) -> tuple[str | None, int | None]:
    """The headline and the line it stands on above the article, when the page shows it clearly.

    A given title is looked for below the first line (a page title usually comes first,
    the headline again above the article). Otherwise the first line is the page title,
    "Headline | Site": a later line equal to it, or to its headline part, is the headline.
    """
    if given:
        places = [line.index for line in lines if is_title(line.text, given)]
        if not places:
            return given, None
        return given, places[1] if len(places) > 1 and places[0] == 0 else places[0]
    top = lines[0].text
    for line in lines[1:]:
        same = normalise(line.text) == normalise(top) or site_suffixed(top, line.text)
        if same and line.size >= 3 and not line.junk:
            return line.text, line.index
    return None, None


def site_suffixed(page_title: str, headline: str) -> bool:
    """``page_title`` is ``headline`` followed by a separator and a short site name
    ("Headline | Site", "Headline - Site")."""
    key = normalise(headline)
    for separator in SITE_SEPARATOR.finditer(page_title):
        rest = page_title[separator.end() :]
        if len(rest) <= SITE_NAME_CHARS and not SENTENCE_END.search(rest):
            if normalise(page_title[: separator.start()]) == key:
                return True
    return False


def guess_title(lines: list[Line], start: int) -> str | None:
    """A line repeated just above the body, or the headline-like line just above it."""
    before = [line for line in lines[: max(start, 1)] if line.size >= 3 and not line.junk and not line.listed]
    return repeated(before[-TITLE_WINDOW * 2 :]) or headline_above(before)


def repeated(lines: list[Line]) -> str | None:
    seen: set[str] = set()
    for line in lines:
        key = normalise(line.text)
        if key in seen:
            return line.text
        seen.add(key)
    return None


def headline_above(lines: list[Line]) -> str | None:
    for line in reversed(lines[-TITLE_WINDOW:]):
        if 4 <= line.size <= 30 and not line.junk and not line.text.endswith("."):
            return line.text
    return None


def is_title(text: str, title: str | None) -> bool:
    """The title itself, or the title with the site's name after a separator."""
    if not title:
        return False
    head = normalise(title)
    return bool(head) and (normalise(text) == head or site_suffixed(text, title))


# --- pass 3: decide -------------------------------------------------------------


def decide(line: Line, *, inside: bool, title: str | None, end: int) -> str | None:
    """Why the line goes, or None when it is part of the article."""
    if is_title(line.text, title):
        return "title-repeat"
    if inside:
        return inside_reason(line)
    return line.junk or outside_reason(line, after=line.index >= end)


def inside_reason(line: Line) -> str | None:
    if line.anywhere:
        return line.anywhere
    if line.outside and line.size <= boilerplate.SHORT_LINE_WORDS and not line.sentence:
        return line.outside
    return None


def outside_reason(line: Line, *, after: bool) -> str:
    if after and line.size >= 4 and not line.sentence:
        return "related"
    if line.size <= 3 and not line.sentence:
        return "navigation"
    return "outside-article"
