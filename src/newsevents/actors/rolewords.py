"""Role words kept as data (`data/actors/role_words.tsv`): role words, generic institutions and
the words that end an organisation's name.

    >>> words = role_words()
    >>> words.roles["agency"], "house of representatives" in words.institutions
    ('GOV', True)
    >>> words.org_heads["authority"]
    'GOV'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import DictionaryError
from .datafiles import DATA_DIR, ROLE_WORDS

KINDS = ("role", "institution", "org-head")


@dataclass(frozen=True)
class RoleWords:
    roles: dict[str, str | None]  # phrase -> role (institutions included)
    institutions: frozenset[str]
    org_heads: dict[str, str | None]  # last word of an organisation's name -> its usual role


@cache
def role_words() -> RoleWords:
    """The shipped table, read once per process."""
    return parse_role_words((DATA_DIR / ROLE_WORDS).read_text(encoding="utf-8"), source=ROLE_WORDS)


def parse_role_words(text: str, *, source: str) -> RoleWords:
    roles: dict[str, str | None] = {}
    institutions: set[str] = set()
    heads: dict[str, str | None] = {}
    for number, phrase, role, kind in _rows(text, source):
        if kind == "org-head":
            heads[phrase] = role
            continue
        roles[phrase] = role
        if kind == "institution":
            institutions.add(phrase)
    return RoleWords(roles, frozenset(institutions), heads)


def _rows(text: str, source: str):
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    for number, line in lines[1:]:  # the first is the header
        cells = line.split("\t")
        if len(cells) != 3 or cells[2] not in KINDS or not cells[0].strip():
            raise DictionaryError(f"a row needs phrase, role, kind ({' / '.join(KINDS)})", file=source, line=number)
        yield number, cells[0].strip().lower(), cells[1].strip() or None, cells[2]
