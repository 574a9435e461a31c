"""Per-language results on languages/<code>/{tune,heldout}, and the five together.

Reads the committed predictions (benchmarks/results/languages/<code>/<half>/<system>/)
written by ``benchmarks/run.py --set <code>-<half> --record [--system ours_native]`` and
scores them again against the gold, each language alone and all five pooled.

    python benchmarks/languages.py                    # held-out half, ours
    python benchmarks/languages.py --half tune --system ours --system ours_native
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from enforcement_events.evaluation import Sample, load_samples
from enforcement_events.evaluation_run import load_predictions, score_predictions

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "de", "es", "it", "nl")
# Each language's labelled halves, in the order they were labelled; benchmarks/run.py
# registers a set "<code>-<half>" for each.
HALVES = (
    "tune",
    "tune2",
    "tune3",
    "tune4",
    "tune5",
    "tune6",
    "tune7",
    "tune8",
    "tune9",
    "tune10",
    "tune11",
    "tune12",
    "tune13",
    "tune14",
    "tune15",
    "tune16",
    "tune17",
    "tune18",
    "tune19",
    "tune20",
    "tune21",
    "tune22",
    "tune23",
    "tune24",
    "tune25",
    "tune26",
    "tune27",
    "tune28",
    "tune29",
    "tune30",
    "tune31",
    "tune32",
    "tune33",
    "tune34",
    "tune35",
    "tune36",
    "tune37",
    "tune38",
    "tune39",
    "tune40",
    "tune41",
    "tune42",
    "tune43",
    "tune44",
    "heldout",
)


def scores(half: str, system: str) -> dict[str, dict[str, Any]]:
    """Metrics per language and for all five pooled ("all")."""
    out: dict[str, dict[str, Any]] = {}
    pooled_samples: list[Sample] = []
    pooled: dict[str, dict[str, Any]] = {}
    for code in LANGUAGES:
        if not any((ROOT / "languages" / code / half).glob("*.gold.json")):
            continue  # a set not labelled in this language (tune5: no French texts yet)
        samples = load_samples(ROOT / "languages" / code / half)
        folder = ROOT / "benchmarks" / "results" / "languages" / code / half / system
        if not (folder / "metrics.json").exists():
            continue  # labelled, not recorded yet (tune8: Italian first, session 30)
        preds = load_predictions(folder / "predictions", samples)
        out[code] = score_predictions(samples, preds)
        pooled_samples += samples
        pooled.update(preds)
    out["all"] = score_predictions(pooled_samples, pooled)
    return out


def _field(metrics: dict[str, Any], name: str) -> str:
    f = metrics["fields"][name]
    return "n/a" if f["accuracy"] is None else f"{f['accuracy']:.2f} ({f['correct']}/{f['total']})"


def table(half: str, system: str) -> str:
    rows = [
        f"**{half}, {system}**\n",
        "| language | docs | P | R | F1 | found / required | count | country | date | "
        "sentence_months | money | grounding | median s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for code, m in scores(half, system).items():
        o = m["overall"]
        median = m.get("seconds", {}).get("median")
        rows.append(
            f"| {code} | {len(m['samples'])} | {o['precision']:.3f} | {o['recall']:.3f} | "
            f"{o['f1']:.3f} | {o['matched']}/{o['required']} | {_field(m, 'count')} | "
            f"{_field(m, 'country')} | {_field(m, 'date')} | {_field(m, 'sentence_months')} | "
            f"{_field(m, 'money')} | {m['grounding']['rate']} | "
            f"{'' if median is None else f'{median:.1f}'} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--half",
        choices=HALVES,
        default="heldout",
    )
    parser.add_argument(
        "--system", action="append", choices=("ours", "ours_native", "ours_confirm")
    )
    parser.add_argument("--json", action="store_true", help="the pooled metrics as JSON")
    args = parser.parse_args()
    for system in args.system or ["ours"]:
        if args.json:
            print(json.dumps({k: v["overall"] for k, v in scores(args.half, system).items()}))
        else:
            print(table(args.half, system) + "\n")


if __name__ == "__main__":
    main()
