"""Build the example bank (prompts/examples/<lang>.jsonl) from the labelled tune sets.

    python benchmarks/build_examples.py

Each line is one sentence of a labelled tune text that the passage selection sends to
the model, with the actions its gold events report in it (their types, from SPEC's
labels) or none: a sentence that holds a word for an action and reports none ("They
face up to 20 years in prison") is an example too. Held-out texts are never read here.
With ``examples=True`` the extractor shows the model the few most like each passage,
leaving out any sentence of the text being read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from enforcement_events.evaluation import _spans, load_samples  # noqa: E402
from enforcement_events.language import detect_language  # noqa: E402
from enforcement_events.rules import has_word_for  # noqa: E402
from enforcement_events.schema import EventType  # noqa: E402
from enforcement_events.selection import select_passages  # noqa: E402

# Tune folders only: heldout/ and languages/*/heldout are never read.
SOURCES = [ROOT / "samples", ROOT / "tune", ROOT / "tune3", ROOT / "tune4"] + [
    ROOT / "languages" / code / half
    for code in ("fr", "de", "es", "it", "nl")
    for half in ("tune", "tune2", "tune3", "tune4")
]
OUT = ROOT / "prompts" / "examples"


def bank_lines(folder: Path) -> list[dict[str, object]]:
    lines: list[dict[str, object]] = []
    for sample in load_samples(folder):
        lang = detect_language(sample.text)
        spans = []  # (start, end, event) for each mention found in the text
        for event in sample.events:
            for mention in event["mentions"]:
                for start, end in _spans(mention, sample.text):
                    spans.append((start, end, event))
        for window in select_passages(sample.text, lang=lang):
            for seg in window:
                inside = [e for s, e_, e in spans if s < seg.end and e_ > seg.start]
                if any(not e["required"] for e in inside):
                    continue  # optional events: neither a positive nor a negative example
                # The types only: counts, places and dates are read by code.
                actions = sorted({str(e["type"]) for e in inside})
                if not actions and not any(has_word_for(t, seg.text, lang) for t in EventType):
                    continue  # no word for any action: nothing to learn from it
                lines.append(
                    {
                        "lang": lang,
                        "sentence": " ".join(seg.text.split()),
                        "actions": actions,
                        "source": f"{folder.relative_to(ROOT)}/{sample.id}",
                    }
                )
    return lines


def main() -> int:
    by_lang: dict[str, list[dict[str, object]]] = {}
    for folder in SOURCES:
        for line in bank_lines(folder):
            by_lang.setdefault(str(line["lang"]), []).append(line)
    OUT.mkdir(parents=True, exist_ok=True)
    for lang, lines in sorted(by_lang.items()):
        path = OUT / f"{lang}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        positive = sum(1 for x in lines if x["actions"])
        print(f"{path.relative_to(ROOT)}: {len(lines)} sentences, {positive} with an action")
    return 0


if __name__ == "__main__":
    sys.exit(main())
