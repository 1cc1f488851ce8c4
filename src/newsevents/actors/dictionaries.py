"""Readers for the PETRARCH dictionary formats: actors, agents, discards.

The formats, as the Phoenix and PETR.Validate files write them:

* Comments: a line starting with ``#`` or ``<!``, anything after ``#``, and
  ``<!-- ... -->`` (which may span lines). Blank lines are skipped.
* Actors: an entry starts with a name at the start of a line; ``+NAME`` lines add
  synonyms; ``[CODE]`` blocks, on the name line or on lines of their own, give
  codes. As in TABARI, name lines that follow each other before any code form one
  entry (``LEONID_BREZHNEV_`` / ``SECRETARY_BREZHNEV`` / ``[RUSGOV ...]``). Underscores stand for spaces, and a trailing ``_`` (TABARI's "whole
  word") is dropped. A code block may carry a date restriction: ``[RUSGOV >080508]``
  (from that day), ``[XXX <YYMMDD]`` (before that day), ``[USAGOV 090120-170120]``
  (both days included); dates are YYMMDD (00-30 are 20YY, as in KEDS/TABARI) or
  YYYYMMDD; as in PETRARCH a 7-digit date is read by its first 6 digits and a
  longer one by its first 8; a date with no ``<``/``>`` counts from that day.
  ``[---]`` means "known, do not code". Several blocks may share a line.
* Agents: ``PHRASE {PLURALS} [~CODE]`` (or ``[CODE~]`` for a code put before the
  actor's); ``!NAME! = A, B, C`` defines a substitution used as ``FOREIGN_!NAME!``;
  regular plurals are made unless ``{...}`` gives them (``{}``: none).
* Discards: one phrase a line; a leading ``+`` makes it drop the whole story.

Anything else is a syntax error: `DictionaryError` names the file and the line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterator

from ..errors import DictionaryError
from .records import ActorEntry, AgentEntry, DatedCode, Discard

_CODE = r"(?:[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*|-{3}|\+{3})"
_CODE_BLOCK = re.compile(
    rf"^\s*(?P<code>{_CODE})\s*"
    r"(?:(?P<op>[<>])\s*(?P<on>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+)|(?P<bare>\d+))?\s*$"
)
_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_AGENT_CODE = re.compile(r"^\[\s*(?P<pre>~?)\s*(?P<code>[A-Za-z0-9]+)\s*(?P<post>~?)\s*\]$")
_MARKER_DEF = re.compile(r"^!(?P<name>[A-Za-z0-9_]+)!\s*=\s*(?P<items>.+)$")
_MARKER = re.compile(r"!([A-Za-z0-9_]+)!")


# ---------------------------------------------------------------- reading lines

def read_text(path: Path | str) -> str:
    """The text of a dictionary file (UTF-8), or DictionaryError naming it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(f"cannot read the dictionary: {exc.strerror}", file=str(path)) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DictionaryError("not UTF-8 text", file=str(path), line=line) from exc


