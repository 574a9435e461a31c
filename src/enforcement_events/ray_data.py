"""The same extraction over millions of documents on Ray Data (the ``ray`` extra).

Rows ``{id, text, published}`` go in; out comes one row per document with the fields
of the ``batch`` JSONL output (:func:`enforcement_events.batch.result_line`): events
and dropped answers as JSON text, usage as a struct, seconds, the text the offsets
refer to, the error of a document that failed, and the endpoint that answered.

The work runs in :meth:`ray.data.Dataset.map_batches` with a callable class, so Ray
keeps a pool of actors; each actor holds one :class:`Extractor` pointed at one of the
endpoints, handed out round robin, so a pool of OpenAI-compatible servers is used
evenly. Concurrency, restarts and retries are Ray's: an actor pool restarts a dead
actor and retries its batch by default (``max_restarts=-1``, ``max_task_retries=-1``).

:func:`extract_to_parquet` adds resume: the ids already in the output folder are
dropped from the input before any call, and each block is written as its own Parquet
file, so a run stopped at any point and started again writes every document once.
Ray is imported only when these functions run; ``import enforcement_events`` does not.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .batch import Document, _published, iter_documents, result_line
from .errors import ConfigurationError, EnforcementEventsError, InputError

if TYPE_CHECKING:
    import pyarrow as pa
    import ray.data

__all__ = [
    "connect",
    "extract_dataset",
    "extract_to_parquet",
    "parquet_done_ids",
    "read_documents",
    "start_tracker",
]

_MISSING = "Ray is not installed: pip install 'enforcement-events[ray]'"
_USAGE = ("prompt_tokens", "completion_tokens", "calls", "cached_calls")


def _ray() -> Any:
    """Import ray and ray.data, or say how to install them."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise ConfigurationError(_MISSING) from exc
    return ray


def output_schema() -> pa.Schema:
    """The Parquet schema of the output rows (fixed, so every file reads back as one)."""
    import pyarrow as pa

    usage = pa.struct([(name, pa.int64()) for name in _USAGE])
    return pa.schema(
        [
            ("id", pa.string()),
            ("published", pa.string()),
            ("error", pa.string()),
            ("events", pa.string()),  # JSON list of events, as in the JSONL output
            ("dropped", pa.string()),  # JSON list of dropped answers
            ("usage", usage),
            ("model", pa.string()),
            ("seconds", pa.float64()),
            ("text", pa.string()),
            ("endpoint", pa.string()),
        ]
    )


class _Tracker:
    """One per run (a Ray actor): hands out endpoints round robin, counts finished rows."""

    def __init__(self) -> None:
        self.members: list[Any] = []
        self.done = 0
        self.failed = 0

    def join(self, actor: Any) -> int:
        self.members.append(actor)
        return len(self.members) - 1

    def finished(self, failed: bool) -> None:
        self.failed += failed
        self.done += not failed

    def counts(self) -> tuple[int, int]:
        return self.done, self.failed

    def actors(self) -> list[Any]:
        return list(self.members)


def start_tracker() -> Any:
    """Start a run's tracker actor: pass it to :func:`extract_dataset` to follow the run.

    ``ray.get(tracker.counts.remote())`` is ``(done, failed)`` so far (a batch retried
    after a worker died counts twice there; the output does not); ``tracker.actors``
    lists the extraction actors that joined, in the order they got their endpoints.
    """
    return _ray().remote(num_cpus=0)(_Tracker).remote()


class _ExtractBatch:
    """The map_batches class: one Extractor per actor, one endpoint per Extractor."""

    def __init__(self, endpoints: Sequence[str], tracker: Any, options: Mapping[str, Any]) -> None:
        from .extractor import Extractor

        rt = _ray()
        me = rt.get_runtime_context().current_actor
        self.tracker = tracker
        self.endpoint = endpoints[rt.get(tracker.join.remote(me)) % len(endpoints)]
        self.extractor = Extractor(base_url=self.endpoint, **options)

    def _row(self, doc: Document) -> dict[str, Any]:
        started = time.monotonic()
        try:
            report = self.extractor.extract(doc.text, published=doc.published)
            record = result_line(doc, report, None)
        except EnforcementEventsError as exc:
            record = result_line(doc, None, f"{type(exc).__name__}: {exc}")
            record["seconds"] = round(time.monotonic() - started, 3)
        record["events"] = json.dumps(record["events"], ensure_ascii=False)
        record["dropped"] = json.dumps(record.get("dropped", []), ensure_ascii=False)
        record["endpoint"] = self.endpoint
        self.tracker.finished.remote(record["error"] is not None)
        return record

    def __call__(self, batch: pa.Table) -> pa.Table:
        import pyarrow as pa

        rows = [
            self._row(
                Document(str(row["id"]), str(row["text"] or ""), _published(row.get("published")))
            )
            for row in batch.to_pylist()
        ]
        return pa.Table.from_pylist(rows, schema=output_schema())


