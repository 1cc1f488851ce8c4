"""Actors of the annotate stage's entities, read in context.

Rules, in order, for each entity:
- a country or capital named as subject or object of a clause, of a relative clause on it
  ("the United States, which struck"), or after "with", "for", "against", "by" is an actor
  ("Beijing said" -> CHN GOV, "accused Moscow" -> RUS GOV, "working with Tallinn" -> EST GOV);
  in a place phrase ("in Moscow") it stays a place;
- a person's name the recogniser took a title into ("General Mark Rutte") starts after it, also
  when it called the whole an organisation ("Labour Minister Giorgio Jackson"); a name of two
  words or more it took for a place the gazetteer does not know is a person when a person's
  title stands before or beside it ("Nigeria's foreign minister, Yusuf Tuggar");
- a person or organisation with a title before it ("Kremlin spokesman Dmitry Peskov") or an
  apposition next to it ("Ukraine's foreign minister, Dmytro Kuleba") takes the title's country
  and role. A person the dictionary knows on the day keeps their code unless the title names
  another country, taking the title's role when they hold it too ("army chief General
  al-Burhan" -> SDN MIL); a body named in the title gives its role ("RSF commander" -> REB);
  an organisation of the text named or pointed back to in the title gives its country and
  code ("Nordvik's chief executive", "the charity's coordinator", "an adviser to the group",
  "Its chairman"). An office named before a military rank gives the role ("government
  spokesman Colonel X" -> GOV). With no country so found, a state official takes the country
  of the body of the same role coded in the sentence or the one before ("The Lao energy
  ministry rejected it. Deputy Minister X said"), else the article's focus country, as does a
  former official (ELI); anyone else the one country of the places of their sentence, else none;
- a company or body with no country of its own takes the one of "Bangkok-based [X]"
  (international bodies keep none);
- a title whose office is a kind of organisation ("the Norwegian shipping group [Nordvik]")
  makes the name an organisation;
- a location entity named like an organisation ("Port of Rotterdam Authority") is one;
- an organisation no dictionary knows takes the country its name holds ("Rwandan Patriotic
  Front" -> RWA, "Consumers Federation of Kenya" -> KEN); one headed by a word of state bodies
  ("National Maritime Council", "Department of Foreign Affairs") is the focus country's
  government; a person followed by "administration" ("the Bush administration") is that
  person's government;
- otherwise the dictionary by the article's date, then a shorter form of a known person's
  name ("Carlos Menem" for Carlos Saul Menem, "President Reagan"); a person the date falls
  outside all dated codes of is the country's former official (ELI); unknown people keep
  their text, with no code.
"""
from __future__ import annotations

from dataclasses import replace

from .words import BACK_REFERENCES, INSTITUTIONS, ORG_HEADS
from ..actors import ActorMatch, split_code
from ..actors.records import NULL_CODES
from ..lang.en.actors import LOCAL_OFFICES, TABLE_OFFICES
from ..lang.en.titles import DEPARTMENTS, TITLES
from ..places import resolve_place
from ..places.resolve import is_region_demonym
from ..records import Entity, Token
from .context import Context, actor, from_match, unknown
from .coref import antecedent, short_name
from .titles import Title, describe, role_of
from .tree import OBJECTS, SUBJECTS

