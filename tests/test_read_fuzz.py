"""Fuzzing the readers: no input, however broken, may crash a batch.

Every outcome must be a RawDocument or a Failure whose message is not empty and whose
input names what was read; no failure may be an internal error (a bug caught at the edge).
"""
from __future__ import annotations

import gzip
import io
import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.read import read_inputs
from newsevents.records import Failure, RawDocument

SUFFIXES = [".html", ".htm", ".txt", ".json", ".jsonl", ".warc", ".warc.gz", ".rss", ".atom", ".xml",
            ".html.gz", ".gz", ""]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_names = itertools.count()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def write(folder, suffix: str, data: bytes) -> str:
    path = folder / f"input{next(_names)}{suffix}"
    path.write_bytes(data)
    return str(path)


def check(items, name: str) -> list:
    items = list(items)
    assert items, "every input gives at least one outcome"
    for item in items:
        assert isinstance(item, (RawDocument, Failure)), item
        assert item.input.startswith(name), (item.input, name)
        if isinstance(item, Failure):
            assert item.message.strip() and item.code != "internal", item
        else:
            assert item.kind in {"html", "text"} and item.content.strip() and item.id
            item.content.encode("utf-8")  # no lone surrogates reach later stages
    return items


def sample_warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(3):
        body = f"<html><body><p>Report number {n} from the harbour.</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://news.example/{n}", "response",
                                           payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


WARC_GZ = sample_warc()
WARC = gzip.decompress(WARC_GZ)
RSS = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
       b"<item><title>One</title><link>https://news.example/1</link><description>First.</description></item>"
       b"<item><title>Two</title><link>https://news.example/2</link><description>Second.</description></item>"
       b"</channel></rss>")
HTML = b"<html><head><meta charset='utf-8'><title>Harbour</title></head><body><p>Boats.</p></body></html>"
SEEDS = {".warc.gz": WARC_GZ, ".warc": WARC, ".rss": RSS, ".html": HTML, ".html.gz": gzip.compress(HTML)}


@FUZZ
@given(data=st.binary(max_size=2048), suffix=st.sampled_from(SUFFIXES), packed=st.booleans())
def test_random_bytes_never_crash(workdir, data, suffix, packed):
    data = gzip.compress(data) if packed else data
    path = write(workdir, suffix, data)
    check(read_inputs([path]), path)


@FUZZ
@given(data=st.binary(min_size=1, max_size=2048), suffix=st.sampled_from(SUFFIXES), cut=st.floats(0, 1))
def test_truncated_gzip_never_crashes(workdir, data, suffix, cut):
    packed = gzip.compress(data)
    path = write(workdir, suffix, packed[: int(len(packed) * cut)])
    check(read_inputs([path]), path)


@FUZZ
@given(seed=st.sampled_from(sorted(SEEDS)), cut=st.integers(0, 10_000), flips=st.lists(
    st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=3))
def test_damaged_archives_feeds_and_pages_never_crash(workdir, seed, cut, flips):
    data = bytearray(SEEDS[seed][: max(cut, 1)])
    for where, value in flips:
        data[where % len(data)] = value
    path = write(workdir, seed, bytes(data))
    items = check(read_inputs([path]), path)
    if seed.startswith(".warc") and not flips:
        documents = [i for i in items if isinstance(i, RawDocument)]
        assert [d.url for d in documents] == [f"https://news.example/{n}" for n in range(len(documents))]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["url", "html", "text", "title", "published", "date", "id", "x"]), inner, max_size=5),
    max_leaves=12,
)


@FUZZ
@given(values=st.lists(JSON_VALUES, max_size=5), lines=st.booleans())
def test_any_json_records_never_crash(workdir, values, lines):
    text = "\n".join(json.dumps(v) for v in values) if lines else json.dumps(values)
    path = write(workdir, ".jsonl" if lines else ".json", text.encode())
    check(read_inputs([path]), path)


@FUZZ
@given(data=st.binary(max_size=1024))
def test_stdin_never_crashes(data):
    check(read_inputs(["-"], stdin=io.BytesIO(data)), "stdin")


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300), suffix=st.sampled_from(SUFFIXES),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1"]))
def test_any_text_in_any_encoding_never_crashes(workdir, text, suffix, encoding):
    path = write(workdir, suffix, text.encode(encoding, "replace"))
    check(read_inputs([path]), path)


def test_a_warc_cut_inside_a_record_header_is_corrupt(workdir):
    cut = WARC.index(b"Content-Length:") + len(b"Content-Length:")  # warcio reads the empty length as 0
    path = write(workdir, ".warc", WARC[:cut])
    items = check(read_inputs([path]), path)
    assert [(type(i).__name__, i.code) for i in items] == [("Failure", "corrupt")]
    assert "incomplete WARC header" in items[0].message


def test_a_warc_without_html_pages_says_so(workdir):
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    path = write(workdir, ".warc", buffer.getvalue())
    items = check(read_inputs([path]), path)
    assert [(type(i).__name__, i.code) for i in items] == [("Failure", "empty")]
    assert "no HTML pages" in items[0].message
