"""Locate a model's quote in the input as character offsets. Pure, no network.

Three tries, in order: the exact string; the string after folding whitespace,
quotes and dashes (:func:`enforcement_events.text.normalize`); a fuzzy match
(rapidfuzz's best partial alignment) at or above a threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .schema import Evidence, MatchKind
from .text import _QUOTES

__all__ = ["DEFAULT_FUZZY_THRESHOLD", "Span", "locate", "to_evidence"]

DEFAULT_FUZZY_THRESHOLD = 90.0
_MIN_FUZZY_LEN = 12


@dataclass(frozen=True, slots=True)
class Span:
    """Where a quote was found and how."""

    start: int
    end: int
    match: MatchKind
    score: float


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """Fold quotes/dashes and collapse whitespace; map each output char to its input index."""
    chars: list[str] = []
    index: list[int] = []
    prev_space = True
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if prev_space:
                continue
            ch = " "
            prev_space = True
        else:
            prev_space = False
        chars.append(ch)
        index.append(i)
    return "".join(chars), index


def locate(
    quote: str,
    text: str,
    *,
    threshold: float = DEFAULT_FUZZY_THRESHOLD,
    ignore_case: bool = True,
) -> Span | None:
    """Return the span of ``quote`` in ``text``, or None if it cannot be found.
    Without ``ignore_case``, the folded match keeps letter case (SPEC.md's verbatim test).

    Example:
        >>> locate("was  arrested", "He was arrested today.")
        Span(start=3, end=15, match='normalized', score=100.0)
    """
    quote = quote.strip()
    if not quote:
        return None
    pos = text.find(quote)
    if pos >= 0:
        return Span(pos, pos + len(quote), "exact", 100.0)
    folded, index = _folded_with_map(text)
    needle = re.sub(r"\s+", " ", quote.translate(_QUOTES)).strip()
    pos = folded.find(needle)
    if pos < 0 and ignore_case:
        pos = folded.lower().find(needle.lower())
    if pos >= 0:
        return Span(index[pos], index[pos + len(needle) - 1] + 1, "normalized", 100.0)
    if len(needle) < _MIN_FUZZY_LEN:
        return None
    align = fuzz.partial_ratio_alignment(needle, folded, score_cutoff=threshold)
    if align is None or align.dest_end <= align.dest_start:
        return None
    start, end = index[align.dest_start], index[align.dest_end - 1] + 1
    # Trim to whole words so the evidence reads as the text does.
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return Span(start, end, "fuzzy", round(align.score, 1))


def to_evidence(span: Span, text: str) -> Evidence:
    """Build an :class:`Evidence` from a located span of ``text``."""
    return Evidence(
        text=text[span.start : span.end],
        start=span.start,
        end=span.end,
        match=span.match,
        score=span.score,
    )
