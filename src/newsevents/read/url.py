"""`http(s)://` URLs, fetched with httpx: a clear User-Agent, a timeout per request,
redirects followed, and `retries` more tries with a short backoff after connection
errors, timeouts and 5xx answers. The final URL becomes the document's URL.
"""
from __future__ import annotations

import time
from urllib.parse import urlsplit

from ..errors import FetchError, FetchTimeout
from .source import ReadOptions, Source, content_type, suffix_of

_RETRY_STATUS = {429, 500, 502, 503, 504}
_MAX_BACKOFF = 2.0


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, options: ReadOptions) -> Source:
    """The body of `url` and what its headers say about it; FetchError or FetchTimeout if none."""
    import httpx

    headers = {"User-Agent": options.user_agent}
    with httpx.Client(timeout=options.timeout, follow_redirects=True, headers=headers) as client:
        response = _get(client, url, options)
    final = str(response.url)
    media, charset = content_type(response.headers.get("content-type"))
    return Source(name=url, origin=final, data=response.content, suffix=suffix_of(urlsplit(final).path),
                  url=final, charset=charset, media_type=media)


def _get(client, url: str, options: ReadOptions):
    attempts = max(0, options.retries) + 1
    for attempt in range(1, attempts + 1):
        response = _attempt(client, url, options, attempt == attempts, attempts)
        if response is not None:
            return _checked(response, url)
        time.sleep(min(0.25 * 2 ** (attempt - 1), _MAX_BACKOFF))
    raise AssertionError("unreachable")  # the last attempt returns or raises


def _attempt(client, url: str, options: ReadOptions, last: bool, attempts: int):
    """The response, or None when it is worth trying again."""
    import httpx

    try:
        response = client.get(url)
    except httpx.TimeoutException as error:
        if last:
            raise FetchTimeout(f"timed out after {options.timeout:g} s ({_tries(attempts)})", input=url) from error
        return None
    except (httpx.UnsupportedProtocol, httpx.TooManyRedirects, httpx.InvalidURL, httpx.DecodingError) as error:
        raise FetchError(f"cannot fetch: {type(error).__name__}: {error}", input=url) from error
    except httpx.HTTPError as error:
        if last:
            raise FetchError(f"connection failed ({_tries(attempts)}): {type(error).__name__}: {error}", input=url) from error
        return None
    if response.status_code in _RETRY_STATUS and not last:
        return None
    return response


def _checked(response, url: str):
    if response.status_code < 400:
        return response
    final = str(response.url)
    where = f" from {final}" if final != url else ""
    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}{where}".rstrip(), input=url)


def _tries(attempts: int) -> str:
    return "1 try" if attempts == 1 else f"{attempts} tries"