_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_CLAUSE_STOP = frozenset({"VERB", "AUX", "SCONJ", "PRON"})
_APPOSITION_STOP = frozenset({",", ";", ":", ".", "(", ")", "—", "–", '"', "“", "”"})
_MAX_TITLE = 8
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_GOVERNMENT_WORDS = frozenset({"administration", "government", "cabinet"})
# A country or capital after these acts ("working with Tallinn", "cheap for Moscow", "sanctions
# against Iran"); after others ("in", "to", "from") it is a place.
_ACTING_PREPOSITIONS = frozenset({"with", "for", "against", "by", "toward", "towards"})
_RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})
_NOT_IN_POWER = frozenset({"OPP"})  # a title role that says the person holds no office now
_PLACE_NOUNS = frozenset({"border", "frontier", "boundary", "coast", "line", "bridge", "road", "route", "link"})
_NOT_NAMES = frozenset({"rear", "vice", "deputy", "acting"})  # the first word of a title, taken for a name
_DESTINATION_VERBS = frozenset({"leave", "depart", "head", "sail", "fly", "bind", "set", "board", "make"})
# Roles of the state: a holder the text gives no country is of the country of the same kind of
# body the sentence or the one before names, else of the article's focus country; so is a
# former official (ELI: "former prime minister X").
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def resolve_entity(entity: Entity, ctx: Context) -> tuple[Entity, Title | None]:
    """The entity with its actor (or None for a plain place), and the title that coded it."""
    tokens = ctx.tree.span(entity.start, entity.end)
    if entity.label in _PLACE_LABELS and _named_like_organisation(tokens):
        entity = replace(entity, label="ORG", place=None)
    if entity.label in _PLACE_LABELS and entity.place is None and _titled_name(tokens, ctx):
        entity = replace(entity, label="PERSON")  # "Nigeria's foreign minister, [Yusuf Tuggar]" taken for a place
    if entity.label == "ORG":
        entity, tokens = _titled_person(entity, tokens)
    as_country = _country_actor(entity, tokens, ctx)
    if as_country is not False:
        return replace(entity, actor=as_country), None
    demonym = ctx.actors.country(_bare(entity.text)) if entity.label == "NORP" and as_country is False else None
    if demonym is not None and _people(tokens):  # "Algerians blocked roads": the people of the country
        return replace(entity, actor=actor(entity.text, demonym.country.iso3, None, rule="people")), None
    if entity.label not in _ACTOR_LABELS or demonym is not None:
        return entity, None  # a demonym alone: the group rules give it its noun
    if entity.label == "PERSON" and tokens and all(t.text.lower() in _NOT_NAMES for t in tokens):
        return entity, None  # "Rear" of "Rear Admiral": a title the recogniser took for a name
    if entity.label == "PERSON":
        entity, tokens = _without_title(entity, tokens)
        government = _government_of(entity, tokens, ctx)
        if government is not None:
            return government, None
        title = title_of(tokens, ctx)
        if _names_organisation(title, tokens, ctx) or _based(tokens[0], ctx):  # "the Norwegian shipping group [Nordvik Maritime]"
            entity = replace(entity, label="ORG")
        return replace(entity, actor=_based_in(_coded(entity, title, ctx), tokens, ctx)), title
    return replace(entity, actor=_based_in(_organisation(entity, tokens, ctx), tokens, ctx)), None


def _people(tokens: list[Token]) -> bool:
    """A plural demonym standing as a noun ("[Palestinians] rioted", "young [Algerians]"), not one
    before a noun ("Algerian troops") or a group word (the group rules take those)."""
    last = tokens[-1] if tokens else None
    return (last is not None and ("Number=Plur" in last.morph or last.tag in ("NNS", "NNPS"))
            and last.dep not in ("amod", "compound", "nmod:poss") and last.text[-1:].lower() == "s")


def _based_in(found: dict | None, tokens: list[Token], ctx: Context) -> dict | None:
    """A company or body with no country of its own takes the one of "Bangkok-based [X]";
    international bodies keep none, as CAMEO codes them."""
    if found is not None and (found.get("country") or found.get("role") in ("IGO", "NGO")):
        return found
    country = _based_country(tokens[0], ctx) if tokens else None
    if country is None:
        return found
    role = found.get("role") if found else None
    name = found.get("name") if found else ctx.text[tokens[0].start:tokens[-1].end]
    return actor(name, country, role, rule="based")


def _organisation_word(word: str) -> bool:
    """A lower-case noun that heads or points back to an organisation ("group", "company")."""
    return word in ORG_HEADS or word in BACK_REFERENCES


def _titled_name(tokens: list[Token], ctx: Context) -> bool:
    """A name of two or more words that a person's title stands before or beside: a person,
    whatever the recogniser called it (a place the gazetteer does not know)."""
    if not _name_of_words(tokens):
        return False
    title = title_of(tokens, ctx)
    last = title.office.split()[-1] if title is not None and title.office else None
    return last is not None and title.role is not None and not _organisation_word(last)


def _name_of_words(tokens: list[Token]) -> bool:
    """Two or more capitalised proper nouns: what a person's full name looks like."""
    return len(tokens) >= 2 and all(t.pos == "PROPN" and t.text[:1].isupper() for t in tokens)


