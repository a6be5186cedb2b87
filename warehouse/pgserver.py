"""A throw-away PostgreSQL server for trying (and testing) the PostgreSQL catalog on one machine.

    uv run python -m warehouse.pgserver start var/pg 5433   # prints the WIREFACTS_WAREHOUSE_CATALOG to export
    uv run python -m warehouse.pgserver stop var/pg

It uses Debian's ``postgresql-15`` server binaries (``/usr/lib/postgresql/15/bin``;
``apt-get install postgresql-15``), makes a cluster with ``initdb`` in the given
folder and starts it on the given port, listening on 127.0.0.1 only, with trust
authentication (a trial, not a production server). PostgreSQL refuses to run as
root, so as root the cluster belongs to the ``postgres`` user and is run through
``runuser``.
"""

from __future__ import annotations

import os
import pwd
import socket
import subprocess
import sys
import time
from pathlib import Path

PG_BIN = Path(os.environ.get("WIREFACTS_PG_BIN", "/usr/lib/postgresql/15/bin"))
"""Where the server binaries are (Debian's layout)."""

DATABASE = "wirefacts"


class PostgresUnavailableError(RuntimeError):
    """The server binaries are not installed, or the server did not start."""


def available() -> bool:
    """Whether the PostgreSQL server binaries are installed."""
    return (PG_BIN / "initdb").is_file() and (PG_BIN / "pg_ctl").is_file()


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    """Run as ``postgres`` when we are root (initdb and postgres refuse root)."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start(folder: Path, port: int) -> str:
    """Create (once) and start (unless running) a cluster in ``folder`` on ``port``; its catalog string.

    Raises:
        PostgresUnavailableError: No binaries, or the server did not come up.
    """
    if not available():
        raise PostgresUnavailableError(
            f"no PostgreSQL server binaries in {PG_BIN} (apt-get install postgresql-15)"
        )
    folder = folder.resolve()
    data = folder / "data"
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        for parent in folder.parents:  # the server must reach its folder
            if parent == Path("/"):
                break
            os.chmod(parent, os.stat(parent).st_mode | 0o001)
    user = "postgres"
    if not (data / "PG_VERSION").exists():
        subprocess.run(
            _as_owner([str(PG_BIN / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8"]),
            check=True,
            capture_output=True,
        )
    running = subprocess.run(
        _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "status"]), check=False, capture_output=True
    )
    if running.returncode != 0:
        _start_server(folder, data, port)
    deadline = time.monotonic() + 60
    while True:
        made = subprocess.run(
            _as_owner(
                [
                    str(PG_BIN.parent / "bin" / "createdb"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "-U",
                    user,
                    DATABASE,
                ]
            ),
            capture_output=True,
            text=True,
        )
        if made.returncode == 0 or "already exists" in made.stderr:
            break
        if time.monotonic() > deadline:
            raise PostgresUnavailableError(f"PostgreSQL did not accept connections: {made.stderr.strip()}")
        time.sleep(0.2)
    return f"postgres:dbname={DATABASE} host=127.0.0.1 port={port} user={user}"


def _start_server(folder: Path, data: Path, port: int) -> None:
    """Start the cluster in ``data`` on ``port`` and wait for it (``pg_ctl start -w``)."""
    subprocess.run(
        _as_owner(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "server.log"),
                "-w",
                "-t",
                "60",
                "-o",
                f"-p {port} -c listen_addresses=127.0.0.1 -k {folder}",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )


def stop(folder: Path) -> None:
    """Stop the cluster in ``folder`` (fast shutdown); nothing when it is not running."""
    data = folder.resolve() / "data"
    if (data / "postmaster.pid").exists():
        subprocess.run(
            _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            check=False,
            capture_output=True,
        )


def main(argv: list[str]) -> int:
    """``start FOLDER [PORT]`` or ``stop FOLDER``; exit 2 with one line when it cannot."""
    if len(argv) < 2 or argv[0] not in {"start", "stop"}:
        print("usage: python -m warehouse.pgserver start FOLDER [PORT] | stop FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "stop":
        stop(folder)
        print(f"stopped PostgreSQL in {folder}")
        return 0
    try:
        catalog = start(folder, int(argv[2]) if len(argv) > 2 else 5433)
    except (PostgresUnavailableError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        text = detail.decode(errors="replace").strip() if isinstance(detail, bytes) else str(detail)
        print(f"error: {exc}{': ' + text if text else ''}", file=sys.stderr)
        return 2
    print(f"PostgreSQL up (log: {folder}/server.log). To load into it:")
    print(f'  export WIREFACTS_WAREHOUSE_CATALOG="{catalog}"')
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
