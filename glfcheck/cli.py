"""The command line: parses arguments, calls the core, picks a renderer, maps results to exit codes.

It knows no YAML and no rapidfuzz. Heavy modules are imported inside the commands that need
them, so `--help` and `--version` stay fast.
"""

from __future__ import annotations

import os
import signal
import sys
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Callable, Iterable, Optional


def _interrupted_while_starting(signum, frame):  # noqa: ANN001 - a signal handler
    """Ctrl-C while typer loads (the first ~0.1 s): nothing is written yet, so leave quietly;
    the default handler would print a traceback from the import. The previous handler is
    restored at the end of this module, so importing it has no lasting effect."""
    raise SystemExit(130)


try:
    _SIGINT_BEFORE = signal.signal(signal.SIGINT, _interrupted_while_starting)
except ValueError:  # not the main thread: leave signals alone
    _SIGINT_BEFORE = False

import typer  # noqa: E402 - after the Ctrl-C guard, on purpose

from glfcheck import __version__  # noqa: E402
from glfcheck.errors import ExitCode, GlfcheckError, InputError  # noqa: E402
from glfcheck.render import ColorChoice, LintFormat  # noqa: E402

if TYPE_CHECKING:
    from glfcheck.judging.checker import Checker
    from glfcheck.base.model import Base
    from glfcheck.lint.workers import Workers

app = typer.Typer(
    name="glfcheck",
    help="Check statements about the Great Leap Forward (1958-1962) and the 1959-1961 famine "
    "against a cited claims base.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,  # glfcheck's own options, which take the shell as a value: see _shell_completion
)
claims_app = typer.Typer(help="Browse the claims.", no_args_is_help=True)
sources_app = typer.Typer(help="Browse and export the bibliography.", no_args_is_help=True)
app.add_typer(claims_app, name="claims")
app.add_typer(sources_app, name="sources")

# The options of the glfcheck command itself, and whether each takes a value. They may also come
# after the command (`glfcheck lint --base DIR essay.md`), where users of ruff and git put them.
GLOBAL_OPTIONS = {"--base": True, "--no-cache": False, "--color": True}
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
COMPLETION_OPTIONS = ("--show-completion", "--install-completion")
COMPLETE_VAR = "_GLFCHECK_COMPLETE"  # what the completion scripts set to ask glfcheck for completions
GLOBAL_EPILOG = ("glfcheck's own options (--base DIR, --no-cache, --color auto|always|never) may come before "
                 "or after the command.")


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class ExportFormat(str, Enum):
    csl_yaml = "csl-yaml"
    csl_json = "csl-json"
    bibtex = "bibtex"


class _State:
    base_dir: str | None = None
    use_cache: bool = True
    color: "ColorChoice | None" = None
    _base: "Base | None" = None
    _checker: "Checker | None" = None

    def checker(self) -> "Checker":
        """The Checker for the chosen base, from the on-disk cache when it is current."""
        if self._checker is None:
            from glfcheck.cache import load_checker, resolve_roots  # not the loader's: no PyYAML on a hit

            self._checker = load_checker(resolve_roots(self.base_dir), use_cache=self.use_cache)
            self._base = self._checker.base
        return self._checker

    def base(self) -> "Base":
        if self._base is None:
            if self.use_cache:
                return self.checker().base  # a cache hit is faster than parsing the YAML
            from glfcheck.base.loader import load_base, resolve_roots

            self._base = load_base(resolve_roots(self.base_dir))
        return self._base


state = _State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"glfcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    base: Annotated[
        Optional[str],
        typer.Option("--base", envvar="GLFCHECK_BASE", help="A claims base folder (holding claims/ and sources.yaml).",
                     metavar="DIR"),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the cached, indexed claims base.")
    ] = False,
    color: Annotated[
        ColorChoice, typer.Option("--color", help="Colour the output: auto (a terminal, unless NO_COLOR is set; "
                                  "FORCE_COLOR colours anything), always or never.")
    ] = ColorChoice.auto,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    # handled by main() before Typer runs (see _shell_completion); declared here for --help
    install_completion: Annotated[Optional[str], typer.Option(
        "--install-completion", metavar="[SHELL]",
        help=f"Install shell completion for SHELL ({', '.join(SHELLS)}; by default the current shell).")] = None,
    show_completion: Annotated[Optional[str], typer.Option(
        "--show-completion", metavar="[SHELL]",
        help="Print the completion script for SHELL (by default the current shell), to copy or customise it.")] = None,
) -> None:
    state.base_dir = base
    state.use_cache = not no_cache
    state.color = color
    state._base = None
    state._checker = None


