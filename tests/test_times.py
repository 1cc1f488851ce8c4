"""Time expressions, each rule with literal examples. Publication date: Wednesday 6 March 2024."""
from datetime import date

import pytest

from newsevents.times import TimeExpr, find_times, infer_published, resolve

WEDNESDAY = "2024-03-06"


def values(text: str, published: str | None = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, published=published)]


def value(expression: str, published: str | None = WEDNESDAY, tense: str | None = None) -> str | None:
    return resolve(expression, published=published, tense=tense).value


def test_a_time_expression_is_a_span_with_a_value_and_a_granularity():
    text = "The ministers met on Monday in Geneva."
    [monday] = find_times(text, published=WEDNESDAY)
    assert monday == TimeExpr("Monday", 21, 27, "2024-03-04", "day", "date", "dct")
    assert text[monday.start:monday.end] == "Monday"


@pytest.mark.parametrize("text, expected", [
    ("February 21st", "2024-02-21"),
    ("21 February 2022", "2022-02-21"),
    ("on 2/21", "2024-02-21"),
    ("Feb. 21", "2024-02-21"),
    ("March 4, 2019", "2019-03-04"),
    ("the 5th of May 2020", "2020-05-05"),
    ("2024-01-15", "2024-01-15"),
    ("May 2021", "2021-05"),
    ("in 2019", "2019"),
    ("mid-2008", "2008"),
    ("the first half of 2009", "2009-H1"),
    ("Q3 2023", "2023-Q3"),
])
def test_full_and_partial_dates(text, expected):
    [(_, found)] = values(text)
    assert found == expected


def test_weekdays_follow_the_tense_of_their_clause():
    assert values("The ministers met on Monday.") == [("Monday", "2024-03-04")]
    assert values("He is expected to visit on Friday.") == [("Friday", "2024-03-08")]
    assert values("The president will travel to Kyiv on Monday.") == [("Monday", "2024-03-11")]
    assert values("Rebels attacked the town on Friday.") == [("Friday", "2024-03-01")]


def test_the_publication_weekday_is_the_publication_day():
    assert values("The talks opened on Wednesday.") == [("Wednesday", WEDNESDAY)]
    assert values("The talks will open on Wednesday.") == [("Wednesday", WEDNESDAY)]


def test_a_tense_from_a_parse_beats_the_words_around():
    said_future = find_times("The vote on Friday", published=WEDNESDAY, tense_of=lambda _: "future")
    assert said_future[0].value == "2024-03-08"
    assert value("Friday", tense="past") == "2024-03-01"


def test_last_next_and_this_weekday():
    assert value("last Wednesday") == "2024-02-28"
    assert value("next Monday") == "2024-03-11"
    assert value("this Wednesday") == WEDNESDAY
    assert value("this Friday") == "2024-03-08"


def test_days_named_from_the_publication_date():
    assert values("Yesterday the army said") == [("Yesterday", "2024-03-05")]
    assert value("today") == WEDNESDAY
    assert value("tomorrow") == "2024-03-07"
    assert value("tonight") == "2024-03-06TNI"
    assert value("last night") == "2024-03-05TNI"
    assert value("this morning") == "2024-03-06TMO"


def test_a_weekday_with_a_part_of_day_is_a_time():
    [sunday] = find_times("Fighting resumed on Sunday night.", published=WEDNESDAY)
    assert (sunday.text, sunday.value, sunday.kind, sunday.granularity) == (
        "Sunday night", "2024-03-03TNI", "time", "time")


def test_clock_times_take_the_day_they_are_given():
    assert values("at 3 p.m. on Monday")[0] == ("3 p.m.", "2024-03-04T15:00")
    assert value("at 18:00 UTC") == "2024-03-06T18:00Z"


