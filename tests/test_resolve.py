"""The resolve stage: each actor rule with a literal example, run through the shipped pipeline."""
import json
from pathlib import Path

import pytest

import newsevents
from newsevents.records import Annotations, Article, Token
from newsevents.resolve import resolve_document
from newsevents.resolve.times import verb_tense
from newsevents.resolve.tree import Tree

ROOT = Path(__file__).resolve().parents[1]


def actors_of(text: str, published: str = "2024-05-14") -> dict[str, dict]:
    doc = newsevents.process_text(text, published=published)
    return {e.text: e.actor for e in doc.annotations.entities if e.actor}


def code(found: dict, mention: str) -> tuple:
    actor = found[mention]
    return actor["country"], actor["role"]


def test_a_known_name_is_coded_by_the_article_date():
    found = actors_of("Vladimir Putin met the governor on Monday.", published="2024-03-05")
    assert found["Vladimir Putin"]["code"] == "RUSGOV"


def test_an_unknown_person_keeps_the_text_and_gets_no_code():
    found = actors_of("Olena Marchenko spoke to reporters on Monday.")
    assert found["Olena Marchenko"] == {"name": "Olena Marchenko", "code": None, "country": None,
                                        "role": None, "rule": "unknown"}


@pytest.mark.parametrize("text, mention, expected", [
    ("Chinese Foreign Ministry spokesman Wang Wenbin told a briefing that talks would go on.", "Wang Wenbin", ("CHN", "GOV")),
    ("In New York, the Israeli ambassador to the UN, Gilad Erdan, said the shelling must stop.", "Gilad Erdan", ("ISR", "GOV")),
    ("Ukraine's foreign minister, Dmytro Kuleba, accused the army of shelling the city.", "Dmytro Kuleba", ("UKR", "GOV")),
    ("Kremlin spokesman Dmitry Peskov rejected the accusation on Monday.", "Dmitry Peskov", ("RUS", "GOV")),
    ("Tanzanian President Samia Suluhu Hassan witnessed the signing.", "Samia Suluhu Hassan", ("TZA", "GOV")),
])
def test_titles_and_appositions_give_country_and_role(text, mention, expected):
    assert code(actors_of(text), mention) == expected


@pytest.mark.xfail(reason="the shipped model breaks the sentence after 'Union leader' and misses the name "
                          "Niek Stam: a model error the rule cannot repair", strict=False)
def test_a_union_leader_is_labour_with_the_country_of_the_article():
    found = actors_of("Dock workers in Rotterdam, the Netherlands, walked out. The FNV union said 4,000 members joined. "
                      "Union leader Niek Stam told a rally in Rotterdam that the port broke its promises.")
    assert code(found, "Niek Stam") == ("NLD", "LAB")


@pytest.mark.parametrize("text, mention, expected", [
    ("Turkish troops moved armoured vehicles to the border on Monday.", "Turkish troops", ("TUR", "MIL")),
    ("Russian negotiators returned to the table in Geneva.", "Russian negotiators", ("RUS", "GOV")),
    ("Ukrainian officials said the talks would resume.", "Ukrainian officials", ("UKR", "GOV")),
    ("Israeli police in Jerusalem reported no link to the incident.", "Israeli police", ("ISR", "COP")),
    ("Egypt's foreign ministry welcomed the deal.", "Egypt's foreign ministry", ("EGY", "GOV")),
])
def test_a_demonym_or_country_with_a_group_noun_is_a_group(text, mention, expected):
    assert code(actors_of(text), mention) == expected


def test_coordinated_demonyms_make_one_group_each():
    found = actors_of("Russian and Ukrainian negotiators returned to the table in Geneva on Monday.")
    assert code(found, "Russian") == ("RUS", "GOV")
    assert code(found, "Ukrainian negotiators") == ("UKR", "GOV")


@pytest.mark.parametrize("text, mention, expected", [
    ("Beijing said the measures were unfair.", "Beijing", ("CHN", "GOV")),
    ("Moscow accused Kyiv of shelling the city.", "Moscow", ("RUS", "GOV")),
    ("Washington warned against any escalation.", "Washington", ("USA", "GOV")),
])
def test_a_capital_acting_is_its_government(text, mention, expected):
    assert code(actors_of(text), mention) == expected


def test_a_capital_as_the_place_of_an_event_stays_a_place():
    doc = newsevents.process_text("The two leaders met in Moscow on Monday.", published="2024-05-14")
    [moscow] = [e for e in doc.annotations.entities if e.text == "Moscow"]
    assert moscow.actor is None
    assert moscow.place.name == "Moscow" and moscow.place.country == "RUS"