def _out(text: str) -> None:
    _write_to(sys.stdout, text)


def _err(text: str) -> None:
    _write_to(sys.stderr, text)


def _write_to(stream, text: str) -> None:  # noqa: ANN001 - a text stream
    """Write and flush; a reader that went away (`glfcheck lint docs | head -1`) is not an error:
    the rest of the output is dropped and the run ends with the exit code it would have had."""
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        _silence(stream)


def _silence(stream) -> None:  # noqa: ANN001 - a text stream
    """Point the stream's descriptor at /dev/null, so that the flush at exit neither fails nor
    prints "Exception ignored ... BrokenPipeError" (the recipe in Python's signal docs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _color(to_terminal: bool) -> bool:
    """Colour for output going to a terminal (`to_terminal`) or elsewhere: `--color` decides, else
    NO_COLOR and FORCE_COLOR when set and not empty (no-color.org, force-color.org; NO_COLOR
    wins, as in CPython), else whether it is a terminal."""
    if state.color is ColorChoice.always:
        return True
    if state.color is ColorChoice.never or os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or to_terminal


def _terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # replaced or closed
        return False


def _read_statements(statements: list[str]) -> list[str]:
    if statements == ["-"]:
        try:
            data = sys.stdin.buffer.read()
        except OSError as exc:
            raise InputError(f"cannot read standard input: {exc}") from None
        if b"\x00" in data:
            raise InputError("standard input is binary, not text")
        text = data.decode("utf-8-sig", errors="replace")
        lines = [line.strip() for line in text.splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            raise InputError("no statements on standard input")
        return lines
    cleaned = [s for s in statements if s.strip()]
    if not cleaned:
        raise InputError("empty statement: give a sentence to check, or - to read standard input")
    return cleaned


def _checker() -> "Checker":
    return state.checker()


@app.command(epilog=GLOBAL_EPILOG)
def check(
    statements: Annotated[list[str], typer.Argument(help="Statements to check, or - to read one per line from stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    brief: Annotated[bool, typer.Option("--brief", help="Print only each verdict line and the work to "
                                        "cite.")] = False,
) -> int:
    """Check statements against the claims base and print a cited verdict for each."""
    texts = _read_statements(statements)
    checker = _checker()
    results = [checker.check(t) for t in texts]
    if format is OutputFormat.json:
        from glfcheck.render import json_format

        _out(json_format.render(results, checker.base))
    else:
        from glfcheck.annotate import Placer
        from glfcheck.render import text_format

        placer = Placer(checker.base)  # where each figure falls among the estimates (issue 17)
        _out(text_format.render(results, checker.base, color=_color(_terminal()), width=_width(), brief=brief,
                                placements=[placer.place(r) for r in results]))
    return ExitCode.FINDINGS if any(r.verdict == "conflicting" for r in results) else ExitCode.OK


def _cores() -> int:
    """The cores this process may use (its CPU affinity where the system reports it)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


MIN_WIDTH = 20  # narrower than this, a terminal is taken to be this wide


def _width() -> int | None:
    """The width to wrap at: the terminal's (COLUMNS when set, as a terminal sets it), or None -
    no wrapping - when standard output is not a terminal, so that pipes, files and logs get whole
    lines."""
    if not _terminal():
        return None
    import shutil

    return max(MIN_WIDTH, shutil.get_terminal_size().columns)


def _completion_base(ctx: typer.Context) -> "Base | None":
    """The claims base a command being completed works on (--base before the command, or
    GLFCHECK_BASE), or None when it cannot be read: completion never fails loudly."""
    try:
        from glfcheck.cache import load_checker, resolve_roots

        base_dir = ctx.find_root().params.get("base")
        return load_checker(resolve_roots(base_dir), use_cache=True).base
    except Exception:  # noqa: BLE001 - a shell is completing a word: offer nothing rather than a traceback
        return None


def _starting(values: Iterable[str], incomplete: str) -> list[str]:
    return [v for v in values if v.startswith(incomplete)]


# Shell completion of option values (Typer calls each with the word typed so far). The tables are
# imported when a shell asks, not when glfcheck starts.
def _complete_formats(incomplete: str) -> list[str]:
    return _starting((f.value for f in LintFormat), incomplete)


def _complete_fail_on(incomplete: str) -> list[str]:
    from glfcheck.results import FAIL_ON

    return _starting(FAIL_ON, incomplete)


def _complete_show(incomplete: str) -> list[str]:
    from glfcheck.rules import SHOWABLE

    return _starting(SHOWABLE, incomplete)