def content_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, content) for each line with content once comments are gone."""
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line, in_comment = _strip_xml_comment(raw, in_comment)
        line = line.split("#", 1)[0].strip()
        if line:
            yield number, line


def _strip_xml_comment(line: str, in_comment: bool) -> tuple[str, bool]:
    if in_comment:
        if "-->" not in line:
            return "", True
        line = line.split("-->", 1)[1]
    if line.lstrip().startswith("<!"):  # "<!-- ... -->", "<! -- ... -->", "<!-- (to a later line)"
        return "", "-->" not in line
    while "<!--" in line:
        before, _, after = line.partition("<!--")
        if "-->" not in after:
            return before, True
        line = before + after.split("-->", 1)[1]
    return line, False


# ---------------------------------------------------------------- dates and codes

def parse_date(digits: str, *, file: str, line: int) -> date:
    """A PETRARCH date: YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD."""
    if len(digits) < 6:
        raise DictionaryError(f"date {digits!r} is not YYMMDD or YYYYMMDD", file=file, line=line)
    if len(digits) <= 7:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    else:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DictionaryError(f"date {digits!r} is not a day: {exc}", file=file, line=line) from exc


def parse_code_block(inner: str, *, file: str, line: int) -> DatedCode:
    """The inside of one ``[...]`` block of an actor entry."""
    match = _CODE_BLOCK.match(inner)
    if not match:
        raise DictionaryError(f"bad code block [{inner}]", file=file, line=line)
    code = match["code"].upper()
    if match["op"] == "<":
        return DatedCode(code, None, parse_date(match["on"], file=file, line=line) - timedelta(days=1))
    if match["op"] == ">":
        return DatedCode(code, parse_date(match["on"], file=file, line=line), None)
    if match["bare"]:
        return DatedCode(code, parse_date(match["bare"], file=file, line=line), None)
    if match["start"]:
        start = parse_date(match["start"], file=file, line=line)
        end = parse_date(match["end"], file=file, line=line)
        if end < start:
            raise DictionaryError(f"date range [{inner}] ends before it starts", file=file, line=line)
        return DatedCode(code, start, end)
    return DatedCode(code)


def _split_blocks(text: str, *, file: str, line: int) -> tuple[str, list[str]]:
    """("NAME", ["CODE ...", ...]) from ``NAME [CODE ...] [CODE]``."""
    head, bracket, rest = text.partition("[")
    if not bracket:
        if "]" in head:
            raise DictionaryError("']' without '['", file=file, line=line)
        return head.strip(), []
    rest = "[" + rest
    blocks = _BLOCK.findall(rest)
    leftover = _BLOCK.sub("", rest).strip()
    if leftover:
        problem = "unclosed '['" if "[" in leftover else f"unexpected text {leftover!r} after a code"
        raise DictionaryError(problem, file=file, line=line)
    if "]" in head:
        raise DictionaryError("']' without '['", file=file, line=line)
    return head.strip(), blocks


def _name(raw: str, *, file: str, line: int) -> str:
    name = " ".join(raw.replace("_", " ").split())
    if not name or not any(c.isalnum() for c in name):
        raise DictionaryError(f"empty name {raw!r}", file=file, line=line)
    return name


# ---------------------------------------------------------------- actors

def parse_actors(text: str, *, source: str = "<string>", on_problem: OnProblem = None) -> list[ActorEntry]:
    """Every entry of an actor dictionary, in file order.

    A syntax error raises DictionaryError, unless `on_problem` is given: then it is
    handed the error and the line is left out (with a bad name line, its whole
    entry). The build script reads the Phoenix files that way and reports the count.
    """
    entries: list[ActorEntry] = []
    current: _Open | None = None
    for number, line in content_lines(text):
        try:
            names, codes = _actor_line(line, source, number, on_problem)
        except DictionaryError as exc:
            _report(exc, on_problem)
            if not line.startswith(("+", "[")):
                current = _flush(current, entries, source, _Open([], [], number, dead=True))
            continue
        continues = current is not None and (line.startswith(("+", "[")) or not current.codes)
        if continues:
            current.names.extend(names)
            current.codes.extend(codes)
        elif line.startswith(("+", "[")):
            _report(DictionaryError(f"{line[0]!r} line before any actor name", file=source, line=number), on_problem)
        else:
            current = _flush(current, entries, source, _Open(names, codes, number))
    _flush(current, entries, source, None)
    return entries


OnProblem = Callable[[DictionaryError], None] | None


@dataclass
class _Open:
    """The entry being read."""

    names: list[str]
    codes: list[DatedCode]
    line: int
    dead: bool = False


def _report(exc: DictionaryError, on_problem: OnProblem) -> None:
    if on_problem is None:
        raise exc
    on_problem(exc)


def _flush(current: _Open | None, entries: list[ActorEntry], source: str, new: _Open | None) -> _Open | None:
    if current is not None and not current.dead and current.names:
        names = tuple(dict.fromkeys(current.names))
        entries.append(ActorEntry(names, tuple(current.codes), source, current.line))
    return new


def _actor_line(line: str, file: str, number: int, on_problem: OnProblem) -> tuple[list[str], list[DatedCode]]:
    body = line[1:] if line.startswith("+") else line
    head, blocks = _split_blocks(body, file=file, line=number)
    names = [] if line.startswith("[") else [_name(head, file=file, line=number)]
    codes = []
    for block in blocks:
        try:
            codes.append(parse_code_block(block, file=file, line=number))
        except DictionaryError as exc:
            _report(exc, on_problem)
    return names, codes


def read_actors(path: Path | str, *, on_problem: OnProblem = None) -> list[ActorEntry]:
    return parse_actors(read_text(path), source=str(path), on_problem=on_problem)


# ---------------------------------------------------------------- agents

def parse_agents(text: str, *, source: str = "<string>", on_problem: OnProblem = None) -> list[AgentEntry]:
    """Every agent of an agents dictionary, with substitutions and plurals made."""
    markers: dict[str, list[str]] = {}
    agents: list[AgentEntry] = []
    for number, line in content_lines(text):
        definition = _MARKER_DEF.match(line)
        try:
            if definition and "[" not in line:
                markers[definition["name"].upper()] = _marker_items(definition["items"], source, number)
            else:
                agents.append(_agent(line, markers, source, number))
        except DictionaryError as exc:
            _report(exc, on_problem)
    return agents


def _marker_items(items: str, file: str, line: int) -> list[str]:
    values = [item.strip() for item in items.split(",") if item.strip()]
    if not values:
        raise DictionaryError("substitution marker with no values", file=file, line=line)
    return values


def _agent(line: str, markers: dict[str, list[str]], file: str, number: int) -> AgentEntry:
    phrase, bracket, code_part = line.partition("[")
    if not bracket:
        raise DictionaryError("agent without a [~CODE]", file=file, line=number)
    code = _AGENT_CODE.match("[" + code_part.strip())
    if not code or (code["pre"] and code["post"]):
        raise DictionaryError(f"bad agent code [{code_part.strip()}", file=file, line=number)
    phrase, plurals = _agent_plurals(phrase, file, number)
    forms = _substitute(phrase, markers, file, number)
    if not _MARKER.search(phrase):
        forms += plurals if plurals is not None else [_plural(phrase)]
    names = tuple(dict.fromkeys(_name(f, file=file, line=number) for f in forms))
    return AgentEntry(names, code["code"].upper(), bool(code["post"]), file, number)


def _agent_plurals(phrase: str, file: str, number: int) -> tuple[str, list[str] | None]:
    """("PHRASE", plurals given in {...} or None for regular ones)."""
    if "{" not in phrase:
        if "}" in phrase:
            raise DictionaryError("'}' without '{'", file=file, line=number)
        return phrase.strip(), None
    head, _, rest = phrase.partition("{")
    inside, closing, tail = rest.partition("}")
    if not closing or tail.strip():
        raise DictionaryError("missing '}' after the plurals", file=file, line=number)
    return head.strip(), inside.split()


def _substitute(phrase: str, markers: dict[str, list[str]], file: str, number: int) -> list[str]:
    found = _MARKER.search(phrase)
    if not found:
        if "!" in phrase:
            raise DictionaryError(f"unclosed substitution marker in {phrase!r}", file=file, line=number)
        return [phrase]
    name = found[1].upper()
    if name not in markers:
        raise DictionaryError(f"substitution marker !{found[1]}! is not defined", file=file, line=number)
    forms: list[str] = []
    for value in markers[name]:
        forms += _substitute(phrase[: found.start()] + value + phrase[found.end():], markers, file, number)
    return forms


def _plural(phrase: str) -> str:
    """The regular plural of the last word (PETRARCH's rule, with -ey -> -eys)."""
    stem = phrase.rstrip("_ ")
    upper = stem.upper()
    if upper.endswith("Y") and upper[-2:-1] not in tuple("AEIOU"):
        return stem[:-1] + ("IES" if stem[-1].isupper() else "ies")
    if upper.endswith(("S", "SH", "CH", "X", "Z")):
        return stem + ("ES" if stem[-1].isupper() else "es")
    return stem + ("S" if stem[-1].isupper() else "s")


def read_agents(path: Path | str, *, on_problem: OnProblem = None) -> list[AgentEntry]:
    return parse_agents(read_text(path), source=str(path), on_problem=on_problem)


# ---------------------------------------------------------------- discards

def parse_discards(text: str, *, source: str = "<string>", on_problem: OnProblem = None) -> list[Discard]:
    """Every phrase of a discards dictionary; ``+PHRASE`` drops the whole story."""
    discards = []
    for number, line in content_lines(text):
        story = line.startswith("+")
        phrase = line[1:] if story else line
        try:
            if "[" in phrase or "]" in phrase:
                raise DictionaryError("a discard takes no code", file=source, line=number)
            discards.append(Discard(_name(phrase, file=source, line=number), story, source, number))
        except DictionaryError as exc:
            _report(exc, on_problem)
    return discards


def read_discards(path: Path | str, *, on_problem: OnProblem = None) -> list[Discard]:
    return parse_discards(read_text(path), source=str(path), on_problem=on_problem)