@pytest.mark.parametrize("text, mention, expected", [
    ("Officials met in Ankara and Istanbul on Monday. The Defence Ministry said the army had been ordered to return fire.", "Defence Ministry", ("TUR", "GOV")),
    ("The German chancellery said Berlin was following the situation closely.", "German chancellery", ("DEU", "GOV")),
    ("The Pentagon said it was in contact with the Turkish military.", "Pentagon", ("USA", "MIL")),
    ("The Kremlin rejected the accusation.", "Kremlin", ("RUS", "GOV")),
    ("WASHINGTON — The U.S. Senate voted 68 to 31 on Thursday to pass a stopgap budget.", "Senate", ("USA", "LEG")),
])
def test_institutions_take_the_country_the_text_gives_them(text, mention, expected):
    assert code(actors_of(text), mention) == expected


def test_coreference_points_back_to_the_full_mention():
    text = ("ANKARA — President Recep Tayyip Erdogan said Turkey would respond. Speaking in Ankara, Erdogan said the "
            "army had been ordered to return fire. The head of state added that he would call NATO allies. "
            "The Turkish president is expected to chair a meeting on Thursday.")
    doc = newsevents.process_text(text, published="2024-05-14")
    full = text.index("Recep Tayyip Erdogan")
    later = {e.text: e.actor for e in doc.annotations.entities if e.actor and e.start > full + 25}
    for mention in ("Erdogan", "head of state", "he", "Turkish president"):
        assert later[mention]["code"] == "TURGOV", mention
        assert later[mention]["antecedent"] == full, mention


def test_a_pronoun_takes_the_nearest_person_before_it():
    found = actors_of("Kremlin spokesman Dmitry Peskov rejected the accusation. He added that talks could go on.")
    assert found["He"]["country"] == "RUS" and found["He"]["rule"] == "coref-pronoun"


def test_times_are_filled_with_the_tense_the_parse_gives():
    doc = newsevents.process_text("Ministers met on Monday. The minister is expected to visit Ankara on Friday.",
                                    published="2024-05-14")  # a Tuesday
    values = {t.text: t.value for t in doc.annotations.times}
    assert values == {"Monday": "2024-05-13", "Friday": "2024-05-17"}


def test_focus_and_an_inferred_publication_date_are_in_the_contract():
    doc = newsevents.process_text("Published Monday, March 4. Kenya and Tanzania signed a pact in Nairobi on Monday.")
    focus = doc.to_dict()["focus"]
    assert focus["country"] == "KEN"
    assert focus["published_inferred"]["how"].startswith("inferred from 'Monday, March 4'")


def test_without_a_parse_times_and_focus_are_still_filled():
    article = Article(id="x", input="x", url=None, source=None, title=None, published="2024-05-14",
                      published_source="user", language="en", text="Talks will resume on Friday in Geneva.")
    done = resolve_document(article, Annotations(note="annotation switched off (model = none)"))
    assert [t.value for t in done.times] == ["2024-05-17"]
    assert done.focus == {"country": None, "place": None, "published_inferred": None}


def test_verb_tense_reads_will_and_to_as_future():
    tokens = [Token(0, 0, 2, "is", "be", "AUX", "VBZ", "aux", 2, 0, "Tense=Pres"),
              Token(1, 3, 5, "to", "to", "PART", "TO", "aux", 2, 0),
              Token(2, 6, 11, "visit", "visit", "VERB", "VB", "ROOT", 2, 0, "VerbForm=Inf")]
    tree = Tree(tokens)
    assert verb_tense(tree.tokens[2], tree) == "future"


