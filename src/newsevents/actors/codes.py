"""CAMEO actor codes in parts: "RUSGOV" -> country RUS, role GOV.

A code is a string of three-letter parts. When the first part is a country
(ISO3, or a CAMEO historical code) it is the country and the next part the role:
"ISRMIL" -> (ISR, MIL), "PSEREBHMS" -> (PSE, REB), "USA" -> (USA, None). Otherwise
the first part is the role and there is no country: "IGOUNO" -> (None, IGO),
"ELI" -> (None, ELI). Compound codes ("FRO/BIL") are split by their first part.
A government's legislature or judiciary has that branch as its role: "USAGOVLEG" -> (USA, LEG),
"INDGOVJUD" -> (IND, JUD), as "Senate" or "Supreme Court" alone are coded.
"""
from __future__ import annotations

from .countries import countries

BRANCHES = frozenset({"LEG", "JUD"})


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """(country, role) of a CAMEO actor code."""
    if not code:
        return None, None
    first = code.split("/", 1)[0].upper()
    head, rest = first[:3], first[3:6]
    if countries().is_country_code(head):
        if rest == "GOV" and first[6:9] in BRANCHES:
            return head, first[6:9]
        return head, rest or None
    return None, head or None
