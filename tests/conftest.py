from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from glfcheck.checker import Checker
from glfcheck.loader import builtin_root, load_base

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