def _titled_person(entity: Entity, tokens: list[Token]) -> tuple[Entity, list[Token]]:
    """"Labour Minister Giorgio Jackson" taken for an organisation: a person's title word followed
    by a name of two or more capitalised words; the person starts after the title."""
    at = max((n for n, t in enumerate(tokens) if t.text.lower() in TITLES), default=None)
    name = tokens[at + 1:] if at is not None else []
    if not _name_of_words(name):
        return entity, tokens
    if any(_organisation_word(t.text.lower()) for t in name):
        return entity, tokens
    start = name[0].start
    return replace(entity, label="PERSON", text=entity.text[start - entity.start:], start=start), name


def _without_title(entity: Entity, tokens: list[Token]) -> tuple[Entity, list[Token]]:
    """"General Mark Rutte", "Prime Minister Kristen Michal": the recogniser took the title in;
    the name starts after it (the title is read from the words before the name)."""
    n = 0
    while n < len(tokens) and tokens[n].text.lower() in TITLES:
        n += 1
    if n == 0 or len(tokens) - n < 2:
        return entity, tokens
    start = tokens[n].start
    return replace(entity, text=entity.text[start - entity.start:], start=start), tokens[n:]


def _names_organisation(title: Title | None, tokens: list[Token], ctx: Context) -> bool:
    """A title whose office is a kind of organisation ("shipping group", "telecoms company")
    right before the name or in an apposition after it ("Nordvik, a Norwegian shipping group"):
    the name is the organisation's, whatever the recogniser called it. Not "the head of the
    group" (a person of it)."""
    last = title.office.split()[-1] if title is not None and title.office else None
    if last is None or not _organisation_word(last) or not tokens:
        return False
    before = ctx.tree.previous(tokens[0])
    if before is not None and before.text.lower() == last:
        return True
    token, seen = ctx.tree.following(tokens[-1]), 0
    if token is None or token.text != ",":
        return False
    while token is not None and seen < _MAX_TITLE and token.text.lower() != "of":
        if token.text.lower() == last:
            return True
        token, seen = ctx.tree.following(token), seen + 1
    return False


def _country_actor(entity: Entity, tokens: list[Token], ctx: Context):
    """An actor for a country or capital acting in the clause, None for one that is a place,
    False when the entity is no country or capital."""
    name = _bare(entity.text)
    match = ctx.actors.country(name) if name and not name.isupper() else None
    if match is None or match.kind == "demonym":
        return False
    root = ctx.tree.root(tokens)
    if root is None or not _acts(root, tokens, ctx):
        return None
    capital = match.kind == "capital"
    rule = "metonym" if capital else "country"
    return actor(match.country.name, match.country.iso3, "GOV" if capital else None, rule=rule)


def _named_like_organisation(tokens: list[Token]) -> bool:
    """"Port of Rotterdam Authority": a capitalised name ending in an organisation word."""
    return len(tokens) > 1 and tokens[-1].text[:1].isupper() and tokens[-1].text.lower() in ORG_HEADS


def _government_of(entity: Entity, tokens: list[Token], ctx: Context) -> Entity | None:
    """"the Bush administration", "the Netanyahu government": the person's government, as an
    organisation spanning both words."""
    after = ctx.tree.following(tokens[-1]) if tokens else None
    if after is None or after.text.lower() not in _GOVERNMENT_WORDS:
        return None
    text = ctx.text[entity.start:after.end]
    found = [m for m in ctx.actors.lookup(_bare(text), ctx.on) if m.code]
    if found:
        return Entity(text, "ORG", entity.start, after.end, actor=from_match(found[0]))
    person = _coded(entity, None, ctx)
    if person is None or not person.get("country"):
        return None
    return Entity(text, "ORG", entity.start, after.end, actor=actor(text, person["country"], "GOV", rule="name"))