def extract_dataset(
    ds: ray.data.Dataset,
    *,
    endpoints: Sequence[str],
    concurrency: int | tuple[int, int] = 1,
    num_cpus: float = 0.25,
    batch_size: int = 16,
    tracker: Any = None,
    ray_options: Mapping[str, Any] | None = None,
    **extractor_options: Any,
) -> ray.data.Dataset:
    """Extract the events of every row of ``ds``; lazy, like any Ray Data transform.

    Args:
        ds: rows with ``id``, ``text`` and optionally ``published`` (ISO text, a date
            or a Unix timestamp).
        endpoints: OpenAI-compatible base URLs; actor *i* uses ``endpoints[i % n]``.
        concurrency: actors in the pool, or ``(min, max)`` for an autoscaling pool.
        num_cpus: CPUs Ray reserves per actor; an actor mostly waits on HTTP, so the
            default lets four share a core.
        batch_size: documents per batch, hence per output block (and Parquet file).
        tracker: from :func:`start_tracker`, to follow the run; one is made if None.
        ray_options: more keyword arguments for :meth:`ray.data.Dataset.map_batches`
            (``compute``, ``memory``, ``runtime_env``, ...); they win over the above.
        **extractor_options: for each :class:`~enforcement_events.Extractor`
            (``model``, ``api_key``, ``mode``, ``strategy``, ``retry``, ``cache`` ...).

    Returns:
        A dataset with one row per input row, in the schema of :func:`output_schema`.

    Raises:
        ConfigurationError: Ray is not installed, or no endpoint was given.

    Example:
        >>> ds = ray.data.from_items([{"id": "1", "text": t, "published": None}])  # doctest: +SKIP
        >>> extract_dataset(ds, endpoints=["http://gpu1:8000/v1"], model="m").take(1)  # doctest: +SKIP
    """
    rt = _ray()
    if not endpoints:
        raise ConfigurationError("No endpoint: pass endpoints=['http://host:8000/v1', ...].")
    if "base_url" in extractor_options:
        raise ConfigurationError("Pass the servers as endpoints=[...], not base_url=.")
    low, high = concurrency if isinstance(concurrency, tuple) else (concurrency, concurrency)
    options: dict[str, Any] = {
        "compute": rt.data.ActorPoolStrategy(min_size=low, max_size=high),
        "num_cpus": num_cpus,
        "batch_size": batch_size,
        "batch_format": "pyarrow",
        "udf_modifying_row_count": False,
        "fn_constructor_args": (
            list(endpoints),
            tracker if tracker is not None else start_tracker(),
            extractor_options,
        ),
        **(ray_options or {}),
    }
    return ds.map_batches(_ExtractBatch, **options)


def connect(address: str | None = None, *, num_cpus: int | None = None) -> None:
    """Join a Ray cluster (``address="auto"``), or start a local one (None), once.

    Raises:
        ConfigurationError: Ray is not installed, or the cluster cannot be reached.
    """
    rt = _ray()
    if rt.is_initialized():
        return
    try:
        rt.init(
            address=address,
            num_cpus=num_cpus if address is None else None,
            include_dashboard=False,
            configure_logging=False,
        )
    except ConnectionError as exc:
        raise ConfigurationError(f"No Ray cluster at {address!r}: {exc}") from exc


def read_documents(
    source: Path, *, text_column: str | None = None, limit: int | None = None
) -> ray.data.Dataset:
    """The inputs of ``batch`` (a folder of .txt/.html, .jsonl, .csv) or Parquet, as rows.

    Parquet (a ``.parquet`` file or a folder of them) is read by Ray where it lies, the
    others through :func:`enforcement_events.batch.iter_documents` on this machine.

    Raises:
        InputError: the source is missing or has no text column.
    """
    rt = _ray()
    parquet = source.suffix.lower() == ".parquet" or (
        source.is_dir() and any(source.glob("*.parquet"))
    )
    if not parquet:
        docs = list(iter_documents(source, text_column=text_column))[:limit]
        rows = [{"id": d.id, "text": d.text, "published": d.published} for d in docs]
        return cast("ray.data.Dataset", rt.data.from_items(rows))
    if not source.exists():
        raise InputError(f"{source}: no such file or folder.")
    ds = rt.data.read_parquet(str(source))
    columns = ds.columns()
    column = text_column or "text"
    if column not in columns or "id" not in columns:
        raise InputError(
            f"{source}: needs an id column and a text column {column!r}; columns are "
            f"{columns} (pass --text-column)."
        )
    keep = {"id": "id", column: "text"}
    if "published" in columns:
        keep["published"] = "published"
    ds = ds.select_columns(list(keep)).rename_columns(keep)
    return cast("ray.data.Dataset", ds.limit(limit) if limit is not None else ds)


