"""Words that end an organisation's name, as data: one to four capitalised words before them
make an ORG ("Singapore Airlines", "Russian Defence Ministry", "Labour Party"). Matched as
written (capitalised); `newsevents.annotate.rulers` turns them into token patterns.
"""

ORG_HEADS = frozenset("""
Airlines Airways Air Corporation Corp Corp. Inc Inc. Ltd Ltd. Plc PLC LLC Co. Company Group
Bank University Party Ministry Agency Council Commission Committee Association Foundation
Institute Federation Union League Front Movement Brigades Army Navy Force Forces Police
Office Corps Department Authority Bureau Directorate Secretariat Tribunal Court Assembly Organization
Organisation Programme
""".split()) | frozenset(
    # newspapers: "The Jakarta Post", "Khaleej Times", "Sydney Morning Herald"
    "Post Times Herald Tribune Gazette Journal Chronicle Telegraph Inquirer Courier".split())

# Capitalised words that do not start or continue such a name ("The Party", "On Monday the Council").
NOT_IN_NAMES = frozenset("""
the a an this that these those his her its their our my your he she it they we i
in on at of for by with from to and or but as after before when while if
""".split())

# Organisation words of companies, after which "of" names a place, not more of the name:
# "Google Inc. of Mountain View".
CORPORATE_SUFFIXES = frozenset("Corporation Corp Corp. Inc Inc. Ltd Ltd. Plc PLC LLC Co. Company Group".split())
# Prepositions that carry an organisation's name on after its head word: "Ministry [of] Foreign
# Affairs", "Commission [on] Human Rights", "High Commissioner [for] Refugees".
NAME_PREPOSITIONS = ("of", "on", "for")
# Capitalised words that never carry such a name on: "the Commission on Monday", "Police in June".
NOT_AFTER_HEADS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december
""".split())

# Words that end a place's name the same way ("Changi International Airport"), which the
# recogniser often takes for an organisation. Words such as "River" or "Sea" are left out: they
# stand inside other names too often ("Siam River Power", "Black Sea Fleet").
PLACE_HEADS = frozenset("Airport Airfield Stadium".split())

# A word that, before a place's name, makes an airline: "Air China", "Air Moldova".
AIRLINE_WORD = "Air"
