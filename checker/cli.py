"""The ``transcheck`` command: parses, calls the library, renders. Nothing else lives here.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage or input errors.
"""

from __future__ import annotations

import re
import sys

import click

from . import __version__
from .config import FAIL_ON
from .errors import InputError

FORMATS = ("text", "json", "junit", "sarif", "markdown", "html")
BATCH_FORMATS = ("jsonl", "json", "text", "junit", "sarif", "markdown", "html")


def _fail(message: str) -> None:
    click.echo(f"transcheck: error: {message}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="transcheck")
def main() -> None:
    """Audit machine translations of news articles: omitted or added sentences, likely mistranslations, and more.

    Run `transcheck audit SOURCE TRANSLATION` on an article and its translation.
    """


def _settings_options(func):
    """The options that make an audit's settings, shared by `audit` and `batch`. Each overrides the configuration
    file only when given on the command line."""
    options = [
        click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Configuration file (default: the nearest transcheck.toml, or pyproject.toml with "
                          "[tool.transcheck]). See `transcheck config`."),
        click.option("-s", "--source-lang", metavar="LANG",
                     help="Language of the sources (ISO 639-1, e.g. id). Detected if omitted."),
        click.option("-t", "--target-lang", metavar="LANG",
                     help="Language of the translations (e.g. fr). Detected if omitted."),
        click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
                     help="Exit with status 1 when a finding of this severity or worse is found."),
        click.option("--select", metavar="CODES",
                     help="Report only these rules: codes or prefixes, comma-separated (NAME,NUM001). NAME003 is "
                          "off unless named in full."),
        click.option("--extend-select", metavar="CODES",
                     help="Report these rules too, on top of --select or the defaults: codes or prefixes, "
                          "comma-separated (NAME003, which is off by default)."),
        click.option("--ignore", metavar="CODES", help="Never report these rules: codes or prefixes, comma-separated."),
        click.option("--ner", type=click.Choice(["spacy", "none"]), default="spacy", show_default=True,
                     help="What decides whether a word opening a sentence is a name (NAME rules): spacy, the "
                          "language's spaCy pipeline where one is installed (fr_core_news_sm for French), or none, "
                          "capitals and word frequencies only."),
        click.option("--glossary", type=click.Path(dir_okay=False), metavar="FILE",
                     help="CSV or TSV of source terms, their accepted translations (separated by |) and an optional "
                          "note; an empty translation makes a term do-not-translate. See docs/rules.md (GLOS)."),
        click.option("--boilerplate", "boilerplate", multiple=True, metavar="REGEX",
                     help="A pattern of known boilerplate (a disclaimer, a credit line), in addition to the built-in "
                          "AI-disclaimer patterns: a wrong-language or added sentence matching it is reported as "
                          "information. Repeatable."),
        click.option("--back-translation", "bt_mode", type=click.Choice(["auto", "off"]), default="auto",
                     show_default=True,
                     help="Translate the translation back into the source language and compare it with the source "
                          "(MEAN001, MEAN002). auto: when a model is found (see `transcheck models list`), else say "
                          "it was skipped."),
        click.option("--bt-model", metavar="MODEL",
                     help="Back-translation model: a folder (transformers, or CTranslate2 from `transcheck models "
                          "convert`) or a hub id (fetched only when named here). Default: the registry's model for "
                          "the language pair."),
        click.option("--bt-backend", type=click.Choice(["transformers", "ctranslate2"]),
                     help="Use only this backend (default: whichever the model found is for, CTranslate2 first)."),
        click.option("--bt-file", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Precomputed back-translations instead of a model: one line per translation sentence, or "
                          "JSONL objects {\"sentence\": ..., \"back_translation\": ...}."),
        click.option("--device", default="cpu", show_default=True,
                     help="Where the back-translation model runs: cpu, cuda, cuda:1."),
        click.option("--beam-size", type=click.IntRange(1), default=4, show_default=True,
                     help="Beams when back-translating."),
        click.option("--max-length", type=click.IntRange(1), default=256, show_default=True,
                     help="The most tokens of one back-translated sentence."),
        click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True,
                     help="Sentences per batch (sorted by length)."),
        click.option("--bt-cache", metavar="PATH",
                     help="SQLite cache of back-translations (default: ~/.cache/transcheck/translations.sqlite or "
                          "$TRANSCHECK_CACHE); a re-audit translates nothing again."),
        click.option("--no-bt-cache", is_flag=True, help="Do not read or write the back-translation cache."),
        click.option("--require-back-translation", is_flag=True,
                     help="Exit with status 2 when no back-translation can be made, instead of auditing without it."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


# command-line parameter -> (configuration key path, how to turn the value into the configuration's)
_OVERRIDES = {
    "source_lang": (("source_lang",), str), "target_lang": (("target_lang",), str), "fail_on": (("fail_on",), str),
    "select": (("select",), lambda v: [c.strip() for c in v.split(",") if c.strip()]),
    "ignore": (("ignore",), lambda v: [c.strip() for c in v.split(",") if c.strip()]),
    "extend_select": (("extend_select",), lambda v: [c.strip() for c in v.split(",") if c.strip()]),
    "glossary": (("glossary",), str), "boilerplate": (("boilerplate",), list), "ner": (("ner",), str),
    "bt_mode": (("back_translation", "mode"), str), "bt_model": (("back_translation", "model"), str),
    "bt_backend": (("back_translation", "backend"), str), "device": (("back_translation", "device"), str),
    "beam_size": (("back_translation", "beam_size"), int), "max_length": (("back_translation", "max_length"), int),
    "batch_size": (("back_translation", "batch_size"), int), "bt_cache": (("back_translation", "cache"), str),
    "require_back_translation": (("back_translation", "required"), bool), "jobs": (("jobs",), int),
    # batch: feeds and pages, the store of articles already audited, the engine
    "pair": (("feeds", "pair"), str), "pair_field": (("feeds", "pair_field"), str),
    "pair_lang": (("feeds", "pair_languages"), lambda v: _pair_languages(v)),
    "follow_links": (("feeds", "follow_links"), bool), "timeout": (("feeds", "timeout"), float),
    "retries": (("feeds", "retries"), int), "seen": (("seen",), str), "engine": (("engine",), str),
    "address": (("ray_address",), str),
}


def _pair_languages(values) -> dict:
    out = {}
    for value in values:
        key, sep, lang = value.partition("=")
        if not sep:
            _fail(f"--pair-lang {value!r}: give VALUE=LANG (the lang group's value, '=' and a language code; "
                  f"'=id' for links where the group took no part)")
        out[key] = lang
    return out


def _resolve(params: dict):
    """(settings, merged configuration, file) from the configuration file and what the command line gave."""
    from click.core import ParameterSource

    from .configfile import resolve

    ctx = click.get_current_context()
    overrides: dict = {}
    for name, (path, convert) in _OVERRIDES.items():
        if name in params and ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE:
            table = overrides
            for key in path[:-1]:
                table = table.setdefault(key, {})
            table[path[-1]] = convert(params[name])
    if params.get("bt_file"):
        if params.get("bt_model") or params.get("bt_backend"):
            _fail("--bt-file replaces a model: give either --bt-file or --bt-model/--bt-backend")
        overrides.setdefault("back_translation", {}).update(backend="precomputed", model=params["bt_file"])
    if params.get("no_bt_cache"):
        overrides.setdefault("back_translation", {})["cache"] = ""
    for pattern in params.get("boilerplate", ()):
        try:
            re.compile(pattern)
        except re.error as exc:
            _fail(f"--boilerplate {pattern!r}: not a regular expression ({exc})")
    try:
        settings, merged, path = resolve(params.get("config_file"), overrides)
    except InputError as exc:
        _fail(str(exc))
    if settings.back_translation.required and settings.back_translation.mode == "off":
        _fail("--require-back-translation with --back-translation off cannot be met")
    return settings, merged, path


def _write(output: str, chunks) -> None:
    if output == "-":
        for chunk in chunks:
            click.echo(chunk, nl=False)
        return
    try:
        with open(output, "w", encoding="utf-8") as fh:
            for chunk in chunks:
                fh.write(chunk)
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror})")


