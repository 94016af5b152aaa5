"""The command line through `main()`, and the installed command end to end."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from glfcheck.cli import main
from glfcheck.errors import ExitCode
from tests.conftest import MINI_BASE


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes_are_pinned():
    assert (ExitCode.OK, ExitCode.FINDINGS, ExitCode.ERROR, ExitCode.INTERNAL, ExitCode.INTERRUPTED) == (0, 1, 2, 3, 130)


def test_supported_statement_exits_0_with_citation(capsys):
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "check", "Mao launched the Great Leap Forward in 1958.")
    assert code == ExitCode.OK
    assert "SUPPORTED" in out and "Dikötter, Frank" in out and "dates-launch-1958" in out


def test_conflicting_statement_exits_1(capsys):
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "check", "The Great Leap Forward started in 1970.")
    assert code == ExitCode.FINDINGS and "CONFLICTING" in out


def test_json_output_schema(capsys):
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "check", "--format", "json",
                       "About 30 million people died in the famine.", "The Opium War began in 1839.")
    data = json.loads(out)
    assert code == ExitCode.OK and len(data) == 2
    first = data[0]
    for key in ("schema_version", "statement", "verdict", "claim_id", "score", "reasons", "evidence", "spread"):
        assert key in first
    assert first["verdict"] == "contested" and first["claim_id"] == "mortality-range"
    assert {e["source_id"] for e in first["evidence"]} == {"peng1987", "dikotter2010"}
    assert all({"source_id", "stance", "citation", "locator", "note", "estimate"} <= set(e) for e in first["evidence"])
    assert data[1]["verdict"] == "unknown" and data[1]["claim_id"] is None


def test_statements_from_stdin(capsys, monkeypatch):
    import io

    stdin = io.TextIOWrapper(io.BytesIO("Mao launched the Great Leap Forward in 1958.\n\nThe Great Leap Forward started in 1970.\n".encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "check", "--format", "json", "-")
    assert [r["verdict"] for r in json.loads(out)] == ["supported", "conflicting"] and code == 1


def test_user_text_is_not_read_as_markup(capsys):
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "check", "[bold red]Mao[/bold red] launched the [link]Great Leap Forward in 1958.")
    assert "[bold red]Mao[/bold red]" in out


@pytest.mark.parametrize("args", [["check", ""], ["check", "--format", "xml", "x"], ["claims", "show", "no-such-id"],
                                  ["cite", "nobody"], ["--base", "/nonexistent", "check", "x"]])
def test_bad_input_is_one_line_and_exit_2(capsys, args):
    code, out, err = run(capsys, *args)
    assert code == ExitCode.ERROR
    assert "Traceback" not in err + out


def test_broken_base_is_one_line_with_file_and_line(capsys, base_copy):
    (base_copy / "claims" / "dates.yaml").write_text("- id: x\n  statement: [oops\n")
    code, _, err = run(capsys, "--base", str(base_copy), "check", "anything")
    assert code == ExitCode.ERROR
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "dates.yaml:" in lines[0] and "invalid YAML" in lines[0]


def test_validate(capsys, base_copy):
    assert run(capsys, "--base", str(base_copy), "validate")[0] == ExitCode.OK
    (base_copy / "claims" / "dates.yaml").write_text(
        "- id: dates-a\n  topic: dates\n  statement: S.\n  status: established\n  evidence:\n  - source: nope\n    stance: supports\n")
    code, out, _ = run(capsys, "--base", str(base_copy), "validate")
    assert code == ExitCode.ERROR and "dates.yaml:1: claim dates-a: cites unknown source 'nope'" in out


def test_browse_and_export(capsys):
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "claims", "list", "--format", "json")
    items = json.loads(out)
    assert code == 0 and {"id", "topic", "status", "sources"} <= set(items[0])
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "claims", "show", "mortality-range")
    assert "Peng, Xizhe" in out
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "sources", "show", "kunglin2003", "--format", "json")
    assert json.loads(out)["container-title"] == "Economic Development and Cultural Change"
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "cite", "kunglin2003")
    assert "2003" in out and "52 (1): 51\u201373" in out and "10.1086/380584" in out
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "sources", "export", "--format", "bibtex")
    assert "@article{kunglin2003," in out and "pages = {51--73}" in out
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "sources", "export", "--format", "csl-json")
    assert {s["id"] for s in json.loads(out)} == {"dikotter2010", "kunglin2003", "peng1987"}


def test_base_from_environment(capsys, monkeypatch):
    monkeypatch.setenv("GLFCHECK_BASE", str(MINI_BASE))
    code, out, _ = run(capsys, "claims", "list")
    assert code == 0 and len(out.strip().splitlines()) == 8


def test_version(capsys):
    from glfcheck import __version__

    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


@pytest.mark.skipif(not shutil.which("pandoc"), reason="pandoc not installed")
def test_csl_yaml_export_works_as_a_pandoc_bibliography(tmp_path, capsys):
    code, out, _ = run(capsys, "sources", "export", "--format", "csl-yaml")
    bib = tmp_path / "refs.yaml"
    bib.write_text(out, encoding="utf-8")
    rendered = subprocess.run(["pandoc", "--citeproc", "--bibliography", str(bib), "-t", "plain"],
                              input="[@peng1987]\n", capture_output=True, text=True, check=True).stdout
    assert "Population and Development Review" in rendered and "1987" in rendered


def test_installed_command_runs_from_another_folder(tmp_path):
    exe = shutil.which("glfcheck", path=os.path.dirname(sys.executable))
    if exe is None:
        pytest.skip("glfcheck is not installed in this environment")
    proc = subprocess.run([exe, "check", "--format", "json", "About 30 million people died in the Great Leap famine."],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)[0]
    assert result["verdict"] in ("contested", "supported") and result["evidence"]


# ---------------------------------------------------------------- reports written atomically
@pytest.fixture
def essay(tmp_path):
    (tmp_path / "essay.md").write_text("The Great Leap Forward started in 1970.\n")
    (tmp_path / "report.html").write_text("the previous report")
    return tmp_path


@pytest.mark.parametrize("failure, code", [(OSError(13, "Permission denied"), ExitCode.ERROR),
                                           (KeyboardInterrupt(), ExitCode.INTERRUPTED)])
def test_a_failed_report_write_leaves_the_old_report_and_no_temporary_file(capsys, monkeypatch, essay, failure,
                                                                           code):
    def replace(*args):
        raise failure

    monkeypatch.setattr(os, "replace", replace)
    result, _, err = run(capsys, "--base", str(MINI_BASE), "lint", "--format", "html", "--output",
                         str(essay / "report.html"), str(essay / "essay.md"))
    assert result == code and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in essay.iterdir()) == ["essay.md", "report.html"]
    assert (essay / "report.html").read_text() == "the previous report"


def test_report_replaces_the_old_one_with_a_normal_file_mode(capsys, essay):
    code, out, _ = run(capsys, "--base", str(MINI_BASE), "lint", "--format", "html", "--output",
                       str(essay / "new.html"), str(essay / "essay.md"))
    assert code == ExitCode.FINDINGS and out == ""
    assert "<html" in (essay / "new.html").read_text()
    umask = os.umask(0)
    os.umask(umask)
    assert (essay / "new.html").stat().st_mode & 0o777 == 0o666 & ~umask
    run(capsys, "--base", str(MINI_BASE), "lint", "--output", str(essay / "report.html"), str(essay / "essay.md"))
    assert "conflicting-claim" in (essay / "report.html").read_text()


def test_report_into_a_missing_folder_is_one_line(capsys, essay):
    code, _, err = run(capsys, "--base", str(MINI_BASE), "lint", "--output", str(essay / "no" / "r.txt"),
                       str(essay / "essay.md"))
    assert code == ExitCode.ERROR and err.count("\n") == 1 and "cannot write report" in err


def test_an_unexpected_exception_is_one_line_exit_3(capsys, monkeypatch):
    from glfcheck.judging.checker import Checker

    def broken(self, statement):
        raise RuntimeError("boom")

    monkeypatch.setattr(Checker, "check", broken)
    monkeypatch.delenv("GLFCHECK_DEBUG", raising=False)
    code, _, err = run(capsys, "--base", str(MINI_BASE), "--no-cache", "check", "anything at all")
    assert code == ExitCode.INTERNAL
    assert err.startswith("glfcheck: internal error: RuntimeError: boom") and err.count("\n") == 1
    monkeypatch.setenv("GLFCHECK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["--base", str(MINI_BASE), "--no-cache", "check", "anything at all"])


def test_every_exit_code_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    assert all(f"\n| {int(code)} |" in section for code in ExitCode)


def test_validate_reports_works_apart_and_the_share_with_locators(capsys):
    code, out, _ = run(capsys, "validate")
    assert code == ExitCode.OK
    line = out.splitlines()[1]
    assert "about the history" in line and "restating works (works-*)" in line and "give a locator" in line


def test_claims_list_totals_go_to_stderr(capsys):
    code, out, err = run(capsys, "--base", str(MINI_BASE), "claims", "list")
    assert code == 0 and len(out.strip().splitlines()) == 8
    assert err.strip().startswith("8 claims: ") and "restating works (works-*)" in err