def _acts(root: Token, tokens: list[Token], ctx: Context) -> bool:
    dep = ctx.tree.role(root)
    if dep in SUBJECTS or dep in OBJECTS or dep == "ROOT" or _relative_subject(root, ctx):
        return True
    if _after_acting_preposition(root, dep, ctx):
        return True
    after, before = ctx.tree.following(tokens[-1]), ctx.tree.previous(tokens[0])
    if before is not None and before.pos in ("ADP", "CCONJ"):
        return False
    # "Moscow accused": a verb right after, whatever the parse says
    return after is not None and after.pos in ("VERB", "AUX") and dep not in ("pobj", "compound", "poss")


def _after_acting_preposition(root: Token, dep: str, ctx: Context) -> bool:
    """"working with Tallinn", "cheap for Moscow", "protests with Beijing": not a line on the map
    ("the border with Russia"), and "for" is no destination ("left for Paris")."""
    if dep == "pobj":
        preposition = ctx.tree.tokens[root.head]
        governor = ctx.tree.tokens[preposition.head]
    else:
        cases = [ctx.tree.tokens[c] for c in ctx.tree.children[root.i] if ctx.tree.tokens[c].dep == "case"]
        preposition, governor = (cases[0] if cases else None), ctx.tree.tokens[root.head]
    if preposition is None or preposition.text.lower() not in _ACTING_PREPOSITIONS:
        return False
    if preposition.text.lower() == "for" and governor.lemma.lower() in _DESTINATION_VERBS:
        return False
    return governor.lemma.lower() not in _PLACE_NOUNS


def _relative_subject(root: Token, ctx: Context) -> bool:
    """"Israel and the United States, which struck ...": the subject of a relative clause on
    the name, or on the names it is coordinated with."""
    first = root
    while first.dep == "conj" and first.head != first.i:
        first = ctx.tree.tokens[first.head]
    names = [first] + [ctx.tree.tokens[c] for c in ctx.tree.children[first.i] if ctx.tree.tokens[c].dep == "conj"]
    clauses = [ctx.tree.tokens[c] for n in names for c in ctx.tree.children[n.i] if ctx.tree.tokens[c].dep in ("relcl", "acl:relcl")]
    return any(ctx.tree.tokens[c].dep in SUBJECTS and ctx.tree.tokens[c].text.lower() in _RELATIVE_SUBJECTS
               for v in clauses for c in ctx.tree.children[v.i])


