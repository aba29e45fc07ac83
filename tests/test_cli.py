"""The CLI's promises that need no spaCy: help with an example, one-line errors, exit codes."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

COMMANDS = ("build", "extract", "schema", "stats", "validate", "eval", "report", "import", "export")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: timeline " + command in result.output


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"timeline {command}" in readme


def test_unwritable_output_stops_before_work_with_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(main, ["build", "data/raw", "--out", str(blocker / "out")])
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: ")
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_output_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("x")
    result = CliRunner().invoke(main, ["build", "data/raw", "--out", str(target)])
    assert result.exit_code == 2
    assert (
        result.output.strip()
        == f"Error: output {target} exists and is not a folder; choose another --out"
    )


def test_missing_argument_is_a_usage_error() -> None:
    assert CliRunner().invoke(main, ["build"]).exit_code == 2


def test_validate_reports_a_broken_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "Error: mentions.parquet is missing" in result.output


def test_schema_writes_one_file_per_record(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["schema", "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "article.schema.json",
        "event.schema.json",
        "mention.schema.json",
        "reject.schema.json",
    ]


def test_article_size_limit_is_an_option_and_rejects_with_a_reason(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text("Russian forces shelled Kharkiv on Monday, officials said. " * 20)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", str(source), "--out", str(out), "--max-article-chars", "100"]
    )
    assert result.exit_code == 1, result.output
    import pandas as pd

    rejects = pd.read_parquet(out / "rejects.parquet")
    assert list(rejects["input_path"]) == [str(source)]
    assert "over the 100 limit" in rejects["reason"][0]