@main.command()
@click.argument("source", metavar="SOURCE", type=str)
@click.argument("translations", metavar="TRANSLATION...", type=str, nargs=-1, required=True)
@_settings_options
@click.option("--no-source", is_flag=True,
              help="Every file is a version (translation) of one article, and there is no source: the versions are "
                   "aligned to the first and compared with each other (VER rules). Needs two files, three to name "
                   "the odd one out.")
@click.option("--segmented", is_flag=True,
              help="The files are already one sentence per line (translation memories, line-aligned MT output): "
                   "keep that segmentation.")
@click.option("--input-format", type=click.Choice(["auto", "text", "markdown"]), default="auto", show_default=True,
              help="How to read paragraphs: plain text has one paragraph per line; Markdown separates them by blank "
                   "lines. auto: Markdown for .md files.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format: a terminal view, JSON (docs/json-report.md), JUnit XML, SARIF 2.1.0, Markdown (a "
                   "pull-request comment) or a self-contained HTML page.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Write the report to this file instead of standard output.")
@click.option("--color/--no-color", default=None, help="Colour the terminal view (default: when writing to a terminal).")
@click.option("--profile", is_flag=True,
              help="Print on standard error where the time went: reading, segmenting, the sentence encoder, the "
                   "alignment search, back-translation, each check, rendering (the report itself is unchanged).")
