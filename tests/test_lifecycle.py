"""The embedded server's life, with real processes: the CLI starts a stand-in server
(tests/standin_llama_server.py, run where ``python -m llama_cpp.server`` would be) and
whatever ends the CLI must end the server; answers cached by one process are found by
the next, although each serves on a new port."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state != "Z"


def _wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def _start_extract(
    standin_env: dict[str, str], tmp_path: Path, *extra: str, stdout: int = subprocess.PIPE
) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "enforcement_events.cli", "extract", str(tmp_path / "article.txt")]
    cmd += ["--model-path", standin_env["GGUF"], "--quiet", *extra]
    # A hang-up reaches the CLI as it does from a terminal: a test run started under nohup
    # (or by a runner that ignores SIGHUP) would otherwise hand SIGHUP down ignored.
    return subprocess.Popen(
        cmd, env=standin_env, cwd=tmp_path, stdout=stdout, preexec_fn=_default_hangup
    )


def _default_hangup() -> None:
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _children_of(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-eo", "pid=,ppid="], capture_output=True, text=True).stdout
    return [int(p) for p, pp in (line.split() for line in out.splitlines()) if int(pp) == pid]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL, signal.SIGHUP], ids=str)
def test_a_killed_extract_leaves_no_server(standin_env, tmp_path, sig):
    # The server is busy with a request and ignores SIGTERM, as llama_cpp.server does
    # ("Waiting for background tasks to complete").
    standin_env = {**standin_env, "STANDIN_DELAY": "120", "STANDIN_IGNORE_TERM": "1"}
    cli = _start_extract(standin_env, tmp_path, "--no-cache", stdout=subprocess.DEVNULL)
    requests = tmp_path / "requests.log"
    try:
        assert _wait_until(requests.exists, 60), "the CLI never reached the server"
        server_pid = int((tmp_path / "server.pid").read_text())
        lifeline_pids = _children_of(cli.pid)
        assert _alive(server_pid) and lifeline_pids
        cli.send_signal(sig)
        cli.wait(timeout=10)
        assert _wait_until(lambda: not _alive(server_pid), 5), "server still running after 5 s"
        assert all(_wait_until(lambda p=p: not _alive(p), 5) for p in lifeline_pids)
    finally:
        if cli.poll() is None:
            cli.kill()
        if (tmp_path / "server.pid").exists():
            pid = int((tmp_path / "server.pid").read_text())
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_finished_extract_leaves_no_server(standin_env, tmp_path):
    cli = _start_extract(standin_env, tmp_path, "--no-cache")
    out, _ = cli.communicate(timeout=120)
    assert cli.returncode == 0
    assert json.loads(out)["events"][0]["type"] == "arrest"
    server_pid = int((tmp_path / "server.pid").read_text())
    assert _wait_until(lambda: not _alive(server_pid), 5)


def test_serve_stops_its_server_on_sigterm(standin_env, tmp_path):
    cmd = [sys.executable, "-m", "enforcement_events.cli", "serve", "--port", "0"]
    cmd += ["--model-path", standin_env["GGUF"]]
    serve = subprocess.Popen(cmd, env=standin_env, cwd=tmp_path, stderr=subprocess.DEVNULL)
    try:
        assert _wait_until((tmp_path / "server.pid").exists, 60)
        server_pid = int((tmp_path / "server.pid").read_text())
        time.sleep(1.0)  # it keeps serving until told to stop
        assert serve.poll() is None and _alive(server_pid)
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(timeout=10) == 0
        assert _wait_until(lambda: not _alive(server_pid), 5)
    finally:
        if serve.poll() is None:
            serve.kill()


def test_the_answer_cache_hits_across_processes_and_ports(standin_env, tmp_path):
    """Two runs, two servers on two ports: the second sends no request."""
    requests = tmp_path / "requests.log"
    first = _start_extract(standin_env, tmp_path)
    out1, _ = first.communicate(timeout=120)
    calls_first = len(requests.read_text().splitlines())
    second = _start_extract(standin_env, tmp_path)
    out2, _ = second.communicate(timeout=120)
    assert first.returncode == second.returncode == 0
    assert calls_first >= 1
    assert len(requests.read_text().splitlines()) == calls_first  # nothing new was sent
    report1, report2 = json.loads(out1), json.loads(out2)
    assert report2["usage"]["calls"] == 0
    assert report2["usage"]["cached_calls"] == report1["usage"]["calls"]
    assert report2["events"] == report1["events"]


def test_serve_says_when_its_server_crashed(standin_env, tmp_path):
    """A server that dies on its own (here by SIGSEGV) ends serve with an error naming the
    signal, the log and the rebuild that mends a llama.cpp built for the wrong CPU."""
    cmd = [sys.executable, "-m", "enforcement_events.cli", "serve", "--port", "0"]
    cmd += ["--model-path", standin_env["GGUF"]]
    serve = subprocess.Popen(cmd, env=standin_env, cwd=tmp_path, stderr=subprocess.PIPE)
    try:
        assert _wait_until((tmp_path / "server.pid").exists, 60)
        time.sleep(1.0)
        os.kill(int((tmp_path / "server.pid").read_text()), signal.SIGSEGV)
        _, err = serve.communicate(timeout=20)
    finally:
        if serve.poll() is None:
            serve.kill()
    assert serve.returncode == 2
    message = err.decode()
    assert "stopped on its own" in message and "SIGSEGV" in message
    assert "GGML_NATIVE=OFF" in message and "llama-server.log" in message


def test_extract_says_when_the_embedded_server_crashed(standin_env, tmp_path):
    """A crash mid-request is reported as the server's death, not as "is the server
    running? start one": the user is told what stopped it and how to rebuild."""
    cmd = [sys.executable, "-m", "enforcement_events.cli", "extract", str(tmp_path / "article.txt")]
    cmd += ["--model-path", standin_env["GGUF"], "--quiet", "--no-cache"]
    out = subprocess.run(
        cmd,
        env={**standin_env, "STANDIN_CRASH": "1"},
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    message = out.stderr.decode()
    assert out.returncode != 0
    assert "stopped on its own" in message and "SIGSEGV" in message, message
