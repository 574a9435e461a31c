"""Which language a document is in, among those the library has word lists for.

Detection uses py3langid (a naive Bayes identifier whose model ships in its 5 MB
wheel), restricted to the supported languages: measured on this project's 172
labelled texts (``benchmarks/language_detection.py``) it named the language of
every 200-character opening right, as lingua-language-detector did, at a
twentieth of lingua's install size and a thirtieth of its time per call.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

from .errors import InputError

__all__ = ["SUPPORTED", "check_language", "detect_language"]

# ISO 639-1 codes with a module in enforcement_events/lexicon/.
SUPPORTED = ("en", "fr", "de", "es", "it", "nl")
NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
}
# The opening of a document is enough (the identifier is linear in the text's length).
_PROBE_CHARS = 5000
_LOCK = threading.Lock()


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the supported language ``text`` is most likely written in.

    Text with no letters (a date, a number) is taken as English.
    """
    probe = text[:_PROBE_CHARS]
    if not any(ch.isalpha() for ch in probe):
        return "en"
    with _LOCK:  # the identifier keeps state between calls
        code, _ = _identifier().classify(probe)
    return str(code)


def check_language(code: str) -> str:
    """``code`` in lower case if the library reads that language, else a clear error."""
    low = str(code).strip().lower()
    if low not in SUPPORTED:
        known = ", ".join(f"{c} ({NAMES[c]})" for c in SUPPORTED)
        raise InputError(
            f"language={code!r} is not supported: use one of {known}, or leave it out to "
            "detect the language from the text."
        )
    return low
