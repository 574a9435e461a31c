"""Sentence splitting in six languages: the project's splitter against pysbd.

    pip install pysbd          # not a dependency unless this measurement says so
    python benchmarks/sentence_splitting.py

Reads every labelled tune text (never a held-out one), in English and the five
other languages, and prints for each language and splitter: the sentences made,
the gold mentions that fall inside one sentence (a mention cut in two means the
splitter broke a sentence where the labeller read one; mentions that span two
sentences on purpose count against every splitter alike) and the time taken.

Splitters:
- ``ours``: ``enforcement_events.text.sentences`` as it is.
- ``pysbd``: pysbd's segmenter for the text's language, run on each paragraph
  with ``char_span=True`` so offsets stay exact.
"""

# ruff: noqa
import time
from collections import defaultdict
from pathlib import Path

import pysbd

from enforcement_events.evaluation import load_samples
from enforcement_events.language import detect_language
from enforcement_events.text import paragraphs, sentences

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (
    [Path("/work/shared/samples")] if Path("/work/shared/samples").is_dir() else []
) + sorted(p for p in ROOT.glob("tune*") if p.is_dir())
FOLDERS += sorted(p for p in ROOT.glob("languages/*/tune*") if p.is_dir())

_SEGMENTERS: dict[str, pysbd.Segmenter] = {}


def pysbd_spans(text: str, lang: str) -> list[tuple[int, int]]:
    seg = _SEGMENTERS.setdefault(lang, pysbd.Segmenter(language=lang, clean=False, char_span=True))
    out = []
    for p in paragraphs(text):
        for s in seg.segment(text[p.start : p.end]):
            piece = s.sent.rstrip()
            out.append((p.start + s.start, p.start + s.start + len(piece)))
    return out


def ours_spans(text: str, lang: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in sentences(text)]


def main() -> None:
    texts = []
    for folder in FOLDERS:
        for s in load_samples(folder):
            texts.append((detect_language(s.text), s))
    print(f"{len(texts)} tune texts from {len(FOLDERS)} folders")
    rows = defaultdict(lambda: [0, 0, 0, 0.0])  # sentences, inside, mentions, seconds
    differ = defaultdict(int)
    for lang, s in texts:
        spans_by = {}
        for name, fn in (("ours", ours_spans), ("pysbd", pysbd_spans)):
            t0 = time.perf_counter()
            spans = fn(s.text, lang)
            row = rows[(lang, name)]
            row[3] += time.perf_counter() - t0
            row[0] += len(spans)
            spans_by[name] = spans
            for g in s.events:
                for m in g["mentions"]:
                    i = s.text.find(m)
                    if i < 0:
                        continue
                    row[2] += 1
                    row[1] += any(a <= i and i + len(m.rstrip()) <= b for a, b in spans)
        differ[lang] += spans_by["ours"] != spans_by["pysbd"]
    langs = sorted({lang for lang, _ in texts})
    print(
        f"{'lang':4} {'texts':>5} {'differ':>6}  {'splitter':8} {'sentences':>9} {'mentions inside one sentence':>29} {'ms':>7}"
    )
    for lang in langs + ["all"]:
        n = sum(1 for l, _ in texts if lang in ("all", l))
        d = sum(differ.values()) if lang == "all" else differ[lang]
        for name in ("ours", "pysbd"):
            keys = [(l, name) for l in langs] if lang == "all" else [(lang, name)]
            sent = sum(rows[k][0] for k in keys)
            inside = sum(rows[k][1] for k in keys)
            total = sum(rows[k][2] for k in keys)
            ms = sum(rows[k][3] for k in keys) * 1000
            print(
                f"{lang:4} {n:5} {d:6}  {name:8} {sent:9} {inside:>17}/{total:<5} {inside / total:.3f} {ms:7.0f}"
            )


if __name__ == "__main__":
    main()