def _complete_rules(incomplete: str) -> list[str]:
    from glfcheck.rules import RULES

    return _starting(RULES, incomplete)


def _complete_claim_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    base = _completion_base(ctx)
    return [c.id for c in base.claims if c.id.startswith(incomplete)] if base else []


def _complete_source_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    base = _completion_base(ctx)
    return sorted(i for i in base.sources if i.startswith(incomplete)) if base else []


def _complete_topics(ctx: typer.Context, incomplete: str) -> list[str]:
    base = _completion_base(ctx)
    return sorted({c.topic for c in base.claims if c.topic.startswith(incomplete)}) if base else []


def _topics() -> dict[str, int]:
    """Each topic of the base and how many claims it holds, by name."""
    from collections import Counter

    return dict(sorted(Counter(c.topic for c in state.base().claims).items()))


@app.command(epilog=GLOBAL_EPILOG)
def topics(format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text) -> int:
    """List the topics of the claims base with how many claims each holds."""
    import json

    counts = _topics()
    if format is OutputFormat.json:
        _out(json.dumps([{"topic": t, "claims": n} for t, n in counts.items()], indent=2) + "\n")
    else:
        _out("".join(f"{t}\t{n}\n" for t, n in counts.items()))
    return ExitCode.OK


@claims_app.command("list", epilog=GLOBAL_EPILOG)
def claims_list(
    topic: Annotated[Optional[str], typer.Option(help="Only this topic (see 'glfcheck topics').",
                                                 autocompletion=_complete_topics)] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
) -> int:
    """List the claims (id, topic, status, statement); the totals, with the works-* claims that
    only restate bibliography counted apart, go to stderr."""
    import json

    from glfcheck.base.model import count_claims

    if topic is not None and topic not in _topics():
        raise InputError(f"unknown topic {topic!r} (choose from {', '.join(_topics())}; see 'glfcheck topics')")
    claims = [c for c in state.base().claims if topic is None or c.topic == topic]
    if format is OutputFormat.json:
        _out(json.dumps([{"id": c.id, "topic": c.topic, "status": c.status, "statement": c.statement,
                          "sources": list(c.source_ids)} for c in claims], ensure_ascii=False, indent=2) + "\n")
    else:
        _out("".join(f"{c.id}\t{c.topic}\t{c.status}\t{c.statement}\n" for c in claims))
        _err(f"{count_claims(claims).claims_text()}\n")  # on stderr: stdout stays one claim a line
    return ExitCode.OK


@claims_app.command("show", epilog=GLOBAL_EPILOG)
def claims_show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=_complete_claim_ids)],
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
) -> int:
    """Show one claim with its evidence and full citations."""
    import json

    from glfcheck.render.chicago import reference
    from glfcheck.render.json_format import quantity_dict
    from glfcheck.render.words import stance_word

    base = state.base()
    claim = base.claim(claim_id)
    if claim is None:
        raise InputError(f"no claim with id {claim_id!r} (see 'glfcheck claims list')")
    evidence = [
        {"source_id": e.source, "stance": e.stance, "citation": reference(base.sources[e.source]),
         "locator": e.locator, "note": e.note, "estimate": quantity_dict(e.estimate)}
        for e in claim.evidence
    ]
    if format is OutputFormat.json:
        _out(json.dumps({"id": claim.id, "topic": claim.topic, "status": claim.status, "statement": claim.statement,
                         "aliases": list(claim.aliases), "sources": list(claim.source_ids), "evidence": evidence},
                        ensure_ascii=False, indent=2) + "\n")
        return ExitCode.OK
    lines = [f"{claim.id} ({claim.topic}, {claim.status})", f"  {claim.statement}"]
    lines += [f"  also: {a}" for a in claim.aliases]
    for e in evidence:
        where = f", p. {e['locator']}" if e["locator"] else ""
        lines.append(f"  {stance_word(e['stance'])}: {e['citation']}{where}")
        if e["note"]:
            lines.append(f"      {e['note']}")
    _out("\n".join(lines) + "\n")
    return ExitCode.OK


@sources_app.command("list", epilog=GLOBAL_EPILOG)
def sources_list(format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text) -> int:
    """List the works in sources.yaml."""
    from glfcheck.base.export import to_csl_json
    from glfcheck.render.chicago import reference

    sources = sorted(state.base().sources.values(), key=lambda s: s.id)
    if format is OutputFormat.json:
        _out(to_csl_json(sources))
    else:
        _out("".join(f"{s.id}\t{reference(s)}\n" for s in sources))
    return ExitCode.OK


