"""Scoring predictions against labelled samples, exactly as ``samples/SPEC.md`` says.

Pure: no network, no model. Predictions use SPEC.md's field names (``type``,
``evidence`` as a list of strings, ``aggregate``, ``count``, ``country``,
``date``, ``sentence_months``, ``money``, ``items``), so files written by any
system can be scored.

1. Pairing: same ``type`` and evidence overlapping a mention (in characters of
   the sample text); one to one, the pair with the largest overlap first.
2. Precision = predictions matched to required events / (predictions - those
   matched to optional events); recall = required gold matched / required gold.
3. Field accuracy on pairs matched to required events, where gold has a value.
4. Grounding rate: share of predicted evidence strings found in the text after
   normalising whitespace and quote characters.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .text import normalize

__all__ = [
    "FIELDS",
    "Pair",
    "Sample",
    "SampleScore",
    "Tally",
    "load_samples",
    "pair_events",
    "score_sample",
    "summarize",
]

FIELDS = ("count", "country", "date", "sentence_months", "money", "quantity", "aggregate")


@dataclass(frozen=True)
class Sample:
    """One labelled sample: its id, text, publication date and gold events."""

    id: str
    text: str
    published: str | None
    events: list[dict[str, Any]]


def load_samples(folder: Path) -> list[Sample]:
    """Read every ``NAME.txt`` with its ``NAME.gold.json`` from ``folder`` and its
    subfolders, sorted by name; names must be unique across the subfolders."""
    samples = []
    seen: set[str] = set()
    for gold_path in sorted(folder.rglob("*.gold.json"), key=lambda p: p.name):
        stem = gold_path.name[: -len(".gold.json")]
        if stem in seen:
            raise ValueError(f"two samples named {stem!r} under {folder}: rename one")
        seen.add(stem)
        text = gold_path.with_name(f"{stem}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        samples.append(Sample(stem, text, gold.get("published"), gold["events"]))
    if not samples:
        raise FileNotFoundError(f"no *.gold.json samples in {folder}")
    return samples


def _spans(needle: str, text: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text``; else its place after normalising."""
    needle = needle.strip()
    out = []
    start = text.find(needle)
    while needle and start >= 0:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    if out or not needle:
        return out
    from .grounding import locate

    # SPEC.md: verbatim after normalising whitespace and quotes; never fuzzy, case kept
    span = locate(needle, text, threshold=101, ignore_case=False)
    return [(span.start, span.end)] if span else []


def is_grounded(evidence: str, text: str) -> bool:
    """SPEC.md's grounding test: verbatim after normalising whitespace and quotes."""
    return bool(evidence.strip()) and normalize(evidence) in normalize(text)


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return max((min(x[1], y[1]) - max(x[0], y[0]) for x in a for y in b), default=0)


@dataclass(frozen=True)
class Pair:
    """A prediction matched to a gold event (indexes into their lists)."""

    pred: int
    gold: int
    overlap: int


def pair_events(preds: list[dict[str, Any]], gold: list[dict[str, Any]], text: str) -> list[Pair]:
    """Pair predictions with gold events: same type, overlapping evidence, best first."""
    pred_spans = [[s for ev in p.get("evidence") or [] for s in _spans(ev, text)] for p in preds]
    gold_spans = [[s for m in g["mentions"] for s in _spans(m, text)] for g in gold]
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(gold):
            if p.get("type") != g["type"]:
                continue
            ov = _overlap(pred_spans[i], gold_spans[j])
            if ov > 0:
                candidates.append(Pair(i, j, ov))
    candidates.sort(key=lambda c: (-c.overlap, c.pred, c.gold))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for c in candidates:
        if c.pred in used_p or c.gold in used_g:
            continue
        used_p.add(c.pred)
        used_g.add(c.gold)
        pairs.append(c)
    return sorted(pairs, key=lambda c: c.pred)


def _as_set(country: Any) -> set[str]:
    if country is None:
        return set()
    return {country} if isinstance(country, str) else set(country)


def _money_key(amount: Any, currency: Any) -> tuple[float, str] | None:
    if amount is None:
        return None
    return float(amount), str(currency or "").upper()


