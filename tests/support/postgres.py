"""A throwaway PostgreSQL server for the tests, on 127.0.0.1 and a free port.

``postgres_url_for_tests(base)`` gives a SQLAlchemy URL and a function that stops the server:
the server named by ``LAO_TEST_PG_URL`` when that variable is set (nothing is started or
stopped), else a new cluster from ``start_cluster(base)``.

The cluster uses the server binaries of the installed PostgreSQL (the newest
``/usr/lib/postgresql/*/bin`` of Debian's packages, else ``initdb`` found on PATH); without them
this raises RuntimeError: the tests need a real PostgreSQL, they are not skipped. ``initdb``
refuses to run as root, so under root the server runs as the ``postgres`` user that Debian's
package creates. Trust authentication, UTF8, fsync off: for tests only.
"""

from __future__ import annotations

import atexit
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

ENV_URL = "LAO_TEST_PG_URL"
DATABASE = "lao_test"
SUPERUSER = "lao_test"
SERVER_OS_USER = "postgres"  # who runs the server when the tests run as root
DEBIAN_SERVERS = Path("/usr/lib/postgresql")  # one folder per major version: 15/bin, 16/bin
INSTALL_HINT = "Install the server: apt-get install postgresql (Debian/Ubuntu)."
_MAX_SOCKET_PATH = 100  # Unix socket paths are limited to 107 bytes on Linux

_running: list[Cluster] = []


@dataclass
class Cluster:
    """A running throwaway server. ``url`` is a SQLAlchemy URL of its ``lao_test`` database."""

    url: str
    port: int
    data_dir: Path
    log_file: Path
    bin_dir: Path
    _work_dir: Path = field(repr=False)
    _watchdog: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _stopped: bool = field(default=False, repr=False)

    def stop(self) -> None:
        """Stop the server and delete its files. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        if self in _running:
            _running.remove(self)
        _stop_server(self.bin_dir, self.data_dir, self._work_dir)
        if self._watchdog is not None:
            self._watchdog.kill()
            self._watchdog.wait()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def postgres_url_for_tests(tmp_base: Path) -> tuple[str, Callable[[], None]]:
    """The URL of a PostgreSQL database for the tests and a function that releases it."""
    url = os.environ.get(ENV_URL)
    if url:
        return url, lambda: None
    cluster = start_cluster(tmp_base)
    return cluster.url, cluster.stop


def find_server_bin_dir() -> Path:
    """The folder with ``initdb`` and ``pg_ctl``: the newest Debian one, else from PATH."""
    found: list[tuple[tuple[int, ...], Path]] = []
    for bin_dir in DEBIAN_SERVERS.glob("*/bin"):
        if (bin_dir / "initdb").is_file() and (bin_dir / "pg_ctl").is_file():
            version = tuple(int(part) for part in re.findall(r"\d+", bin_dir.parent.name))
            found.append((version, bin_dir))
    if found:
        return max(found)[1]
    initdb = shutil.which("initdb")
    if initdb is not None:
        bin_dir = Path(initdb).resolve().parent
        if (bin_dir / "pg_ctl").is_file():
            return bin_dir
    raise RuntimeError(
        "No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on "
        f"PATH; the PostgreSQL tests need them. {INSTALL_HINT}"
    )


def start_cluster(base_dir: Path) -> Cluster:
    """initdb a new cluster under `base_dir`, start it, create the ``lao_test`` database."""
    bin_dir = find_server_bin_dir()
    work = _work_dir(Path(base_dir))
    data, log = work / "data", work / "server.log"
    try:
        _initdb(bin_dir, data, work)
        port = _start(bin_dir, data, log, work)
    except BaseException:
        _stop_server(bin_dir, data, work)
        raise
    url = f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/{DATABASE}"
    cluster = Cluster(url, port, data, log, bin_dir, work, _watchdog(bin_dir, data, work))
    _running.append(cluster)
    try:
        _create_database(port)
    except BaseException:
        cluster.stop()
        raise
    return cluster


def _stop_server(bin_dir: Path, data: Path, work: Path) -> None:
    """Stop the server if it runs (fast, else immediate), then delete its folder."""
    for mode in ("fast", "immediate"):
        if not (data / "postmaster.pid").exists():
            break
        pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", mode, "-w", "-t", "30", "stop"]
        if _run(pg_ctl, work, check=False).returncode == 0:
            break
    shutil.rmtree(work, ignore_errors=True)


_WATCHDOG = """
while [ -d "/proc/$1" ] && [ -f "$3/postmaster.pid" ]; do sleep 1; done
if [ -f "$3/postmaster.pid" ]; then "$2" -D "$3" -m immediate stop; rm -rf "$4"; fi
"""


def _watchdog(bin_dir: Path, data: Path, work: Path) -> subprocess.Popen[bytes] | None:
    """A shell loop that stops the server if this process dies without stopping it.

    atexit does not run when the test run is killed (SIGTERM from `timeout`, SIGKILL); the
    loop, in a session of its own, watches /proc/<our pid>. Linux only, like /proc.
    """
    if not Path(f"/proc/{os.getpid()}").is_dir():
        return None
    args = ["lao-pg-watchdog", str(os.getpid()), str(bin_dir / "pg_ctl"), str(data), str(work)]
    return subprocess.Popen(
        _as_server(["sh", "-c", _WATCHDOG, *args]),
        cwd=work,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _is_root() -> bool:
    return os.geteuid() == 0


def _server_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(SERVER_OS_USER)
    except KeyError:
        raise RuntimeError(
            f"Running as root, but there is no '{SERVER_OS_USER}' user to run the server "
            f"(initdb refuses root). {INSTALL_HINT}"
        ) from None


def _as_server(cmd: list[str]) -> list[str]:
    """`cmd` run as the server's user: unchanged unless we are root."""
    if not _is_root():
        return cmd
    runuser = shutil.which("runuser") or shutil.which("runuser", path="/usr/sbin:/sbin")
    if runuser is not None:
        return [runuser, "-u", SERVER_OS_USER, "--", *cmd]
    su = shutil.which("su") or "/bin/su"
    return [su, SERVER_OS_USER, "-s", "/bin/sh", "-c", shlex.join(cmd)]


