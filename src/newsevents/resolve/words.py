"""The role words the context rules read: `lang.en.actors` merged with `data/actors/role_words.tsv`."""
from __future__ import annotations

from ..actors.rolewords import role_words
from ..lang.en.actors import INHERITING as _INHERITING, INSTITUTIONS as _INSTITUTIONS, PERSON_TITLES as _TITLES
from ..lang.en.actors import ROLES as _ROLES

_DATA = role_words()

ROLES: dict[str, str | None] = {**_DATA.roles, **_ROLES}  # the hand-written constants win
INSTITUTIONS: frozenset[str] = _INSTITUTIONS | _DATA.institutions
ORG_HEADS: dict[str, str | None] = _DATA.org_heads
INHERITING: dict[str, str | None] = {**_DATA.inheriting, **_INHERITING}
PERSON_TITLES: frozenset[str] = frozenset(_TITLES) | _DATA.person_titles
BACK_REFERENCES: dict[str, tuple[str, ...]] = _DATA.back_references  # "the bloc" -> IGO

__all__ = ["ROLES", "INSTITUTIONS", "INHERITING", "ORG_HEADS", "PERSON_TITLES", "BACK_REFERENCES"]
