"""The CAMEO verb dictionary reader, the shipped verb data and the CAMEO code table."""
import pytest

from newsevents.cameo import (
    DictionaryError, UnknownCameoCode, all_codes, cameo_info, load_verb_dictionary, parse_verbs, plover_alias,
    quad_class, root_code,
)

VERBS = """\
# a comment line
&CEASEFIRE
+TRUCE
+CEASE_FIRE
+ARMISTICE_

&AUXVERB_
+WAS

--- CANCEL [---] ---
+CALL_OFF [160]   # a multi-word verb
STOP {STOPS STOPPING STOPPED }
HALT ;tabari comment
RE_+ARREST [173]
- * TALKS (WITH +)                [164]   # CALLED_OFF
- $ * {&CEASEFIRE TALKS}           [087:087]
- * NEW_&CEASEFIRE_PLAN           [036]

--- VISIT [042] ---
VISIT <!-- an inline comment -->
- * [###]

~ a (a b ATTACK) SAY = a b 015
"""


def test_verb_blocks_forms_codes_and_patterns():
    verbs = parse_verbs(VERBS, source="test.verbs.txt")
    call_off, stop, halt, rearrest, visit = verbs.verbs
    assert (call_off.lemma, call_off.code, call_off.verb) == ("CALL OFF", "160", "CANCEL")
    assert call_off.forms == ("CALL OFF", "CALLS OFF", "CALLED OFF", "CALLING OFF")
    assert stop.forms == ("STOP", "STOPS", "STOPPING", "STOPPED") and stop.code == "---"
    assert halt.forms == ("HALT", "HALTS", "HALTED", "HALTING")
    assert rearrest.head == 1 and "RE ARRESTED" in rearrest.forms
    assert visit.code == "042" and visit.line == 20
    talks, truce, plan, bare = verbs.patterns
    assert talks.tokens == ("*", "TALKS", "(", "WITH", "+", ")") and talks.code == "164" and talks.line == 15
    assert truce.before == ("$",) and truce.after == ("{", "&CEASEFIRE", "TALKS", "}")
    assert truce.code == "087:087"
    assert plan.tokens == ("*", "NEW", "&CEASEFIRE", "PLAN")
    assert bare.code == "###"
    assert verbs.synsets["CEASEFIRE"].forms == ("TRUCE", "TRUCES", "CEASE FIRE", "CEASE FIRES", "ARMISTICE")
    assert verbs.synsets["AUXVERB"].forms == ("WAS",)  # a label ending in _: no plurals
    assert verbs.transformations[0].result == "a b 015"


@pytest.mark.parametrize("bad, line, message", [
    ("--- CANCEL [160] ---\n- * TALKS (WITH +        [164]\n", 2, "unclosed '('"),
    ("--- CANCEL [160] ---\n- * TALKS\n", 2, "[code]"),
    ("--- CANCEL [160] ---\n- TALKS [164]\n", 2, "'*'"),
    ("--- CANCEL [160] ---\nSTOP {STOPS [160]\n", 2, "bad verb line"),
    ("STOP [160]\n", 1, "outside a verb block"),
    ("--- CANCEL [1 6 0] ---\n", 1, "bad code"),
    ("&X\n+A\n&X\n+B\n", 3, "defined twice"),
])
def test_a_broken_line_is_refused_with_its_file_and_line(bad, line, message):
    with pytest.raises(DictionaryError) as caught:
        parse_verbs("# header\n\n" + bad, source="broken.verbs.txt")
    assert caught.value.file == "broken.verbs.txt" and caught.value.line == line + 2
    assert message in caught.value.message and f"broken.verbs.txt:{line + 2}" in str(caught.value)


def test_an_undefined_synset_drops_the_pattern_with_a_warning():
    verbs = parse_verbs("--- GO [---] ---\nGO\n- * (IN &WEATHER) [---]\n- * HOME [042]\n", source="t")
    assert [p.code for p in verbs.patterns] == ["042"]
    assert verbs.warnings == ["t:3: synset &WEATHER is not defined; pattern dropped"]


def test_the_shipped_verb_dictionary():
    verbs = load_verb_dictionary()
    assert verbs is load_verb_dictionary()  # loaded once per process
    assert len(verbs.verbs) > 1500 and len(verbs.patterns) > 4000
    assert {(v.verb, v.code) for v in verbs.lookup("visited")} == {("VISIT", "042:043")}
    assert "173" in {v.code for v in verbs.lookup("ARRESTED")}
    assert verbs.lookup("calls off")[0].code == "160"
    assert "CEASEFIRES" in verbs.expand("&CEASEFIRE")
    assert any(p.tokens == ("*", "EMBASSY") and p.code == "161" for p in verbs.patterns_for("CANCEL"))


