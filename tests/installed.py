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
