"""Issue 16: the linter behaves as users of ruff, Vale, yamllint and codespell expect - each point
through the installed `glfcheck` command."""

from __future__ import annotations

import json

import pytest

from glfcheck.errors import ExitCode
from tests.installed import environment, glfcheck, needs_command, on_terminal

pytestmark = needs_command

WRONG = "Peng (1987) estimated that 45 million died."
FALSE_DATE = "The Great Leap Forward started in 1970."
STEEL = "The steel from the backyard furnaces was of high quality and useful for industry."


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    return environment(str(tmp_path_factory.mktemp("cache")))


def findings(proc) -> list[tuple[str, int]]:
    return [(f["rule"], f["line"]) for f in json.loads(proc.out)["findings"]]


# ---------------------------------------------------------------- 1. inline suppression
def test_a_trailing_suppression_silences_its_line_and_not_the_next_paragraph(env, tmp_path):
    (tmp_path / "essay.md").write_text(f"{WRONG} <!-- glfcheck: ignore -->\n\n{FALSE_DATE}\n")
    proc = glfcheck(env, "lint", "--format", "json", "essay.md", cwd=tmp_path)
    assert proc.returncode == ExitCode.FINDINGS and findings(proc) == [("conflicting-claim", 3)]


def test_a_suppression_that_matches_nothing_is_a_warning(env, tmp_path):
    (tmp_path / "essay.md").write_text(f"A harmless sentence about the weather today. <!-- glfcheck: ignore -->\n\n"
                                       f"<!-- glfcheck: ignore -->\n{FALSE_DATE}\n\n<!-- glfcheck: off -->\n\n"
                                       f"{WRONG}\n\n<!-- glfcheck: on -->\n")
    proc = glfcheck(env, "lint", "--format", "json", "essay.md", cwd=tmp_path)
    assert proc.returncode == ExitCode.OK and findings(proc) == [("unused-suppression", 1)]


# ---------------------------------------------------------------- 2. what a walk reads
def test_a_report_is_never_linted_and_ignore_files_are_respected(env, tmp_path):
    (tmp_path / ".git").mkdir()  # a course repository
    (tmp_path / ".gitignore").write_text("build/\n")
    for name in ("essay.md", "build/essay.md", ".pytest_cache/README.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"{FALSE_DATE}\n\n{WRONG}\n")
    (tmp_path / ".pytest_cache" / ".gitignore").write_text("*\n")
    runs = [glfcheck(env, "lint", ".", "--format", "html", "-o", "report.html", cwd=tmp_path) for _ in range(3)]
    assert [r.returncode for r in runs] == [ExitCode.FINDINGS] * 3 and all(r.err == "" for r in runs)
    proc = glfcheck(env, "lint", ".", "--format", "json", cwd=tmp_path)
    assert {f["path"] for f in json.loads(proc.out)["findings"]} == {"essay.md"}
    proc = glfcheck(env, "lint", ".", "--no-ignore", "--format", "json", cwd=tmp_path)
    assert {f["path"] for f in json.loads(proc.out)["findings"]} == {"essay.md", "build/essay.md",
                                                                    ".pytest_cache/README.md"}


# ---------------------------------------------------------------- 3. the format an --output file names
@pytest.mark.parametrize("name, starts", [("report.html", "<!DOCTYPE html>"), ("report.json", '{\n  "schema": '),
                                          ("report.sarif", '{\n  "$schema": '), ("report.txt", "essay.md:3:1: error ")])
def test_the_output_files_extension_names_its_format(env, tmp_path, name, starts):
    (tmp_path / "essay.md").write_text(f"# Essay\n\n{WRONG}\n\n{FALSE_DATE}\n")
    proc = glfcheck(env, "lint", "essay.md", "-o", name, cwd=tmp_path)
    assert proc.returncode == ExitCode.FINDINGS and proc.out == "" and proc.err == ""
    written = (tmp_path / name).read_text(encoding="utf-8")
    assert written.startswith(starts)
    if name.endswith(".sarif"):
        from tests.sarif_schema import sarif_errors

        assert sarif_errors(written) == []


def test_inside_github_actions_a_report_file_still_gets_its_own_format(env, tmp_path):
    (tmp_path / "essay.md").write_text(f"{FALSE_DATE}\n")
    proc = glfcheck({**env, "GITHUB_ACTIONS": "true"}, "lint", "essay.md", "-o", "report.html", cwd=tmp_path)
    assert proc.returncode == ExitCode.FINDINGS and "::error" not in (tmp_path / "report.html").read_text()


def test_a_format_that_does_not_match_the_extension_is_refused(env, tmp_path):
    (tmp_path / "essay.md").write_text(f"{FALSE_DATE}\n")
    proc = glfcheck(env, "lint", "essay.md", "--format", "text", "-o", "report.html", cwd=tmp_path)
    assert proc.returncode == ExitCode.ERROR and not (tmp_path / "report.html").exists()
    assert proc.err == ("glfcheck: error: report.html: --format text does not match the file's extension, which "
                        "stands for --format html (drop --format, or write to another file)\n")


# ---------------------------------------------------------------- 4. SARIF the official schema accepts
def test_sarif_for_awkward_and_absolute_file_names_is_valid(env, tmp_path):
    from tests.sarif_schema import sarif_errors

    for name in ("sub dir/ess ay é.md", "a,b:c.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"{FALSE_DATE}\n")
    glfcheck(env, "lint", ".", "-o", "all.sarif", cwd=tmp_path)
    glfcheck(env, "lint", str(tmp_path / "a,b:c.md"), "--format", "sarif", "-o", "abs.sarif", cwd=tmp_path)
    for report in ("all.sarif", "abs.sarif"):
        data = json.loads((tmp_path / report).read_text(encoding="utf-8"))
        assert sarif_errors(data) == []
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]}
        assert uris == ({"sub%20dir/ess%20ay%20%C3%A9.md", "a%2Cb%3Ac.md"} if report == "all.sarif"
                        else {"a%2Cb%3Ac.md"})


