"""The read stage: every input kind in, raw documents or failures out.

Every fixture is literal sample text written here, into tmp_path; URL tests talk to a
server the test starts on 127.0.0.1.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsevents.read import read_inputs
from newsevents.records import Failure, RawDocument

PAGE = (
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Council votes on bridge</title></head>"
    "<body><nav>Home | World</nav><article><h1>Council votes on bridge</h1>"
    "<p>The town council voted on Monday to repair the old bridge.</p></article></body></html>"
)
SCRAPED = "Home World News\nCouncil votes on bridge\nThe council voted 7 to 2 <unanimously?> on Monday.\n"


def read(*inputs: str, **options) -> list[RawDocument | Failure]:
    return list(read_inputs(list(inputs), **options))


def docs(items) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def failures(items) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


def write(path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def only(items, kind=RawDocument):
    assert len(items) == 1, items
    assert isinstance(items[0], kind), items[0]
    return items[0]


# --- HTML and text --------------------------------------------------------------------


def test_html_file_is_one_html_document(tmp_path):
    path = write(tmp_path / "bridge.html", PAGE)
    doc = only(read(path))
    assert (doc.kind, doc.input, doc.encoding) == ("html", path, "utf-8")
    assert "repair the old bridge" in doc.content
    assert doc.url is None and doc.published is None and doc.published_source is None


def test_gzipped_html_is_recognised_by_content_not_name(tmp_path):
    packed = gzip.compress(PAGE.encode("utf-8"))
    misnamed = write(tmp_path / "bridge.html", packed)
    no_extension = write(tmp_path / "download.dat", packed)
    named_gz = write(tmp_path / "bridge.htm.gz", packed)
    found = read(misnamed, no_extension, named_gz)
    assert [d.kind for d in docs(found)] == ["html", "html", "html"]
    assert all("old bridge" in d.content for d in docs(found))


def test_txt_is_text_even_with_angle_brackets(tmp_path):
    doc = only(read(write(tmp_path / "bridge.txt", SCRAPED)))
    assert doc.kind == "text"
    assert doc.content == SCRAPED


def test_txt_holding_a_whole_html_page_is_read_as_html(tmp_path):
    assert only(read(write(tmp_path / "saved-page.txt", PAGE))).kind == "html"


def test_unknown_extension_is_sniffed(tmp_path):
    page = write(tmp_path / "page.asp", PAGE)
    markup = write(tmp_path / "page.bak", "Intro\n<div><p>One</p><p>Two</p></div>")
    plain = write(tmp_path / "notes", "Just a few words of scraped text.")
    assert [d.kind for d in docs(read(page, markup, plain))] == ["html", "html", "text"]


def test_user_published_and_url_apply_to_documents_without_their_own(tmp_path):
    path = write(tmp_path / "bridge.html", PAGE)
    doc = only(read(path, published="2024-03-04", url="https://news.example/bridge"))
    assert (doc.published, doc.published_source) == ("2024-03-04", "user")
    assert doc.url == "https://news.example/bridge"


# --- encodings ------------------------------------------------------------------------


def test_meta_charset_latin1_is_honoured(tmp_path):
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Le caf\xe9 du march\xe9 ferme.</p></body></html>'
    doc = only(read(write(tmp_path / "fr.html", page.encode("latin-1"))))
    assert "Le café du marché ferme." in doc.content
    assert doc.encoding in {"cp1252", "iso8859-1"}


def test_undeclared_windows_1252_text_is_detected(tmp_path):
    text = "Les élèves ont visité le musée d’art à Paris — c’était très intéressant, dit-elle.\n"
    doc = only(read(write(tmp_path / "fr.txt", text.encode("cp1252"))))
    assert doc.content == text
    assert doc.encoding == "cp1252"


def test_utf16_with_bom(tmp_path):
    text = "Der Bürgermeister sagte am Montag, die Brücke werde repariert.\n"
    doc = only(read(write(tmp_path / "de.txt", text.encode("utf-16"))))
    assert (doc.content, doc.encoding) == (text, "utf-16")


def test_utf8_bom_is_dropped(tmp_path):
    doc = only(read(write(tmp_path / "bom.txt", b"\xef\xbb\xbfA short report.\n")))
    assert (doc.content, doc.encoding) == ("A short report.\n", "utf-8-sig")


# --- JSON and JSON Lines --------------------------------------------------------------


def test_json_object_and_list(tmp_path):
    one = write(tmp_path / "one.json", json.dumps({"url": "https://news.example/a", "html": PAGE, "title": "A"}))
    many = write(tmp_path / "many.json", json.dumps([
        {"text": "First scraped report.", "date": "2024-05-01T09:30:00Z"},
        {"text": "Second scraped report.", "published": "Tue, 07 May 2024 10:00:00 GMT"},
    ]))
    a, first, second = read(one, many)
    assert (a.input, a.kind, a.url, a.title) == (f"{one}#0", "html", "https://news.example/a", "A")
    assert (first.input, first.kind, first.published, first.published_source) == (f"{many}#0", "text", "2024-05-01", "json")
    assert (second.input, second.published) == (f"{many}#1", "2024-05-07")


def test_json_date_beats_user_date(tmp_path):
    path = write(tmp_path / "a.json", json.dumps([{"text": "Own date.", "date": "2023-01-02"}, {"text": "No date."}]))
    own, other = read(path, published="2024-03-04")
    assert (own.published, own.published_source) == ("2023-01-02", "json")
    assert (other.published, other.published_source) == ("2024-03-04", "user")


def test_jsonl_broken_line_fails_alone(tmp_path):
    path = write(tmp_path / "gold.jsonl", "\n".join([
        json.dumps({"url": "https://news.example/1", "text": "One."}),
        '{"url": "https://news.example/2", "text": ',
        "",
        json.dumps({"url": "https://news.example/3", "title": "no body"}),
        json.dumps({"id": 4, "html": PAGE}),
    ]))
    one, broken, no_body, four = read(path)
    assert (one.input, one.url, one.content) == (f"{path}#0", "https://news.example/1", "One.")
    assert isinstance(broken, Failure) and broken.code == "invalid_json"
    assert broken.input == f"{path}#1" and "line 2" in broken.message
    assert isinstance(no_body, Failure) and (no_body.input, no_body.code) == (f"{path}#2", "invalid_record")
    assert (four.input, four.kind) == (f"{path}#3", "html")


def test_json_records_of_the_wrong_shape(tmp_path):
    path = write(tmp_path / "odd.json", json.dumps([["a list"], {"text": 42}, {"text": "   "}]))
    found = read(path)
    assert [f.code for f in failures(found)] == ["invalid_record", "invalid_record", "empty"]
    assert "must be a string" in found[1].message


def test_invalid_json_file(tmp_path):
    failure = only(read(write(tmp_path / "bad.json", '{"text": "unterminated')), Failure)
    assert failure.code == "invalid_json" and "line 1" in failure.message


def test_json_lines_saved_as_json_still_read(tmp_path):
    path = write(tmp_path / "lines.json", '{"text": "One."}\n{"text": "Two."}\n')
    assert [d.content for d in docs(read(path))] == ["One.", "Two."]


def test_json_lone_surrogates_become_replacement_characters(tmp_path):
    doc = only(read(write(tmp_path / "odd.jsonl", '{"text": "Half a pair: \\ud83d here."}')))
    assert doc.content == "Half a pair: \ufffd here."


def test_record_id_field_makes_the_id_independent_of_the_path(tmp_path):
    record = json.dumps({"id": "story-7", "text": "Same story."})
    a = only(read(write(tmp_path / "a.jsonl", record)))
    b = only(read(write(tmp_path / "b" / "c.jsonl", record)))
    assert a.id == b.id


# --- WARC -----------------------------------------------------------------------------


def make_warc(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)

    def response(url, status, ctype, body):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    response("https://news.example/bridge", "200 OK", "text/html; charset=utf-8", PAGE.encode("utf-8"))
    response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n....")
    response("https://news.example/gone", "404 Not Found", "text/html", b"<html><body>gone</body></html>")
    latin = "<html><body><p>Le caf\xe9 ferme \xe0 midi.</p></body></html>".encode("latin-1")
    response("https://news.example/cafe", "200 OK", "text/html; charset=ISO-8859-1", latin)
    return buffer.getvalue()


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses(tmp_path, name, gz):
    path = write(tmp_path / name, make_warc(gz))
    bridge, cafe = read(path)
    assert (bridge.input, bridge.url, bridge.kind) == (f"{path}#1", "https://news.example/bridge", "html")
    assert "old bridge" in bridge.content
    assert (cafe.url, cafe.encoding) == ("https://news.example/cafe", "cp1252")
    assert "Le café ferme à midi." in cafe.content
    assert bridge.published is None and cafe.published is None  # the WARC-Date is the crawl date


def test_warc_sniffed_without_extension(tmp_path):
    assert len(docs(read(write(tmp_path / "crawl.bin", make_warc(True))))) == 2


@pytest.mark.parametrize("name,gz", [("cut.warc", False), ("cut.warc.gz", True)])
def test_truncated_warc_keeps_records_before_the_damage(tmp_path, name, gz):
    data = make_warc(gz)
    path = write(tmp_path / name, data[: len(data) - 40])
    found = read(path)
    assert [d.url for d in docs(found)] == ["https://news.example/bridge"]
    failure = found[-1]
    assert isinstance(failure, Failure) and failure.code == "corrupt" and failure.input == path
    assert "truncated" in failure.message


def test_not_a_warc(tmp_path):
    failure = only(read(write(tmp_path / "fake.warc", "this is not an archive")), Failure)
    assert failure.code == "corrupt"


# --- feeds ----------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Town News</title><link>https://news.example/</link>
<item><title>Council votes on bridge</title><link>https://news.example/bridge</link>
<pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate><description>Short summary.</description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>The full story of the bridge vote.</p>]]></content:encoded>
</item>
<item><title>Market reopens</title><link>https://news.example/market</link>
<description>The market reopens on Friday.</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Town News</title><id>urn:town</id>
<updated>2024-03-05T00:00:00Z</updated>
<entry><title>School opens</title><link href="https://news.example/school"/><id>urn:school</id>
<updated>2024-03-05T12:00:00Z</updated><summary>A new school opens.</summary>
<content type="html">&lt;p&gt;The new school opened its doors on Tuesday.&lt;/p&gt;</content></entry>
</feed>
"""


