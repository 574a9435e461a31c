#!/usr/bin/env python3
"""Independent scorer for the information-extraction evaluation described in
samples/SPEC.md ("Scoring" section and "Fields" table).

Written from SPEC.md alone, without reading enforcement_events.evaluation, so that
the two implementations check each other (tests/test_recorded_evaluation.py).

Usage:
    python benchmarks/independent_scorer.py SAMPLES_DIR PREDICTIONS_DIR

SAMPLES_DIR      NAME.txt + NAME.gold.json pairs.
PREDICTIONS_DIR  NAME.json files: {"events": [ {type, evidence: [str], aggregate,
                 count, country, date, sentence_months, money, items}, ... ]}

Prints one JSON object to stdout (see bottom of file). Warnings go to stderr.
Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# ---------------------------------------------------------------- normalising

# Typographic quotes -> ASCII quotes.
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u02bc"  # ‘ ’ ‚ ‛ ′ ‵ ʼ
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb"  # “ ” „ ‟ ″ ‶ « »
_QUOTE_MAP = {ord(c): "'" for c in _SINGLE_QUOTES}
_QUOTE_MAP.update({ord(c): '"' for c in _DOUBLE_QUOTES})


def normalise_with_map(s: str) -> tuple[str, list[int], list[int]]:
    """Collapse every whitespace run to one space and map typographic quotes to
    ASCII. Returns (normalised, starts, ends): normalised char i comes from
    original span [starts[i], ends[i])."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isspace():
            j = i
            while j < n and s[j].isspace():
                j += 1
            out.append(" ")
            starts.append(i)
            ends.append(j)
            i = j
        else:
            out.append(ch.translate(_QUOTE_MAP))
            starts.append(i)
            ends.append(i + 1)
            i += 1
    return "".join(out), starts, ends


def normalise(s: str) -> str:
    return re.sub(r"\s+", " ", s).translate(_QUOTE_MAP)


def find_all(hay: str, needle: str) -> list[int]:
    """All start positions of needle in hay, overlapping occurrences included."""
    res = []
    if not needle:
        return res
    pos = hay.find(needle)
    while pos != -1:
        res.append(pos)
        pos = hay.find(needle, pos + 1)
    return res


class Text:
    def __init__(self, raw: str):
        self.raw = raw
        self.norm, self.starts, self.ends = normalise_with_map(raw)

    def spans(self, s) -> list[tuple[int, int]]:
        """Character spans (in the original text) of every occurrence of s:
        verbatim first; if none, after normalising whitespace and quotes
        (evidence stripped of leading/trailing whitespace) mapped back."""
        if not isinstance(s, str) or not s.strip():
            return []
        hits = find_all(self.raw, s)
        if hits:
            return [(p, p + len(s)) for p in hits]
        ns = normalise(s).strip()
        if not ns:
            return []
        out = []
        for p in find_all(self.norm, ns):
            q = p + len(ns) - 1
            out.append((self.starts[p], self.ends[q]))
        return out

    def grounded(self, s) -> bool:
        if not isinstance(s, str):
            return False
        ns = normalise(s).strip()
        return bool(ns) and ns in self.norm


def max_overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    best = 0
    for a0, a1 in a:
        for b0, b1 in b:
            ov = min(a1, b1) - max(a0, b0)
            if ov > best:
                best = ov
    return best


# ---------------------------------------------------------------- value helpers


def is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def num_eq(a, b) -> bool:
    return is_num(a) and is_num(b) and a == b


def as_country_set(x) -> set:
    if x is None:
        return set()
    if isinstance(x, str):
        return {x}
    if isinstance(x, list):
        return {c for c in x if c is not None}
    return {repr(x)}


def money_pairs(ev: dict) -> list[tuple]:
    """(amount, currency) pairs from a predicted event's money and items."""
    out = []
    m = ev.get("money")
    if isinstance(m, dict):
        out.append((m.get("amount"), m.get("currency")))
    items = ev.get("items")
    if isinstance(items, list):
        for it in items:
            if isinstance(it, dict):
                out.append((it.get("amount"), it.get("currency")))
    return out


def money_match(pairs, amount, currency) -> bool:
    return any(num_eq(a, amount) and c == currency for a, c in pairs)


def pred_quantities(ev: dict) -> list:
    items = ev.get("items")
    if not isinstance(items, list):
        return []
    return [it.get("quantity") for it in items if isinstance(it, dict)]


FIELD_NAMES = ["count", "country", "date", "sentence_months", "money", "quantity", "aggregate"]


