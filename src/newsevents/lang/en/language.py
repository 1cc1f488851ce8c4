"""Words that tell plainly English text from other languages' text, as data.

The language check takes a sample as English without consulting the statistical identifier
when English function words are frequent in it and the most frequent function words of other
Latin-script languages are rare (`extract.language.plainly_english`).
"""

# Frequent in any English prose, rare elsewhere.
FUNCTION_WORDS = frozenset("""
the of and to that is was for with as on by this have has had be been were are from which
it its they their he his she her not but at would will who said an or there also after
""".split())

# Frequent in Spanish, French, German, Dutch, Italian, Portuguese, Indonesian, Swahili ... prose
# and rare in English text (names aside).
OTHER_FUNCTION_WORDS = frozenset("""
el los las del que y por para una con como se lo su sus más pero
le les des du et est une dans sur pour qui au aux ne pas avec ce cette sont été
der die das und ist nicht ein eine den dem mit sich auf für auch zu von im
het een van en op te zijn dat niet voor met ook aan
il di che della dei delle per non sono alla gli
da em os não uma com dos das ao pelo pela
yang dan di ke dari ini itu dengan untuk tidak pada dalam
na ya wa kwa za katika ni
""".split())
