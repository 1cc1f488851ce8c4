"""Entities from the dictionaries and the title patterns, on literal sentences."""
from __future__ import annotations

import spacy

from newsevents.annotate import annotate_texts
from newsevents.annotate.rulers import add_entity_ruler, load_patterns


def entities(text: str, **options) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in annotate_texts([text], **options)[0].entities}


def test_a_current_office_holder_is_a_person():
    found = entities("Talks resumed after Hakan Fidan arrived in Doha on Monday.")
    assert ("Hakan Fidan", "PERSON") in found


def test_groups_and_international_organisations_are_organisations():
    found = entities("The Rapid Support Forces shelled the city, the International Atomic Energy Agency said.")
    assert {("Rapid Support Forces", "ORG"), ("International Atomic Energy Agency", "ORG")} <= found


def test_the_name_after_a_title_is_the_person():
    found = entities("President Emmanuel Macron spoke to Foreign Minister Wopke Bokstra, "
                     "and spokesman Dmitry Peskov declined to comment.")
    assert {("Emmanuel Macron", "PERSON"), ("Wopke Bokstra", "PERSON"), ("Dmitry Peskov", "PERSON")} <= found
    assert not any(text.startswith(("President", "Foreign", "spokesman")) for text, _ in found)


def test_demonyms_are_norp():
    assert ("Ukrainian", "NORP") in entities("Ukrainian officials met their hosts.")


def test_lower_case_common_words_are_not_tagged():
    text = "the general said the union and the front were in a good position, and the president agreed."
    assert entities(text) == set()


def test_a_title_word_inside_an_organisation_name_is_left_alone():
    nlp = spacy.blank("en")
    add_entity_ruler(nlp, [{"label": "ORG", "pattern": "General Motors"}])
    assert [(e.text, e.label_) for e in nlp("General Motors cut jobs.").ents] == [("General Motors", "ORG")]


def test_actor_patterns_are_shipped():
    patterns = {(p["label"], p["pattern"]) for p in load_patterns()}
    assert {("PERSON", "António Guterres"), ("ORG", "Hayat Tahrir al-Sham"), ("ORG", "Reuters")} <= patterns
    assert not any(label == "PERSON" and " " not in pattern for label, pattern in patterns)  # no surnames alone


def test_legislatures_companies_and_country_abbreviations_are_recognised():
    found = entities("The House of Representatives passed the bill. Maersk and Codelco objected, and the PRC "
                     "said it would reply.")
    assert {("House of Representatives", "ORG"), ("Maersk", "ORG"), ("Codelco", "ORG"), ("PRC", "LOC")} <= found


def test_a_person_whose_family_name_is_a_place_stays_a_person():
    from spacy.tokens import Doc, Span

    from newsevents.annotate.surnames import keep_people, restore_people

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Police", "shot", "Sudesh", "Amman", "near", "East", "Jerusalem", "."])
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 7, label="PERSON")]  # as a recogniser
    keep_people(doc)
    doc.ents = [Span(doc, 3, 4, label="LOC"), Span(doc, 6, 7, label="LOC")]  # as the ruler leaves them
    restore_people(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Sudesh Amman", "PERSON"), ("Jerusalem", "LOC")]
    found = entities("Maria Lima spoke to reporters in Amman.")
    assert ("Maria Lima", "PERSON") in found and ("Amman", "LOC") in found
