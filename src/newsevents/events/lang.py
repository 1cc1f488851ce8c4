"""English word lists of the event coder: speech and demand frames, light verbs, pronouns.

Language data, kept apart from the code that reads it. Lemmas in lower case.
"""
from __future__ import annotations

# Verbs that report what someone said: their complement clause is what was said.
SPEECH_VERBS = frozenset("""
say declare reiterate repeat announce state conclude stress emphasise emphasize underline insist tell add
assert argue maintain remind warn write note affirm reaffirm claim
""".split())
# Verbs that attribute the clause before them: the verbs of saying and a few more ("..., the
# ministry confirmed.").
ATTRIBUTIONS = SPEECH_VERBS | frozenset("report confirm announce tell".split())
# Nouns that carry a statement under a light verb ("issued a declaration that ...").
SPEECH_NOUNS = frozenset("""
statement declaration reminder warning message letter note communique communiqué resolution
""".split())
# Verbs and nouns of demanding: their complement names what is demanded and of whom.
DEMAND_VERBS = frozenset("demand insist".split())
DEMAND_NOUNS = frozenset("demand demands ultimatum insistence".split())
# Verbs that deny their complement: "denied that it had sent arms" is no event of sending.
DENIALS = frozenset("deny refute dismiss".split())
# Words that turn a reported clause into an obligation: "Y must / should / has to / needs to do Z".
OBLIGATION_AUX = frozenset("must should ought".split())
OBLIGATION_VERBS = frozenset("have need".split())
# Verbs that mostly carry the event of their object noun ("held talks", "launched an inquiry").
LIGHT_VERBS = frozenset("""
hold launch open begin start conduct undertake complete carry stage give pay make issue lodge initiate
resume continue announce order set go speed accelerate finish mount step ramp lead direct
""".split())
# What one attacks in words: "Erdogan attacked the proclamation", "attacked the government's plan".
ATTACKED_IN_WORDS = frozenset("""
proclamation declaration decision plan policy law bill remark comment statement move report proposal idea
ruling verdict budget deal agreement accord recognition announcement approach stance handling record reform
measure rhetoric speech criticism claim response strategy legislation decree order resolution
""".split())

# A penalty or a stretch of time is no target: "sentenced X to a 47-month prison term", "to five years in jail".
PENALTY_NOUNS = frozenset("term sentence year month week day hour fine prison jail imprisonment custody".split())

# Forces of nature and disease: "an earthquake struck X", "the outbreak has killed 62" name no doer.
NATURAL_FORCES = frozenset("""
earthquake quake tremor aftershock storm typhoon hurricane cyclone tornado flood floods flooding tsunami
wildfire bushfire landslide mudslide avalanche drought heatwave eruption volcano lightning rain rains
snowstorm blizzard monsoon outbreak epidemic pandemic virus disease measles cholera ebola coronavirus
covid-19 malaria famine
""".split())

# Acts with no one done to, so never a passive participle: "prisoners rioted at a jail" is a clause,
# not "prisoners (who were) rioted".
INTRANSITIVE_ACTS = frozenset("""
riot demonstrate rally march mutiny rebel defect surrender capitulate resign abdicate clash
""".split())

# Agent words that, alone, are what is known rather than who knows it: "agreed to share
# [intelligence]" is information; "Israeli intelligence", "intelligence officials" are the service.
INFORMATION_NOUNS = frozenset({"intelligence"})

# Agreements and talks named after the city where they were made: "the Paris Agreement", "the Minsk talks".
TREATY_NOUNS = frozenset("""
    agreement accord treaty protocol convention declaration charter pact talks talk process format summit
    conference communique memorandum
""".split())

