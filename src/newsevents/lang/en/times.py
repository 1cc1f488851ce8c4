"""English time-expression vocabulary for ``newsevents.times``: word lists and cue patterns, as data.

Month and weekday names live in ``dates.py``. Every regular expression here is a fragment
that the finder joins into its patterns; keep them free of capturing groups.
"""
from __future__ import annotations

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a dozen": 12, "dozen": 12,
}

# Vague amounts: TIMEX3 writes the count as X ("several years" -> PXY).
VAGUE_AMOUNTS = ("several", "a few", "few", "some", "many", "numerous", "recent", "the coming", "coming")

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

# "a third consecutive day", "the fourth week in a row": the current unit, counted.
IN_A_ROW = ("straight", "consecutive", "successive", "running")

# Calendar units: word -> (TIMEX3 duration letter, is a clock unit written after "T").
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}
UNIT_MULTIPLIER = {"fortnight": 2}

# Seasons and their TIMEX3 codes; the first month of each (northern hemisphere).
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Parts of the day and their TIMEX3 codes ("Sunday night" -> 2024-03-03TNI).
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

# Words naming a day relative to the publication date: word -> (days from it, part of day).
RELATIVE_DAYS = {
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None), "tomorrow": (1, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    "last night": (-1, "NI"), "overnight": (0, "NI"),
}

# Anaphoric days, counted from the last date the text gave (or the publication date).
ANAPHORIC_DAYS = {
    "the day": 0, "that day": 0, "the same day": 0, "that same day": 0, "the next day": 1, "the following day": 1,
    "the day after": 1, "the previous day": -1, "the day before": -1, "the next morning": 1,
    "that night": 0, "that morning": 0, "that afternoon": 0, "that evening": 0, "the following morning": 1,
    "the previous night": -1, "the night before": -1,
}
# The part of the day some of them name ("That night, the rebels attacked" -> 2024-03-01TNI).
ANAPHORIC_PARTS = {
    "that night": "night", "that morning": "morning", "that afternoon": "afternoon", "that evening": "evening",
    "the next morning": "morning", "the following morning": "morning", "the previous night": "night",
    "the night before": "night",
}

# Holidays on a fixed day: name -> (month, day). Capitalised in text.
HOLIDAYS = {
    "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26),
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Valentine's Day": (2, 14), "Halloween": (10, 31),
}

# Whole references with no calendar value.
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "right now": "PRESENT_REF",
    "the time being": "PRESENT_REF", "ongoing": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "short-term": "FUTURE_REF", "near-term": "FUTURE_REF",
}

# "today's GM", "today's world": "today" as the present era (PRESENT_REF), not the publication day,
# before a name or one of these nouns.
PRESENT_ERA_NOUNS = frozenset({
    "world", "society", "economy", "market", "markets", "climate", "standards", "generation", "youth",
    "culture", "technology", "environment", "age", "era", "business", "industry", "politics",
})

# Decades written as words: "the nineties" -> 199 (the 1900s; "in their forties" is an age, not one).
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}

# Words that shift a calendar unit: "last week", "next month", "this year".
SHIFTERS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
            "this": 0, "current": 0, "this past": -1, "this coming": 1}

# Frequency words for TIMEX3 SET values.
SET_WORDS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
    "yearly": "P1Y", "quarterly": "P1Q", "hourly": "PT1H", "every day": "P1D", "each day": "P1D",
    "every week": "P1W", "each week": "P1W", "every month": "P1M", "each month": "P1M",
    "every year": "P1Y", "each year": "P1Y", "per year": "P1Y", "per day": "P1D",
    "per week": "P1W", "per month": "P1M",
}

# A bare month name must follow one of these words unless a day or a year goes with it, so that
# "May" the modal, "March" the verb and "Theresa May" are not dates.
MONTH_CUES = (
    "in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of",
    "during", "from", "to", "through", "before", "after", "between", "and", "or", "on", "for",
    "each", "every", "throughout", "around", "until", "this past", "starting", "beginning", "ending",
)

# Short month names that stand alone only as words ("Mar", "Jan" are names; "Sept" is not).
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "dec", "nov"})

# Capitalised words after a weekday that make it a name, not a date: "Sunday Times".
WEEKDAY_NAME_FOLLOWERS = frozenset({
    "times", "telegraph", "express", "mirror", "post", "herald", "independent", "mail", "star",
    "tribune", "people", "sport", "world", "night football", "school", "club", "service",
})

# A year-like number followed by one of these counts things: "2000 troops".
COUNTED_NOUNS = frozenset({
    "people", "persons", "troops", "soldiers", "workers", "employees", "jobs", "residents",
    "civilians", "refugees", "migrants", "students", "police", "officers", "protesters",
    "demonstrators", "fighters", "rebels", "militants", "prisoners", "cars", "vehicles", "homes",
    "houses", "buildings", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet",
    "tonnes", "tons", "barrels", "dollars", "euros", "pounds", "points", "votes", "seats",
    "units", "aircraft", "planes", "jets", "ships", "tanks", "rockets", "missiles", "shares",
    "children", "women", "men", "families", "deaths", "dead", "cases", "households", "members",
    "copies", "passengers", "flights", "hectares", "acres", "calories", "words", "pages",
})

