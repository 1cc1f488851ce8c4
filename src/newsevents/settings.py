"""One settings object. Defaults < configuration file < environment < flags.

Configuration file: `newsevents.toml` in the working directory, or the file named by
`NEWSEVENTS_CONFIG`; keys are the field names below, at top level.
Environment: `NEWSEVENTS_<FIELD>` in capitals, e.g. `NEWSEVENTS_DB=/data/news.db`.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from .errors import SettingsError


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "newsevents.db"  # the SQLite file
    workers: int = 1  # worker processes for ingest
    batch_size: int = 16  # raw documents per batch handed to a worker
    model: str = "default"  # spaCy pipeline: "default" (shipped), "none", or an installed name/path
    timeout: float = 20.0  # seconds per HTTP request
    retries: int = 2  # HTTP retries after the first try
    user_agent: str = "newsevents/0.1 (+offline news event coder)"
    near_duplicate_bits: int = 3  # simhash Hamming distance that still counts as a near-duplicate
    # User PETRARCH dictionaries for the coder, read after the shipped ones (paths joined by
    # os.pathsep; a list in the settings file): actors, agents, verbs, discards.
    actors: str = ""
    agents: str = ""
    verbs: str = ""
    discards: str = ""

    def dictionary_paths(self) -> dict[str, tuple[str, ...]]:
        """The user dictionaries by kind, as `Coder.load` takes them."""
        return {kind: tuple(p for p in getattr(self, kind).split(os.pathsep) if p)
                for kind in DICTIONARY_KINDS}


DICTIONARY_KINDS = ("actors", "agents", "verbs", "discards")


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _coerce(name: str, value: Any) -> Any:
    kind = type(getattr(Settings(), name))
    if name in DICTIONARY_KINDS and isinstance(value, (list, tuple)):  # a TOML list, or repeated flags
        return os.pathsep.join(str(v) for v in value)
    try:
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name!r} expects {kind.__name__}, got {value!r}") from exc


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"cannot read settings: {exc}", input=str(path)) from exc
    unknown = set(data) - set(_FIELDS)
    if unknown:
        raise SettingsError(f"unknown settings: {', '.join(sorted(unknown))}", input=str(path))
    return data


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    return {n: env[f"NEWSEVENTS_{n.upper()}"] for n in _FIELDS if f"NEWSEVENTS_{n.upper()}" in env}


def load_settings(overrides: Mapping[str, Any] | None = None, *, env: Mapping[str, str] | None = None,
                  cwd: Path | None = None) -> Settings:
    """Settings from defaults, the file, the environment and `overrides` (flags), in that order."""
    env = os.environ if env is None else env
    config = Path(env["NEWSEVENTS_CONFIG"]) if "NEWSEVENTS_CONFIG" in env else (cwd or Path.cwd()) / "newsevents.toml"
    values: dict[str, Any] = {}
    if config.exists() or "NEWSEVENTS_CONFIG" in env:
        values.update(_from_file(config))
    values.update(_from_env(env))
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return Settings(**{k: _coerce(k, v) for k, v in values.items()})