def parquet_done_ids(out: Path) -> set[str]:
    """Ids already in the Parquet files of ``out``.

    A file that cannot be read (a run killed while writing it) is renamed
    ``*.parquet.torn``, so that neither this nor a reader takes it, and its
    documents are done again.
    """
    import pyarrow.parquet as pq

    ids: set[str] = set()
    for path in sorted(out.glob("*.parquet")) if out.is_dir() else []:
        try:
            column = pq.read_table(path, columns=["id"]).column("id")
        except (OSError, ValueError):  # pyarrow's ArrowInvalid is a ValueError
            path.rename(path.with_name(path.name + ".torn"))
            continue
        ids.update(str(x) for x in column.to_pylist())
    return ids


def _drop_done(batch: pa.Table, done: pa.Array) -> pa.Table:
    """The rows of ``batch`` whose id is not in ``done``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    ids = pc.cast(batch.column("id"), pa.string())
    return batch.filter(pc.invert(pc.is_in(ids, value_set=done)))


def _count_new(out: Path, before: set[str]) -> tuple[int, int]:
    """(done, failed) in the files of ``out`` that were not there before the run."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    done = failed = 0
    for path in sorted(out.glob("*.parquet")):
        if path.name not in before:
            errors = pq.read_table(path, columns=["error"]).column("error")
            bad = int(pc.sum(pc.is_valid(errors)).as_py() or 0)
            failed += bad
            done += len(errors) - bad
    return done, failed


def extract_to_parquet(
    ds: ray.data.Dataset,
    out: Path,
    *,
    endpoints: Sequence[str],
    on_progress: Callable[[int, int], None] | None = None,
    tracker: Any = None,
    **options: Any,
) -> dict[str, int]:
    """Extract every row of ``ds`` whose id is not yet in ``out``; one Parquet file per block.

    Args:
        ds: input rows (see :func:`extract_dataset`).
        out: the output folder; a run started again skips the ids already there.
        endpoints: OpenAI-compatible base URLs, shared round robin by the actors.
        on_progress: called about twice a second with (done, failed) so far, in a thread.
        tracker: from :func:`start_tracker`; one is made if None.
        **options: for :func:`extract_dataset` (``concurrency``, ``model`` ...).

    Returns:
        Counts: ``skipped`` (already in ``out``), ``done``, ``failed``, as ``run_batch``.

    Raises:
        ConfigurationError: Ray is not installed, or no endpoint was given.
    """
    import pyarrow as pa

    out.mkdir(parents=True, exist_ok=True)
    seen = parquet_done_ids(out)
    before = {p.name for p in out.glob("*.parquet")}
    total = ds.count()
    todo = ds
    if seen:
        done_ids = pa.array(sorted(seen), pa.string())
        todo = ds.map_batches(
            cast(Any, _drop_done), batch_format="pyarrow", fn_kwargs={"done": done_ids}
        )
        if todo.count() == 0:  # all done: no actors to start
            return {"skipped": total, "done": 0, "failed": 0}
    own_tracker = tracker is None
    tracker = start_tracker() if own_tracker else tracker
    result = extract_dataset(todo, endpoints=endpoints, tracker=tracker, **options)
    stop = threading.Event()

    def poll() -> None:
        rt = _ray()
        while not stop.wait(0.5):
            done, failed = rt.get(tracker.counts.remote())
            if on_progress is not None:
                on_progress(done, failed)

    watcher = threading.Thread(target=poll, daemon=True)
    if on_progress is not None:
        watcher.start()
    try:
        result.write_parquet(str(out))
    finally:
        stop.set()
        if watcher.is_alive():
            watcher.join()
        if own_tracker:  # the dataset may keep a handle to it: end it here
            _ray().kill(tracker)
    done, failed = _count_new(out, before)
    if on_progress is not None:
        on_progress(done, failed)
    return {"skipped": total - done - failed, "done": done, "failed": failed}
