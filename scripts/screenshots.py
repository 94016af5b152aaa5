"""Make the pictures of docs/: `glfcheck estimates` in an 80-column terminal, and the HTML report
of the test essay (tests/fixtures/report/essay.md), both taken with Debian's headless Chromium.

    python scripts/screenshots.py        # writes docs/estimates-terminal.png, docs/html-report.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glfcheck.base.estimates import DEFAULT_MEASURE, chart  # noqa: E402
from glfcheck.base.loader import builtin_root, load_base  # noqa: E402
from glfcheck.documents import reading  # noqa: E402
from glfcheck.judging.checker import Checker  # noqa: E402
from glfcheck.lint.linter import Linter  # noqa: E402
from glfcheck.render import html  # noqa: E402
from glfcheck.render.chart import render_text  # noqa: E402
from tests.browser import FLAGS, find_chromium  # noqa: E402

COLUMNS = 80
TERMINAL_PX = (760, 720)  # an 80-column terminal as rich's SVG export draws it
REPORT_PX = (820, 1500)  # a laptop window: the summary and the first findings


def terminal_svg(base) -> str:
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, width=COLUMNS, force_terminal=True, file=open("/dev/null", "w"))
    for line in render_text(chart(base, DEFAULT_MEASURE), color=True, width=COLUMNS).splitlines():
        console.print(Text.from_ansi(line), no_wrap=True, crop=True)
    return console.export_svg(title="glfcheck estimates")


def shoot(chromium: str, page: Path, png: Path, size: tuple[int, int]) -> None:
    flags = [f for f in FLAGS if f != "--remote-debugging-pipe"]
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, *flags, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}",
                        f"--screenshot={png}", page.as_uri()], check=True, capture_output=True, timeout=120)
    print(f"wrote {png.relative_to(ROOT)}")


def main() -> int:
    chromium = find_chromium()
    if chromium is None:
        print("needs Debian's chromium (apt-get install chromium)", file=sys.stderr)
        return 2
    base = load_base([builtin_root()])
    essay = ROOT / "tests" / "fixtures" / "report" / "essay.md"
    report = Linter(Checker(base)).lint_document(reading.parse(essay.read_bytes(), "essay.md", "markdown"))
    with tempfile.TemporaryDirectory() as tmp:
        svg = Path(tmp) / "terminal.svg"
        svg.write_text(terminal_svg(base), encoding="utf-8")
        shoot(chromium, svg, ROOT / "docs" / "estimates-terminal.png", TERMINAL_PX)
        page = Path(tmp) / "report.html"
        page.write_text(html.render([report]), encoding="utf-8")
        shoot(chromium, page, ROOT / "docs" / "html-report.png", REPORT_PX)
    return 0


if __name__ == "__main__":
    sys.exit(main())
