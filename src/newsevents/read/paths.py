"""What the user named → the inputs to read: files, folders (recursive), globs, `-`, URLs.

Folders are walked recursively in sorted order, skipping hidden files and folders, page
assets (stylesheets, scripts, images, fonts) and a folder's own README/LICENSE/Markdown
files; a file named explicitly is always read.
Globs (`*.html`, `**/*.txt`) expand with `recursive=True`, sorted.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from ..errors import EmptyInput, InputError, NotFound
from .source import Source, suffix_of
from .url import is_url

STDIN_NAME = "stdin"
_GLOB_CHARS = frozenset("*?[")
_ASSETS = frozenset({
    ".css", ".js", ".mjs", ".map", ".ico", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg",
    ".bmp", ".avif", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".webm",
    ".md", ".rst",  # a folder's own documentation, not news
})
_PROJECT_FILES = frozenset({"readme", "license", "licence", "notice", "changelog", "copying"})


@dataclass(frozen=True, slots=True)
class Target:
    """One thing to read: a file path, a URL or stdin."""

    kind: str  # "file", "url" or "stdin"
    name: str


def expand(value: str) -> list[Target]:
    """The targets `value` names; NotFound when it names nothing."""
    if value == "-":
        return [Target("stdin", STDIN_NAME)]
    if is_url(value):
        return [Target("url", value)]
    if os.path.isdir(value):
        return _folder(value)
    if os.path.exists(value):
        return [Target("file", value)]
    if _GLOB_CHARS & set(value):
        return _glob(value)
    raise NotFound("no such file or folder", input=value)


def _folder(folder: str) -> list[Target]:
    files = sorted(_walk(folder))
    if not files:
        raise EmptyInput("folder holds no files to read", input=folder)
    return [Target("file", path) for path in files]


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and suffix_of(name) not in _ASSETS and not _is_project_file(name):
                yield os.path.join(root, name)


def _is_project_file(name: str) -> bool:
    return name.split(".")[0].lower() in _PROJECT_FILES


def _glob(pattern: str) -> list[Target]:
    files = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
    if not files:
        raise NotFound("no files match this pattern", input=pattern)
    return [Target("file", path) for path in files]


def load_file(path: str) -> Source:
    """The bytes of a file; NotFound or InputError when they cannot be read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError as error:
        raise NotFound("no such file", input=path) from error
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", input=path) from error
    return Source(name=path, origin=os.path.abspath(path), data=data, suffix=suffix_of(path))


def load_stdin(stream: BinaryIO) -> Source:
    try:
        data = stream.read()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", input=STDIN_NAME) from error
    if isinstance(data, str):  # a text stream handed in by mistake
        data = data.encode("utf-8", "surrogateescape")
    return Source(name=STDIN_NAME, origin=STDIN_NAME, data=data)
