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


def test_the_name_after_an_office_of_a_department_is_the_person():
    found = entities("On Friday, Secretary of State Ruben Ostrova told reporters that Minister of Foreign Affairs "
                     "Anna Berglund and Secretary of Health and Human Services Tom Okafor would attend.")
    assert {("Ruben Ostrova", "PERSON"), ("Anna Berglund", "PERSON"), ("Tom Okafor", "PERSON")} <= found
    assert not any(text.startswith(("Secretary", "Minister", "State", "Foreign")) for text, _ in found)
    assert ("Ostrova", "PERSON") in entities("On Friday, Secretary of State Ostrova told VOA that talks would go on.")


def test_the_name_after_a_place_noun_is_a_place():
    found = entities("Artillery shelled the city of Kherson overnight, and fighting spread to the province of "
                     "Idlib and the village of Oskarivka.")
    assert {("Kherson", "LOC"), ("Idlib", "LOC"), ("Oskarivka", "LOC")} <= found
    assert not any(label == "PERSON" for _, label in found)
    assert ("Helen Marsh", "PERSON") in entities("The City of Westbay hired Helen Marsh.")


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


def test_names_with_inner_capitals_count_as_names():
    found = entities("Senator Liam McAskill and Governor Seamus MacDonald met on Monday. "
                     "Shares of AirTanker Ltd. fell.")
    assert {("Liam McAskill", "PERSON"), ("Seamus MacDonald", "PERSON"), ("AirTanker Ltd.", "ORG")} <= found


def test_air_before_a_place_is_an_airline_and_an_airport_is_a_place():
    found = entities("Passengers of Air Moldova and Air Zimbabwe were stranded at Borneo International Airport.")
    assert {("Air Moldova", "ORG"), ("Air Zimbabwe", "ORG"), ("Borneo International Airport", "LOC")} <= found
    assert ("Moldova", "LOC") not in found


def test_an_abbreviation_defined_in_brackets_takes_the_label_of_its_name():
    from newsevents.annotate.documents import reads_as

    found = [(e.text, e.label) for e in annotate_texts([
        "The European Maritime Safety Agency (EMSA) warned shipowners. EMSA inspectors boarded four ships."])[0].entities]
    assert found.count(("EMSA", "ORG")) == 2
    assert reads_as("USAF", "United States Air Force") and reads_as("EADS", "European Aeronautic Defence and Space")
    assert not reads_as("NATO", "European Union") and not reads_as("AU", "European Union")


def test_a_family_name_alone_is_the_person_named_before():
    found = [(e.text, e.label) for e in annotate_texts([
        "Spokeswoman Ingrid Voss said the plant would close. Voss added that no jobs would be lost."])[0].entities]
    assert found.count(("Voss", "PERSON")) == 1 and ("Ingrid Voss", "PERSON") in found


