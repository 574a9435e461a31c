"""The whole evaluation, ours and the naive baseline, replayed from cassettes recorded
from the embedded model; the metrics must equal the committed results."""

import importlib.util
import json

import pytest

from .conftest import ROOT

RESULTS = {
    "samples": ROOT / "benchmarks" / "results",
    "doj12": ROOT / "benchmarks" / "results" / "doj12",
    "heldout": ROOT / "benchmarks" / "results" / "heldout",
    "tune": ROOT / "benchmarks" / "results" / "tune",
    "tune3": ROOT / "benchmarks" / "results" / "tune3",
    "tune4": ROOT / "benchmarks" / "results" / "tune4",
    "tune5": ROOT / "benchmarks" / "results" / "tune5",
    "tune6": ROOT / "benchmarks" / "results" / "tune6",
    "tune7": ROOT / "benchmarks" / "results" / "tune7",
    "tune8": ROOT / "benchmarks" / "results" / "tune8",
    "tune9": ROOT / "benchmarks" / "results" / "tune9",
    "tune10": ROOT / "benchmarks" / "results" / "tune10",
    "tune11": ROOT / "benchmarks" / "results" / "tune11",
    "tune12": ROOT / "benchmarks" / "results" / "tune12",
    "tune13": ROOT / "benchmarks" / "results" / "tune13",
    "tune14": ROOT / "benchmarks" / "results" / "tune14",
    "tune15": ROOT / "benchmarks" / "results" / "tune15",
    "tune16": ROOT / "benchmarks" / "results" / "tune16",
    "tune17": ROOT / "benchmarks" / "results" / "tune17",
    "tune18": ROOT / "benchmarks" / "results" / "tune18",
    "tune19": ROOT / "benchmarks" / "results" / "tune19",
    "tune20": ROOT / "benchmarks" / "results" / "tune20",
    "tune21": ROOT / "benchmarks" / "results" / "tune21",
    "tune22": ROOT / "benchmarks" / "results" / "tune22",
    "tune23": ROOT / "benchmarks" / "results" / "tune23",
    "tune24": ROOT / "benchmarks" / "results" / "tune24",
    "tune25": ROOT / "benchmarks" / "results" / "tune25",
    "tune26": ROOT / "benchmarks" / "results" / "tune26",
    "tune27": ROOT / "benchmarks" / "results" / "tune27",
    "tune28": ROOT / "benchmarks" / "results" / "tune28",
    "tune29": ROOT / "benchmarks" / "results" / "tune29",
    "tune30": ROOT / "benchmarks" / "results" / "tune30",
    "tune31": ROOT / "benchmarks" / "results" / "tune31",
    "tune32": ROOT / "benchmarks" / "results" / "tune32",
    "tune33": ROOT / "benchmarks" / "results" / "tune33",
    "tune34": ROOT / "benchmarks" / "results" / "tune34",
    "tune35": ROOT / "benchmarks" / "results" / "tune35",
    "tune36": ROOT / "benchmarks" / "results" / "tune36",
    "tune37": ROOT / "benchmarks" / "results" / "tune37",
    "tune38": ROOT / "benchmarks" / "results" / "tune38",
    "tune39": ROOT / "benchmarks" / "results" / "tune39",
    "tune40": ROOT / "benchmarks" / "results" / "tune40",
    "tune41": ROOT / "benchmarks" / "results" / "tune41",
    "tune42": ROOT / "benchmarks" / "results" / "tune42",
    "tune43": ROOT / "benchmarks" / "results" / "tune43",
    "tune44": ROOT / "benchmarks" / "results" / "tune44",
    "tune45": ROOT / "benchmarks" / "results" / "tune45",
    "tune46": ROOT / "benchmarks" / "results" / "tune46",
    "tune47": ROOT / "benchmarks" / "results" / "tune47",
    "tune48": ROOT / "benchmarks" / "results" / "tune48",
    "tune49": ROOT / "benchmarks" / "results" / "tune49",
    "tune50": ROOT / "benchmarks" / "results" / "tune50",
}
SAMPLE_DIRS = {
    "samples": ROOT / "samples",
    "doj12": ROOT / "tune" / "doj12",
    "heldout": ROOT / "heldout",
    "tune": ROOT / "tune",
    "tune3": ROOT / "tune3",
    "tune4": ROOT / "tune4",
    "tune5": ROOT / "tune5",
    "tune6": ROOT / "tune6",
    "tune7": ROOT / "tune7",
    "tune8": ROOT / "tune8",
    "tune9": ROOT / "tune9",
    "tune10": ROOT / "tune10",
    "tune11": ROOT / "tune11",
    "tune12": ROOT / "tune12",
    "tune13": ROOT / "tune13",
    "tune14": ROOT / "tune14",
    "tune15": ROOT / "tune15",
    "tune16": ROOT / "tune16",
    "tune17": ROOT / "tune17",
    "tune18": ROOT / "tune18",
    "tune19": ROOT / "tune19",
    "tune20": ROOT / "tune20",
    "tune21": ROOT / "tune21",
    "tune22": ROOT / "tune22",
    "tune23": ROOT / "tune23",
    "tune24": ROOT / "tune24",
    "tune25": ROOT / "tune25",
    "tune26": ROOT / "tune26",
    "tune27": ROOT / "tune27",
    "tune28": ROOT / "tune28",
    "tune29": ROOT / "tune29",
    "tune30": ROOT / "tune30",
    "tune31": ROOT / "tune31",
    "tune32": ROOT / "tune32",
    "tune33": ROOT / "tune33",
    "tune34": ROOT / "tune34",
    "tune35": ROOT / "tune35",
    "tune36": ROOT / "tune36",
    "tune37": ROOT / "tune37",
    "tune38": ROOT / "tune38",
    "tune39": ROOT / "tune39",
    "tune40": ROOT / "tune40",
    "tune41": ROOT / "tune41",
    "tune42": ROOT / "tune42",
    "tune43": ROOT / "tune43",
    "tune44": ROOT / "tune44",
    "tune45": ROOT / "tune45",
    "tune46": ROOT / "tune46",
    "tune47": ROOT / "tune47",
    "tune48": ROOT / "tune48",
    "tune49": ROOT / "tune49",
    "tune50": ROOT / "tune50",
}
LANGUAGE_SETS = [
    f"{c}-{h}"
    for c in ("fr", "de", "es", "it", "nl")
    for h in ("tune", "tune2", "tune3", "tune4", "heldout")
]
# <code>-tune5: texts labelled in session 19 (first scored blind, then tune), one run per
# language as its texts were recorded.
LANGUAGE_TUNE5 = ["nl-tune5", "it-tune5", "de-tune5", "es-tune5", "fr-tune5"]
# <code>-tune6: texts labelled in session 27 (first scored blind in the same session, from
# the commit after their labels, then tune), ours only.
LANGUAGE_TUNE6 = ["fr-tune6", "de-tune6", "es-tune6", "it-tune6", "nl-tune6"]
# <code>-tune7: texts labelled in session 28, first scored blind in session 29 (recorded
# from 1f45df8, session 28's last commit, none of their errors read before), then tune;
# ours only.
LANGUAGE_TUNE7 = ["fr-tune7", "de-tune7", "es-tune7", "it-tune7", "nl-tune7"]
# <code>-tune8: texts labelled in session 30, first scored blind (it, fr, es in session 30;
# de, nl in session 31), all recorded from fcd3ab1, the commit after their labels, none of
# their errors read before; then tune; ours only.
LANGUAGE_TUNE8 = ["fr-tune8", "de-tune8", "es-tune8", "it-tune8", "nl-tune8"]
# <code>-tune9: texts labelled in session 33, first scored blind in session 34 (recorded
# from 1b2b6d5, the commit after their labels, none of their errors read before); then
# tune; ours only.
LANGUAGE_TUNE9 = ["fr-tune9", "de-tune9", "es-tune9", "it-tune9", "nl-tune9"]
# <code>-tune10: texts labelled in session 35, first scored blind in the same session
# (recorded from 1161f66, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE10 = ["fr-tune10", "de-tune10", "es-tune10", "it-tune10", "nl-tune10"]
# <code>-tune11: texts labelled in session 36, first scored blind in the same session
# (recorded from d0f7dc0, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE11 = ["fr-tune11", "de-tune11", "es-tune11", "it-tune11", "nl-tune11"]
# <code>-tune12: texts labelled in session 37, first scored blind in the same session
# (recorded from 9871fec, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE12 = ["fr-tune12", "de-tune12", "es-tune12", "it-tune12", "nl-tune12"]
# <code>-tune13: texts labelled in session 38, first scored blind in the same session
# (recorded from 312c46e, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE13 = ["fr-tune13", "de-tune13", "es-tune13", "it-tune13", "nl-tune13"]
# <code>-tune14: texts labelled in session 38 (second batch), first scored blind in the same
# session (recorded from d7303ac, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE14 = ["fr-tune14", "de-tune14", "es-tune14", "it-tune14", "nl-tune14"]
# <code>-tune15: texts labelled in session 39, first scored blind in the same session
# (recorded from a5fe8c4, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE15 = ["fr-tune15", "de-tune15", "es-tune15", "it-tune15", "nl-tune15"]
# <code>-tune16: texts labelled in session 40, first scored blind in the same session
# (recorded from 936b6d9, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE16 = ["fr-tune16", "de-tune16", "es-tune16", "it-tune16", "nl-tune16"]
# <code>-tune17: texts labelled in session 40 (second batch), first scored blind in the same session
# (recorded from ffcd55e, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE17 = ["fr-tune17", "de-tune17", "es-tune17", "it-tune17", "nl-tune17"]
# <code>-tune18: texts labelled in session 41, first scored blind in the same session
# (recorded from d411c66, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE18 = ["fr-tune18", "de-tune18", "es-tune18", "it-tune18", "nl-tune18"]
# <code>-tune19: texts labelled in session 42, first scored blind in the same session
# (recorded from b15c5ec, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE19 = ["fr-tune19", "de-tune19", "es-tune19", "it-tune19", "nl-tune19"]
# <code>-tune20: texts labelled in session 42 (second batch), first scored blind in the same session
# (recorded from a2089b1, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE20 = ["fr-tune20", "de-tune20", "es-tune20", "it-tune20", "nl-tune20"]
# <code>-tune21: texts labelled in session 43, first scored blind in the same session
# (recorded from fd96a6d, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE21 = ["fr-tune21", "de-tune21", "es-tune21", "it-tune21", "nl-tune21"]
# <code>-tune22: texts labelled in session 43 (second batch), first scored blind in the same session
# (recorded from af131ac, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE22 = ["fr-tune22", "de-tune22", "es-tune22", "it-tune22", "nl-tune22"]
# <code>-tune23: texts labelled in session 44, first scored blind in the same session
# (recorded from c143ba67, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE23 = ["fr-tune23", "de-tune23", "es-tune23", "it-tune23", "nl-tune23"]
# <code>-tune24: texts labelled in session 44 (second batch), first scored blind in the same session
# (recorded from 2a5fee4f, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE24 = ["fr-tune24", "de-tune24", "es-tune24", "it-tune24", "nl-tune24"]
# <code>-tune25: texts labelled in session 45, first scored blind in the same session
# (recorded from 4ff938c3, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE25 = ["fr-tune25", "de-tune25", "es-tune25", "it-tune25", "nl-tune25"]
# <code>-tune26: texts labelled in session 45 (second batch), first scored blind in the same session
# (recorded from 8505d417, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE26 = ["fr-tune26", "de-tune26", "es-tune26", "it-tune26", "nl-tune26"]
# <code>-tune27: texts labelled in session 46, first scored blind in the same session
# (recorded from 1a08ad91, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE27 = ["fr-tune27", "de-tune27", "es-tune27", "it-tune27", "nl-tune27"]
# <code>-tune28: texts labelled in session 46 (second batch), first scored blind in the same session
# (recorded from fbdc813b, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE28 = ["fr-tune28", "de-tune28", "es-tune28", "it-tune28", "nl-tune28"]
# <code>-tune29: texts labelled in session 47, first scored blind in the same session
# (recorded from a9469773, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE29 = ["fr-tune29", "de-tune29", "es-tune29", "it-tune29", "nl-tune29"]
# <code>-tune30: texts labelled in session 48, first scored blind in the same session
# (recorded from 18aa86db, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE30 = ["fr-tune30", "de-tune30", "es-tune30", "it-tune30", "nl-tune30"]
# <code>-tune31: texts labelled in session 49, first scored blind in the same session
# (recorded from 6a60eb38, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE31 = ["fr-tune31", "de-tune31", "es-tune31", "it-tune31", "nl-tune31"]
# <code>-tune32: texts labelled in session 49 (second batch), first scored blind in the same session
# (recorded from 1a26d02e, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE32 = ["fr-tune32", "de-tune32", "es-tune32", "it-tune32", "nl-tune32"]
# <code>-tune33: texts labelled in session 50, first scored blind in the same session
# (recorded from 405f56ee, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE33 = ["fr-tune33", "de-tune33", "es-tune33", "it-tune33", "nl-tune33"]
# <code>-tune34: texts labelled in session 50, first scored blind in the same session
# (recorded from cb931f12, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE34 = ["fr-tune34", "de-tune34", "es-tune34", "it-tune34", "nl-tune34"]
# <code>-tune35: texts labelled in session 51, first scored blind in the same session
# (recorded from 9d663d78, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE35 = ["fr-tune35", "de-tune35", "es-tune35", "it-tune35", "nl-tune35"]
# <code>-tune36: texts labelled in session 51, first scored blind in the same session
# (recorded from 37f3502f, which registers them after their labels and holds L388 and L390,
# none of their errors read before); then tune; ours only.
LANGUAGE_TUNE36 = ["fr-tune36", "de-tune36", "es-tune36", "it-tune36"]  # no Dutch text
# <code>-tune37: texts labelled in session 52, first scored blind in the same session
# (recorded from d401c72f, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE37 = ["fr-tune37", "de-tune37", "es-tune37", "it-tune37", "nl-tune37"]
# <code>-tune38: texts labelled in session 52 (second batch), first scored blind in the same session
# (recorded from e19a6850, the commit after their labels, none of their errors read
# before); then tune; ours only.
LANGUAGE_TUNE38 = ["fr-tune38", "de-tune38", "es-tune38", "it-tune38", "nl-tune38"]
# <code>-tune39 and <code>-tune40: texts labelled in session 53 by two helpers at once, first
# scored blind in the same session (recorded from 58703dd6, the commit after their labels,
# none of their errors read before); then tune; ours only.
LANGUAGE_TUNE39 = ["fr-tune39", "de-tune39", "es-tune39", "it-tune39", "nl-tune39"]
LANGUAGE_TUNE40 = ["fr-tune40", "de-tune40", "es-tune40", "it-tune40", "nl-tune40"]
# <code>-tune41 and <code>-tune42: texts labelled in session 54 by two helpers at once, first
# scored blind in the same session (recorded from 84acac8d, the commit after their labels,
# none of their errors read before); then tune; ours only.
LANGUAGE_TUNE41 = ["fr-tune41", "de-tune41", "es-tune41", "it-tune41", "nl-tune41"]
LANGUAGE_TUNE42 = ["fr-tune42", "de-tune42", "es-tune42", "it-tune42", "nl-tune42"]
# <code>-tune43 and <code>-tune44: texts labelled in session 55 by two helpers at once, first
# scored blind in the same session (recorded from eaa47072, the commit that registers them
# after their labels, none of their errors read before); then tune; ours only.
LANGUAGE_TUNE43 = ["fr-tune43", "de-tune43", "es-tune43", "it-tune43"]  # no Dutch text
LANGUAGE_TUNE44 = ["fr-tune44", "de-tune44", "es-tune44", "it-tune44", "nl-tune44"]
LANGUAGE_LATER = (
    LANGUAGE_TUNE5
    + LANGUAGE_TUNE6
    + LANGUAGE_TUNE7
    + LANGUAGE_TUNE8
    + LANGUAGE_TUNE9
    + LANGUAGE_TUNE10
    + LANGUAGE_TUNE11
    + LANGUAGE_TUNE12
    + LANGUAGE_TUNE13
    + LANGUAGE_TUNE14
    + LANGUAGE_TUNE15
    + LANGUAGE_TUNE16
    + LANGUAGE_TUNE17
    + LANGUAGE_TUNE18
    + LANGUAGE_TUNE19
    + LANGUAGE_TUNE20
    + LANGUAGE_TUNE21
    + LANGUAGE_TUNE22
    + LANGUAGE_TUNE23
    + LANGUAGE_TUNE24
    + LANGUAGE_TUNE25
    + LANGUAGE_TUNE26
    + LANGUAGE_TUNE27
    + LANGUAGE_TUNE28
    + LANGUAGE_TUNE29
    + LANGUAGE_TUNE30
    + LANGUAGE_TUNE31
    + LANGUAGE_TUNE32
    + LANGUAGE_TUNE33
    + LANGUAGE_TUNE34
    + LANGUAGE_TUNE35
    + LANGUAGE_TUNE36
    + LANGUAGE_TUNE37
    + LANGUAGE_TUNE38
    + LANGUAGE_TUNE39
    + LANGUAGE_TUNE40
    + LANGUAGE_TUNE41
    + LANGUAGE_TUNE42
    + LANGUAGE_TUNE43
    + LANGUAGE_TUNE44
)
for _name in LANGUAGE_SETS + LANGUAGE_LATER:
    _code, _half = _name.split("-")
    RESULTS[_name] = ROOT / "benchmarks" / "results" / "languages" / _code / _half
    SAMPLE_DIRS[_name] = ROOT / "languages" / _code / _half
