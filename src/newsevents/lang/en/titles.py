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
politician activist journalist lawyer dissident cleric businessman businesswoman tycoon billionaire
economist blogger novelist defector
""".split())

# The departments named after "of" between a title and a name: "Secretary of State Marco Rubio",
# "Minister of Foreign Affairs Anna Berg", "Secretary of the Interior X". Whole phrases, so that
# "president of the Lagos Chess Club" names no person.
DEPARTMENTS = tuple(line.strip() for line in """
state
defense
defence
national defense
national defence
war
foreign affairs
external affairs
homeland security
security
national security
public security
state security
interior
the interior
internal affairs
home affairs
finance
the treasury
treasury
justice
health
public health
health and human services
commerce
trade
foreign trade
industry
energy
agriculture
labor
labour
education
transport
transportation
veterans affairs
economy
the economy
economic affairs
information
culture
environment
the environment
planning
tourism
housing
housing and urban development
oil
petroleum
immigration
""".strip().splitlines())

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
# A name word that opens with an Arabic article or kin word joined by a hyphen: "al-Sadr", "el-Sisi".
PARTICLE_NAME = r"^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd|ul|ud)-[^\W\d_a-z]\w*$"