# ---------------------------------------------------------------- 6. one line a finding
def test_concise_is_the_default_when_the_output_is_not_a_terminal(env, tmp_path):
    (tmp_path / "essay.md").write_text(f"# Essay\n\n{WRONG}\n\n{FALSE_DATE}\n")
    proc = glfcheck(env, "lint", "essay.md", cwd=tmp_path)
    assert proc.out.splitlines() == [
        "essay.md:3:1: error wrong-attribution '45 million' is not what peng1987 gives: 23 million people",
        "essay.md:5:1: error conflicting-claim conflicts with claim dates-glf-launched-1958: '1970' is not when it "
        "took place (1958-1962)",
        "1 file checked: 2 errors, 0 warnings, 0 info"]
    assert glfcheck(env, "lint", "--format", "concise", "essay.md", cwd=tmp_path).out == proc.out


# ---------------------------------------------------------------- 7. wrapping for a terminal only
def test_not_on_a_terminal_lines_are_never_wrapped(env, tmp_path):
    (tmp_path / "steel.md").write_text(STEEL + "\n")
    proc = glfcheck({**env, "COLUMNS": "60"}, "lint", "--format", "text", "steel.md", cwd=tmp_path)
    assert max(map(len, proc.out.splitlines())) > 100  # a citation, whole
    check = glfcheck({**env, "COLUMNS": "60"}, "check", STEEL, cwd=tmp_path)
    assert max(map(len, check.out.splitlines())) > 100


@pytest.mark.parametrize("columns", [60, 80])
def test_on_a_terminal_lines_fit_columns_with_a_hanging_indent(env, tmp_path, columns):
    (tmp_path / "steel.md").write_text(STEEL + "\n")
    code, shown = on_terminal({**env, "COLUMNS": str(columns), "NO_COLOR": "1"}, "lint", "steel.md", cwd=tmp_path)
    lines = shown.splitlines()
    assert code == ExitCode.FINDINGS and "\x1b[" not in shown
    assert max(map(len, lines)) <= columns and len(lines) > 8
    head = next(i for i, ln in enumerate(lines) if ln.startswith("  1:1 "))
    message_column = lines[head].index("conflicts with claim")
    assert lines[head + 1].startswith(" " * message_column) and lines[head + 1][message_column] != " "
    for ln in lines[head + 1:-2]:  # every line of the finding stays under it
        assert ln == "" or ln.startswith(" " * 13)


