from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from glfcheck.judging.checker import Checker
from glfcheck.base.loader import builtin_root, load_base

FIXTURES = Path(__file__).parent / "fixtures"
MINI_BASE = FIXTURES / "mini-base"


@pytest.fixture(scope="session")
def mini_checker() -> Checker:
    return Checker(load_base([MINI_BASE]))


@pytest.fixture(scope="session")
def shipped_base():
    return load_base([builtin_root()])


@pytest.fixture(scope="session")
def shipped_checker(shipped_base) -> Checker:
    return Checker(shipped_base)


@pytest.fixture
def base_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini base, for tests that break it."""
    target = tmp_path / "base"
    shutil.copytree(MINI_BASE, target)
    return target


# Property-based tests (hypothesis): a small budget by default, so the suite stays quick in CI;
# GLFCHECK_FUZZ=1 runs 2,000 examples a property (GLFCHECK_FUZZ=N: N examples).
try:
    import os

    from hypothesis import HealthCheck, settings

    _fuzz = os.environ.get("GLFCHECK_FUZZ", "")
    settings.register_profile("ci", max_examples=50, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("fuzz", max_examples=int(_fuzz) if _fuzz.isdigit() and int(_fuzz) > 1 else 2000,
                              deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("fuzz" if _fuzz and _fuzz != "0" else "ci")
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    pass