def audit(source, translations, no_source, segmented, input_format, fmt, output, color, profile, **params):
    """Audit TRANSLATION against SOURCE (files, plain text or Markdown; `-` reads standard input).

    With several translations of one source, each is audited against it, and the versions are compared with each
    other (VER rules: a name, number or date that one version changes while the source and the others agree). Each
    version's language comes from its file name (article.fr.txt), else it is detected.

    \b
    Examples:
      transcheck audit article.id.txt article.fr.txt
      transcheck audit -s id -t fr --format json article.id.txt article.fr.txt > report.json
      transcheck audit -f html -o report.html article.id.txt article.fr.txt
      cat article.fr.txt | transcheck audit article.id.txt - --fail-on warning
      transcheck audit article.id.txt article.fr.txt article.en.txt article.es.txt
      transcheck audit --no-source article.fr.txt article.en.txt article.es.txt
    """
    if no_source or len(translations) > 1:
        return _audit_versions(None if no_source else source, ([source] if no_source else []) + list(translations),
                               segmented, input_format, fmt, output, profile, params)
    translation = translations[0]
    if source == "-" and translation == "-":
        _fail("only one of SOURCE and TRANSLATION can be standard input")
    from .api import audit as run_audit
    from .io import is_markdown, read_text
    from .profile import Profile
    from .report import RECORD_RENDERERS, RENDERERS
    from .report.records import record_of

    settings, merged, _ = _resolve(params)
    timing = Profile()
    try:
        with timing.stage("read"):
            source_text = read_text(source)
            translation_text = read_text(translation)
        markdown = input_format == "markdown" or (input_format == "auto" and is_markdown(translation))
        report = run_audit(source_text, translation_text, merged.get("source_lang"), merged.get("target_lang"),
                           settings=settings, segmented=segmented, markdown=markdown,
                           source_name="<stdin>" if source == "-" else source,
                           translation_name="<stdin>" if translation == "-" else translation, profile=timing)
    except InputError as exc:
        _fail(str(exc))
    back = report.back_translation
    if back is not None and back.status == "skipped" and settings.back_translation.mode != "off":
        click.echo(f"transcheck: warning: back-translation skipped: {back.reason}", err=True)
    for run in report.checks:
        if run.status == "failed":
            click.echo(f"transcheck: warning: the {run.describe()}", err=True)
    with timing.stage("render"):
        if fmt not in RENDERERS:
            chunks = RECORD_RENDERERS[fmt]([record_of(report, settings.fail_on)], settings.fail_on)
        else:
            use_color = (sys.stdout.isatty() if color is None else color) if output == "-" else bool(color)
            chunks = [RENDERERS[fmt](report, color=use_color and fmt == "text")]
        _write(output, chunks)
    if profile:
        click.echo(timing.table(), err=True, nl=False)
    sys.exit(1 if report.fails(settings.fail_on) else 0)


_LANG_IN_NAME = re.compile(r"\.([a-z]{2,3}(?:-[a-z]{2,4})?)\.[A-Za-z0-9]+$")


