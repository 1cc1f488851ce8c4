"""CAMEO: the verb dictionary, the event-code table and the PLOVER crosswalk.

    >>> from newsevents.cameo import cameo_info, load_verb_dictionary
    >>> cameo_info("173").plover_event, cameo_info("173").quad_class
    ('COERCE', 4)
    >>> load_verb_dictionary().lookup("VISITED")[0].verb
    'VISIT'

Event extraction from the parse (who did what to whom) comes later and uses these.
"""
from __future__ import annotations

from ..errors import DictionaryError
from .codes import (
    PLOVER_ALIASES, PLOVER_EVENTS, QUAD_CLASSES, UnknownCameoCode, all_codes, cameo_info, is_cameo_code,
    plover_alias, quad_class, root_code,
)
from .dictionary import VerbDictionary, load_verb_dictionary
from .records import CameoInfo, Synset, Transformation, VerbEntry, VerbPattern
from .verbs import VerbFile, parse_verbs, read_verbs

__all__ = [
    "cameo_info", "CameoInfo", "all_codes", "is_cameo_code", "root_code", "quad_class", "plover_alias",
    "PLOVER_ALIASES", "PLOVER_EVENTS", "QUAD_CLASSES", "UnknownCameoCode", "load_verb_dictionary",
    "VerbDictionary", "VerbEntry", "VerbPattern", "Synset", "Transformation", "VerbFile", "parse_verbs",
    "read_verbs", "DictionaryError",
]
