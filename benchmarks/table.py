"""Print the committed results (ours beside the naive baseline) as Markdown for the README."""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def _acc(x: dict) -> str:
    if x["accuracy"] is None:
        return "n/a"
    return f"{x['accuracy']:.2f} ({x['correct']}/{x['total']})"


def main() -> None:
    import sys

    # python benchmarks/table.py [doj12 | tune | heldout]
    results = RESULTS / sys.argv[1] if len(sys.argv) > 1 else RESULTS
    ours = json.loads((results / "ours" / "metrics.json").read_text())
    naive = json.loads((results / "naive" / "metrics.json").read_text())
    meta = ours["meta"]
    print(
        f"Model {meta['model']}, {meta['machine']['cpus']} CPU cores "
        f"({meta['machine']['processor']}), recorded {meta['date']}.\n"
    )
    print("| metric | ours | naive baseline |\n|---|---|---|")
    for key in ("precision", "recall", "f1"):
        print(f"| event {key} | {ours['overall'][key]:.3f} | {naive['overall'][key]:.3f} |")
    print(
        f"| events predicted / required found | {ours['overall']['predicted']} / "
        f"{ours['overall']['matched']} of {ours['overall']['required']} | "
        f"{naive['overall']['predicted']} / {naive['overall']['matched']} of "
        f"{naive['overall']['required']} |"
    )
    print(f"| grounding rate | {ours['grounding']['rate']} | {naive['grounding']['rate']} |")
    for name, v in ours["fields"].items():
        n = naive["fields"][name]
        print(f"| {name} accuracy | {_acc(v)} | {_acc(n)} |")
    print(
        f"| median seconds per sample | {ours['seconds']['median']} | "
        f"{naive['seconds']['median']} |"
    )
    n = len(ours["samples"])
    print(
        f"| total seconds, {n} documents | {ours['seconds']['total']} | "
        f"{naive['seconds']['total']} |"
    )
    print(
        f"| documents on which it raised (scored as no events) | {len(ours.get('errors', {}))} "
        f"| {len(naive.get('errors', {}))} |"
    )
    print("\n| type | ours P / R | naive P / R | required |\n|---|---|---|---|")
    for t, v in ours["by_type"].items():
        n = naive["by_type"].get(t, {"precision": 0.0, "recall": 0.0})
        print(
            f"| {t} | {v['precision']:.2f} / {v['recall']:.2f} | "
            f"{n['precision']:.2f} / {n['recall']:.2f} | {v['required']} |"
        )


if __name__ == "__main__":
    main()
