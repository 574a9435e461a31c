"""Normalising and segmenting text, keeping character offsets into the input.

Pure: no network, no model. Offsets always refer to the string passed in.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

__all__ = ["Segment", "normalize", "paragraphs", "sentences"]

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u2013": "-",
        "\u2014": "-",
    }
)
_SPACE = re.compile(r"\s+")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket)
# followed by whitespace and an upper-case letter (accented too: "È", "À", "Über"), a digit
# or an opening quote.
# A number of one or two digits with a full stop before a month is a day written as an
# ordinal ("am 24. Oktober", "den 3. maj"), not the end of a sentence.
_ENDS = r"""[.!?]["'\u201d\u2019)\]]*\s+"""
_NEXT = r"""(?=["'\u201c\u2018(]?[A-ZÀ-ÖØ-Þ0-9£$€])"""
# The languages that write a day that way, among those supported.
_ORDINAL_DAY_LANGUAGES = ("de", "fr", "es", "it", "nl")


@cache
def _boundary() -> re.Pattern[str]:
    """Where a sentence ends; the month names are the full ones dateparser knows for
    each language (the longest of its forms for the month, as ``normalize`` reads them)."""
    import importlib

    names: set[str] = set()
    for lang in _ORDINAL_DAY_LANGUAGES:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
        for month in calendar.month_name[1:]:
            forms = info.get(month.lower(), [])
            longest = max(map(len, forms), default=0)
            names.update(f.lower() for f in forms if len(f) == longest)
    months = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(
        rf"(?<!\b\d)(?<!\b\d\d){_ENDS}{_NEXT}|"
        rf"(?:(?<=\b\d)|(?<=\b\d\d)){_ENDS}(?!(?i:{months})\b){_NEXT}"
    )


# The languages whose short forms the splitter knows (each lexicon's ABBREVIATIONS and
# NUMBER_ABBREVIATIONS); it joins them all, since it runs before the language is known.
_ABBREVIATION_LANGUAGES = ("en", *_ORDINAL_DAY_LANGUAGES)


@cache
def _abbreviations() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words after which a full stop does not end a sentence (a title, a single capital
    letter), and words after which it does not when a number follows ("ca. 20")."""
    from .lexicon import load

    def either_case(words: set[str]) -> str:
        forms = words | {w[:1].upper() + w[1:] for w in words}
        return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))

    titles: set[str] = set()
    before_numbers: set[str] = set()
    for code in _ABBREVIATION_LANGUAGES:
        lexicon = load(code)
        titles.update(lexicon.ABBREVIATIONS)
        before_numbers.update(lexicon.NUMBER_ABBREVIATIONS)
    return (
        re.compile(rf"(?:\b(?:{either_case(titles)})|\b[A-Z])\.$"),
        re.compile(rf"\b(?:{either_case(before_numbers)})\.$"),
    )


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of the input: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def normalize(text: str) -> str:
    """Fold typographic quotes and dashes to ASCII and collapse whitespace.

    The result has one character per input character except for whitespace
    runs, so it is only used for matching, never for offsets.
    """
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def paragraphs(text: str) -> list[Segment]:
    """Split on newlines: news text puts one paragraph (or headline) on each line."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        chunk = m.group(0)
        stripped = chunk.strip()
        if not stripped:
            continue
        start = m.start() + (len(chunk) - len(chunk.lstrip()))
        out.append(Segment(start, start + len(stripped), stripped))
    return out


def sentences(text: str, within: Segment | None = None) -> list[Segment]:
    """Split ``text`` (or the part ``within`` covers) into sentences with offsets.

    Example:
        >>> [s.text for s in sentences("He was arrested. Mr. Smith was not.")]
        ['He was arrested.', 'Mr. Smith was not.']
    """
    spans = [within] if within is not None else paragraphs(text)
    out: list[Segment] = []
    titles, before_numbers = _abbreviations()
    for para in spans:
        base = para.start
        body = text[para.start : para.end]
        cut = 0
        for m in _boundary().finditer(body):
            head = body[cut : m.start() + 1]
            if titles.search(head) or (
                before_numbers.search(head) and body[m.end() : m.end() + 1].isdigit()
            ):
                continue
            piece = body[cut : m.end()].rstrip()
            out.append(Segment(base + cut, base + cut + len(piece), piece))
            cut = m.end()
        piece = body[cut:].rstrip()
        if piece.strip():
            out.append(Segment(base + cut, base + cut + len(piece), piece))
    return out
