"""Measure the libraries we chose not to depend on against our own small parsers.

    pip install pysbd dateparser text2num   # not dependencies of the project
    python benchmarks/libraries.py

Sentences: how many gold mentions fall inside one sentence, and the time, for
ours and pysbd. Dates: resolution of phrases against a publication date, ours
and dateparser. Numbers in words: ours and text2num.
"""

# ruff: noqa
import json, time
from pathlib import Path
import pysbd
from enforcement_events.text import sentences, paragraphs
from enforcement_events.evaluation import load_samples

samples = load_samples(Path("samples"))
seg = pysbd.Segmenter(language="en", clean=False, char_span=True)


def pysbd_spans(text):
    out = []
    for p in paragraphs(text):
        for s in seg.segment(text[p.start : p.end]):
            out.append((p.start + s.start, p.start + s.end))
    return out


def ours_spans(text):
    return [(s.start, s.end) for s in sentences(text)]


for name, fn in [("ours", ours_spans), ("pysbd", pysbd_spans)]:
    t0 = time.perf_counter()
    inside = total = nsent = 0
    offsets_ok = True
    for s in samples:
        spans = fn(s.text)
        nsent += len(spans)
        for g in s.events:
            for m in g["mentions"]:
                i = s.text.find(m)
                if i < 0:
                    continue
                total += 1
                inside += any(a <= i and i + len(m) <= b + 1 for a, b in spans)
    dt = time.perf_counter() - t0
    print(
        f"{name:6} sentences {nsent:4}  gold mentions inside one sentence {inside}/{total}  {dt * 1000:.0f} ms"
    )

import dateparser
import dateparser.search
from datetime import datetime, date
from enforcement_events.normalize import resolve_date

cases = [
    ("Only yesterday (September 29)", "2020-09-29"),
    ("yesterday", "2020-10-01"),
    ("On Thursday", "2020-10-01"),
    ("In June", "2020-06"),
    ("on 5 August 2023", "2023-08-05"),
    ("in 2015", "2015"),
    ("on Dec. 5, 2007", "2007-12-05"),
    ("last week (Tuesday 21 July)", "2020-07-21"),
    ("On Sunday (8 March)", "2020-03-08"),
]
base = datetime(2020, 10, 2)
ok_ours = ok_dp = 0
for text, want in cases:
    ours = resolve_date(text, base.date())[0]
    found = (
        dateparser.search.search_dates(
            text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}, languages=["en"]
        )
        if hasattr(dateparser, "search")
        else None
    )
    dp = found[0][1].date().isoformat() if found else None
    ok_ours += (ours or "")[: len(want)] == want and len(ours or "") == len(want) or (ours == want)
    ok_dp += (dp or "")[: len(want)] == want
    print(f"{text!r:35} want {want:10} ours {ours!s:10} dateparser {dp}")
print("ours", ok_ours, "dateparser (prefix)", ok_dp, "of", len(cases))

from text_to_num import alpha2digit

for t in [
    "Eleven people",
    "twenty-three arrests",
    "Twenty three arrests",
    "more than 1,300 accounts",
    "2.9 million cigarettes",
    "a man was held",
]:
    from enforcement_events.normalize import numbers_in

    print(f"{t!r:28} ours {numbers_in(t)}  text2num {alpha2digit(t, 'en')!r}")