def _source(source_id: str):
    source = state.base().sources.get(source_id)
    if source is None:
        raise InputError(f"no source with id {source_id!r} (see 'glfcheck sources list')")
    return source


@sources_app.command("show", epilog=GLOBAL_EPILOG)
def sources_show(
    source_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=_complete_source_ids)],
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
) -> int:
    """Show one work, and the claims that cite it."""
    import json

    from glfcheck.render.chicago import reference

    source = _source(source_id)
    if format is OutputFormat.json:
        _out(json.dumps(source.csl, ensure_ascii=False, indent=2) + "\n")
        return ExitCode.OK
    citing = [c.id for c in state.base().claims if source_id in c.source_ids]
    _out(f"{reference(source)}\n" + "".join(f"  cited by {cid}\n" for cid in citing))
    return ExitCode.OK


@sources_app.command("export", epilog=GLOBAL_EPILOG)
def sources_export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.csl_yaml,
) -> int:
    """Export the bibliography (CSL YAML for pandoc, CSL JSON for Zotero, BibTeX)."""
    from glfcheck.base.export import export

    _out(export(sorted(state.base().sources.values(), key=lambda s: s.id), format.value))
    return ExitCode.OK


@app.command(epilog=GLOBAL_EPILOG)
def cite(key: Annotated[str, typer.Argument(
        metavar="KEY", autocompletion=_complete_source_ids,
        help="A source id (kunglin2003) or a citation (\"Kung and Lin 2003\", \"Peng (1987)\", @peng1987).")]) -> int:
    """Print a work's reference in Chicago author-date style."""
    from glfcheck.render.chicago import reference

    _out(reference(_work(key)) + "\n")
    return ExitCode.OK


def _work(key: str):  # noqa: ANN202 - a Source
    """The work a source id or a written-out citation names; an InputError says why there is none."""
    base = state.base()
    if key in base.sources:
        return base.sources[key]
    from glfcheck.documents.references import cited_as

    found = cited_as(key, base)
    if found is None:
        raise InputError(f"no source with id {key!r}, and it reads as no citation such as 'Kung and Lin 2003' "
                         "(see 'glfcheck sources list')")
    if found.status == "known" and len(found.source_ids) == 1:
        return base.sources[found.source_ids[0]]
    if found.status == "known":
        raise InputError(f"{key!r} names several works: {', '.join(found.source_ids)} (give one of these ids)")
    if found.status == "wrong-year":
        years = ", ".join(f"{i} ({base.sources[i].year})" for i in found.source_ids)
        raise InputError(f"{key!r}: the base holds no such work from {found.citation.year}; it holds {years}")
    raise InputError(f"{key!r} is not a work in the claims base (see 'glfcheck sources list')")


@app.command(epilog=GLOBAL_EPILOG)
def rule(
    rule_id: Annotated[Optional[str], typer.Argument(
        metavar="RULE-ID", autocompletion=_complete_rules, help="A rule id; without one, every rule.")] = None,
) -> int:
    """Explain a lint rule with an example and what glfcheck reports on it, as 'ruff rule' does."""
    from glfcheck.rules import RULES

    if rule_id is None:
        width = max(map(len, RULES))
        _out("".join(f"{r.id:<{width}}  {r.severity:<7}  {r.summary}\n" for r in RULES.values()))
        return ExitCode.OK
    if rule_id not in RULES:
        import difflib

        near = difflib.get_close_matches(rule_id, list(RULES), n=1)
        hint = f"did you mean {near[0]!r}? " if near else ""
        raise InputError(f"no rule {rule_id!r} ({hint}'glfcheck rule' lists them)")
    from glfcheck.lint.linter import lint_example
    from glfcheck.render.concise import line

    found = RULES[rule_id]
    example = found.example
    shown = "".join(f"    {text}".rstrip() + "\n" for text in example.text.rstrip("\n").split("\n"))
    report = lint_example(_checker(), example)
    reported = [f for f in report.findings if f.rule == rule_id]
    options = "".join(f" --show {s}" for s in example.show)
    lines = [f"{found.id} ({found.severity}): {found.summary}", "", found.help, "",
             f"Example, {example.name}" + (f" (in {example.encoding})" if example.encoding != "utf-8" else "") + ":",
             "", shown.rstrip("\n"), "", f"glfcheck lint{options} {example.name}:", ""]
    lines += [f"    {line(f).text}" for f in reported] or ["    (nothing: the claims base in use does not make this "
                                                              "example report)"]
    _out("\n".join(lines) + "\n")
    return ExitCode.OK


