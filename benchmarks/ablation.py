"""What each part bought: the committed predictions scored with the events of one part
removed, by each event's ``found_by`` (model, rules or both). No model, no replay.

    python benchmarks/ablation.py                 # every set with committed results
    python benchmarks/ablation.py samples heldout # some of them

Rows: everything; without the rule net (events only the rule net found removed);
the rule net alone (events only the model found removed). Prints a Markdown table of
event precision, recall and F1 per set.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from run import SETS  # noqa: E402

from enforcement_events.evaluation import load_samples  # noqa: E402
from enforcement_events.evaluation_run import load_predictions, score_predictions  # noqa: E402

CONFIGURATIONS = {
    "model and rule net (as shipped)": set(),
    "model only (rule-net-only events removed)": {"rules"},
    "rule net only (model-only events removed)": {"model"},
}


def _without(predictions: dict[str, dict[str, Any]], removed: set[str]) -> dict[str, Any]:
    return {
        sid: {
            **p,
            "events": [e for e in p["events"] if e.get("found_by", "model") not in removed],
        }
        for sid, p in predictions.items()
    }


def ablate(dataset: str) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 of each configuration on one set's committed predictions."""
    samples_dir, _, results = SETS[dataset]
    samples = load_samples(samples_dir)
    predictions = load_predictions(results / "ours" / "predictions", samples)
    if not all("found_by" in e for p in predictions.values() for e in p["events"]):
        raise SystemExit(f"{dataset}: predictions without found_by; re-score them first")
    out = {}
    for name, removed in CONFIGURATIONS.items():
        overall = score_predictions(samples, _without(predictions, removed))["overall"]
        out[name] = {k: overall[k] for k in ("precision", "recall", "f1")}
    return out


def main(argv: list[str]) -> None:
    datasets = argv or [d for d, (_, _, r) in SETS.items() if (r / "ours").exists()]
    table = {d: ablate(d) for d in datasets}
    print("| configuration | " + " | ".join(f"{d} P / R / F1" for d in datasets) + " |")
    print("|---|" + "---|" * len(datasets))
    for name in CONFIGURATIONS:
        cells = [
            "{precision:.2f} / {recall:.2f} / {f1:.2f}".format(**table[d][name]) for d in datasets
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