def test_user_petrarch_verb_files_load(tmp_path):
    path = tmp_path / "mine.verbs.txt"
    path.write_text("--- PRAISE [051] ---\nHAIL\n- * (FOR {PEACE EFFORTS}) [051]\n")
    verbs = load_verb_dictionary([path])
    assert verbs.lookup("HAILED")[0].code == "051" and verbs.sources == (str(path.resolve()),)
    path.write_text("--- PRAISE [051] ---\nHAIL\n- * (FOR [051]\n")
    with pytest.raises(DictionaryError, match="bad.verbs.txt:3"):
        (tmp_path / "bad.verbs.txt").write_text(path.read_text())
        load_verb_dictionary([tmp_path / "bad.verbs.txt"])


def test_a_later_verb_file_uses_the_synsets_of_the_earlier_ones(tmp_path):
    first, second = tmp_path / "a.verbs.txt", tmp_path / "b.verbs.txt"
    first.write_text("&TROOPS\n+SOLDIERS\n+MARINES\n--- SEND [---] ---\nSEND\n")
    second.write_text("--- DEPLOY [---] ---\nDEPLOY\n- * &TROOPS [154]\n- * {MORE &TROOPS} [154]\n")
    verbs = load_verb_dictionary([first, second])
    assert verbs.warnings == ()
    assert [p.tokens for p in verbs.patterns_for("DEPLOY")] == [("*", "&TROOPS"), ("*", "{", "MORE", "&TROOPS", "}")]
    assert "MARINES" in verbs.expand("&TROOPS")
    # the shipped patterns use CAMEO.2.0's synsets ("&MILITARY", "&INVESTIGATION") without a warning
    from newsevents.events import Coder
    assert Coder.load().verbs.warnings == ()


def test_the_petrarch_validation_verbs_read(tmp_path):
    from pathlib import Path
    source = Path(__file__).resolve().parents[2] / "shared" / "data" / "petrarch" / "PETR.Validate.verbs.txt"
    if not source.exists():
        pytest.skip("shared data not here")
    verbs = load_verb_dictionary([source])
    assert verbs.lookup("LASH OUT")[0].code == "122"
    assert "CLOSER" in verbs.expand("&ACCORDSYN") and "MILITARY" in verbs.expand("&ACCORDSYN")  # nested


def test_cameo_codes_as_gdelt_users_know_them():
    visit = cameo_info("042")
    assert (visit.name, visit.root, visit.root_name, visit.quad_class, visit.goldstein) == (
        "Make a visit", "04", "CONSULT", 1, 1.9)
    assert (visit.plover_event, visit.plover_mode) == ("CONSULT", "visit")
    assert cameo_info("190").quad_class == 4 and cameo_info("190").goldstein == -10.0
    arrest = cameo_info("173")
    assert (arrest.plover_event, arrest.plover_mode, arrest.plover_context) == ("COERCE", "arrest", "legal")
    assert cameo_info("0211").root == "02" and cameo_info("0211").plover_event == "REQUEST"
    assert cameo_info("0211").plover_from == "newsevents"
    assert cameo_info("010").plover_event is None  # public statements have no PLOVER event
    assert cameo_info("20").name == "USE UNCONVENTIONAL MASS VIOLENCE"
    assert cameo_info("1213").goldstein_from == "base" and cameo_info("1213").goldstein == -4.0
    assert [quad_class(c) for c in ("057", "0874", "1056", "15")] == [1, 2, 3, 4]
    assert root_code("1723") == "17" and len(all_codes()) == 313


def test_unknown_codes_say_so():
    for bad in ("999", "42", "", "042:043"):
        with pytest.raises(UnknownCameoCode, match="unknown CAMEO event code"):
            cameo_info(bad)
    with pytest.raises(UnknownCameoCode, match="strings"):
        cameo_info(42)


def test_old_plover_names_map_to_the_2021_ones():
    assert [plover_alias(n) for n in ("DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "assault", "AGREE")] == [
        "REQUEST", "ACCUSE", "ACCUSE", "ASSAULT", "ASSAULT", "AGREE"]