@app.command(epilog=GLOBAL_EPILOG)
def validate() -> int:
    """Check a claims base's schema and integrity; list every problem with file and line."""
    from glfcheck.base.loader import read_base, resolve_roots
    from glfcheck.render.words import count

    base, problems = read_base(resolve_roots(state.base_dir))
    problems = sorted(problems, key=lambda p: (p.path, p.line))  # each file's in order, as a linter's
    _out("".join(f"{problem}\n" for problem in problems))
    if problems:
        _out(f"{count(len(problems), 'problem')} in the claims base\n")
        return ExitCode.ERROR
    _out(f"ok: {count(len(base.claims), 'claim')}, {count(len(base.sources), 'source')}, "
         f"{count(len({c.topic for c in base.claims}), 'topic')}\n")
    _out(f"{base.counts()}\n")
    return ExitCode.OK


def _split(values: list[str] | None) -> list[str]:
    """`--select a,b --select c`: ['a', 'b', 'c'], as ruff reads its rule lists."""
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def _rule_ids(option: str, values: list[str] | None) -> frozenset[str]:
    from glfcheck.rules import RULES

    ids = _split(values)
    for rule_id in ids:
        if rule_id not in RULES:
            raise InputError(f"unknown {option} rule {rule_id!r} (see 'glfcheck rule'; choose from "
                             f"{', '.join(RULES)})")
    return frozenset(ids)


def _lint_format(asked: LintFormat, output: str | None) -> LintFormat:
    """The format to write: what was asked, or for `auto` what the destination calls for. A report
    file whose extension names a format (`report.html`) gets that format; asking for another is
    an error rather than a file that holds something its name belies."""
    from glfcheck.render import format_of_file

    named = format_of_file(output) if output else None
    if asked is LintFormat.auto:
        if named is not None:
            return named
        if output is None and os.environ.get("GITHUB_ACTIONS") == "true":
            return LintFormat.github
        return LintFormat.text if output is None and _terminal() else LintFormat.concise
    if named is not None and asked is not named:
        raise InputError(f"--format {asked.value} does not match the file's extension, which stands for "
                         f"--format {named.value} (drop --format, or write to another file)", path=output)
    return asked


