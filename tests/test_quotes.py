"""Quotes: every quote style, attribution rule and kind, on literal text."""
from __future__ import annotations

from functools import lru_cache

from newsevents.annotate import annotate_texts
from newsevents.quotes import Quote, find_quotes
from newsevents.quotes.marks import scan
from newsevents.records import Annotations, Article, Entity


def article(text: str, published: str = "2024-03-05") -> Article:
    return Article(id="t", input="t", url=None, source=None, title=None, published=published,
                   published_source="user", language="en", text=text)


@lru_cache(maxsize=None)
def quotes(text: str) -> tuple[Quote, ...]:
    [annotations] = annotate_texts([text])
    return find_quotes(article(text), annotations)


def inside(text: str) -> list[str]:
    return [text[m.start:m.end] for m in scan(text) if m.depth == 0]


def only(text: str, kind: str) -> list[Quote]:
    return [q for q in quotes(text) if q.kind == kind]


def who(q: Quote) -> str | None:
    return q.speaker["text"] if q.speaker else None


# --- quote marks, parse-free ---------------------------------------------------------------

def test_every_mark_style_gives_the_inside_of_the_marks():
    for text in ('He said: "We agree."', "He said: “We agree.”", "He said: „We agree.“",
                 "He said: «We agree.»", "He said: ‹We agree.›", "He said: »We agree.«",
                 "He said: ‘We agree.’", "He said: 'We agree.'", "He said: ”We agree.”"):
        assert inside(text) == ["We agree."], text


def test_apostrophes_are_not_quote_marks():
    text = "Kyiv's envoy said: 'We don't want the '90s back, and the dockers' union agrees.'"
    assert inside(text) == ["We don't want the '90s back, and the dockers' union agrees."]
    assert inside("Kyiv's dockers' union won't sign, as in ’22.") == []


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "“When she says ‘meeting by meeting’, she means it,” said Anton Weiss."
    assert inside(text) == ["When she says ‘meeting by meeting’, she means it,"]
    assert [text[m.start:m.end] for m in scan(text) if m.depth == 1] == ["meeting by meeting"]


def test_a_closing_mark_glued_to_the_next_word_closes():
    text = "“We made progress in the talks”said the envoy."
    assert inside(text) == ["We made progress in the talks"]


def test_a_quote_continues_into_the_next_paragraph_that_opens_with_a_mark():
    text = '"If we move too early, we risk undoing two years of work.\n\n"If we wait, we risk a recession."'
    assert inside(text) == [text[1:-1]]


def test_a_quote_that_lost_its_closing_mark_ends_with_its_paragraph():
    text = '"We will not give in, said nobody.\n\nThe talks went on.'
    assert inside(text) == ["We will not give in, said nobody."]


# --- direct quotes and their speakers --------------------------------------------------------

def test_quote_first_then_said_name():
    text = '"Nobody wanted to be here this morning," said Grace Adeyemi, the union\'s regional secretary.'
    [q] = only(text, "direct")
    assert (q.text, who(q), q.cue) == ("Nobody wanted to be here this morning,", "Grace Adeyemi", "say")


def test_quote_first_then_name_said():
    [q] = only(text := '"Every day the cranes are still costs us dearly," Tomas Lindqvist said.', "direct")
    assert who(q) == "Tomas Lindqvist" and q.start == text.index("Every")


def test_speaker_before_the_quote():
    [q] = only('The foreign minister, Dmytro Kuleba, said: «Kyiv will not sign this deal.»', "direct")
    assert q.text == "Kyiv will not sign this deal." and who(q) == "Dmytro Kuleba"


def test_a_dash_names_the_speaker():
    [q] = only('"Policy is working, and patience is a policy too." — Ingrid Solberg, chief economist', "direct")
    assert who(q) == "Ingrid Solberg" and q.cue == "—"


def test_glued_closing_mark_keeps_its_speaker():
    [q] = only("“Savers have waited a long time for real returns”said Helga Brandt, a campaigner.", "direct")
    assert who(q) == "Helga Brandt"


