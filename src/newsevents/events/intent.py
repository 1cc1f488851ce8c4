"""A cooperative act announced for later is, in CAMEO, an expression of intent (root 03).

    "Portugal will support Turkey"           050 -> 032  (intent to provide diplomatic cooperation)
    "Norway is willing to send aid to X"      070 -> 033  (intent to provide material aid)
    "Israel will evacuate the settlements"    0874 -> 0356 (intent to de-escalate)

The CAMEO codebook mirrors roots 04-08 in the subcodes of 03; `intent_code` follows that
table. Conflictual acts announced for later are threats (root 13) only when worded as
threats (vowed, pledged, promised, threatened), see `threat_code`. A cooperative act refused ("refused to release",
"declined to meet") is a rejection (root 12): `refusal_code`; a conflictual act vowed ("vowed to
strike back", "pledged to expel") is a threat (root 13): `threat_code`.
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
    return _by_prefix(INTENT, code)


# "refused to release the prisoners": a cooperative act refused is, in CAMEO, a rejection (root 12).
REFUSAL = {
    "03": "120", "04": "125", "040": "125", "041": "125", "042": "125", "043": "125", "044": "125",
    "045": "126", "046": "125", "05": "120", "057": "127", "06": "121", "061": "1211", "062": "1212",
    "063": "1213", "064": "1214", "07": "122", "08": "124", "080": "124", "081": "1241", "082": "1242",
    "083": "123", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}


def refusal_code(code: str) -> str:
    """The 12 code for a refused cooperative `code` ("0841" -> "1243"); other codes unchanged."""
    return _by_prefix(REFUSAL, code)


# "vowed to attack Y", "pledged to expel Z": a conflictual act promised is a threat (root 13).
THREAT = {
    "16": "131", "160": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
    "166": "136", "17": "130", "170": "130", "171": "130", "172": "132", "1721": "1321", "1722": "1322",
    "1723": "1323", "1724": "1324", "173": "130", "174": "136", "175": "137", "18": "1383", "19": "138",
    "190": "1384", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384", "20": "138",
    "204": "1385",
}


def threat_code(code: str) -> str:
    """The 13 code for a promised conflictual `code` ("190" -> "1384"); other codes unchanged."""
    return _by_prefix(THREAT, code)


def _by_prefix(table: dict[str, str], code: str) -> str:
    """The entry for `code`, else for its first three or two digits; `code` itself when none."""
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return code
