"""Progress on long extractions: a callback in the library (which prints nothing), a
live line on a terminal in the CLI, nothing when stderr is not a terminal or with --quiet."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from enforcement_events import Extractor, Progress
from enforcement_events.cli import app

from .conftest import answers

# Written for this test: three paragraphs far apart, so that they go in several passages.
ARTICLE = "\n\n".join(
    [
        "Officers arrested a driver at the port of Hull on Friday." + " Filler words." * 60,
        "Customs staff seized 40 kg of cannabis from his lorry." + " More filler." * 60,
        "He was charged with importing drugs on Saturday.",
    ]
)
NOTHING = {"events": []}


def test_the_callback_sees_every_request_and_the_library_prints_nothing(fake_client, capsys):
    seen: list[Progress] = []
    handler = answers(NOTHING)
    with Extractor(
        client=fake_client(handler), mode="llama_cpp", strategy="passages", progress=seen.append
    ) as ex:
        ex.extract(ARTICLE, published="2024-01-08")
    sent = len(handler.seen)
    assert sent >= 2
    assert [p.done for p in seen] == list(range(sent + 1))
    assert {p.total for p in seen} == {sent}
    assert seen[-1].calls == sent and seen[0].calls == 0
    assert all(b.seconds >= a.seconds for a, b in zip(seen, seen[1:], strict=False))
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


def test_document_strategy_counts_its_reask(fake_client):
    seen: list[Progress] = []
    ev = {"type": "arrest", "count": 1, "where": None, "when": None, "total": False}
    lost = {"events": [{**ev, "quote": "words that are nowhere in the text"}]}
    with Extractor(
        client=fake_client(answers(lost, NOTHING)),
        mode="json",
        strategy="document",
        progress=seen.append,
    ) as ex:
        ex.extract(ARTICLE)
    assert (seen[-1].done, seen[-1].total) == (2, 2)


def test_cli_is_quiet_when_stderr_is_not_a_terminal(standin_env, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    cmd = [sys.executable, "-m", "enforcement_events.cli", "extract", str(tmp_path / "a.txt")]
    cmd += ["--model-path", standin_env["GGUF"], "--no-cache"]
    done = subprocess.run(
        cmd, env=standin_env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "model requests" not in done.stderr
    assert "events" in done.stderr  # the one-line summary stays


def _run_on_a_terminal(cmd: list[str], env: dict[str, str], cwd: Path) -> str:
    """Run ``cmd`` with stderr on a pseudo-terminal; return what it wrote there."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                data = os.read(leader, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=10)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", errors="replace")


@pytest.mark.parametrize("quiet", [False, True], ids=["terminal", "terminal-quiet"])
def test_cli_shows_a_progress_line_on_a_terminal(standin_env, tmp_path, quiet):
    (tmp_path / "a.txt").write_text(ARTICLE)
    env = {**standin_env, "STANDIN_DELAY": "0.6", "COLUMNS": "120", "TERM": "xterm"}
    cmd = [sys.executable, "-m", "enforcement_events.cli", "extract", str(tmp_path / "a.txt")]
    cmd += ["--model-path", env["GGUF"], "--no-cache"] + (["--quiet"] if quiet else [])
    shown = _run_on_a_terminal(cmd, env, tmp_path)
    if quiet:
        assert shown.strip() == ""
    else:
        assert "model requests" in shown and "calls" in shown, shown


def test_runner_output_has_no_progress_line(standin_env, tmp_path, monkeypatch):
    for key in ("ENFORCEMENT_EVENTS_SERVER_MODULE", "ENFORCEMENT_EVENTS_CACHE", "PYTHONPATH"):
        monkeypatch.setenv(key, standin_env[key])
    monkeypatch.syspath_prepend(standin_env["PYTHONPATH"])
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "a.txt"), "--model-path", standin_env["GGUF"], "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    assert "model requests" not in result.output