@pytest.mark.parametrize("expression, expected, granularity", [
    ("last week", "2024-W09", "week"),
    ("this week", "2024-W10", "week"),
    ("next week", "2024-W11", "week"),
    ("last month", "2024-02", "month"),
    ("next month", "2024-04", "month"),
    ("last year", "2023", "year"),
    ("next year", "2025", "year"),
    ("last quarter", "2023-Q4", "quarter"),
    ("earlier this month", "2024-03", "month"),
    ("later this year", "2024", "year"),
    ("earlier in the year", "2024", "year"),
    ("the end of the year", "2024", "year"),
    ("last weekend", "2024-W09-WE", "week"),
])
def test_units_shifted_from_the_publication_date(expression, expected, granularity):
    found = resolve(expression, published=WEDNESDAY)
    assert (found.value, found.granularity) == (expected, granularity)


def test_a_month_without_a_year_is_the_last_one_unless_the_clause_is_future():
    assert values("The deal was signed in May.") == [("May", "2023-05")]
    assert values("The vote will take place in May.") == [("May", "2024-05")]
    assert values("Talks collapsed in March.") == [("March", "2024-03")]
    assert value("last March") == "2023-03"
    assert value("next January") == "2025-01"
    assert values("after October of next year")[0] == ("October", "2025-10")


def test_a_day_and_month_without_a_year_is_the_nearest_unless_the_tense_says():
    assert values("The summit was held on December 12.") == [("December 12", "2023-12-12")]
    assert values("The summit will be held on February 12.") == [("February 12", "2025-02-12")]
    assert values("On March 10 the summit opens.") == [("March 10", "2024-03-10")]


def test_a_day_of_the_month_alone_after_a_preposition():
    assert values("The talks resumed on the 3rd.") == [("the 3rd", "2024-03-03")]
    assert values("The talks will resume on the 25th.") == [("the 25th", "2024-03-25")]
    assert values("The vote is set for the 25th.") == [("the 25th", "2024-03-25")]
    assert values("The ceasefire will hold until the 2nd, officials said.")[0] == ("the 2nd", "2024-04-02")
    assert values("The talks collapsed on the 20th.") == [("the 20th", "2024-02-20")]


def test_a_day_of_the_month_after_a_date_is_in_that_month():
    assert values("The council met on January 4 and again on the 12th.") == [
        ("January 4", "2024-01-04"), ("the 12th", "2024-01-12")]


def test_seasons_quarters_decades_and_centuries():
    assert value("last summer") == "2023-SU"
    assert value("next summer") == "2024-SU"
    assert value("this spring") == "2024-SP"
    assert values("It happened in the winter of 2019.")[0][1] == "2019-WI"
    assert value("the first quarter", tense="past") == "2024-Q1"
    assert value("the fourth quarter", tense="past") == "2023-Q4"
    assert value("third-quarter") == "2023-Q3"
    assert value("the 1990s") == "199"
    assert value("the late '80s") == "198"
    assert value("the 20th century") == "19"


def test_counted_back_and_forward():
    assert value("two days ago") == "2024-03-04"
    assert value("three years ago") == "2021"
    assert value("a week earlier") == "2024-W09"
    assert value("since '82") == "1982"
    assert values("The bridge fell on March 1. The next day, crews arrived.") == [
        ("March 1", "2024-03-01"), ("The next day", "2024-03-02")]
    assert values("Shares fell for a third consecutive day.") == [("a third consecutive day", WEDNESDAY)]


def test_present_past_and_future_references():
    assert value("now") == "PRESENT_REF"
    assert value("currently") == "PRESENT_REF"
    assert value("recently") == "PAST_REF"
    assert value("in the near future") == "FUTURE_REF"


def test_ranges_keep_both_ends():
    [spring] = find_times("from March to May 2023", published=WEDNESDAY)
    assert (spring.value, spring.range_end) == ("2023-03", "2023-05")
    [june] = find_times("between 3 and 5 June", published=WEDNESDAY)
    assert (june.text, june.value, june.range_end) == ("between 3 and 5 June", "2024-06-03", "2024-06-05")
    [years] = find_times("the 2009-2010 season", published=WEDNESDAY)
    assert (years.value, years.range_end) == ("2009", "2010")
    [days] = find_times("would take between 60 and 90 days", published=WEDNESDAY)
    assert (days.value, days.range_end, days.kind) == ("P60D", "P90D", "duration")


