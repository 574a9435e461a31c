"""Documents per minute: single-process ``batch`` and Ray with 1, 2, 4 and 8 actors.

All against one loopback stand-in server (benchmarks/scale_server.py, its own process)
that answers every call from the recorded cassettes after a fixed latency, so the
numbers measure our side (the pipeline, the client, Ray) with a model of known speed.
The documents are the 17 recorded samples, cycled (2.8 model calls per document on average).

    python benchmarks/scale.py --latency 0.5          # writes benchmarks/scale_results.json
    python benchmarks/scale.py --latency 0.5 --quick  # fewer documents, a smoke run

Prints a Markdown table: docs/min over the whole run (Ray: from the first call to
the last write, actor start-up included) and in steady state (from the first document
finished to the last), the CPU our processes spent per document, and the machine's
one-minute load average at the end of each run (other work on the machine shows there).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from scale_server import EXTRACTOR_OPTIONS, recorded_documents  # noqa: E402

from enforcement_events import Extractor  # noqa: E402
from enforcement_events.batch import Document, run_batch  # noqa: E402

RESULTS = ROOT / "benchmarks" / "scale_results.json"


def documents(n: int) -> list[Document]:
    recorded = recorded_documents()
    return [
        Document(f"{i:05d}", recorded[i % len(recorded)][1], recorded[i % len(recorded)][2])
        for i in range(n)
    ]


def machine_cpu() -> float:
    """CPU seconds spent so far by this process and its descendants (the stand-in server,
    Ray's raylet and workers, those that ended included), from /proc; other work on the
    machine is not counted."""
    parent: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        # utime + stime, and cutime + cstime: the workers that ended and were reaped
        parent[pid], ticks[pid] = int(fields[1]), sum(int(x) for x in fields[11:15])
    me, total = os.getpid(), 0
    for pid, t in ticks.items():
        p = pid
        while p > 1 and p != me:
            p = parent.get(p, 0)
        total += t if p == me else 0
    return total / os.sysconf("SC_CLK_TCK")


def steady(samples: list[tuple[float, int]], n: int) -> float:
    """Docs/min from the first document finished to the last."""
    started = [t for t, done in samples if done > 0]
    ended = [t for t, done in samples if done >= n]
    if not started or not ended or ended[0] <= started[0]:
        return float("nan")
    first_done = next(done for _, done in samples if done > 0)
    return (n - first_done) / (ended[0] - started[0]) * 60


def run_local(base_url: str, docs: list[Document], workers: int) -> dict[str, Any]:
    ex = Extractor(base_url=base_url, api_key="sk-stand-in", cache=False, **EXTRACTOR_OPTIONS)
    out = Path(tempfile.mkdtemp()) / "out.jsonl"
    samples: list[tuple[float, int]] = []
    cpu, started = machine_cpu(), time.monotonic()
    counts = run_batch(
        lambda t, p: ex.extract(t, published=p),
        docs,
        out,
        workers=workers,
        on_done=lambda d, r: samples.append((time.monotonic(), len(samples) + 1)),
    )
    wall, cpu = time.monotonic() - started, machine_cpu() - cpu
    shutil.rmtree(out.parent)
    assert counts["done"] == len(docs), counts
    return {"wall": wall, "steady": steady(samples, len(docs)), "cpu_per_doc": cpu / len(docs)}


def run_ray(base_url: str, docs: list[Document], actors: int) -> dict[str, Any]:
    import ray

    from enforcement_events.ray_data import extract_to_parquet

    rows = [{"id": d.id, "text": d.text, "published": d.published} for d in docs]
    ds = ray.data.from_items(rows)
    out = Path(tempfile.mkdtemp())
    samples: list[tuple[float, int]] = []
    cpu, started = machine_cpu(), time.monotonic()
    counts = extract_to_parquet(
        ds,
        out,
        endpoints=[base_url],
        concurrency=actors,
        num_cpus=2 / max(actors, 2),
        batch_size=4,
        on_progress=lambda done, failed: samples.append((time.monotonic(), done + failed)),
        api_key="sk-stand-in",
        cache=False,
        **EXTRACTOR_OPTIONS,
    )
    wall, cpu = time.monotonic() - started, machine_cpu() - cpu
    shutil.rmtree(out)
    assert counts["done"] == len(docs), counts
    return {"wall": wall, "steady": steady(samples, len(docs)), "cpu_per_doc": cpu / len(docs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.5, help="seconds per model call")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--quick", action="store_true", help="17 documents per run")
    args = parser.parse_args()
    # (label, engine, parallelism, documents): about 30-60 s of work each at 0.5 s a call
    # Multiples of the 17 recorded documents, so that every run has the same mix.
    plan = [
        ("batch (one at a time)", "local", 1, 34),
        ("batch --workers 8", "local", 8, 136),
        ("ray, 1 actor", "ray", 1, 34),
        ("ray, 2 actors", "ray", 2, 68),
        ("ray, 4 actors", "ray", 4, 102),
        ("ray, 8 actors", "ray", 8, 136),
        ("ray, 16 actors", "ray", 16, 221),
    ]
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "benchmarks" / "scale_server.py")]
        + ["--latency", str(args.latency), "--port", str(args.port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    print(server.stdout.readline().strip(), file=sys.stderr)
    base_url = f"http://127.0.0.1:{args.port}/v1"
    results = []
    try:
        import ray

        from enforcement_events.ray_data import connect

        connect(num_cpus=2)
        ray.data.DataContext.get_current().enable_progress_bars = False
        for label, engine, k, n in plan:
            docs = documents(17 if args.quick else n)
            run = run_local if engine == "local" else run_ray
            result = {"label": label, "engine": engine, "parallel": k, "documents": len(docs)}
            result.update(run(base_url, docs, k))
            result["docs_per_min"] = len(docs) / result["wall"] * 60
            result["load_average"] = os.getloadavg()[0]
            results.append(result)
            print(json.dumps(result), file=sys.stderr, flush=True)
    finally:
        server.terminate()
        server.wait()
    report = {
        "latency_per_call": args.latency,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "date": time.strftime("%Y-%m-%d"),
        "results": results,
    }
    if not args.quick:
        RESULTS.write_text(json.dumps(report, indent=1) + "\n")
    print(f"latency {args.latency} s per call, {os.cpu_count()} CPUs\n")
    print("| run | documents | docs/min (whole run) | docs/min (steady) | CPU s per doc | load |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['label']} | {r['documents']} | {r['docs_per_min']:.0f} | "
            f"{r['steady']:.0f} | {r['cpu_per_doc']:.2f} | {r['load_average']:.1f} |"
        )


if __name__ == "__main__":
    main()