def test_a_family_name_does_not_take_over_a_place_or_a_dictionary_name():
    from spacy.tokens import Doc, Span

    from newsevents.annotate.documents import document_names

    nlp = spacy.blank("en")
    words = ["Maria", "Oslund", "met", "Paul", "Kyiv", ".", "Oslund", "and", "Kyiv", "agreed", "in", "Oslund", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN"] * 2 + ["VERB"] + ["PROPN"] * 2 + ["PUNCT"]
              + ["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 5 + [True] + [False] * 6)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="PERSON"), Span(doc, 11, 12, label="LOC")]
    document_names(doc)
    assert [(e.text, e.start, e.label_) for e in doc.ents] == [
        ("Maria Oslund", 0, "PERSON"), ("Paul Kyiv", 3, "PERSON"), ("Oslund", 6, "PERSON"), ("Oslund", 11, "LOC")]


def test_the_recogniser_keeps_a_longer_organisation_name_than_the_ruler():
    from spacy.tokens import Doc, Span

    from newsevents.annotate.surnames import keep_people, restore_people

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["The", "Housing", "Authority", "of", "Nordhavn", "and", "the", "Port", "of",
                                "Vardo", "Authority", "sued", "Apple", "mobile", "devices", "."])
    doc.ents = [Span(doc, 1, 5, label="ORG"), Span(doc, 7, 11, label="LOC"), Span(doc, 12, 15, label="ORG")]
    keep_people(doc)  # what the recogniser found
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 4, 5, label="LOC"), Span(doc, 9, 11, label="ORG"),
                Span(doc, 12, 13, label="ORG")]  # what the ruler leaves
    restore_people(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Housing Authority of Nordhavn", "ORG"), ("Port of Vardo Authority", "ORG"), ("Apple", "ORG")]


def test_a_big_city_the_model_misses_is_a_place():
    # cities.jsonl: the gazetteer's towns of a million people or more
    assert ("Lagos", "LOC") in entities("Police fired tear gas at protesters in Lagos.")
    patterns = {(p["label"], p["pattern"]) for p in load_patterns()}
    assert {("LOC", "Lagos"), ("LOC", "Kharkiv"), ("LOC", "Mosul")} <= patterns


def test_city_patterns_are_big_towns_of_the_gazetteer():
    import gzip
    import json
    from pathlib import Path

    import newsevents
    data = Path(newsevents.__file__).parent / "data"
    with gzip.open(data / "places" / "gazetteer.tsv.gz", "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    at = {name: n for n, name in enumerate(rows[0])}
    big = {r[at["name"]] for r in rows[1:] if r[at["kind"]] == "city" and int(r[at["population"]] or 0) >= 1_000_000}
    lines = (data / "entity_patterns" / "cities.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["pattern"] in big for line in lines)


def test_a_person_whose_given_name_is_a_big_city_stays_a_person():
    found = entities("Kobe Bryant scored 40 points in Los Angeles. Istanbul Mayor Ekrem Imamoglu spoke.")
    assert ("Kobe Bryant", "PERSON") in found and ("Kobe", "LOC") not in found
    assert ("Istanbul", "LOC") in found  # a title after the place: the place is no given name


def test_a_makers_name_before_a_model_designation_is_a_product_not_an_organisation():
    found = entities("Qantas grounded two Airbus A380 jets, and Norland Air bought 20 Boeing 787s and a "
                     "Boeing 737-800. Lockheed Martin F-35 fighters flew over the coast.")
    names = {text for text, _ in found}
    assert not names & {"Airbus", "Boeing", "Lockheed Martin"}
    assert ("Qantas", "ORG") in found


def test_the_maker_on_its_own_and_numbers_that_are_not_models_keep_the_organisation():
    found = entities("Boeing said it would hire 300 workers, and Airbus 300 million euros of parts. "
                     "The G20 met in Rome, and Pfizer COVID-19 vaccines arrived.")
    assert {("Boeing", "ORG"), ("Airbus", "ORG"), ("G20", "ORG"), ("Pfizer", "ORG")} <= found


def test_airlines_have_names_and_home_countries():
    from newsevents.actors.lexicon import load_actor_dictionary
    found = entities("Aer Lingus and China Eastern cancelled flights, Garuda Indonesia said.")
    assert {("Aer Lingus", "ORG"), ("China Eastern", "ORG"), ("Garuda Indonesia", "ORG")} <= found
    actors = load_actor_dictionary()
    assert [m.code for m in actors.lookup("Aer Lingus")] == ["IRLBUS"]
    assert [m.code for m in actors.lookup("China Eastern")] == ["CHNBUS"]


def test_a_name_the_recogniser_found_without_a_capital_is_dropped():
    from spacy.tokens import Span

    from newsevents.annotate.lowercase import drop_lowercase_names
    nlp = spacy.blank("en")
    doc = nlp("Musalia Mudavadi said the two governments would deploy joint patrols along the frontier.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 7, 10, label="PERSON")]
    assert [e.text for e in drop_lowercase_names(doc).ents] == ["Musalia Mudavadi"]
    shouting = nlp("musalia mudavadi said the two governments would deploy joint patrols along the frontier.")
    shouting.ents = [Span(shouting, 0, 2, label="PERSON")]
    assert [e.text for e in drop_lowercase_names(shouting).ents] == ["musalia mudavadi"]  # a lowercased text


def test_a_common_phrase_is_no_person_in_the_shipped_pipeline():
    found = entities("Kenyan Foreign Minister Musalia Mudavadi said the two governments would deploy joint "
                     "patrols along the frontier.")
    assert ("Musalia Mudavadi", "PERSON") in found
    assert all(any(ch.isupper() for ch in text) for text, _ in found)


def test_the_city_of_a_dateline_is_a_place():
    found = entities("MOSCOW, March 4 (Reuters) — Police detained dozens of protesters on Sunday.\n\n"
                     "KOSTI, Sudan — Soldiers fired on the crowd.")
    assert {("MOSCOW", "LOC"), ("KOSTI", "LOC"), ("Sudan", "LOC")} <= found
    assert not any(text == "KOSTI" and label != "LOC" for text, label in found)


def test_a_heading_in_capitals_before_a_dash_is_no_place():
    found = entities("BREAKING — Soldiers fired on the crowd in Kosti.")
    assert not any(text == "BREAKING" for text, _ in found)


def test_an_organisation_name_goes_on_after_of_on_or_for():
    found = entities("The Kenya National Commission on Human Rights said two people died, and the Ministry of Foreign "
                     "Affairs summoned the envoy. Detectives of the Directorate of Criminal Investigations arrested him.")
    assert {("Kenya National Commission on Human Rights", "ORG"), ("Ministry of Foreign Affairs", "ORG"),
            ("Directorate of Criminal Investigations", "ORG")} <= found


def test_names_joined_by_and_make_one_organisation_but_two_named_ones_stay_two():
    found = entities("The Independent Electoral and Boundaries Commission announced the results. Kenya Airways and "
                     "Rwanda Airways cancelled flights, and the Department of Housing and Urban Development said so.")
    assert ("Independent Electoral and Boundaries Commission", "ORG") in found
    assert ("Department of Housing and Urban Development", "ORG") in found
    assert not any(" and Rwanda" in text for text, _ in found)


def test_a_day_or_a_company_suffix_does_not_carry_a_name_on():
    found = entities("The Electoral Commission on Monday rejected the appeal. Safaricom Inc. of Nairobi said it would "
                     "comply.")
    assert not any(text.endswith(("Monday", "of Nairobi")) for text, _ in found)


def test_a_person_noun_before_a_name_is_a_title_and_a_hyphened_particle_stays_in_the_name():
    found = entities("A military court sentenced opposition politician Kizza Besigye to seven years. Shiite cleric "
                     "Muqtada al-Sadr condemned the verdict.")
    assert {("Kizza Besigye", "PERSON"), ("Muqtada al-Sadr", "PERSON")} <= found
