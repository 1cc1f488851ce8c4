"""Reader for the PETRARCH verb dictionary format (CAMEO.2.0.txt, PETR.Validate.verbs.txt).

The format, as PETRARCH's ``read_verb_dictionary`` documents it and the files use it:

* Comments: ``#`` at the start of a line or after a space, ``]`` or ``}`` (so a
  ``[###]`` code survives), ``;`` anywhere (TABARI's ``;shan 8/30/93``),
  ``<!-- ... -->`` (which may span lines); blank lines.
* Synsets: ``&NAME`` then ``+PHRASE`` lines. Underscores and spaces both join words;
  regular plurals are made unless the label or the phrase ends with ``_``; a member
  may be another synset (``+&TIETYPES``). Synsets may be defined after their use.
* Verb blocks: ``--- NAME [CODE] ---`` (no code: ``---``, no event), then verbs,
  one a line: ``VERB {IRREGULAR FORMS} [CODE]``. Without ``{...}`` the regular
  forms (-S, -ED, -ING) are made; with it, the braces list every form. A multi-word
  verb joins its words with ``_`` (or spaces: ``LASH OUT``) and marks the word that
  inflects with ``+`` (default: the first): ``+CALL_OFF``, ``RE_+ARREST``,
  ``+SHUT_DOWN {+SHUTS_DOWN +SHUTTING_DOWN}``. A header's code ends with ``---``
  (``--- DELAY [120]--- ---`` is read too).
* Patterns: ``- WORDS * WORDS [CODE]``; ``*`` is the verb; ``+``/``$``/``%``/``^``
  are target/source/both/skip slots; ``(PREP ...)`` a prepositional phrase,
  ``{... HEAD}`` a noun phrase; ``&NAME`` a synset. A pattern naming an undefined
  synset is dropped, as PETRARCH drops it, and listed in `VerbFile.warnings`.
* Transformations: ``~ a (a b ATTACK) SAY = a b 015`` (kept as text).

Anything else is a syntax error: `DictionaryError` names the file and the line.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..actors.dictionaries import read_text
from ..errors import DictionaryError
from .records import NULL_CODE, Synset, Transformation, VerbEntry, VerbPattern

_CODE = re.compile(r"^(?:-{3}|\+{3}|#{3}|[0-9A-Za-z]*[!?]?(?::[0-9A-Za-z]*[!?]?)?)$")
_HEADER = re.compile(r"^---\s*(?P<name>[^\[\]]*?)\s*(?P<codes>(?:\[[^\[\]]*\]\s*)*)(?:---\s*)*$")
_VERB = re.compile(r"^(?P<lemma>[^{}\[\]]+?)\s*(?:\{(?P<forms>[^{}\[\]]*)\})?\s*(?:\[(?P<code>[^\[\]]*)\])?$")
_SYNSET = re.compile(r"^&(?P<name>[A-Za-z0-9_'-]+)$")
_PATTERN_CODE = re.compile(r"\[(?P<code>[^\[\]]*)\]\s*$")
_TOKEN = re.compile(r"&[A-Za-z0-9_'-]+|[{}()*+$%^]|[^\s_{}()*+$%^&]+")
_COMMENT = re.compile(r"(?:^|(?<=[\s\]}]))#|;")
_VOWELS = frozenset("AEIOU")
OnProblem = Callable[[DictionaryError], None] | None


@dataclass
class VerbFile:
    """Everything one verb dictionary file defines, in file order."""

    source: str
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)
    synsets: dict[str, Synset] = field(default_factory=dict)
    transformations: list[Transformation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "file:line: message"


def read_verbs(path: Path | str, *, on_problem: OnProblem = None,
               known: Mapping[str, Synset] | None = None) -> VerbFile:
    return parse_verbs(read_text(path), source=str(path), on_problem=on_problem, known=known)


def parse_verbs(text: str, *, source: str = "<string>", on_problem: OnProblem = None,
                known: Mapping[str, Synset] | None = None) -> VerbFile:
    """Read a PETRARCH verb dictionary; a syntax error raises DictionaryError.

    With `on_problem`, a bad line is handed to it and left out instead (a bad block
    header: the whole block). The build script reads CAMEO.2.0.txt that way. `known` are
    the synsets of the files read before this one, which its patterns may use ("&MILITARY"
    of CAMEO.2.0 in a file of patterns added to it).
    """
    reader = _Reader(source, known or {})
    for number, line in _content_lines(text):
        try:
            reader.read(number, line)
        except DictionaryError as exc:
            if on_problem is None:
                raise
            on_problem(exc)
            reader.dead = reader.dead or line.startswith("---")
    return reader.finish()


# ---------------------------------------------------------------- lines and comments

def _content_lines(text: str):
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line, in_comment = _strip_xml(raw, in_comment)
        found = _COMMENT.search(line)
        line = (line[: found.start()] if found else line).strip()
        if line:
            yield number, line


def _strip_xml(line: str, in_comment: bool) -> tuple[str, bool]:
    if in_comment:
        if "-->" not in line:
            return "", True
        line = line.split("-->", 1)[1]
    while "<!" in line:
        before, _, after = line.partition("<!")
        if "-->" not in after:
            return before, True
        line = before + after.split("-->", 1)[1]
    return line, False


# ---------------------------------------------------------------- the reader

class _Reader:
    """A small state machine: outside, in a synset, in a verb block."""

    def __init__(self, source: str, known: Mapping[str, Synset]):
        self.file = VerbFile(source)
        self.source = source
        self.known = known  # synsets of earlier files
        self.block: tuple[str, str] | None = None  # (name, code)
        self.synset: str | None = None  # the synset being read
        self.members: dict[str, list[tuple[str, int]]] = {}
        self.labels: dict[str, tuple[bool, int]] = {}  # name -> (make plurals, line)
        self.raw_patterns: list[tuple[str, str, str, int]] = []  # (verb, body, code, line)
        self.dead = False  # in a block whose header was refused: skip to the next one

    def error(self, message: str, line: int) -> DictionaryError:
        return DictionaryError(message, file=self.source, line=line)

    def read(self, number: int, line: str) -> None:
        if line.startswith("---"):
            self.dead = False
            self._header(number, line)
        elif self.dead and not line.startswith(("&", "~")):
            return
        elif line.startswith("-"):
            self._pattern(number, line[1:].strip())
        elif line.startswith("&"):
            self._synset(number, line)
        elif line.startswith("+") and self.synset is not None:
            self._member(number, line[1:].strip())
        elif line.startswith("~"):
            self._transformation(number, line[1:].strip())
        elif self.block is not None and (line[0].isalnum() or line[0] == "+"):
            self.file.verbs.append(self._verb(number, line))
        else:
            raise self.error(f"cannot read {line!r} here (outside a verb block or synset)", number)

    def _header(self, number: int, line: str) -> None:
        match = _HEADER.match(line)
        if not match or not match["name"]:
            raise self.error(f"bad verb block header {line!r}: want '--- NAME [CODE] ---'", number)
        codes = re.findall(r"\[([^\[\]]*)\]", match["codes"])
        code = self._code(codes[0].strip(), number) if codes else NULL_CODE
        self.block, self.synset = (" ".join(match["name"].replace("_", " ").split()), code), None

    def _code(self, code: str, number: int) -> str:
        if not code or code == ":" or not _CODE.match(code):
            raise self.error(f"bad code [{code}]", number)
        return code

    def _synset(self, number: int, line: str) -> None:
        match = _SYNSET.match(line)
        if not match:
            raise self.error(f"bad synset label {line!r}", number)
        raw = match["name"].upper()
        name = raw.rstrip("_")
        if name in self.members:
            raise self.error(f"synset &{name} is defined twice", number)
        self.synset, self.block, self.dead = name, None, False
        self.members[name] = []
        self.labels[name] = (not raw.endswith("_"), number)

    def _member(self, number: int, phrase: str) -> None:
        if not phrase or any(c in phrase for c in "{}[]()*$%^"):
            raise self.error(f"bad synset member {phrase!r}", number)
        self.members[self.synset].append((phrase.upper(), number))

    def _transformation(self, number: int, body: str) -> None:
        pattern, equals, result = body.partition("=")
        if not equals or not pattern.strip() or not result.strip():
            raise self.error("a transformation needs 'PATTERN = RESULT'", number)
        self.file.transformations.append(Transformation(pattern.strip(), result.strip(), self.source, number))

    def _pattern(self, number: int, body: str) -> None:
        if self.block is None:
            raise self.error("pattern before any verb block", number)
        found = _PATTERN_CODE.search(body)
        if not found:
            raise self.error("pattern without a [code] at its end", number)
        code = self._code(found["code"].strip(), number)
        words = body[: found.start()]
        if "[" in words or "]" in words:
            raise self.error("stray '[' or ']' in a pattern", number)
        if words.count("*") != 1:
            raise self.error(f"a pattern needs exactly one '*' for the verb, found {words.count('*')}", number)
        _check_brackets(words, self.error, number)
        self.raw_patterns.append((self.block[0], words, code, number))

    def _verb(self, number: int, line: str) -> VerbEntry:
        match = _VERB.match(line)
        if not match:
            raise self.error(f"bad verb line {line!r}: want 'VERB {{FORMS}} [CODE]'", number)
        words, head = _multiword("_".join(match["lemma"].upper().split()), self.error, number)
        code = self._code(match["code"].strip(), number) if match["code"] is not None else self.block[1]
        if match["forms"] is not None:
            given = [_multiword(f.upper(), self.error, number)[0] for f in match["forms"].split()]
            forms = [" ".join(words)] + [" ".join(f) for f in given]
        else:
            forms = [" ".join(words[:head] + [f] + words[head + 1:]) for f in verb_forms(words[head])]
        return VerbEntry(" ".join(words), tuple(dict.fromkeys(forms)), code, head, self.block[0], self.source, number)

    def finish(self) -> VerbFile:
        for name, members in self.members.items():
            self.file.synsets[name] = self._make_synset(name, members, ())
        for verb, words, code, number in self.raw_patterns:
            try:
                tokens = self._tokens(words)
            except _Undefined as exc:
                self.file.warnings.append(f"{self.source}:{number}: synset &{exc} is not defined; pattern dropped")
                continue
            self.file.patterns.append(VerbPattern(verb, tokens, code, self.source, number))
        return self.file

    # ------------------------------------------------------------ synsets and tokens

    def _make_synset(self, name: str, members: list[tuple[str, int]], seen: tuple[str, ...]) -> Synset:
        if name in seen:
            raise self.error(f"synset &{name} contains itself", members[0][1] if members else None)
        plurals, line = self.labels[name]
        words, forms = [], []
        for phrase, number in members:
            if phrase.startswith("&"):
                inner = phrase[1:].rstrip("_")
                if inner not in self.members and inner in self.known:
                    forms += self.known[inner].forms
                    words.append("&" + inner)
                    continue
                if inner not in self.members:
                    raise self.error(f"synset &{inner} is not defined", number)
                forms += self._make_synset(inner, self.members[inner], seen + (name,)).forms
                words.append("&" + inner)
                continue
            text = " ".join(phrase.replace("_", " ").split())
            words.append(text)
            forms.append(text)
            if plurals and not phrase.endswith("_"):
                forms.append(plural(text))
        return Synset(name, tuple(words), tuple(dict.fromkeys(forms)), self.source, line)

    def _tokens(self, words: str) -> tuple[str, ...]:
        tokens: list[str] = []
        for token in _TOKEN.findall(words):
            if token.startswith("&"):
                tokens += self._reference(token[1:].upper())
            else:
                tokens.append(token.upper())
        return tuple(tokens)

    def _reference(self, raw: str) -> list[str]:
        """``TIETYPES_RELATIONS`` -> ["&TIETYPES", "RELATIONS"]: the longest defined name."""
        parts = raw.rstrip("_").split("_")
        for cut in range(len(parts), 0, -1):
            name = "_".join(parts[:cut])
            if name in self.members or name in self.known:
                return ["&" + name] + [p for p in parts[cut:] if p]
        raise _Undefined(raw.rstrip("_"))


class _Undefined(Exception):
    """A pattern names a synset no file line defines."""


def _check_brackets(words: str, error, number: int) -> None:
    stack: list[str] = []
    for char in words:
        if char in "({":
            if char in stack:
                raise error(f"nested '{char}' in a pattern", number)
            stack.append(char)
        elif char in ")}":
            if not stack or stack.pop() != {")": "(", "}": "{"}[char]:
                raise error(f"unbalanced '{char}' in a pattern", number)
    if stack:
        raise error(f"unclosed '{stack[-1]}' in a pattern", number)


def _multiword(raw: str, error, number: int) -> tuple[list[str], int]:
    """``RE_+ARREST`` -> (["RE", "ARREST"], 1): the words and the one that inflects."""
    words = [w for w in raw.split("_") if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if len(marked) > 1 or not words or any("+" in w[1:] for w in words):
        raise error(f"bad verb {raw!r}: mark at most one word with '+'", number)
    words = [w.lstrip("+") for w in words]
    if not all(words):
        raise error(f"bad verb {raw!r}", number)
    return words, marked[0] if marked else 0


# ---------------------------------------------------------------- English forms

def verb_forms(verb: str) -> list[str]:
    """The verb and its regular forms: GRANT -> GRANT, GRANTS, GRANTED, GRANTING."""
    upper = verb.upper()
    consonant_y = upper.endswith("Y") and upper[-2:-1] not in _VOWELS
    if upper.endswith(("S", "X", "Z", "CH", "SH")):
        third = verb + "ES"
    else:
        third = verb[:-1] + "IES" if consonant_y else verb + "S"
    if upper.endswith("E"):
        past = verb + "D"
    else:
        past = verb[:-1] + "IED" if consonant_y else verb + "ED"
    drop_e = upper.endswith("E") and not upper.endswith(("EE", "YE", "OE")) and len(upper) > 2
    return [verb, third, past, (verb[:-1] if drop_e else verb) + "ING"]


def plural(phrase: str) -> str:
    """The regular plural of a phrase's last word; one ending in a single -S is taken
    as plural already (DOLLARS stays DOLLARS, not PETRARCH's DOLLARSES)."""
    upper = phrase.upper()
    if upper.endswith("S") and not upper.endswith("SS"):
        return phrase
    if upper.endswith("Y") and upper[-2:-1] not in _VOWELS:
        return phrase[:-1] + "IES"
    if upper.endswith(("S", "SH", "CH", "X", "Z")):
        return phrase + "ES"
    return phrase + "S"
