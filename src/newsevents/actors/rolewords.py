"""Role words kept as data (`data/actors/role_words.tsv`): role words, generic institutions and
the words that end an organisation's name, role words that inherit the role of the words before
them, titles one person holds, and the nouns that point back to an organisation named before.

    >>> words = role_words()
    >>> words.roles["agency"], "house of representatives" in words.institutions
    ('GOV', True)
    >>> words.org_heads["authority"]
    'GOV'
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..errors import DictionaryError
from .datafiles import DATA_DIR, ROLE_WORDS

KINDS = ("role", "institution", "org-head", "inheriting", "person-title", "back-reference")


@dataclass(frozen=True)
class RoleWords:
    roles: dict[str, str | None]  # phrase -> role (institutions included)
    institutions: frozenset[str]
    org_heads: dict[str, str | None]  # last word of an organisation's name -> its usual role
    inheriting: dict[str, str | None] = field(default_factory=dict)  # "adviser": the role of the words before, else this
    person_titles: frozenset[str] = frozenset()  # "judge": "the judge" points back to one person
    back_references: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "the bloc" -> roles its antecedent may have


@cache
def role_words() -> RoleWords:
    """The shipped table, read once per process."""
    return parse_role_words((DATA_DIR / ROLE_WORDS).read_text(encoding="utf-8"), source=ROLE_WORDS)


def parse_role_words(text: str, *, source: str) -> RoleWords:
    roles: dict[str, str | None] = {}
    institutions: set[str] = set()
    heads: dict[str, str | None] = {}
    inheriting: dict[str, str | None] = {}
    titles: set[str] = set()
    back: dict[str, tuple[str, ...]] = {}
    for number, phrase, role, kind in _rows(text, source):
        if kind in ("org-head", "inheriting", "back-reference"):
            table = {"org-head": heads, "inheriting": inheriting, "back-reference": back}[kind]
            table[phrase] = tuple(r for r in (role or "").split("|") if r) if kind == "back-reference" else role
            continue
        if kind == "person-title":
            titles.add(phrase)
            continue
        roles[phrase] = role
        if kind == "institution":
            institutions.add(phrase)
    return RoleWords(roles, frozenset(institutions), heads, inheriting, frozenset(titles), back)


def _rows(text: str, source: str):
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    for number, line in lines[1:]:  # the first is the header
        cells = line.split("\t")
        if len(cells) != 3 or cells[2] not in KINDS or not cells[0].strip():
            raise DictionaryError(f"a row needs phrase, role, kind ({' / '.join(KINDS)})", file=source, line=number)
        yield number, cells[0].strip().lower(), cells[1].strip() or None, cells[2]
