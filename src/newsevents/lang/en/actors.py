"""English words for resolving actors in context, as data.

The agents dictionary (Phoenix) knows most role words ("foreign minister" -> GOV); these
lists add what it lacks or codes oddly, and name the words the context rules look for.
"""

# A role word that takes its role from the words before it: "Kremlin spokesman" is RUS GOV,
# "union leader" LAB. Alone, it gets the role given here (None: no role).
INHERITING = {
    "spokesman": "GOV", "spokeswoman": "GOV", "spokesperson": "GOV", "spokespeople": "GOV",
    "spokesmen": "GOV", "leader": None, "leaders": None, "head": None, "chief": None,
    "chairman": None, "chairwoman": None, "chairperson": None, "chair": None, "director": None,
    "secretary": None, "member": None, "members": None, "representative": None,
    "representatives": None, "deputy": None, "official": "GOV", "officials": "GOV",
    "delegation": "GOV", "delegations": "GOV", "delegate": "GOV", "delegates": "GOV",
    "chief executive": "BUS", "executive": None, "executives": None, "commissioner": "GOV",
}

# Role words the agents dictionary lacks or codes otherwise (lower case, whole phrase).
ROLES = {
    "union": "LAB", "unions": "LAB", "trade union": "LAB", "labour union": "LAB", "labor union": "LAB",
    "dockers": "LAB", "dock workers": "LAB", "strikers": "LAB",
    "negotiator": "GOV", "negotiators": "GOV", "mediator": "GOV", "mediators": "GOV",
    "counterpart": "GOV", "counterparts": "GOV", "minister": "GOV", "ministers": "GOV",
    "ministry": "GOV", "ministries": "GOV", "cabinet": "GOV", "authorities": "GOV",
    "defence ministry": "GOV", "defense ministry": "GOV", "defence minister": "GOV",
    "defense minister": "GOV", "army engineers": "MIL", "engineers": None,
    "senate": "LEG", "senator": "LEG", "senators": "LEG", "house of representatives": "LEG",
    "majority leader": "LEG", "minority leader": "LEG", "speaker": "LEG",
    "police": "COP", "policemen": "COP", "police officers": "COP",
    "troops": "MIL", "soldiers": "MIL", "forces": "MIL", "military": "MIL", "army": "MIL",
    "navy": "MIL", "air force": "MIL",
    "government": "GOV", "governments": "GOV", "administration": "GOV", "president": "GOV",
    "prime minister": "GOV", "chancellor": "GOV", "chancellery": "GOV", "ambassador": "GOV",
    "envoy": "GOV", "special envoy": "GOV", "diplomats": "GOV", "diplomat": "GOV", "mayor": "GOV",
    "researcher": "EDU", "researchers": "EDU", "analyst": None, "analysts": None,
    "spokesman for": "GOV", "transport minister": "GOV", "economy minister": "GOV",
    "energy minister": "GOV", "water minister": "GOV", "mining ministry": "GOV",
    "secretariat": None, "company": "BUS", "shipping lines": "BUS", "port authority": "GOV",
    "harbour authority": "GOV", "harbor authority": "GOV", "broadcaster": "MED",
    "chamber of commerce": "BUS", "farmers": "AGR", "rebels": "REB", "protesters": "OPP",
    "opposition": "OPP", "court": "JUD", "judges": "JUD", "prosecutors": "JUD",
}

# A country's leader(s), when nothing but the country stands before the word ("Israeli leader",
# "Russian and DPRK leaders"): the government. "tribal leaders", "rebel leader" are not.
COUNTRY_LEADERS = frozenset({"leader", "leaders"})

# Heads of an institution named without a name of its own ("the Defence Ministry", "the Senate"):
# coded with the country the text gives them, else the article's focus country.
INSTITUTIONS = frozenset({
    "ministry", "ministries", "chancellery", "senate", "parliament", "congress", "cabinet",
    "government", "presidency", "police", "army", "military", "navy", "court", "legislature",
    "house of representatives", "national assembly", "interior ministry", "foreign ministry",
    "defence ministry", "defense ministry",
})

# Words that mark a title as one of these offices, for "the head of state" -> the president.
OFFICES = {
    "head of state": ("president", "king", "queen", "emir", "head of state"),
    "head of government": ("prime minister", "chancellor", "premier", "head of government"),
}

# Offices a title names, as the office-holder table writes them (any one of them fits): "Defence
# Minister Pedro Sanchez" is no one the table lists as head of government only.
TABLE_OFFICES = {
    "president": frozenset({"head of state", "head of government"}),
    "prime minister": frozenset({"head of government"}), "premier": frozenset({"head of government"}),
    "chancellor": frozenset({"head of government"}),
    "defence minister": frozenset({"defence minister"}), "defense minister": frozenset({"defence minister"}),
    "foreign minister": frozenset({"foreign minister"}),
}

# Words of offices below the state: such an official is of the country their sentence's places lie in.
LOCAL_OFFICES = frozenset({"governor", "mayor", "regional", "provincial", "district", "municipal", "county",
                           "local", "city"})

SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
# Object pronouns that point back to a person: "thanked him", "met her" ("her" as an object only).
OBJECT_PRONOUNS = {"him": "m", "her": "f"}

# Phrase words that end a title before a name or an apposition.
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})

# Titles one person holds: "the president", "the foreign minister" can point back to them.
PERSON_TITLES = (
    "president", "prime minister", "premier", "chancellor", "minister", "head of state",
    "head of government", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
    "mayor", "king", "queen", "emir", "governor", "secretary", "chairman", "chairwoman",
    "chairperson", "leader", "chief executive", "commissioner",
)
