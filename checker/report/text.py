"""The terminal view: a summary, the findings, and the aligned sentences side by side."""

from __future__ import annotations

import shutil
import textwrap
import unicodedata

from ..document import Document
from .model import Report
from .records import checks_summary, column_spans, side_by_side

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "dim": "\033[2m", "bold": "\033[1m"}
_RESET = "\033[0m"


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_COLORS[style]}{text}{_RESET}" if color else text


def _line_col(doc: Document, offset: int) -> tuple[int, int]:
    line = doc.text.count("\n", 0, offset) + 1
    col = offset - (doc.text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def render_text(report: Report, color: bool = False, width: int | None = None) -> str:
    width = width or max(80, min(shutil.get_terminal_size((120, 24)).columns, 160))
    src, tgt = report.source, report.translation
    out: list[str] = []
    counts = report.counts()
    title = f"transcheck: {src.name or 'source'} ({src.language}) -> {tgt.name or 'translation'} ({tgt.language})"
    out.append(_paint(title, "bold", color))
    out.append(f"{len(src.segments)} source sentences, {len(tgt.segments)} translation sentences, "
               f"{len(report.alignment.links)} links; findings: "
               + ", ".join(f"{n} {sev}{'s' if n != 1 else ''}" for sev, n in counts.items()))
    out.append("")

    if report.findings:
        out.append(_paint("Findings", "bold", color))
        for f in report.findings:
            where = []
            for span in f.spans:
                doc = src if span.side == "source" else tgt
                line, col = _line_col(doc, span.start)
                where.append(f"{doc.name or span.side}:{line}:{col}")
            out.append(f"  {_paint(f.severity.upper() + ' ' + f.code, f.severity, color)}  {f.message}")
            if where:
                out.append(_paint("      at " + ", ".join(where), "dim", color))
            for span in f.spans:
                snippet = span.text if len(span.text) <= 110 else span.text[:107] + "..."
                out.append(_paint(f"      {span.side}: ", "dim", color) + snippet)
        out.append("")

    flagged: dict[tuple[str, int], str] = {}
    for f in report.findings:
        for link in report.alignment.links:
            for span in f.spans:
                doc = src if span.side == "source" else tgt
                indices = link.source if span.side == "source" else link.translation
                if any(doc.segments[i].start < span.end and span.start < doc.segments[i].end for i in indices):
                    flagged.setdefault((span.side, indices[0]), f.code)

    back = report.back_translation
    if back is not None and back.status == "done":
        doc_scores = ", ".join(f"{k} {back.document[k]:g}" for k in ("chrf", "bleu", "ter") if k in back.document)
        out.append(f"Back-translation ({tgt.language} -> {src.language}, {back.backend} {back.model}): "
                   + (doc_scores or "no pair scored"))
    elif back is not None:
        out.append(_paint(f"Back-translation skipped: {back.reason}", "dim", color))
    if report.checks:
        out.append(_paint("Checks " + checks_summary({"checks": [c.to_dict() for c in report.checks]}), "dim", color))
    out.append("")
    out.append(_paint("Alignment", "bold", color))
    col = (width - 16) // 2
    out.append(_paint(f"  {'link':<6}{'sim':>6}  {'source':<{col}}  translation", "dim", color))
    for n, link in enumerate(report.alignment.links):
        left = " ".join(src.segments[i].norm for i in link.source) or "—"
        right = " ".join(tgt.segments[j].norm for j in link.translation) or "—"
        codes = sorted({flagged[k] for k in [("source", link.source[0]) if link.source else None,
                                             ("translation", link.translation[0]) if link.translation else None]
                        if k in flagged})
        sim = f"{link.similarity:.3f}" if link.similarity is not None else "  -  "
        lw = textwrap.wrap(left, col) or [""]
        rw = textwrap.wrap(right, col) or [""]
        label = link.kind
        for k in range(max(len(lw), len(rw))):
            l_txt = lw[k] if k < len(lw) else ""
            r_txt = rw[k] if k < len(rw) else ""
            head = f"  {label:<6}{sim:>6}  " if k == 0 else " " * 16
            row = f"{head}{l_txt:<{col}}  {r_txt}"
            if k == 0 and codes:
                row += "  " + _paint("<- " + ", ".join(codes), "warning", color)
            out.append(row)
        scores = back.pairs.get(n) if back is not None else None
        if scores is not None:
            label = f"back chrF {scores.chrf:.0f}"
            for k, line in enumerate(textwrap.wrap(scores.text, col) or [""]):
                head = f"  {label:<14}" if k == 0 else " " * 16
                out.append(_paint(f"{head}{'':<{col}}  {line}", "dim", color))
    out.append("")
    out.append(_paint(f"signature: {report.signature}", "dim", color))
    return "\n".join(out) + "\n"


def render_versions_text(report, color: bool = False, width: int | None = None) -> str:
    """Several versions of one article: the findings across versions (each with every version's reading), then
    each pair's terminal view."""
    labels = [label for label, _ in report.versions]
    out: list[str] = []
    src = report.source
    head = f"transcheck: {len(labels)} versions ({', '.join(labels)})"
    head += f" of {src.name or 'source'} ({src.language})" if src is not None else ", no source"
    out.append(_paint(head, "bold", color))
    counts = report.counts()
    out.append(f"findings across versions: {len(report.findings)}; in all: "
               + ", ".join(f"{n} {sev}{'s' if n != 1 else ''}" for sev, n in counts.items()))
    out.append("")
    out.append(_paint("Across versions", "bold", color))
    if not report.findings:
        out.append("  the versions agree on their names, numbers and dates")
    for f in report.findings:
        out.append(f"  {_paint(f.severity.upper() + ' ' + f.code, f.severity, color)}  {f.message}")
        for label, reading in f.evidence.get("readings", {}).items():
            doc = report.document(label)
            where = ", ".join("%d:%d" % _line_col(doc, a) for a, _ in reading["spans"])
            mark = "" if reading["agrees"] else "  <- differs"
            text = reading["text"] if reading["text"] is not None else "(its sentence)"
            out.append(_paint(f"      {label:<8}", "dim", color) + f"{text}  " +
                       _paint(f"{doc.name or label}:{where}", "dim", color) + mark)
    out.append("")
    out.extend(_side_by_side(report.to_dict(), color, width or max(80, min(shutil.get_terminal_size((120, 24)).columns,
                                                                            200))))
    out.append("")
    for label, pair in report.reports:
        out.append(_paint(f"=== {label} ===", "bold", color))
        out.append(render_text(pair, color=color, width=width))
    return "\n".join(out)


def _cells(text: str) -> int:
    """The terminal columns ``text`` takes: two for each wide (CJK) character, none for a combining mark."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns: broken at spaces, and inside a word (or a run of
    Chinese or Japanese, which has no spaces) only where the word alone is wider than a line."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while _cells(word) > width:
            room = width - _cells(line) - (1 if line else 0)
            if room < max(4, width // 4):
                lines.append(line)
                line, room = "", width
            cut, used = 0, 0
            while cut < len(word) and used + _cells(word[cut]) <= room:
                used += _cells(word[cut])
                cut += 1
            line = f"{line} {word[:cut]}" if line else word[:cut]
            lines.append(line)
            line, word = "", word[cut:]
        if line and _cells(line) + 1 + _cells(word) > width:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return [ln for ln in lines if ln] or [""]


def _side_by_side(data: dict, color: bool, width: int) -> list[str]:
    """The versions side by side, one column per version (the source first), one row per sentence of the pivot with
    each version's aligned sentences (``+`` before one aligned to none, ``↑`` where the row's sentence is shown
    above), and under a row the findings that touch its cells."""
    labels, docs, rows = side_by_side(data)
    codes: dict[tuple[str, int], set] = {}
    for side, span, finding, _ in column_spans(data):
        doc = docs[labels.index(side)] if side in labels else None
        for seg in (doc["segments"] if doc else []):
            if seg["start"] < span["end"] and span["start"] < seg["end"]:
                codes.setdefault((side, seg["index"]), set()).add(finding["code"])
    col = max(12, (width - 5) // len(labels) - 2)
    out = [_paint("Side by side", "bold", color),
           _paint("  " + " " * 3 + "".join(f"{label:<{col}}  " for label in labels).rstrip(), "dim", color)]
    for i, row in enumerate(rows):
        cells, flags = [], []
        for label, doc, (sentences, aligned) in zip(labels, docs, row):
            if not sentences:
                cells.append(["↑" if aligned else "—"])
                continue
            text = " ".join(("" if here else "+ ") + doc["segments"][j]["text"] for j, here in sentences)
            cells.append(_wrap(text, col))
            found = sorted(set().union(*(codes.get((label, j), set()) for j, _ in sentences)))
            if found:
                flags.append(f"{label} {', '.join(found)}")
        for k in range(max(len(c) for c in cells)):
            head = f"  {i + 1:<3}" if k == 0 else " " * 5
            parts = [(c[k] if k < len(c) else "") for c in cells]
            out.append((head + "".join(p + " " * (col - _cells(p) + 2) for p in parts)).rstrip())
        if flags:
            out.append(" " * 5 + _paint("<- " + "; ".join(flags), "warning", color))
    return out
