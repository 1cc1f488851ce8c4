"""English boilerplate lines of scraped news pages: the text cleaner's language data.

Each entry is ``(reason, regular expression)``. A line matching the expression
(case-insensitive, searched in the whole line with surrounding spaces trimmed)
is junk for that reason. Order matters: the first match names the reason.

``ANYWHERE`` patterns cannot be an article sentence, so they apply inside the
article body too (an inline "READ ALSO: ..." between two paragraphs). ``OUTSIDE``
patterns are only trusted on lines outside the body, or on short lines, because
an article can talk about cookies, newsletters or copyright in a real sentence.
"""
from __future__ import annotations

# A line of this many words or fewer counts as short: an `OUTSIDE` pattern may
# remove it even inside the body.
SHORT_LINE_WORDS = 12

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"

# Lines that announce a link to another story, or page furniture, whatever their length.
ANYWHERE: tuple[tuple[str, str], ...] = (
    ("read-also", r"^(?:read|see|watch|listen)\s+(?:also|more|next|this|too)\b\s*[:>|»\-–—]"),
    ("read-also", r"^(?:also|must)\s+(?:read|see|watch)\b\s*(?:[:>|»\-–—].*)?$"),
    ("read-also", r"^(?:read|watch|listen|more)\s*[:|»>]\s*\S"),
    ("read-also", r"^(?:read|see|watch)\s+(?:also|more)\s*$"),
    ("read-also", r"^(?:read|continue reading)\s+(?:the\s+)?(?:full|original|whole)\s+(?:story|article|report)\b"),
    ("related", r"^(?:related|see also|more on this(?: story)?|more from [^.!?]{1,40}|recommended(?: for you)?|"
                r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don'?t miss|trending(?: now)?|"
                r"most (?:read|popular|viewed|shared|commented)|top stories|latest (?:news|stories|headlines)|"
                r"editor'?s picks?|what to read next|further reading|in other news|more stories|"
                r"related (?:stories|articles|coverage|content|news|posts?|links|topics|videos?))"
                r"(?:\s+(?:in|on|from|about)\s+[^.!?]{1,40})?\s*(?:[:>|»\-–—].*)?$"),
    ("byline", r"^(?:about the authors?|about the writer|more about the author)\b[^.!?]{0,60}$"),
    ("related", r"^(?:next|up next|more) in\b[^.!?]{0,60}$"),
    ("related", r"^(?:explore further|more articles (?:from|by) [^.!?]{1,60}|elsewhere on [^.!?]{1,60}|"
                r"(?:other|more) stories (?:from|by|on) [^.!?]{1,60}|read more (?:from|by|about) [^.!?]{1,60})$"),
    # Tabloid inline links: "Plane passengers quarantined after outbreak [NEWS]".
    ("read-also", r"\[(?:insight|video|videos|reaction|news|warning|pics|pictures|photos|poll|latest|"
                  r"analysis|comment|opinion|revealed|explained|live|update|report|interview)\]\s*\|?$"),
    ("navigation", r"^(?:previous|next|prev|older|newer)\s+(?:article|post|story|page|item|slide)s?"
                   r"\s*(?:[:>|»–—]|-\s|$)"),
    ("navigation", r"^(?:«|‹|<)?\s*(?:previous|next|prev)\s*(?:»|›|>)?$"),
    ("navigation", r"^(?:skip to (?:main )?content|back to top|return to top|go to top|jump to)\b"),
    ("advert", r"^(?:advertisement|advertising|ad|ads|sponsored(?: content| post| links?)?|"
               r"paid (?:content|post)|promoted(?: content| stories)?|story continues(?: below)?(?: advertisement)?|"
               r"article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|"
               r"ad feedback|report this ad|close ad|ads by \w+)\s*[:.]?$"),
    ("share", r"^(?:share|share this(?: article| story| page)?|share on \w+|tweet|email|print|"
              r"copy link|whatsapp|facebook|twitter|linkedin|pinterest|reddit|messenger|telegram|"
              r"share via \w+|click to share.*|share (?:this|the) (?:article|story)\b.*)\s*:?$"),
    ("share", r"^(?:share|tweet|email|print|pin|save)(?:\s*[|•·/,]\s*(?:share|tweet|email|print|pin|save|"
              r"facebook|twitter|linkedin|whatsapp|reddit|comments?|\d+))+$"),
    ("share", r"^all sharing options\b"),
    ("share", r"^(?:follow|like)\s+(?:us|\S+)\s+on\s+(?:facebook|twitter|instagram|linkedin|youtube|"
              r"flipboard|rss|telegram|tiktok|google news)\b[^.!?,]{0,40}$"),
    ("comments", r"^(?:\d+\s+)?comments?\s*(?:\(\d+\)|:\s*\d+)?$"),
    ("comments", r"^\d+\s+(?:comments?|responses?|replies)\b[^.!?,]{0,30}$"),
    ("comments", r"^(?:view|show|load|read|see|post|add|leave|write|hide|join the)\s+(?:\w+\s+)?"
                 r"(?:comments?|discussion|conversation|a reply)\b[^.!?,]{0,30}$"),
    ("tags", r"^(?:tags?|topics?|filed under|categories|category|keywords|related tags|related topics|"
             r"more about|tagged(?: with)?|subjects?)\s*[:|»\-–—]\s*.{0,200}$"),
    ("tags", r"^(?:tags?|topics?|keywords|related tags|filed under)$"),
    ("photo-credit", r"^(?:photo|photos|image|images|picture|pictures|photograph|illustration|video|"
                     r"file photo|pic|graphic|credit|image credit|photo credit|source|main image|"
                     r"top image|lead image|header image|caption)s?\s*(?:credit)?\s*[:/©|]\s*.{0,120}$"),
    ("photo-credit", r"^\(?(?:photo|image|picture|pic)s?\s*(?:by|courtesy(?: of)?|credit)\b.{0,100}(?<![a-z]{3}[.!?])$"),
    # A caption that names its picture's source at the end: "... (Image: GETTY)", "... Credit: ESA".
    ("caption", r"\((?:image|photo|picture|pic|credit|video|source)s?\s*:\s*[^()]{1,60}\)\s*$"),
    ("caption", r"(?:[.)]\s*|(?-i:[a-z]))(?:image |photo |picture )?credits?\s*:\s*[^.]{1,60}$"),
    ("photo-credit", r"^[^.!?]{0,80}/\s*(?:getty images|reuters|afp|ap|epa|shutterstock|ap photo|"
                     r"alamy|istock|pa|bloomberg|xinhua)\b.{0,40}$"),
    ("photo-credit", r"^\(?(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp photo|"
                     r"reuters(?: photo)?|epa(?:-efe)?)\b[^.]{0,60}\)?$"),
    ("newsletter", r"^(?:sign up|subscribe)(?: now| today| here| for free)?(?: (?:to|for) (?:our|the) .{0,60})?\s*[.!:]?$"),
    ("newsletter", r"^(?:get|sign up for|subscribe to) (?:our|the) .{0,40}newsletters?\b"),
    # "By Owen Pryce", "By Elena Marsh, Transport Correspondent", never "By the time police arrived."
    ("byline", r"^(?:by|written by|words by|posted by|reported by|story by|text by)\s+(?-i:[A-Z])[\w.'’\-]*"
               r"(?:\s+(?:(?-i:[A-Z])[\w.'’\-]*|and|&|de|van|von|da|al|bin))*"
               r"(?:\s*[|,•·\-–—]\s*[^.!?]{0,60}(?<![a-z]{3}[.!?]))?$"),
    ("byline", r"^(?:published|updated|posted|last updated|first published|modified|created)\b"
               r"\s*(?:on|at)?\s*:?\s*[^,;]{0,60}\d[^;]{0,40}(?<![a-z]{4}[.!?])$"),
    ("byline", r"^\d+\s*(?:min(?:ute)?s?|hours?)\s+(?:read|ago)$"),
    ("dateline", r"^(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*)?"
                 r"(?:" + MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+"
                 + MONTH + r"\.?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
                 r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?)?"
                 r"\s*(?:\|.{0,30})?$"),
)