def score_fields(pred: dict, gold: dict, fields: dict) -> None:
    def add(name, ok):
        fields[name]["total"] += 1
        if ok:
            fields[name]["correct"] += 1

    g = gold.get("count")
    if g is not None:
        add("count", num_eq(pred.get("count"), g))

    g = gold.get("country")
    if g is not None:
        add("country", as_country_set(pred.get("country")) == as_country_set(g))

    g = gold.get("date")
    if g is not None:
        p = pred.get("date")
        add("date", isinstance(p, str) and p[: len(g)] == g)

    g = gold.get("sentence_months")
    if g is not None:
        add("sentence_months", num_eq(pred.get("sentence_months"), g))

    pairs = money_pairs(pred)
    gm = gold.get("money")
    if isinstance(gm, dict) and gm.get("amount") is not None:
        add("money", money_match(pairs, gm.get("amount"), gm.get("currency")))
    quantities = pred_quantities(pred)
    for it in gold.get("items") or []:
        if not isinstance(it, dict):
            continue
        if it.get("amount") is not None:
            add("money", money_match(pairs, it.get("amount"), it.get("currency")))
        if it.get("quantity") is not None:
            add("quantity", any(num_eq(q, it["quantity"]) for q in quantities))

    # aggregate: always scored; a missing/null prediction counts as false.
    add("aggregate", bool(pred.get("aggregate")) == bool(gold.get("aggregate")))


# ---------------------------------------------------------------- matching


def evidence_list(ev: dict) -> list:
    e = ev.get("evidence")
    if e is None:
        return []
    if isinstance(e, str):
        return [e]
    if isinstance(e, list):
        return e
    return []


def match_sample(text: Text, preds: list, golds: list) -> list[tuple[int, int, int]]:
    pred_spans = []
    for p in preds:
        spans = []
        if isinstance(p, dict):
            for s in evidence_list(p):
                spans.extend(text.spans(s))
        pred_spans.append(spans)
    gold_spans = []
    for g in golds:
        spans = []
        for m in g.get("mentions") or []:
            spans.extend(text.spans(m))
        gold_spans.append(spans)

    cands = []
    for pi, p in enumerate(preds):
        if not isinstance(p, dict):
            continue
        for gi, g in enumerate(golds):
            if p.get("type") != g.get("type"):
                continue
            ov = max_overlap(pred_spans[pi], gold_spans[gi])
            if ov > 0:
                cands.append((-ov, pi, gi))
    cands.sort()
    used_p, used_g, pairs = set(), set(), []
    for negov, pi, gi in cands:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi, -negov))
    return pairs


# ---------------------------------------------------------------- main


def new_counts() -> dict:
    return {"predicted": 0, "matched": 0, "matched_optional": 0, "required": 0}


def finish(c: dict) -> dict:
    denom_p = c["predicted"] - c["matched_optional"]
    p = c["matched"] / denom_p if denom_p > 0 else 0.0
    r = c["matched"] / c["required"] if c["required"] > 0 else 0.0
    f = 2 * p * r / (p + r) if (p + r) > 0 else 0.0
    out = dict(c)
    out.update(precision=round(p, 4), recall=round(r, 4), f1=round(f, 4))
    return out


def type_key(t) -> str:
    return t if isinstance(t, str) else json.dumps(t)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    samples_dir, preds_dir = Path(argv[1]), Path(argv[2])

    overall = new_counts()
    by_type: dict[str, dict] = {}
    fields = {n: {"correct": 0, "total": 0} for n in FIELD_NAMES}
    grounding = {"grounded": 0, "total": 0}

    gold_files = sorted(samples_dir.rglob("*.gold.json"), key=lambda p: p.name)
    names = {gf.name[: -len(".gold.json")] for gf in gold_files}
    for pf in sorted(preds_dir.glob("*.json")):
        if pf.stem not in names:
            print(f"warning: prediction {pf.name} has no gold sample; ignored", file=sys.stderr)

    for gf in gold_files:
        name = gf.name[: -len(".gold.json")]
        text = Text(gf.with_name(f"{name}.txt").read_text(encoding="utf-8"))
        golds = json.loads(gf.read_text(encoding="utf-8")).get("events") or []
        pf = preds_dir / f"{name}.json"
        if pf.exists():
            pdata = json.loads(pf.read_text(encoding="utf-8"))
            preds = pdata.get("events") if isinstance(pdata, dict) else pdata
            preds = preds or []
        else:
            print(
                f"warning: no prediction file for {name}; scored as no predictions", file=sys.stderr
            )
            preds = []

        for g in golds:
            if g.get("required") is not False:  # missing 'required' treated as required
                overall["required"] += 1
                by_type.setdefault(type_key(g.get("type")), new_counts())["required"] += 1
        for p in preds:
            t = type_key(p.get("type") if isinstance(p, dict) else None)
            overall["predicted"] += 1
            by_type.setdefault(t, new_counts())["predicted"] += 1
            if isinstance(p, dict):
                for s in evidence_list(p):
                    grounding["total"] += 1
                    if text.grounded(s):
                        grounding["grounded"] += 1

        for pi, gi, _ov in match_sample(text, preds, golds):
            g = golds[gi]
            t = type_key(g.get("type"))
            if g.get("required") is False:
                overall["matched_optional"] += 1
                by_type[t]["matched_optional"] += 1
            else:
                overall["matched"] += 1
                by_type[t]["matched"] += 1
                score_fields(preds[pi], g, fields)

    result = {
        "overall": finish(overall),
        "by_type": {t: finish(c) for t, c in sorted(by_type.items())},
        "fields": fields,
        "grounding": grounding,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