def _lang_of_name(path: str) -> str | None:
    """The language code a file name gives (article.fr.txt: fr), if the language layer knows it."""
    from .lang import language

    m = _LANG_IN_NAME.search(path)
    if not m:
        return None
    try:
        language(m.group(1))
    except Exception:  # noqa: BLE001 (an unknown code is no language: detect it instead)
        return None
    return m.group(1)


def _audit_versions(source, files, segmented, input_format, fmt, output, profile, params) -> None:
    """`transcheck audit SOURCE TRANSLATION...` with several translations, or `--no-source`."""
    from .api import audit_versions
    from .io import is_markdown, read_text
    from .profile import Profile
    from .report import RECORD_RENDERERS
    from .report.records import record_of
    from .report.text import render_versions_text

    if sum(f == "-" for f in files + ([source] if source else [])) > 1:
        _fail("only one file can be standard input")
    if source is None and len(files) < 2:
        _fail("--no-source needs at least two versions")
    settings, merged, _ = _resolve(params)
    timing = Profile()
    try:
        with timing.stage("read"):
            source_text = read_text(source) if source is not None else None
            texts = [read_text(f) for f in files]
        markdown = input_format == "markdown" or (input_format == "auto" and is_markdown(files[0]))
        versions = [(_lang_of_name(f) or (merged.get("target_lang") if len(files) == 1 else None), text,
                     "<stdin>" if f == "-" else f) for f, text in zip(files, texts)]
        source_lang = merged.get("source_lang") or (_lang_of_name(source) if source else None)
        report = audit_versions(source_text, versions, source_lang, settings=settings, segmented=segmented,
                                markdown=markdown, source_name=None if source is None else
                                ("<stdin>" if source == "-" else source), profile=timing)
    except InputError as exc:
        _fail(str(exc))
    with timing.stage("render"):
        if fmt == "json":
            import json

            chunks = [json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"]
        elif fmt == "text":
            chunks = [render_versions_text(report)]
        else:  # the formats of records (html: the versions side by side)
            chunks = RECORD_RENDERERS[fmt]([record_of(report, settings.fail_on)], settings.fail_on)
        _write(output, chunks)
    if profile:
        click.echo(timing.table(), err=True, nl=False)
    sys.exit(1 if report.fails(settings.fail_on) else 0)


@main.command()
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True)
@_settings_options
@click.option("-j", "--jobs", type=click.IntRange(1), metavar="N",
              help="Worker processes, each loading the models once (default: one per core).")
@click.option("--threads", type=click.IntRange(1), default=1, show_default=True, metavar="N",
              help="Engine threads per worker: articles are independent, so workers scale better than threads.")
@click.option("-f", "--format", "fmt", type=click.Choice(BATCH_FORMATS), default="jsonl", show_default=True,
              help="jsonl: one record per article as it is done (the resumable journal); json, junit, sarif, "
                   "markdown, html, text: rendered from it at the end.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-",
              help="Write here (needed to resume). Other formats than jsonl keep their journal beside it, in "
                   "OUTPUT.journal.jsonl, until the run is complete.")
@click.option("--resume", is_flag=True,
              help="Keep the records an interrupted run already wrote to OUTPUT and audit only the rest.")
@click.option("--progress/--no-progress", default=None,
              help="A progress line on standard error (default: when it is a terminal, never under CI=true).")
@click.option("--seen", metavar="FILE",
              help="Skip the articles an earlier run with this FILE audited (same id, same texts), and add those "
                   "this run audits: for a feed audited every hour. Error records are not stored: tried again.")
@click.option("--pair", metavar="REGEX",
              help="Feeds and pages: how the language versions of one article are paired. A regular expression "
                   "searched in each item's link (see --pair-field) with a named group (?P<id>...), the same in "
                   "every version, and an optional (?P<lang>...). Default: the last segment of the link's path.")
@click.option("--pair-field", metavar="FIELD",
              help="The item field --pair reads (default link: a feed item's link, a page's URL, else its "
                   "canonical URL, else its file path). guid, title, or any element of the feed's items.")
@click.option("--pair-lang", multiple=True, metavar="VALUE=LANG",
              help="Map a value of the lang group to a language code (english=en); '=id': the language of the links "
                   "where the group took no part. Repeatable. Without it, the group's value, else the language the "
                   "feed or page declares, else the one detected.")
