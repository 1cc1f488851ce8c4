"""Actor dictionaries: the PETRARCH formats, the shipped data, lookups by date."""
from datetime import date

import pytest

from newsevents.actors.dictionaries import parse_actors, parse_agents, parse_discards
from newsevents.errors import DictionaryError
from newsevents.actors.lexicon import load_actor_dictionary
from newsevents.actors.normalise import normalise
from newsevents.actors.officeholders import parse_terms
from newsevents.actors.records import DatedCode
from newsevents.errors import NewsEventsError

# A fictional dictionary in the PETRARCH actors format.
ACTORS = """\
<!-- a test dictionary -->
ARNOR_  [ARN]
+ARNORIAN  # a synonym
+THE_NORTH_KINGDOM

ELENDIL_THE_TALL  # GOV, then ELI after he fell
+KING_ELENDIL
	[ARNGOV >080508]
	[ARNELI 950101-080507]
	[ARN]
GOLLUM
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
LEONID_OF_BREE
SECRETARY_LEONID
	[BREGOV 641014-821110]
PRINCE_OF_DOL_AMROTH  [--- <950630] [DOL]
"""


def test_actor_entries_keep_names_synonyms_and_codes():
    arnor, elendil, gollum, leonid, prince = parse_actors(ACTORS, source="test.actors.txt")
    assert arnor.names == ("ARNOR", "ARNORIAN", "THE NORTH KINGDOM")
    assert arnor.codes == (DatedCode("ARN"),)
    assert (elendil.source_file, elendil.line) == ("test.actors.txt", 6)
    assert elendil.codes[0] == DatedCode("ARNGOV", date(2008, 5, 8), None)
    assert elendil.codes[1] == DatedCode("ARNELI", date(1995, 1, 1), date(2008, 5, 7))
    assert gollum.codes[0] == DatedCode("HOB", None, date(1995, 5, 31))  # "<" is before that day
    assert leonid.names == ("LEONID OF BREE", "SECRETARY LEONID")  # name lines before a code: one entry
    assert [c.code for c in prince.codes] == ["---", "DOL"]


def test_dated_codes_apply_by_the_articles_date():
    _, elendil, gollum, _, prince = parse_actors(ACTORS, source="test.actors.txt")
    assert elendil.code_on(date(2010, 1, 1)) == "ARNGOV"
    assert elendil.code_on(date(2000, 1, 1)) == "ARNELI"
    assert elendil.code_on(date(1990, 1, 1)) == "ARN"  # no dated code applies: the undated one
    assert elendil.code_on(None) == "ARNGOV"  # no date: the open-ended code
    assert gollum.code_on(date(1997, 3, 1)) == "HOBGOV"
    assert gollum.code_on(date(2001, 1, 1)) == "HOBREB"
    assert prince.code_on(date(1990, 1, 1)) is None  # "---": known, never coded
    assert prince.code_on(date(1996, 1, 1)) == "DOL"
    assert DatedCode("USAGOV", date(2009, 1, 20), date(2017, 1, 20)).code_on(date(2017, 1, 21)) is None


@pytest.mark.parametrize("line, problem", [
    ("BROKEN_NAME [ARNGOV >0805", "unclosed '['"),
    ("BROKEN_NAME [ARN GOV]", "bad code block"),
    ("BROKEN_NAME [ARNGOV 081345]", "not a day"),
    ("BROKEN_NAME [ARNGOV 100101-090101]", "ends before it starts"),
    ("BROKEN_NAME [ARN] extra words", "unexpected text"),
])
def test_a_syntax_error_names_the_file_and_the_line(line, problem):
    text = ACTORS + line + "\n"
    with pytest.raises(DictionaryError) as raised:
        parse_actors(text, source="my.actors.txt")
    error = raised.value
    assert (error.file, error.line) == ("my.actors.txt", 20)
    assert problem in str(error) and str(error).startswith("my.actors.txt:20: ")
    assert isinstance(error, NewsEventsError) and error.stage == "dictionary"