# Verbs whose object noun speaks for their subject: "X issued a statement condemning Y" (X condemns), not
# "X vetoed a resolution condemning Y".
STATEMENT_CARRIERS = frozenset("issue release publish adopt pass send deliver read make post write tweet".split())
# Pronouns that point to a thing, not to someone: "it was seized in Iraq" leaves the place its target.
IMPERSONAL = frozenset("it this that these those there what which something anything nothing".split())
# Nouns whose "that" clause is a claim, not an asserted event: "rejected accusations that Y armed Z".
CLAIM_NOUNS = frozenset("""
accusation allegation claim charge report rumour rumor suggestion speculation fear assertion suspicion
""".split())
# Verbs that carry a demand noun as their object ("reiterated its demand that ..."); "accepted
# demands that ..." is not a demand of the subject.
DEMAND_CARRIERS = SPEECH_VERBS | LIGHT_VERBS | frozenset("renew press voice present submit put send".split())
# Participles that say what a person is held to have done ("a man accused of spying for X"): the
# X of the charge is no party to the act on the man.
ALLEGED = frozenset("accuse suspect charge convict allege link tie want sentence jail arrest detain".split())
# Heads of time expressions: a pattern's preposition does not match theirs ("agreed on Wednesday").
# "both countries", "the two leaders": nouns for a pair the text named just before, with the role
# each of the two takes ("" for the country itself).
PAIR_NOUNS = {"country": "", "nation": "", "leader": "GOV", "government": "GOV", "side": "", "neighbour": "",
              "neighbor": "", "rival": ""}
