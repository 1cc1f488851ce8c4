"""The extract stage on pages and text written for these tests."""
from pathlib import Path

import pytest

from newsevents.errors import NoArticle
from newsevents.extract import domain_of, extract
from newsevents.extract import dates
from newsevents.extract.language import detect_language
from newsevents.records import RawDocument

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def html_doc(content: str, **kw) -> RawDocument:
    return RawDocument(id="t", input="test.html", kind="html", content=content, **kw)


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><nav>Home | World | Sport</nav><article>{body}</article><footer>© 2024 Example News</footer></body></html>"


PARAGRAPHS = "".join(
    f"<p>{s}</p>" for s in [
        "The city council of Lyon voted on Tuesday to close the old market hall for two years of repairs.",
        "Traders said the decision came without warning and asked the mayor to find them temporary stalls.",
        "\u201cWe have sold cheese here for forty years,\u201d said one stallholder, who asked not to be named.",
    ]
)


def test_sample_page_body_metadata_and_provenance():
    content = (EXAMPLES / "html" / "ceasefire-talks.html").read_text(encoding="utf-8")
    article = extract(html_doc(content))
    assert article.title == "Ceasefire talks resume in Geneva as envoys press for prisoner exchange"
    assert article.url == "https://www.dailymeridian.example/world/2024/03/05/ceasefire-talks-resume-geneva"
    assert article.source == "dailymeridian.example"
    assert article.published == "2024-03-05"
    assert article.published_source == "html-meta"
    assert article.author == "Helen Okafor"
    assert article.site_name == "The Daily Meridian"
    assert article.language == "en"
    assert article.extractor in ("trafilatura-fast", "trafilatura")
    assert dict(article.provenance)["title"] == "og:title"
    assert "Russian and Ukrainian negotiators returned to the table" in article.text
    assert "The talks are due to continue until Thursday." in article.text
    for junk in ("Share on Facebook", "Related stories", "newsletter", "All rights reserved", "Advertisement"):
        assert junk not in article.text
    assert "\n\n" in article.text  # paragraphs kept


def test_headline_repeated_as_first_paragraph_is_removed_with_reason():
    content = (EXAMPLES / "html" / "ceasefire-talks.html").read_text(encoding="utf-8")
    article = extract(html_doc(content))
    assert not article.text.startswith("Ceasefire talks resume")
    assert [r.reason for r in article.removed] == ["title-repeat"]


def test_date_from_json_ld_and_author_from_json_ld():
    content = (EXAMPLES / "html" / "harbour-strike.html").read_text(encoding="utf-8")
    article = extract(html_doc(content))
    assert (article.published, article.published_source) == ("2023-10-17", "html-meta")
    assert article.author == "Pieter van Dam"
    assert article.title == "Dock workers in Rotterdam strike over automation plans"


def test_user_date_wins_and_is_recorded_as_user():
    article = extract(html_doc(page(PARAGRAPHS), published="2024-05-02", published_source="user"))
    assert (article.published, article.published_source) == ("2024-05-02", "user")


def test_date_from_url_when_the_page_has_none():
    article = extract(html_doc(page(PARAGRAPHS), url="https://news.example.org/2023/07/14/market-hall"))
    assert (article.published, article.published_source) == ("2023-07-14", "url")
    assert article.source == "news.example.org"


def test_date_from_a_dateline_in_the_text():
    article = extract(html_doc(page("<p>Published 9 February 2022</p>" + PARAGRAPHS)))
    assert (article.published, article.published_source) == ("2022-02-09", "text")


def test_page_without_article_raises_no_article():
    with pytest.raises(NoArticle) as caught:
        extract(html_doc("<html><body><nav>Home</nav></body></html>"))
    assert "test.html" in str(caught.value)


def test_hashes_ignore_case_and_spacing():
    a = extract(html_doc(page(PARAGRAPHS)))
    b = extract(html_doc(page(PARAGRAPHS.replace("The city", "THE   city"))))
    assert a.text_hash == b.text_hash
    assert a.simhash == b.simhash


@pytest.mark.parametrize("url, domain", [
    ("https://www.example.com/a", "example.com"), ("http://news.example.co.uk:8080/x", "news.example.co.uk"),
    (None, None), ("example.org/path", "example.org"),
])
def test_domain_of(url, domain):
    assert domain_of(url) == domain


@pytest.mark.parametrize("value, expected", [
    ("2024-03-05T10:00:00Z", "2024-03-05"), ("Tue, 02 Apr 2024 08:00:00 GMT", "2024-04-02"),
    ("March 5, 2024", "2024-03-05"), ("5th of March 2024", "2024-03-05"), ("not a date", None),
    ("2024-02-30", None),
])
def test_dates_given_by_inputs_are_normalised(value, expected):
    assert dates.parse_any(value) == expected


def test_language_detection_uses_the_bundled_model():
    assert detect_language("The minister said on Monday that talks would resume next week in Geneva.")[0] == "en"
    assert detect_language("El ministro dijo el lunes que las conversaciones se reanudarán la próxima semana.")[0] == "es"
    assert detect_language("ok", hint="fr-FR") == ("fr", "html-lang")


ENGLISH_PARAGRAPH = (
    "The council said on Tuesday that the new bridge would open in the spring. It has been closed for two "
    "years after the flood, and the mayor told reporters that the work was finished ahead of the plan that "
    "the city had approved.")
GERMAN_WITH_AN_ENGLISH_QUOTE = (
    'Der Minister sagte am Montag: "We will not give in, and the talks will go on as planned." Die Opposition '
    "kritisierte die Aussage und forderte eine Entschuldigung. In einer Erklärung hieß es, die Regierung habe "
    "das Vertrauen der Bürger verloren.")


def test_plainly_english_text_is_told_by_its_function_words_without_the_model():
    assert detect_language(ENGLISH_PARAGRAPH) == ("en", "function-words")
    assert detect_language(GERMAN_WITH_AN_ENGLISH_QUOTE) == ("de", "py3langid")
    short = "The talks went on."  # too few words to tell: the model decides
    assert detect_language(short + " " * 10 + short)[1] == "py3langid"


def test_a_short_sentence_of_names_with_english_function_words_is_english():
    # py3langid takes it for Nigerian Pidgin ("pcm"); the function words say English
    assert detect_language("Mali and Niger left ECOWAS and formed the Alliance of Sahel States.") == \
        ("en", "function-words")
    assert detect_language("Dem don talk say di goment go pay di workers next week.")[0] != "en"
    assert detect_language("Der Minister sagte am Montag, die Gespräche gehen weiter.")[0] == "de"