@pytest.mark.parametrize("text, expected", [
    ("They fought for ten years.", "P10Y"),
    ("for three months", "P3M"),
    ("a 48-hour ceasefire", "PT48H"),
    ("the past year", "P1Y"),
    ("the last two weeks", "P2W"),
    ("over a decade", "P10Y"),
    ("in recent years", "PXY"),
    ("six straight days of losses", "P6D"),
    ("two and a half years", "P2.5Y"),
])
def test_durations_stay_durations(text, expected):
    [found] = find_times(text, published=WEDNESDAY)
    assert (found.value, found.granularity, found.kind) == (expected, "duration", "duration")


def test_in_a_few_weeks_is_a_date_only_in_the_future():
    assert values("The plant will reopen in two weeks.") == [("two weeks", "2024-W12")]
    assert values("Prices hit their lowest level in six years.") == [("six years", "P6Y")]


def test_sets():
    assert values("$5 billion a year") == [("a year", "P1Y")]
    assert [t.kind for t in find_times("They meet weekly.", published=WEDNESDAY)] == ["set"]
    assert value("every Monday") == "XXXX-WXX-1"


@pytest.mark.parametrize("text", [
    "You may go.",
    "Officials may announce the plan.",
    "Thousands joined a protest march.",
    "March organisers said the route was safe.",
    "Theresa May said the vote was lost.",
    "The Sunday Times reported the leak.",
    "The 1,000 troops arrived.",
    "Some 2000 troops arrived.",
    "It costs $2015.",
    "Prices fall in the morning market.",
    "They marked it on the 25th anniversary of the war.",
    "The delegates met on the 12th floor.",
    "He scored on the 3rd attempt.",
    "The senators voted on the 3 bills.",
])
def test_words_that_are_no_time_expressions(text):
    assert values(text) == []


def test_without_a_publication_date_relative_values_stay_open():
    assert values("He arrived on Monday.", published=None) == [("Monday", "XXXX-WXX-1")]
    assert values("on March 4", published=None) == [("March 4", "XXXX-03-04")]
    assert values("yesterday", published=None) == [("yesterday", None)]
    assert values("March 4, 2019", published=None) == [("March 4, 2019", "2019-03-04")]


def test_infer_published_from_a_weekday_with_a_day_and_month():
    day, how = infer_published("GENEVA, Monday, March 4 — Talks resumed.", today=date(2025, 6, 1))
    assert day == "2024-03-04"
    assert "Monday" in how
    day, _ = infer_published("Talks resumed on Saturday, 4 March.", today=date(2025, 6, 1))
    assert day == "2023-03-04"


def test_infer_published_from_a_full_date_and_when_nothing_fixes_it():
    assert infer_published("Posted 12 May 2022. Talks resumed.", today=date(2025, 6, 1))[0] == "2022-05-12"
    assert infer_published("Talks resumed on Monday.", today=date(2025, 6, 1))[0] is None


def test_resolve_says_when_nothing_reads_the_expression():
    found = resolve("the Joint Strike Fighter program", published=WEDNESDAY)
    assert (found.value, found.granularity) == (None, "unknown")


def test_until_with_a_present_or_a_schedule_is_to_come():
    """A state in the present lasts until a time to come, and so does what is scheduled."""
    assert values("The curfew is in force until January.") == [("January", "2025-01")]
    assert values("The museum is closed until the 20th.") == [("the 20th", "2024-03-20")]
    assert values("Talks are scheduled until the 30th.") == [("the 30th", "2024-03-30")]
    assert values("The border was closed until January.") == [("January", "2024-01")]


def test_until_a_weekday_is_the_coming_one_unless_a_finite_past_verb_says():
    assert values("Markets closed until Friday.") == [("Friday", "2024-03-08")]
    assert values("The shops will stay closed until Friday.") == [("Friday", "2024-03-08")]
    assert values("It has kept the markets closed until Friday.") == [("Friday", "2024-03-08")]
    assert values("The talks went on until Friday.") == [("Friday", "2024-03-01")]
    assert values("Shares have fallen since Thursday.") == [("Thursday", "2024-02-29")]


