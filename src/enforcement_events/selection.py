"""Pick the passages that can hold an enforcement event, with character offsets.

Pure: a recall-first lexicon of trigger stems selects paragraphs; their sentences
are grouped into windows small enough for a short prompt. Text that addresses the
model ("ignore the instructions above") is never sent.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon
from .text import Segment, paragraphs, sentences

__all__ = ["INSTRUCTIONS", "TRIGGERS", "numbered", "select_passages", "triggers"]


# Switch for the levers table: in English, paragraphs of people rescued, pushed back or
# turned back (the lexicon's TRIGGERS_RESCUE) are sent to the model too. Off, a text that
# tells only of migrants "rescued" and "pushed back" was never read. (TRIGGERS below is
# read once, at import, with the switch as it stood then.)
RESCUE_TRIGGERS_EN = True


@cache
def triggers(lang: str = "en") -> re.Pattern[str]:
    """Stems of the words that report enforcement actions in ``lang`` (its lexicon's
    ``TRIGGERS``, and ``TRIGGERS_RESCUE`` where it has one): cheap, recall-first
    selection."""
    words = lexicon.load(lang)
    more = getattr(words, "TRIGGERS_RESCUE", None) if RESCUE_TRIGGERS_EN else None
    return re.compile(r"\b(?:" + words.TRIGGERS + (f"|{more}" if more else "") + ")", re.IGNORECASE)


TRIGGERS = triggers("en")


# Text that speaks to the model rather than reporting news: never sent as a sentence to label.
INSTRUCTIONS = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+|previous\s+|"
    r"prior\s+|above\s+)*(?:instructions?|prompts?|rules?|directions?)\b|\bsystem prompt\b|"
    r"\byou are (?:now )?(?:an? )?(?:ai|assistant|language model|chatbot)\b|"
    r"\b(?:as an ai|new instructions?|respond (?:only )?with|output (?:only )?the following)\b",
    re.IGNORECASE,
)


def select_passages(
    text: str, *, max_chars: int = 900, max_sentences: int = 8, lang: str = "en"
) -> list[list[Segment]]:
    """Group the sentences of paragraphs that hold a trigger word of ``lang`` into passages."""
    trigger = triggers(lang)
    windows: list[list[Segment]] = []
    current: list[Segment] = []
    size = 0
    for para in paragraphs(text):
        if not trigger.search(para.text):
            continue
        sents = [x for x in sentences(text, within=para) if not INSTRUCTIONS.search(x.text)]
        if not sents:
            continue
        para_size = sum(len(x.text) for x in sents)
        if current and (size + para_size > max_chars or len(current) + len(sents) > max_sentences):
            windows.append(current)
            current, size = [], 0
        for sent in sents:
            if current and (size + len(sent.text) > max_chars or len(current) >= max_sentences):
                windows.append(current)
                current, size = [], 0
            current.append(sent)
            size += len(sent.text)
    if current:
        windows.append(current)
    return windows


def numbered(sents: list[Segment]) -> str:
    return "\n".join(f"[{i}] {s.text}" for i, s in enumerate(sents, 1))
