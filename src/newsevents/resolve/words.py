"""The role words the context rules read: `lang.en.actors` merged with `data/actors/role_words.tsv`."""
from __future__ import annotations

from ..actors.rolewords import role_words
from ..lang.en.actors import INHERITING, INSTITUTIONS as _INSTITUTIONS, ROLES as _ROLES

_DATA = role_words()

ROLES: dict[str, str | None] = {**_DATA.roles, **_ROLES}  # the hand-written constants win
INSTITUTIONS: frozenset[str] = _INSTITUTIONS | _DATA.institutions
ORG_HEADS: dict[str, str | None] = _DATA.org_heads

__all__ = ["ROLES", "INSTITUTIONS", "INHERITING", "ORG_HEADS"]