@pytest.mark.parametrize("text, expected", [
    ("The recession is ongoing.", ("ongoing", "PRESENT_REF")),
    ("a short-term collapse", ("short-term", "FUTURE_REF")),
    ("It had, at one point, set a low.", ("one point", "PAST_REF")),
    ("At some point we will sell.", ("some point", "FUTURE_REF")),
    ("an exciting time at today's GM", ("today", "PRESENT_REF")),
    ("the challenges of today's world", ("today", "PRESENT_REF")),
    ("today's meeting was long", ("today", WEDNESDAY)),
    ("In the nineties, prices rose.", ("the nineties", "199")),
    ("in the early eighties", ("the early eighties", "198")),
])
def test_references_and_decades_in_words(text, expected):
    assert values(text) == [expected]


def test_decades_in_words_need_the_article():
    assert values("workers in their forties") == []


def test_a_season_word_alone():
    assert values("It is too early, but spring shows signs of hope.") == [("spring", "2024-SP")]
    assert values("Summer sales were strong.") == [("Summer", "2023-SU")]
    assert values("The hot spring was closed.") == []
    assert values("He spent a summer in Paris.") == []
    assert values("the fall of the Berlin Wall") == []


def test_a_season_after_a_year_is_in_that_year():
    assert values("In 2008, summer sales fell and in the autumn they rose.") == [
        ("2008", "2008"), ("summer", "2008-SU"), ("the autumn", "2008-FA")]


def test_the_same_unit_counts_from_the_last_date_of_the_text():
    assert values("Sales fell in January, compared to the same month a year ago.") == [
        ("January", "2024-01"), ("the same month a year ago", "2023-01")]
    assert values("Profit rose in the third quarter of 2008 from the same period last year.") == [
        ("the third quarter of 2008", "2008-Q3"), ("the same period last year", "2007-Q3")]
    assert values("It was signed on March 3, and the same day prices fell.") == [
        ("March 3", "2024-03-03"), ("the same day", "2024-03-03")]
    assert values("the same month last year") == [("the same month last year", "2023-03")]


def test_a_previous_expression_anchors_the_next_sentence():
    [march_1] = find_times("The bridge fell on March 1.", published=WEDNESDAY)
    [next_day] = find_times("The next day, crews arrived.", published=WEDNESDAY, previous=march_1)
    assert (next_day.value, next_day.anchor) == ("2024-03-02", "reference")
    [same] = find_times("Prices rose the same month a year ago.", published=WEDNESDAY, previous=march_1)
    assert same.value == "2023-03"


def test_a_record_unit_is_the_one_now_ending():
    assert values("US stocks have their best week since November")[0] == ("week", "2024-W10")
    assert values("the best day of his life") == []


@pytest.mark.parametrize("text, span, expected", [
    ("a 48-hour strike", "48-hour", "PT48H"),
    ("an eight-hour shift", "eight-hour", "PT8H"),
    ("a two-year deal", "two-year", "P2Y"),
    ("for a year", "a year", "P1Y"),
    ("twenty-five years", "twenty-five years", "P25Y"),
])
def test_the_indefinite_article_before_a_counted_unit_is_not_in_the_span(text, span, expected):
    assert values(text) == [(span, expected)]


def test_a_plural_unit_without_a_count_is_an_open_duration():
    assert values("Over the years, the mill grew.") == [("the years", "PXY")]
    assert values("The next hours will decide.") == [("The next hours", "PTXH")]


@pytest.mark.parametrize("text, expected", [
    ("After months of haggling, the mill was sold.", [("months", "PXM")]),
    ("Years of drought have emptied the valley.", [("Years", "PXY")]),
    ("The bridge was decades in the making.", [("decades", "PXDE")]),
    ("The repair took hours.", [("hours", "PTXH")]),
    ("A decades-long quarrel over the mill ended.", [("decades", "PXDE")]),
])
def test_a_plural_unit_cued_by_what_follows_or_a_verb_of_lasting_is_an_open_duration(text, expected):
    assert values(text) == expected


