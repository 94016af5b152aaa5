"""Running the installed `glfcheck` command, as a user meets it (not through `main()`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

EXE = shutil.which("glfcheck", path=os.path.dirname(sys.executable))
needs_command = pytest.mark.skipif(EXE is None, reason="glfcheck is not installed in this environment")


def environment(cache: str, **extra: str) -> dict[str, str]:
    """The user's environment with a cache folder of the tests' own, outside GitHub Actions and
    without colour settings (a test that wants them sets them)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR", "COLUMNS",
                        "GLFCHECK_BASE")}
    env["XDG_CACHE_HOME"] = cache
    env.update(extra)
    return env


def glfcheck(env: dict[str, str], *args, cwd=None, stdin: bytes | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the installed command; `.out` and `.err` hold its output as text. No run may print a
    traceback."""
    assert EXE is not None
    proc = subprocess.run([EXE, *map(str, args)], cwd=cwd, env=env, input=stdin, capture_output=True,
                          timeout=timeout)
    proc.out = proc.stdout.decode("utf-8", "replace")  # type: ignore[attr-defined]
    proc.err = proc.stderr.decode("utf-8", "replace")  # type: ignore[attr-defined]
    assert "Traceback" not in proc.err and "Exception ignored" not in proc.err, proc.err
    return proc


def on_terminal(env: dict[str, str], *args, cwd=None, timeout: float = 120) -> tuple[int, str]:
    """Run the installed command with a pseudo-terminal for its standard output and error, as in
    a terminal window; return its exit code and what it showed (newlines as '\\n')."""
    import pty
    import select
    import time

    assert EXE is not None
    master, slave = pty.openpty()
    proc = subprocess.Popen([EXE, *map(str, args)], cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=slave)
    os.close(slave)
    shown = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # the command ended and closed the terminal
                    break
                if not data:
                    break
                shown += data
            elif proc.poll() is not None:
                break
    finally:
        os.close(master)
    code = proc.wait(timeout=10)
    text = shown.decode("utf-8", "replace").replace("\r\n", "\n")
    assert "Traceback" not in text, text
    return code, text
