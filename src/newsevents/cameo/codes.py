"""CAMEO event codes as GDELT users know them: name, root, QuadClass, Goldstein, PLOVER.

    >>> cameo_info("042")
    CameoInfo(code='042', name='Make a visit', root='04', root_name='CONSULT', quad_class=1,
              goldstein=1.9, plover_event='CONSULT', plover_mode='visit', plover_context=None, ...)

Codes are strings: ``"04"`` (a root), ``"042"``, ``"0211"``. The table
(`data/cameo/cameo_codes.tsv`) is written by `scripts/build_cameo_data.py` from the
CAMEO codebook names, GDELT's Goldstein table and the CAMEO2PLOVER-2021 crosswalk.
"""
from __future__ import annotations

import csv
from functools import lru_cache

from ..errors import DictionaryError, NewsEventsError
from .dictionary import DATA_DIR
from .records import CameoInfo

CODES_FILE = "cameo_codes.tsv"

# QuadClass as GDELT defines it, by root: 1 verbal cooperation, 2 material
# cooperation, 3 verbal conflict, 4 material conflict.
QUAD_CLASSES = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict", 4: "Material Conflict"}

# Older PLOVER event names (PLOVER_GSR_CAMEO.json, PLOVER 0.5) -> the 2021 names and
# the mode the old name carries over as. The other names did not change.
PLOVER_ALIASES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}
PLOVER_EVENTS = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)


class UnknownCameoCode(NewsEventsError, ValueError):
    """A string that is not a CAMEO event code of the table."""

    stage = "code"
    code = "unknown_cameo_code"


def cameo_info(code: str) -> CameoInfo:
    """Everything known about a CAMEO event code; UnknownCameoCode when there is none."""
    if not isinstance(code, str):
        raise UnknownCameoCode(f"CAMEO codes are strings such as '042' or '19', not {code!r}")
    info = _table().get(code.strip())
    if info is None:
        raise UnknownCameoCode(f"unknown CAMEO event code {code!r} (codes look like '04', '042', '0211')")
    return info


def is_cameo_code(code: str) -> bool:
    return isinstance(code, str) and code.strip() in _table()


def all_codes() -> tuple[str, ...]:
    """Every CAMEO event code of the table, in codebook order."""
    return tuple(_table())


def root_code(code: str) -> str:
    """The root of a code: its first two digits ("0211" -> "02", "19" -> "19")."""
    if len(code) < 2 or not code[:2].isdigit() or not 1 <= int(code[:2]) <= 20:
        raise UnknownCameoCode(f"{code!r} has no CAMEO root (01-20)")
    return code[:2]


def quad_class(code: str) -> int:
    """GDELT's QuadClass of a code: roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    root = int(root_code(code))
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def plover_alias(name: str) -> str:
    """The 2021 PLOVER name of an event type, old (DEMAND -> REQUEST) or current."""
    upper = name.strip().upper()
    return PLOVER_ALIASES.get(upper, (upper, None))[0]


@lru_cache(maxsize=1)
def _table() -> dict[str, CameoInfo]:
    path = DATA_DIR / CODES_FILE
    try:
        with open(path, encoding="utf-8", newline="") as stream:
            lines = (line for line in stream if not line.startswith("#"))
            rows = list(csv.DictReader(lines, delimiter="\t"))
    except OSError as exc:
        raise DictionaryError(f"cannot read the CAMEO code table: {exc.strerror}", file=str(path)) from exc
    names = {r["code"]: r["name"] for r in rows if len(r["code"]) == 2}
    table = {}
    for row in rows:
        table[row["code"]] = CameoInfo(
            code=row["code"], name=row["name"], root=row["root"], root_name=names[row["root"]],
            quad_class=int(row["quad_class"]), goldstein=float(row["goldstein"]),
            plover_event=row["plover_event"] or None, plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None, goldstein_from=row["goldstein_from"],
            plover_from=row["plover_from"] or None,
        )
    return table