def test_the_full_stop_after_am_ends_the_sentence_and_stays_out_of_the_span():
    assert [t for t, _ in values("The fire broke out at around 3:30am. Crews came.")] == ["3:30am"]
    assert [t for t, _ in values("The mill opened at 9 a.m. on Monday.")][0] == "9 a.m."


def test_a_capitalised_season_after_a_name_word_is_part_of_a_name():
    assert values("The guild backed the weavers during the Weavers' Spring and after.") == []
    assert values("The guild backed the weavers during the Northern Spring and after.") == []
    assert values("The fair was held in Summer.") == [("Summer", "2023-SU")]


def test_the_29th_of_february_falls_in_a_leap_year():
    assert values("The vote was held on February 29.", published="2026-03-10") == [("February 29", "2024-02-29")]
    assert values("The vote will be held on February 29.", published="2024-03-10") == [("February 29", "2028-02-29")]
    assert values("The vote is on February 29.", published="2027-02-10") == [("February 29", "2028-02-29")]


def test_a_decimal_after_the_is_no_day_of_the_month():
    assert values("Since the 4.7 quake, the valley has had 400 smaller ones.") == []
    assert values("The council found a room for the 3 of us near the mill.") == []
    assert values("The bridge has been shut since the 4th.") == [("the 4th", "2024-03-04")]


def test_a_quarter_of_something_that_is_not_time_is_a_share():
    assert values("About a quarter of the mill's workers went on strike.") == []
    assert values("Three quarters of the councils must approve it.") == []
    assert values("The council gave about a quarter as much money as the mill asked for.") == []
    assert values("Half of the pickers come from the coast and roughly a quarter from the hills.") == []
    assert values("Sales fell in the last quarter of 2023.") == [("the last quarter of 2023", "2023-Q4")]
    assert values("Sales fell over the past two quarters.") == [("the past two quarters", "P2Q")]
    assert values("It had two quarters of falling sales.") == [("two quarters", "P2Q")]


def test_that_month_and_the_following_year_count_from_the_stretch_the_text_named():
    assert values("Exports peaked in November 2022 and fell that month.")[1] == ("that month", "2022-11")
    assert values("In 2006 the mill opened; the following year it closed.")[1] == ("the following year", "2007")
    assert values("The port opened in 2005 and was sold two years later.")[1] == ("two years later", "2007")
    assert values("The mill closed in 2010. It had been sold the year before.")[1] == ("the year before", "2009")


def test_the_year_on_its_own_is_the_year_spoken_of():
    assert values("The bank posted a loss for the year.") == [("the year", "2024")]
    assert values("Output fell in the first nine months of the year.")[1] == ("the year", "2024")
    assert values("She was named Person of the Year.") == []
    assert [v for _, v in values("the year-long strike")] == ["P1Y"]


def test_the_unit_on_its_own_in_a_past_story_is_the_one_last_named():
    assert values("The campaign entered January. Trump started the month in Iowa.")[1] == ("the month", "2024-01")
    assert values("The vote was on 2 October 2023. She fell ill the week of the vote.")[1] == ("the week", "2023-W40")
    assert values("The Dow fell in 1987. The bank posted a loss for the year.")[1] == ("the year", "1987")
    assert values("The campaign entered January. Prices will rise during the month.")[1] == ("the month", "2024-03")


def test_the_next_year_is_a_date_in_a_past_story_and_a_stretch_ahead():
    assert values("The dam was finished in 1998 and the next year it failed.")[1] == ("the next year", "1999")
    assert values("Prices will rise over the next year.") == [("the next year", "P1Y")]


