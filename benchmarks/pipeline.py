"""The whole pipeline on real news: `newsevents ingest` of the Wikinews articles.

    python -m benchmarks.pipeline [--repeat 10] [--workers 2] [--write docs/benchmarks.md]

The 295 Wikinews articles of ../shared/data/wikinews become one JSONL file (once as they
are, and repeated to ~3,000 with distinct URLs so nothing is skipped as already stored);
each is ingested into a fresh database by a real `newsevents ingest` process. Peak memory
is the largest sum over the ingest process and its workers, sampled from /proc every 0.2 s,
of the proportional set size (PSS: each shared page divided among the processes sharing it,
so the sum is the memory the run really holds) and, beside it, of the resident set size
(RSS, which counts shared libraries once per process).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.report import write_section

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews"


def articles() -> list[dict]:
    rows = []
    for path in sorted(WIKINEWS.glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [{"url": r["url"], "title": r["title"], "published": r["date"], "text": r["text"]}
                     for r in csv.DictReader(handle)]
    return rows


def write_jsonl(rows: list[dict], repeat: int, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(repeat):
            for row in rows:
                out.write(json.dumps({**row, "url": f"{row['url']}#copy{n}" if n else row["url"]}) + "\n")
                count += 1
    return count


def _group_memory_mb(pgid: int) -> tuple[float, float]:
    """(sum of PSS, sum of RSS) in MB over the processes of group `pgid`."""
    pss = rss = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            if os.getpgid(int(pid)) != pgid:
                continue
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                fields = dict(line.split(":", 1) for line in rollup if ":" in line and not line[0].isdigit())
            pss += int(fields["Pss"].split()[0])
            rss += int(fields["Rss"].split()[0])
        except (OSError, KeyError, ValueError):
            continue
    return pss / 1024, rss / 1024


def ingest(jsonl: Path, workers: int, db: Path, extra: list[str]) -> dict:
    command = [sys.executable, "-m", "newsevents", "ingest", str(jsonl), "--db", str(db),
               "--workers", str(workers), *extra]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    peak = peak_rss = 0.0
    while process.poll() is None:
        pss, rss = _group_memory_mb(process.pid)
        peak, peak_rss = max(peak, pss), max(peak_rss, rss)
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    out, err = process.communicate()
    if process.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({process.returncode}):\n{err[-2000:]}")
    return {"seconds": elapsed, "peak_mb": peak, "peak_rss_mb": peak_rss, "summary": out.strip().splitlines()[-1] if out.strip() else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description="Whole-pipeline ingest benchmark on Wikinews.")
    parser.add_argument("--repeat", type=int, default=10, help="Copies of the 295 articles for the large run.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", default=None, help="Pass --model to ingest (default: the shipped pipeline).")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    rows = articles()
    extra = ["--model", args.model] if args.model else []
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in sorted({1, args.repeat}):
            jsonl = Path(tmp) / f"wikinews-{repeat}.jsonl"
            count = write_jsonl(rows, repeat, jsonl)
            result = ingest(jsonl, args.workers, Path(tmp) / f"bench-{repeat}.db", extra)
            rate = count / result["seconds"]
            print(f"{count:6} articles  {result['seconds']:7.1f} s  {rate:6.1f} articles/s  "
                  f"peak PSS {result['peak_mb']:.0f} MB (RSS {result['peak_rss_mb']:.0f} MB)  | {result['summary']}", flush=True)
            lines.append(f"| {count} | {args.workers} | {result['seconds']:.1f} | {rate:.1f} | {result['peak_mb']:.0f} "
                         f"| {result['peak_rss_mb']:.0f} |")
    if args.write:
        command = "python -m benchmarks.pipeline " + " ".join(sys.argv[1:]).replace(f"--write {args.write}", "").strip()
        body = "\n".join([
            f"Measured {date.today().isoformat()} on {platform.machine()} ({os.cpu_count()} cores), "
            "`newsevents ingest` of the Wikinews articles (JSONL, one process with its workers), the shipped "
            "pipeline" + (f" (`--model {args.model}`)" if args.model else "") + ".", "",
            f"Command: `{command} --write docs/benchmarks.md`", "",
            "| articles | workers | seconds | articles/s | peak memory, all processes: PSS (MB) | same, RSS (MB) |",
            "|---|---|---|---|---|---|", *lines])
        write_section(args.write, "pipeline", "Whole pipeline (ingest)", body)


if __name__ == "__main__":
    main()
