"""A loopback stand-in for an OpenAI-compatible model server, for scale tests and benchmarks.

It answers each chat request with the answer recorded for the same request in the
cassettes (real exchanges with the embedded model, ``cassettes/eval/ours/``), after a
fixed latency, so that many documents can be pushed through the real HTTP client and
the real pipeline without a model. A request that was never recorded is answered
``500`` ("no recorded answer"), like a server fault, so a document can be made to fail
on purpose. Requests are matched on their JSON body with keys sorted.

    # as a process (the benchmark does this), on a fixed port:
    python benchmarks/scale_server.py --latency 0.5 --port 8765
    # in a test: StandIn(latency=0.05).start(); ... .base_url; ... .stop()
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from vcr.persisters.filesystem import FilesystemPersister
from vcr.serializers import yamlserializer

ROOT = Path(__file__).resolve().parents[1]
RECORDED = ROOT / "cassettes" / "eval" / "ours"
SAMPLES = ROOT / "samples"
# The options the cassettes were recorded with; the same request body needs the same.
MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"
EXTRACTOR_OPTIONS = {"model": MODEL, "mode": "llama_cpp", "strategy": "passages"}


def _key(body: bytes | str) -> str:
    raw = body.decode("utf-8") if isinstance(body, bytes) else body
    try:
        return json.dumps(json.loads(raw), sort_keys=True)
    except json.JSONDecodeError:
        return raw


def load_answers(cassettes: Iterable[Path]) -> dict[str, bytes]:
    """Request body (canonical JSON) -> recorded response body, from vcr cassettes."""
    answers: dict[str, bytes] = {}
    for path in cassettes:
        requests, responses = FilesystemPersister.load_cassette(str(path), yamlserializer)
        for request, response in zip(requests, responses, strict=True):
            if response["status"]["code"] != 200:
                continue
            body = response["body"]["string"]
            answers[_key(request.body)] = body.encode() if isinstance(body, str) else body
    return answers


def recorded_documents() -> list[tuple[str, str, str | None]]:
    """The labelled samples whose exchanges were recorded: (id, text, published)."""
    docs = []
    for path in sorted(SAMPLES.glob("*.txt")):
        if (RECORDED / f"{path.stem}.yaml").exists():
            gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
            docs.append((path.stem, path.read_text(encoding="utf-8"), gold.get("published")))
    return docs


class StandIn:
    """The stand-in server on a loopback port; ``requests`` counts what it answered."""

    def __init__(self, latency: float, *, port: int = 0, cassettes: Iterable[Path] = ()) -> None:
        self.latency = latency
        self.answers = load_answers(list(cassettes) or sorted(RECORDED.glob("*.yaml")))
        self.requests = 0
        self.misses = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> StandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                time.sleep(server.latency)
                answer = server.answers.get(_key(body))
                with server._lock:
                    server.requests += 1
                    server.misses += answer is None
                status = 200 if answer is not None else 500
                if answer is None:
                    answer = b'{"error": {"message": "no recorded answer for this request"}}'
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.5, help="seconds per call")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = StandIn(args.latency, port=args.port).start()
    print(f"{len(server.answers)} recorded answers at {server.base_url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
