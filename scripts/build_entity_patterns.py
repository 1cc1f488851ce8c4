"""Build the entity-ruler patterns of the actor dictionaries and the gazetteer's big cities.

Writes `data/entity_patterns/actors.jsonl` and `data/entity_patterns/cities.jsonl`.

    python scripts/build_entity_patterns.py [--words ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu]

Reads the shipped actor data (`src/newsevents/data/actors/`) and writes phrase patterns,
matched on the exact text (case kept):

- PERSON: office-holders 2015-2026, full names and alternative names of two words or more
  (a surname alone, "Guterres", "Ban", is too ambiguous and is left out).
- ORG: the hand-written groups file; from the Phoenix dictionaries, international
  organisations, NGOs, companies, media and militant groups (International and MilNonState
  files) and, from the Countries file, parties, armies, ministries and the like. A Phoenix
  name counts as an organisation when its code says company or media, or when it holds an
  organisation word ("front", "association", "brigades"...); other multi-word names there are
  mostly people, many historical, and are left out. Acronyms are written in capitals,
  other names in title case with particles kept low ("Hayat Tahrir al-Sham").

A one-word name becomes a pattern only when it is not a common word (it must not occur in
lower case in the word list: UD English EWT train by default, read at build time only) and
not a word of a person's name in the actor data ("Kohl's" the retailer, "Reis").
Names that geo.jsonl or countries.tsv already know (countries, capitals, demonyms) are left
to those. The output is sorted and deterministic.

- LOC (cities.jsonl): the towns of the shipped gazetteer with at least a million people
  ("Lagos", "Kharkiv"), by the same rule for one-word names, so that a big city the
  statistical recogniser misses is still found.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsevents.actors.datafiles import COUNTRIES, DATA_DIR, GROUPS, OFFICEHOLDERS, PHOENIX_ACTORS
from newsevents.actors.countries import parse_countries
from newsevents.actors.dictionaries import read_actors
from newsevents.actors.officeholders import parse_terms

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = ROOT / "src" / "newsevents" / "data" / "entity_patterns"
DEFAULT_WORDS = ROOT.parent / "shared" / "data" / "ud-english-ewt" / "en_ewt-ud-train.conllu"

ORG_WORDS = frozenset("""
organization organisation association foundation fund institute institution council committee
commission union league federation alliance party front movement army brigade brigades forces
force group network society agency bank corporation company ministry department court tribunal
programme program center centre service services watch international trust coalition conference
congress assembly parliament authority board bureau club church university college academy
mission initiative campaign faction battalion battalions militia secretariat council guard guards
corps police navy airline airlines airways industries holdings bancorp bancshares partners
enterprises systems technologies communications motors energy petroleum oil media news press
broadcasting television radio times post journal herald tribune telegraph gazette
jihad lashkar jaish harakat hizb jamaat jamaa tehrik ansar kataib mujahideen hezb sipah
commandos commando cells cell legion unit units squad squads resistance revolutionaries
""".split())
CORPORATE = frozenset("inc inc. corp corp. corporation ltd ltd. plc llc l.p. lp co co. sa s.a. ag nv n.v.".split())
PARTICLES = frozenset("""of the and for in on at to de del della di da du des la le les el al et y e i
van von der den bin ibn wal ul ash ad ar az ud""".split())
KEEP_UPPER = frozenset("un us uk eu usa us. u.s. uae nato igo ngo".split())
ORG_CODES = ("MNC", "MED")  # Phoenix codes of companies and media: names there are organisations
PHOENIX_ORG_FILES = ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
COUNTRY_FILE = "Phoenix.Countries.actors.txt"  # people (dated codes) and national bodies
DATED = re.compile(r",\d{4}-")
BIG_CITY = 1_000_000  # people in a town whose name becomes a LOC pattern


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS,
                        help="CoNLL-U file whose lower-case words are common")
    parser.add_argument("--out", type=Path, default=PATTERNS / "actors.jsonl")
    parser.add_argument("--cities-out", type=Path, default=PATTERNS / "cities.jsonl")
    args = parser.parse_args(argv)
    everyday = common_words(args.words)
    common = everyday | name_words()
    known = known_names()
    patterns = build(common=common, known=known)
    _write(args.out, patterns)
    taken = patterned(("geo.jsonl", "countries.jsonl")) | {p["pattern"].lower() for p in patterns}
    # Words of the names of historical people in the Phoenix data ("Lagos", "Kano") do not bar a big city.
    current = everyday | {w.lower() for name in officeholder_names() for w in name.split()}
    cities = [{"label": "LOC", "pattern": name} for name in city_names() if keep(name, common=current, known=taken)]
    _write(args.cities_out, cities)
    return 0


def _write(path: Path, patterns: list[dict]) -> None:
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in patterns), encoding="utf-8")
    counts = Counter(p["label"] for p in patterns)
    print(f"{path}: {len(patterns)} patterns {dict(sorted(counts.items()))}", file=sys.stderr)


def city_names() -> list[str]:
    """The names of the gazetteer's towns of at least `BIG_CITY` people, sorted."""
    names = set()
    with gzip.open(DATA_DIR.parent / "places" / "gazetteer.tsv.gz", "rt", encoding="utf-8") as handle:
        rows = (line.rstrip("\n").split("\t") for line in handle if not line.startswith("#"))
        header = next(rows)
        at = {name: n for n, name in enumerate(header)}
        for row in rows:
            if row[at["kind"]] == "city" and int(row[at["population"]] or 0) >= BIG_CITY:
                names.add(row[at["name"]])
    return sorted(names)


