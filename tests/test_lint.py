"""The linters the project configures (pyproject.toml) run with the tests, so CI fails on
a finding: ruff's lint rules and formatting on src, tests and benchmarks; mypy --strict on src."""

import subprocess
import sys

import pytest

from .conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(
    "command",
    [("check", "src", "tests", "benchmarks"), ("format", "--check", "src", "tests", "benchmarks")],
    ids=["ruff-check", "ruff-format"],
)
def test_ruff_finds_nothing(command):
    result = _run(sys.executable, "-m", "ruff", *command)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_nothing():
    result = _run(sys.executable, "-m", "mypy")  # files and --strict from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
