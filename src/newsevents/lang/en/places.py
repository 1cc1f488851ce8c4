"""English words around place names, as data.

A mention like "the provincial government of Ontario", "Craiova-based", "central London"
or "Idlib province" names a place inside other words; these lists say which words may be
peeled off when the whole mention is not itself a known place.
"""

# Adjectives for regions, not places ("European markets"); country demonyms come from
# the actors' countries table.
REGION_DEMONYMS = frozenset({
    "european", "asian", "african", "north american", "south american", "latin american",
    "central american", "middle eastern", "arab", "arabian", "western", "eastern", "balkan",
    "caribbean", "scandinavian", "nordic", "baltic", "soviet", "kurdish", "gulf arab",
    "sub saharan", "transatlantic", "pacific islander",
})

# Words before a place name (lower case, longest first is not required: all are tried).
PREFIXES = (
    "provincial government of", "federal government of", "state government of", "government of",
    "governments of", "people of", "city of", "town of", "state of", "province of", "region of",
    "republic of", "downtown", "central", "northern", "southern", "eastern", "western",
    "north eastern", "north western", "south eastern", "south western", "northeastern",
    "northwestern", "southeastern", "southwestern", "greater", "rural", "suburban",
)

# Words after a place name.
SUFFIXES = (
    "based", "government", "governments", "administration", "province", "region", "state",
    "oblast", "governorate", "district", "county", "area", "city centre", "city center",
)

# Separators between a place and the larger place that qualifies it ("Toulouse, France",
# "Everett, Washington, in the United States", "Moscone Center in San Francisco").
QUALIFIER_SEPARATORS = (",", " in ", " near ", " outside ")

# Capitalised words that begin place names, not given names: a recognised person "East
# Jerusalem" is a misreading, while "Sudesh Amman" or "Omar Paris" is a person whose family
# name is a place (`newsevents.annotate.surnames`).
PLACE_NAME_STARTS = frozenset("""
east west north south northern southern eastern western central new old greater upper lower
downtown saint st. st san santa sao são port fort mount mt. lake cape gulf bay el al la le
""".split())

# Lower-case nouns that, as "the <noun> of <Name>", make the name a place: "the city of Kherson",
# "the province of Idlib", "the port of Odesa" (`newsevents.annotate.titles`).
PLACE_NOUNS = frozenset("""
city town village port province region district county state capital island islands oblast
governorate municipality suburb neighbourhood neighborhood settlement enclave kingdom emirate
""".split())
