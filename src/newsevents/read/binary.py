"""Is it text at all? Known binary formats by their magic bytes, then NULs and control characters."""
from __future__ import annotations

from ..errors import BinaryInput

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV file", b"AVI ": "an AVI video"}
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_MAX_CONTROL_RATIO = 0.05
_SAMPLE = 8192


def describe_magic(data: bytes) -> str | None:
    """What binary format `data` starts like, or None."""
    for magic, what in _MAGIC:
        if data.startswith(magic) and _plausible(magic, data):
            return what
    if data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "an MP4/MOV video"
    return None


def _plausible(magic: bytes, data: bytes) -> bool:
    """Short text magics ("MZ", "BZh", "ID3") also begin words; ask for a second sign."""
    if magic == b"MZ":
        return b"\x00" in data[:64]
    if magic == b"BZh":
        return data[3:4].isdigit() and data[4:10] == b"1AY&SY"
    if magic == b"ID3":
        return data[3:4] in (b"\x02", b"\x03", b"\x04")
    return True


def check_bytes(data: bytes, *, input: str) -> None:
    """BinaryInput for known binary formats and for bytes with NULs (BOM-less UTF-16 aside)."""
    what = describe_magic(data)
    if what:
        raise BinaryInput(f"binary file: looks like {what}", input=input)
    if b"\x00" in data[:_SAMPLE]:
        raise BinaryInput("binary file: contains NUL bytes", input=input)


def check_text(text: str, *, input: str) -> None:
    """BinaryInput when decoded text is mostly control characters."""
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if _is_control(ch))
    if "\x00" in sample or controls > _MAX_CONTROL_RATIO * max(len(sample), 1):
        raise BinaryInput("binary content: too many control characters for text", input=input)


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 or 0x7F <= code < 0xA0) and ch not in _ALLOWED_CONTROLS