RUNS = [(d, s) for d in ("samples", "doj12", "heldout") for s in ("ours", "naive")]
# tune/ (56 documents, tune/doj12 among them): ours, recorded 2026-12-01.
RUNS += [("tune", "ours")]
# tune3/ (6 English texts labelled in session 10, first scored blind, then tune): ours.
RUNS += [("tune3", "ours")]
# tune4/ (6 English texts labelled in session 11, first scored blind, then tune): ours.
RUNS += [("tune4", "ours")]
# tune5/ (7 English texts labelled in session 18, first scored blind, then tune): ours and
# the naive baseline, recorded in one interleaved run.
RUNS += [("tune5", "ours"), ("tune5", "naive")]
# tune6/ (12 English texts labelled in session 20, first scored blind in session 21, then
# tune): ours and the naive baseline, recorded in one interleaved run.
RUNS += [("tune6", "ours"), ("tune6", "naive")]
# tune7/ (12 English texts labelled in session 23, first scored blind in the same session,
# then tune): ours and the naive baseline, recorded in one interleaved run.
RUNS += [("tune7", "ours"), ("tune7", "naive")]
# tune8/ (12 English texts labelled in session 25, first scored blind in the same session,
# then tune): ours and the naive baseline, recorded in one interleaved run.
RUNS += [("tune8", "ours"), ("tune8", "naive")]
# tune9/ (12 English texts labelled in session 25, second batch, first scored blind in the
# same session): ours and the naive baseline, recorded in one interleaved run.
RUNS += [("tune9", "ours"), ("tune9", "naive")]
# tune10/ (12 English texts labelled in session 26, first scored blind in the same session,
# from the commit that held that session's L77 to L83): ours and the naive baseline,
# recorded in one interleaved run.
RUNS += [("tune10", "ours"), ("tune10", "naive")]
# tune11/ (12 English texts labelled in session 27, first scored blind in the same session,
# from the commit after its labels, before that session's L92 to L96): ours and the naive
# baseline, recorded in one interleaved run.
RUNS += [("tune11", "ours"), ("tune11", "naive")]
# tune12/ (12 English texts labelled in session 28, first scored blind in the same session,
# from the commit after its labels, before that session's L105 to L107): ours only (the
# machine ran at a third of its usual speed, and the naive baseline's recording was given
# up after one text so that the five languages' tune7 could be recorded too).
RUNS += [("tune12", "ours")]
# tune13/ (12 English texts labelled in session 30, first scored blind in the same session,
# from fcd3ab1, the commit after its labels, before that session's L116 and L119): ours only.
RUNS += [("tune13", "ours")]
# tune14/ (8 English texts labelled in session 32, first scored blind in the same session,
# from 2e7e727, the commit after its labels; no change was made after it): ours only.
RUNS += [("tune14", "ours")]
# tune15/ (10 English texts labelled in session 35, first scored blind in the same session,
# from 1161f66, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune15", "ours")]
# tune16/ (10 English texts labelled in session 36, first scored blind in the same session,
# from a6c634d, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune16", "ours")]
# tune17/ (10 English texts labelled in session 37, first scored blind in the same session,
# from 9871fec, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune17", "ours")]
# tune18/ (10 English texts labelled in session 38, first scored blind in the same session,
# from 3c1d88e, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune18", "ours")]
# tune19/ (10 English texts labelled in session 38, second batch, first scored blind in the
# same session, from 0d943a8, the commit after its labels, none of its errors read before):
# ours only.
RUNS += [("tune19", "ours")]
# tune20/ (10 English texts labelled in session 39, first scored blind in the same session,
# from 03ce136, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune20", "ours")]
# tune21/ (10 English texts labelled in session 40, first scored blind in the same session,
# from 936b6d9, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune21", "ours")]
# tune22/ (10 English texts labelled in session 40 (second batch), first scored blind in the same session,
# from ffcd55e, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune22", "ours")]
# tune23/ (10 English texts labelled in session 41, first scored blind in the same session,
# from 1d3163c, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune23", "ours")]
# tune24/ (8 English texts labelled in session 41 (second batch), first scored blind in the same session,
# from 7837c8e, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune24", "ours")]
# tune25/ (8 English texts labelled in session 42, first scored blind in the same session,
# from b15c5ec, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune25", "ours")]
# tune26/ (9 English texts labelled in session 42 (second batch), first scored blind in the same session,
# from a2089b1, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune26", "ours")]
# tune27/ (8 English texts labelled in session 43, first scored blind in the same session,
# from fd96a6d, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune27", "ours")]
# tune28/ (8 English texts labelled in session 43 (second batch), first scored blind in the same session,
# from af131ac, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune28", "ours")]
# tune29/ (8 English texts labelled in session 44, first scored blind in the same session,
# from c143ba67, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune29", "ours")]
# tune30/ (8 English texts labelled in session 44 (second batch), first scored blind in the same session,
# from 7c49f9d9, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune30", "ours")]
# tune31/ (8 English texts labelled in session 45, first scored blind in the same session,
# from 3c84b13a, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune31", "ours")]
# tune32/ (8 English texts labelled in session 45 (second batch), first scored blind in the same session,
# from 68a0715e, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune32", "ours")]
# tune33/ (8 English texts labelled in session 46, first scored blind in the same session,
# from c8953043, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune33", "ours")]
# tune34/ (8 English texts labelled in session 46 (second batch), first scored blind in the same session,
# from 2e655359, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune34", "ours")]
# tune35/ (8 English texts labelled in session 47, first scored blind in the same session,
# from 7f851764, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune35", "ours")]
# tune36/ (7 English texts labelled in session 48, first scored blind in the same session,
# from 18aa86db, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune36", "ours")]
# tune37/ (8 English texts labelled in session 49, first scored blind in the same session,
# from 1783cf2e, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune37", "ours")]
# tune38/ (8 English texts labelled in session 49 (second batch), first scored blind in the same session,
# from 1a26d02e, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune38", "ours")]
# tune39/ (8 English texts labelled in session 50, first scored blind in the same session,
# from 405f56ee, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune39", "ours")]
# tune40/ (8 English texts labelled in session 50, first scored blind in the same session,
# from cb931f12, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune40", "ours")]
# tune41/ (8 English texts labelled in session 51, first scored blind in the same session,
# from 9d663d78, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune41", "ours")]
# tune42/ (8 English texts labelled in session 51, first scored blind in the same session,
# from 37f3502f, which registers it after its labels and holds L388 and L390, none of its
# errors read before): ours only.
RUNS += [("tune42", "ours")]
# tune43/ (6 English texts labelled in session 52, first scored blind in the same session,
# from d401c72f, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune43", "ours")]
# tune44/ (6 English texts labelled in session 52 (second batch), first scored blind in the same session,
# from e19a6850, the commit after its labels, none of its errors read before): ours only.
RUNS += [("tune44", "ours")]
# tune45/ and tune46/ (8 and 6 English texts labelled in session 53 by two helpers at once,
# first scored blind in the same session, from 58703dd6, the commit after their labels,
# none of their errors read before): ours only.
RUNS += [("tune45", "ours"), ("tune46", "ours")]
# tune47/ and tune48/ (8 and 6 English texts labelled in session 54 by two helpers at once,
# first scored blind in the same session, from 84acac8d, the commit after their labels,
# none of their errors read before): ours only.
RUNS += [("tune47", "ours"), ("tune48", "ours")]
# tune49/ and tune50/ (6 and 4 English texts labelled in session 55 by two helpers at once,
# first scored blind in the same session, from eaa47072, the commit that registers them
# after their labels, none of their errors read before): ours only.
RUNS += [("tune49", "ours"), ("tune50", "ours")]
# French, German, Spanish, Italian and Dutch: ours (English instructions, the text as it
# is) on both halves, on tune2 (26 texts labelled after the split, recorded in session
# 9), tune3 (20 more, session 10) and tune4 (15 more, session 11), and on tune the
# instructions translated (ours_native), the measurement that chose between them.
RUNS += [(d, "ours") for d in LANGUAGE_SETS + LANGUAGE_LATER] + [
    (d, "ours_native") for d in LANGUAGE_SETS if d.endswith("-tune")
]
# ours with confirm=True (each action only the model found asked about again), recorded
# on top of ours' cassettes: English samples, doj12, tune and heldout, and every language
# half; on the English tune3 to tune6 and the languages' tune2 to tune5 since session 23.
RUNS += [
    (d, "ours_confirm")
    for d in (
        "samples",
        "doj12",
        "tune",
        "heldout",
        "tune3",
        "tune4",
        "tune5",
        "tune6",
        *LANGUAGE_SETS,
        *LANGUAGE_TUNE5,
    )
]
# What the held-out set (heldout/, never tuned on) gives with the code that reads the
# answers as it stands (raised in the eighth, ninth and tenth sessions from the first
# recording's P 0.5574, R 0.6182, F1 0.5862; and in the thirty-fifth from P 0.7347, R 0.6545,
# F1 0.6923). A later change may raise these, never lower them: re-scoring cannot buy a
# number by giving up held-out quality.
HELDOUT_FLOOR = {"precision": 0.74, "recall": 0.6727, "f1": 0.7048}
QUALITY = ("overall", "by_type", "fields", "grounding")


