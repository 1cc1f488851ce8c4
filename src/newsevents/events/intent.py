"""A cooperative act announced for later is, in CAMEO, an expression of intent (root 03).

    "Portugal will support Turkey"           050 -> 032  (intent to provide diplomatic cooperation)
    "Norway is willing to send aid to X"      070 -> 033  (intent to provide material aid)
    "Israel will evacuate the settlements"    0874 -> 0356 (intent to de-escalate)

The CAMEO codebook mirrors roots 04-08 in the subcodes of 03; `intent_code` follows that
table. Conflictual acts announced for later are threats (root 13) only when worded as
threats, so they keep their code here.
"""
from __future__ import annotations

INTENT = {
    "04": "036", "040": "036", "041": "036", "042": "036", "043": "036", "044": "036",
    "045": "039", "046": "036",
    "05": "032", "050": "032", "051": "032", "052": "032", "053": "032", "054": "032",
    "055": "030", "056": "030", "057": "030",
    "06": "031", "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
    "08": "035", "080": "035", "081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354",
    "086": "0355", "087": "0356",
}


def intent_code(code: str) -> str:
    """The 03 code for a planned cooperative `code` ("0841" -> "0353"); other codes unchanged."""
    for key in (code, code[:3], code[:2]):
        if key in INTENT:
            return INTENT[key]
    return code