def _run(cmd: list[str], cwd: Path, *, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        _as_server(cmd),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check and done.returncode != 0:
        raise RuntimeError(
            f"{shlex.join(cmd)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done


def _work_dir(base_dir: Path) -> Path:
    """A new folder the server's user owns (data, log, socket), with a short enough path."""
    base_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="pg-", dir=base_dir))
    if _usable(work):
        return work
    # Under root, pytest's tmp_path sits in a 0700 folder the postgres user cannot enter; long
    # paths do not fit a socket. Fall back to the system temporary folder.
    shutil.rmtree(work)
    work = Path(tempfile.mkdtemp(prefix="lao-pg-"))
    if _usable(work):
        return work
    shutil.rmtree(work)
    raise RuntimeError(f"No folder usable by the PostgreSQL server in {base_dir} or {work.parent}")


def _usable(work: Path) -> bool:
    if len(str(work / ".s.PGSQL.65535")) > _MAX_SOCKET_PATH:
        return False
    if not _is_root():
        return True
    user = _server_user()
    os.chown(work, user.pw_uid, user.pw_gid)
    # Fails when a folder above `work` does not let the server's user through.
    probe = subprocess.run(
        _as_server(["test", "-w", str(work)]),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        cwd="/",
    )
    return probe.returncode == 0


def _initdb(bin_dir: Path, data: Path, work: Path) -> None:
    errors = []
    for locale in ("C.UTF-8", "C"):
        done = _run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-E",
                "UTF8",
                f"--locale={locale}",
                "--auth=trust",
                "--no-sync",
            ],
            work,
            check=False,
        )
        if done.returncode == 0:
            return
        errors.append(f"--locale={locale}: {done.stdout}{done.stderr}")
        shutil.rmtree(data, ignore_errors=True)
    raise RuntimeError("initdb failed:\n" + "\n".join(errors))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start(bin_dir: Path, data: Path, log: Path, work: Path) -> int:
    """Start the server on a free port (another one if that port was taken meanwhile)."""
    for _attempt in range(5):
        port = _free_port()
        # -F: fsync off (tests only); -k: the Unix socket goes into our folder, not /run.
        options = f"-F -c listen_addresses=127.0.0.1 -p {port} -k {shlex.quote(str(work))}"
        done = _run(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "start",
            ],
            work,
            check=False,
        )
        if done.returncode == 0:
            return port
        server_log = log.read_text(errors="replace") if log.exists() else ""
        if "could not bind" not in server_log and "already in use" not in server_log:
            raise RuntimeError(f"pg_ctl start failed:\n{done.stdout}{done.stderr}\n{server_log}")
    raise RuntimeError("pg_ctl start failed: no free port after 5 attempts")


def _create_database(port: int) -> None:
    import psycopg  # the test extra; imported here so that importing this module needs nothing

    with psycopg.connect(
        host="127.0.0.1",
        port=port,
        user=SUPERUSER,
        dbname="postgres",
        autocommit=True,
        connect_timeout=10,
    ) as conn:
        conn.execute(f"CREATE DATABASE {DATABASE} ENCODING 'UTF8' TEMPLATE template0")
    with psycopg.connect(
        host="127.0.0.1", port=port, user=SUPERUSER, dbname=DATABASE, connect_timeout=10
    ) as conn:
        icu = conn.execute(
            "SELECT collname FROM pg_collation WHERE collprovider = 'i' LIMIT 1"
        ).fetchone()
    if icu is None:
        raise RuntimeError(
            "This PostgreSQL has no ICU collations (built without ICU); the "
            "Thai sort order needs them. Use Debian's postgresql package."
        )


@atexit.register
def _stop_all() -> None:
    """A server left running by an interrupted test run is stopped when Python exits."""
    for cluster in list(_running):
        cluster.stop()
