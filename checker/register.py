"""The feed's name register: the spellings of each name across a batch's translations, and the articles that write a
name otherwise than the feed does (FEED001).

    worker: audit -> the translation's name words by key (checker.checks.names.spellings) -> the record's ``names``
    parent, after the batch: journal records -> register (SQLite; one transaction per article) -> FEED001 per record
    (the register's majority spelling against the article's) -> the records rewritten -> the requested format

A name's key is the names check's (checker/names.py: case and accents folded, other scripts romanised, the
transliteration equivalences of news spellings applied), so « Tokaïev » and « Tokayev » share ``tokaev``. The register
keeps, per article (its id and language) and a digest of its translation, each key's forms with their counts and the
source's spelling of the key where the source writes it; an article audited again with the same text (a resumed run, a
daily run over the same feed) replaces nothing and counts once, one whose text changed replaces its rows. SQLite in WAL
mode with a busy timeout, one transaction per article: several batches may write one register at once.

FEED001 needs the whole feed, so it is found after the batch, from the register (which holds earlier runs' articles
too): an article whose spelling of a name is not the one most of the feed's articles use, when at least
:data:`MIN_MAJORITY` articles use that one and more articles use it than the article's. A name of one article only
gives nothing; so does a tie. ``transcheck names export`` writes the majority spellings as a glossary (the house
style, learnt) that ``--glossary`` reads.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

RULES = {
    "FEED001": "A name the article spells otherwise than the feed's other articles do (the register's majority).",
}

MIN_MAJORITY = 2
"""The fewest articles that must write the majority spelling for another spelling to be reported."""
WARN_MAJORITY = 3
WARN_SHARE = 0.75
"""FEED001 is a warning when at least :data:`WARN_MAJORITY` articles write the majority spelling and they are at least
this share of the articles writing the name (benchmarks/register.py); information otherwise."""
LOWER_CASE_WORD = 5.0
"""A majority form this common in its language (Zipf) that its dictionary knows in lower case is a word opening
sentences, not a name (:func:`_lower_case_word`)."""
COMMON_WORD = 4.5
"""A minority form that is a common word of the language the feed quotes titles in (English: « Committee » beside the
feed's « Comité », Zipf frequency, wordfreq) is a word left untranslated, not a spelling of a name: not reported."""

SCHEMA = 1


def digest(language: str, text: str) -> str:
    return hashlib.sha256(f"{language}\x1f{text}".encode("utf-8")).hexdigest()[:20]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def article_names(source, translations, ner: str) -> list[dict]:
    """What a record carries for the register: for each translation (a Document, or ``(label, Document)`` pairs for
    the versions of one source: the versions report's labels), its label, language, a digest of the text and the name
    words by key, each form with its spans ``[start, end, line, column]`` (1-based line and column) and the source's
    spelling of the key where the source writes it (``source`` may be None: versions without a source). Cheap after an
    audit within :func:`checker.checks.names.names_read_once`: the names are read once."""
    from .checks.names import spellings

    if not isinstance(translations, (list, tuple)):
        translations = [("translation", translations)]
    source_forms: dict[str, str] = {}
    for key, occurrences in (spellings(source, ner).items() if source is not None else ()):
        counts: dict[str, int] = defaultdict(int)
        for word, _ in occurrences:
            counts[_nfc(word)] += 1
        source_forms[key] = max(counts, key=lambda f: (counts[f], f))
    out = []
    for label, doc in translations:
        words: dict[str, dict] = {}
        text = doc.text
        for key, occurrences in spellings(doc, ner).items():
            forms: dict[str, list] = {}
            for word, span in occurrences:
                line = text.count("\n", 0, span.start) + 1
                column = span.start - (text.rfind("\n", 0, span.start) + 1) + 1
                forms.setdefault(_nfc(word), []).append([span.start, span.end, line, column])
            words[key] = {"source": source_forms.get(key), "forms": forms}
        out.append({"side": "translation", "label": label, "language": doc.language,
                    "digest": digest(doc.language, text), "words": words})
    return out


# ------------------------------------------------------------------------------------------------------ the register

class Register:
    """The SQLite file of a feed's name spellings (see the module's docstring)."""

    def __init__(self, path: str | Path, timeout: float = 60.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
        self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self._write("""
            CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS articles (id TEXT NOT NULL, language TEXT NOT NULL, digest TEXT NOT NULL,
                added REAL NOT NULL, PRIMARY KEY (id, language));
            CREATE TABLE IF NOT EXISTS spellings (id TEXT NOT NULL, language TEXT NOT NULL, key TEXT NOT NULL,
                form TEXT NOT NULL, count INTEGER NOT NULL, source TEXT, PRIMARY KEY (id, language, key, form));
            CREATE INDEX IF NOT EXISTS spellings_by_key ON spellings (language, key);
            INSERT OR IGNORE INTO meta VALUES ('schema', '%d');
        """ % SCHEMA)
        schema = self.db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()[0]
        if int(schema) != SCHEMA:
            from .errors import InputError

            raise InputError(f"{path}: a name register of schema {schema}; this transcheck reads schema {SCHEMA}")

    def _write(self, script: str) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for statement in filter(str.strip, script.split(";")):
                self.db.execute(statement)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Register":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, article_id: str, entry: dict) -> bool:
        """Record one article's names (an entry of :func:`article_names`), in one transaction. False when the
        register has the article with this digest already (nothing changes); an article whose digest changed has its
        rows replaced."""
        lang, dig = entry["language"], entry["digest"]
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT digest FROM articles WHERE id = ? AND language = ?", (article_id, lang)).fetchone()
            if row is not None and row[0] == dig:
                db.execute("COMMIT")
                return False
            if row is not None:
                db.execute("DELETE FROM spellings WHERE id = ? AND language = ?", (article_id, lang))
            db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)", (article_id, lang, dig, time.time()))
            db.executemany("INSERT INTO spellings VALUES (?, ?, ?, ?, ?, ?)",
                           [(article_id, lang, key, form, len(spans), word["source"])
                            for key, word in entry["words"].items() for form, spans in word["forms"].items()])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return True

    def languages(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT language FROM articles ORDER BY language")]

    def articles(self, language: str | None = None) -> int:
        if language is None:
            return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM articles WHERE language = ?", (language,)).fetchone()[0]

    def forms(self, language: str, keys: Iterable[str] | None = None) -> dict[str, dict[str, tuple[int, int]]]:
        """key -> form -> (articles writing it, occurrences), for ``keys`` (default: every key of the language)."""
        out: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
        query = "SELECT key, form, COUNT(*), SUM(count) FROM spellings WHERE language = ?"
        if keys is None:
            chunks = [None]
        else:
            keys = sorted(set(keys))
            chunks = [keys[i:i + 500] for i in range(0, len(keys), 500)]
        for chunk in chunks:
            sql, args = query, [language]
            if chunk is not None:
                if not chunk:
                    continue
                sql += f" AND key IN ({','.join('?' * len(chunk))})"
                args += chunk
            for key, form, articles, count in self.db.execute(sql + " GROUP BY key, form", args):
                out[key][form] = (articles, count)
        return out

    def sources(self, language: str) -> dict[str, dict[str, int]]:
        """key -> the source's spelling -> articles, for the keys the sources write too."""
        out: dict[str, dict[str, int]] = defaultdict(dict)
        for key, source, n in self.db.execute(
                "SELECT key, source, COUNT(DISTINCT id) FROM spellings WHERE language = ? AND source IS NOT NULL "
                "GROUP BY key, source", (language,)):
            out[key][source] = n
        return out


# ------------------------------------------------------------------------------------------------------ the majority

@dataclass(frozen=True)
class Spelling:
    """One spelling of a name in the register: its forms that differ by case or a capital's accent only merged."""

    form: str
    articles: int
    count: int


def spellings_of(forms: dict[str, tuple[int, int]]) -> list[Spelling]:
    """The spellings of one key, most articles first (then most occurrences, then the form)."""
    from .checks.names import same_spelling

    groups: list[list[tuple[str, int, int]]] = []
    for form, (articles, count) in sorted(forms.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])):
        for group in groups:
            if same_spelling(group[0][0], form):
                group.append((form, articles, count))
                break
        else:
            groups.append([(form, articles, count)])
    out = [Spelling(g[0][0], sum(a for _, a, _ in g), sum(c for _, _, c in g)) for g in groups]
    return sorted(out, key=lambda s: (-s.articles, -s.count, s.form))


