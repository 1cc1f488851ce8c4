"""Words that end an organisation's name, as data: one to four capitalised words before them
make an ORG ("Singapore Airlines", "Russian Defence Ministry", "Labour Party"). Matched as
written (capitalised); `newsevents.annotate.rulers` turns them into token patterns.
"""

ORG_HEADS = frozenset("""
Airlines Airways Air Corporation Corp Corp. Inc Inc. Ltd Ltd. Plc PLC LLC Co. Company Group
Bank University Party Ministry Agency Council Commission Committee Association Foundation
Institute Federation Union League Front Movement Brigades Army Navy Forces Police
""".split())

# Capitalised words that do not start or continue such a name ("The Party", "On Monday the Council").
NOT_IN_NAMES = frozenset("""
the a an this that these those his her its their our my your he she it they we i
in on at of for by with from to and or but as after before when while if
""".split())
