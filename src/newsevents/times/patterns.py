"""The regular expressions that find time-expression candidates, one per rule, built from ``lang.en``.

A pattern's named group ``t`` (or ``t_alt``, in a second branch), when it matched, is the expression's
span (words such as "on" or "in" around it are context, not part of it); otherwise the whole match is.
"""
from __future__ import annotations

import re

from newsevents.lang.en.dates import MONTHS, WEEKDAYS
from newsevents.lang.en.times import (
    ANAPHORIC_DAYS, DECADE_WORDS, HOLIDAYS, IN_A_ROW, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, RELATIVE_DAYS,
    SEASONS, SET_WORDS, UNITS, VAGUE_AMOUNTS,
)
from newsevents.lang.en.times import REFERENCES, YEAR_BACK_WORDS


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


MONTH = (rf"(?:{_alt(k for k in MONTHS if len(k) > 4 or k in ('may', 'june', 'july'))}|"
         rf"(?:{_alt(k for k in MONTHS if len(k) <= 4 and k not in ('may', 'june', 'july'))})(?:\.(?!\w))?)(?!\w)")
WEEKDAY = rf"(?:{_alt(WEEKDAYS)})"
ORD = r"(?:st|nd|rd|th)?"
DAY = rf"(?:[12]\d|3[01]|0?[1-9]){ORD}"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
NUMBER_WORD = (rf"(?:(?:{_alt(k for k, v in NUMBER_WORDS.items() if v in range(20, 100, 10))})[-\s]"
               rf"(?:{_alt(k for k, v in NUMBER_WORDS.items() if v < 10 and not k.startswith('a'))})(?!\w)|"
               rf"{_alt(NUMBER_WORDS)})")
# "a 48-hour strike", "an eight-hour shift": the article belongs to the noun, not to the time expression.
COUNT_AFTER_ARTICLE = rf"(?:\d|(?:{_alt(k for k in NUMBER_WORDS if not k.startswith('a'))})\b)"
AMOUNT = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORD}|{_alt(VAGUE_AMOUNTS)})"
UNIT = rf"(?:{_alt(UNITS)})s?"
POD = rf"(?:{_alt(PARTS_OF_DAY)})"
SEASON = rf"(?:{_alt(SEASONS)})"
SHIFT = r"(?:this\s+past|this\s+coming|last|next|this|coming|past|previous|following|current)"
POSITION = (r"(?:early|late|mid|earlier\s+in|later\s+in|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
            r"the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|the\s+turn\s+of|by\s+the\s+end\s+of)")
HALF = r"(?:the\s+)?(?P<half>first|second|1st|2nd)\s+half\s+of"
WEEKDAY_DATE = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"
ORDINAL = rf"(?:{_alt(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
# "on the 25th" is a day only when no noun follows it ("on the 25th anniversary", "the 12th floor").
DAY_ALONE = (r"\s*(?:[,.;:!?)\"”’]|--|–|—|$)|\s+(?:at|in|on|of|and|or|but|when|as|after|before|until|with|to|"
             r"from|for|by|while|if|because|so|that|this|the|a|an|will|would|was|were|is|are)\b")
RANGE_SEP = r"\s*(?:-|–|—|to|and|until|till|through|thru)\s*"

RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mm>\d{2}))?\b"),
    ("numeric", r"(?<![\d/.,])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])(?:/(?P<y>\d{4}|\d{2}))?(?![\d/%])"),
    # Day first: "17/03/2009" (the first number cannot be a month) and the dotted "17.03.2009".
    ("numeric_day_first", r"(?<![\d/.,])(?:(?P<d>1[3-9]|2\d|3[01])/(?P<m>1[0-2]|0?[1-9])/(?P<y>\d{4})|"
                          r"(?P<d_alt>[12]\d|3[01]|0?[1-9])\.(?P<m_alt>1[0-2]|0?[1-9])\.(?P<y_alt>\d{4}))(?![\d/.]\d)"),
    ("day_range", rf"\b(?:(?:from|between)\s+)?(?:the\s+)?(?P<d1>{DAY}){RANGE_SEP}(?:the\s+)?(?P<d2>{DAY})"
                  rf"(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"),
    ("month_day_range", rf"\b(?:(?:from|between)\s+)?(?P<mon>{MONTH})\s+(?P<d1>{DAY}){RANGE_SEP}(?P<d2>{DAY})"
                        rf"(?:,?\s+(?P<y>{YEAR}))?(?![\d,])"),
    ("month_day", rf"\b{WEEKDAY_DATE}(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?(?![\d,]\d|\w)"),
    ("day_month", rf"\b{WEEKDAY_DATE}(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b"),
    # not "since the 4.7 quake", "for the 3 of us"
    ("on_the_day", rf"\b(?:on|for|by|until|till|since)\s+(?P<t>the\s+(?P<d>{DAY}))\b"
                   rf"(?![.,]\d|\s+of\s+(?:us|you|them|those|these)\b)"
                   rf"(?!\s+(?:of\s+)?(?:{MONTH}|century))(?={DAY_ALONE})"),
    ("month_year", rf"\b(?:(?P<pos>{POSITION})[-\s]+)?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})\b"),
    ("month_shifted_year", rf"\b(?P<t>(?:(?P<pos>{POSITION})[-\s]+)?(?P<mon>{MONTH}))(?=,?\s+(?:of\s+)?"
                           rf"(?P<yshift>this|next|last)\s+year\b)"),
    ("week_of_month", rf"\b(?:the\s+)?(?P<ord>{ORDINAL}|last|final)\s+week\s+of\s+(?P<mon>{MONTH})"
                      rf"(?:,?\s+(?P<y>{YEAR}))?\b"),
    ("record_unit", r"\b(?:best|worst|biggest|largest|strongest|weakest|busiest|sharpest|steepest)\s+"
                    r"(?P<t>(?P<unit>day|week|month|quarter|year))\b(?=\s+(?:since|in|ever)\b)"),
    ("ordinal_unit", rf"\b(?:(?:the|a|an|its|their|his|her)\s+)?(?P<ord>{ORDINAL})\s+"
                     rf"(?:(?P<adj>{_alt(IN_A_ROW)})\s+)?(?P<unit>day|week|month|year|quarter|session)\b"
                     rf"(?=(?P<row>\s+in\s+a\s+row|\s+running)?)"),
    ("month", rf"\b(?P<monthof>the\s+month\s+of\s+)?(?:(?P<pos>{POSITION})[-\s]+)?(?:(?P<shift>{SHIFT})\s+)?"
              rf"(?P<mon>{MONTH})(?!\w)"),
    ("weekday", rf"\b(?:(?P<shift>{SHIFT})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD}))?\b"),
    ("relative_day", rf"\b(?:(?P<pos>earlier|later|early|late)\s+)?(?P<rel>{_alt(RELATIVE_DAYS)})"
                     rf"(?:\s+(?P<pod>{POD}))?\b"),
    ("this_pod", rf"\b(?P<shift>this|last|tomorrow|yesterday)\s+(?P<pod>morning|afternoon|evening)\b"),
    ("holiday", rf"\b(?P<name>{_alt(HOLIDAYS)})(?:,?\s+(?P<y>{YEAR}))?\b"),
    ("anaphoric_day", rf"\b(?P<ana>{_alt(ANAPHORIC_DAYS)})\b"),
    ("same_unit", rf"\b(?:that|the)\s+same\s+(?P<unit>day|week|month|quarter|year|period)\b(?P<back>\s+(?:(?:a|one)\s+"
                  rf"year\s+(?:ago|earlier|before)|(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year))?"
                  rf"(?:\s+(?:of|in)\s+(?P<y>{YEAR})\b)?"),
    ("year_back", rf"\b(?:the\s+|a\s+)?(?P<back>{_alt(YEAR_BACK_WORDS)})\s+(?P<unit>quarter|period|month|week|year|"
                  rf"{SEASON})\b"),
    ("fiscal_year", r"\bFY\s?(?P<y>\d{4}|\d{2})\b"),
    ("month_quarter", rf"\b(?:the\s+)?(?P<mon>{MONTH})[-\s]+quarter\b"),
    ("year_end", r"\b(?:(?P<shift>this|last|next|the)\s+)?year[-\s]end\b(?!\s+of\b)"),
    ("history", r"\b(?:(?:in|of)\s+(?P<t>(?:(?:the|its|their|our|his|her|recent|modern|(?-i:[A-Z][\w.]*)|\w+['’]s)\s+){0,3}"
                r"(?-i:history))|(?:is|was|are|were|be)\s+(?P<t_alt>(?-i:history)))\b(?!\s+of\b)"),
    ("shifted_unit", rf"\b(?:(?:(?P<half>first|second)\s+half\s+of|(?P<pos>{POSITION}))[-\s]+)?"
                     rf"(?P<shift>{SHIFT}|the\s+(?:{SHIFT})|the\s+same|that|the)\s+"
                     rf"(?P<unit>week|weekend|month|year|quarter|decade|century|{SEASON})\b"
                     rf"(?P<rel>\s+(?:before|after|earlier|later|prior)(?=\s*(?:[,.;:)]|--|$)))?"),
    ("ago", rf"\b(?:(?P<n>{AMOUNT})[-\s]+)?(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later|from\s+now|previously|"
            rf"prior|hence|before(?=\s*(?:[,.;)]|$))|after(?=\s*(?:[,.;)]|$)))(?!\s+(?:to|that)\b)"),
    ("in_units", rf"\b(?:with)?in\s+(?P<t>(?P<n>{AMOUNT})[-\s]+(?P<unit>{UNIT}))(?:'?s?\s+time)?\b"),
    ("duration_range", rf"\b(?:(?:between|from)\s+)?(?P<n1>{AMOUNT})\s*(?:-|–|to|and)\s*(?P<n>{AMOUNT})[-\s]+"
                       rf"(?P<unit>{UNIT})\b"),
    ("year_range", rf"\b(?:(?:from|between)\s+)?(?P<y>{YEAR})\s*(?:-|–|/|to|and)\s*(?P<y2>\d{{4}}|\d{{2}})\b(?![-/]\d)"),
    ("year", rf"(?<![\d,.$€£#])(?:\b(?:{HALF}|(?P<pos>{POSITION}|fiscal|fiscal\s+year|FY|the\s+year|"
             rf"calendar\s+year))[-\s]*)?(?P<y>{YEAR})(?![\d%]|[.,]\d)"),
    ("short_year", rf"(?<![\w'])'(?P<yy>\d{{2}})\b(?!s)"),
    ("decade", rf"(?:\bthe\s+)?(?:(?P<pos>early|late|mid)[-\s]+)?(?:'|\b)(?P<dec>(?:1\d|20)?\d0)'?s\b"),
    ("decade_word", rf"\bthe\s+(?:(?P<pos>early|late|mid)[-\s]+)?(?P<word>{_alt(DECADE_WORDS)})\b"),
    ("century", r"\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[-\s]+century\b"),
    ("season", rf"\b(?:(?P<pos>early|late|mid)[-\s]+)?(?:(?P<shift>{SHIFT}|the)\s+)?(?P<season>{SEASON})"
               rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b"),
    ("quarter", rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last|this|next|current|"
                rf"previous|past)[-\s]+(?:fiscal\s+|financial\s+)?quarter(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR})|"
                rf"(?P<yshift>this|last|next)\s+year|the\s+year))?\b"),
    ("q_quarter", rf"\b(?:Q(?P<q>[1-4]))(?:\s+(?P<y>{YEAR}))?\b"),
    ("half", rf"\b{HALF}\s+(?:(?P<y>{YEAR})|(?P<yshift>this|last|next|the)\s+year)\b"),
    ("bare_half", r"\b(?:the\s+)?(?P<half>first|second|1st|2nd)\s+half\b(?!\s+of\b|[-\s]+(?:century|decade))"),
    # "a decades-long feud": the article belongs to the noun, and is no amount ("a year").
    ("duration", rf"\b(?!an?\s+{UNIT}s\b)(?P<t>(?P<half>half\s+an?\s+)?(?:the\s+|(?<!half\s)an?\s+(?!{COUNT_AFTER_ARTICLE}))?(?:(?:past|last|"
                 rf"next|coming|first|previous|following|final|"
                 rf"better\s+part\s+of\s+the)\s+)?(?:(?P<n>{AMOUNT})[-\s]+)?(?P<half_unit>(?:and\s+a\s+)?half[-\s]+)?"
                 rf"(?:(?:{_alt(IN_A_ROW)})\s+)?"
                 rf"(?P<unit>{UNIT})(?P<and_half>\s+and\s+a\s+half)?)(?:[-\s]+(?:long|old))?\b"),
    ("clock", r"\b(?P<hh>[01]?\d|2[0-3])(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.(?!\w)|[ap]\.?m(?!\w)|[AP]M\b)"
              r"(?:\s+(?P<zone>local\s+time|GMT|UTC|[ECMP][SD]?T)\b)?"),
    ("clock24", r"(?<![\d:.,$])(?P<hh>[01]\d|2[0-3]):?(?P<mm>[0-5]\d)(?![\d:])(?:\s+(?P<zone>local\s+time|GMT|UTC|"
                r"hours|hrs)\b)?"),
    ("noon", r"\b(?P<word>noon|midday|midnight)\b"),
    ("reference", rf"\b(?P<ref>{_alt(REFERENCES)})\b"),
    ("one_point", r"\bat\s+(?P<t>one\s+point|some\s+point)\b"),
    ("set", rf"\b(?:(?P<word>{_alt(SET_WORDS)})|(?:every|each)\s+(?P<wd>{WEEKDAY})|(?:once|twice|\d+\s+times)"
            rf"\s+(?:a|an|per|every)\s+(?P<unit>{UNIT}))\b"),
)

COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p, re.I)) for name, p in RULES)
