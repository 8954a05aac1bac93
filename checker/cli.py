"""The ``transcheck`` command: parses, calls the library, renders. Nothing else lives here.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage or input errors.
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .config import FAIL_ON
from .errors import InputError

FORMATS = ("text", "json")


def _fail(message: str) -> None:
    click.echo(f"transcheck: error: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="transcheck")
def main() -> None:
    """Audit machine translations of news articles: omitted or added sentences, likely mistranslations, and more.

    Run `transcheck audit SOURCE TRANSLATION` on an article and its translation.
    """


@main.command()
@click.argument("source", metavar="SOURCE", type=str)
@click.argument("translation", metavar="TRANSLATION", type=str)
@click.option("-s", "--source-lang", metavar="LANG", help="Language of SOURCE (ISO 639-1, e.g. id). Detected if omitted.")
@click.option("-t", "--target-lang", metavar="LANG", help="Language of TRANSLATION (e.g. fr). Detected if omitted.")
@click.option("--segmented", is_flag=True,
              help="The files are already one sentence per line (translation memories, line-aligned MT output): "
                   "keep that segmentation.")
@click.option("--input-format", type=click.Choice(["auto", "text", "markdown"]), default="auto", show_default=True,
              help="How to read paragraphs: plain text has one paragraph per line; Markdown separates them by blank "
                   "lines. auto: Markdown for .md files.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format: a terminal view, or JSON (schema in docs/json-report.md).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Write the report to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Exit with status 1 when a finding of this severity or worse is found.")
@click.option("--glossary", type=click.Path(dir_okay=False), metavar="FILE",
              help="CSV or TSV of source terms, their accepted translations (separated by |) and an optional note; "
                   "an empty translation makes a term do-not-translate. See docs/rules.md (GLOS).")
@click.option("--boilerplate", "boilerplate", multiple=True, metavar="REGEX",
              help="A pattern of known boilerplate (a disclaimer, a credit line), in addition to the built-in "
                   "AI-disclaimer patterns: a wrong-language or added sentence matching it is reported as information. "
                   "Repeatable.")
@click.option("--color/--no-color", default=None, help="Colour the terminal view (default: when writing to a terminal).")
def audit(source, translation, source_lang, target_lang, segmented, input_format, fmt, output, fail_on, glossary,
          boilerplate, color):
    """Audit TRANSLATION against SOURCE (files, plain text or Markdown; `-` reads standard input).

    \b
    Examples:
      transcheck audit article.id.txt article.fr.txt
      transcheck audit -s id -t fr --format json article.id.txt article.fr.txt > report.json
      cat article.fr.txt | transcheck audit article.id.txt - --fail-on warning
    """
    if source == "-" and translation == "-":
        _fail("only one of SOURCE and TRANSLATION can be standard input")
    from .api import audit as run_audit
    from .io import is_markdown, read_text
    from .report import RENDERERS
    from .config import BOILERPLATE, Settings

    from .glossary import load_glossary

    import re

    for pattern in boilerplate:
        try:
            re.compile(pattern)
        except re.error as exc:
            _fail(f"--boilerplate {pattern!r}: not a regular expression ({exc})")
    try:
        terms = load_glossary(glossary) if glossary else None
        source_text = read_text(source)
        translation_text = read_text(translation)
        markdown = input_format == "markdown" or (input_format == "auto" and is_markdown(translation))
        report = run_audit(source_text, translation_text, source_lang, target_lang,
                           settings=Settings(fail_on=fail_on, glossary=terms,
                                             boilerplate=BOILERPLATE + tuple(boilerplate)),
                           segmented=segmented, markdown=markdown,
                           source_name="<stdin>" if source == "-" else source,
                           translation_name="<stdin>" if translation == "-" else translation)
    except InputError as exc:
        _fail(str(exc))
    if output == "-":
        use_color = sys.stdout.isatty() if color is None else color
        click.echo(RENDERERS[fmt](report, color=use_color and fmt == "text"), nl=False)
    else:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(RENDERERS[fmt](report, color=bool(color) and fmt == "text"))
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror})")
    sys.exit(1 if report.fails(fail_on) else 0)


@main.command()
def rules():
    """List the rule codes findings can carry, one line each (documented in docs/rules.md)."""
    from .checks import all_rules

    for code, text in all_rules().items():
        click.echo(f"{code}  {text}")


if __name__ == "__main__":  # pragma: no cover
    main()
