"""Templates and schemas must reach an installed wheel, not only a checkout."""

import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


@pytest.mark.skipif(
    subprocess.run([sys.executable, "-c", "import hatchling"], check=False).returncode != 0,
    reason="hatchling not installed",
)
def test_wheel_carries_prompts_schemas_and_py_typed(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("enforcement_events-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "prompts").glob("*.md"):
        assert f"enforcement_events/_data/prompts/{path.name}" in names
    for path in (ROOT / "schemas").glob("*.json"):
        assert f"enforcement_events/_data/schemas/{path.name}" in names
    assert "enforcement_events/py.typed" in names


def test_public_names_are_sorted_and_importable():
    import enforcement_events

    assert enforcement_events.__all__ == sorted(enforcement_events.__all__)
    for name in enforcement_events.__all__:
        assert getattr(enforcement_events, name) is not None