def test_check_results_are_apart_and_brief_gives_the_verdict_and_a_work(env, tmp_path):
    proc = glfcheck(env, "check", "Mao launched the Great Leap Forward in 1958.", FALSE_DATE)
    assert "\n\nCONFLICTING " in proc.out
    brief = glfcheck(env, "check", "--brief", "Mao launched the Great Leap Forward in 1958.", FALSE_DATE,
                     "About 30 million people died in the famine.")
    lines = brief.out.splitlines()
    assert [ln.split()[0] for ln in lines if ln and not ln.startswith(" ")] == ["SUPPORTED", "CONFLICTING",
                                                                                "CONTESTED"]
    assert len(lines) == 8 and lines[2] == lines[5] == ""
    assert all(ln.startswith(" " * 12) and ln[12] != " " for ln in (lines[1], lines[4], lines[7]))
    assert "1958" in lines[1] and brief.returncode == ExitCode.FINDINGS
    # a work whose estimate the contested figure fits, as the full result gives them
    full = json.loads(glfcheck(env, "check", "--format", "json", "About 30 million people died in the famine.").out)
    fitting = next(r["sources"] for r in full[0]["reasons"] if r["outcome"] == "partial")
    families = {full_ev["citation"].split(",")[0] for full_ev in full[0]["evidence"] if full_ev["source_id"] in fitting}
    assert any(lines[7].startswith(" " * 12 + family + ",") for family in families), (lines[7], families)


# ---------------------------------------------------------------- 8. colour
@pytest.mark.parametrize("extra, args, coloured", [
    ({}, (), True), ({"NO_COLOR": "1"}, (), False), ({"NO_COLOR": ""}, (), True),
    ({}, ("--color", "never"), False), ({"NO_COLOR": "1"}, ("--color", "always"), True)])
def test_colour_on_a_terminal(env, tmp_path, extra, args, coloured):
    (tmp_path / "essay.md").write_text(f"{FALSE_DATE}\n")
    _, shown = on_terminal({**env, **extra}, "lint", *args, "essay.md", cwd=tmp_path)
    assert ("\x1b[" in shown) == coloured, shown


@pytest.mark.parametrize("extra, args, coloured", [
    ({}, (), False), ({"FORCE_COLOR": "1"}, (), True), ({"FORCE_COLOR": ""}, (), False),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, (), False), ({}, ("--color", "always"), True),
    ({"FORCE_COLOR": "1"}, ("--color", "never"), False)])
def test_colour_in_a_pipe(env, tmp_path, extra, args, coloured):
    (tmp_path / "essay.md").write_text(f"{FALSE_DATE}\n")
    for command in (("lint", "--format", "text", "essay.md"), ("lint", "essay.md"), ("check", FALSE_DATE)):
        proc = glfcheck({**env, **extra}, *args, *command, cwd=tmp_path)
        assert ("\x1b[" in proc.out) == coloured, (command, proc.out)


# ---------------------------------------------------------------- 9. each work once, in plain words
def test_each_work_once_per_finding_with_its_stance_in_plain_words(env, tmp_path):
    """The steel misconception listed its three works as refuting it, again as supporting its
    correction, then '(and 3 more works)'."""
    (tmp_path / "steel.md").write_text(STEEL + "\n")
    data = json.loads(glfcheck(env, "lint", "--format", "json", "steel.md", cwd=tmp_path).out)
    (finding,) = data["findings"]
    works = [e["source_id"] for e in finding["evidence"]]
    assert len(works) == len(set(works)) == 3 and {e["stance"] for e in finding["evidence"]} == {"refutes"}
    text = glfcheck(env, "lint", "--format", "text", "steel.md", cwd=tmp_path).out
    assert text.count("             disputes ") == 3 and "more work" not in text and "[" not in text
    check = glfcheck(env, "check", STEEL).out
    evidence = check.split("\n  evidence\n", 1)[1]
    cited = [ln.split()[1] for ln in evidence.splitlines() if ln.startswith("    ") and not ln.startswith("      ")]
    assert len(cited) == len(set(cited)) == 3 and evidence.count("    disputes  ") == 3


