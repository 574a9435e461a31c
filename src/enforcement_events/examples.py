"""Few-shot examples retrieved for each passage from labelled sentences.

The bank (``prompts/examples/<lang>.jsonl``, built by ``benchmarks/build_examples.py``
from the labelled tune texts, never the held-out ones) holds sentences with the action
types their labels give them, or none. For a passage the sentences most like its own
(shared words weighted by how rare they are in the bank) are shown to the model before
it reads the passage. A sentence of the text being read is never shown: its label would
be the answer.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .prompts import data_dir

__all__ = ["Example", "render_examples", "similar_examples"]

_WORD = re.compile(r"[^\W\d_]{3,}")
# An example must share at least this weight of rare words with a sentence of the passage.
MIN_SCORE = 0.15


@dataclass(frozen=True)
class Example:
    sentence: str
    actions: tuple[str, ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


@cache
def _bank(lang: str) -> tuple[list[Example], list[frozenset[str]], dict[str, float]]:
    path = data_dir("prompts") / "examples" / f"{lang}.jsonl"
    if not path.is_file():
        return [], [], {}
    examples: list[Example] = []
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row["sentence"] in seen:
            continue
        seen.add(row["sentence"])
        examples.append(Example(row["sentence"], tuple(row["actions"])))
    words = [_words(x.sentence) for x in examples]
    df = Counter(w for ws in words for w in ws)
    idf = {w: math.log((1 + len(examples)) / (1 + n)) + 1.0 for w, n in df.items()}
    return examples, words, idf


def _score(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    shared = sum(idf.get(w, 0.0) for w in a & b)
    if not shared:
        return 0.0
    norm = math.sqrt(sum(idf.get(w, 0.0) for w in a) * sum(idf.get(w, 0.0) for w in b))
    return shared / norm if norm else 0.0


def similar_examples(
    passage: list[str], text: str, lang: str = "en", k: int = 3
) -> list[Example]:
    """Up to ``k`` bank sentences most like the passage's sentences, none from ``text``.

    Each sentence of the passage proposes its best match in turn, so a passage of several
    sentences gets examples for several of them, not three for its first."""
    examples, words, idf = _bank(lang)
    if not examples:
        return []
    flat = " ".join(text.split())
    ranked: list[list[tuple[float, int]]] = []
    for sentence in passage:
        mine = _words(sentence)
        scores = [
            (score, i)
            for i, ws in enumerate(words)
            if (score := _score(mine, ws, idf)) >= MIN_SCORE
            and examples[i].sentence not in flat
        ]
        ranked.append(sorted(scores, reverse=True))
    chosen: list[int] = []
    depth = 0
    while len(chosen) < k and any(depth < len(r) for r in ranked):
        for r in ranked:
            if depth < len(r) and r[depth][1] not in chosen and len(chosen) < k:
                chosen.append(r[depth][1])
        depth += 1
    return [examples[i] for i in chosen]


def render_examples(examples: list[Example]) -> str:
    """The examples as the prompt shows them: a sentence, then the actions it reports."""
    lines = []
    for x in examples:
        said = ", ".join(a.replace("_", " ") for a in x.actions) if x.actions else "no action"
        lines.append(f'"{x.sentence}" -> {said}')
    return "\n".join(lines)
