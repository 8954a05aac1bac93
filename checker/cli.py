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
@click.option("--back-translation", "bt_mode", type=click.Choice(["auto", "off"]), default="auto", show_default=True,
              help="Translate the translation back into the source language and compare it with the source (MEAN001, "
                   "MEAN002). auto: when a model is found (see `transcheck models list`), else say it was skipped.")
@click.option("--bt-model", metavar="MODEL",
              help="Back-translation model: a folder (transformers, or CTranslate2 from `transcheck models convert`) or "
                   "a hub id (fetched only when named here). Default: the registry's model for the language pair.")
@click.option("--bt-backend", type=click.Choice(["transformers", "ctranslate2"]),
              help="Use only this backend (default: whichever the model found is for, CTranslate2 first).")
@click.option("--bt-file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Precomputed back-translations instead of a model: one line per translation sentence, or JSONL "
                   "objects {\"sentence\": ..., \"back_translation\": ...}.")
@click.option("--device", default="cpu", show_default=True, help="Where the back-translation model runs: cpu, cuda, "
              "cuda:1.")
@click.option("--beam-size", type=click.IntRange(1), default=4, show_default=True, help="Beams when back-translating.")
@click.option("--max-length", type=click.IntRange(1), default=256, show_default=True,
              help="The most tokens of one back-translated sentence.")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True,
              help="Sentences per batch (sorted by length).")
@click.option("--bt-cache", metavar="PATH",
              help="SQLite cache of back-translations (default: ~/.cache/transcheck/translations.sqlite or "
                   "$TRANSCHECK_CACHE); a re-audit translates nothing again.")
@click.option("--no-bt-cache", is_flag=True, help="Do not read or write the back-translation cache.")
@click.option("--require-back-translation", is_flag=True,
              help="Exit with status 2 when no back-translation can be made, instead of auditing without it.")
@click.option("--color/--no-color", default=None, help="Colour the terminal view (default: when writing to a terminal).")
def audit(source, translation, source_lang, target_lang, segmented, input_format, fmt, output, fail_on, glossary,
          boilerplate, bt_mode, bt_model, bt_backend, bt_file, device, beam_size, max_length, batch_size, bt_cache,
          no_bt_cache, require_back_translation, color):
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
    from .config import BOILERPLATE, BackTranslationSettings, Settings
    from .translate.base import Decoding

    from .glossary import load_glossary

    import re

    for pattern in boilerplate:
        try:
            re.compile(pattern)
        except re.error as exc:
            _fail(f"--boilerplate {pattern!r}: not a regular expression ({exc})")
    if bt_file and (bt_model or bt_backend):
        _fail("--bt-file replaces a model: give either --bt-file or --bt-model/--bt-backend")
    if bt_mode == "off" and require_back_translation:
        _fail("--require-back-translation with --back-translation off cannot be met")
    back = BackTranslationSettings(
        mode=bt_mode, backend="precomputed" if bt_file else bt_backend, model=bt_file or bt_model, device=device,
        decoding=Decoding(beam_size=beam_size, max_length=max_length, batch_size=batch_size),
        cache="" if no_bt_cache else bt_cache, required=require_back_translation)
    try:
        terms = load_glossary(glossary) if glossary else None
        source_text = read_text(source)
        translation_text = read_text(translation)
        markdown = input_format == "markdown" or (input_format == "auto" and is_markdown(translation))
        report = run_audit(source_text, translation_text, source_lang, target_lang,
                           settings=Settings(fail_on=fail_on, glossary=terms,
                                             boilerplate=BOILERPLATE + tuple(boilerplate), back_translation=back),
                           segmented=segmented, markdown=markdown,
                           source_name="<stdin>" if source == "-" else source,
                           translation_name="<stdin>" if translation == "-" else translation)
    except InputError as exc:
        _fail(str(exc))
    if report.back_translation is not None and report.back_translation.status == "skipped" and bt_mode != "off":
        click.echo(f"transcheck: warning: back-translation skipped: {report.back_translation.reason}", err=True)
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


@main.group()
def models():
    """Back-translation models: the registry of defaults per language pair, downloads, conversions."""


@models.command("list")
def models_list():
    """The default model of each language pair (FROM-TO) and where it is installed, if it is."""
    from .translate.models import find_installed, registry, search_path

    reg = registry()
    rows = [(pair, model_id) for pair, ids in sorted(reg["pairs"].items()) for model_id in ids]
    rows.append(("*", reg["fallback"]))
    for pair, model_id in rows:
        installed = find_installed(model_id)
        where = "; ".join(f"{i.backend} {i.path}" for i in installed) or "not installed"
        click.echo(f"{pair:<7}{model_id:<42}{where}")
    click.echo("\nSearched: " + ", ".join(str(p) for p in search_path()) + ", and the Hugging Face cache. Any pair "
               "not listed uses the multilingual fallback (*).")


@models.command("download")
@click.argument("what", metavar="PAIR|MODEL")
@click.option("--dir", "dest", type=click.Path(file_okay=False), help="Folder to put the model in.")
def models_download(what, dest):
    """Fetch the default model of a language pair (fr-id) or a hub id (Helsinki-NLP/opus-mt-fr-id).

    Needs the network; without it, this says where to place a model folder copied by hand.
    """
    from pathlib import Path

    from .translate.base import TranslatorUnavailable
    from .translate.models import candidates, download

    if "/" in what:
        model_id = what
    else:
        parts = what.split("-")
        if len(parts) != 2 or not all(parts):
            _fail(f"{what!r}: give a language pair such as fr-id, or a hub id such as Helsinki-NLP/opus-mt-fr-id")
        model_id = candidates(*parts)[0]
    try:
        path = download(model_id, Path(dest) if dest else None)
    except TranslatorUnavailable as exc:
        _fail(str(exc))
    click.echo(f"{model_id} -> {path}")


@models.command("convert")
@click.argument("model", metavar="MODEL")
@click.argument("output", required=False, type=click.Path(file_okay=False))
@click.option("--quantization", default="int8", show_default=True,
              type=click.Choice(["int8", "int8_float32", "int16", "float16", "float32"]),
              help="Weight type of the converted model.")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT.")
def models_convert(model, output, quantization, force):
    """Convert a transformers model (folder or hub id) to CTranslate2 (pip install 'transcheck[ct2]').

    OUTPUT defaults to the models folder, named so that the audit finds it and prefers it.
    """
    from pathlib import Path

    from .translate.base import TranslatorUnavailable
    from .translate.ct2 import convert
    from .translate.models import download_dir, folder_name

    if output is None:
        output = download_dir() / folder_name(Path(model).name if Path(model).is_dir() else model, "ctranslate2")
    try:
        path = convert(model, output, quantization=quantization, force=force)
    except TranslatorUnavailable as exc:
        _fail(str(exc))
    except (OSError, ValueError) as exc:
        _fail(f"cannot convert {model}: {str(exc).splitlines()[0]}")
    click.echo(f"{model} -> {path} ({quantization})")


if __name__ == "__main__":  # pragma: no cover
    main()
