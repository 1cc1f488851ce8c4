"""English quotation data for ``newsevents.quotes``: quote marks, speech verbs and cue words, as data.

Every mark style scraped news carries is here: English “…” and ‘…’, German „…“ and ‚…‘,
French and Swiss «…» and ‹…›, Danish »…«, Swedish ”…”, straight "…" and '…', and the TeX/PTB
``…''. Apostrophes (don't, Kyiv's, the '90s, dockers' union) are told apart by their context.
"""
from __future__ import annotations

import re

# Opening mark -> the marks that may close it. Scraped text mixes styles ("…” is common).
PAIRS = {
    "“": "”", "„": "“”", "”": "”", "«": "»", "»": "«", "‹": "›", "›": "‹",
    '"': '"”', "``": "''", "''": "''",
    "‘": "’", "‚": "‘’", "'": "'’", "’": "’",
}
DOUBLE_MARKS = frozenset({"“", "”", "„", "«", "»", '"', "``", "''"})
SINGLE_MARKS = frozenset({"‘", "’", "‚", "‹", "›", "'"})
# Marks that may close a quote even when the next word touches them: `…the talks”said the envoy`.
GLUED_CLOSING = frozenset({"”", "“", "»", "«", "›", '"', "''"})
# Marks that may also be apostrophes: between letters (don't), before digits ('90s), after a plural s.
APOSTROPHES = frozenset({"'", "’"})
# Characters after which a mark opens: start of text, space, brackets, dashes, slash.
OPENING_CONTEXT = frozenset(" \t\n([{—–-/")

# Speech verbs (lemmas) that introduce a statement: direct, indirect or partial.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "warn", "insist", "deny", "claim", "argue", "state", "announce", "note",
    "explain", "ask", "urge", "acknowledge", "admit", "confirm", "describe", "write", "tweet", "post",
    "report", "caution", "stress", "reply", "respond", "declare", "suggest", "predict", "assert",
    "maintain", "reiterate", "concede", "complain", "allege", "promise", "vow", "pledge", "threaten",
    "comment", "remark", "observe", "emphasise", "emphasize", "recall", "estimate", "believe",
    "testify", "conclude", "agree", "disclose", "reveal", "indicate", "signal", "repeat", "continue",
    "shout", "joke", "quip", "tell", "inform", "assure", "counter", "retort", "hint", "point",
})
# Verbs that quote a phrase without being speech verbs: `praised the "constructive spirit"`.
PARTIAL_CUES = frozenset({
    "call", "praise", "describe", "dub", "term", "label", "brand", "criticise", "criticize", "welcome",
    "hail", "condemn", "accuse", "reject", "dismiss", "slam", "blast", "decry", "denounce", "promise",
    "protest", "deplore", "lament", "mock", "ridicule", "question", "defend", "applaud", "commend",
})
# Cue words whose only use is reporting; the rest need the parse to say they are verbs.
IRREGULAR_FORMS = {
    "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
    "wrote": "write", "writes": "write", "written": "write", "writing": "write",
    "added": "add", "adds": "add", "warned": "warn", "warns": "warn", "insisted": "insist",
    "denied": "deny", "denies": "deny", "claimed": "claim", "argued": "argue", "stated": "state",
    "announced": "announce", "noted": "note", "explained": "explain", "asked": "ask", "urged": "urge",
    "acknowledged": "acknowledge", "admitted": "admit", "confirmed": "confirm", "tweeted": "tweet",
    "posted": "post", "cautioned": "caution", "stressed": "stress", "replied": "reply",
    "responded": "respond", "declared": "declare", "reported": "report", "conceded": "concede",
}
# Words before a short quote that make it a scare quote, whatever verb the sentence has.
SCARE_MARKERS = ("so-called", "so called", "self-styled", "self-proclaimed", "dubbed", "what he called",
                 "what she called", "what they called", "quote-unquote")
# The longest quote, in words, that counts as a scare quote when no speech cue governs it.
SCARE_MAX_WORDS = 2

