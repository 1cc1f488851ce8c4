"""Indirect speech: "X said (that) …", "…, X said", "X told reporters …", "according to X, …".

The reported clause is the speech verb's clausal complement in the parse (UD `ccomp`, also when the
parse hangs it on the addressee: "told reporters the accusations were …"), else a `that` clause
after the verb's object or adverbial ("told reporters after the meeting that …"). A clause before
the verb ("Heavy rain swelled rivers …, the agency said"; "…, Secretary General Jane Roe said on
Thursday") runs from the sentence's start to the comma before the speaker, the speaker read from
the surface: a subject, a name with its apposition, or a name after the verb ("…, said Jane Roe").
A clause never ends inside quote marks: a quoted fragment belongs to it whole. "according to" is
read from the surface: the rest of the sentence is the clause.
"""
from __future__ import annotations

import re

from ..lang.en.quotes import ACCORDING_TO, CITED_SOURCES
from ..records import Token
from .context import Context, sentence_ends, speech_lemma
from .direct import Found
from .speakers import TRIM, mention_in, subject

MIN_WORDS = 3
EDGE = " ,;:.—–-"
CLOSING = "\"'”’»›“"
LEADING_TIME = re.compile(r"(?:(?:late |early |earlier |later )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                          r"Saturday|Sunday)|on \w+ \d{1,2}|earlier|later|yesterday|today),?\s+(?:that\s+)?")
ADDRESSEES = ("obj", "iobj", "obl")  # `told [reporters] the …`, `said [after the meeting] that …`
SPEAKER_MAX_WORDS = 8
QUESTION_MARKS = ("whether", "if", "why", "how", "when", "what", "who")  # `would not say whether …`
PHRASE_OPENERS = ("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM")  # how a speaker phrase may begin
DETERMINERS = ("a", "an", "the", "its", "his", "her", "their", "our")  # `…, the central bank's governor, Peter Vance, said`
TRAILING_VERB_TAGS = ("VBN", "VBG")  # `said in a statement [released] on Friday`


def indirect(ctx: Context, quoted: list[tuple[int, int]]) -> list[Found]:
    """Every reported clause outside quote marks, with its speaker and cue."""
    found = []
    for verb in ctx.tokens:
        if verb.pos != "VERB" or _inside(verb.start, quoted) or not speech_lemma(verb):
            continue
        got = _after(ctx, verb, quoted) or _before(ctx, verb, quoted)
        if got:
            (start, end), speaker = got
            found.append(Found(start, end, "indirect", speaker, speech_lemma(verb)))
    return found + _according_to(ctx, quoted)


def _inside(at: int, quoted: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in quoted)


# --- the clause after the verb ----------------------------------------------------------------

def _after(ctx: Context, verb: Token, quoted: list[tuple[int, int]]):
    """`X said (that) CLAUSE`, `X told reporters CLAUSE`, `X told reporters after … that CLAUSE`."""
    if ctx.kids(verb.i, "advmod") and any(k.text.lower() in ("not", "n't", "never") for k in ctx.kids(verb.i, "advmod")):
        return None  # `did not say that …`: nothing was said
    clause = _complement(ctx, verb) or _that_clause(ctx, verb)
    if clause is None:
        return None
    clause = _edges(ctx, clause[0], _to_end(ctx, verb, _close_quotes(clause[1], quoted)))
    if not clause or not _worth(ctx, clause, quoted):
        return None
    span = subject(ctx, verb)
    if span:
        return clause, mention_in(ctx, *span)
    start, _ = _text_sentence(ctx, verb)  # no subject in the parse: the phrase before the verb
    comma = _speaker_start(ctx, verb, start, quoted)
    return clause, mention_in(ctx, start if comma is None else comma + 1, verb.start)


def _complement(ctx: Context, verb: Token) -> tuple[int, int] | None:
    comps = [c for c in ctx.kids(verb.i, "ccomp") if c.i > verb.i]
    for addressee in ctx.kids(verb.i, *ADDRESSEES):
        comps += [c for c in ctx.kids(addressee.i, "ccomp") if c.i > verb.i] if addressee.i > verb.i else []
    if not comps:
        return None
    ids = [i for i in ctx.subtree(comps[0].i) if i > verb.i]
    if ids and any(verb.i < x.i < ids[0] for x in ctx.kids(verb.i, "xcomp")):
        return None  # `agreed [to reopen the crossing, which ...] left 14 dead`: the parse's stray clause
    if ids and ctx.tokens[ids[0]].text.lower() in QUESTION_MARKS:
        return None  # `declined to say whether …`: a question, not a statement
    ids = [i for i in ids if not (i == ids[0] and ctx.tokens[i].dep == "mark")]
    return (ctx.tokens[ids[0]].start, ctx.tokens[ids[-1]].end) if ids else None