# Page furniture that an article sentence might also mention: trusted outside the
# body, or on short lines inside it.
OUTSIDE: tuple[tuple[str, str], ...] = (
    ("cookie", r"\bcookies?\b.{0,120}\b(?:use|using|uses|used|accept|consent|settings|policy|preferences|"
               r"experience|browsing|agree)\b|\b(?:accept|use|using|uses|consent to)\b.{0,60}\bcookies?\b"),
    ("cookie", r"^(?:accept(?: all)?|i accept|ok(?:ay)?|got it|agree|i agree|reject(?: all)?|"
               r"manage (?:settings|preferences|options)|learn more|more info(?:rmation)?)\s*[.!]?$"),
    ("copyright", r"(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bterms of (?:use|service)\b|"
                  r"\bprivacy (?:policy|notice|statement)\b)"),
    ("newsletter", r"\bnewsletters?\b|\bsign up\b|\bsubscribe\b|\bin your inbox\b|\bemail address\b|"
                   r"\bunsubscribe\b"),
    ("share", r"^(?:follow|like|join)\s+(?:us|\S+)\s+on\b|\bfollow us\b|\bshare (?:this|on)\b"),
    ("navigation", r"^(?:home|menu|search|log ?in|sign ?in|log ?out|register|my account|subscribe|"
                   r"close|open|more|main menu|navigation|toggle navigation|show more|load more|"
                   r"see more|view all|see all|view more|read more|click here|you are here|you are at|"
                   r"sections?|contact(?: us)?|about(?: us)?|help|sitemap|rss|feedback|careers|"
                   r"advertise(?: with us)?|all rights reserved)\s*[:»>.]?$"),
    ("comments", r"\bcomments?\b.{0,40}\b(?:moderat|guidelines|policy|reviewed|closed|disabled|rules)"),
    ("comments", r"^(?:name|e-?mail|website|comment|message|your (?:name|e-?mail|comment))\s*\*?\s*:?$"),
    ("comments", r"\bsave my name\b|\bnext time I comment\b|\bcommunity (?:standards|guidelines)\b|"
                 r"\byour (?:personal )?data\b|\bdata protection\b|\bpersonal data\b"),
    ("copyright", r"^citation\s*:"),
    ("advert", r"\badvertis(?:e|ement|ing)\b"),
    # A headline cut off by the page: "Plague of mosquitos to devastate Britain as Hurri..."
    ("related", r"^[^.!?…]{10,100}\w(?:\.\.\.|…)$"),
)

# Words a breadcrumb starts with; it is then a short run of section names.
BREADCRUMB_ROOTS: tuple[str, ...] = ("home", "homepage", "start", "front page", "main")
# Separators between the parts of a breadcrumb or of a menu packed into one line.
BREADCRUMB_SEPARATORS = r"\s*(?:>|»|›|/|\||•|·|→|::)\s*"
