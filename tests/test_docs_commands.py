"""The shell commands the docs show run as written on a fresh machine: every tool they name is in .venv/bin.

A fresh machine has the project's environment (``make setup``), not its tools on ``PATH``:
a bare ``duckdb``, ``prefect`` or ``wirefacts`` there exits 127. So a command in README.md or any
page of ``docs/`` must name its tool as ``uv run TOOL`` or ``.venv/bin/TOOL`` (with ``TOOL``
shipped in the environment), or be one of the few system tools the setup itself needs.
Cheap and offline: it reads the Markdown and lists ``.venv/bin``.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
"""Every page: a command anywhere in the docs must run as written."""
PAGES_WITH_COMMANDS = {"README.md", "operators.md", "engineers.md", "analysts.md"}
"""The pages whose readers type commands: finding none there means the extraction broke."""
VENV_BIN = Path(sys.executable).parent
SYSTEM_TOOLS = {"make", "uv", "export", "curl"}
"""What a fresh machine has (or ``make`` installs) outside the project's environment."""
ENV_ASSIGNMENT = re.compile(r"^[A-Z_][A-Z0-9_]*=")


def _code_lines(text: str) -> list[str]:
    """Lines of indented code blocks and of shell-fenced blocks (other fenced blocks are skipped)."""
    lines: list[str] = []
    fence: str | None = None
    for line in text.splitlines():
        if line.startswith("```"):
            fence = None if fence is not None else (line[3:].strip() or "text")
            continue
        if fence is not None:
            if fence in {"sh", "bash", "shell", "console"}:
                lines.append(line)
            continue
        if line.startswith("    ") and not line.lstrip().startswith(("* ", "- ")):
            lines.append(line.strip())
    return [line for line in lines if line]


def _commands(path: Path) -> list[tuple[str, str]]:
    """(tool as written, the whole command) for every shell command of a page."""
    found = []
    for line in _code_lines(path.read_text()):
        for segment in re.split(r"&&|\|\||;|\|", line.split("  #")[0]):
            try:
                words = shlex.split(segment)
            except ValueError:
                continue
            while words and ENV_ASSIGNMENT.match(words[0]):
                words = words[1:]
            if words and (_looks_like_a_tool(words[0])):
                found.append((" ".join(words[:2]) if words[0] == "uv" else words[0], segment.strip()))
    return found


def _looks_like_a_tool(word: str) -> bool:
    """A command's first word, as opposed to SQL, a table row or program output in a code block."""
    return word in SYSTEM_TOOLS or word.startswith(".venv/bin/") or (VENV_BIN / word).exists()


def _problem(tool: str, command: str) -> str | None:
    """Why the command would not run as written, or None."""
    words = shlex.split(command)
    while words and ENV_ASSIGNMENT.match(words[0]):
        words = words[1:]
    if words[0] == "uv" and words[1:2] == ["run"]:
        named = next((w for w in words[2:] if not w.startswith("-")), "")
        return None if (VENV_BIN / named).exists() else f"`uv run {named}`: no {named} in {VENV_BIN}"
    if words[0].startswith(".venv/bin/"):
        named = words[0].removeprefix(".venv/bin/")
        return None if (VENV_BIN / named).exists() else f"{words[0]} does not exist"
    if words[0] in SYSTEM_TOOLS:
        return None
    return f"bare `{words[0]}` is not on PATH on a fresh machine: write `uv run {words[0]}`"


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_every_command_names_a_tool_that_exists(page: Path) -> None:
    commands = _commands(page)
    assert commands or page.name not in PAGES_WITH_COMMANDS, f"no shell commands found in {page.name}"
    problems = [f"{command!r}: {why}" for tool, command in commands if (why := _problem(tool, command))]
    assert problems == []


def test_the_extraction_sees_the_tools_the_operators_page_uses() -> None:
    tools = {tool for tool, _ in _commands(ROOT / "docs" / "operators.md")}
    assert {"make", "uv run", ".venv/bin/wirefacts"} <= tools
    assert any("duckdb" in command for _, command in _commands(ROOT / "docs" / "operators.md"))


def test_a_bare_tool_is_caught() -> None:
    assert _problem("duckdb", 'duckdb -readonly w.sqlite "SELECT 1"') is not None
    assert _problem("prefect", "PREFECT_API_URL=x prefect deployment run a/b") is not None
    assert _problem("uv run", 'uv run duckdb -readonly w.sqlite "SELECT 1"') is None
