"""Build newsevents' own actor data from the Phoenix (PETRARCH2) dictionaries.

    python scripts/build_actor_data.py [--source ../shared/data/petrarch]

Reads Phoenix.{Countries,International,MilNonState}.actors.txt, Phoenix.agents.txt
and Phoenix.discards.txt with the package's own readers and writes, under
src/newsevents/data/actors/:

    phoenix_actors.tsv.gz    every actor entry: label, comparison keys, dated codes
    phoenix_agents.tsv       agent phrase (every form) -> code
    phoenix_discards.tsv     discard phrase -> sentence or story

The output is deterministic (sorted keys, gzip without a time stamp): running the
script twice gives the same bytes. Lines the readers refuse (a handful of typos in
the Phoenix files) are left out and listed in the output's header. The hand-written
countries.tsv and officeholders_2015_2026.tsv are not touched.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path
from typing import Callable

from newsevents.actors.datafiles import DATA_DIR, PHOENIX_ACTORS, PHOENIX_AGENTS, PHOENIX_DISCARDS
from newsevents.actors.dictionaries import read_actors, read_agents, read_discards
from newsevents.errors import DictionaryError
from newsevents.actors.normalise import normalise

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
DISCARD_FILE = "Phoenix.discards.txt"
SOURCE = "Phoenix dictionaries of PETRARCH2 (github.com/openeventdata/petrarch2, petrarch2/data/dictionaries)"
LICENCE = "MIT (c) 2014 Open Event Data Alliance; see LICENSE of openeventdata/petrarch2"
_ABBREVIATED = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[A-Za-z]{4,6})\)$")
LINKING_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "el", "al", "du", "des"})
DEFAULT_SOURCE = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "petrarch"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder with the Phoenix files")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="folder to write to")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    actors = build_actors(args.source, args.out / PHOENIX_ACTORS)
    agents = build_agents(args.source, args.out / PHOENIX_AGENTS)
    discards = build_discards(args.source, args.out / PHOENIX_DISCARDS)
    print(f"actors: {actors} entries, agents: {agents} phrases, discards: {discards} phrases", file=sys.stderr)
    return 0


def _problems() -> tuple[list[str], Callable[[DictionaryError], None]]:
    problems: list[str] = []

    def report(exc: DictionaryError) -> None:
        problems.append(f"{Path(exc.file).name}:{exc.line}: {exc.message}")

    return problems, report


def build_actors(source: Path, out: Path) -> int:
    """One line per entry: label, keys ("|"), codes ("code,start,end;..."), file, line."""
    problems, report = _problems()
    entries = [(name, entry) for name in ACTOR_FILES for entry in read_actors(source / name, on_problem=report)]
    taken = {k for _, entry in entries for k in map(normalise, entry.names) if k}
    body = []
    for name, entry in entries:
        own = [k for k in map(normalise, entry.names) if k]
        short = [k for n in entry.names for k in map(normalise, short_forms(n)) if k and k not in taken]
        keys = "|".join(dict.fromkeys(own + short))
        codes = ";".join(f"{c.code},{_iso(c.start)},{_iso(c.end)}" for c in entry.codes)
        body.append(f"{entry.names[0]}\t{keys}\t{codes}\t{name}\t{entry.line}")
    lines = _header(["label", "keys", "codes", "file", "line"], ", ".join(ACTOR_FILES), problems,
                    "keys: comparison keys of every name; codes: code,start,end (inclusive ISO dates), joined by semicolons")
    data = ("\n".join(lines + body) + "\n").encode("utf-8")
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return len(body)


def short_forms(name: str) -> list[str]:
    """A name that ends in its abbreviation, "Liberation Tigers of Tamil Eelam (LTTE)", is also
    found as "Liberation Tigers of Tamil Eelam" and as "LTTE" (four letters or more, the initials of
    its words). Other words in brackets say which one is meant ("Direct Action (Greece)", "Georgia
    (USA)") and name nothing; a key another entry already has stays that entry's."""
    found = _ABBREVIATED.match(name)
    if found is None:
        return []
    words = re.findall(r"[a-z]+", found["name"].lower())
    initials = {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in LINKING_WORDS)}
    return [found["name"], found["short"]] if found["short"].lower() in initials else []


def _iso(day) -> str:
    return day.isoformat() if day else ""


def build_agents(source: Path, out: Path) -> int:
    problems, report = _problems()
    rows: dict[str, tuple[str, str, int]] = {}
    for agent in read_agents(source / AGENT_FILE, on_problem=report):
        code = f"{agent.code}~" if agent.prefix else f"~{agent.code}"
        for name in agent.names:
            if key := normalise(name):
                rows[key] = (code, agent.line)  # a later line wins, as in PETRARCH
    body = [f"{key}\t{code}\t{line}" for key, (code, line) in sorted(rows.items())]
    _write_tsv(out, ["phrase", "code", "line"], body, AGENT_FILE, problems,
               "phrase: comparison key; code: ~XXX goes after the actor's code, XXX~ before it")
    return len(rows)


def build_discards(source: Path, out: Path) -> int:
    problems, report = _problems()
    rows: dict[str, tuple[str, int]] = {}
    for discard in read_discards(source / DISCARD_FILE, on_problem=report):
        if key := normalise(discard.phrase):
            rows[key] = ("story" if discard.story else "sentence", discard.line)
    body = [f"{key}\t{scope}\t{line}" for key, (scope, line) in sorted(rows.items())]
    _write_tsv(out, ["phrase", "scope", "line"], body, DISCARD_FILE, problems,
               "scope: sentence (drop the sentence) or story (drop the whole story)")
    return len(rows)


def _write_tsv(out: Path, header: list[str], body: list[str], name: str, problems: list[str], note: str) -> None:
    out.write_text("\n".join(_header(header, name, problems, note) + body) + "\n", encoding="utf-8")


def _header(columns: list[str], name: str, problems: list[str], note: str) -> list[str]:
    return [
        f"# Built by scripts/build_actor_data.py from {name}",
        f"# Source: {SOURCE}",
        f"# Licence: {LICENCE}",
        f"# {note}; line: the line in the source file",
        *[f"# skipped {p}" for p in problems],
        "\t".join(columns),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