def test_the_gold_set_is_well_formed():
    lines = (ROOT / "tests" / "data" / "actors_gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines]
    assert len(gold) >= 80
    assert all({"file", "mention", "start", "end", "country", "role"} <= set(g) for g in gold)


# ---------------------------------------------------------------- institutions, companies, groups by context

@pytest.mark.parametrize("text, mention, expected", [
    ("Lawmakers in Canberra argued for hours. The Australian government said the House of Representatives "
     "would vote on the bill in Australia next week.", "House of Representatives", ("AUS", "LEG")),
    ("Floods hit Portugal on Sunday. The Portuguese government asked for help, and the national civil "
     "protection agency said 300 people had left their homes near Coimbra, Portugal.",
     "civil protection agency", ("PRT", "GOV")),
])
def test_a_generic_institution_takes_the_country_of_the_text(text, mention, expected):
    found = actors_of(text)
    key = next(k for k in found if mention in k)
    assert code(found, key) == expected


def test_a_bare_state_force_takes_the_focus_country():
    found = actors_of("Storms battered Greece on Friday. The Greek government sent army engineers to clear roads "
                      "near Volos, Greece, where rivers burst their banks.")
    key = next(k for k in found if "engineers" in k)
    assert code(found, key) == ("GRC", "MIL")


@pytest.mark.parametrize("text, mention, expected", [
    ("Shipping lines warned of delays after the storm. Maersk said it would divert four ships.", "Maersk", ("DNK", "BUS")),
    ("The ministry said that the state copper company Codelco would bid for the licence.", "Codelco", ("CHL", "BUS")),
    ("The minister told the broadcaster NOS that talks would go on.", "NOS", ("NLD", "MED")),
])
def test_well_known_companies_and_media_have_their_home_country(text, mention, expected):
    assert code(actors_of(text), mention) == expected


def test_a_place_named_like_an_organisation_is_an_organisation():
    found = actors_of("Exports fell in Hamburg, Germany, this year. The Port of Hamburg Authority said on Monday "
                      "that it expected a recovery in Germany.")
    assert code(found, "Port of Hamburg Authority") == ("DEU", "GOV")


def test_an_acronym_refers_to_the_organisation_named_before():
    found = actors_of("The African Union called for a ceasefire in Sudan. Diplomats said the AU would send envoys.")
    assert code(found, "AU") == (None, "IGO")
    assert found["AU"]["rule"] == "coref-acronym"


@pytest.mark.parametrize("text, mention, expected", [
    ("The Rwandan Patriotic Front rejected the plan on Monday.", "Rwandan Patriotic Front", ("RWA", None)),
    ("The Montenegro Assembly voted on the budget.", "Montenegro Assembly", ("MNE", "LEG")),
])
def test_an_unknown_organisation_takes_the_country_its_name_holds(text, mention, expected):
    assert code(actors_of(text), mention) == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("The German government on Tuesday welcomed the proposal.", "German government", ("DEU", "GOV")),
    ("A senior U.S. official praised the agreement.", "U.S. official", ("USA", "GOV")),
    ("Darfur rebels attacked a convoy, aid workers said.", "Darfur rebels", ("SDN", "REB")),
    ("The army said it had pushed back rebels in Darfur overnight.", "rebels", ("SDN", "REB")),
])
def test_groups_by_demonym_abbreviation_or_place(text, mention, expected):
    assert code(actors_of(text, published="2004-05-14"), mention) == expected


def test_an_ethnic_group_is_not_its_namesake_state():
    found = actors_of("Ethnic Hungarians in southern Slovakia asked for more schools in their language.")
    key = next(k for k in found if "Hungarians" in k)
    assert found[key]["country"] == "SVK"


@pytest.mark.parametrize("text, mention, published, expected", [
    ("Former president Carlos Menem was questioned by a judge.", "Carlos Menem", "2001-06-07", ("ARG", "ELI")),
    ("King Hassan of Morocco received the envoy.", "Hassan", "1998-03-01", ("MAR", "GOV")),
    ("Francois Mitterrand was remembered at a ceremony.", "Francois Mitterrand", "2000-01-08", ("FRA", "ELI")),
    ("Jacques Chirac told reporters that France would not change course.", "Jacques Chirac", "2003-02-10", ("FRA", "GOV")),
    ("Hosni Mubarak met the envoy in Cairo.", "Hosni Mubarak", "2005-06-01", ("EGY", "GOV")),
])
def test_historical_people_by_the_articles_date(text, mention, published, expected):
    found = actors_of(text, published=published)
    key = next(k for k in found if mention in k)
    assert code(found, key) == expected


def test_a_person_followed_by_administration_is_that_government():
    found = actors_of("The Reagan administration announced new tariffs on Tuesday.", published="1987-04-01")
    assert code(found, "Reagan administration") == ("USA", "GOV")


def test_a_name_cut_at_a_hyphen_is_made_whole():
    found = actors_of("Ousted president Jean-Bertrand Aristide was accused of fraud.", published="2004-05-01")
    key = next(k for k in found if k.startswith("Jean"))
    assert key == "Jean-Bertrand Aristide" and found[key]["country"] == "HTI"
