"""Every command and setting is documented in the README."""
from dataclasses import fields
from pathlib import Path

from newsevents.cli import cli
from newsevents.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_command_is_in_the_readme():
    for name in cli.commands:
        assert f"newsevents {name}" in README, f"command {name} is not documented"


def test_every_option_is_in_the_readme():
    for name, command in cli.commands.items():
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{name} {opt} is not documented"


def test_every_setting_is_in_the_readme():
    for field in fields(Settings):
        assert f"`{field.name}`" in README, f"setting {field.name} is not documented"


def test_the_two_setup_commands_are_there_and_ci_runs_the_test_one():
    assert "pip install . && newsevents demo" in README
    test_command = 'pip install ".[test]" && python -m pytest'
    assert test_command in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert test_command in ci
