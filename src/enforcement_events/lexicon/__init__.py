"""Words as data, one module per language (``en.py``; French, German ... go beside it).

Code describes structure ("a verb at the head of the clause, then its object"); the
words each structure looks for live here, so another language is a new module, not
edits across the pipeline. :func:`load` returns one language's words.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

__all__ = ["load"]


@cache
def load(code: str = "en") -> ModuleType:
    """The word lists of language ``code`` (an ISO 639-1 code such as ``"en"``).

    Raises:
        LookupError: no module for that language.
    """
    try:
        return importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError as exc:
        raise LookupError(f"no word lists for language {code!r}") from exc