def test_the_next_quote_of_the_paragraph_keeps_the_speaker():
    text = '"We signed because peace is better," Samuel Okoro told journalists. "But we need electricity."'
    assert [who(q) for q in only(text, "direct")] == ["Samuel Okoro", "Samuel Okoro"]


def test_a_pronoun_speaker_is_resolved_to_its_antecedent():
    text = ('The UN envoy, Maria Lindqvist, met both delegations on Monday. '
            '"Nobody expects a breakthrough this week," she told reporters.')
    [q] = only(text, "direct")
    assert who(q) == "Maria Lindqvist" and q.cue == "tell"


def test_the_resolve_stages_antecedent_wins():
    text = 'Anna Berg met Maria Holm. "We agree on the essentials," she said.'
    [annotations] = annotate_texts([text])
    she = text.index("she")
    given = Entity("she", "PERSON", she, she + 3,
                   actor={"name": "Anna Berg", "code": None, "country": None, "role": None,
                          "antecedent": {"text": "Anna Berg", "start": 0, "end": 9}})
    annotations = Annotations(annotations.sentences, annotations.tokens, annotations.entities + (given,))
    [q] = [q for q in find_quotes(article(text), annotations) if q.kind == "direct"]
    assert who(q) == "Anna Berg"


def test_an_organisation_can_speak():
    [q] = only('"The offer is fair and affordable," the ministry said.', "direct")
    assert who(q) == "the ministry"


def test_a_known_speaker_gets_the_actor_code_of_the_day():
    [q] = only('"Our position has not changed," Kremlin spokesman Dmitry Peskov said.', "direct")
    assert who(q) == "Dmitry Peskov"
    assert q.speaker_actor["code"] == "RUSGOV"


# --- partial and scare quotes ---------------------------------------------------------------

def test_a_partial_quote_belongs_to_the_sentences_speaker():
    text = 'The chairperson, Moussa Faki, said the talks had a "constructive spirit" and would go on.'
    [q] = only(text, "partial")
    assert q.text == "constructive spirit" and who(q) == "Moussa Faki"


def test_a_short_quote_with_no_speech_cue_is_a_scare_quote():
    text = 'The euro rose as traders read the statement as "hawkish".'
    assert [q.text for q in quotes(text) if q.kind == "scare"] == ["hawkish"]
    assert not only(text, "direct") and not only(text, "partial")


def test_so_called_marks_a_scare_quote_even_near_a_speech_verb():
    text = 'He warned that the so-called "last mile" could take all year.'
    assert [q.text for q in only(text, "scare")] == ["last mile"]


# --- indirect speech ------------------------------------------------------------------------

def test_said_that_gives_the_reported_clause():
    text = "Samuel Okoro said that the rules would cut the dam's power output in dry years."
    [q] = only(text, "indirect")
    assert q.text == "the rules would cut the dam's power output in dry years"
    assert (who(q), q.cue) == ("Samuel Okoro", "say")


def test_told_reporters():
    [q] = only("Tomas Lindqvist told reporters the authority remained ready to return to the table.", "indirect")
    assert q.text == "the authority remained ready to return to the table" and q.cue == "tell"


def test_added_and_warned_that():
    for verb, lemma in (("added", "add"), ("warned", "warn"), ("insisted", "insist"), ("denied", "deny")):
        [q] = only(f"The minister {verb} that the deal would be signed next week.", "indirect")
        assert (q.text, q.cue) == ("the deal would be signed next week", lemma)


def test_according_to():
    [q] = only("According to diplomats familiar with the talks, the draft would free 500 prisoners.", "indirect")
    assert q.text == "the draft would free 500 prisoners" and q.cue == "according to"
    assert who(q) == "diplomats familiar with the talks"


