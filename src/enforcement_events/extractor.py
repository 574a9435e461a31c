"""``Extractor``: holds the provider and options, validates input, runs a strategy."""

from __future__ import annotations

import asyncio
import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import openai

from .errors import InputError
from .extraction import ProgressCallback, PromptLanguage, Strategy, run
from .language import check_language, detect_language
from .llm import LLM, Provider, RetryPolicy, StructuredMode, resolve_provider
from .schema import Report

__all__ = ["MAX_CHARS", "Extractor", "parse_published"]

MAX_CHARS = 2_000_000


_PARTIAL = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")


def partial_published(value: date | str | None) -> str | None:
    """ "2019-06" or "2019": a publication date known only to the month or year (kept as
    such: the model is told it, and nothing is resolved against a day it does not give)."""
    if isinstance(value, str) and _PARTIAL.fullmatch(value.strip()):
        return value.strip()
    return None


def parse_published(value: date | str | None) -> date | None:
    """Accept a date, a datetime or ISO text ("2020-10-02"); anything else is an InputError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(
        f"published={value!r} is not a date: pass a datetime.date or ISO text "
        "such as '2020-10-02' (or '2020-10', '2020' when only the month or year is known), "
        "or None."
    )


def check_text(text: object) -> str:
    """Return ``text`` if it can be extracted from, else raise an InputError saying why."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                "text is bytes that are not valid UTF-8: decode it with the right "
                "encoding first, e.g. data.decode('latin-1')."
            ) from exc
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}.")
    if not text.strip():
        raise InputError("text is empty or only whitespace: pass the article's text.")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"text has {len(text):,} characters, over the limit of {MAX_CHARS:,}: "
            "split it into documents first."
        )
    printable = sum(ch.isprintable() or ch.isspace() for ch in text[:10_000])
    if printable < 0.9 * min(len(text), 10_000):
        raise InputError("text looks like binary data, not an article: pass decoded text.")
    return text


