"""PETRARCH's unit-test records, coded by newsevents from its own parse.

    python -m benchmarks.petrarch [--write docs/benchmarks.md] [--show dev]

Data: ../shared/data/petrarch/PETR.UnitTest.records.xml (284 sentences, 385 expected
codings, invented actors such as ARN and GON). Each sentence is parsed by our pipeline (the
Penn parses in the file are ignored) and coded with the PETR.Validate.* dictionaries only
(`Coder.load(..., base=False)`). Score: the (source, target, code) triples of the expected
codings found among ours (% found), and the share of our triples that no expected coding
of that sentence names (% false). Records marked `noevents` or `error` expect nothing: every
event coded there is false. Split by order in the file: the first half (142 records) was used
for development, the second half is held out (only its score was read).
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.report import write_section

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "petrarch"
RECORDS = DATA / "PETR.UnitTest.records.xml"
DICTIONARIES = {
    "actors": DATA / "PETR.Validate.actors.txt",
    "agents": DATA / "PETR.Validate.agents.txt",
    "verbs": DATA / "PETR.Validate.verbs.txt",
    "discards": DATA / "PETR.Validate.discards.txt",
}
COMMAND = "python -m benchmarks.petrarch --write docs/benchmarks.md"
CACHE_DIR = Path("/tmp/newsevents-bench")
_SENTENCE = re.compile(r"<Sentence\s(?P<attrs>[^>]*)>(?P<body>.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*)>")


@dataclass
class Record:
    id: str
    date: str  # YYYY-MM-DD
    text: str
    expected: list[tuple[str, str, str]]
    split: str = "dev"
    found: list[tuple[str, str, str]] = field(default_factory=list)


def load(path: Path = RECORDS) -> list[Record]:
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)
    records = []
    for match in _SENTENCE.finditer(text):
        attrs = dict(_ATTR.findall(match["attrs"]))
        body = re.search(r"<Text>(.*?)</Text>", match["body"], re.S)
        sentence = " ".join(body.group(1).split()).replace("&amp;", "&") if body else ""
        expected = []
        for coding in _CODING.findall(match["body"]):
            values = dict((k, v) for k, v in re.findall(r"""(\w+)\s*=\s*["']([^"']*)["']""", coding))
            if "eventcode" in values:
                expected.append((values["sourcecode"], values["targetcode"], values["eventcode"]))
        day = attrs.get("date", "")
        records.append(Record(attrs.get("id", "?"), f"{day[:4]}-{day[4:6]}-{day[6:8]}", sentence, expected))
    half = (len(records) + 1) // 2
    for i, record in enumerate(records):
        record.split = "dev" if i < half else "held-out"
    return records


def _pipeline_fingerprint(model: str) -> str:
    """What the parse depends on besides the texts: the model name, the shipped weights' meta,
    the entity patterns, the annotate code and the language data it reads. A change to any of them
    invalidates the cache."""
    import newsevents

    package = Path(newsevents.__file__).parent
    files = [package / "models" / "en_newsevents" / "meta.json",
             *sorted((package / "data" / "entity_patterns").glob("*.jsonl")),
             *sorted((package / "annotate").glob("*.py")), *sorted((package / "lang").rglob("*.py"))]
    digest = hashlib.sha1(model.encode("utf-8"))
    for path in files:
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def parse_cached(texts: list[str], *, model: str = "default", name: str = "petrarch"):
    """Annotations of each text, parsed once and kept in /tmp (keyed by the texts and the pipeline)."""
    from newsevents.annotate import annotate_texts

    key = hashlib.sha1(("\x1f".join(texts) + _pipeline_fingerprint(model)).encode("utf-8")).hexdigest()[:12]
    path = CACHE_DIR / f"{name}-{key}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    annotations = annotate_texts(texts, model=model)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(annotations))
    return annotations


def article(id: str, text: str, published: str | None):
    from newsevents.records import Article

    return Article(id=id, input=id, url=None, source=None, title=None, published=published,
                   published_source="user", language="en", text=text)


def triple(event) -> tuple[str, str, str]:
    """(source, target, code) as PETRARCH writes them: a role without a country is "---ROLE"."""
    def code(actor):
        if actor is None:
            return "---"
        return actor.code if actor.name or actor.country else "---" + actor.code
    return code(event.actor1), code(event.actor2), event.cameo


def run(records: list[Record]) -> None:
    from newsevents.events import Coder, code_events

    coder = Coder.load(**{k: v for k, v in DICTIONARIES.items()}, base=False)
    for record, annotations in zip(records, parse_cached([r.text for r in records])):
        events = code_events(article(record.id, record.text, record.date), annotations, coder=coder)
        record.found = list(dict.fromkeys(triple(e) for e in events))


def score(records: list[Record]) -> dict:
    expected = sum(len(r.expected) for r in records)
    found = sum(len(set(r.expected) & set(r.found)) for r in records)
    coded = sum(len(r.found) for r in records)
    false = sum(len(set(r.found) - set(r.expected)) for r in records)
    return {"records": len(records), "expected": expected, "found": found, "coded": coded, "false": false,
            "found_pct": 100 * found / max(expected, 1), "false_pct": 100 * false / max(coded, 1)}


def table(records: list[Record]) -> str:
    rows = ["| split | records | expected | found | % found | events coded | false | % false |",
            "|---|---|---|---|---|---|---|---|"]
    for name in ("dev", "held-out", "all"):
        part = [r for r in records if name == "all" or r.split == name]
        s = score(part)
        rows.append(f"| {name} | {s['records']} | {s['expected']} | {s['found']} | {s['found_pct']:.1f} | "
                    f"{s['coded']} | {s['false']} | {s['false_pct']:.1f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write the section into this markdown file")
    parser.add_argument("--show", choices=("dev", "held-out", "all"), help="print each record's misses")
    args = parser.parse_args(argv)
    records = load()
    run(records)
    print(table(records))
    if args.show:
        for r in records:
            if (args.show == "all" or r.split == args.show) and set(r.expected) != set(r.found):
                print(f"{r.id}: {r.text}\n   expected {r.expected}\n   coded    {r.found}")
    if args.write:
        body = BODY.format(table=table(records), command=COMMAND)
        write_section(args.write, "petrarch", "Event coding: PETRARCH unit records", body)


BODY = """Command: `{command}`

PETR.UnitTest.records.xml (284 sentences, 359 expected (source, target, code) triples; 27
records expect no event), each sentence parsed by our pipeline (the Penn parses in the file
are not used) and coded with the PETR.Validate.* dictionaries alone. *% found*: expected
triples among ours; *% false*: our triples that the record does not expect. Dev = the first
142 records by order in the file (looked at while writing the coder), held-out = the other 142
(only scored). UniversalPetrarch's published score on this file: 68.1 % found, 23.1 % false.

{table}
"""


if __name__ == "__main__":
    main()
