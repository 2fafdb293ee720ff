"""The `dev` script: its help reads as help, an unknown command fails."""

import subprocess
from pathlib import Path

DEV = Path(__file__).resolve().parent.parent / "dev"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(DEV), *args], capture_output=True, text=True, timeout=30)


def test_help_shows_the_two_commands_and_nothing_else():
    result = run()
    assert result.returncode == 0
    assert "./dev demo" in result.stdout and "./dev test" in result.stdout
    assert "BIND=" in result.stdout
    assert "set -euo" not in result.stdout and "#" not in result.stdout


def test_an_unknown_command_fails_and_says_so():
    result = run("tset")
    assert result.returncode == 2
    assert "unknown command: tset" in result.stderr