# Lexical tense cues around an expression, nearest first wins (``times.tense``).
FUTURE_CUES = (
    r"will", r"won't", r"'ll", r"shall", r"would", r"is going to", r"are going to",
    r"(?:is|are|was|were) (?:expected|due|set|scheduled|slated|poised|planned|likely|to)(?: to)?",
    r"expected", r"due", r"scheduled", r"slated", r"planned", r"plans?", r"planning", r"intends?",
    r"aims?", r"wants? to", r"hopes? to", r"seeks? to", r"needs? to", r"ha(?:s|ve) to", r"(?:is|are) to",
    r"should", r"must", r"might", r"upcoming", r"forthcoming", r"next", r"coming", r"tomorrow", r"later",
)
# "to" + a verb of a plan near a date ("to visit Kenya on Friday"): to come, when no parse says which
# verb the date is of. With a parse that hangs the date on a finite verb ("agreed on Tuesday to resume
# talks"), the infinitive is another verb's and says nothing of the date.
INFINITIVE_CUES = (
    r"to be held", r"to (?:visit|meet|hold|attend|travel|sign|vote|host|begin|start|open|close|end|launch|"
    r"announce|decide|resume|return|arrive|leave|take|make|go|be|remain|stay|continue|face|discuss|"
    r"consider|review|hear|rule|deliver|present|unveil|release|publish|report|testify|appear|complete)",
)
# Participles that put what they qualify in the future: "scheduled until the 30th".
SCHEDULED = ("scheduled", "planned", "slated", "expected")
# Verbs that move a thing to a later time: the time after their "until", "to" or "till" lies ahead
# of the act, so after a past verb too ("the trial was adjourned until Thursday").
DEFERRALS = (r"adjourn(?:s|ed|ing)?", r"postpon(?:e|es|ed|ing)", r"defer(?:s|red|ring)?",
             r"delay(?:s|ed|ing)?", r"extend(?:s|ed|ing)?", r"prolong(?:s|ed|ing)?",
             r"reschedul(?:e|es|ed|ing)", r"push(?:es|ed|ing)? back", r"put(?:s|ting)? off")
# Past verbs of lasting: "the curfew lasted until Monday" ended then, a state that is over.
DURATIVE_PAST = frozenset({"lasted", "continued", "remained", "stayed", "persisted", "raged", "lingered",
                           "waited", "worked", "served", "ruled", "reigned", "survived"})
PAST_CUES = (
    r"said", r"says", r"was", r"were", r"had", r"did", r"ago", r"last", r"met", r"told", r"went",
    r"came", r"took", r"made", r"gave", r"won", r"lost", r"held", r"began", r"saw", r"found",
    r"left", r"fell", r"rose", r"struck", r"hit", r"led", r"sent", r"spoke", r"wrote", r"became",
    r"brought", r"bought", r"sold", r"paid", r"set", r"shot", r"fought", r"flew", r"ran", r"earlier",
    r"yesterday", r"\w{2,}ed",
)
PRESENT_CUES = (r"is", r"are", r"am", r"now", r"currently", r"today")
# A verb of saying right before a time expression takes it ("said late Tuesday it would ..."): the
# time is when it was said, whatever the reported clause after it says.
REPORTED_PAST = (r"said", r"told \w+", r"announced", r"stated", r"added", r"reported",
                 r"confirmed", r"denied", r"warned", r"insisted", r"declared")
REPORTED_PRESENT = (r"says", r"tells reporters", r"announces", r"adds", r"reports", r"confirms", r"denies",
                    r"warns", r"insists")

# Words ending in -ed that are not past tense.
NOT_PAST = frozenset({"need", "needed", "speed", "seed", "feed", "indeed", "proceed", "exceed",
                      "succeed", "hundred", "red", "bed", "shed", "bred", "united", "based",
                      "expected", "scheduled", "planned", "slated", "proposed", "intended",
                      "anticipated", "related", "limited", "detailed", "concerned"})

# More names of the present, the past and the future as a whole.
REFERENCES.update({
    "for the moment": "PRESENT_REF", "to date": "PRESENT_REF", "at this time": "PRESENT_REF",
    "the present day": "PRESENT_REF", "the present time": "PRESENT_REF", "present-day": "PRESENT_REF",
    "the medium term": "FUTURE_REF", "the long run": "FUTURE_REF", "the short run": "FUTURE_REF",
    "the years ahead": "FUTURE_REF", "the months ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
    "the days ahead": "FUTURE_REF", "the future": "FUTURE_REF", "in future": "FUTURE_REF",
})

# Words before "the next year" that make it a stretch of time ("over the next year"), not a date.
DURATION_PREPOSITIONS = frozenset({"in", "over", "within", "during", "for", "throughout", "across", "through"})

# "the year-ago quarter", "the year-earlier period": one year back from the unit now spoken of.
YEAR_BACK_WORDS = ("year-ago", "year-earlier", "year ago", "year earlier", "prior-year", "prior year",
                   "previous-year", "year-before")

# Calendar units in order of size: a reference stretch can stand in for a unit no finer than itself.
UNIT_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 4, "season": 4, "year": 5,
             "decade": 6, "century": 7}