@app.command(epilog=GLOBAL_EPILOG)
def lint(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - to read standard input.")],
    format: Annotated[str, typer.Option(
        "--format", "-f", autocompletion=_complete_formats,
        help="auto (default: text on a terminal, concise elsewhere, github in GitHub Actions, or what "
             "the --output file's extension names), text, concise, json, github, sarif or html.")] = "auto",
    fail_on: Annotated[Optional[str], typer.Option(
        "--fail-on", autocompletion=_complete_fail_on,
        help="Exit 1 on findings at or above: error (default), warning, info, never.")] = None,
    show: Annotated[Optional[list[str]], typer.Option(
        "--show", autocompletion=_complete_show,
        help="Also report 'supported' sentences (with the work to cite) or 'unknown' ones.")] = None,
    select: Annotated[Optional[list[str]], typer.Option(
        "--select", metavar="RULE", autocompletion=_complete_rules,
        help="Report only these rules (comma-separated or repeated; see 'glfcheck rule').")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(
        "--ignore", metavar="RULE", autocompletion=_complete_rules,
        help="Never report these rules (comma-separated or repeated).")] = None,
    config: Annotated[Optional[str], typer.Option("--config", help="A .glfcheck.toml or pyproject.toml to use.",
                                                  metavar="FILE")] = None,
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write the report to this file (.html, .json and .sarif name their format).")] = None,
    stdin_name: Annotated[str, typer.Option("--stdin-name", help="Name (and kind, by its extension) of "
                                            "standard input.", metavar="NAME")] = "stdin.md",
    fresh: Annotated[bool, typer.Option("--fresh", help="Check every sentence again instead of reusing the "
                                        "results remembered from earlier runs against the same base.")] = False,
    no_ignore: Annotated[bool, typer.Option("--no-ignore", help="Walk folders without reading .gitignore and "
                                            ".ignore files.")] = False,
) -> int:
    """Check every sentence, reference and citation of documents (Markdown, text, reStructuredText,
    HTML, notebooks, .docx); exit 1 when findings reach --fail-on."""
    from glfcheck.lint import config as configuration
    from glfcheck.lint import walking
    from glfcheck.documents import reading as documents
    from glfcheck.lint.linter import Linter, Options
    from glfcheck.results import FAIL_ON, failing
    from glfcheck.lint.workers import Workers
    from glfcheck.rules import RULES, SHOWABLE, SHOWN_BY

    try:
        asked = LintFormat(format)
    except ValueError:
        raise InputError(f"unknown --format {format!r} (choose from {', '.join(f.value for f in LintFormat)})") from None
    chosen = _lint_format(asked, output)
    selected, ignored = _rule_ids("--select", select), _rule_ids("--ignore", ignore)
    _collect_rarely()
    settings = configuration.load(".", config)
    fail_on = fail_on or settings.fail_on
    if fail_on not in FAIL_ON:
        raise InputError(f"unknown --fail-on {fail_on!r} (choose from {', '.join(FAIL_ON)})")
    shown = set(settings.show)
    for item in show or []:
        if item not in SHOWABLE:
            raise InputError(f"unknown --show {item!r} (choose from {', '.join(SHOWABLE)})")
        shown.add(item)
    shown.update(verdict for verdict, rule in SHOWN_BY.items() if rule in selected)  # selecting one shows it
    from glfcheck import cache

    roots = cache.resolve_roots(state.base_dir, settings.bases)
    if settings.bases:
        from glfcheck.judging.checker import Checker
        from glfcheck.base.loader import load_base

        checker = Checker(load_base(roots))
    else:
        checker = _checker()
    disabled_rules = frozenset(i for i in settings.disable if i in RULES)
    unknown_ids = [i for i in settings.disable if i not in RULES and checker.base.claim(i) is None]
    if unknown_ids:
        raise configuration.ConfigError(f'"disable" names {unknown_ids[0]!r}, which is neither a rule id (see '
                                        "'glfcheck rule') nor a claim id", path=settings.path,
                                        line=configuration.line_of(settings.path, "disable"))
    remember = state.use_cache  # --no-cache: neither read nor write anything remembered
    # with --fresh nothing remembered is reused: it is read only to be kept, after the run
    known = cache.load_results(roots, checker.base) if remember and not fresh else {}
    # One pool of workers parses the files and checks the sentences.
    workers = Workers(checker, _cores())
    docs = []
    unreadable: list[str] = []
    if paths == ["-"]:
        kind = documents.kind_of(stdin_name) or "markdown"
        docs.append(documents.parse(sys.stdin.buffer.read(), stdin_name if stdin_name != "stdin.md" else "-", kind))
    else:
        files, notes = walking.collect(paths, settings, use_ignore_files=not no_ignore,
                                       never=(output,) if output else ())
        for note in notes:
            _err(f"glfcheck: note: {note}\n")
        docs = _read_documents(files, unreadable, workers)  # type: ignore[assignment]
        if len(files) > 5 and chosen is LintFormat.text and sys.stderr.isatty() and output is None:
            from rich.progress import track

            docs = track(docs, total=len(files), description="linting", transient=True,  # type: ignore[assignment]
                         console=__import__("rich.console").console.Console(stderr=True))
    options = Options(frozenset(shown), frozenset(i for i in settings.disable if i not in RULES), settings.min_score,
                      selected=selected, ignored=ignored | disabled_rules)
    linter = Linter(checker, options, known={} if fresh else known, workers=workers)
    render = _lint_renderer(chosen, to_file=output is not None)

    def all_checked() -> None:
        """Every sentence has its result: the workers are done, and the results are kept for the
        next run before the last files are reported."""
        workers.close()
        if remember and linter.checked_now:
            earlier = cache.load_results(roots, checker.base) if fresh else known
            cache.save_results(roots, {**earlier, **linter.results})

    reports: list = []

    def linted():  # noqa: ANN202 - the reports as they are made, kept for the exit code and summary
        for report in linter.lint(docs, all_checked=all_checked):
            reports.append(report)
            yield report

    with workers:
        text = render(linted())
    if chosen is LintFormat.github and os.environ.get("GITHUB_STEP_SUMMARY"):
        from glfcheck.render.github import step_summary

        try:
            with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
                handle.write(step_summary(reports))
        except OSError as exc:
            _err(f"glfcheck: note: cannot write the step summary: {exc}\n")
    if output:
        _write_report(output, text)
    else:
        _out(text)
    if unreadable:
        if len(unreadable) > 1:
            _err(f"glfcheck: error: {len(unreadable)} files could not be read (see above)\n")
        return ExitCode.ERROR
    return ExitCode.FINDINGS if failing((f for r in reports for f in r.findings), fail_on) else ExitCode.OK