def build(*, common: set[str], known: set[str]) -> list[dict]:
    """Every (label, pattern), people first: a name that is both stays PERSON."""
    chosen: dict[str, str] = {}
    for label, names in (("PERSON", officeholder_names()), ("ORG", group_names()), ("ORG", phoenix_names())):
        for name in names:
            if keep(name, common=common, known=known):
                chosen.setdefault(name, label)
    return [{"label": label, "pattern": name} for name, label in sorted(chosen.items(), key=lambda kv: (kv[1], kv[0]))]


def keep(name: str, *, common: set[str], known: set[str]) -> bool:
    """A safe pattern: not a known place or demonym, not a common word, not a bare number."""
    words = name.split()
    if not words or name.lower() in known or not any(c.isalpha() for c in name):
        return False
    if len(words) == 1:
        return len(name) >= 3 and name.lower() not in common
    return True


# ------------------------------------------------------------------- sources

def officeholder_names() -> list[str]:
    terms = parse_terms((DATA_DIR / OFFICEHOLDERS).read_text(encoding="utf-8"), source=OFFICEHOLDERS)
    names = []
    for term in terms:
        names += [n for n in (term.name, *term.alternatives) if len(n.split()) >= 2]
    return names


def group_names() -> list[str]:
    names = []
    for entry in read_actors(DATA_DIR / GROUPS):
        names += [form for n in entry.names for form in forms(n)]
    return names


def phoenix_names() -> list[str]:
    names = []
    with gzip.open(DATA_DIR / PHOENIX_ACTORS, "rt", encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cells) != 5 or cells[0] == "label":
                continue
            label, keys, codes, file, _ = cells
            if file in PHOENIX_ORG_FILES or (file == COUNTRY_FILE and not DATED.search(codes)):
                names += phoenix_entry(label, keys.split("|"), company=codes.startswith(ORG_CODES),
                                       countries=file == COUNTRY_FILE)
    return names


def phoenix_entry(label: str, keys: list[str], *, company: bool, countries: bool = False) -> list[str]:
    """Organisation names of one Phoenix entry: its label, acronyms in brackets, short company names."""
    found = []
    main, _, bracket = label.partition("(")
    main = main.strip().rstrip(",")
    if is_org(main, company=company and not countries):
        found += forms(main)
        short = strip_corporate(main)
        if company and short != main:
            found += forms(short)
    acronym = bracket.rstrip(") ").strip()
    if acronym and " " not in acronym and found:
        found.append(acronym.upper())
    for key in keys[1:]:
        if " " in key and is_org(key, company=False):
            found.append(cased(key))
    return found


