"""How well the model's constrained yes or no (``confirm=True``) separates true actions
from false ones, from the committed predictions (no model, no replay).

    python benchmarks/confirm_check.py                  # samples and tune/ (with doj12)
    python benchmarks/confirm_check.py samples tune     # any sets with an ours_confirm run

For each action only the model found (``found_by == "model"``) in ours' predictions, it
checks whether it matched a required or optional gold event and whether ours_confirm kept
it (the same type with the same evidence). A check that tells them apart keeps far more
of the true ones than of the false ones. Never run it on held-out sets while tuning:
it reads per-event results.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402

from enforcement_events.evaluation import load_samples, score_sample  # noqa: E402
from enforcement_events.evaluation_run import load_predictions  # noqa: E402


def main(sets: list[str]) -> int:
    tally: Counter[tuple[str, str]] = Counter()
    for name in sets:
        folder, _, results = run.SETS[name]
        if not (results / "ours_confirm").is_dir():
            print(f"{name}: no ours_confirm run, skipped")
            continue
        samples = load_samples(folder)
        ours = load_predictions(results / "ours" / "predictions", samples)
        confirmed = load_predictions(results / "ours_confirm" / "predictions", samples)
        for sample in samples:
            events = ours[sample.id]["events"]
            true = {pair.pred for pair in score_sample(events, sample).pairs}
            kept = {(e["type"], tuple(e["evidence"])) for e in confirmed[sample.id]["events"]}
            for i, event in enumerate(events):
                if event["found_by"] != "model":
                    continue
                truth = "true" if i in true else "false"
                verdict = "kept" if (event["type"], tuple(event["evidence"])) in kept else "dropped"
                tally[truth, verdict] += 1
    for truth in ("true", "false"):
        total = tally[truth, "kept"] + tally[truth, "dropped"]
        print(f"{truth} model-only actions: {tally[truth, 'kept']} of {total} kept")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["samples", "tune"]))