def test_the_same_period_of_a_named_year_and_the_year_ago_quarter():
    assert values("compared with the same period of 2021") == [("the same period of 2021", "2021")]
    assert values("Sales rose in the third quarter of 2023 from the year-earlier quarter.")[1] == (
        "the year-earlier quarter", "2022-Q3")
    assert values("Profit fell from the year-ago quarter.", published="2024-04-25") == [
        ("the year-ago quarter", "2023-Q1")]


def test_the_quarter_alone_after_a_quarter_closes_is_the_one_reported():
    assert values("Profit for the quarter rose.", published="2024-01-20") == [("the quarter", "2023-Q4")]
    assert values("The bank expects the quarter to be weak.", published="2024-01-20") == [("the quarter", "2024-Q1")]
    assert values("Sales in the December quarter rose.") == [("the December quarter", "2023-Q4")]


@pytest.mark.parametrize("text, expected", [
    ("The deal should close by year-end.", ("year-end", "2024")),
    ("It was the worst crash in its history.", ("its history", "PAST_REF")),
    ("The old GM is history.", ("history", "PAST_REF")),
    ("Sales rose in the first half.", ("the first half", "2024-H1")),
    ("Sales fell in the second half.", ("the second half", "2023-H2")),
    ("Revenue for FY2023 rose.", ("FY2023", "2023")),
    ("Talks are frozen for the moment.", ("for the moment", "PRESENT_REF")),
    ("No one has been charged to date.", ("to date", "PRESENT_REF")),
    ("Prices may rise in the months ahead.", ("the months ahead", "FUTURE_REF")),
    ("The fair will open in the month of May.", ("the month of May", "2024-05")),
])
def test_year_end_history_halves_fiscal_years_and_references(text, expected):
    assert values(text) == [expected]


def test_museum_names_are_no_history():
    assert values("The Museum of Natural History reopened.") == []


def test_counted_later_tells_a_past_story():
    assert values("A few days later, on March 2, the minister resigned.")[1] == ("March 2", "2024-03-02")


def test_within_a_span_stays_a_duration():
    assert values("The court will rule within a month.") == [("a month", "P1M")]
    assert values("The court will rule in a month.") == [("a month", "2024-04")]


def test_a_deadline_after_a_past_verb_still_lies_ahead_in_the_year():
    assert values("The city extended the curfew until May 1.") == [("May 1", "2024-05-01")]
    assert values("The vote was moved to June.") == [("June", "2024-06")]
    assert values("The bridge was closed until March 2.") == [("March 2", "2024-03-02")]


def test_a_period_measured_to_a_month_ends_in_the_past():
    assert values("Exports fell in the three months to November.") == [
        ("the three months", "P3M"), ("November", "2023-11")]
    assert values("Exports fell in the year to June.") == [("the year", "2024"), ("June", "2023-06")]


@pytest.mark.parametrize("text, expected", [
    ("The council met on 21/02/2024.", [("21/02/2024", "2024-02-21")]),
    ("The council met on 21.02.2024.", [("21.02.2024", "2024-02-21")]),
    ("The council met on 2/21/2024.", [("2/21/2024", "2024-02-21")]),
])
def test_numeric_dates_with_the_day_first(text, expected):
    assert values(text) == expected


def test_due_to_a_cause_is_no_future():
    assert values("Flights were cancelled on Friday due to the storm.") == [("Friday", "2024-03-01")]
    assert values("The ship is due to arrive on Friday.") == [("Friday", "2024-03-08")]


def test_resolve_needs_no_cue_for_a_span_known_to_be_a_time():
    assert value("May") == "2023-05"
    assert value("2/21") == "2024-02-21"
    assert value("the week after") is not None


def test_fast_scan_keeps_escapes_and_group_names_and_finds_upper_case_rules():
    from newsevents.times.finder import _lower_literals

    assert _lower_literals(r"(?P<Zone>GMT|\D\B[A-Z])(?P=Zone)") == r"(?P<Zone>gmt|\D\B[a-z])(?P=Zone)"
    found = find_times("Revenue for FY2009 rose in Q3, the firm said at 3 p.m. GMT on Christmas Day.",
                       published="2009-12-28")
    assert {t.text for t in found} >= {"FY2009", "Q3"}


