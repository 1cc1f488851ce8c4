"""Time values, side by side in one run: newsevents.times and dateparser.

    python -m benchmarks.times [--write docs/benchmarks.md] [--show-errors dev]

Data: ../shared/data/meantime/timex_gold.jsonl (MEANTIME, TIMEX3 values, given each record's
`dct`). It has no split, so the documents are split by sorted doc_id: the first half is the
dev set (looked at for error analysis), the second half is held out (only its score is read).

newsevents: `find_times` on the record's sentence, taking the expression that overlaps the gold
text; when none does, `resolve` on the gold text alone (counted apart as "fallback"). The tense
comes from the words around the expression; a second column takes it from the parse of the
sentence by the shipped pipeline (`resolve.times.document_times`). A third runs as `newsevents
process` does: over the record's whole document (rebuilt from MEANTIME's tokens), with its parse,
so that "the same day" or "the day" can count from a date an earlier sentence gave.
dateparser: `dateparser.parse(timex_text, settings={RELATIVE_BASE: dct, PREFER_DATES_FROM: past})`,
formatted at the gold value's granularity (day, ISO week, month, year); any other gold value
(season, quarter, decade, PRESENT_REF, durations ...) counts as a miss, since it has no such output.
Score: % of records whose value equals the gold value exactly.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from benchmarks.report import write_section

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "meantime" / "timex_gold.jsonl"
RANGE_WORD = re.compile(r"\s(?:and|to|until|till|through)\s|[-–—]", re.I)
COMMAND = "python -m benchmarks.times --write docs/benchmarks.md"


@dataclass(frozen=True)
class Outcome:
    record: dict
    split: str
    ours: str | None
    fallback: bool
    peer: str | None
    parsed: str | None = None
    in_document: str | None = None


def load(path: Path = DATA) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = sorted({r["doc_id"] for r in records})
    dev = set(ids[: len(ids) // 2])
    return [{**r, "split": "dev" if r["doc_id"] in dev else "held-out"} for r in records]


def ours(record: dict, tree=None) -> tuple[str | None, bool]:
    """Our value for the record: the tense from the words around it, or from ``tree`` (its parse)."""
    from newsevents.resolve.times import document_times
    from newsevents.times import find_times, resolve

    sentence, gold = record["sentence"], record["timex_text"]
    at = sentence.find(gold)
    if at >= 0:
        found = (find_times(sentence, published=record["dct"]) if tree is None
                 else document_times(sentence, published=record["dct"], tree=tree))
        expr = _overlapping(found, (at, at + len(gold)))
        if expr is not None:
            return _value(expr, sentence, at), False
    return resolve(gold, published=record["dct"]).value, True


def parsed_values(records: list[dict]) -> list[str | None]:
    """Our values with the tense the shipped pipeline's parse gives (not timed: that is the annotate stage)."""
    from newsevents.annotate import annotate_texts
    from newsevents.resolve.tree import Tree

    parses = annotate_texts([r["sentence"] for r in records])
    return [ours(r, Tree(a.tokens))[0] for r, a in zip(records, parses)]


def document_values(records: list[dict]) -> list[str | None]:
    """Our values with each record's whole document as the text, parsed by the shipped pipeline; a
    record whose span is not found in the rebuilt document, or that no expression overlaps there,
    keeps its sentence's value (with `resolve` on the gold text as the fallback, as in ``ours``)."""
    from benchmarks.annotate import meantime_docs
    from newsevents.annotate import annotate_texts
    from newsevents.resolve.times import document_times
    from newsevents.resolve.tree import Tree

    texts = {name: text for name, text, _, _ in meantime_docs()}
    names = sorted(texts)
    name_of = {r["doc_id"]: next((n for n in names if n.startswith(r["doc_id"])), None) for r in records}
    dct_of = {name_of[r["doc_id"]]: r["dct"] for r in reversed(records)}  # a document's first record's
    wanted = sorted({n for n in name_of.values() if n})
    found = {name: document_times(texts[name], published=dct_of[name], tree=Tree(parse.tokens))
             for name, parse in zip(wanted, annotate_texts([texts[n] for n in wanted]))}
    values = []
    for r in records:
        name = name_of[r["doc_id"]]
        span = _span_in(texts[name], r["sentence"], r["timex_text"]) if name else None
        expr = _overlapping(found[name], span) if span else None
        hit = _value(expr, texts[name], span[0]) if expr is not None else None
        values.append(hit if hit is not None else ours(r)[0])   # as the other columns: their fallback
    return values


def _span_in(text: str, sentence: str, gold: str) -> tuple[int, int] | None:
    """Where the gold text of the sentence lies in the document, spaces aside (MEANTIME's tokens are
    rejoined with other spacing than the record's sentence)."""
    at = [i for i, c in enumerate(text) if not c.isspace()]
    bare = "".join(text[i] for i in at)
    s, g, offset = re.sub(r"\s+", "", sentence), re.sub(r"\s+", "", gold), sentence.find(gold)
    where = bare.find(s)
    if where < 0 or offset < 0 or not g:
        return None
    inner = where + len(re.sub(r"\s+", "", sentence[:offset]))
    return at[inner], at[inner + len(g) - 1] + 1


def _overlapping(found, span: tuple[int, int]):
    """The first expression that overlaps the span, or None."""
    start, end = span
    return next((expr for expr in found if expr.start < end and start < expr.end), None)