# ---------------------------------------------------------------- 10. counts in words
@pytest.mark.parametrize("texts, summary", [
    ([FALSE_DATE], "1 file checked: 1 error, 0 warnings, 0 info"),
    ([FALSE_DATE + "\n\n" + WRONG, "A harmless sentence about the weather today. <!-- glfcheck: ignore -->"],
     "2 files checked: 2 errors, 1 warning, 0 info")])
def test_counts_are_grammatical(env, tmp_path, texts, summary):
    for i, text in enumerate(texts):
        (tmp_path / f"e{i}.md").write_text(text + "\n")
    for fmt in ("text", "concise", "github"):
        out = glfcheck(env, "lint", "--format", fmt, ".", cwd=tmp_path).out
        assert out.splitlines()[-1].removeprefix("glfcheck: ") == summary
        assert "(s)" not in out


# ---------------------------------------------------------------- 11. rule selection
@pytest.fixture
def two_errors(tmp_path):
    (tmp_path / "essay.md").write_text(f"# Essay\n\n{WRONG}\n\n{FALSE_DATE}\n\nKnown well (Smith 1999).\n")
    return tmp_path


@pytest.mark.parametrize("args, rules", [
    ((), ["wrong-attribution", "conflicting-claim", "unknown-work"]),
    (("--select", "wrong-attribution"), ["wrong-attribution"]),
    (("--select", "wrong-attribution,unknown-work"), ["wrong-attribution", "unknown-work"]),
    (("--ignore", "wrong-attribution", "--ignore", "unknown-work"), ["conflicting-claim"]),
    (("--select", "supported-claim"), ["supported-claim"]),  # selecting it shows supported sentences
])
def test_select_and_ignore_take_rule_ids(env, two_errors, args, rules):
    (two_errors / "essay.md").write_text((two_errors / "essay.md").read_text()
                                         + "\nMao launched the Great Leap Forward in 1958.\n")
    proc = glfcheck(env, "lint", "--format", "json", *args, "essay.md", cwd=two_errors)
    assert [f["rule"] for f in json.loads(proc.out)["findings"]] == rules


def test_an_unknown_rule_id_is_a_one_line_error(env, two_errors):
    proc = glfcheck(env, "lint", "--select", "wrong-attributoin", "essay.md", cwd=two_errors)
    assert proc.returncode == ExitCode.ERROR and proc.err.count("\n") == 1
    assert proc.err.startswith("glfcheck: error: unknown --select rule 'wrong-attributoin' (see 'glfcheck rule'")


def test_the_configuration_disables_rules_and_claims(env, two_errors):
    (two_errors / ".glfcheck.toml").write_text('disable = ["unknown-work", "dates-glf-launched-1958"]\n')
    proc = glfcheck(env, "lint", "--format", "json", "essay.md", cwd=two_errors)
    assert [f["rule"] for f in json.loads(proc.out)["findings"]] == ["wrong-attribution"]
    (two_errors / ".glfcheck.toml").write_text('fail-on = "error"\ndisable = ["unknown-werk"]\n')
    proc = glfcheck(env, "lint", "essay.md", cwd=two_errors)
    assert proc.returncode == ExitCode.ERROR
    assert proc.err == ("glfcheck: error: .glfcheck.toml:2: \"disable\" names 'unknown-werk', which is neither a "
                        "rule id (see 'glfcheck rule') nor a claim id\n")