def test_rss_entries(tmp_path):
    path = write(tmp_path / "town.rss", RSS)
    bridge, market = read(path)
    assert (bridge.input, bridge.url, bridge.title, bridge.kind) == (
        f"{path}#0", "https://news.example/bridge", "Council votes on bridge", "html")
    assert (bridge.published, bridge.published_source) == ("2024-03-04", "feed")
    assert "full story of the bridge vote" in bridge.content
    assert market.content == "The market reopens on Friday." and market.published is None


def test_atom_entry(tmp_path):
    school = only(read(write(tmp_path / "town.atom", ATOM)))
    assert (school.url, school.title, school.published) == ("https://news.example/school", "School opens", "2024-03-05")
    assert "opened its doors" in school.content


def test_feeds_are_sniffed_by_content(tmp_path):
    found = read(write(tmp_path / "feed.xml", RSS), write(tmp_path / "feed", ATOM))
    assert [d.url for d in docs(found)] == [
        "https://news.example/bridge", "https://news.example/market", "https://news.example/school"]


def test_feed_with_no_entries(tmp_path):
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert only(read(write(tmp_path / "quiet.rss", empty)), Failure).code == "empty"


# --- folders, globs, stdin ------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    root = tmp_path / "news"
    write(root / "b.txt", "Second.")
    write(root / "a.html", PAGE)
    write(root / "sub" / "c.txt", "Third.")
    write(root / ".hidden.txt", "Hidden.")
    write(root / ".cache" / "d.txt", "Hidden folder.")
    write(root / "a_files" / "style.css", "body { color: red }")
    found = read(str(root))
    assert [d.input for d in found] == [str(root / n) for n in ("a.html", "b.txt", "sub/c.txt")]


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    assert only(read(str(tmp_path / "empty")), Failure).code == "empty"


