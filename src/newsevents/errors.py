"""The one error tree of newsevents.

    NewsEventsError                 every error the package raises on purpose
    ├── InputError                  stage "read": the input cannot be read
    │   ├── NotFound                a path that does not exist
    │   ├── EmptyInput              nothing in it
    │   ├── BinaryInput             not text, HTML, JSON, WARC or a feed
    │   ├── DecodeError             bytes no encoding explains
    │   ├── CorruptInput            truncated gzip or WARC, broken archive
    │   ├── InvalidJson             a JSON document or JSONL line that does not parse
    │   ├── InvalidRecord           parsed, but lacks the fields a news record needs
    │   ├── FetchError              an HTTP error answer or a connection that failed
    │   └── FetchTimeout            an HTTP request that ran out of time
    ├── ExtractError                stage "extract"
    │   └── NoArticle               a page or text with no article in it
    ├── AnnotateError               stage "annotate"
    │   └── ModelError              a pipeline that cannot be loaded
    ├── StoreError                  stage "store": the database cannot be used
    ├── DictionaryError             a PETRARCH dictionary or data file that cannot be used (file:line)
    │   (newsevents.cameo.UnknownCameoCode: a CAMEO code not in the codebook, also a ValueError)
    └── SettingsError               a bad setting, flag or configuration file

Errors are raised inside a stage and translated only at the edges: a batch turns
them into `Failure` records, the CLI into one line and a non-zero exit status.
"""
from __future__ import annotations


class NewsEventsError(Exception):
    """Base class. `input` names what failed, `code` is a short stable word."""

    stage = "newsevents"
    code = "error"

    def __init__(self, message: str, *, input: str | None = None):
        super().__init__(message)
        self.message = message
        self.input = input

    def __str__(self) -> str:
        return f"{self.input}: {self.message}" if self.input else self.message


class InputError(NewsEventsError):
    stage = "read"
    code = "unreadable"


class NotFound(InputError):
    code = "not_found"


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class DecodeError(InputError):
    code = "undecodable"


class CorruptInput(InputError):
    code = "corrupt"


class InvalidJson(InputError):
    code = "invalid_json"


class InvalidRecord(InputError):
    code = "invalid_record"


class FetchError(InputError):
    code = "http_error"


class FetchTimeout(FetchError):
    code = "timeout"


class ExtractError(NewsEventsError):
    stage = "extract"
    code = "extract_failed"


class NoArticle(ExtractError):
    code = "no_article"


class AnnotateError(NewsEventsError):
    stage = "annotate"
    code = "annotate_failed"


class ModelError(AnnotateError):
    code = "model"


class StoreError(NewsEventsError):
    stage = "store"
    code = "store"


class DictionaryError(NewsEventsError):
    """A PETRARCH dictionary (or one of our data files) that cannot be used; names file and line."""

    stage = "dictionary"
    code = "dictionary"

    def __init__(self, message: str, *, file: str, line: int | None = None):
        super().__init__(message, input=f"{file}:{line}" if line is not None else file)
        self.file = file
        self.line = line


class SettingsError(NewsEventsError):
    stage = "settings"
    code = "settings"
