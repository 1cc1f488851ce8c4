"""Title words that stand before a person's name, as data ("President Emmanuel Macron",
"Foreign Minister Hakan Fidan", "spokesman Dmitry Peskov"). Lower case; matched on the
lower-cased token, so "President" and "president" both count. Used by
`newsevents.annotate.titles`, which labels the name after them PERSON.
"""

TITLES = frozenset("""
president vice-president president-elect premier chancellor minister prime secretary
secretary-general undersecretary spokesman spokeswoman spokesperson ambassador envoy
king queen prince princess crown emir sheikh sultan pope cardinal archbishop bishop ayatollah
imam rabbi reverend rev. senator sen. sen congressman congresswoman rep. representative
governor gov. gov mayor lawmaker mp deputy councillor councilor judge justice
general gen. gen lieutenant lt. colonel col. major maj. captain capt. commander admiral adm.
sergeant sgt. marshal brigadier commissioner chairman chairwoman chairperson chief ceo
director leader candidate speaker attorney prosecutor
mr mr. mrs mrs. ms ms. dr dr. prof. professor sir dame lord lady
""".split())

# Capitalised words after a title that are not (the start of) a name: "Prime Minister Office",
# "President Monday".
NOT_NAMES = frozenset("""
of for the and office ministry administration government council party cabinet
executive officer assembly motors electric dynamics staff house senate court department
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
""".split())

# Lower-case particles inside a name: "Mohammed bin Salman", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("bin ibn al el de da di van von der den la le du dos".split())
