"""Where the shipped actor data lives: `newsevents/data/actors/`.

`scripts/build_actor_data.py` writes the PHOENIX_* files from the Phoenix
dictionaries; COUNTRIES, OFFICEHOLDERS and ROLE_WORDS (TSV) and GROUPS, COMPANIES and
AGENTS (PETRARCH formats) are written by hand.
"""
from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
PHOENIX_ACTORS = "phoenix_actors.tsv.gz"
PHOENIX_AGENTS = "phoenix_agents.tsv"
PHOENIX_DISCARDS = "phoenix_discards.tsv"
COUNTRIES = "countries.tsv"
OFFICEHOLDERS = "officeholders_2015_2026.tsv"
GROUPS = "groups_2015_2026.actors.txt"
COMPANIES = "companies.actors.txt"
ROLE_WORDS = "role_words.tsv"
AGENTS = "newsevents.agents.txt"