def majority(spellings: list[Spelling]) -> Spelling | None:
    """The feed's spelling of a name: the one most articles write, when at least :data:`MIN_MAJORITY` do and no other
    spelling is written by as many."""
    if not spellings or spellings[0].articles < MIN_MAJORITY:
        return None
    if len(spellings) > 1 and spellings[0].articles == spellings[1].articles:
        return None
    return spellings[0]


def _common_word(form: str, lang: str) -> bool:
    from .lang import language

    quoted = language(language(lang).quoted_language or lang)
    return quoted.zipf(form.casefold()) >= COMMON_WORD


def _lower_case_word(form: str, lang: str) -> bool:
    """Whether the feed's majority form is a common word the language writes in lower case, capitalised because it
    opens sentences (« Selon »): a form beside it (« Sselon », a typo) is a misspelt word (SPELL001), not another
    spelling of a name. Needs the language's spelling dictionary: « selon » is in it, « londres » and « trump » are
    not. (A name that is also such a word, « Paris », is not compared either; « Macron », 4.9, is.)"""
    from .lang import language

    lang_ = language(lang)
    return lang_.zipf(form.casefold()) >= LOWER_CASE_WORD and lang_.spelled(form.lower()) is True and \
        form.lower() != form


def feed_findings(entry: dict, by_key: dict[str, dict[str, tuple[int, int]]]):
    """FEED001 findings for one article's names (an entry of :func:`article_names`) against the register's forms."""
    from .checks.names import same_spelling
    from .document import Span
    from .report.model import Finding

    lang = entry["language"]
    side = entry.get("side", "translation")
    out = []
    for key, word in entry["words"].items():
        spellings = spellings_of(by_key.get(key, {}))
        best = majority(spellings)
        if best is None or _lower_case_word(best.form, lang):
            continue
        total = sum(s.articles for s in spellings)
        for form, spans in word["forms"].items():
            if same_spelling(form, best.form) or _common_word(form, lang):
                continue
            mine = next((s for s in spellings if same_spelling(s.form, form)), Spelling(form, 1, len(spans)))
            if mine.articles >= best.articles:
                continue
            share = best.articles / total
            severity = "warning" if best.articles >= WARN_MAJORITY and share >= WARN_SHARE else "info"
            others = "article" if mine.articles == 1 else "articles"
            message = (f"« {form} » ({len(spans)}×) where the feed writes « {best.form} » ({best.articles} of {total} "
                       f"articles writing the name); « {form} » is in {mine.articles} {others}")
            out.append((Finding("FEED001", severity, message,
                                tuple(Span(side, s[0], s[1], form) for s in spans),
                                {"key": key, "form": form, "count": len(spans), "articles": mine.articles,
                                 "majority": {"form": best.form, "count": best.count, "articles": best.articles},
                                 "articles_with_name": total, "source": word.get("source"),
                                 "spellings": [{"form": s.form, "articles": s.articles, "count": s.count}
                                               for s in spellings]}),
                        spans))
    return out


