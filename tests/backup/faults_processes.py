"""Command-line runs to kill: a Python process with the program imported forks one run of
``lao_desktop.cli.main`` (what ``python -m lao_desktop`` runs) per request, so that a test can
SIGKILL it at a moment of its own work rather than during the 0.8 s of imports.

The run notes when each step it reports to its progress bar begins, and a kill is timed from
the start of a step: the steps before it vary by tens of milliseconds from run to run, more
than the few milliseconds in which a restore changes the data.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lao_desktop.cli.login import PASSWORD_ENV_VAR
from lao_desktop.demo.builder import DEMO_PASSWORD

_ZYGOTE = r"""
import json, os, sys, tempfile, time, traceback
from contextlib import redirect_stderr, redirect_stdout
from lao_desktop.cli import main
import lao_desktop.cli.backup, lao_desktop.backup.make, lao_desktop.backup.restore
import lao_desktop.backup.local, lao_desktop.db.database, lao_desktop.services.registry

def noting(events):
    # The command's progress bar, replaced by a note of each step's start in ``events``.
    out, last = os.open(events, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), [None]
    def show(done, total, what):
        if what != last[0]:
            last[0] = what
            os.write(out, f"{time.monotonic()}\t{what}\n".encode())
    return lambda: show

print("ready", flush=True)
while line := sys.stdin.readline():
    request = json.loads(line)
    sys.stdout.flush(); sys.stderr.flush()
    if request.get("warm"):  # in this process: what the first run loads stays loaded
        code = 3
        with open(os.devnull, "w") as out, redirect_stdout(out), redirect_stderr(out):
            try:
                code = main(request["argv"])
            except BaseException:
                traceback.print_exc(file=sys.__stderr__)
        print(json.dumps(code), flush=True)
        continue
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(log, 1); os.dup2(log, 2)
            os.environ.update(request["env"])
            tempfile.tempdir = None  # the warm runs fixed it: take TMPDIR again
            lao_desktop.cli.backup._progress = noting(request["events"])
            code = main(request["argv"])
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush(); sys.stderr.flush()
            os._exit(code)
    print(pid, flush=True)
    print(json.dumps(os.waitpid(pid, 0)[1]), flush=True)
"""


@dataclass(frozen=True)
class Kill:
    """SIGKILL ``after`` seconds past the start of the step ``step`` (None: of the run)."""

    step: str | None
    after: float


@dataclass(frozen=True)
class Run:
    seconds: float  # from the fork to the end (by itself or killed)
    killed: bool  # SIGKILL ended it before it finished
    exit_code: int | None  # when it finished by itself
    log: str
    steps: list[tuple[str, float]]  # each step the command reported, and when it began


ADMIN = ["--user", "admin"]


class Zygote:
    """Runs ``lao_desktop.cli.main(argv)`` in forked children of one preloaded process."""

    def __init__(self, home: Path) -> None:
        """``home``: the user data folder of runs that do not name theirs (the warm ones)."""
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            # The demo office's administrator runs every command.
            env={**os.environ, "LAO_DESKTOP_HOME": str(home), PASSWORD_ENV_VAR: DEMO_PASSWORD},
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the preloaded process died"
        return line.strip()

    def _send(self, request: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()

    def warm(self, argv: list[str]) -> int:
        """Run the command in the preloaded process itself, so that what its first run loads
        (migration scripts, catalogues) is loaded before the runs that are timed; the exit
        code. Its files must be in a folder of their own: the home folder is not changed."""
        self._send({"argv": [*ADMIN, *argv], "warm": True})
        return int(self._line())

    def run(self, argv: list[str], log: Path, kill: Kill | None = None) -> Run:
        """Run the command, and kill it as ``kill`` says if it is still running then. Its
        temporary folder is ``temporary`` beside ``log``: what a killed run leaves there is
        the test's to see (and pytest's to delete)."""
        events = log.with_suffix(".steps")
        temporary = log.parent / "temporary"
        temporary.mkdir(exist_ok=True)
        env = {"LAO_DESKTOP_HOME": os.environ["LAO_DESKTOP_HOME"], "TMPDIR": str(temporary)}
        request = {"argv": [*ADMIN, *argv], "log": str(log), "env": env, "events": str(events)}
        self._send(request)
        pid = int(self._line())
        started = time.monotonic()
        if kill is not None:
            begun = started if kill.step is None else _step_begins(events, kill.step, pid)
            if begun is not None:
                time.sleep(max(0.0, begun + kill.after - time.monotonic()))
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        status = int(self._line())
        seconds = time.monotonic() - started
        steps = [(what, at - started) for what, at in _steps(events)]
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        said = log.read_text(errors="replace") if log.exists() else ""  # killed at once
        return Run(seconds, killed, code, said, steps)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


def _steps(events: Path) -> list[tuple[str, float]]:
    try:
        lines = events.read_text().splitlines()
    except FileNotFoundError:
        return []
    return [(what, float(at)) for at, what in (line.split("\t", 1) for line in lines)]


def _step_begins(events: Path, step: str, pid: int) -> float | None:
    """When the running command began ``step`` (watched as it happens); None if it ended
    without."""
    while True:
        for what, at in _steps(events):
            if what == step:
                return at
        try:
            os.kill(pid, 0)  # its parent reaps it at once: gone means ended
        except ProcessLookupError:
            return None
        time.sleep(0.0005)


class Timeline:
    """The steps of a whole run, to turn a moment of the run into a Kill timed from the start
    of the step it falls in (which takes out the run-to-run jitter of the steps before)."""

    def __init__(self, run: Run) -> None:
        self.steps: list[tuple[str | None, float]] = [(None, 0.0), *run.steps]
        self.end = run.seconds

    def kill_at(self, moment: float) -> Kill:
        step, begun = max((s for s in self.steps if s[1] <= moment), key=lambda s: s[1])
        return Kill(step, moment - begun)

    def span_from(self, step: str) -> tuple[float, float]:
        """From the start of ``step`` to the end of the run."""
        begun = [at for what, at in self.steps if what == step]
        assert begun, f"the run never reported {step!r}: {self.steps}"
        return begun[0], self.end