class Extractor:
    """Holds the provider and the options; ``extract(text)`` returns a :class:`Report`.

    Args:
        model: model name; default from ``ENFORCEMENT_EVENTS_MODEL`` or the provider's.
        base_url: any OpenAI-compatible server (OpenAI, vLLM, Ollama, LM Studio, llama.cpp).
        api_key: the key; default from ``ENFORCEMENT_EVENTS_API_KEY`` or ``OPENAI_API_KEY``.
        strategy: ``passages`` (small models), ``document`` (large models) or ``auto``:
            passages for the embedded model and llama.cpp servers, else document.
        mode: how structured output is requested (see :class:`enforcement_events.llm.LLM`);
            default from ``ENFORCEMENT_EVENTS_MODE``, else ``llama_cpp`` for the embedded
            model and ``json`` for any other server.
        client: an ``openai.OpenAI`` to use as is (tests and custom transports).
        retry: transport retry bounds and re-ask count.
        model_path: your own GGUF file for the embedded server instead of the bundled one.
        max_tokens: bound on each answer (an answer cut off there is a fault, not a result).
        cache: keep answers on disk (True: in the cache directory; or a folder) so that the
            same document with the same model, prompts and settings is not sent again.
        progress: called with a :class:`~enforcement_events.extraction.Progress` before
            the first model request and after each; the library prints nothing itself.
        language: the texts' language as an ISO 639-1 code (``en``, ``fr``, ``de``, ``es``,
            ``it``, ``nl``); by default each text's language is detected.
        prompt_language: for the ``passages`` strategy, ``english`` (the instructions in
            English, the text as it is) or ``native`` (the instructions translated into the
            text's language).
        confirm: for the ``passages`` strategy, ask the model again (a constrained yes or
            no on one sentence) about each action it alone found; those it does not confirm
            are dropped. One more short request per such action. True asks about every
            type, False about none; None (the default) about the types measured to gain
            from it in the text's language (today seizures, interceptions, detentions,
            removals and extraditions in French, German, Spanish, Italian and Dutch; none
            in English).

    Example:
        >>> ex = Extractor(base_url="http://127.0.0.1:8080/v1")  # doctest: +SKIP
        >>> ex.extract(text, published="2020-10-02").events  # doctest: +SKIP
    """

    def __init__(
        self,
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        strategy: Strategy | str = "auto",
        mode: StructuredMode | str | None = None,
        client: openai.OpenAI | None = None,
        retry: RetryPolicy | None = None,
        model_path: str | Path | None = None,
        max_tokens: int | None = None,
        cache: bool | str | Path = False,
        progress: ProgressCallback | None = None,
        language: str | None = None,
        prompt_language: str = "english",
        confirm: bool | None = None,
    ) -> None:
        self._confirm = confirm
        if prompt_language not in ("english", "native"):
            raise InputError(f"prompt_language={prompt_language!r}: use 'english' or 'native'.")
        self._prompt_language = cast(PromptLanguage, prompt_language)
        if strategy not in ("auto", "passages", "document"):
            raise InputError(f"strategy={strategy!r}: use 'auto', 'passages' or 'document'.")
        mode = mode or os.environ.get("ENFORCEMENT_EVENTS_MODE") or None
        if mode not in (None, "llama_cpp", "json", "tools", "json_schema"):
            raise InputError(f"mode={mode!r}: use 'llama_cpp', 'json', 'tools' or 'json_schema'.")
        self._options: dict[str, str | None] = {
            "model": model,
            "base_url": base_url,
            "api_key": api_key,
        }
        self._strategy = strategy
        self._mode = cast(StructuredMode | None, mode)
        self._client = client
        self._retry = retry
        self._model_path = Path(model_path) if model_path else None
        self._max_tokens = max_tokens
        self._cache: Path | None = None
        if cache:
            from .local import cache_dir

            self._cache = cache_dir() / "answers" if cache is True else Path(cache)
        self._progress = progress
        self._language = check_language(language) if language else None
        self._llm: LLM | None = None

    def _provider(self) -> Provider:
        if self._client is not None:
            return Provider(
                str(self._client.base_url),
                "injected",
                self._options["model"] or "default",
                embedded=False,
            )
        if self._model_path is not None and not (self._options["base_url"]):
            from . import local

            server = local.ensure_server(self._model_path)
            return Provider(
                server.base_url,
                "not-needed",
                local.MODEL_NAME,
                embedded=True,
                identity=server.identity,
            )
        opts = self._options
        return resolve_provider(
            base_url=opts["base_url"], api_key=opts["api_key"], model=opts["model"]
        )

    @property
    def llm(self) -> LLM:
        """The client, built on first use (so that constructing an Extractor is free)."""
        if self._llm is None:
            provider = self._provider()
            self._llm = LLM(
                provider, mode=self._mode, retry=self._retry, client=self._client, cache=self._cache
            )
        return self._llm

    @property
    def strategy(self) -> Strategy:
        """The strategy in force once ``auto`` is resolved."""
        if self._strategy != "auto":
            return self._strategy
        return (
            "passages" if self.llm.provider.embedded or self.llm.mode == "llama_cpp" else "document"
        )

    def extract(
        self, text: str, *, published: date | str | None = None, language: str | None = None
    ) -> Report:
        """Extract the events of one document. See :func:`enforcement_events.extract`.

        ``language`` overrides the Extractor's for this text."""
        text = check_text(text)
        partial = partial_published(published)
        day = None if partial else parse_published(published)
        forced = check_language(language) if language else self._language
        from .html import looks_like_html, to_text

        if looks_like_html(text):
            text = to_text(text)
            if not text.strip():
                raise InputError("the HTML holds no readable text.")
        options: dict[str, Any] = {}
        if self._max_tokens:
            options["max_tokens"] = self._max_tokens
        if self._progress is not None:
            options["progress"] = self._progress
        if self.strategy == "passages":
            options["confirm"] = self._confirm
        lang = forced or detect_language(text)
        return run(
            self.llm,
            self.strategy,
            text,
            day,
            lang=lang,
            prompt_language=self._prompt_language,
            published_label=partial,
            **options,
        )

    def close(self) -> None:
        """Release the HTTP connections (the embedded server stays up for reuse)."""
        if self._llm is not None:
            self._llm.close()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def aextract(
        self, text: str, *, published: date | str | None = None, language: str | None = None
    ) -> Report:
        """Async twin of :meth:`extract`."""
        return await asyncio.to_thread(self.extract, text, published=published, language=language)