# -------------------------------------------------------------------------------------------------- after the batch

@dataclass
class FeedPass:
    """What the pass after a batch did: articles added to the register, FEED001 findings by severity (this run's
    count minus what the journal's records had), and the change in failed articles."""

    added: int = 0
    findings: dict | None = None
    failed: int = 0
    seconds: float = 0.0


def apply(journal: Path, register: Register, settings, fail_on: str | None = None) -> FeedPass:
    """Add the journal's records to the register, then give each record its FEED001 findings (those it had from an
    earlier pass replaced: a resumed run counts nothing twice), rewriting the journal atomically. ``settings``:
    ``select``/``ignore`` and severities apply to FEED001 as to every rule."""
    from .batch import read_journal
    from .report.records import RANK

    start = time.perf_counter()
    result = FeedPass(findings={"error": 0, "warning": 0, "info": 0})
    fail_on = fail_on or settings.fail_on
    keys: dict[str, set[str]] = defaultdict(set)
    lines = read_journal(journal)
    for line in lines:
        record = json.loads(line)
        for entry in record.get("names") or ():
            result.added += register.add(_article_id(record["id"], entry), entry)
            keys[entry["language"]].update(entry["words"])
    by_lang = {lang: register.forms(lang, ks) for lang, ks in keys.items()}
    wanted = settings.wants("FEED001")
    tmp = journal.with_name(journal.name + ".feed")
    with open(tmp, "w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            if record.get("status") != "ok":
                out.write(line + "\n")
                continue
            changed = False
            for report, entries, side in _reports_of(record):
                old = [f for f in report["findings"] if f["code"] in RULES]
                new = []
                if wanted:
                    for entry in entries:
                        for finding, spans in feed_findings(entry, by_lang.get(entry["language"], {})):
                            item = finding.to_dict()
                            item["severity"] = settings.severity_of(finding.code, finding.severity)
                            for span, (_, _, ln, col) in zip(item["spans"], spans):
                                span["side"], span["line"], span["column"] = side or entry["label"], ln, col
                            new.append(item)
                if not old and not new:
                    continue
                changed = True
                findings = [f for f in report["findings"] if f["code"] not in RULES] + new
                findings.sort(key=_sort_key)
                report["findings"] = findings
                deltas = {sev: sum(f["severity"] == sev for f in new) - sum(f["severity"] == sev for f in old)
                          for sev in result.findings}
                for target in {id(report): report, id(record["report"]): record["report"]}.values():
                    for sev, delta in deltas.items():
                        target["summary"][sev] = target["summary"].get(sev, 0) + delta
                    target["summary"]["findings"] = target["summary"].get("findings", 0) + len(new) - len(old)
                for sev, delta in deltas.items():
                    result.findings[sev] += delta
            if not changed:
                out.write(line + "\n")
                continue
            record["summary"] = record["report"]["summary"]
            was = bool(record["fails"])
            every = [f for report, _, _ in _reports_of(record) for f in report["findings"]]
            if record["report"].get("kind") == "versions" and record["report"]["pairs"]:
                every += record["report"]["findings"]
            record["fails"] = fail_on != "never" and any(RANK[f["severity"]] >= RANK[fail_on] for f in every)
            result.failed += int(record["fails"]) - int(was)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, journal)
    result.seconds = time.perf_counter() - start
    return result


