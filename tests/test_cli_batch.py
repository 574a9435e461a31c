"""`enforcement-events batch` through typer's runner against a loopback fake model server."""

import csv
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from enforcement_events.cli import app

from .conftest import chat_response

ANSWER = {
    "events": [
        {
            "sentence": 1,
            "type": "arrest",
            "count": 2,
            "where": "Leeds",
            "when": None,
            "total": False,
        }
    ]
}


@pytest.fixture
def fake_server():
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802
            seen.append(self.rfile.read(int(self.headers["content-length"])))
            body = json.dumps(chat_response(json.dumps(ANSWER))).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", seen
    httpd.shutdown()
    httpd.server_close()


def test_batch_folder_to_jsonl_and_csv_then_resume(fake_server, tmp_path):
    base_url, seen = fake_server
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Police arrested two men in Leeds on Monday.")
    (docs / "b.html").write_text(
        "<html><body><nav>Menu</nav><p>Police arrested two men in Leeds.</p></body></html>"
    )
    (docs / "c.txt").write_text("   ")
    out, table = tmp_path / "out.jsonl", tmp_path / "events.csv"
    args = [
        "batch",
        str(docs),
        "--out",
        str(out),
        "--csv",
        str(table),
        "--base-url",
        base_url,
        "--mode",
        "llama_cpp",
        "--model",
        "m",
        "--no-cache",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "2 done, 1 failed, 0 already" in result.output
    records = {json.loads(x)["id"]: json.loads(x) for x in out.read_text().splitlines()}
    assert records["c"]["error"].startswith("InputError")
    assert records["b"]["text"] == "Police arrested two men in Leeds."
    with table.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["doc_id"], r["type"], r["count"]) for r in rows] == [
        ("a", "arrest", "2"),
        ("b", "arrest", "2"),
    ]
    calls = len(seen)
    again = CliRunner().invoke(app, args)
    assert "0 done, 0 failed, 3 already" in again.output and len(seen) == calls


def test_extract_json_csv_and_html_through_the_runner(fake_server, tmp_path):
    base_url, _ = fake_server
    doc = tmp_path / "a.txt"
    doc.write_text("Police arrested two men in Leeds on Monday.")
    page = tmp_path / "report.html"
    common = ["--base-url", base_url, "--mode", "llama_cpp", "--model", "m", "--no-cache"]
    result = CliRunner().invoke(app, ["extract", str(doc), "--format", "json", *common])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["events"][0]["type"] == "arrest"
    result = CliRunner().invoke(
        app, ["extract", str(doc), "--format", "csv", "--html", str(page), *common]
    )
    assert result.exit_code == 0 and result.stdout.startswith("doc_id,event,type")
    assert "<mark " in page.read_text()