@click.option("--follow-links", is_flag=True, default=None,
              help="Feeds: audit the page each item links to (fetched), not the text the feed carries.")
@click.option("--timeout", type=click.FloatRange(min=0.1), metavar="SECONDS",
              help="URLs: seconds to wait for an answer (default 20).")
@click.option("--retries", type=click.IntRange(0, 10), metavar="N",
              help="URLs: tries after the first, with a doubling wait, on timeouts, refused connections, 429 and 5xx "
                   "(default 2).")
@click.option("--engine", type=click.Choice(["local", "ray"]),
              help="local: worker processes on this machine (default). ray: Ray Data actors, on a local Ray started "
                   "here or on the cluster at --address (pip install 'transcheck[ray]').")
@click.option("--address", metavar="ADDR",
              help="With --engine ray: the cluster to join (ray://head:10001, head:6379, auto; default $RAY_ADDRESS, "
                   "else a local Ray with --jobs CPUs).")
@click.option("--register", "register_path", metavar="FILE",
              help="The feed's name register (SQLite): the spellings of each name across the translations, added to "
                   "by every run, and FEED001 for an article that writes a name otherwise than the feed does "
                   "(default: names.sqlite in the folder of --output; none when writing to standard output). "
                   "See `transcheck names export`.")
@click.option("--no-register", is_flag=True, help="Neither read nor write a name register (no FEED001).")
def batch(inputs, jobs, threads, fmt, output, resume, progress, register_path, no_register, **params):
    """Audit many articles: directories of pairs, JSONL feeds, bilingual files (XLIFF, TMX, PO), RSS and Atom
    feeds, HTML article pages and sitemaps (files or URLs).

    \b
    INPUT is any of:
      a directory of NAME.<src>.txt files beside NAME.<tgt>.txt (.md too; --source-lang says which
        language is the source; several translations of one source are one record, audited together:
        each pair, and the versions against each other, VER rules)
      a .jsonl feed, one article per line: {"id": ..., "source": ..., "translation": ...,
        "source_lang": ..., "target_lang": ..., "metadata": {...}}, or "translations": {lang: text, ...}
        instead of "translation" (several, audited together)
      an .xlf/.xliff, .tmx or .po file (one article; pip install 'transcheck[bilingual]')
      RSS or Atom feeds (.rss, .atom, .xml), HTML pages (.html), sitemaps, folders of them, or
        http(s) URLs of them (fetched: the network is used only for URLs); one per language, the
        versions of an article paired by --pair, its translations audited together as a
        directory's are (pip install 'transcheck[feeds]')

    \b
    Pairing, for a site serving /berita/123 (Indonesian), /fr/berita/123 and /en/news/123:
      transcheck batch -s id https://site/rss.xml https://site/fr/rss.xml https://site/en/rss.xml \\
        --pair '/(?:(?P<lang>fr|en)/)?(?:berita|news)/(?P<id>\\d+)' --pair-lang =id
    (record id: 123, its fr and en versions together; with -t fr, 123.fr). Hourly, auditing only what is new:
      transcheck batch -s id FEEDS... --seen seen.tsv -o "audit-$(date +%F-%H).jsonl"

    \b
    Exit status: 0 every article passes; 1 an article has a finding at --fail-on;
    2 a record could not be read or audited (the others are audited and reported), or a usage error.

    \b
    Examples:
      transcheck batch -s id feed/ -o audit.jsonl --jobs 2
      transcheck batch feed.jsonl -f junit -o junit.xml --fail-on warning
      transcheck batch feed.jsonl -o audit.jsonl --resume      # after an interruption
      transcheck batch feed.jsonl -o audit.jsonl --engine ray --address ray://head:10001
    """
    import os
    import tempfile
    from pathlib import Path

    from .batch import Batch, SeenStore, count_inputs, read_inputs
    from .configfile import web_inputs
    from .register import default_path
    from .report import RECORD_RENDERERS
    from .report.records import Journal

    settings, merged, _ = _resolve({**params, "jobs": jobs})
    jobs = merged.get("jobs", jobs)
    try:
        web = web_inputs(merged)
    except InputError as exc:
        _fail(str(exc))
    engine = merged.get("engine", "local")
    if resume and output == "-":
        _fail("--resume needs --output: the records of the interrupted run are read back from it")
    if output == "-":
        journal = Path(tempfile.mkstemp(prefix="transcheck-", suffix=".jsonl")[1])
    elif fmt == "jsonl":
        journal = Path(output)
    else:
        journal = Path(output + ".journal.jsonl")
    if resume and not journal.exists():
        click.echo(f"transcheck: nothing to resume in {journal}; starting afresh", err=True)
        resume = False
    show = progress if progress is not None else (sys.stderr.isatty() and not os.environ.get("CI"))
    total = count_inputs(inputs, merged.get("source_lang")) if show else None
    try:
        records = read_inputs(inputs, merged.get("source_lang"), merged.get("target_lang"), web=web)
        first = next(records, None)  # read errors of the inputs themselves surface here, before any work
    except InputError as exc:
        _fail(str(exc))
    if first is None:
        _fail("no articles in the inputs")

    def chain():
        yield first
        yield from records

    runner = Batch(settings, jobs=jobs, threads=threads, engine=engine, address=merged.get("ray_address"))
    ticker = _Progress(total) if show else None
    seen = SeenStore(merged["seen"]) if merged.get("seen") else None
    try:
        summary = runner.run(chain(), journal, resume=resume, on_line=ticker.tick if ticker else None, seen=seen)
    except InputError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        if ticker:
            ticker.done()
        where = "; run the same command with --resume to go on" if output != "-" else ""
        click.echo(f"transcheck: interrupted{where}", err=True)
        sys.exit(130)
    if ticker:
        ticker.done()
    if not no_register and (register_path or output != "-"):
        _feed_pass(journal, summary, settings, register_path or str(default_path(output)))
    if web.skipped:
        shown = ", ".join(web.skipped[:5]) + (", ..." if len(web.skipped) > 5 else "")
        click.echo(f"transcheck: {len(web.skipped)} source article(s) with no translation in the inputs, nothing to "
                   f"audit yet: {shown}", err=True)
    if fmt == "jsonl":
        if output == "-":
            _write("-", open(journal, encoding="utf-8"))
    else:
        _write(output, RECORD_RENDERERS[fmt](Journal(journal), settings.fail_on))
    if fmt != "jsonl" or output == "-":
        journal.unlink(missing_ok=True)
    click.echo(f"transcheck: {summary}", err=True)
    sys.exit(summary.exit_status())