def _article_id(record_id: str, entry: dict) -> str:
    """The register's article: the record, and the version's label where two versions share a language (``fr-2``)."""
    label = entry.get("label", "translation")
    return record_id if label in ("translation", entry["language"]) else f"{record_id}#{label}"


def _reports_of(record: dict):
    """(report, the record's names entries for it, the side its FEED001 spans name) for each report of a record: a
    pair record's one report (side ``translation``); each pair of a versions record (its entry by label), and the
    versions report itself for the versions without a pair (no source: the spans name the version's label)."""
    report = record["report"]
    entries = record.get("names") or ()
    if report.get("kind") != "versions":
        return [(report, list(entries), "translation")]
    pairs = report.get("pairs") or {}
    out = [(pairs[label], [e for e in entries if e.get("label") == label], "translation") for label in pairs]
    rest = [e for e in entries if e.get("label") not in pairs]
    if rest or not pairs:
        out.append((report, rest, None))
    return out


def _sort_key(f: dict):
    first = f["spans"][0] if f["spans"] else None
    side = {"source": 0, "translation": 1}.get(first["side"], 2) if first else 2
    return (side, first["start"] if first else 0, f["code"], f["message"])


def default_path(output: str) -> Path:
    """The register beside a batch's output: ``names.sqlite`` in its folder, so that daily runs writing their outputs
    there (``audit-2026-12-02.jsonl``, ``audit-2026-12-03.jsonl``) add to one register."""
    return Path(output).parent / "names.sqlite"


# ---------------------------------------------------------------------------------------------------------- export

def export_rows(register: Register, language: str, min_articles: int = MIN_MAJORITY) -> list[tuple[str, str, str]]:
    """Glossary rows (source term, target, note) for the names of one language: for each key the sources write and
    at least ``min_articles`` articles share, the sources' majority spelling and the feed's majority spelling."""
    rows = []
    sources = register.sources(language)
    for key, forms in sorted(register.forms(language).items()):
        best = majority(spellings_of(forms))
        if best is None or best.articles < min_articles or key not in sources:
            continue
        src = max(sources[key], key=lambda f: (sources[key][f], f))
        spellings = spellings_of(forms)
        total = sum(s.articles for s in spellings)
        others = ", ".join(f"{s.form} {s.articles}" for s in spellings[1:])
        note = f"house style: {best.articles} of {total} articles" + (f" (also {others})" if others else "")
        rows.append((src, best.form, note))
    return rows


def write_glossary(rows: list[tuple[str, str, str]], out, language: str, register_path: str) -> None:
    import csv

    out.write(f"# names of the {language} translations learnt from {register_path} by transcheck names export\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["source", "targets", "note"])
    for row in rows:
        writer.writerow(row)
