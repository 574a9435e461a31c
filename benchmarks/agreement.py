"""How far two blind annotators agree: one annotation scored as if it were predictions
against the other, with the project's scorer (SPEC.md's rules).

    python benchmarks/agreement.py

The second annotation (agreement/doj002_026_second_annotator/) covers 17 DOJ releases
whose first annotation is in tune/doj and heldout/doj. The F1 printed is a ceiling to
read the system's numbers against: where careful readers of SPEC.md differ, no system
scores 1.0.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECOND = ROOT / "agreement" / "doj002_026_second_annotator"
FIRST = (ROOT / "tune" / "doj", ROOT / "heldout" / "doj")

from enforcement_events.evaluation import Sample, load_samples  # noqa: E402
from enforcement_events.evaluation_run import score_predictions  # noqa: E402


def as_predictions(folder: Path) -> dict[str, dict[str, object]]:
    """Gold files read as predictions: every event, its mentions as evidence."""
    out = {}
    for gold in sorted(folder.glob("*.gold.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        events = [{**e, "evidence": e["mentions"]} for e in data["events"] if e["required"]]
        out[gold.name[: -len(".gold.json")]] = {"events": events}
    return out


def main() -> None:
    # the two annotators slugged titles differently: match on the corpus id ("doj009")
    second = {k[:6]: v for k, v in as_predictions(SECOND).items()}
    firsts: list[Sample] = [s for f in FIRST for s in load_samples(f) if s.id[:6] in second]
    missing = set(second) - {s.id[:6] for s in firsts}
    if missing:
        sys.exit(f"no first annotation for {sorted(missing)}")
    metrics = score_predictions(firsts, {s.id: second[s.id[:6]] for s in firsts})
    o = metrics["overall"]
    print(
        f"{len(firsts)} documents: second annotator's required events against the first's: "
        f"P {o['precision']:.2f} R {o['recall']:.2f} F1 {o['f1']:.2f} "
        f"({o['matched']} of {o['required']} required matched, {o['predicted']} predicted)"
    )
    for name, v in metrics["fields"].items():
        if v["total"]:
            print(f"  {name}: {v['correct']}/{v['total']}")


if __name__ == "__main__":
    main()
