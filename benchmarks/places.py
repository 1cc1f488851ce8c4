"""Places benchmark: MEANTIME location mentions against their DBpedia links.

    python -m benchmarks.places [--write docs/benchmarks.md]

Each LOCATION entity of MEANTIME (intra-doc annotation, 120 Wikinews articles) that carries
a DBpedia link gives the truth for its name mentions (syntactic type NAM or PRE.NAM): the
DBpedia resource is mapped to a gazetteer entry ("Kiev" through alternate names; "San_Jose,
_California" through its qualifier; an unqualified title takes the most prominent entry, as
DBpedia's primary-topic convention does). A mention is right when its resolved place is that
entry; for a country, when it resolves to that country. Links the gazetteer has no entry for
(airports, buildings, "Earth") are left out and counted.

MEANTIME has no split: the first half of the documents (sorted file names) was used for
development, the second half is held out and reported apart. The baseline picks the most
populous candidate of the same name, with no context.
"""
from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from newsevents.actors.countries import countries
from newsevents.places import candidates, gazetteer, is_demonym, resolve_places
from newsevents.places.records import GazetteerEntry, Place

ROOT = Path(__file__).resolve().parents[1]
MEANTIME = ROOT.parent / "shared" / "data" / "meantime" / "intra-doc_annotation"
NAME_TYPES = ("NAM", "PRE.NAM")
COMMAND = "python -m benchmarks.places --write docs/benchmarks.md"


@dataclass(frozen=True)
class Mention:
    doc: str
    text: str
    link: str | None  # the DBpedia resource name, None when the entity has no link


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    mentions: tuple[Mention, ...]


def read_documents(folder: Path = MEANTIME) -> list[Document]:
    files = sorted(folder.glob("*/*.xml"), key=lambda p: p.name)
    return [_read(path) for path in files]


def _read(path: Path) -> Document:
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): t.text or "" for t in root.iter("token")}
    markables = root.find("Markables")
    spans = {m.get("m_id"): m for m in markables.findall("ENTITY_MENTION")}
    entities = {e.get("m_id"): e for e in markables.findall("ENTITY")}
    mentions = []
    for relation in root.find("Relations").findall("REFERS_TO"):
        entity = entities.get(relation.find("target").get("m_id"))
        if entity is None or entity.get("ent_type") != "LOC":
            continue
        link = (entity.get("external_ref") or "").rstrip("/").rsplit("/", 1)[-1] or None
        for source in relation.findall("source"):
            span = spans.get(source.get("m_id"))
            if span is not None and span.get("syntactic_type") in NAME_TYPES:
                text = " ".join(tokens[a.get("t_id")] for a in span.findall("token_anchor"))
                mentions.append(Mention(path.name, text, unquote(link) if link else None))
    return Document(path.name, " ".join(tokens.values()), tuple(mentions))


# ---------------------------------------------------------------- truth


def gold_entry(resource: str) -> GazetteerEntry | None:
    """The gazetteer entry a DBpedia resource name stands for, or None."""
    title = resource.replace("_", " ")
    name, qualifier = title, None
    if title.endswith(")") and " (" in title:
        name, qualifier = title[:-1].split(" (", 1)
    elif "," in title and not gazetteer().lookup(title):
        name, qualifier = (part.strip() for part in title.split(",", 1))
    found = gazetteer().lookup(name)
    if qualifier:
        found = _qualified(found, qualifier)
    return max(found, key=_prominence) if found else None


def _qualified(found, qualifier: str):
    if qualifier.lower() in ("state", "u.s. state"):
        return tuple(e for e in found if e.kind == "admin1")
    larger = gazetteer().lookup(qualifier)
    return tuple(e for e in found if any(_inside(e, l) for l in larger))


def _inside(entry: GazetteerEntry, larger: GazetteerEntry) -> bool:
    if larger.kind == "country":
        return entry.country == larger.country and entry.kind != "country"
    return larger.kind == "admin1" and (entry.country, entry.admin1) == (larger.country, larger.admin1)


def _prominence(entry: GazetteerEntry) -> tuple:
    rank = {"country": 5, "continent": 4, "region": 3, "water": 3, "admin1": 2}.get(entry.kind, 1)
    return rank, entry.capital, entry.population


def is_right(place: Place | GazetteerEntry | None, gold: GazetteerEntry) -> bool:
    if place is None:
        return False
    if gold.kind == "country":
        return place.kind == "country" and place.country == gold.country
    return (place.geonames_id, place.name, place.kind) == (gold.geonames_id, gold.name, gold.kind)


def error_type(mention: Mention, place: Place | None, gold: GazetteerEntry) -> str:
    if place is None:
        return "demonym (None by design)" if is_demonym(mention.text) else "no candidate"
    if place.country != gold.country:
        return "wrong country"
    return "wrong kind, same country" if place.kind != gold.kind else "wrong place, same country"


def demonym_country(text: str) -> str | None:
    """The ISO3 country the actors stage codes a demonym with ("Canadian" -> CAN), else None."""
    if not is_demonym(text):
        return None
    match = countries().lookup(text)
    return match.country.iso3 if match is not None and match.kind == "demonym" else None


