"""One input's bytes → the reader for what they hold → raw documents or failures."""
from __future__ import annotations

from typing import BinaryIO, Callable, Iterable, Iterator

from ..errors import CorruptInput, EmptyInput, NewsEventsError
from ..records import Failure, RawDocument
from . import compressed, decode, paths, sniff, url, warc
from .feed import read_feed
from .html import read_html
from .jsonl import read_json, read_jsonl
from .source import ReadOptions, Source
from .text import read_text

Item = RawDocument | Failure
_READERS: dict[str, Callable[..., Iterator[Item]]] = {
    "html": read_html, "text": read_text, "json": read_json, "jsonl": read_jsonl, "feed": read_feed,
}


def read_source(source: Source, options: ReadOptions) -> Iterator[Item]:
    """Every document in `source`; raises an InputError for a source that cannot be read."""
    if not source.data:
        raise EmptyInput("empty file" if source.name != paths.STDIN_NAME else "nothing on stdin", input=source.name)
    if warc.is_warc(compressed.peek(source.data)):
        yield from warc.read_warc(source, options)
        return
    data = decode.unpack(source.data, input=source.name)
    if source.suffix == ".warc":
        raise CorruptInput("not a WARC archive: it does not begin with a WARC record", input=source.name)
    text, encoding = decode.decode(data, input=source.name, declared=source.charset)
    kind = sniff.kind_of(text, suffix=source.suffix, media_type=source.media_type)
    yield from _READERS[kind](text, encoding, source, options)


def read_value(value: str, options: ReadOptions, stdin: BinaryIO) -> Iterator[Item]:
    """Everything one command-line input names: a file, a folder, a glob, `-` or a URL."""
    yield from guarded(value, _read_targets(value, options, stdin))


def _read_targets(value: str, options: ReadOptions, stdin: BinaryIO) -> Iterator[Item]:
    for target in paths.expand(value):
        yield from guarded(target.name, _read_target(target, options, stdin))


def _read_target(target: paths.Target, options: ReadOptions, stdin: BinaryIO) -> Iterator[Item]:
    if target.kind == "url":
        source = url.fetch(target.name, options)
    elif target.kind == "stdin":
        source = paths.load_stdin(stdin)
    else:
        source = paths.load_file(target.name)
    yield from read_source(source, options)


def guarded(name: str, items: Iterable[Item]) -> Iterator[Item]:
    """`items`, with an error that ends them turned into one last Failure: the batch goes on."""
    try:
        yield from items
    except NewsEventsError as error:
        yield Failure.from_error(error, input=name)
    except Exception as error:  # a bug must not stop the batch: record it and go on
        yield Failure(name, "read", "internal", f"{type(error).__name__}: {error}")