def _lint_renderer(chosen: LintFormat, *, to_file: bool) -> Callable[[Iterable], str]:
    """The renderer of a lint format: a function of the reports, read as they are made (the text
    formats write each file while the workers check the next ones)."""
    from glfcheck.render import concise, github, html, lint_json, lint_text, sarif

    to_terminal = _terminal() and not to_file
    color = _color(to_terminal) if not to_file else state.color is ColorChoice.always
    if chosen is LintFormat.text:
        width = _width() if to_terminal else None
        return lambda made: lint_text.render(made, color=color, width=width)
    if chosen is LintFormat.concise:
        return lambda made: concise.render(made, color=color)
    if chosen is LintFormat.sarif:
        root = os.getcwd()
        return lambda made: sarif.render(list(made), root=root)
    whole = {LintFormat.json: lint_json.render, LintFormat.github: github.render, LintFormat.html: html.render}
    renderer = whole[chosen]
    return lambda made: renderer(list(made))


def _collect_rarely() -> None:
    """For a bulk run: a lint allocates millions of short-lived objects and makes few reference
    cycles, and collecting after every 700 allocations (Python's default) cost ~10 % of a 1 MB
    lint's CPU. Collections still run, after 20,000."""
    import gc

    gc.set_threshold(20_000, 20, 100)


def _read_documents(files: list, unreadable: list[str], workers: "Workers"):  # noqa: ANN202 - yields Documents
    """Read the files one by one; one that cannot be read (binary, undecodable, vanished) is
    reported on standard error at once and skipped, so the others are still linted. The run then
    ends with exit code 2."""
    from glfcheck.lint.workers import read_many

    for path, read in zip(files, read_many(files, workers=workers)):
        if isinstance(read, InputError):
            unreadable.append(str(read))
            _err(f"glfcheck: error: {read}\n")
        else:
            yield read


def _write_report(output: str, text: str) -> None:
    """Write atomically: a temporary file in the same folder, then os.replace. A failure or a
    Ctrl-C part-way removes the temporary file and leaves any earlier report untouched."""
    import tempfile

    target = os.path.realpath(output)  # through a symbolic link, as open() would write
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target) or ".", prefix=f".{os.path.basename(target)}.",
                                   suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write report: {exc.strerror or exc}", path=output) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:  # mkstemp makes the file private; a report gets the mode a new file would have
            mode = os.stat(target).st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise InputError(f"cannot write report: {exc.strerror or exc}", path=output) from None
        raise


def _shell_completion(args: list[str]) -> int | None:
    """`--show-completion [SHELL]` and `--install-completion [SHELL]` among the options before the
    command, handled before Typer (whose own options cannot take the shell as a value): the exit
    code, or None when neither is there."""
    for i, token in enumerate(args):
        name, _, value = token.partition("=")
        if name in COMPLETION_OPTIONS:
            shell = value or (args[i + 1] if i + 1 < len(args) and not args[i + 1].startswith("-") else "")
            return _completion(name, shell)
        if not token.startswith("-") and not (i and GLOBAL_OPTIONS.get(args[i - 1])):
            return None  # the command: its options are its own
    return None


def _completion(option: str, shell: str) -> int:
    from typer._completion_shared import _get_shell_name, get_completion_script, install

    shell = shell or _get_shell_name() or os.path.basename(os.environ.get("SHELL", ""))
    if shell not in SHELLS:
        said = f"unknown shell {shell!r}" if shell else "cannot tell which shell this is"
        raise InputError(f"{said}: name one, {option} {'|'.join(SHELLS)}")
    if option == "--show-completion":
        _out(get_completion_script(prog_name="glfcheck", complete_var=COMPLETE_VAR, shell=shell) + "\n")
    else:
        shell, path = install(shell=shell, prog_name="glfcheck", complete_var=COMPLETE_VAR)
        _out(f"{shell} completion installed in {path}; it takes effect in a new shell\n")
    return ExitCode.OK