def test_a_capitalised_frequency_word_that_starts_a_name_is_no_set():
    assert [t.text for t in find_times("The Daily Telegraph and Weekly Standard said so.", published="2024-05-14")] == []
    assert [t.value for t in find_times("Daily checks and weekly reports go on.", published="2024-05-14")] == \
        ["P1D", "P1W"]


def test_history_takes_only_capitalised_names_before_it():
    found = find_times("He taught classes in sociology and history. It was a first in US history.",
                       published="2024-05-14")
    assert [t.text for t in found] == ["US history"]


@pytest.mark.parametrize("text, value", [
    ("It took half an hour.", "PT30M"), ("They talked for an hour and a half.", "PT90M"),
    ("He stayed for a year and a half.", "P1.5Y"), ("It lasted half a century.", "P50Y"),
    ("a half-hour show", "PT30M"), ("three and a half years", "P3.5Y"),
])
def test_halves_of_a_unit_are_counted(text, value):
    assert [t.value for t in find_times(text, published="2024-05-14")] == [value]


def test_no_expression_spans_a_paragraph_break():
    # a headline that ends in a weekday, then the dateline: two expressions, not "Friday September 18"
    text = "Markets to stay shut until Friday\n\nSeptember 18, 2008\n\nTraders waited."
    found = find_times(text, published="2008-09-18")
    assert [(e.text, e.value) for e in found] == [("Friday", "2008-09-19"), ("September 18, 2008", "2008-09-18")]


@pytest.mark.parametrize("text", [
    "The mill said late Tuesday it would close.",
    "The mayor told reporters early Tuesday it would reopen.",
])
def test_a_weekday_right_after_a_verb_of_saying_is_when_it_was_said(text):
    # the reported clause's "would" is nearer than "said", but the weekday belongs to "said"
    [(_, tuesday)] = values(text)
    assert tuesday == value("Tuesday", tense="past")


@pytest.mark.parametrize("text, expected", [
    # Wednesday 6 March 2024: a deferral moves a thing to a time ahead of it, after a past verb too
    ("The trial was adjourned until Thursday.", "2024-03-07"),
    ("The vote was postponed to Monday.", "2024-03-11"),
    ("The court adjourned the hearing until Monday.", "2024-03-11"),
    ("The deadline was extended until Friday.", "2024-03-08"),
    # a past verb of lasting ended then; a participle's state lasts on
    ("The curfew lasted until Monday.", "2024-03-04"),
    ("The border stays closed until Monday.", "2024-03-11"),
])
def test_a_weekday_after_until_or_to_follows_what_the_verb_does_with_time(text, expected):
    [day] = find_times(text, published="2024-03-06")
    assert day.value == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister met rebels on March 1. That night, the rebels attacked.", ("That night", "2024-03-01TNI")),
    ("The rebels attacked on March 1. That evening, troops arrived.", ("That evening", "2024-03-01TEV")),
    ("Talks ended on Friday. The night before, rebels shelled the town.", ("The night before", "2024-02-29TNI")),
    ("He arrived on Friday. The next morning, talks began.", ("The next morning", "2024-03-02TMO")),
])
def test_a_part_of_a_day_the_text_named_before_is_that_day(text, expected):
    last = find_times(text, published="2024-03-06")[-1]
    assert (last.text, last.value) == expected


def test_hours_or_minutes_later_fall_on_the_day_the_text_last_named():
    # a past story moving on by hours: the day of the last date given, not an open future
    assert values("The suspect was arrested on Friday. Hours later, police searched his home.") == [
        ("Friday", "2024-03-01"), ("Hours later", "2024-03-01")]
    assert values("The dam burst on March 2. Minutes earlier, workers had fled.")[1] == ("Minutes earlier", "2024-03-02")
    # with no day named there is nothing to count from
    assert values("Hours later, police searched his home.") == [("Hours later", "FUTURE_REF")]