def is_org(name: str, *, company: bool) -> bool:
    words = [w.lower().strip(".,'") for w in re.split(r"[\s\-]+", name) if w]
    if company:
        return True
    return len(words) >= 2 and any(w in ORG_WORDS for w in words)


def strip_corporate(name: str) -> str:
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in CORPORATE:
        words.pop()
    return " ".join(words)


# ------------------------------------------------------------------- casing and word lists

def forms(name: str) -> list[str]:
    """The printed form; a short one-word name may be an acronym or a word: "ALCON" and "Alcon"."""
    first = cased(name)
    word = name.replace(".", "")
    if first.isupper() and word.isalpha() and len(word) >= 4 and re.search(r"[aeiou]", word, re.I):
        return [first, first.capitalize()]
    return [first]


def cased(name: str) -> str:
    """As news prints it: "HAYAT TAHRIR AL-SHAM" -> "Hayat Tahrir al-Sham", "IAEA" stays."""
    if name != name.upper() and name != name.lower():
        return name  # written in mixed case already
    words = name.split()
    if len(words) == 1 and len(name.replace(".", "")) <= 5:
        return name.upper()
    return " ".join(_cased_word(w, first=(i == 0)) for i, w in enumerate(words))


def _cased_word(word: str, *, first: bool) -> str:
    if word.lower() in KEEP_UPPER or (len(word) <= 4 and not re.search(r"[aeiouy]", word, re.I)):
        return word.upper()
    parts = word.lower().split("-")
    return "-".join(p if p in PARTICLES and not (first and j == 0) else _title(p) for j, p in enumerate(parts))


def _title(part: str) -> str:
    """Capitalise, and after an apostrophe inside a name too ("o'brien" -> "O'Brien"), not "'s"."""
    text = part[:1].upper() + part[1:]
    return re.sub(r"'([a-z]{2,})", lambda m: "'" + m.group(1).capitalize(), text) if "'" in text[1:] else text


def common_words(path: Path) -> set[str]:
    """Words seen in lower case in a CoNLL-U file; without the file, spaCy's stop words alone."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = set(STOP_WORDS)
    if not path.exists():
        print(f"warning: {path} missing, only stop words count as common", file=sys.stderr)
        return words
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 10 and cells[0].isdigit() and cells[1].islower():
            words.add(cells[1])
    return words


def name_words() -> set[str]:
    """Every word of a person's name in the actor data: a company called "Meredith" or "Reis"
    is not a safe pattern on its own."""
    words = set()
    for name in officeholder_names():
        words.update(w.lower() for w in name.split())
    with gzip.open(DATA_DIR / PHOENIX_ACTORS, "rt", encoding="utf-8") as handle:
        for line in handle:
            cells = line.split("\t")
            if len(cells) == 5 and DATED.search(cells[2]):  # people have dated codes
                words.update(w for key in cells[1].split("|") for w in key.split())
    return words | {w + "'s" for w in words}


def patterned(files: tuple[str, ...]) -> set[str]:
    """The lower-cased phrase patterns of the given pattern files."""
    found = set()
    for name in files:
        for line in (PATTERNS / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and isinstance(pattern := json.loads(line)["pattern"], str):
                found.add(pattern.lower())
    return found


def known_names() -> set[str]:
    """Lower-cased names, demonyms and capitals of countries.tsv and every geo.jsonl pattern."""
    table = parse_countries((DATA_DIR / COUNTRIES).read_text(encoding="utf-8"), source=COUNTRIES)
    known = {v.lower() for row in table.rows for v in (*row.names, *row.demonyms, *row.capitals)}
    for line in (PATTERNS / "geo.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and isinstance(json.loads(line)["pattern"], str):
            known.add(json.loads(line)["pattern"].lower())
    return known


if __name__ == "__main__":
    raise SystemExit(main())
