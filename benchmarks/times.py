"""Time values, side by side in one run: newsevents.times and dateparser.

    python -m benchmarks.times [--write docs/benchmarks.md] [--show-errors dev]

Data: ../shared/data/meantime/timex_gold.jsonl (MEANTIME, TIMEX3 values, given each record's
`dct`). It has no split, so the documents are split by sorted doc_id: the first half is the
dev set (looked at for error analysis), the second half is held out (only its score is read).

newsevents: `find_times` on the record's sentence, taking the expression that overlaps the gold
text; when none does, `resolve` on the gold text alone (counted apart as "fallback"). The tense
comes from the words around the expression; a second column takes it from the parse of the
sentence by the shipped pipeline, as `newsevents process` does (`resolve.times.document_times`).
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
        for expr in found:
            if expr.start < at + len(gold) and at < expr.end:
                second_half = expr.range_end is not None and bool(RANGE_WORD.search(sentence[expr.start:at]))
                return (expr.range_end if second_half else expr.value), False
    return resolve(gold, published=record["dct"]).value, True


def parsed_values(records: list[dict]) -> list[str | None]:
    """Our values with the tense the shipped pipeline's parse gives (not timed: that is the annotate stage)."""
    from newsevents.annotate import annotate_texts
    from newsevents.resolve.tree import Tree

    parses = annotate_texts([r["sentence"] for r in records])
    return [ours(r, Tree(a.tokens))[0] for r, a in zip(records, parses)]


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
    outcomes = [replace(o, parsed=value) for o, value in zip(outcomes, parsed_values(records))]
    return outcomes, seconds


def percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f} %" if total else "–"


def table(outcomes: list[Outcome], seconds: dict[str, float]) -> str:
    rows = ["| records | n | newsevents exact | of which via fallback | newsevents, tense from the parse "
            "| dateparser exact |", "|---|---|---|---|---|---|"]
    for kind in ("DATE", "TIME", "DURATION", "SET"):
        for split in ("dev", "held-out", "all"):
            chosen = [o for o in outcomes if o.record["type"] == kind and split in ("all", o.split)]
            if not chosen:
                continue
            mine = sum(o.ours == o.record["value"] for o in chosen)
            fall = sum(o.ours == o.record["value"] and o.fallback for o in chosen)
            theirs = sum(o.peer == o.record["value"] for o in chosen)
            parsed = sum(o.parsed == o.record["value"] for o in chosen)
            rows.append(f"| {kind} {split} | {len(chosen)} | {percent(mine, len(chosen))} | {fall} "
                        f"| {percent(parsed, len(chosen))} | {percent(theirs, len(chosen))} |")
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
            "member of a range the finder joined (\"between April and June\"), the range's end value counts.\n\n" + table(outcomes, seconds))


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
