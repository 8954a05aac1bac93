"""A glossary: source terms with the target forms a translation must use, and terms that must not be translated.

File format (CSV, or TSV for files ending in .tsv or .tab; UTF-8; lines starting with # are comments):

    source term, accepted target forms separated by |, optional note
    CSTO,OTSC|CSTO,the Collective Security Treaty Organization
    Penjaga Perdamaian,soldats de la paix|force de maintien de la paix,not the UN's Casques bleus
    TASS,,do not translate

An empty target field makes the term do-not-translate: the translation must carry it unchanged. A first row whose
fields read "source", "target(s)" (and "note") is a header. Terms match whole words, ignoring case and accents.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError


@dataclass(frozen=True)
class Term:
    source: str
    targets: tuple[str, ...]
    note: str = ""

    @property
    def do_not_translate(self) -> bool:
        return not self.targets

    @property
    def accepted(self) -> tuple[str, ...]:
        return self.targets or (self.source,)


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]

    @classmethod
    def from_rows(cls, rows) -> "Glossary":
        """From (source, targets, note) rows; targets is a string with | between forms, or a sequence of forms."""
        terms = []
        for row in rows:
            source, targets, note = (list(row) + ["", ""])[:3]
            if isinstance(targets, str):
                targets = [t for t in (s.strip() for s in targets.split("|")) if t]
            if not str(source).strip():
                raise ValueError("a glossary term needs a source form")
            terms.append(Term(str(source).strip(), tuple(targets), (note or "").strip()))
        return cls(tuple(terms))


def load_glossary(path: str | Path) -> Glossary:
    """Read a glossary file; a missing, empty or malformed one raises :class:`InputError`."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such glossary file")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: the glossary is not UTF-8 text") from None
    delimiter = "\t" if p.suffix.lower() in (".tsv", ".tab") else ","
    rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter)
            if r and any(c.strip() for c in r) and not r[0].lstrip().startswith("#")]
    if rows and rows[0][0].strip().lower() in ("source", "source term", "term") and len(rows[0]) > 1 and \
            rows[0][1].strip().lower().startswith("target"):
        rows = rows[1:]
    if not rows:
        raise InputError(f"{path}: the glossary has no terms")
    for n, row in enumerate(rows, 1):
        if len(row) > 3:
            raise InputError(f"{path}: term {n} has {len(row)} fields; expected source, targets, note")
        if not row[0].strip():
            raise InputError(f"{path}: term {n} has no source form")
    return Glossary.from_rows(rows)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def find(term: str, text: str) -> list[tuple[int, int]]:
    """Where ``term`` stands in ``text`` as whole words, ignoring case and accents: (start, end) offsets into
    ``text``."""
    folded, offsets = [], []
    for i, ch in enumerate(text):  # fold character by character to keep offsets
        f = _fold(ch)
        folded.append(f)
        offsets.extend([i] * len(f))
    offsets.append(len(text))
    hay = "".join(folded)
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in _fold(term).split()) + r"(?!\w)"
    return [(offsets[m.start()], offsets[m.end()]) for m in re.finditer(pattern, hay)]