def _value(expr, text: str, start: int) -> str | None:
    """The expression's value; its range's end when the span (from `start`) is the second member
    of the range ("between April and [June]")."""
    second_half = expr.range_end is not None and bool(RANGE_WORD.search(text[expr.start:start]))
    return expr.range_end if second_half else expr.value


def peer(record: dict) -> str | None:
    import dateparser

    base = datetime.fromisoformat(record["dct"][:10])
    parsed = dateparser.parse(record["timex_text"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return None if parsed is None else at_granularity(parsed, record["value"])


def at_granularity(moment: datetime, gold: str) -> str | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold):
        return moment.strftime("%Y-%m-%d")
    if re.fullmatch(r"\d{4}-W\d{2}", gold):
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    if re.fullmatch(r"\d{4}-\d{2}", gold):
        return moment.strftime("%Y-%m")
    if re.fullmatch(r"\d{4}", gold):
        return moment.strftime("%Y")
    return None


def run(records: list[dict]) -> tuple[list[Outcome], dict[str, float]]:
    outcomes, seconds = [], {"newsevents": 0.0, "dateparser": 0.0}
    if records:  # load each side's tables outside the clock (our time rules' search plans, dateparser's languages)
        ours(records[0])
        peer(records[0])
    for r in records:
        t0 = time.perf_counter()
        value, fallback = ours(r)
        t1 = time.perf_counter()
        other = peer(r)
        seconds["newsevents"] += t1 - t0
        seconds["dateparser"] += time.perf_counter() - t1
        outcomes.append(Outcome(r, r["split"], value, fallback, other))
    outcomes = [replace(o, parsed=value, in_document=whole) for o, value, whole
                in zip(outcomes, parsed_values(records), document_values(records))]
    return outcomes, seconds


def percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f} %" if total else "–"


def table(outcomes: list[Outcome], seconds: dict[str, float]) -> str:
    rows = ["| records | n | newsevents exact | of which via fallback | newsevents, tense from the parse "
            "| newsevents in its document (as `newsevents process`) | dateparser exact |",
            "|---|---|---|---|---|---|---|"]
    for kind in ("DATE", "TIME", "DURATION", "SET"):
        for split in ("dev", "held-out", "all"):
            chosen = [o for o in outcomes if o.record["type"] == kind and split in ("all", o.split)]
            if not chosen:
                continue
            mine = sum(o.ours == o.record["value"] for o in chosen)
            fall = sum(o.ours == o.record["value"] and o.fallback for o in chosen)
            theirs = sum(o.peer == o.record["value"] for o in chosen)
            parsed = sum(o.parsed == o.record["value"] for o in chosen)
            whole = sum(o.in_document == o.record["value"] for o in chosen)
            rows.append(f"| {kind} {split} | {len(chosen)} | {percent(mine, len(chosen))} | {fall} "
                        f"| {percent(parsed, len(chosen))} | {percent(whole, len(chosen))} "
                        f"| {percent(theirs, len(chosen))} |")
    n = len(outcomes)
    rows.append(f"\nTime per record: newsevents {1000 * seconds['newsevents'] / n:.2f} ms, "
                f"dateparser {1000 * seconds['dateparser'] / n:.2f} ms.")
    return "\n".join(rows)


def body(outcomes: list[Outcome], seconds: dict[str, float]) -> str:
    import dateparser

    return (f"`{COMMAND}` — {len(outcomes)} MEANTIME TIMEX3 records "
            f"(`../shared/data/meantime/timex_gold.jsonl`), each resolved against its `dct`. "
            "Dev = documents in the first half of the sorted doc_ids (used for error analysis); "
            "held-out = the second half (its records never inspected; only its totals were printed "
            "during development). Exact match of the normalised value. "
            f"dateparser {dateparser.__version__} is formatted at the gold value's granularity (day, ISO week, month, "
            "year) and cannot express the others. \"Via fallback\": the finder missed the span in "
            "the sentence and `resolve` on the gold text got it right. When the gold text is the second "
            "member of a range the finder joined (\"between April and June\"), the range's end value counts. "
            "\"In its document\": the record's whole article (rebuilt from MEANTIME's tokens, title and "
            "dateline first) is the text, parsed by the shipped pipeline, as `newsevents process` reads an "
            "article: \"the same day\" or \"the day\" then count from the last date an earlier sentence "
            "gave, where the sentence alone can only take the publication date; the same fallback.\n\n"
            + table(outcomes, seconds))


def show_errors(outcomes: list[Outcome], split: str) -> None:
    for o in outcomes:
        if o.split == split and o.ours != o.record["value"]:
            r = o.record
            print(f"{r['type'][:4]} {r['dct']}  {r['timex_text']!r:30} gold={r['value']:12} ours={o.ours!s:14} "
                  f"{'(fallback) ' if o.fallback else ''}| {r['sentence'][:150]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write the 'times' section of this markdown file")
    parser.add_argument("--show-errors", choices=["dev"], help="print the misses of the dev set")
    args = parser.parse_args()
    outcomes, seconds = run(load())
    if args.show_errors:
        show_errors(outcomes, args.show_errors)
    print(table(outcomes, seconds))
    if args.write:
        write_section(args.write, "times", "Time values (MEANTIME TIMEX3)", body(outcomes, seconds))


if __name__ == "__main__":
    main()
