"""Faults from the server, through the real openai HTTP client, against a misbehaving
HTTP server on loopback that the test starts. Each case ends in recovery within the
retry bounds or in a typed error naming the cause, in bounded time, tokens counted."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from enforcement_events import Extractor, ProviderError, RetryPolicy

from .conftest import chat_response

TEXT = "Police arrested two men in Leeds on Tuesday."
GOOD = {
    "events": [
        {
            "sentence": 1,
            "type": "arrest",
            "count": 2,
            "where": "Leeds",
            "when": "on Tuesday",
            "total": False,
        }
    ]
}
FAST = RetryPolicy(
    max_attempts=3, max_seconds=20, initial_wait=0.01, max_wait=0.05, timeout=1.0, max_reasks=1
)


class Script:
    """What the server does for each successive request."""

    def __init__(self, *steps: str | dict) -> None:
        self.steps = list(steps)
        self.requests = 0

    def next(self) -> str | dict:
        self.requests += 1
        return self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("content-length", 0)))
            step = script.next()
            if isinstance(step, dict):
                body = json.dumps(chat_response(json.dumps(step))).encode()
                return self._send(200, body)
            if step == "429-retry-after":
                return self._send(
                    429, b'{"error": {"message": "slow down"}}', {"retry-after": "0.05"}
                )
            if step == "429":
                return self._send(429, b'{"error": {"message": "slow down"}}')
            if step in ("500", "503"):
                return self._send(int(step), b'{"error": {"message": "server error"}}')
            if step == "reset":
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                self.connection.close()
                return None
            if step == "slow":
                time.sleep(2.5)  # longer than FAST.timeout
                return self._send(200, json.dumps(chat_response(json.dumps(GOOD))).encode())
            if step == "truncated":
                body = json.dumps(chat_response(json.dumps(GOOD))).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.connection.close()
                return None
            if step == "schema-invalid":
                bad = {"events": [{"sentence": "first", "type": "parking"}]}
                return self._send(200, json.dumps(chat_response(json.dumps(bad))).encode())
            if step == "no-choices":
                body = {**chat_response("{}"), "choices": []}
                return self._send(200, json.dumps(body).encode())
            if step == "not-json":
                return self._send(200, json.dumps(chat_response("events: none")).encode())
            raise AssertionError(step)

    return Handler


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    script = Script("500")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", script
    httpd.shutdown()
    httpd.server_close()


def run(base_url: str, strategy: str = "passages"):
    ex = Extractor(
        base_url=base_url,
        api_key="sk-fault-test-key",
        model="m",
        mode="llama_cpp",
        strategy=strategy,
        retry=FAST,
    )
    started = time.monotonic()
    try:
        return ex.extract(TEXT), time.monotonic() - started
    finally:
        assert time.monotonic() - started < 15, "not bounded in time"


RECOVER = [
    ("429-retry-after", 2),
    ("429", 2),
    ("500", 2),
    ("503", 2),
    ("reset", 2),
    ("slow", 2),
    ("truncated", 2),
]


@pytest.mark.parametrize(("fault", "requests"), RECOVER, ids=[f for f, _ in RECOVER])
def test_transient_fault_then_recovery(server, fault, requests):
    base_url, script = server
    script.steps = [fault, GOOD]
    report, _ = run(base_url)
    assert [e.type.value for e in report.events] == ["arrest"]
    assert script.requests == requests
    assert report.usage.calls == 1 and report.usage.prompt_tokens == 10


@pytest.mark.parametrize("fault", ["429", "503", "reset"])
def test_persistent_fault_is_a_typed_error_within_the_bounds(server, fault):
    base_url, script = server
    script.steps = [fault]
    with pytest.raises(ProviderError) as info:
        run(base_url)
    assert script.requests == FAST.max_attempts
    assert "sk-fault-test-key" not in str(info.value)
    if fault != "reset":
        assert f"HTTP {fault}" in str(info.value)
    else:
        assert "Could not connect" in str(info.value)


def test_persistent_timeout_is_a_typed_error(server):
    base_url, script = server
    script.steps = ["slow"]
    with pytest.raises(ProviderError, match="did not answer within"):
        run(base_url)


@pytest.mark.parametrize("fault", ["schema-invalid", "not-json"])
def test_invalid_answer_is_reasked_then_recovers_with_tokens_counted(server, fault):
    base_url, script = server
    script.steps = [fault, GOOD]
    report, _ = run(base_url)
    assert len(report.events) == 1
    assert report.usage.calls == 2 and report.usage.prompt_tokens == 20


@pytest.mark.parametrize(("fault", "calls"), [("schema-invalid", 2), ("no-choices", 3)])
def test_persistently_unusable_answer_is_dropped_and_counted(server, fault, calls):
    # The passage pipeline records a passage it could not extract and goes on. An invalid
    # answer is re-asked once; an empty choices list is retried like a 5xx. The rule net
    # still reads the passage's sentences ("Police arrested two men" in so many words), so
    # the one event left is the rule net's, not the model's.
    base_url, script = server
    script.steps = [fault]
    report, _ = run(base_url)
    assert [(e.type.value, e.found_by) for e in report.events] == [("arrest", "rules")]
    assert len(report.dropped) == 1 and "passage at 0" in report.dropped[0].reason
    assert report.usage.calls == calls  # every answer counted


def test_evidence_not_found_is_reasked_once_then_dropped(server):
    base_url, script = server
    lost = {
        "events": [
            {
                "type": "arrest",
                "quote": "Officers detained nine women in York",
                "count": 9,
                "where": None,
                "when": None,
                "total": False,
            }
        ]
    }
    script.steps = [lost, lost]
    report, _ = run(base_url, strategy="document")
    assert report.events == [] and script.requests == 2
    assert report.dropped[0].reason.startswith("evidence not found")
    assert report.usage.calls == 2
