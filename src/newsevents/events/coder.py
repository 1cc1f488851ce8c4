"""The coder's dictionaries: actors (with agents and discards) and CAMEO verbs.

    Coder.load()                                    shipped actors + CAMEO.2.0 verbs + our patterns
    Coder.load(actors=["my.actors.txt"])            user files on top of the shipped data
    Coder.load(actors=..., agents=..., verbs=..., discards=..., base=False)   user files only

Each argument takes a path or a list of paths in the PETRARCH formats; a file with a
syntax error raises `DictionaryError` naming the file and the line.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..actors import ActorDictionary, load_actor_dictionary, normalise, read_agents, read_discards
from ..actors.dictionaries import read_text
from ..cameo import VerbDictionary, load_verb_dictionary
from ..cameo.dictionary import DATA_DIR, merge, read_in_order
from ..cameo.verbs import parse_verbs

OUR_VERBS = DATA_DIR / "newsevents_verbs.txt"  # verbs and patterns CAMEO.2.0 lacks
Paths = Path | str | Iterable[Path | str] | None


@dataclass(frozen=True, eq=False)
class Coder:
    """Dictionaries for coding events.

    `entity_actors`: trust actors the resolve stage set on entities (the shipped data only).
    `require_dyad`: an event needs a source and a target, as PETRARCH's default; False also
    gives events whose target is unknown (`actor2` None).
    `intent_codes`: a cooperative act announced for later ("will support", "is willing to
    send") is coded as intent (root 03, `intent.intent_code`), as the CAMEO codebook asks; with
    user dictionaries only (`base=False`) the verb dictionary alone decides, as in PETRARCH.
    `event_nouns`: a light verb takes the code of its event noun ("held talks", `nouns`); with
    user dictionaries only, off as well.
    `strict_verbs`: a verb too general to code alone ("led", "faced", `vague`) needs a pattern, an
    event noun or a frame to give an event; with user dictionaries only, every listed verb codes.
    """

    actors: ActorDictionary
    verbs: VerbDictionary
    entity_actors: bool = True
    require_dyad: bool = True
    intent_codes: bool = True
    event_nouns: bool = True
    strict_verbs: bool = True

    @classmethod
    def load(cls, *, actors: Paths = None, agents: Paths = None, verbs: Paths = None, discards: Paths = None,
             base: bool = True, require_dyad: bool = True) -> "Coder":
        actor_paths, agent_paths, verb_paths, discard_paths = map(_paths, (actors, agents, verbs, discards))
        if base and not (actor_paths or agent_paths or verb_paths or discard_paths):
            return default_coder() if require_dyad else dataclasses.replace(default_coder(), require_dyad=False)
        dictionary = load_actor_dictionary(actor_paths, base=base)
        if agent_paths or discard_paths:
            dictionary = _with(dictionary, agent_paths, discard_paths)
        return cls(dictionary, _verbs(tuple(verb_paths), base=base), entity_actors=base, require_dyad=require_dyad,
                   intent_codes=base, event_nouns=base, strict_verbs=base)


def coder_for(settings: Any) -> Coder:
    """The coder the settings ask for: the shipped one, or it with the user's dictionaries
    (`Settings.actors`, `agents`, `verbs`, `discards`), loaded once per process."""
    paths = settings.dictionary_paths()
    return _user_coder(tuple(paths.items())) if any(paths.values()) else default_coder()


@lru_cache(maxsize=4)
def _user_coder(paths: tuple[tuple[str, tuple[str, ...]], ...]) -> Coder:
    return Coder.load(**{kind: list(files) for kind, files in paths})


@lru_cache(maxsize=1)
def default_coder() -> Coder:
    return Coder(load_actor_dictionary(), _verbs((), base=True), entity_actors=True)


def _paths(value: Paths) -> list[Path]:
    if value is None:
        return []
    if isinstance(value, (str, Path)):
        return [Path(value)]
    return [Path(v) for v in value]


def _with(dictionary: ActorDictionary, agents: list[Path], discards: list[Path]) -> ActorDictionary:
    """The dictionary with agents and discards read from files of any name."""
    new_agents = dict(dictionary.agents)
    for path in agents:
        for agent in read_agents(path):
            new_agents.update((k, agent) for k in map(normalise, agent.names) if k)
    new_discards = dict(dictionary.discards)
    for path in discards:
        new_discards.update((normalise(d.phrase), d) for d in read_discards(path))
    return dataclasses.replace(dictionary, agents=new_agents, discards=new_discards)


@lru_cache(maxsize=8)
def _our_verbs():
    """The shipped verb file, its patterns named by file name ("newsevents_verbs.txt:19", as
    CAMEO.2.0's are), not by where the package happens to be installed."""
    return parse_verbs(read_text(OUR_VERBS), source=OUR_VERBS.name, known=load_verb_dictionary().synsets)


def _verbs(paths: tuple[Path, ...], *, base: bool) -> VerbDictionary:
    if not base:
        return merge(read_in_order(paths))
    shipped = load_verb_dictionary()
    ours = [_our_verbs()] if OUR_VERBS.exists() else []
    files = read_in_order(paths, known={**shipped.synsets, **(ours[0].synsets if ours else {})})
    extra = merge(ours + files)
    return VerbDictionary(
        verbs=shipped.verbs + extra.verbs,
        patterns=shipped.patterns + extra.patterns,
        synsets={**shipped.synsets, **extra.synsets},
        transformations=shipped.transformations + extra.transformations,
        sources=shipped.sources + extra.sources,
        warnings=shipped.warnings + extra.warnings,
    )