# ---------------------------------------------------------------- 12. global options after the command
def test_global_options_may_follow_the_command(env, tmp_path):
    from tests.conftest import MINI_BASE

    (tmp_path / "essay.md").write_text(f"{FALSE_DATE}\n")
    before = glfcheck(env, "--base", MINI_BASE, "--no-cache", "lint", "--format", "json", "essay.md", cwd=tmp_path)
    after = glfcheck(env, "lint", "--base", MINI_BASE, "--format", "json", "--no-cache", "essay.md", cwd=tmp_path)
    assert before.returncode == after.returncode == ExitCode.FINDINGS and before.out == after.out
    assert json.loads(after.out)["findings"][0]["claim_id"] == "dates-launch-1958"  # the mini base's claim
    listed = glfcheck(env, "claims", "list", f"--base={MINI_BASE}")
    assert len(listed.out.splitlines()) == 8
    assert glfcheck(env, "check", "--color", "always", FALSE_DATE).out.startswith("\x1b[")
    assert "may come before or after the command" in glfcheck(env, "lint", "--help").out


# ---------------------------------------------------------------- 11. a rule explained
def test_rule_explains_a_rule_as_ruff_rule_does(env):
    proc = glfcheck(env, "rule", "unused-suppression")
    assert proc.returncode == ExitCode.OK
    assert proc.out.startswith("unused-suppression (warning): A glfcheck suppression comment suppresses nothing\n")
    assert "essay.md:1:63: warning unused-suppression 'glfcheck: ignore' suppresses nothing" in proc.out


# ---------------------------------------------------------------- 13. topics
def test_topics_are_listed_and_an_unknown_one_is_an_error_that_lists_them(env):
    listed = glfcheck(env, "topics")
    counts = dict(line.split("\t") for line in listed.out.splitlines())
    assert listed.returncode == ExitCode.OK and len(counts) == 15 and counts["steel-industry"].isdigit()
    claims = glfcheck(env, "claims", "list", "--topic", "steel-industry")
    assert len(claims.out.splitlines()) == int(counts["steel-industry"])
    proc = glfcheck(env, "claims", "list", "--topic", "bogus")
    assert proc.returncode == ExitCode.ERROR and proc.out == "" and proc.err.count("\n") == 1
    assert proc.err.startswith("glfcheck: error: unknown topic 'bogus' (choose from agriculture, causes, ")
    assert "steel-industry" in proc.err