def test_recursive_glob(tmp_path):
    write(tmp_path / "x" / "one.txt", "One.")
    write(tmp_path / "x" / "y" / "two.txt", "Two.")
    write(tmp_path / "x" / "page.html", PAGE)
    found = read(str(tmp_path / "x" / "**" / "*.txt"))
    assert [d.content for d in found] == ["One.", "Two."]
    assert only(read(str(tmp_path / "*.nothing")), Failure).code == "not_found"


@pytest.mark.parametrize("data,kinds", [
    (PAGE.encode(), ["html"]),
    (SCRAPED.encode(), ["text"]),
    (b'{"text": "From a pipe."}', ["text"]),
    (b'{"html": "<p>One</p>"}\n{"text": "Two."}\n', ["html", "text"]),
    (gzip.compress(b"Zipped scraped text."), ["text"]),
    (RSS.encode(), ["html", "html"]),
])
def test_stdin_is_sniffed(data, kinds):
    found = read("-", stdin=io.BytesIO(data))
    assert [d.kind for d in docs(found)] == kinds and not failures(found)
    assert all(d.input.startswith("stdin") for d in found)


def test_stdin_record_names():
    found = read("-", stdin=io.BytesIO(b'{"text": "One."}\n{"text": "Two."}\n'))
    assert [d.input for d in found] == ["stdin#0", "stdin#1"]


# --- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize("name,data,code", [
    ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary"),
    ("archive.json", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary"),
    ("blob.txt", bytes(range(256)) * 4, "binary"),
    ("empty.html", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "empty"),
    ("cut.html.gz", gzip.compress(PAGE.encode() * 20)[:60], "corrupt"),
    ("cut.html", gzip.compress(PAGE.encode())[:-6], "corrupt"),
])
def test_bad_files_fail_with_one_clear_line(tmp_path, name, data, code):
    path = write(tmp_path / name, data)
    failure = only(read(path), Failure)
    assert (failure.input, failure.stage, failure.code) == (path, "read", code)
    assert failure.line().startswith(f"{path}: ")