def _to_end(ctx: Context, verb: Token, end: int) -> int:
    """A clause the parse cut short runs on to the sentence's end when nothing starts a new clause:
    `that the ships had "deliberately" [rammed a Chinese vessel]`; a clause is cut at `, but …`."""
    _, stop = _text_sentence(ctx, verb)
    stop = max(end, stop - 1 if ctx.text[stop - 1:stop] in ".!?…" else stop)
    rest = [t for t in ctx.tokens_in(end, stop) if t.start >= end]
    if rest and not any(t.text in (",", ";", ":", "(", "—", "–") or t.pos == "CCONJ" for t in rest):
        return rest[-1].end
    cut = re.search(r",\s+but\s+(?!that\b)", ctx.text[verb.end:end])
    return verb.end + cut.start() if cut else end


def _that_clause(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """`that` after the verb's addressee or adverbial, opening a clause (not `a meeting that lasted`)."""
    sentence = _sentence_tokens(ctx, verb)
    after = [t for t in sentence if t.i > verb.i]
    for n, t in enumerate(after):
        if t.pos in ("VERB", "AUX", "CCONJ") or t.text in (",", ";", ":"):
            return None  # another verb comes first: no clause of this one
        if t.text.lower() == "that" and n + 1 < len(after) and after[n + 1].pos not in ("VERB", "AUX"):
            head = ctx.tokens[t.head]
            if head.i > t.i and head.pos in ("VERB", "AUX", "ADJ", "NOUN"):
                ids = [i for i in ctx.subtree(head.i) if i > t.i]
                return ctx.tokens[ids[0]].start, ctx.tokens[ids[-1]].end
    return None


# --- the clause before the verb ---------------------------------------------------------------

def _before(ctx: Context, verb: Token, quoted: list[tuple[int, int]]):
    """`CLAUSE, SPEAKER said [on Thursday].` or `CLAUSE, said SPEAKER.`: the speaker ends the sentence."""
    start, end = _text_sentence(ctx, verb)
    if any(_finite(t) for t in _to_comma(ctx, verb, end)) or any(c.i > verb.i for c in ctx.kids(verb.i, "ccomp")):
        return None  # the verb has a clause of its own after it
    if any(c.i > verb.i and c.tag in ("NN", "CD") for c in ctx.kids(verb.i, "obj")):
        return None  # `reported [no link]`, `recalled [the ambassador]`: a thing, not an addressee
    comma = _speaker_start(ctx, verb, start, quoted)
    speaker = mention_in(ctx, comma + 1, verb.start) if comma is not None else None
    head_text = ctx.text[start:verb.start].rstrip()
    if speaker is None and head_text.endswith(","):  # `…, said Jane Roe, the alliance's head`
        comma = start + len(head_text) - 1
        speaker = _inverted_speaker(ctx, verb, end)
    if comma is None or speaker is None:
        return None
    clause = _edges(ctx, start, comma)
    if not clause or not _worth(ctx, clause, quoted) or not _has_subject(ctx, clause):
        return None
    return clause, speaker


def _inverted_speaker(ctx: Context, verb: Token, end: int):
    """The speaker after the verb, `said Jane Roe` / `said the bank's governor`, not `denied [losing …]`."""
    span = subject(ctx, verb)
    if span and span[0] < verb.start:
        return None
    found = mention_in(ctx, verb.end, end, inverted=True)
    if found is None or found.kind in ("person", "org", "pronoun"):
        return found
    return found if found.text(ctx).split()[0].lower() in DETERMINERS else None


def _speaker_start(ctx: Context, verb: Token, start: int, quoted: list[tuple[int, int]]) -> int | None:
    """The comma before the speaker phrase (the parse's subject, else a short phrase), taking in an
    apposition: `…, Acme's chief executive, Jane Roe, said`; `…, Jane Roe, a spokeswoman, said`."""
    text = ctx.text[start:verb.start].rstrip(" ,")
    commas = [m.start() + start for m in re.finditer(",", text) if not _inside(m.start() + start, quoted)]
    commas = sorted(commas + [b - 1 for a, b in quoted if start < b <= start + len(text)])  # `"…," Acme's …`
    span = subject(ctx, verb)
    before = ctx.text[start:span[0]].rstrip(" " + CLOSING) if span and span[0] > start else ""
    if before.endswith(","):  # else the parse's subject is part of the phrase: `…, union leader [Peter Otieno]`
        commas = [c for c in commas if c < start + len(before)] + [start + len(before) - 1]
    if not commas or not _short_phrase(ctx, commas[-1] + 1, start + len(text), quoted):
        return None
    if len(commas) > 1 and _short_phrase(ctx, commas[-2] + 1, commas[-1], quoted) and \
            "person" in (_kind(ctx, commas[-2] + 1, commas[-1]), _kind(ctx, commas[-1] + 1, start + len(text))):
        return commas[-2]
    return commas[-1]


def _kind(ctx: Context, start: int, end: int) -> str | None:
    found = mention_in(ctx, start, end)
    return found.kind if found else None


def _short_phrase(ctx: Context, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """A noun phrase that can name a speaker: a few words, no verb, nothing in quote marks."""
    while start < end and ctx.text[start] in " " + CLOSING:
        start += 1  # `…,” the company's chairman`
    words = ctx.text[start:end].split()
    tokens = [t for t in ctx.tokens_in(start, end) if t.start >= start]
    if not tokens or tokens[0].pos not in PHRASE_OPENERS:
        return False  # `…, while Israeli police …`, `…, and two governments …`: no speaker phrase
    return 0 < len(words) <= SPEAKER_MAX_WORDS and not any(_finite(t) or t.pos == "VERB" for t in tokens) \
        and not any(a < end and start < b for a, b in quoted)


def _text_sentence(ctx: Context, verb: Token) -> tuple[int, int]:
    """The verb's sentence by its stops (the parse may split `…, spokesman Jay Tarriela told reporters`)."""
    para_start, para_end = ctx.paragraph(verb.start)
    before = sentence_ends(ctx.text, para_start, verb.start)
    after = sentence_ends(ctx.text, verb.end, para_end)
    return ctx.past_dateline(before[-1] if before else para_start), (after[0] if after else para_end)


def _to_comma(ctx: Context, verb: Token, end: int) -> list[Token]:
    """The words after the verb up to the next comma: `said [on Thursday], adding that …`."""
    out = []
    for t in ctx.tokens_in(verb.end, end):
        if t.text == ",":
            break
        out.append(t)
    return out


def _finite(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") and not token.tag.startswith(TRAILING_VERB_TAGS)


def _has_subject(ctx: Context, clause: tuple[int, int]) -> bool:
    return any(t.dep.startswith(("nsubj", "expl")) for t in ctx.tokens_in(*clause))


# --- shared -------------------------------------------------------------------------------------

def _sentence_tokens(ctx: Context, verb: Token) -> list[Token]:
    lo = verb.i
    while lo > 0 and ctx.tokens[lo - 1].sent == verb.sent:
        lo -= 1
    hi = verb.i
    while hi + 1 < len(ctx.tokens) and ctx.tokens[hi + 1].sent == verb.sent:
        hi += 1
    return list(ctx.tokens[lo:hi + 1])


def _close_quotes(end: int, quoted: list[tuple[int, int]]) -> int:
    """A clause that stops inside quote marks runs on to the closing mark: the fragment is whole."""
    for a, b in quoted:
        if a < end < b:
            return b
    return end


def _edges(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    text = ctx.text
    while start < end and text[start] in EDGE:
        start += 1
    lead = LEADING_TIME.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    if text[start:start + 5].lower() == "that ":
        start += 5
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return (start, end) if start < end else None


def _worth(ctx: Context, clause: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """A clause of a few words, with a verb of its own outside quote marks: `Russia remained "open …"`
    is reported speech with a quoted fragment, `"We will appeal," Acme's chief executive` is none."""
    start, end = clause
    if len(ctx.text[start:end].split()) < MIN_WORDS:
        return False
    if not any(t.pos in ("VERB", "AUX") for t in ctx.tokens_in(start, end)):
        return False  # a clause has a verb: "Its chief executive, Tomas Lindqvist" is none
    outside = [t for t in ctx.tokens_in(start, end) if t.pos != "PUNCT" and not _inside(t.start, quoted)]
    inside = sum(min(end, b) - max(start, a) for a, b in quoted if a < end and start < b)
    return len(outside) >= 2 and (inside < 0.6 * (end - start) or any(t.pos in ("VERB", "AUX") for t in outside))


# --- according to -------------------------------------------------------------------------------

def _according_to(ctx: Context, quoted: list[tuple[int, int]]) -> list[Found]:
    found = []
    cue = re.compile(r"\b(" + "|".join(ACCORDING_TO) + r")\b", re.I)
    for m in cue.finditer(ctx.text):
        if _inside(m.start(), quoted):
            continue
        sent_start, sent_end = _sentence(ctx, m.start())
        sent_start = ctx.past_dateline(sent_start)
        source_end = _source_end(ctx.text, m.end(), sent_end)
        if m.group(1).lower() == "citing" and not _cites_a_source(ctx, m.end(), source_end):
            continue  # "citing national security": a reason, not who said it
        speaker = mention_in(ctx, m.end(), source_end)
        if ctx.text[sent_start:m.start()].strip(TRIM):
            clause = _edges(ctx, sent_start, m.start())
        else:
            clause = _edges(ctx, source_end, sent_end)
        if clause and _worth(ctx, clause, quoted):
            found.append(Found(clause[0], clause[1], "indirect", speaker, m.group(1).lower()))
    return found


def _cites_a_source(ctx: Context, start: int, end: int) -> bool:
    """Whether the words after "citing" name who said it: a name, or a word for a source."""
    words = set(re.findall(r"[a-z]+", ctx.text[start:end].lower()))
    return bool(ctx.entities_in(start, end) or words & CITED_SOURCES)


def _sentence(ctx: Context, at: int) -> tuple[int, int]:
    token = ctx.token_at(at)
    if token is None:
        return ctx.paragraph(at)
    sentence = _sentence_tokens(ctx, token)
    return sentence[0].start, sentence[-1].end


def _source_end(text: str, start: int, stop: int) -> int:
    comma = text.find(",", start, stop)
    return comma if comma >= 0 else stop
