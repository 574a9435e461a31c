"""The exceptions enforcement_events raises.

    EnforcementEventsError          base: catch this to catch everything below
    ├── ConfigurationError          no model reachable, bad option, model file missing or corrupt
    ├── InputError                  the text or an option given by the caller cannot be used
    ├── ProviderError               the server failed: HTTP status, timeout, connection
    └── ExtractionFailed            the model kept answering something unusable after re-asks

Lower-level errors (openai, httpx2, instructor, pydantic) are translated in one
place, :mod:`enforcement_events.llm`, and chained with ``raise ... from exc``.
No message ever contains an API key.
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "EnforcementEventsError",
    "ExtractionFailed",
    "InputError",
    "ProviderError",
]


class EnforcementEventsError(Exception):
    """Base class of every error this library raises."""


class ConfigurationError(EnforcementEventsError):
    """No usable model, or an option that cannot work; the message says what to set."""


class InputError(EnforcementEventsError, ValueError):
    """The input cannot be extracted from; the message says what to pass instead."""


class ProviderError(EnforcementEventsError):
    """The model server failed after the retries allowed (status, timeout, connection)."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class ExtractionFailed(EnforcementEventsError):
    """The model's answers stayed invalid (schema, truncation) after the re-asks allowed."""
