"""Run an extractor over a samples folder, save predictions, score them, print a table.

The scoring itself is pure and lives in :mod:`enforcement_events.evaluation`.
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from .evaluation import Sample, load_samples, score_sample, summarize

__all__ = ["evaluate", "load_predictions", "machine", "print_table", "score_predictions"]

ExtractFn = Callable[[str, str | None], Any]  # returns a Report (or the baseline's report)


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    import os

    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "processor": platform.machine(),
        "cpus": os.cpu_count(),
    }


def _write_predictions(folder: Path, sample_id: str, report: Any, extra: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    payload = {
        "id": sample_id,
        "model": report.model,
        "strategy": report.strategy,
        "prompt_version": report.prompt_version,
        "events": report.to_spec(),
        "dropped": [d.model_dump() for d in report.dropped],
        **extra,
    }
    (folder / f"{sample_id}.json").write_text(
        json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def _write_failure(folder: Path, sample_id: str, exc: Exception, seconds: float) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    payload = {
        "id": sample_id,
        "events": [],
        "error": f"{type(exc).__name__}: {exc}".splitlines()[0][:300],
        "seconds": seconds,
        "tokens": None,
    }
    (folder / f"{sample_id}.json").write_text(
        json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def load_predictions(folder: Path, samples: list[Sample]) -> dict[str, dict[str, Any]]:
    """Read ``<id>.json`` for each sample; a missing file is an error that names it."""
    out = {}
    for s in samples:
        path = folder / f"{s.id}.json"
        if not path.exists():
            raise FileNotFoundError(f"no predictions for sample {s.id}: expected {path}")
        out[s.id] = json.loads(path.read_text(encoding="utf-8"))
    return out


def score_predictions(
    samples: list[Sample], predictions: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """Score saved predictions; add seconds and tokens per sample when they were recorded."""
    metrics = summarize(score_sample(predictions[s.id]["events"], s) for s in samples)
    errors = {s.id: predictions[s.id]["error"] for s in samples if predictions[s.id].get("error")}
    if errors:
        metrics["errors"] = errors
    recorded = {s.id: predictions[s.id].get("seconds") for s in samples}
    if all(v is not None for v in recorded.values()):
        seconds: dict[str, float] = {k: float(v or 0) for k, v in recorded.items()}
        metrics["seconds"] = {
            "per_sample": seconds,
            "median": round(statistics.median(seconds.values()), 2),
            "total": round(sum(seconds.values()), 2),
        }
        for sid, sec in seconds.items():
            metrics["samples"][sid]["seconds"] = sec
            metrics["samples"][sid]["tokens"] = predictions[sid].get("tokens")
    return metrics


def evaluate(
    extract: ExtractFn,
    samples_dir: Path,
    out_dir: Path,
    *,
    name: str,
    console: Console | None = None,
    only: list[str] | None = None,
    around: Callable[[str], AbstractContextManager[Any]] | None = None,
) -> dict[str, Any]:
    """Extract every sample, write ``out_dir/predictions/<id>.json`` and ``metrics.json``.

    Args:
        extract: ``(text, published) -> Report``, e.g. ``Extractor(...).extract``.
        samples_dir: a folder of ``NAME.txt`` + ``NAME.gold.json``.
        out_dir: where predictions and metrics go.
        name: what is being evaluated, written into the metrics.
        only: sample ids (or prefixes) to restrict the run to.
        around: a context for each sample's extraction, given its id (a cassette).
    """
    console = console or Console(stderr=True)
    samples = load_samples(samples_dir)
    if only:
        samples = [s for s in samples if any(s.id.startswith(o) for o in only)]
    pred_dir = out_dir / "predictions"
    model = None
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task(f"evaluating {name}", total=len(samples))
        for s in samples:
            progress.update(task, description=f"{name}: {s.id[:40]}")
            started = time.monotonic()
            try:
                with (around or (lambda _id: nullcontext()))(s.id):
                    report = extract(s.text, s.published)
            except Exception as exc:  # noqa: BLE001 - a failed sample is scored as no events
                # and named in the metrics, so one bad answer does not stop the run.
                _write_failure(pred_dir, s.id, exc, round(time.monotonic() - started, 2))
                progress.advance(task)
                continue
            seconds = round(time.monotonic() - started, 2)
            model = report.model
            _write_predictions(
                pred_dir,
                s.id,
                report,
                {
                    "seconds": seconds,
                    "tokens": {
                        "prompt": report.usage.prompt_tokens,
                        "completion": report.usage.completion_tokens,
                        "calls": report.usage.calls,
                    },
                },
            )
            progress.advance(task)
    metrics = score_predictions(samples, load_predictions(pred_dir, samples))
    metrics["meta"] = {
        "name": name,
        "model": model,
        "samples": len(samples),
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": machine(),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    return metrics


def print_table(metrics: dict[str, Any], console: Console | None = None) -> None:
    """Overall, per type, per sample and field accuracy, as rich tables."""
    console = console or Console()
    o = metrics["overall"]
    g = metrics["grounding"]
    console.print(
        f"[bold]events[/bold]: precision {o['precision']:.3f}  recall {o['recall']:.3f}"
        f"  F1 {o['f1']:.3f}  ({o['matched']}/{o['required']} required found, "
        f"{o['predicted']} predicted)  grounding {g['rate']}"
    )
    types = Table(
        "type", "predicted", "matched", "required", "precision", "recall", "F1", title="per type"
    )
    for t, v in metrics["by_type"].items():
        types.add_row(
            t,
            str(v["predicted"]),
            str(v["matched"]),
            str(v["required"]),
            f"{v['precision']:.2f}",
            f"{v['recall']:.2f}",
            f"{v['f1']:.2f}",
        )
    console.print(types)
    per = Table("sample", "predicted", "matched", "required", "F1", "seconds", title="per sample")
    for sid, v in metrics["samples"].items():
        per.add_row(
            sid[:48],
            str(v["predicted"]),
            str(v["matched"]),
            str(v["required"]),
            f"{v['f1']:.2f}",
            str(v.get("seconds", "")),
        )
    console.print(per)
    fields = Table("field", "correct", "total", "accuracy", title="fields on matched events")
    for name, v in metrics["fields"].items():
        fields.add_row(
            name,
            str(v["correct"]),
            str(v["total"]),
            "" if v["accuracy"] is None else f"{v['accuracy']:.2f}",
        )
    console.print(fields)
    if "seconds" in metrics:
        console.print(
            f"seconds per sample: median {metrics['seconds']['median']}, "
            f"total {metrics['seconds']['total']}"
        )
    for sid, error in metrics.get("errors", {}).items():
        console.print(f"[red]failed[/red] {sid}: {error} (scored as no events)")
