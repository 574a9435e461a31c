"""Run a server command for as long as the process that started it lives.

``python PATH/_lifeline.py -- CMD ...`` starts ``CMD`` as its child
and then reads its standard input, a pipe whose writing end only the parent
holds. The pipe reaches end-of-file however the parent ends: a normal exit, an
exception, Ctrl-C, SIGTERM, SIGHUP or SIGKILL (the kernel closes a dead
process's descriptors). Then, or on SIGTERM/SIGINT/SIGHUP to this process, the
server gets SIGTERM, and SIGKILL if it is still there after a short grace (a
uvicorn server waiting for a request nobody will read ignores SIGTERM for
minutes). On Linux the server is also tied to this process by
``PR_SET_PDEATHSIG``, so killing this process with SIGKILL still ends it.

It is run by its file path and imports nothing of the package, so it starts in
milliseconds and needs none of the package's dependencies.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import subprocess
import sys
import threading
from types import FrameType

GRACE_SECONDS = 2.0


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to SIGKILL it when this process dies."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)


def stop(process: subprocess.Popen[bytes], grace: float = GRACE_SECONDS) -> None:
    """SIGTERM, then SIGKILL after ``grace`` seconds; waits until the process is gone."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        process.wait()


def main(argv: list[str]) -> int:
    """Start ``argv`` (after an optional ``--``), watch stdin, stop the child on EOF."""
    cmd = argv[1:] if argv[:1] == ["--"] else argv
    if not cmd:
        print("usage: python _lifeline.py -- CMD [ARGS...]", file=sys.stderr)
        return 2
    child = subprocess.Popen(cmd, preexec_fn=_die_with_parent)
    ended = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        ended.set()

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)

    def watch_parent() -> None:
        # read() returns b"" only at end-of-file: the parent closed the pipe or died
        with contextlib.suppress(OSError, ValueError):
            while sys.stdin.buffer.read(1):
                pass
        ended.set()

    def watch_child() -> None:
        child.wait()
        ended.set()

    threading.Thread(target=watch_parent, daemon=True).start()
    threading.Thread(target=watch_child, daemon=True).start()
    while not ended.wait(0.5):
        pass
    # a server that ended on its own, not stopped here, tells how: a crash by a signal
    # (SIGSEGV, SIGILL) is 128 + its number, as a shell reports it
    own = child.poll()
    stop(child)
    if own is None or own == 0:
        return 0
    return 128 - own if own < 0 else own


if __name__ == "__main__":  # pragma: no cover - run as a process by local.LocalServer
    sys.exit(main(sys.argv[1:]))