# "according to X": the reported clause is the rest of the sentence.
ACCORDING_TO = ("according to", "as reported by", "citing")
# "citing" also gives a reason ("citing national security"): it quotes only a name or one of these.
CITED_SOURCES = frozenset("""
official officials source sources report reports statement statements witness witnesses resident residents
police authorities ministry spokesman spokeswoman spokesperson media agency agencies data figures study
survey document documents people person diplomat diplomats analyst analysts investigator investigators
""".split())

# Dashes that attribute a quote: `"…" — Ingrid Solberg, chief economist`.
ATTRIBUTION_DASHES = frozenset({"—", "–", "―", "-", "--"})

# Pronouns a speaker may be named by; the set of entity labels each may stand for.
PRONOUNS = {
    "he": ("PERSON",), "she": ("PERSON",), "him": ("PERSON",), "her": ("PERSON",),
    "it": ("ORG",), "they": ("ORG", "NORP"), "i": ("PERSON",), "we": ("ORG",),
}
# Title words left out of a name: "ECB President Christine Lagarde" -> "Christine Lagarde".
TITLE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "secretary", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "king",
    "queen", "prince", "princess", "general", "gen.", "colonel", "col.", "captain", "capt.", "judge",
    "justice", "chief", "executive", "director", "chairman", "chairwoman", "chair", "ambassador",
    "envoy", "pope", "cardinal", "bishop", "rabbi", "imam", "sheikh", "dr.", "dr", "mr.", "mrs.", "ms.",
    "mr", "mrs", "ms", "professor", "prof.", "leader", "commissioner", "deputy", "foreign", "economy",
    "defence", "defense", "finance", "interior", "health", "speaker", "majority", "minority", "senate",
    "house", "state", "sir", "dame", "lord", "lady", "chancellor", "premier", "economist", "analyst",
})

# Military and police ranks, left out of a name like the civil titles are:
# "Brigadier Khalid el-Tayeb" -> "Khalid el-Tayeb", "Lieutenant General Sami bin Hassan" -> "Sami bin Hassan".
RANKS = frozenset({
    "brigadier", "brig.", "brig", "major", "maj.", "lieutenant", "lt.", "lt", "lieut.", "sergeant", "sgt.",
    "corporal", "cpl.", "private", "pvt.", "admiral", "adm.", "rear", "commodore", "commander", "cmdr.",
    "marshal", "field", "air", "vice-admiral", "lieutenant-general", "major-general", "lieutenant-colonel",
    "brigadier-general", "general", "gen.", "colonel", "col.", "captain", "capt.", "inspector", "superintendent",
    "constable", "officer", "chief", "staff", "warrant", "ensign", "cadet", "commissioner",
})
NAME_TITLES = TITLE_WORDS | RANKS
# Abbreviations whose full stop ends no sentence: "said Lt. Gen. Yasser al-Atta".
ABBREVIATIONS = frozenset(w for w in NAME_TITLES if w.endswith(".")) | frozenset({
    "lt.", "gen.", "col.", "maj.", "capt.", "sgt.", "adm.", "brig.", "cmdr.", "cpl.", "pvt.", "st.", "mt.",
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "hon.", "rev.", "jr.", "sr.", "no.",
})

# Lowercase particles inside a name: "Khalid el-Tayeb", "Sami bin Hassan", "Ursula von der Leyen".
NAME_PARTICLES = frozenset({
    "al", "el", "ul", "bin", "ibn", "bint", "ben", "abu", "abd", "de", "da", "das", "do", "dos", "du", "del",
    "della", "di", "van", "von", "der", "den", "ter", "la", "le", "y", "zu", "af", "bt",
})

# Role nouns a speaker may be called by after being named: "the judge said" after "Judge Mary Keller".
# A definite phrase of at most this many words ("the company", "the federal judge") looks back.
ROLE_PHRASE = re.compile(r"(?:the|The|this|This)(?:\s+[a-z][a-z-]*){1,3}")
ROLE_WINDOW = 90  # characters before or after a name that may hold its role noun