def test_citing_a_reason_quotes_no_one_but_citing_a_source_does():
    text = "The ministry said exporters would need licences, citing national security."
    assert not any(q.cue == "citing" for q in quotes(text))
    [q] = only("Fighting resumed in the north, citing two military sources.", "indirect")
    assert q.cue == "citing" and who(q) == "two military sources"


def test_a_direct_quote_is_not_also_indirect_speech():
    text = 'Ukraine\'s deputy minister, Oleksandr Hrytsenko, said: "This corridor is our answer to everyone."'
    assert [q.kind for q in quotes(text)] == ["direct"]


# --- speakers that generalise: apposition, role nouns, ranks, datelines ----------------------

def test_a_quote_then_an_organisations_officer_by_name_gives_the_person():
    text = '"We will appeal the ruling," Acme\'s chief executive, Jane Roe, said.'
    [q] = quotes(text)
    assert (q.kind, who(q)) == ("direct", "Jane Roe")


def test_a_role_noun_refers_back_to_the_person_who_holds_it():
    text = 'Judge Mary Keller opened the hearing on Tuesday. "This court will not be rushed," the judge said.'
    [q] = only(text, "direct")
    assert who(q) == "Mary Keller"
    text = "The case was heard by Mary Keller, a federal judge in Boston. The judge said the evidence was thin."
    [q] = only(text, "indirect")
    assert (q.text, who(q)) == ("the evidence was thin", "Mary Keller")


def test_a_role_noun_with_nobody_named_stays_as_it_is():
    [q] = only('"The offer is fair and affordable," the ministry said.', "direct")
    assert who(q) == "the ministry"


def test_military_ranks_come_off_and_name_particles_stay_on():
    [q] = only("Major General Ahmed al-Rashid said the offensive would continue.", "indirect")
    assert who(q) == "Ahmed al-Rashid" and q.speaker_actor["name"] == "Ahmed al-Rashid"
    [q] = only('"We hold the bridge," said Lt. Gen. Yasser al-Atta.', "direct")
    assert who(q) == "Yasser al-Atta"
    [q] = only('"We are ready," said Lieutenant General Sami bin Hassan, the head of the air force.', "direct")
    assert who(q) == "Sami bin Hassan"


def test_a_dateline_is_never_a_speaker():
    [q] = only("DAKAR — Senegal's finance ministry said on Friday the budget deficit had narrowed.", "indirect")
    assert (q.text, who(q)) == ("the budget deficit had narrowed", "Senegal's finance ministry")
    [q] = quotes('NAIROBI, Kenya — "We will not pay," said Mary Wanjiru, a trader.')
    assert (q.kind, who(q)) == ("direct", "Mary Wanjiru")


# --- indirect speech that generalises ------------------------------------------------------------

def test_a_reported_clause_with_a_quoted_fragment_is_indirect_and_partial():
    text = 'The minister said the plan was "a first step" toward a wider settlement.'
    assert [(q.kind, q.text, who(q)) for q in quotes(text)] == [
        ("indirect", 'the plan was "a first step" toward a wider settlement', "The minister"),
        ("partial", "a first step", "The minister")]
    text = 'Jane Roe told reporters after a long meeting that the talks had been "useful but hard".'
    [q] = only(text, "indirect")
    assert (q.text, who(q), q.cue) == ('the talks had been "useful but hard"', "Jane Roe", "tell")


def test_the_speaker_at_the_end_of_the_sentence():
    [q] = only("The alliance will hold its next summit in July, Secretary General Jane Roe said.", "indirect")
    assert (q.text, who(q)) == ("The alliance will hold its next summit in July", "Jane Roe")
    [q] = only("Prices will rise again next year, the central bank's governor, Peter Vance, said on Tuesday.", "indirect")
    assert (q.text, who(q)) == ("Prices will rise again next year", "Peter Vance")
    [q] = only("Prices will rise again next year, said Peter Vance, the governor.", "indirect")
    assert (q.text, who(q)) == ("Prices will rise again next year", "Peter Vance")