def _feed_pass(journal, summary, settings, path: str) -> None:
    """The name register after a batch: its records added, FEED001 given to them, the summary brought up to date."""
    from .register import Register, apply

    try:
        with Register(path) as register:
            done = apply(journal, register, settings)
            total = register.articles()
    except InputError as exc:
        _fail(str(exc))
    except Exception as exc:  # a locked or broken register must not lose the batch's records: say it, go on
        click.echo(f"transcheck: warning: name register {path}: {type(exc).__name__}: {exc}; no FEED001", err=True)
        return
    for sev, n in done.findings.items():
        summary.findings[sev] += n
    summary.failed += done.failed
    found = sum(done.findings.values())
    click.echo(f"transcheck: name register {path}: {done.added} articles added, {total} in all; FEED001 "
               f"{'+' if found >= 0 else ''}{found} ({done.seconds:.2f} s)", err=True)


@main.group()
def names() -> None:
    """The feed's name register that `transcheck batch` keeps (--register)."""


@names.command("export")
@click.argument("register", metavar="REGISTER", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-", show_default=True,
              help="Write the glossary here (TSV: name it .tsv to read it back with --glossary).")
@click.option("-l", "--lang", "language", metavar="LANG",
              help="The translations' language whose names to export (needed when the register holds several).")
@click.option("--min-articles", type=click.IntRange(1), default=2, show_default=True, metavar="N",
              help="Export a name only when at least N articles write its majority spelling.")
