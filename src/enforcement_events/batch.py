"""Batch runs over many documents: read inputs, extract, append results, resume.

Inputs: a folder of ``.txt``/``.html`` files, a JSONL file (``id``, ``text``,
optional ``published``), or a CSV with a text column (``text``, ``body``,
``content`` or ``article``; a ``date``/``published`` column may hold ISO dates or
Unix timestamps). Output: JSONL, one line per document with its id and its
events or its error, appended and flushed as each document finishes, so that a
run killed at any moment and started again skips what is done and loses nothing.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import EnforcementEventsError, InputError
from .schema import Report

__all__ = ["Document", "done_ids", "iter_documents", "result_line", "run_batch"]

_TEXT_COLUMNS = ("text", "body", "content", "article")
_DATE_COLUMNS = ("published", "date")


@dataclass(frozen=True)
class Document:
    """One input document."""

    id: str
    text: str
    published: str | None = None


def _published(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if text.replace(".", "", 1).isdigit():  # a Unix timestamp
        return datetime.fromtimestamp(float(text), tz=UTC).date().isoformat()
    return text[:10]


def iter_documents(source: Path, *, text_column: str | None = None) -> Iterator[Document]:
    """Yield the documents of a folder, a JSONL file or a CSV file.

    Raises:
        InputError: the source does not exist or has no usable text column.
    """
    if source.is_dir():
        for path in sorted(source.iterdir()):
            if path.suffix.lower() in (".txt", ".html", ".htm") and path.is_file():
                yield Document(path.stem, path.read_text(encoding="utf-8", errors="replace"))
        return
    if not source.is_file():
        raise InputError(f"{source}: no such file or folder (pass a folder, .jsonl or .csv).")
    if source.suffix.lower() == ".jsonl":
        with source.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{source}:{n}: not valid JSON ({exc.msg}).") from exc
                text = row.get(text_column or "text")
                if not isinstance(text, str):
                    raise InputError(f"{source}:{n}: no string field {text_column or 'text'!r}.")
                yield Document(str(row.get("id", n)), text, _published(row.get("published")))
        return
    if source.suffix.lower() == ".csv":
        csv.field_size_limit(sys.maxsize)
        with source.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            columns = reader.fieldnames or []
            column = text_column or next((c for c in _TEXT_COLUMNS if c in columns), None)
            if column is None or column not in columns:
                raise InputError(
                    f"{source}: no text column (looked for {_TEXT_COLUMNS}; "
                    f"columns are {columns}); pass --text-column."
                )
            date_col = next((c for c in _DATE_COLUMNS if c in columns), None)
            for n, row in enumerate(reader, 1):
                yield Document(
                    str(row.get("id") or n),
                    row[column] or "",
                    _published(row.get(date_col)) if date_col else None,
                )
        return
    raise InputError(
        f"{source}: unknown input type; pass a folder of .txt/.html files, "
        "a .jsonl file or a .csv file."
    )


def done_ids(out: Path) -> set[str]:
    """Ids already in ``out``; a torn last line (a run killed mid-write) is cut off."""
    if not out.exists():
        return set()
    raw = out.read_bytes()
    keep = raw
    if raw and not raw.endswith(b"\n"):
        keep = raw[: raw.rfind(b"\n") + 1]
    ids = set()
    for line in keep.splitlines():
        try:
            ids.add(str(json.loads(line)["id"]))
        except (json.JSONDecodeError, KeyError):
            continue
    if keep != raw:
        with out.open("r+b") as fh:
            fh.truncate(len(keep))
    return ids


def result_line(doc: Document, report: Report | None, error: str | None) -> dict[str, Any]:
    """The JSONL record of one document."""
    if report is None:
        return {"id": doc.id, "published": doc.published, "error": error, "events": []}
    return {
        "id": doc.id,
        "published": doc.published,
        "error": None,
        "events": [e.model_dump(mode="json") for e in report.events],
        "dropped": [d.model_dump() for d in report.dropped],
        "usage": report.usage.model_dump(),
        "model": report.model,
        "seconds": report.seconds,
        "text": report.text,
    }


def _append(out: Path, record: dict[str, Any]) -> None:
    with out.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def run_batch(
    extract: Callable[[str, str | None], Report],
    documents: list[Document],
    out: Path,
    *,
    workers: int = 1,
    on_done: Callable[[Document, dict[str, Any]], None] | None = None,
) -> dict[str, int]:
    """Extract every document not yet in ``out``; append each result as it finishes.

    Returns:
        Counts: ``skipped`` (already done), ``done``, ``failed``.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    seen = done_ids(out)
    todo = [d for d in documents if d.id not in seen]
    counts = {"skipped": len(documents) - len(todo), "done": 0, "failed": 0}

    def one(doc: Document) -> dict[str, Any]:
        try:
            return result_line(doc, extract(doc.text, doc.published), None)
        except EnforcementEventsError as exc:
            return result_line(doc, None, f"{type(exc).__name__}: {exc}")

    def finish(doc: Document, record: dict[str, Any]) -> None:
        _append(out, record)
        counts["failed" if record["error"] else "done"] += 1
        if on_done:
            on_done(doc, record)

    if workers <= 1:
        for doc in todo:
            finish(doc, one(doc))
        return counts
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: dict[Future[dict[str, Any]], Document] = {}
        queue = iter(todo)
        for doc in queue:
            pending[pool.submit(one, doc)] = doc
            if len(pending) >= workers:
                break
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                finish(pending.pop(fut), fut.result())
                nxt = next(queue, None)
                if nxt is not None:
                    pending[pool.submit(one, nxt)] = nxt
    return counts