def field_checks(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, list[bool]]:
    """For each scored field where gold has a value: was the prediction right?"""
    out: dict[str, list[bool]] = defaultdict(list)
    if gold.get("count") is not None:
        out["count"].append(pred.get("count") == gold["count"])
    if gold.get("country") is not None and _as_set(gold["country"]):
        out["country"].append(_as_set(pred.get("country")) == _as_set(gold["country"]))
    if gold.get("date"):
        d = pred.get("date") or ""
        out["date"].append(d[: len(gold["date"])] == gold["date"])
    if gold.get("sentence_months") is not None:
        sm = pred.get("sentence_months")
        out["sentence_months"].append(
            sm is not None and float(sm) == float(gold["sentence_months"])
        )
    pred_money = set()
    if pred.get("money"):
        pred_money.add(_money_key(pred["money"].get("amount"), pred["money"].get("currency")))
    pred_money |= {_money_key(i.get("amount"), i.get("currency")) for i in pred.get("items") or []}
    if gold.get("money"):
        out["money"].append(
            _money_key(gold["money"]["amount"], gold["money"]["currency"]) in pred_money
        )
    pred_qty = [i.get("quantity") for i in pred.get("items") or [] if i.get("quantity") is not None]
    for item in gold.get("items") or []:
        if item.get("amount") is not None:
            out["money"].append(_money_key(item["amount"], item.get("currency")) in pred_money)
        if item.get("quantity") is not None:
            out["quantity"].append(item["quantity"] in pred_qty)
    if gold.get("aggregate") is not None:
        out["aggregate"].append(bool(pred.get("aggregate")) == bool(gold["aggregate"]))
    return out


@dataclass
class Tally:
    """Counts that add up across samples (micro averaging)."""

    predicted: int = 0
    matched_required: int = 0
    matched_optional: int = 0
    required: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally into this one."""
        self.predicted += other.predicted
        self.matched_required += other.matched_required
        self.matched_optional += other.matched_optional
        self.required += other.required

    @property
    def precision(self) -> float:
        denom = self.predicted - self.matched_optional
        return self.matched_required / denom if denom else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and the three rates, rounded for reading."""
        return {
            "predicted": self.predicted,
            "matched": self.matched_required,
            "matched_optional": self.matched_optional,
            "required": self.required,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class SampleScore:
    """Everything measured on one sample."""

    id: str
    overall: Tally
    by_type: dict[str, Tally]
    fields: dict[str, list[bool]]
    evidence_total: int
    evidence_grounded: int
    pairs: list[Pair] = field(default_factory=list)


def score_sample(preds: list[dict[str, Any]], sample: Sample) -> SampleScore:
    """Score one sample's predictions (SPEC field names) against its gold."""
    pairs = pair_events(preds, sample.events, sample.text)
    by_type: dict[str, Tally] = defaultdict(Tally)
    overall = Tally(predicted=len(preds))
    for p in preds:
        by_type[str(p.get("type"))].predicted += 1
    for g in sample.events:
        if g["required"]:
            overall.required += 1
            by_type[g["type"]].required += 1
    fields: dict[str, list[bool]] = defaultdict(list)
    for pair in pairs:
        g = sample.events[pair.gold]
        t = by_type[g["type"]]
        if g["required"]:
            overall.matched_required += 1
            t.matched_required += 1
            for name, checks in field_checks(preds[pair.pred], g).items():
                fields[name].extend(checks)
        else:
            overall.matched_optional += 1
            t.matched_optional += 1
    evidence = [e for p in preds for e in p.get("evidence") or []]
    grounded = sum(is_grounded(e, sample.text) for e in evidence)
    return SampleScore(
        sample.id, overall, dict(by_type), dict(fields), len(evidence), grounded, pairs
    )


def summarize(scores: Iterable[SampleScore]) -> dict[str, Any]:
    """Micro-averaged metrics over samples: overall, per type, fields, grounding, per sample."""
    overall = Tally()
    by_type: dict[str, Tally] = defaultdict(Tally)
    fields: dict[str, list[bool]] = defaultdict(list)
    ev_total = ev_grounded = 0
    per_sample = {}
    for s in scores:
        overall.add(s.overall)
        for t, tally in s.by_type.items():
            by_type[t].add(tally)
        for name, checks in s.fields.items():
            fields[name].extend(checks)
        ev_total += s.evidence_total
        ev_grounded += s.evidence_grounded
        per_sample[s.id] = s.overall.as_dict()
    return {
        "overall": overall.as_dict(),
        "by_type": {t: by_type[t].as_dict() for t in sorted(by_type)},
        "fields": {
            name: {
                "correct": sum(fields[name]),
                "total": len(fields[name]),
                "accuracy": round(sum(fields[name]) / len(fields[name]), 4)
                if fields[name]
                else None,
            }
            for name in FIELDS
        },
        "grounding": {
            "grounded": ev_grounded,
            "total": ev_total,
            "rate": round(ev_grounded / ev_total, 4) if ev_total else None,
        },
        "samples": per_sample,
    }