def names_export(register, output, language, min_articles):
    """Write the register's house style as a glossary TSV: for each name that the sources write too, the sources'
    spelling and the spelling most of the feed's translations use (ties left out), with a note of how many articles
    write it and the other spellings seen.

    \b
    The next run takes it with --glossary: GLOS001 where a translation writes the name otherwise, and NAME001 settles
    a tie by it. Example, a daily feed:
      transcheck batch -s id feed/ -o out/audit-$(date +%F).jsonl          # adds to out/names.sqlite
      transcheck names export out/names.sqlite -l fr -o house-names.fr.tsv
      transcheck batch -s id feed/ -o out/audit.jsonl --glossary house-names.fr.tsv
    """
    import io

    from .register import Register, export_rows, write_glossary

    try:
        with Register(register) as reg:
            languages = reg.languages()
            if language is None:
                if len(languages) != 1:
                    _fail(f"{register}: holds the names of {', '.join(languages) or 'no'} translations: choose one "
                          f"with --lang")
                language = languages[0]
            elif language not in languages:
                _fail(f"{register}: no {language} translations (it holds {', '.join(languages) or 'none'})")
            rows = export_rows(reg, language, min_articles)
    except InputError as exc:
        _fail(str(exc))
    buffer = io.StringIO()
    write_glossary(rows, buffer, language, register)
    _write(output, [buffer.getvalue()])
    click.echo(f"transcheck: {len(rows)} names of the {language} translations exported", err=True)


@main.command()
@click.argument("journal", metavar="RECORDS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(BATCH_FORMATS[1:]), required=True,
              help="The format to render the records in.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-", help="Write here.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="The severity that makes an article fail (JUnit failures, Markdown and HTML verdicts).")
def render(journal, fmt, output, fail_on):
    """Render the records of `transcheck batch -f jsonl` in another format, without auditing again.

    \b
    Example (audit once, publish three ways):
      transcheck batch -s id feed/ -o audit.jsonl
      transcheck render audit.jsonl -f sarif -o audit.sarif
      transcheck render audit.jsonl -f html -o audit.html
    """
    from pathlib import Path

    from .report import RECORD_RENDERERS
    from .report.records import Journal

    records = Journal(Path(journal))
    try:
        for record in records:
            if not isinstance(record, dict) or "id" not in record or record.get("status") not in ("ok", "error"):
                raise ValueError("not a transcheck record")
    except ValueError as exc:
        _fail(f"{journal}: not the output of transcheck batch -f jsonl ({exc})")
    _write(output, RECORD_RENDERERS[fmt](records, fail_on))


class _Progress:
    """One line on standard error, rewritten in place: articles done, rate, time left."""

    def __init__(self, total: int | None):
        import time

        self.total, self.done_n, self.start, self._time = total, 0, time.perf_counter(), time.perf_counter

    def tick(self, record: dict) -> None:
        self.done_n += 1
        elapsed = self._time() - self.start
        rate = self.done_n / elapsed if elapsed > 0 else 0.0
        line = f"{self.done_n}" + (f"/{self.total}" if self.total else "") + f" articles, {rate:.2f}/s"
        if self.total and rate:
            line += f", {int((self.total - self.done_n) / rate)} s left"
        click.echo("\r" + line.ljust(60), nl=False, err=True)

    def done(self) -> None:
        click.echo("", err=True)


@main.command("config")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Configuration file (default: the nearest transcheck.toml, or pyproject.toml with "
                   "[tool.transcheck]).")
def show_config(config_file):
    """Show the settings in force here: defaults, overridden by the configuration file (documented in
    checker/configfile.py and the README)."""
    from dataclasses import fields

    settings, merged, path = _resolve({"config_file": config_file})
    click.echo(f"# configuration file: {path or 'none (defaults)'}")
    for key in ("source_lang", "target_lang", "jobs"):
        if key in merged:
            click.echo(f"{key} = {merged[key]!r}")
    for f in fields(settings):
        value = getattr(settings, f.name)
        if f.name == "glossary":
            value = f"{len(value.terms)} terms from {merged.get('glossary')}" if value else None
        elif f.name in ("back_translation", "align"):
            continue
        click.echo(f"{f.name} = {value!r}")
    for f in fields(settings.align):
        click.echo(f"align.{f.name} = {getattr(settings.align, f.name)!r}")
    for f in fields(settings.back_translation):
        click.echo(f"back_translation.{f.name} = {getattr(settings.back_translation, f.name)!r}")


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