def _bare(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


def title_of(tokens: list[Token], ctx: Context) -> Title | None:
    """The title before the entity, else an apposition before or after it."""
    if not tokens:
        return None
    for phrase in (_premodifiers(tokens[0], ctx), _apposition_before(tokens[0], ctx),
                   _apposition_after(tokens[-1], ctx)):
        if phrase:
            found = describe(phrase, ctx.actors, ctx.on)
            if found is not None:
                country = None if found.country else _of_country(tokens[-1], ctx)
                found = replace(found, country=country) if country else found
                return _of_organisation(found, phrase, ctx)
    return None


def _of_organisation(title: Title, phrase: list[Token], ctx: Context) -> Title:
    """A title that names no country or known body but an organisation of the text: "Nordvik's
    chief executive" (Nordvik coded before), "the charity's coordinator", "an adviser to the
    group" (the organisation named before that the noun points back to). The organisation's
    country and code; its role when the title's own is open or generic."""
    if title.country or title.code:
        return title
    found = _organisation_in(phrase, ctx)
    if found is None:
        return title
    country, role, code = found.actor.get("country"), found.actor.get("role"), found.actor.get("code")
    if country is None and role in ("IGO", "NGO"):  # its own code
        return replace(title, code=code, role=None)
    if country is None:
        return replace(title, role=title.role or role)
    return replace(title, country=country, role=role if title.role in (None, "GOV") else title.role)


def _organisation_in(phrase: list[Token], ctx: Context) -> Entity | None:
    its = [t for t in (ctx.tree.previous(phrase[0]), phrase[0]) if t is not None and t.text.lower() == "its"] if phrase else []
    if its:  # "Its chairman, Erick Rutto": the body named before
        return next((o for o in reversed(ctx.organisations) if o.end <= its[0].start), None)
    names = {short_name(o, ctx): o for o in ctx.organisations}  # "Nordvik" of "Nordvik Maritime"
    names.update((o.text, o) for o in ctx.organisations)
    for n, token in enumerate(phrase):
        if token.text in names and names[token.text].end <= token.start:
            return names[token.text]
        before, after = (phrase[n - 1].text.lower() if n else None), ctx.tree.following(token)
        if after is None or after.pos == "PROPN":  # "the consultancy [Horizon Partners]" names a new one
            continue
        if before in ("the", "its") or after.pos in ("NOUN", "PART") and before not in ("a", "an", "another"):
            found = antecedent(token.text, token.start, ctx.organisations)
            if found is not None:
                return found
    return _apposition_organisation(phrase, ctx)


def _apposition_organisation(phrase: list[Token], ctx: Context) -> Entity | None:
    """"an adviser to the group": the phrase stops at "to"; the noun after it may point back."""
    if not phrase:
        return None
    token, seen = ctx.tree.following(phrase[-1]), 0
    while token is not None and seen < 3 and token.text.lower() in ("to", "of", "for", "at", "the", "its"):
        token, seen = ctx.tree.following(token), seen + 1
    if token is None or seen < 2 or token.pos != "NOUN":
        return None
    return antecedent(token.text, token.start, ctx.organisations)


def _of_country(last: Token, ctx: Context) -> str | None:
    """"King Hassan [of Morocco]": the country named right after the name."""
    of = ctx.tree.following(last)
    if of is None or of.text != "of":
        return None
    words, token = [], ctx.tree.following(of)
    while token is not None and token.pos == "PROPN" and len(words) < 3:
        words.append(token.text)
        match = ctx.actors.country(" ".join(words))
        if match is not None and match.kind == "name":
            return match.country.iso3
        token = ctx.tree.following(token)
    return None


def _premodifiers(first: Token, ctx: Context) -> list[Token]:
    """"Chinese Foreign Ministry spokesman [Wang Wenbin]": the nouns and adjectives right before."""
    run, token = [], ctx.tree.previous(first)
    while token is not None and len(run) < _MAX_TITLE:  # the parser may split "Union leader | Niek Stam"
        if token.pos in _TITLE_POS or token.tag == "POS" or token.text in ("'s", "’s"):
            if token.ent == "PERSON":
                break
            run.insert(0, token)
            token = ctx.tree.previous(token)
        elif _department_of(token, run, ctx):  # "Minister of Foreign Affairs [Anna Berg]"
            run.insert(0, token)
            token = ctx.tree.previous(token)
        else:
            break
    return run


def _department_of(of: Token, run: list[Token], ctx: Context) -> bool:
    """The "of" of "Minister of Foreign Affairs": a title word before it, a listed department after."""
    before = ctx.tree.previous(of)
    return (of.text.lower() == "of" and before is not None and before.text.lower() in TITLES
            and " ".join(t.text.lower() for t in run) in DEPARTMENTS)


def _apposition_before(first: Token, ctx: Context) -> list[Token]:
    """"the Israeli ambassador to the UN, [Gilad Erdan]": the phrase before a comma (past a
    "Bangkok-based" right before the name: "The developer, Bangkok-based [Siam River Power]")."""
    comma = ctx.tree.previous(first)
    based = _based(first, ctx)
    if based:
        comma = ctx.tree.previous(based[0])
    if comma is None or comma.text != ",":
        return []
    run, token = [], ctx.tree.previous(comma)
    while token is not None and token.sent == first.sent and len(run) < _MAX_TITLE:
        if token.pos in _CLAUSE_STOP or token.text in _APPOSITION_STOP:
            break
        run.insert(0, token)
        token = ctx.tree.previous(token)
    return run


def _based(first: Token, ctx: Context) -> list[Token]:
    """The words of "Bangkok-based" / "Bangkok based" right before a name, else []."""
    based = ctx.tree.previous(first)
    if based is None or based.text.lower() != "based":
        return []
    token = ctx.tree.previous(based)
    words = [based]
    if token is not None and token.text in ("-", "–"):
        words.insert(0, token)
        token = ctx.tree.previous(token)
    place = []
    while token is not None and token.pos == "PROPN" and len(place) < 3:
        place.insert(0, token)
        token = ctx.tree.previous(token)
    return place + words if place else []


def _based_country(first: Token, ctx: Context) -> str | None:
    """The country of "Bangkok-based [X]", "Nairobi based [X]": of the place named."""
    place = [t for t in _based(first, ctx) if t.pos == "PROPN"]
    if not place:
        return None
    name = " ".join(t.text for t in place)
    match = ctx.actors.country(name)
    if match is not None:
        return match.country.iso3
    found = resolve_place(name)
    return found.country if found is not None else None


def _apposition_after(last: Token, ctx: Context) -> list[Token]:
    """"[Marco Bellini], the mayor of Faenza,": the phrase after a comma, up to the next."""
    comma = ctx.tree.following(last)
    if comma is None or comma.text != ",":
        return []
    run, token = [], ctx.tree.following(comma)
    while token is not None and token.sent == last.sent and len(run) < _MAX_TITLE:
        if token.pos in _CLAUSE_STOP or token.text in _APPOSITION_STOP or token.ent == "PERSON":
            break
        run.append(token)
        token = ctx.tree.following(token)
    return run if run and (run[0].text.lower() in ("the", "a", "an") or run[0].pos == "NOUN") else []


def _organisation(entity: Entity, tokens: list[Token], ctx: Context) -> dict | None:
    """"the U.S. Senate", "the FNV union", "Kremlin": the name with the words around it.

    A generic institution ("the Senate") takes the country the text gives it, else the
    article's focus; the dictionary's country (Phoenix reads "Senate" as the US one) comes last.
    """
    if not tokens:
        return None
    phrase = _premodifiers(tokens[0], ctx) + tokens + _head_nouns(tokens[-1], ctx)
    title = describe(phrase, ctx.actors, ctx.on)
    matches = [m for m in ctx.actors.lookup(_bare(entity.text), ctx.on) if m.code]
    generic = _bare(entity.text).lower() in INSTITUTIONS
    if matches and matches[0].role is None and not _is_country_name(entity.text, ctx):
        return None  # a city Phoenix codes as its country ("Kharkiv"): a place, not an actor
    if matches and not generic and (title is None or title.country in (None, matches[0].country)):
        return from_match(matches[0])
    if not matches and entity.label == "ORG" and _newspaper(tokens):   # "The Jakarta Post", "Lagos Chronicle"
        country = _country_in_name(tokens, ctx, capitals=True) or (title.country if title else None)
        return actor(entity.text, country, "MED", rule="name")
    if (title is None or title.empty) and not matches and entity.label == "ORG":
        person_like = title_of(tokens, ctx)  # "Grace Adeyemi, the union's regional secretary": a person the recogniser called an organisation
        if person_like is not None and not person_like.empty and person_like.role:
            return _coded(replace(entity, label="PERSON"), person_like, ctx)
        own = _country_in_name(tokens, ctx) or _of_country(tokens[-1], ctx)
        if own is not None:  # "Rwandan Patriotic Front", "Montenegro Municipality Association"
            return actor(entity.text, own, None, rule="name")
    if (title is None or title.empty) and not matches and ctx.focus and _state_body(tokens):
        return actor(entity.text, ctx.focus, "GOV", rule="institution")  # "the National Maritime Council"
    if title is None or title.empty:
        return from_match(matches[0]) if matches else unknown(entity.text) if entity.label == "ORG" else None
    if title.code and not title.country:
        return actor(entity.text, None, title.code[:3], code=title.code, rule="title")
    if entity.label == "NORP" and not title.country and not matches and is_region_demonym(entity.text):
        return None  # "[European] negotiators": a region's, not the article's country
    fallback = matches[0].country if matches else None
    country = title.country or ctx.focus or fallback
    own = role_of([_bare(entity.text).lower()], ctx.actors)[0] if generic else None
    role = own or title.role or (title.code[3:6] if title.code else None) or (matches[0].role if matches else None)
    return actor(entity.text, country, role, rule="institution" if generic else "title")


def _state_body(tokens: list[Token]) -> bool:
    """A name headed by a word of state bodies ("National Maritime Council", "Department of
    Foreign Affairs", "Bureau of Fisheries"): a state institution the text gives no country."""
    words = [t.text for t in tokens]
    head = words[:words.index("of")] if "of" in words else words
    return len(words) > 1 and bool(head) and head[-1][:1].isupper() and ORG_HEADS.get(head[-1].lower()) == "GOV"


def _newspaper(tokens: list[Token]) -> bool:
    """A capitalised name ending in a newspaper's word ("Post", "Times", "Herald")."""
    return len(tokens) > 1 and tokens[-1].text[:1].isupper() and ORG_HEADS.get(tokens[-1].text.lower()) == "MED"


def _country_in_name(tokens: list[Token], ctx: Context, *, capitals: bool = False) -> str | None:
    """The one country a name's own words name or qualify ("Rwandan", "Montenegro"), else None;
    with `capitals`, a capital names its country too ("Jakarta Post")."""
    found = set()
    for token in tokens:
        if token.text[:1].isupper() and not (token.text.isupper() and len(token.text) > 3):
            match = ctx.actors.country(token.text)
            if match is not None and (capitals or match.kind != "capital"):
                found.add(match.country.iso3)
    return found.pop() if len(found) == 1 else None


def _is_country_name(text: str, ctx: Context) -> bool:
    match = ctx.actors.country(_bare(text))
    return match is not None and match.kind == "name"


def _head_nouns(last: Token, ctx: Context) -> list[Token]:
    """"[FNV] union": common nouns right after the name, in its noun phrase."""
    run, token = [], ctx.tree.following(last)
    while token is not None and token.pos == "NOUN" and len(run) < 3:
        run.append(token)
        token = ctx.tree.following(token)
    return run


def _coded(entity: Entity, title: Title | None, ctx: Context) -> dict | None:
    known = _known(entity, title, ctx)
    if title is None or title.empty or (title.role is None and title.country is None and not title.code):
        if known is not None:
            return from_match(known)
        return unknown(entity.text) if entity.label == "PERSON" else None
    if known is not None and not ctx.actors.lookup(_bare(entity.text), ctx.on) and _conflicts(known, title, ctx):
        known = None  # "Chief executive [Solheim]" is not the minister of that surname
    if known is not None and _other_office(known, title, ctx):
        known = None  # "Defence Minister Pedro Sanchez" of Colombia is not Spain's head of government
    if known is not None and known.code and _agrees(known, title):
        return _in_role(known, title.role, ctx)
    if title.code and title.country is None and title.role is None or (title.code and not title.country):
        country, role, code = None, title.code[:3], title.code  # an IGO or NGO: its own code
        return actor(entity.text, country, role, code=code, rule="title")
    role = _title_role(title) or (known.role if known else None)
    country = title.country or (known.country if known else None) or _unstated_country(role, entity, ctx, title.office)
    if known is not None and known.country == country and known.role == role:
        return from_match(known, rule="title")
    return actor(entity.text, country, role, rule="title")


def _other_office(known: ActorMatch, title: Title, ctx: Context) -> bool:
    """Whether the title names an office of the office-holder table, and no country, and the
    table's person of that name never held it: someone else of the same name."""
    offices = TABLE_OFFICES.get(title.office or "")
    if offices is None or title.country:
        return False
    held = ctx.actors.offices_of(known.entry)
    return bool(held) and not held & offices


def _agrees(known: ActorMatch, title: Title) -> bool:
    """Whether the dictionary's person fits the title: no other country, no other body."""
    if title.country and title.country != known.country:
        return False
    return title.code is None or title.code == known.code or split_code(title.code)[0] == known.country


def _conflicts(known: ActorMatch, title: Title, ctx: Context) -> bool:
    """Whether a title's role is one the person never held on the day (a former official aside)."""
    role = title.role
    if role is None or role == known.role or known.role in (None, "ELI"):
        return False
    held = [c.code for c in known.entry.codes if c.dated and (c.applies_on(ctx.on) if ctx.on else c.end is None)]
    return not any(split_code(c)[1] == role for c in held)


def _in_role(known: ActorMatch, role: str | None, ctx: Context) -> dict:
    """The dictionary's person, in the role the title gives when they hold it on the day
    ("army chief General al-Burhan": SDN MIL, though also head of state); a former official
    (ELI) or a person with no role takes the title's role, and so does one the text calls a
    leader of the opposition: the dictionary's open-ended government code is out of date
    ("opposition leader Raila Odinga", prime minister from 2008)."""
    if role is None or role == known.role:
        return from_match(known, rule="title")
    held = [c.code for c in known.entry.codes if c.dated and (c.applies_on(ctx.on) if ctx.on else c.end is None)]
    if any(split_code(c) == (known.country, role) for c in held):
        return actor(known.name, known.country, role, rule="title")
    if (known.role in (None, "ELI") or role in _NOT_IN_POWER) and known.country:
        return actor(known.name, known.country, role, rule="title")  # "opposition leader Raila Odinga"
    return from_match(known, rule="title")


def _title_role(title: Title) -> str | None:
    """The title's role; a body named in it gives its own ("RSF commander": REB, not MIL)."""
    body = split_code(title.code)[1] if title.code else None
    if body and body != "GOV" and title.role in (None, "GOV", "MIL"):
        return body
    return title.role or body


def _unstated_country(role: str | None, entity: Entity, ctx: Context, office: str | None = None) -> str | None:
    """The country of a titled person the title gives none: a local official ("regional governor")
    is of the one country the places of their sentence lie in; a state official ("army spokesman",
    "Justice X") is of the country of the same office named before ("a U.S. envoy ... The envoy,
    Amos Hochstein"), else of a body of the same role just before, else of the article's focus
    country; so is a former official or an opposition politician; anyone else ("a teacher", "the
    chief executive") of the one country the places of their own sentence lie in, else none: the
    focus of the story is no evidence of a private person's nationality."""
    token = ctx.tree.at(entity.start)
    countries = ctx.sentence_countries.get(token.sent, set()) if token is not None else set()
    if role in STATE_ROLES and office and LOCAL_OFFICES & set(office.split()) and len(countries) == 1:
        return next(iter(countries))  # "Russian drones attacked Odesa, regional governor Oleh Kiper said": UKR
    if role in STATE_ROLES:
        return _same_office(office, entity, ctx) or _nearby_state(role, token, ctx) or ctx.focus
    if role in ("ELI", "OPP"):  # a former official, an opposition figure: of the story's country
        return ctx.focus
    return next(iter(countries)) if len(countries) == 1 else None


def _same_office(office: str | None, entity: Entity, ctx: Context) -> str | None:
    """The country of the one office of that name coded before ("a U.S. envoy" for "the envoy")."""
    if not office:
        return None
    word = office.split()[-1]
    found = {country for start, _, country, _, last in ctx.state_actors if start < entity.start and last == word}
    return found.pop() if len(found) == 1 else None


def _nearby_state(role: str, token: Token | None, ctx: Context) -> str | None:
    """The country of the last body of the same role coded in this sentence or the one before
    ("The Lao energy ministry rejected it. Deputy Minister X said" -> LAO), if just one country."""
    if token is None:
        return None
    near = {country for start, sent, country, kind, _ in ctx.state_actors
            if kind == role and start < token.start and token.sent - 1 <= sent <= token.sent}
    return near.pop() if len(near) == 1 else None


def _known(entity: Entity, title: Title | None, ctx: Context) -> ActorMatch | None:
    """What the dictionary says of the name on the article's day: the name itself, else (for a
    person) a shorter form of a known name, of one country only."""
    name = _bare(entity.text)
    found = ctx.actors.lookup(name, ctx.on)
    if found:
        return found[0] if found[0].code else _former(found[0])
    if entity.label != "PERSON":
        return None
    people = [m if m.code else _former(m) for m in ctx.actors.lookup_person(name, ctx.on)]
    people = [m for m in people if m is not None and m.country]
    if title is not None and title.country:
        people = [m for m in people if m.country == title.country]
    titled = title is not None and not title.empty
    if not people or len({m.country for m in people}) > 1 or (" " not in name and not titled
                                                               and len({m.code for m in people}) > 1):
        return None
    return people[0]


def _former(match: ActorMatch) -> ActorMatch | None:
    """A person the day falls outside all dated codes of (Mitterrand in 2000): a former official
    (ELI) of their one country; None for a name coded "do not code" or of several countries."""
    codes = [c for c in match.entry.codes if c.dated and c.code not in NULL_CODES]
    countries = {split_code(c.code)[0] for c in codes}
    if len(countries) != 1 or None in countries:
        return None
    country = countries.pop()
    return replace(match, code=country + "ELI", country=country, role="ELI")