def test_missing_path_and_the_batch_goes_on(tmp_path):
    good = write(tmp_path / "ok.txt", "Still read.")
    missing = str(tmp_path / "missing.html")
    gone, ok = read(missing, good)
    assert (gone.input, gone.code) == (missing, "not_found")
    assert ok.content == "Still read."


def test_same_input_gives_same_ids(tmp_path):
    root = tmp_path / "news"
    write(root / "a.html", PAGE)
    write(root / "b.jsonl", '{"text": "One."}\n{"text": "Two."}\n')
    write(root / "c.warc.gz", make_warc(True))
    first, second = read(str(root)), read(str(root))
    assert [d.id for d in first] == [d.id for d in second]
    assert len({d.id for d in first}) == len(first) == 5


def test_url_known_ids_do_not_depend_on_the_path(tmp_path):
    a = only(read(write(tmp_path / "a.html", PAGE), url="https://news.example/bridge"))
    b = only(read(write(tmp_path / "b" / "b.html", PAGE), url="https://news.example/bridge"))
    c = only(read(write(tmp_path / "c.html", PAGE)))
    assert a.id == b.id != c.id


# --- URLs -----------------------------------------------------------------------------


class NewsHandler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def do_GET(self):  # noqa: N802 (http.server's name)
        NewsHandler.hits[self.path] = NewsHandler.hits.get(self.path, 0) + 1
        route = {
            "/article": lambda: self.answer(200, PAGE.encode("utf-8"), "text/html; charset=utf-8"),
            "/latin": lambda: self.answer(200, "<p>Caf\xe9 cr\xe8me</p>".encode("latin-1"), "text/html; charset=iso-8859-1"),
            "/missing": lambda: self.answer(404, b"not here", "text/plain"),
            "/broken": lambda: self.answer(500, b"oops", "text/plain"),
            "/flaky": self.flaky,
            "/slow": self.slow,
            "/moved": lambda: self.redirect("/article"),
            "/records.jsonl": lambda: self.answer(200, b'{"text": "One."}\n{"text": "Two."}\n', "application/x-ndjson"),
            "/agent": lambda: self.answer(200, self.headers.get("User-Agent", "").encode(), "text/plain"),
        }.get(self.path)
        (route or (lambda: self.answer(404, b"", "text/plain")))()

    def answer(self, status, body, ctype):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def flaky(self):
        if NewsHandler.hits[self.path] == 1:
            self.answer(500, b"try again", "text/plain")
        else:
            self.answer(200, PAGE.encode("utf-8"), "text/html")

    def slow(self):
        time.sleep(1.5)
        try:
            self.answer(200, PAGE.encode("utf-8"), "text/html")
        except OSError:
            pass  # the client gave up, as the test wants

    def redirect(self, to):
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), NewsHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.lower().endswith("_proxy")}
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    os.environ.update(saved)
    httpd.shutdown()
    httpd.server_close()


def test_url_article(server):
    doc = only(read(f"{server}/article"))
    assert (doc.input, doc.url, doc.kind, doc.encoding) == (f"{server}/article", f"{server}/article", "html", "utf-8")
    assert "old bridge" in doc.content


def test_url_charset_from_the_header(server):
    assert "Café crème" in only(read(f"{server}/latin")).content


def test_url_redirect_gives_the_final_url(server):
    doc = only(read(f"{server}/moved"))
    assert (doc.input, doc.url) == (f"{server}/moved", f"{server}/article")


def test_url_404_is_a_fetch_error(server):
    failure = only(read(f"{server}/missing"), Failure)
    assert (failure.input, failure.code) == (f"{server}/missing", "http_error")
    assert "404" in failure.message


def test_url_500_is_retried_and_recovers(server):
    doc = only(read(f"{server}/flaky", retries=1))
    assert "old bridge" in doc.content and NewsHandler.hits["/flaky"] == 2


def test_url_500_that_stays_broken(server):
    failure = only(read(f"{server}/broken", retries=1), Failure)
    assert failure.code == "http_error" and "500" in failure.message
    assert NewsHandler.hits["/broken"] == 2


def test_url_timeout(server):
    failure = only(read(f"{server}/slow", timeout=0.5, retries=0), Failure)
    assert (failure.input, failure.code) == (f"{server}/slow", "timeout")


def test_url_connection_refused_and_batch_goes_on(server, tmp_path):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/x"
    found = read(dead, f"{server}/article", retries=0)
    assert found[0].code == "http_error" and found[0].input == dead
    assert isinstance(found[1], RawDocument)


def test_url_records_and_user_agent(server):
    assert [d.input for d in read(f"{server}/records.jsonl")] == [f"{server}/records.jsonl#0", f"{server}/records.jsonl#1"]
    assert only(read(f"{server}/agent", user_agent="newsevents-test/1")).content == "newsevents-test/1"