def hoist_global_options(argv: list[str]) -> list[str]:
    """The arguments with the global options given after the command moved before it, where
    Typer reads them: `lint --base DIR x.md` is `--base DIR lint x.md`. Nothing after `--` moves."""
    start = 0
    while start < len(argv) and argv[start].startswith("-") and argv[start] != "--":  # options before the command
        takes_value = GLOBAL_OPTIONS.get(argv[start], False)
        start += 2 if takes_value else 1
    hoisted: list[str] = []
    rest: list[str] = []
    i = start + 1  # after the command's name
    while i < len(argv):
        token = argv[i]
        if token == "--":
            rest.extend(argv[i:])
            break
        name = token.split("=", 1)[0]
        if name in GLOBAL_OPTIONS:
            separate = GLOBAL_OPTIONS[name] and "=" not in token and i + 1 < len(argv)
            hoisted.extend(argv[i:i + 2] if separate else [token])
            i += 2 if separate else 1
            continue
        rest.append(token)
        i += 1
    return argv[:start] + hoisted + argv[start:start + 1] + rest


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (tests call this directly).

    Every way a run can end maps to a documented exit code with at most one line on standard
    error: usage and input errors (2), Ctrl-C (130), a closed output pipe (the run's own code),
    and, as a last resort, an unexpected exception (3: a bug; GLFCHECK_DEBUG=1 shows the traceback).
    """
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

    try:
        args = hoist_global_options(sys.argv[1:] if argv is None else list(argv))
        completion = _shell_completion(args)
        if completion is not None:
            return completion
        if COMPLETE_VAR in os.environ:  # a completion script asks for the words that may come next
            from typer._completion_classes import completion_init

            completion_init()  # Typer's shell classes, which its own completion options would have set up
        result = app(args=args, prog_name="glfcheck", standalone_mode=False)
        code = int(result or 0)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        code = ExitCode.INTERRUPTED
    except NoArgsIsHelpError as exc:
        exc.show()  # `glfcheck` alone: the help, as before
        return ExitCode.ERROR
    except UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        _err(f"glfcheck: error: {exc.format_message()}{hint}\n")
        return ExitCode.ERROR
    except ClickException as exc:
        _err(f"glfcheck: error: {exc.format_message()}\n")
        return ExitCode.ERROR
    except GlfcheckError as exc:
        _err(f"glfcheck: error: {exc}\n")
        return ExitCode.ERROR
    except KeyboardInterrupt:
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader went away outside _out (`glfcheck ... | head -1`): stop quietly.
        _silence(sys.stdout)
        return ExitCode.OK
    except Exception as exc:  # noqa: BLE001 - the last resort: a bug, still one line
        if os.environ.get("GLFCHECK_DEBUG"):
            raise
        _err(f"glfcheck: internal error: {exc.__class__.__name__}: {exc} "
             "(a bug; rerun with GLFCHECK_DEBUG=1 for the traceback and please report it)\n")
        return ExitCode.INTERNAL
    if code == ExitCode.INTERRUPTED:  # typer turns Ctrl-C into Exit(130) without a word
        _err("glfcheck: interrupted\n")
    return code


def run() -> None:
    """The `glfcheck` command."""
    sys.exit(main())


if _SIGINT_BEFORE is not False:  # loaded: Ctrl-C raises KeyboardInterrupt again, which main() handles
    signal.signal(signal.SIGINT, signal.default_int_handler if _SIGINT_BEFORE is None else _SIGINT_BEFORE)


# ---------------------------------------------------------------- estimates (issue 17)
# glfcheck.base.estimates.DEFAULT_MEASURE, written out: importing that module here would cost every
# command ~30 ms of start-up (a test keeps the two the same).
DEFAULT_MEASURE = "famine-deaths"


class EstimatesFormat(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


ESTIMATES_WIDTH = 100  # a chart wider than this spreads the same rows thinner


@app.command()
def estimates(
    measure: Annotated[str, typer.Argument(help="A measure id of the lexicon (famine-deaths, grain-output, "
                                                "procurement-share, ...).")] = DEFAULT_MEASURE,
    format: Annotated[EstimatesFormat, typer.Option("--format", "-f", help="text (a chart), json or csv.")]
    = EstimatesFormat.text,
    list_measures: Annotated[bool, typer.Option("--list", help="List the measures the base holds estimates of.")]
    = False,
) -> int:
    """Chart every estimate of a measure in the base: one row per work, grouped by method, on a
    shared scale with the consensus range shaded."""
    from glfcheck.base.estimates import chart, measures

    base = state.base()
    if list_measures:
        charts = [chart(base, m) for m in measures(base)]
        _out("".join(f"{c.measure}\t{len(c.estimates)}\t{c.unit}\n" for c in charts))
        return ExitCode.OK
    drawn = chart(base, measure)
    if format is EstimatesFormat.text:
        from glfcheck.render.chart import render_text

        _out(render_text(drawn, color=_color(_terminal()), width=min(_width() or ESTIMATES_WIDTH, ESTIMATES_WIDTH)))
    else:
        from glfcheck.render import estimates_data

        _out(estimates_data.to_json(drawn) if format is EstimatesFormat.json else estimates_data.to_csv(drawn))
    return ExitCode.OK
