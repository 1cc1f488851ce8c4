"""Plain frozen records for the CAMEO verb dictionary and the CAMEO code tables.

A PETRARCH verb block and what it becomes::

    --- CANCEL [---] ---                 VerbEntry("CALL OFF", ("CALL OFF", "CALLS OFF", ...),
    +CALL_OFF [160]                                code="160", head=0, verb="CANCEL", ...)
    ABORT [160]                          VerbEntry("ABORT", ("ABORT", "ABORTS", ...), "160", ...)
    - * TALKS (WITH +) [164]             VerbPattern("CANCEL", ("*", "TALKS", "(", "WITH", "+", ")"),
                                                     "164", ...)

Codes stay strings as written: ``"042"``, ``"---"`` (known, but no event), and
TABARI's paired ``"042:043"`` (an event each way; either side may be empty).
"""
from __future__ import annotations

from dataclasses import dataclass

NULL_CODE = "---"
MARKERS = {"+": "target", "$": "source", "%": "both", "^": "skip"}  # actor slots in a pattern


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb (or multi-word verb) of a block: its lemma, every surface form, its code.

    `head` is the index of the word that inflects ("CALL OFF": 0, "RE ARREST": 1);
    `code` is the verb's own code, else its block's; `verb` names the block.
    """

    lemma: str
    forms: tuple[str, ...]
    code: str
    head: int
    verb: str
    source_file: str
    line: int


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A pattern of a verb block: tokens around the verb (``*``) and the code it gives.

    Tokens are upper-case words, the verb slot ``*``, actor slots (``+`` target,
    ``$`` source, ``%`` both, ``^`` skip), ``(``/``)`` around a prepositional phrase,
    ``{``/``}`` around a noun phrase (its last word is the head) and ``&NAME``
    synset references. Underscores join words as spaces do.
    """

    verb: str
    tokens: tuple[str, ...]
    code: str
    source_file: str
    line: int

    @property
    def before(self) -> tuple[str, ...]:
        return self.tokens[: self.tokens.index("*")]

    @property
    def after(self) -> tuple[str, ...]:
        return self.tokens[self.tokens.index("*") + 1:]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


@dataclass(frozen=True, slots=True)
class Synset:
    """A synonym set ``&NAME``: its phrases as written and every form they match.

    `forms` adds regular plurals unless the label or the phrase ended with ``_``,
    and expands nested ``&OTHER`` members.
    """

    name: str
    words: tuple[str, ...]
    forms: tuple[str, ...]
    source_file: str
    line: int


@dataclass(frozen=True, slots=True)
class Transformation:
    """A PETRARCH verb transformation: ``~ a (a b ATTACK) SAY = a b 015``, kept as text."""

    pattern: str
    result: str
    source_file: str
    line: int


@dataclass(frozen=True, slots=True)
class CameoInfo:
    """What GDELT users know about a CAMEO event code.

    `goldstein_from` says where the Goldstein value came from: ``"code"`` (the
    table has the code), ``"base"`` or ``"root"`` (the table lacks it; the value of
    its three-digit base code or of its root is used). `plover_from` is
    ``"CAMEO2PLOVER-2021"`` or ``"newsevents"`` for codes the crosswalk leaves out
    (roots 01 and 02), and None when PLOVER has no event for the code.
    """

    code: str
    name: str
    root: str
    root_name: str
    quad_class: int
    goldstein: float
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None
    goldstein_from: str = "code"
    plover_from: str | None = "CAMEO2PLOVER-2021"

    @property
    def base(self) -> str:
        """The three-digit base code ("0211" -> "021"; a root gives itself)."""
        return self.code[:3]