# ---------------------------------------------------------------- runs


def baseline(mention: str) -> GazetteerEntry | None:
    """The most populous candidate of the same name, no context."""
    found = candidates(mention)
    return max(found, key=lambda e: e.population) if found else None


@dataclass
class Tally:
    right: int = 0
    baseline_right: int = 0
    total: int = 0
    demonyms: int = 0
    demonyms_right: int = 0  # demonym mentions whose country (as the actors stage gives it) is the gold country
    errors: Counter = None

    def __post_init__(self):
        self.errors = Counter() if self.errors is None else self.errors

    def pct(self, n: int) -> str:
        return f"{100 * n / self.total:.1f} %" if self.total else "-"


def evaluate(documents: list[Document]) -> tuple[Tally, Counter, list[str]]:
    tally, unmapped, wrong = Tally(), Counter(), []
    for doc in documents:
        places = resolve_places([m.text for m in doc.mentions], text=doc.text)
        for mention, place in zip(doc.mentions, places):
            if mention.link is None:
                continue
            gold = gold_entry(mention.link)
            if gold is None:
                unmapped[mention.link] += 1
                continue
            tally.total += 1
            tally.demonyms += is_demonym(mention.text)
            if place is None and gold.kind == "country" and demonym_country(mention.text) == gold.country:
                tally.demonyms_right += 1
            tally.baseline_right += is_right(baseline(mention.text), gold)
            if is_right(place, gold):
                tally.right += 1
            else:
                tally.errors[error_type(mention, place, gold)] += 1
                wrong.append(f"{doc.name[:40]}: {mention.text!r} -> {place and place.name} ({place and place.kind}), "
                             f"gold {gold.name} ({gold.kind})")
    return tally, unmapped, wrong


def report(parts: dict[str, tuple[Tally, Counter]], load_s: float) -> str:
    lines = [
        "MEANTIME (intra-doc annotation, 120 English Wikinews articles): LOCATION name mentions",
        "(NAM, PRE.NAM) whose entity has a DBpedia link, resolved with the document's other",
        "location mentions and its text as context; right when the resolved place is the gazetteer",
        "entry of the DBpedia resource (countries: the same country). Development used the first",
        "half of the documents (sorted file names); the second half is held out.",
        "",
        f"Command: `{COMMAND}`",
        "",
        "| documents | mentions scored | newsevents: place | place, or a demonym's country | without demonym mentions | baseline: most populous | links not in the gazetteer (left out) |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, (tally, unmapped) in parts.items():
        kept = tally.total - tally.demonyms
        no_demonym = f"{100 * tally.right / kept:.1f} % of {kept}" if kept else "-"
        lines.append(f"| {label} | {tally.total} | {tally.pct(tally.right)} | "
                     f"{tally.pct(tally.right + tally.demonyms_right)} | {no_demonym} | "
                     f"{tally.pct(tally.baseline_right)} | {sum(unmapped.values())} |")
    overall, unmapped = parts["all"]
    lines += ["", "Errors by type (all documents): " + ", ".join(f"{k} {v}" for k, v in overall.errors.most_common()),
              "", "Links left out: " + ", ".join(f"{k} {v}" for k, v in sorted(unmapped.items())),
              "", "Demonym mentions (\"American\", \"Canadian\") are linked to their country in MEANTIME but are "
              "not places by design: they get no `place`, and the actors stage codes them with their country "
              "(\"Canadian officials\" -> CAN). They count as wrong in the first score column, for newsevents and "
              "for the baseline alike (the baseline shares the candidate step). The second column counts a "
              "demonym mention as right when that country is the gold country (gold links to a country only; "
              "\"European\" -> Europe stays wrong); the third leaves demonym mentions out.",
              "", "Caveat: rules were written on the first half, but the per-mention error list (`--errors`) was "
              "read over all documents once while fixing two general rules (a country hides its namesake city; "
              "capitals in running text do not count as country context), so the second half is not fully blind; "
              "`--errors` now lists the first half only.",
              "", f"Gazetteer load: {load_s:.2f} s once per process (34,400 places, 1.5 MB gzipped)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write the 'places' section of this markdown file")
    parser.add_argument("--errors", action="store_true", help="list each wrong mention of the development half")
    args = parser.parse_args()
    started = time.perf_counter()
    gazetteer()
    load_s = time.perf_counter() - started
    documents = read_documents()
    half = len(documents) // 2
    parts, wrong_dev = {}, []
    for label, docs in (("first half (development)", documents[:half]), ("second half (held out)", documents[half:]),
                        ("all", documents)):
        tally, unmapped, wrong = evaluate(docs)
        parts[label] = (tally, unmapped)
        if label.startswith("first half"):
            wrong_dev = wrong  # the held-out half's mistakes are never printed
    body = report(parts, load_s)
    print(body)
    if args.errors:
        print("\n".join(wrong_dev))
    if args.write:
        from benchmarks.report import write_section
        write_section(args.write, "places", "Places: MEANTIME location mentions", body)


if __name__ == "__main__":
    main()