def load_runner():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("dataset", "system"), RUNS)
def test_replayed_evaluation_equals_committed_results(dataset, system, tmp_path):
    results = RESULTS[dataset]
    committed = json.loads((results / system / "metrics.json").read_text())
    assert committed["meta"]["model"] == "qwen2.5-coder-1.5b-instruct-q4_k_m"
    assert committed["meta"]["machine"]["cpus"] and committed["meta"]["date"]
    replayed = load_runner().run(system, record=False, out=tmp_path, dataset=dataset)
    for key in QUALITY:
        assert replayed[key] == committed[key], key
    for sid, sample in committed["samples"].items():
        assert replayed["samples"][sid]["f1"] == sample["f1"], sid
        saved = json.loads((results / system / "predictions" / f"{sid}.json").read_text())
        again = json.loads((tmp_path / system / "predictions" / f"{sid}.json").read_text())
        assert again["events"] == saved["events"], sid


@pytest.mark.parametrize(("dataset", "system"), RUNS)
def test_independent_scorer_agrees_on_committed_predictions(dataset, system):
    results = RESULTS[dataset]
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "independent_scorer.py"),
            str(SAMPLE_DIRS[dataset]),
            str(results / system / "predictions"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(result.stdout)
    ours = json.loads((results / system / "metrics.json").read_text())
    assert theirs["overall"] == {k: v for k, v in ours["overall"].items()}
    for name, value in theirs["fields"].items():
        assert (value["correct"], value["total"]) == (
            ours["fields"][name]["correct"],
            ours["fields"][name]["total"],
        ), name
    assert theirs["grounding"]["grounded"] == ours["grounding"]["grounded"]
    assert theirs["grounding"]["total"] == ours["grounding"]["total"]


def test_heldout_metrics_stay_at_or_above_their_floor(tmp_path):
    replayed = load_runner().run("ours", record=False, out=tmp_path, dataset="heldout")
    for key, floor in HELDOUT_FLOOR.items():
        assert replayed["overall"][key] >= floor, (key, replayed["overall"][key], floor)
    for key, floor in HELDOUT_FIELD_FLOOR.items():
        got = replayed["fields"][key]["accuracy"]
        assert got is not None and got >= floor, (key, got, floor)
    assert replayed["grounding"]["rate"] == 1.0


# The held-out fields' accuracy on matched events, as the twenty-second session left them
# (count 22/27, country 26/35, date 25/30, money 4/6, quantity 1/7; count and country were
# 21/27 and 25/35 from the sixteenth session; country 28/35 from the thirty-fourth;
# country 29/36 and date 26/31 from the thirty-fifth; country 30/36 from the
# forty-second); raised, never lowered.
HELDOUT_FIELD_FLOOR = {
    "count": 0.8148,
    "country": 0.8333,
    "date": 0.8387,
    "money": 0.6666,
    "quantity": 0.1428,
}


# What the five languages' held-out halves (languages/*/heldout, never tuned on) give,
# pooled, with today's code (raised in the eighth, ninth, eleventh, thirteenth and
# fourteenth, nineteenth, twenty-third and thirty-fifth sessions from the first recording's
# P 0.4504, R 0.686, F1 0.5438); later changes may raise these, never lower them.
LANGUAGE_HELDOUT_FLOOR = {"precision": 0.6774, "recall": 0.7325, "f1": 0.7039}


def test_language_heldout_metrics_stay_at_or_above_their_floor(tmp_path):
    from enforcement_events.evaluation import load_samples
    from enforcement_events.evaluation_run import load_predictions, score_predictions

    runner = load_runner()
    samples, preds = [], {}
    for code in ("fr", "de", "es", "it", "nl"):
        dataset = f"{code}-heldout"
        runner.run("ours", record=False, out=tmp_path / dataset, dataset=dataset)
        these = load_samples(SAMPLE_DIRS[dataset])
        samples += these
        preds.update(load_predictions(tmp_path / dataset / "ours" / "predictions", these))
    pooled = score_predictions(samples, preds)
    for key, floor in LANGUAGE_HELDOUT_FLOOR.items():
        assert pooled["overall"][key] >= floor, (key, pooled["overall"][key], floor)
    for key, floor in LANGUAGE_HELDOUT_FIELD_FLOOR.items():
        got = pooled["fields"][key]["accuracy"]
        assert got is not None and got >= floor, (key, got, floor)
    assert pooled["grounding"]["rate"] == 1.0


# The same for the five languages' held-out halves, pooled (count 37/46, country 52/62,
# date 34/45, quantity 4/6 in the nineteenth session; country 56/62 from the
# thirty-fourth; count 39/47 and country 57/63 from the thirty-sixth); raised, never lowered.
LANGUAGE_HELDOUT_FIELD_FLOOR = {
    "count": 0.8297,
    "country": 0.9047,
    "date": 0.7555,
    "quantity": 0.6666,
}


@pytest.mark.parametrize(("dataset", "system"), RUNS)
def test_no_committed_document_failed(dataset, system):
    """A replay that cannot find a recorded request fails the document (scored as no
    events); committed results must come from documents that all ran."""
    folder = RESULTS[dataset] / system / "predictions"
    failed = [p.name for p in folder.glob("*.json") if "error" in json.loads(p.read_text())]
    assert failed == []
