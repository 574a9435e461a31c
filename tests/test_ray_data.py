"""The Ray engine on a local Ray (2 CPUs, no dashboard) against loopback stand-in servers
that answer from the recorded cassettes with a fixed latency: every document once, a
failure kept as a row, a killed actor retried by Ray, a run killed with SIGKILL resumed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import ray
from typer.testing import CliRunner

from enforcement_events import Extractor, RetryPolicy
from enforcement_events.cli import app
from enforcement_events.ray_data import (
    connect,
    extract_dataset,
    extract_to_parquet,
    parquet_done_ids,
    start_tracker,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from scale_server import EXTRACTOR_OPTIONS, StandIn, recorded_documents  # noqa: E402

# Ray warns about its own deprecated settings when it reads its context; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")

LATENCY = 0.05
# Not in the cassettes: the stand-in answers 500, so this document fails after retries.
UNRECORDED = "Police arrested two men in Leeds on Tuesday."
FAST = RetryPolicy(max_attempts=2, initial_wait=0.01, max_wait=0.02, timeout=10)
OPTIONS = {**EXTRACTOR_OPTIONS, "api_key": "sk-stand-in", "retry": FAST, "cache": False}


@pytest.fixture(scope="module")
def local_ray():
    connect(num_cpus=2)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def servers():
    pair = [StandIn(LATENCY).start(), StandIn(LATENCY).start()]
    yield pair
    for server in pair:
        server.stop()


def fifty_rows(failing: str = UNRECORDED) -> list[dict]:
    """49 recorded documents (the samples, cycled) and one that fails, by id 00..49."""
    recorded = recorded_documents()
    rows = []
    for i in range(50):
        _, text, published = recorded[i % len(recorded)]
        rows.append({"id": f"{i:02d}", "text": text, "published": published})
    rows[17] = {"id": "17", "text": failing, "published": "2024-01-02"}
    return rows


def read_back(out: Path) -> pa.Table:
    return pq.read_table(sorted(out.glob("*.parquet")))


def settled(servers: list[StandIn]) -> int:
    """The requests the servers answered, once no new one came for a second."""
    count, deadline = -1, time.monotonic() + 30
    while time.monotonic() < deadline:
        now = sum(s.requests for s in servers)
        if now == count:
            return count
        count = now
        time.sleep(1.0)
    raise AssertionError("the servers kept getting requests after the run stopped")


def check_every_document_once(table: pa.Table, error: str = "ProviderError") -> dict[str, dict]:
    rows = table.to_pylist()
    ids = [r["id"] for r in rows]
    assert sorted(ids) == [f"{i:02d}" for i in range(50)]  # all 50, none twice
    by_id = {r["id"]: r for r in rows}
    assert by_id["17"]["error"].startswith(f"{error}: ")
    assert json.loads(by_id["17"]["events"]) == []
    assert [i for i, r in by_id.items() if r["error"]] == ["17"]
    return by_id


def test_fifty_documents_once_each_with_a_failure_and_an_actor_killed(local_ray, servers, tmp_path):
    rows = fifty_rows()
    tracker = start_tracker()
    killed: list[int] = []

    def kill_one(done: int, failed: int) -> None:
        if not killed and done + failed >= 10:
            actors = ray.get(tracker.actors.remote())
            ray.kill(actors[0], no_restart=False)  # Ray restarts it and retries its batch
            killed.append(done + failed)

    counts = extract_to_parquet(
        ray.data.from_items(rows),
        tmp_path,
        endpoints=[s.base_url for s in servers],
        concurrency=2,
        batch_size=4,
        tracker=tracker,
        on_progress=kill_one,
        **OPTIONS,
    )
    assert killed and killed[0] < 50, "no actor was killed mid-run"
    assert len(ray.get(tracker.actors.remote())) >= 3  # the killed actor came back
    assert counts == {"skipped": 0, "done": 49, "failed": 1}
    by_id = check_every_document_once(read_back(tmp_path))
    assert "HTTP 500" in by_id["17"]["error"]  # the stand-in had no answer for it
    # Both endpoints served documents (one per actor, round robin), and the rows match
    # what one in-process Extractor makes of the same document.
    assert {r["endpoint"] for r in by_id.values()} == {s.base_url for s in servers}
    assert all(s.requests > 0 for s in servers)
    seed = Extractor(base_url=servers[0].base_url, **OPTIONS).extract(
        rows[0]["text"], published=rows[0]["published"]
    )
    assert json.loads(by_id["00"]["events"]) == [e.model_dump(mode="json") for e in seed.events]
    assert by_id["00"]["usage"]["calls"] == seed.usage.calls > 1
    assert by_id["00"]["text"] == seed.text and by_id["00"]["published"] == rows[0]["published"]


def cli_args(source: Path, out: Path, servers: list[StandIn]) -> list[str]:
    args = ["batch", str(source), "--engine", "ray", "--out", str(out), "--concurrency", "2"]
    for server in servers:
        args += ["--endpoint", server.base_url]
    args += ["--model", EXTRACTOR_OPTIONS["model"], "--mode", "llama_cpp"]
    return args + ["--strategy", "passages", "--no-cache", "--api-key", "sk-stand-in"]


def test_a_run_killed_with_sigkill_resumes_with_nothing_duplicated(local_ray, servers, tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out"
    # The failing document is empty here (an InputError, no call): the command's own
    # retry policy would spend 15 s backing off from a server that fails.
    source.write_text("".join(json.dumps(r) + "\n" for r in fifty_rows(failing=" ")))
    args = [*cli_args(source, out, servers), "--batch-size", "4"]
    # The first run is its own process (a driver joined to the test's cluster), killed
    # with SIGKILL once a few blocks are written: no handler, no clean-up, maybe a torn file.
    address = ["--address", ray.get_runtime_context().gcs_address]
    child = subprocess.Popen(
        [sys.executable, "-m", "enforcement_events.cli", *args, *address],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.parquet"))) < 3:
        assert child.poll() is None, "the first run ended before it could be killed"
        assert time.monotonic() < deadline, "no output from the first run"
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    first = parquet_done_ids(out)
    assert 0 < len(first) < 50
    # A file cut off mid-write, as a killed writer leaves it: set aside, not read.
    (out / "cut.parquet").write_bytes(b"PAR1\x00\x01")
    requests_before = settled(servers)  # the killed run's actors may finish a call
    before = {p.name for p in out.glob("*.parquet")}
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    failed = int("17" not in first)
    summary = f"{50 - len(first) - failed} done, {failed} failed, {len(first)} already"
    assert summary in result.output, result.output
    check_every_document_once(read_back(out), error="InputError")
    assert (out / "cut.parquet.torn").exists()
    # Only the documents not done in the first run were sent: the requests of the second
    # run are the calls its rows record.
    new = pq.read_table([p for p in out.glob("*.parquet") if p.name not in before])
    assert not set(new.column("id").to_pylist()) & first
    calls = sum(u["calls"] for u in new.column("usage").to_pylist() if u is not None)
    assert sum(s.requests for s in servers) - requests_before == calls


def test_done_ids_set_a_torn_file_aside(tmp_path):
    pq.write_table(pa.table({"id": ["a", "b"], "error": [None, None]}), tmp_path / "1.parquet")
    (tmp_path / "2.parquet").write_bytes(b"PAR1 cut off")
    assert parquet_done_ids(tmp_path) == {"a", "b"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.parquet", "2.parquet.torn"]
    assert parquet_done_ids(tmp_path / "missing") == set()


def test_no_endpoint_is_a_configuration_error(local_ray):
    from enforcement_events import ConfigurationError

    with pytest.raises(ConfigurationError, match="No endpoint"):
        extract_dataset(ray.data.from_items([{"id": "1", "text": "x"}]), endpoints=[])


def test_importing_the_package_and_its_command_does_not_import_ray():
    code = "import sys, enforcement_events, enforcement_events.cli; print('ray' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


# A one-row-group Parquet file is one block: Ray warns that two actors cannot share it.
@pytest.mark.filterwarnings("ignore:The minimum number of concurrent actors:UserWarning")
def test_cli_batch_engine_ray_from_jsonl_and_parquet_then_resume(local_ray, servers, tmp_path):
    rows = fifty_rows(failing=" ")[15:21]  # five recorded documents, one empty
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    args = cli_args(source, out, servers)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "5 done, 1 failed, 0 already" in result.output
    table = read_back(out)
    assert sorted(table.column("id").to_pylist()) == [r["id"] for r in rows]
    again = CliRunner().invoke(app, args)
    assert "0 done, 0 failed, 6 already" in again.output, again.output
    # Parquet in: the same rows, to another folder.
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    args[1], args[5] = str(tmp_path / "in.parquet"), str(tmp_path / "out2")
    result = CliRunner().invoke(app, args)
    assert "5 done, 1 failed, 0 already" in result.output, result.output
    assert read_back(tmp_path / "out2").num_rows == 6


def test_cli_engine_ray_without_an_endpoint_says_what_to_pass(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "x"}\n')
    result = CliRunner().invoke(app, ["batch", str(source), "--engine", "ray", "--out", "o"])
    assert result.exit_code == 2 and "--engine ray needs --endpoint" in result.output