PAIR_WORDS = frozenset({"both", "two"})
# Prepositions that place an act by another event's time ("after the talks", "since the coup").
TEMPORAL_PREPOSITIONS = frozenset({"before", "after", "during", "until", "since"})
TIME_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight weekend
day days week weeks month months year years morning afternoon evening night hour hours
dawn dusk daybreak nightfall sunrise sunset midnight noon midday
january february march april may june july august september october november december
""".split())
# Words that make a role a former one (CAMEO codes former office-holders as elites, ELI).
FORMER = frozenset("former ex- ex onetime erstwhile".split())
# Verbs that give way to the act of their complement: "voted to reject the plan" is a rejection.
YIELDING = frozenset("vote decide move opt choose".split())
# Nouns that count a group rather than name it: "thousands of Kenyans" stands for the Kenyans.
QUANTITY_NOUNS = frozenset("""
thousand thousands hundred hundreds dozen dozens score scores million millions group groups crowd crowds
number numbers some many
""".split())
# A side's own means, never its target: "withdrew [its troops] from X", "sent [their ships] to Y".
OWN_FORCES = frozenset("""
troop troops force forces soldier soldiers army military unit units personnel contingent peacekeeper peacekeepers
warship warships ship ships aircraft jet jets plane planes police diplomat diplomats ambassador envoy
""".split())
# What a doer sends, fires or moves, its forces and its weapons: "launched [90 drones] at Kenya".
OWN_MEANS = OWN_FORCES | frozenset("drone drones missile missiles rocket rockets".split())
# Vessels sail under a flag the sentence rarely names: "Iran seized [an oil tanker]", "rebels attacked
# [a cargo ship]" say nothing of whose ship it was, so a vessel takes no country from its sentence.
VESSELS = frozenset("""
ship ships vessel vessels tanker tankers freighter freighters carrier carriers boat boats trawler trawlers
""".split())
# Nouns of bodies of people: a place after "in" or "at" says whose they are ("an international force
# in Liberia", "opposition groups in Zimbabwe"); after other nouns it says where ("talks in Madrid").
GROUP_NOUNS = OWN_FORCES | frozenset("""
group groups mission missions delegation delegations team teams crowd crowds community communities
population populations people member members supporters staff workers leader leaders
""".split())
# Verbs that ward off an act ("warned NATO against sending troops", "barred X from holding rallies"):
# the act after "against" or "from" is not done.
WARDING = frozenset("warn caution advise prevent stop ban bar block deter dissuade discourage prohibit forbid".split())
# Verbs of arriving: the place after "in" is the one visited ("arrived in Moscow" -> a visit to Russia).
# Verbs of meeting: a "to" clause after them is the meeting's purpose, even where the parser made it
# the object's ("met Hamas officials [to negotiate a pause in the fighting]"), and no pattern word.
GATHERINGS = frozenset("meet visit host".split())
ARRIVALS = frozenset("arrive land travel fly come go return".split())
# Where words go out ("said on state television", "saying on the platform X", "criticised via
# Twitter"): the medium of something said, never whom it was said to or about.
MEDIA_CHANNELS = frozenset("""
television tv radio twitter x facebook instagram telegram youtube tiktok weibo wechat whatsapp website
platform channel airwaves broadcast podcast blog account page feed media network post tweet video livestream
""".split())
MEDIUM_PREPOSITIONS = frozenset("on via through over in".split())
# Talking, which with a news medium is an interview, not talks ("spoke with VOA").
TALKING = frozenset("speak talk chat converse".split())
INTERVIEWEE_PREPOSITIONS = frozenset("with to".split())  # "VOA spoke with / to the minister"
# "along with donors", "together with Y": more of the doers, neither a target nor a pattern's partner.
WITH_THE_DOERS = frozenset("along together".split())
# Prepositions of a meeting's venue, not of whom it was with ("met in Doha", "gathered outside parliament").
VENUE_PREPOSITIONS = frozenset("in at outside inside near around".split())
# Those of them that only locate (unlike "in", which may say whose: "opposition groups in Zimbabwe"):
# a noun inside an object after them is where the object was ("arrested supporters [outside the court]").
BESIDE = frozenset("at outside inside near around".split())
# Nouns of a place that, after one of those prepositions, say where an act was done, not to whom:
# "resume talks [in the Saudi city of Jeddah]", "blocked a road [near the town of Kassala]". An attack
# is the exception: what it hit lies in the place's country.
WHERE_NOUNS = frozenset("""
city town village port province region district county capital island oblast governorate
municipality suburb neighbourhood neighborhood settlement area outskirts
""".split())
# Nouns of a frontier: the country that names one is the other side, never where the act fell nor
# whom it was done to ("near the Somali border" is in Kenya, not Somalia).
BORDER_NOUNS = frozenset("border frontier boundary borderline".split())
# Means of an attack whose doer the clause does not name ("a roadside bomb killed ...", "were killed in a
# suicide bombing"): the doer is an unidentified armed force. Some heads count only with a modifier that
# makes them an attack ("a car bomb blast", "an air strike", not "a gas explosion", "a labour strike").
ATTACK_MEANS = frozenset("""
bomb bombing bombardment airstrike shelling shell mortar rocket missile grenade gunfire ambush attack landmine
ied drone shooting raid
""".split())
ATTACK_MEANS_IF_MODIFIED = frozenset("explosion blast strike device mine fire".split())
ATTACK_MODIFIERS = frozenset("""
bomb car suicide roadside mine minefield land air drone missile rocket grenade mortar explosive terror
terrorist militant artillery sniper
""".split())

# Day words the parser sometimes takes for the subject: "Finland [today] accepted an offer". Not
# the months of TIME_WORDS: "May" alone may be a name.
DAY_WORDS = frozenset("""
today yesterday tonight tomorrow monday tuesday wednesday thursday friday saturday sunday
""".split())

# Acts done to someone: whom a reaction to them names after "against", "on" or "of" suffered the
# act and is no side of the reaction ("condemned the use of force against [protesters]").
ACTS_AGAINST = frozenset("""
violence force attack killing crackdown arrest detention bombing shelling shooting abuse torture
persecution repression harassment intimidation mistreatment treatment execution assault airstrike
raid massacre aggression discrimination
""".split())
VICTIM_CASES = frozenset({"against", "on", "of"})

# "foreign" before a role says it is not the country of the text ("[foreign intelligence services]",
# "foreign fighters"), except in the names of a state's own offices ("the foreign ministry").
FOREIGN_WORDS = frozenset("foreign overseas".split())
OWN_FOREIGN_OFFICES = frozenset("minister ministers ministry secretary office affairs policy relations service".split())
# Verbs of warning: where what they warn of would happen is no side ("warned that cholera cases
# [in Sudan] could double"); a threat of an act imposed on a place keeps it ("threatened to impose
# a curfew in Algiers").
WARNINGS = frozenset("warn caution".split())
