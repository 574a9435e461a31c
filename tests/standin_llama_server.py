"""A stand-in for ``python -m llama_cpp.server`` in process-level tests (no model, no build).

It takes llama_cpp.server's flags, answers ``GET /v1/models`` and, for
``POST /v1/chat/completions``, one fixed passage answer (an arrest in sentence 1).
Environment, for the tests:

* ``STANDIN_PIDFILE``: write this process's pid there once it listens.
* ``STANDIN_REQUESTS``: append one line per chat request (so a test counts calls
  across processes).
* ``STANDIN_DELAY``: seconds to wait before answering (a model that is thinking).
* ``STANDIN_IGNORE_TERM=1``: ignore SIGTERM, as uvicorn does while a request is open.
* ``STANDIN_CRASH=1``: die by SIGSEGV on the first chat request, as a llama.cpp built for
  CPU features the machine lacks does on a long prompt.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWER = {
    "events": [
        {"sentence": 1, "type": "arrest", "count": 2, "where": None, "when": None, "total": False}
    ]
}


def _body(content: str) -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-standin",
            "object": "chat.completion",
            "created": 0,
            "model": "standin",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": content},
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }
    ).encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        self._send(json.dumps({"object": "list", "data": [{"id": "standin"}]}).encode())

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("content-length") or 0))
        log = os.environ.get("STANDIN_REQUESTS")
        if log:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"{os.getpid()} {self.path}\n")
        if os.environ.get("STANDIN_CRASH") == "1":
            os.kill(os.getpid(), signal.SIGSEGV)
        time.sleep(float(os.environ.get("STANDIN_DELAY", "0")))
        self._send(_body(json.dumps(ANSWER)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args, _ = parser.parse_known_args()  # --model, --n_ctx ... are llama_cpp.server's
    if os.environ.get("STANDIN_IGNORE_TERM") == "1":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    httpd = ThreadingHTTPServer((args.host, args.port), Handler)
    pidfile = os.environ.get("STANDIN_PIDFILE")
    if pidfile:
        with open(pidfile, "w", encoding="utf-8") as fh:
            fh.write(str(os.getpid()))
    httpd.serve_forever()


if __name__ == "__main__":
    main()