# ---------------------------------------------------------------- 14. shell completion
def complete(env, words: str) -> list[str]:
    """What bash completion offers after `words` (the last one being completed)."""
    proc = glfcheck({**env, "_GLFCHECK_COMPLETE": "complete_bash", "COMP_WORDS": words,
                     "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))})
    assert proc.returncode == 0, proc.err
    return proc.out.split()


@pytest.mark.parametrize("words, offered", [
    ("glfcheck lint --format ", ["auto", "text", "concise", "json", "github", "sarif", "html"]),
    ("glfcheck lint --fail-on w", ["warning"]),
    ("glfcheck lint --show ", ["supported", "unknown"]),
    ("glfcheck lint --select wrong-", ["wrong-attribution", "wrong-reference", "wrong-citation"]),
    ("glfcheck check --format j", ["json"]),
    ("glfcheck claims show mortality-estimate-pe", ["mortality-estimate-peng1987"]),
    ("glfcheck sources show kungl", ["kunglin2003"]),
    ("glfcheck cite pen", ["peng1987"]),
    ("glfcheck claims list --topic steel", ["steel-industry"]),
    ("glfcheck rule unused", ["unused-suppression"]),
])
def test_completion_offers_values_and_ids(env, words, offered):
    assert complete(env, words) == offered


@pytest.mark.parametrize("shell, first", [("zsh", "#compdef glfcheck"), ("bash", "_glfcheck_completion() {"),
                                          ("fish", "complete --command glfcheck")])
def test_show_completion_prints_the_named_shells_script(env, shell, first):
    proc = glfcheck(env, "--show-completion", shell)
    assert proc.returncode == 0 and proc.out.startswith(first)
    assert glfcheck(env, f"--show-completion={shell}").out == proc.out


def test_an_unknown_shell_is_a_one_line_error(env):
    proc = glfcheck(env, "--show-completion", "tcsh")
    assert proc.returncode == ExitCode.ERROR
    assert proc.err == "glfcheck: error: unknown shell 'tcsh': name one, --show-completion bash|zsh|fish|powershell|pwsh\n"


# ---------------------------------------------------------------- 16. cite
KUNG_LIN = ("Kung, James Kai-sing, and Justin Yifu Lin. 2003. \u201cThe Causes of China's Great Leap Famine, "
            "1959\u20131961.\u201d Economic Development and Cultural Change 52 (1): 51\u201373. "
            "https://doi.org/10.1086/380584.\n")


@pytest.mark.parametrize("key", ["kunglin2003", "Kung and Lin 2003", "Kung & Lin (2003)", "@kunglin2003"])
def test_cite_prints_chicago_author_date_and_takes_a_citation_as_key(env, key):
    proc = glfcheck(env, "cite", key)
    assert proc.returncode == ExitCode.OK and proc.out == KUNG_LIN


@pytest.mark.parametrize("key, message", [
    ("Kung and Lin 2013", "'Kung and Lin 2013': the base holds no such work from 2013; it holds kunglin2003 (2003)"),
    ("Smith 2003", "'Smith 2003' is not a work in the claims base (see 'glfcheck sources list')"),
    ("nobody", "no source with id 'nobody', and it reads as no citation such as 'Kung and Lin 2003'"),
])
def test_cite_says_why_it_finds_no_work(env, key, message):
    proc = glfcheck(env, "cite", key)
    assert proc.returncode == ExitCode.ERROR and proc.err.startswith(f"glfcheck: error: {message}")
    assert proc.err.count("\n") == 1


# ---------------------------------------------------------------- 17. validate lists every problem
def test_validate_lists_every_problem_of_a_claim_on_standard_output(env, tmp_path):
    import shutil

    from tests.conftest import MINI_BASE

    base = tmp_path / "base"
    shutil.copytree(MINI_BASE, base)
    (base / "claims" / "dates.yaml").write_text(
        "- id: dates-b\n  topic: dates\n  status: maybe\n  colour: red\n  evidence:\n  - source: nope\n"
        "    stance: praises\n- id: dates-a\n  statement: S.\n  status: established\n  evidence: []\n")
    (base / "claims" / "mortality.yaml").write_text("- id: x\n  statement: [oops\n")
    proc = glfcheck(env, "--base", base, "validate")
    assert proc.returncode == ExitCode.ERROR and proc.err == ""
    dates, mortality = "claims/dates.yaml", "claims/mortality.yaml"
    assert [line.replace(str(base) + "/", "") for line in proc.out.splitlines()] == [
        f"{dates}:1: unknown field 'colour' in claim dates-b",
        f"{dates}:1: claim dates-b: missing 'statement'",
        f"{dates}:1: claim dates-b: status must be one of established, contested, false",
        f"{dates}:1: claim dates-b: cites unknown source 'nope'",
        f"{dates}:6: claim dates-b: stance must be one of supports, refutes, qualifies",
        f"{dates}:8: claim dates-a: missing 'topic'",
        f"{dates}:8: claim dates-a: no evidence (every claim needs at least one source)",
        f"{mortality}:3: invalid YAML: did not find expected ',' or ']'",
        "8 problems in the claims base"]


# ---------------------------------------------------------------- 18. a reference without its subtitle
def test_a_reference_without_its_subtitle_is_checked_like_any_other(env, tmp_path):
    (tmp_path / "essay.md").write_text(
        "# Essay\n\nSurvivors of the famine died younger (Song 2010).\n\n## References\n\n"
        "Song, Shige. 2010. \"Mortality consequences of the 1959-1961 Great Leap Forward famine in China.\" "
        "Journal of Health Economics 71 (3): 551-558.\n")
    proc = glfcheck(env, "lint", "--format", "json", "essay.md", cwd=tmp_path)
    (finding,) = json.loads(proc.out)["findings"]
    assert (finding["rule"], finding["source_id"], finding["line"]) == ("wrong-reference", "song2010", 7)
    assert "venue 'Journal of Health Economics' should be 'Social Science & Medicine'" in finding["message"]