def test_a_question_or_a_denial_of_speech_is_no_indirect_quote():
    assert not only("He declined to say whether the talks would continue.", "indirect")


def test_a_two_word_label_hung_on_a_preposition_is_a_scare_quote():
    text = 'The two sides agreed on a "road map" for new talks.'
    assert [(q.kind, q.text) for q in quotes(text)] == [("scare", "road map")]


def test_a_titled_name_labelled_as_an_organisation_can_still_be_she():
    text = 'The head of the port, Iryna Bondar, was upbeat. "Our cranes are ready," she said.'
    [annotations] = annotate_texts([text])
    at = text.index("Iryna")
    entities = tuple(e for e in annotations.entities if not (e.start <= at < e.end))
    bondar = Entity("Iryna Bondar", "ORG", at, at + 12,
                    actor={"name": "Iryna Bondar", "code": "UKRGOV", "country": "UKR", "role": "GOV", "rule": "title"})
    annotations = Annotations(annotations.sentences, annotations.tokens, entities + (bondar,))
    [q] = [q for q in find_quotes(article(text), annotations) if q.kind == "direct"]
    assert who(q) == "Iryna Bondar"


def test_he_after_a_reported_clause_is_the_person_who_said_it():
    text = ('Kenyan Foreign Minister Musalia Mudavadi said the two governments would deploy joint patrols '
            'along the frontier. "We cannot allow a few armed men to hold two nations hostage," he told reporters.')
    [q] = only(text, "direct")
    assert who(q) == "Musalia Mudavadi" and q.cue == "tell"


def test_a_clause_the_parse_hangs_on_an_agreement_past_its_infinitive_is_no_speech():
    text = ("Kenya and Ethiopia on Tuesday agreed to reopen their main border crossing at Moyale, which was "
            "closed in January after clashes between rival herders left 14 people dead.")
    assert not only(text, "indirect")


def test_a_speaker_phrase_ending_in_an_institution_takes_its_actor():
    import newsevents

    doc = newsevents.process_text("Thousands of protesters marched in Tbilisi, the Georgian capital, on Saturday. "
                                  "Police detained 30 people, the interior ministry said.", published="2025-06-10")
    said = [q for q in doc.annotations.quotes if q.speaker and q.speaker["text"] == "the interior ministry"]
    assert said and said[0].speaker_actor["code"] == "GEOGOV"


def test_a_speaker_owned_by_a_coded_person_takes_that_persons_country():
    import newsevents

    doc = newsevents.process_text("NAIROBI, Kenya — The High Court blocked the plan on Friday. President William "
                                  "Ruto's government said it would appeal.", published="2025-06-10")
    said = [q for q in doc.annotations.quotes if q.speaker and q.speaker["text"].endswith("government")]
    assert said and said[0].speaker_actor["code"] == "KENGOV"


def test_a_phrase_quoted_by_a_protest_belongs_to_who_protested():
    import newsevents

    doc = newsevents.process_text("MANILA — A Chinese ship rammed a Philippine boat on Monday. Manila protested the "
                                  "\"dangerous and illegal\" action.", published="2025-06-10")
    partial = [q for q in doc.annotations.quotes if q.text == "dangerous and illegal"]
    assert partial and partial[0].kind == "partial" and partial[0].speaker["text"] == "Manila"
    assert partial[0].speaker_actor["code"] == "PHLGOV"


def test_speakers_named_by_an_organisation_inside_the_phrase_or_by_it():
    import newsevents

    doc = newsevents.process_text("GENEVA — About 1,400 people may have been killed, the United Nations human rights "
                                  "office said. Amnesty International urged the authorities to protect rural "
                                  "communities, which it said had been left \"at the mercy of armed gangs\".",
                                  published="2025-06-10")
    codes = {q.speaker["text"]: (q.speaker_actor or {}).get("code") for q in doc.annotations.quotes if q.speaker}
    assert codes.get("the United Nations human rights office") == "IGOUNO"
    assert codes.get("Amnesty International") == "NGOHRIAMN"

