"""Build newsevents' own CAMEO data: the verb dictionary and the event-code table.

    python scripts/build_cameo_data.py [--source ../shared/data]

Reads petrarch/CAMEO.2.0.txt with the package's own reader, and merges
data/cameo/cameo_eventcodes.tsv (hand-written codebook names) with
cameo/CAMEO.goldsteinscale.txt and plover/CAMEO2PLOVER-2021.txt. Writes, under
src/newsevents/data/cameo/:

    cameo_verbs.json.gz   verbs (every form), patterns, synsets, transformations
    cameo_codes.tsv       code, name, root, QuadClass, Goldstein, PLOVER event/mode/context

Deterministic (file order, gzip without a time stamp): two runs give the same bytes.
Lines the reader refuses and patterns naming undefined synsets are left out and
listed in the output's header; so are the table's fallbacks.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from newsevents.cameo.codes import CODES_FILE, quad_class
from newsevents.cameo.dictionary import DATA_DIR, VERBS_FILE, to_json
from newsevents.cameo.verbs import read_verbs
from newsevents.errors import DictionaryError

DEFAULT_SOURCE = Path(__file__).resolve().parents[1].parent / "shared" / "data"
VERB_SOURCE = "CAMEO.2.0.txt of PETRARCH2 (github.com/openeventdata/petrarch2, petrarch2/data/dictionaries)"
VERB_LICENCE = "MIT (c) 2015 Open Event Data Alliance; see LICENSE of openeventdata/petrarch2"
CROSSWALK_LICENCE = "CC BY-SA 4.0, Open Event Data Alliance (github.com/openeventdata/PLOVER)"
NAMES_FILE = "cameo_eventcodes.tsv"
COLUMNS = ("code", "name", "root", "quad_class", "goldstein", "goldstein_from",
           "plover_event", "plover_mode", "plover_context", "plover_from")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="folder to write to")
    args = parser.parse_args(argv)
    verbs = build_verbs(args.source / "petrarch" / "CAMEO.2.0.txt", args.out / VERBS_FILE)
    codes = build_codes(args.source, args.out / NAMES_FILE, args.out / CODES_FILE)
    print(f"verbs: {verbs}; codes: {codes}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------- verbs

def build_verbs(path: Path, out: Path) -> str:
    problems: list[str] = []

    def report(exc: DictionaryError) -> None:
        problems.append(f"{Path(exc.file).name}:{exc.line}: {exc.message}")

    parsed = read_verbs(path, on_problem=report)
    skipped = problems + [w.replace(str(path), path.name) for w in parsed.warnings]
    about = {"file": path.name, "source": VERB_SOURCE, "licence": VERB_LICENCE,
             "built_by": "scripts/build_cameo_data.py", "skipped": skipped}
    text = json.dumps(to_json(parsed, about=about), ensure_ascii=False, separators=(",", ":"))
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as stream:
        stream.write(text.encode("utf-8"))
    return (f"{len(parsed.verbs)} verbs, {len(parsed.patterns)} patterns, {len(parsed.synsets)} synsets, "
            f"{len(skipped)} lines skipped")


# ---------------------------------------------------------------- codes

def build_codes(source: Path, names_path: Path, out: Path) -> str:
    names = _read_tsv(names_path)
    goldstein = {code: float(value) for code, value in _read_tsv(source / "cameo" / "CAMEO.goldsteinscale.txt",
                                                                  header="CAMEOEVENTCODE").items()}
    crosswalk, descriptions = read_crosswalk(source / "plover" / "CAMEO2PLOVER-2021.txt")
    notes: list[str] = []
    for code in descriptions:
        if code not in names:
            names[code] = descriptions[code]
            notes.append(f"{code}: not in the CAMEO codebook; named from the crosswalk")
    rows = [_row(code, names[code], goldstein, crosswalk, notes) for code in sorted(names, key=_order)]
    with open(out, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(_codes_header(notes))
        stream.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            stream.write("\t".join(row) + "\n")
    return f"{len(rows)} codes, {len(notes)} notes"


def read_crosswalk(path: Path) -> tuple[dict[str, tuple[str, str, str]], dict[str, str]]:
    """{code: (event, mode, context)}, {code: description}; the first row of a code wins."""
    mapping: dict[str, tuple[str, str, str]] = {}
    descriptions: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith(("#", "~")):
            continue
        body, _, description = line.partition("#")
        code, colon, rest = body.partition(":")
        if not colon or not code.strip().isdigit():
            raise DictionaryError(f"bad crosswalk line {line!r}", file=str(path), line=number)
        fields = [" ".join(f.split()) for f in rest.split(",")] + ["", ""]
        mapping.setdefault(code.strip(), (fields[0], fields[1], ", ".join(f for f in fields[2:] if f)))
        if description.strip() and len(code.strip()) > 2:
            descriptions.setdefault(code.strip(), " ".join(description.split()))
    return mapping, descriptions


def _row(code: str, name: str, goldstein: dict[str, float], crosswalk: dict, notes: list[str]) -> list[str]:
    root = code[:2]
    if code in goldstein:
        value, value_from = goldstein[code], "code"
    elif code[:3] in goldstein:
        value, value_from = goldstein[code[:3]], "base"
        notes.append(f"{code}: no Goldstein value; its base code {code[:3]}'s is used")
    else:
        value, value_from = goldstein[root], "root"
        notes.append(f"{code}: no Goldstein value; its root {root}'s is used")
    plover, plover_from = crosswalk.get(code), "CAMEO2PLOVER-2021"
    if plover is None and root == "02":  # appeals: as the matching demand (10x), PLOVER's REQUEST
        plover, plover_from = crosswalk.get("10" + code[2:]), "newsevents"
    if plover is None:
        plover, plover_from = ("", "", ""), ""
    return [code, name, root, str(quad_class(code)), f"{value:.1f}", value_from, *plover, plover_from]


def _order(code: str) -> tuple[str, str]:
    return code[:2], code[2:]


def _read_tsv(path: Path, header: str = "code") -> dict[str, str]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith(header + "\t"):
            continue
        key, value = line.split("\t")[:2]
        rows[key.strip()] = value.strip()
    return rows


def _codes_header(notes: list[str]) -> str:
    lines = [
        "CAMEO event codes for newsevents. Built by scripts/build_cameo_data.py from:",
        "  names: cameo_eventcodes.tsv (CAMEO codebook 1.1b3 / GDELT CAMEO.eventcodes.txt)",
        "  goldstein: CAMEO.goldsteinscale.txt (GDELT lookup table)",
        "  plover_*: CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8 (Schrodt)",
        f"  licence of the PLOVER columns: {CROSSWALK_LICENCE}",
        "quad_class: 1 Verbal Cooperation (roots 01-05), 2 Material Cooperation (06-09),",
        "  3 Verbal Conflict (10-14), 4 Material Conflict (15-20), as GDELT defines it.",
        "goldstein_from: code (in the table), base (its 3-digit code's value), root (its root's).",
        "plover_from: CAMEO2PLOVER-2021, or newsevents for appeals (02x), mapped as the matching",
        "  demand (10x); empty when PLOVER has no event (public statements, 01x).",
        "The crosswalk's first row wins where it repeats a code (08 CONCEDE/RETREAT, 175).",
        *notes,
    ]
    return "".join(f"# {line}\n" for line in lines)


if __name__ == "__main__":
    sys.exit(main())