def test_a_synonym_before_any_name_is_refused():
    with pytest.raises(DictionaryError, match="x.txt:2: "):
        parse_actors("# comment\n+ORPHAN\n", source="x.txt")


def test_a_broken_user_file_is_refused_with_its_path_and_line(tmp_path):
    path = tmp_path / "mine.actors.txt"
    path.write_text("GONDOR [GON]\nMORDOR [MOR 2001]]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as raised:
        load_actor_dictionary([path])
    assert raised.value.file == str(path) and raised.value.line == 2


def test_agents_make_substitutions_and_plurals():
    agents = parse_agents(
        "!MINIST! = MINISTER, MINISTRY\n"
        "FOREIGN_!MINIST! [~GOV]\n"
        "TROOP [~MIL]\n"
        "POLICE {} [~COP]\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
        "HUMAN_RIGHTS_BODY [NGO~]  # prefix code\n",
        source="test.agents.txt",
    )
    foreign, troop, police, attorney, body = agents
    assert foreign.names == ("FOREIGN MINISTER", "FOREIGN MINISTRY") and foreign.code == "GOV"
    assert troop.names == ("TROOP", "TROOPS")
    assert police.names == ("POLICE",)
    assert attorney.names == ("ATTORNEY GENERAL", "ATTORNEYS GENERAL")
    assert body.prefix and body.code == "NGO"


def test_agent_errors_name_the_line():
    with pytest.raises(DictionaryError, match="a.txt:2: .*!SPOKES! is not defined"):
        parse_agents("TROOP [~MIL]\nGOVERNMENT_!SPOKES! [~GOV]\n", source="a.txt")
    with pytest.raises(DictionaryError, match="a.txt:1: bad agent code"):
        parse_agents("DEPARTMENT_OF_ENVIRONMENT [~ENV}\n", source="a.txt")


def test_discards_are_sentence_or_story_phrases():
    first, second = parse_discards("YEARS LATER\n+Manchester United   # pas\n", source="d.txt")
    assert (first.phrase, first.story) == ("YEARS LATER", False)
    assert (second.phrase, second.story) == ("Manchester United", True)


def test_names_compare_without_case_punctuation_the_and_diacritics():
    assert normalise("Erdoğan") == normalise("ERDOGAN_") == "erdogan"
    assert normalise("the U.N.") == normalise("UN_") == "un"
    assert normalise("Ban Ki-moon") == "ban ki moon"
    assert normalise("Erdogan's") == "erdogan"


def test_office_holder_rows_are_checked():
    header = "name\talternatives\tcountry\trole\toffice\tstart\tend\n"
    with pytest.raises(DictionaryError, match="o.tsv:2: "):
        parse_terms(header + "Jane Doe\t\tARN\tGOV\thead of state\t2020-13-01\t\n", source="o.tsv")


# ---------------------------------------------------------------- the shipped data

@pytest.fixture(scope="module")
def actors():
    return load_actor_dictionary()


def codes(actors, name, day):
    return [m.code for m in actors.lookup(name, day)]


def test_leaders_by_date(actors):
    assert codes(actors, "Vladimir Putin", date(2024, 3, 5)) == ["RUSGOV"]
    assert codes(actors, "Recep Tayyip Erdogan", date(2024, 3, 5)) == ["TURGOV"]
    assert codes(actors, "Erdoğan", date(2024, 3, 5)) == ["TURGOV"]
    assert codes(actors, "Olaf Scholz", date(2023, 6, 1)) == ["DEUGOV"]
    assert "DEUGOV" not in codes(actors, "Olaf Scholz", date(2026, 1, 15))  # ended 2025-05-06
    assert codes(actors, "Keir Starmer", date(2025, 2, 1)) == ["GBRGOV"]
    assert codes(actors, "Keir Starmer", date(2022, 2, 1)) == ["GBROPP"]
    assert codes(actors, "President Obama", date(2024, 1, 1)) == ["USAELI"]  # a Phoenix name, re-dated
    assert codes(actors, "Hibatullah Akhundzada", date(2019, 1, 1)) == ["AFGREB"]
    assert codes(actors, "Hibatullah Akhundzada", date(2023, 1, 1)) == ["AFGGOV"]
    assert codes(actors, "Hemedti", date(2024, 1, 1)) == ["SDNREB"]
    assert codes(actors, "António Guterres", date(2024, 1, 1)) == ["IGOUNO"]


def test_a_match_splits_its_code(actors):
    [match] = actors.lookup("Wang Wenbin", date(2022, 1, 1))
    assert (match.code, match.country, match.role) == ("CHNGOV", "CHN", "GOV")
    [un] = actors.lookup("the U.N.")
    assert (un.code, un.country, un.role) == ("IGOUNO", None, "IGO")
    assert actors.lookup("Nobody Anybody") == []


def test_a_legislature_or_court_has_its_branch_as_role():
    from newsevents.actors.codes import split_code

    assert split_code("USAGOVLEG") == ("USA", "LEG") and split_code("INDGOVJUD") == ("IND", "JUD")
    assert split_code("RUSGOVMIL") == ("RUS", "GOV") and split_code("USAGOV") == ("USA", "GOV")


def test_countries_demonyms_and_capitals(actors):
    assert actors.country("Turkish").country.iso3 == "TUR" and actors.country("Turkish").kind == "demonym"
    assert actors.country("Israelis").country.iso3 == "ISR"
    assert actors.country("Beijing").country.iso3 == "CHN" and actors.country("Beijing").kind == "capital"
    assert actors.country("Türkiye").country.iso3 == "TUR"
    assert codes(actors, "Türkiye", None) == ["TUR"]


def test_a_demonym_naming_people_is_an_actor_in_the_plural_too(actors):
    assert codes(actors, "Kenyans", None) == ["KEN"] and codes(actors, "Iraqis", None) == ["IRQ"]
    assert codes(actors, "Danes", None) == ["DNK"] and codes(actors, "Frenchmen", None) == ["FRA"]
    assert actors.lookup("Chineses") == [] and actors.lookup("U.S.s") == []


def test_a_name_written_with_its_abbreviation_is_found_by_either(actors):
    # Phoenix writes LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_; before, only "tigers" matched (SWZREB)
    assert codes(actors, "Liberation Tigers of Tamil Eelam", None) == ["LKAREB"]
    assert codes(actors, "LTTE", None) == ["LKAREB"]
    # a key another entry holds stays that entry's: "the PLA" is China's army, not an Irish group
    assert codes(actors, "PLA", None) == ["CHNMIL"]


def test_short_forms_are_the_initials_of_the_name():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_actor_data.py"
    spec = importlib.util.spec_from_file_location("build_actor_data", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.short_forms("LIBERATION TIGERS OF TAMIL EELAM (LTTE)") == ["LIBERATION TIGERS OF TAMIL EELAM", "LTTE"]
    assert build.short_forms("DIRECT ACTION (GREECE)") == []
    assert build.short_forms("GEORGIA (USA)") == []
    assert build.short_forms("IRISH REPUBLICAN ARMY") == []


def test_agents_and_discards(actors):
    assert actors.agent("foreign minister") == "GOV"
    assert actors.agent("troops") == "MIL"
    assert actors.agent("rebels") == "REB"
    assert actors.agent("police") == "COP"
    assert actors.agent("protesters") == "OPP"
    assert actors.agent("a teapot") is None
    assert actors.is_discard("Manchester United")
    assert actors.discard_in("Fans watched the World Golf Championships on TV").story
    assert actors.discard_in("Troops crossed the border") is None


def test_office_holders_by_office(actors):
    [chancellor] = actors.holders(country="DEU", office="head of government", on=date(2024, 1, 1))
    assert chancellor.name == "Olaf Scholz"


def test_user_files_are_merged_on_top(tmp_path, actors):
    path = tmp_path / "extra.actors.txt"
    path.write_text("VLADIMIR_PUTIN [ARNGOV]\nFRODO_BAGGINS [SHRCVL]\n", encoding="utf-8")
    merged = load_actor_dictionary([path])
    assert codes(merged, "Vladimir Putin", date(2024, 3, 5)) == ["ARNGOV"]
    assert codes(merged, "Frodo Baggins", None) == ["SHRCVL"]
    assert codes(merged, "Keir Starmer", date(2025, 2, 1)) == ["GBRGOV"]
    assert load_actor_dictionary([path]) is merged  # cached while the file is unchanged
    assert codes(actors, "Vladimir Putin", date(2024, 3, 5)) == ["RUSGOV"]


def test_the_shipped_dictionary_loads_once_per_process(actors):
    from newsevents.actors import lexicon

    lexicon._shipped.cache_clear()
    fresh = load_actor_dictionary()
    assert load_actor_dictionary() is fresh


PETRARCH = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "data" / "petrarch"


@pytest.mark.skipif(not (PETRARCH / "PETR.Validate.actors.txt").exists(), reason="shared data not here")
def test_the_petrarch_validation_dictionaries_load_alone():
    files = [PETRARCH / f"PETR.Validate.{kind}.txt" for kind in ("actors", "agents", "discards")]
    validate = load_actor_dictionary(files, base=False)
    assert codes(validate, "Gollum", date(1997, 3, 1)) == ["HOBGOV"]
    assert codes(validate, "Sam Gamgee", date(2010, 1, 10)) == ["ORCHOB"]  # the first dated code wins
    assert validate.agent("foreign ministers") == "GOVFRM"
    assert validate.is_discard("baseball")
    assert validate.lookup("Vladimir Putin") == []


def test_companies_and_media_carry_their_home_country(actors):
    assert codes(actors, "Maersk", date(2024, 1, 1)) == ["DNKBUS"]
    assert codes(actors, "Codelco", None) == ["CHLBUS"]
    assert codes(actors, "NOS", None) == ["NLDMED"]
    assert codes(actors, "Toyota", None) == ["JPNBUS"]  # hides Phoenix's MNCJPN


def test_a_shorter_form_of_a_known_persons_name(actors):
    assert [m.code for m in actors.lookup_person("Carlos Menem", date(2001, 6, 7))] == ["ARGELI"]
    assert [m.country for m in actors.lookup_person("Reagan", date(1986, 1, 1))] == ["USA"]
    assert actors.lookup_person("Maulana Fazl ur Rehman", date(2000, 1, 1)) == []  # not "Atta ur Rehman"
    assert actors.lookup_person("Vladimir Putin") == []  # a name of its own: `lookup` answers


def test_a_word_that_opens_more_names_than_it_ends_is_a_given_name_not_a_surname(tmp_path):
    path = tmp_path / "people.actors.txt"
    path.write_text("MORWEN_TARN [GONGOV >100101]\nTARN_HALLAS [ROHGOV >100101]\nTARN_ODIL [ROHMIL >100101]\n"
                    "BERIC_VOSS [GONMIL >100101]\n", encoding="utf-8")
    people = load_actor_dictionary([path], base=False)
    assert people.lookup_person("Tarn", date(2020, 1, 1)) == []     # two names open with it, one ends
    assert [m.code for m in people.lookup_person("Voss", date(2020, 1, 1))] == ["GONMIL"]


def test_people_with_no_code_on_the_day_do_not_hide_one_another(tmp_path):
    path = tmp_path / "former.actors.txt"
    path.write_text("ALDO_VARGA [GONGOV 100101-101231]\nBERN_VARGA [ROHGOV 100101-101231]\n", encoding="utf-8")
    people = load_actor_dictionary([path], base=False)
    found = people.lookup_person("Varga", date(2020, 1, 1))
    assert sorted(m.entry.names[0] for m in found) == ["ALDO VARGA", "BERN VARGA"]


def test_role_words_are_checked():
    from newsevents.actors.rolewords import parse_role_words, role_words
    words = role_words()
    assert words.roles["house of representatives"] == "LEG" and "house of representatives" in words.institutions
    assert words.org_heads["authority"] == "GOV"
    with pytest.raises(DictionaryError, match="x.tsv:3"):
        parse_role_words("phrase\trole\tkind\nsenate\tLEG\tinstitution\nsenate\tLEG\tsomething\n", source="x.tsv")


def test_every_company_pattern_is_a_name_of_the_companies_file():
    import json
    from newsevents.actors.datafiles import COMPANIES, DATA_DIR
    from newsevents.actors.dictionaries import read_actors
    from newsevents.annotate.rulers import PATTERNS
    names = {normalise(n) for e in read_actors(DATA_DIR / COMPANIES) for n in e.names}
    patterns = [json.loads(line)["pattern"] for line in (PATTERNS / "companies.jsonl").read_text().splitlines()]
    assert {"Maersk", "Codelco", "NOS"} <= set(patterns)
    assert all(normalise(p) in names for p in patterns)


G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA")
IN_CONFLICT = ("UKR", "ISR", "PSE", "SYR", "YEM", "SDN", "ETH", "SOM", "LBY", "MMR", "AFG", "IRQ", "IRN", "LBN",
               "COD", "ARM", "AZE", "PAK", "PHL", "THA", "KHM")
UNSC_ELECTED_2015_2026 = (
    "AGO", "TCD", "CHL", "JOR", "LTU", "MYS", "NZL", "NGA", "ESP", "VEN", "EGY", "JPN", "SEN", "UKR", "URY", "BOL",
    "ETH", "ITA", "KAZ", "SWE", "CIV", "GNQ", "KWT", "NLD", "PER", "POL", "BEL", "DOM", "DEU", "IDN", "ZAF", "EST",
    "NER", "VCT", "TUN", "VNM", "IND", "IRL", "KEN", "MEX", "NOR", "ALB", "BRA", "GAB", "GHA", "ARE", "ECU", "MLT",
    "MOZ", "CHE", "DZA", "GUY", "KOR", "SLE", "SVN", "DNK", "GRC", "PAK", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR")


@pytest.mark.parametrize("day", [date(2016, 6, 1), date(2019, 6, 1), date(2022, 6, 1), date(2025, 6, 1)])
def test_every_state_the_office_holders_cover_has_a_leader_on_any_day(actors, day):
    missing = [c for c in dict.fromkeys(G20 + IN_CONFLICT + UNSC_ELECTED_2015_2026)
               if not any(actors.holders(country=c, office=o, on=day)
                          for o in ("head of state", "head of government", "acting head of state"))]
    assert missing == []
    no_minister = [c for c in G20 if not actors.holders(country=c, office="foreign minister", on=day)]
    assert no_minister == []


@pytest.mark.parametrize("name, day, expected", [
    ("Mark Rutte", date(2025, 3, 1), "IGOWSTNAT"),
    ("Mark Rutte", date(2023, 3, 1), "NLDGOV"),
    ("Kristen Michal", date(2025, 3, 1), "ESTGOV"),
    ("Kaja Kallas", date(2023, 3, 1), "ESTGOV"),
    ("Ferdinand Marcos Jr.", date(2024, 3, 1), "PHLGOV"),
    ("Gilberto Teodoro", date(2024, 3, 1), "PHLGOV"),
    ("William Ruto", date(2024, 3, 1), "KENGOV"),
    ("Alexander Stubb", date(2024, 6, 1), "FINGOV"),
    ("Ngozi Okonjo-Iweala", date(2024, 6, 1), "IGOBUSWTO"),
    ("Kristalina Georgieva", date(2024, 6, 1), "IGOBUSIMF"),
    ("Médecins Sans Frontières", None, "NGOHLHMSF"),
])
def test_leaders_and_organisations_added_for_2015_2026(actors, name, day, expected):
    assert codes(actors, name, day)[0] == expected


def test_role_words_of_the_context_rules():
    from newsevents.actors.rolewords import role_words
    words = role_words()
    assert words.inheriting["coordinator"] is None and "judge" in words.person_titles
    assert words.back_references["bloc"] == ("IGO",) and words.back_references["group"] == ()
    assert words.roles["shipping group"] == "BUS" and words.roles["charity"] == "NGO"
