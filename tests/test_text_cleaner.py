"""The text cleaner: already-scraped text in, the article without the page around it out.

Every fixture is an invented article, written for these tests.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsevents.extract.text_cleaner import CleanedText, clean_text
from newsevents.records import Removed

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "text"

PARAGRAPHS = [
    "Firefighters in the hill town of Carrow spent Sunday night battling a blaze that destroyed "
    "the old grain mill on the river, the county fire service said on Monday.",
    "Nobody was inside the building when the fire broke out shortly after 10 p.m., and crews "
    "from three stations kept the flames from spreading to the houses along Mill Lane.",
    '"It was the heart of this town for a hundred years," said Ruth Ellery, who chairs the '
    "Carrow Heritage Society. \"We will ask the council to help us rebuild what we can.\"",
    '"We are heartbroken."',
    "The county fire service said the cause of the fire was not yet known and that an "
    "investigation would begin once the site had been made safe.",
    "Mill Lane will stay closed to traffic until at least Wednesday, the council said in a "
    "statement, and buses will be diverted through the market square.",
]

JUNK = {
    "Fire destroys historic mill in Carrow | The Valley Courier": "title-repeat",
    "Home News Local": "breadcrumb",
    "Fire destroys historic mill in Carrow": "title-repeat",
    "By Owen Pryce": "byline",
    "Published: 12 May 2025, 08:15": "byline",
    "Share on Facebook": "share",
    "Tweet": "share",
    "Photo: The mill on Sunday night. (Courier / A. Lund)": "photo-credit",
    "READ ALSO : Council votes to keep the town library open": "read-also",
    "Related: Heritage grants for old buildings announced": "related",
    "Advertisement": "advert",
    "Tags: Carrow, fire, heritage": "tags",
    "7 comments": "comments",
    "Sign up for our morning newsletter": "newsletter",
    "More from the Courier": "related",
    "Bridge repairs to start next month": "related",
    "Schools celebrate exam results": "related",
    "Previous article: Market traders object to new parking fees": "navigation",
    "Next article: Rain expected for the weekend": "navigation",
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.": "cookie",
    "© 2025 The Valley Courier. All rights reserved.": "copyright",
}

SCRAPED = "\n".join(
    [
        "Fire destroys historic mill in Carrow | The Valley Courier",
        "Home News Local",
        "Fire destroys historic mill in Carrow",
        "By Owen Pryce",
        "Published: 12 May 2025, 08:15",
        "Share on Facebook",
        "Tweet",
        "Photo: The mill on Sunday night. (Courier / A. Lund)",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "READ ALSO : Council votes to keep the town library open",
        PARAGRAPHS[2],
        PARAGRAPHS[3],
        "Advertisement",
        PARAGRAPHS[4],
        "Related: Heritage grants for old buildings announced",
        PARAGRAPHS[5],
        "Tags: Carrow, fire, heritage",
        "7 comments",
        "Sign up for our morning newsletter",
        "More from the Courier",
        "Bridge repairs to start next month",
        "Schools celebrate exam results",
        "Previous article: Market traders object to new parking fees",
        "Next article: Rain expected for the weekend",
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
        "© 2025 The Valley Courier. All rights reserved.",
    ]
)


def test_keeps_every_paragraph_in_order():
    cleaned = clean_text(SCRAPED)
    assert cleaned.text == "\n\n".join(PARAGRAPHS)


def test_keeps_a_one_line_quote_between_paragraphs():
    assert '"We are heartbroken."' in clean_text(SCRAPED).text.split("\n\n")


@pytest.mark.parametrize("line", sorted(JUNK))
def test_drops_the_page_around_the_article(line):
    assert line not in clean_text(SCRAPED).text


def test_says_why_every_line_went():
    removed = {r.text: r.reason for r in clean_text(SCRAPED).removed}
    assert removed == JUNK


def test_removed_lines_come_in_page_order():
    removed = [r.text for r in clean_text(SCRAPED).removed]
    assert removed == [line for line in SCRAPED.splitlines() if line in JUNK]


def test_guesses_the_title_from_the_page_title_and_the_headline():
    assert clean_text(SCRAPED).title == "Fire destroys historic mill in Carrow"


def test_guesses_the_title_from_a_repeated_line():
    text = "\n".join(["Menu", "Tram line opens to the airport", "Tram line opens to the airport", *PARAGRAPHS[:2]])
    cleaned = clean_text(text)
    assert cleaned.title == "Tram line opens to the airport"
    assert "Tram line" not in cleaned.text


def test_guesses_the_title_from_the_headline_above_the_body():
    text = "\n".join(["Home", "World", "Tram line opens to the airport", *PARAGRAPHS[:2]])
    assert clean_text(text).title == "Tram line opens to the airport"


def test_a_given_title_is_kept_and_its_repeats_go():
    text = "\n".join(["Mill fire in Carrow", "Mill fire in Carrow - The Valley Courier", *PARAGRAPHS])
    cleaned = clean_text(text, title="Mill fire in Carrow")
    assert cleaned.title == "Mill fire in Carrow"
    assert cleaned.text == "\n\n".join(PARAGRAPHS)
    assert [r.reason for r in cleaned.removed] == ["title-repeat", "title-repeat"]


def test_a_paragraph_that_starts_like_the_title_stays():
    paragraph = "Mill fire in Carrow leaves a town without its oldest building, residents said on Monday."
    cleaned = clean_text("\n".join([paragraph, *PARAGRAPHS[:2]]), title="Mill fire in Carrow")
    assert cleaned.text.startswith(paragraph)


def test_article_sentences_about_cookies_or_newsletters_stay():
    sentences = [
        "The bakery on Quay Street said it would give away free cookies to every child who "
        "visits on Saturday, to mark fifty years in business.",
        "Its owner, Lena Marsh, said she would also subscribe the shop to a new recycling "
        "scheme run by the council, and publish a newsletter for regular customers.",
        "The council said all rights reserved for market stalls would be renewed in June.",
    ]
    text = "\n".join([PARAGRAPHS[0], *sentences, PARAGRAPHS[1]])
    assert clean_text(text).text == "\n\n".join([PARAGRAPHS[0], *sentences, PARAGRAPHS[1]])


@pytest.mark.parametrize(
    "sentence",
    [
        "By the time police arrived, the crowd had gone.",
        "Elsewhere on the continent, prices rose.",
        "Like many on Twitter, she posted a photo of the queue.",
        "Published in 2019, the report found that unemployment rose.",
        "More from the minister's speech is expected on Friday.",
        "Previous post-war governments had tried the same.",
        "3 responses were received, the council said.",
        "Related reforms were passed by parliament last year.",
    ],
)
def test_a_sentence_that_starts_like_furniture_stays(sentence):
    text = "\n".join([PARAGRAPHS[0], sentence, PARAGRAPHS[1]])
    assert clean_text(text).text.split("\n\n") == [PARAGRAPHS[0], sentence, PARAGRAPHS[1]]


def test_a_menu_and_a_headline_list_fall_outside_the_article():
    menu = ["Home", "World", "Business", "Sport", "Culture", "Weather"]
    headlines = ["Bridge repairs to start next month", "Schools celebrate exam results", "Rain expected for the weekend"]
    cleaned = clean_text("\n".join([*menu, *PARAGRAPHS, *headlines]))
    assert cleaned.text == "\n\n".join(PARAGRAPHS)
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert {reasons[line] for line in menu} == {"navigation"}
    assert {reasons[line] for line in headlines} == {"related"}


def test_other_text_around_the_article_is_outside_it():
    promo = "The Valley Courier has covered the towns of the Carrow valley since 1952."
    cleaned = clean_text("\n".join([promo, "Local", "News", "Weather", "Sport", *PARAGRAPHS]))
    assert cleaned.text == "\n\n".join(PARAGRAPHS)
    assert Removed(text=promo, reason="outside-article") in cleaned.removed


def test_empty_text_gives_an_empty_article():
    assert clean_text("  \n\n") == CleanedText(text="", title=None, removed=())


def test_the_result_is_a_frozen_record():
    cleaned = clean_text(SCRAPED)
    assert all(isinstance(r, Removed) for r in cleaned.removed)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cleaned.text = ""  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "title", "first", "last", "junk"),
    [
        (
            "harbour-strike.txt",
            "Harbour workers walk out as pay talks collapse",
            "Dock workers at the port of Northport stopped work on Monday",
            '"We\'ll be here on Friday, and the Friday after that."',
            ["READ ALSO", "Tags:", "12 comments", "newsletter", "Previous article", "cookies", "©", "By Elena"],
        ),
        (
            "water-summit.txt",
            "River nations sign water-sharing pact at Lakeshore summit",
            "Ministers from five countries that share the Kalema river basin",
            "The commission will hold its first meeting in June.",
            ["Related:", "Also read", "Advertisement", "Topics:", "Comments (4)", "Cookie", "Copyright", "By Daniel"],
        ),
    ],
)
def test_sample_scraped_articles(name, title, first, last, junk):
    cleaned = clean_text((EXAMPLES / name).read_text(encoding="utf-8"))
    assert cleaned.title == title
    assert cleaned.text.startswith(first)
    assert cleaned.text.endswith(last)
    assert all(word not in cleaned.text for word in junk)
    assert "What happens next" in cleaned.text or name != "harbour-strike.txt"
