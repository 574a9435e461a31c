"""Load and render the templates in ``prompts/``; the templates are data, not code.

Templates use ``string.Template`` placeholders (``$name``). They ship inside the
wheel (``enforcement_events/_data/prompts``) and are read from the checkout's
``prompts/`` folder in an editable install.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template

__all__ = ["PROMPT_VERSION", "data_dir", "load", "prompt_version", "render"]

_NAMES = ("passage.system", "passage.user", "document.system", "document.user")


def data_dir(kind: str) -> Path:
    """The folder holding ``prompts`` or ``schemas``, installed wheel first, then checkout."""
    packaged = resources.files("enforcement_events") / "_data" / kind
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / kind
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"enforcement_events data folder {kind!r} is missing from the install")


@cache
def load(name: str) -> str:
    """Return the raw text of ``prompts/<name>.md``."""
    return (data_dir("prompts") / f"{name}.md").read_text(encoding="utf-8")


def render(name: str, *, lang: str | None = None, **values: str) -> str:
    """Fill the template's placeholders; a missing value is an error, not a blank.

    ``lang``: the template translated into that language (``passage.system.fr.md``),
    where one exists; else the English one.
    """
    if lang and lang != "en" and (data_dir("prompts") / f"{name}.{lang}.md").is_file():
        name = f"{name}.{lang}"
    return Template(load(name)).substitute(values).strip()


@cache
def prompt_version(lang: str | None = None) -> str:
    """A short hash of every template in use (with ``lang``, its translations too): part
    of the cache key and of each report."""
    digest = hashlib.sha256()
    for name in _NAMES:
        digest.update(load(name).encode("utf-8"))
        translated = data_dir("prompts") / f"{name}.{lang}.md"
        if lang and lang != "en" and translated.is_file():
            digest.update(load(f"{name}.{lang}").encode("utf-8"))
    return digest.hexdigest()[:12]


PROMPT_VERSION = "passage-v1"
