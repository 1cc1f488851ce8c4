"""How news writes a product's model after its maker's name, as data: "Boeing 787", "Airbus
A330-200", "Lockheed Martin F-35", "Sukhoi Su-57", "A380s". `newsevents.annotate.products`
reads it: the maker's name there names an aircraft, a weapon or a machine, not an actor.
"""
import re

# A model designation: letters, a hyphen and digits ("F-35", "Su-57", "MiG-29", "S-400",
# "C-130J"), letters and three digits ("A380", "A400M"), or three digits ("787", "737-800"),
# each with an optional series ("-200") and a plural "s". Not "G7" or "G20" (groups of
# states), "COVID-19" (five letters) or a year ("FY2020").
MODEL_CODE = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,2}(?:-\d{1,4}|\d{3})[A-Za-z]{0,3}|[1-9]\d{2})(?:-\d{1,4}[A-Za-z]{0,2})?s?$")

# Words after a number that make it an amount, not a model: "Boeing 300 million".
AMOUNT_WORDS = frozenset("million billion trillion percent per thousand".split())
