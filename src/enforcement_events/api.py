"""The one-line entry points: ``extract(text)`` and its async twin.

Each builds an :class:`Extractor` (which holds the options) and runs it.
"""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from .extractor import Extractor
from .schema import Report

__all__ = ["aextract", "extract"]


def extract(
    text: str,
    *,
    published: date | str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    **options: Any,
) -> Report:
    """Extract the enforcement events reported in ``text``.

    Args:
        text: the article or press release (plain text; HTML is converted).
        published: the article's date, to resolve "yesterday" or "on Thursday".
        model, base_url, api_key: the provider; default from the environment
            (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``ENFORCEMENT_EVENTS_*``),
            else the embedded model.
        **options: any other :class:`Extractor` option (``strategy``, ``timeout`` ...).

    Returns:
        A :class:`Report` whose events each carry grounded evidence.

    Raises:
        InputError: ``text`` or ``published`` cannot be used.
        ConfigurationError: no model is available; the message says what to install or set.
        ProviderError, ExtractionFailed: the model failed after the retries allowed.

    Example:
        >>> report = extract("Police arrested two men in Leeds.")  # doctest: +SKIP
        >>> report.events[0].type, report.events[0].count  # doctest: +SKIP
        (<EventType.ARREST: 'arrest'>, 2)
    """
    with Extractor(model=model, base_url=base_url, api_key=api_key, **options) as extractor:
        return extractor.extract(text, published=published)


async def aextract(
    text: str,
    *,
    published: date | str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    **options: Any,
) -> Report:
    """Async twin of :func:`extract`; the work runs in a worker thread."""
    return await asyncio.to_thread(
        extract,
        text,
        published=published,
        model=model,
        base_url=base_url,
        api_key=api_key,
        **options,
    )
