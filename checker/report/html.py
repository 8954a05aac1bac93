"""HTML: one self-contained page (no script, no external file) per audit or per batch, for an editor to read: the
findings, and the aligned sentences side by side with each finding's words highlighted and the back-translation under
its translation. Every piece of article text is escaped: an article containing ``<script>`` shows it, never runs it."""

from __future__ import annotations

from html import escape
from typing import Iterable, Iterator

from .records import checks_summary, column_spans, counts, fails, is_versions, location, side_by_side

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2.5em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.meta{color:#666;font-size:.85em}.sig{color:#888;font-size:.75em;word-break:break-all}
.sev{display:inline-block;min-width:5.5em;font-weight:600;font-size:.8em;text-transform:uppercase}
.error .sev,.sev.error{color:#b00020}.warning .sev,.sev.warning{color:#a15c00}.info .sev,.sev.info{color:#00639a}
ul.findings{list-style:none;padding-left:0}ul.findings li{margin:.35em 0}code{background:#f4f4f4;padding:0 .2em}
table{border-collapse:collapse;width:100%;margin-top:1em}td,th{vertical-align:top;padding:.35em .5em;border-top:1px solid #eee}
th{text-align:left;font-size:.8em;color:#666}td.k{white-space:nowrap;color:#888;font-size:.8em;width:5em}
td.s,td.t{width:47%}tr.flag td.k{color:#b00020;font-weight:600}.bt{color:#666;font-size:.88em;font-style:italic;margin-top:.3em}
mark{background:#ffe08a;padding:0 .1em}mark.error{background:#ffc2c2}mark.info{background:#d6ecff}
.failed{color:#b00020}.passed{color:#1b7a2e}.broken{color:#b00020}
table.versions td.v{width:auto}mark.ver{outline:1px dashed #777;outline-offset:1px}mark.ver.odd{outline:2px solid #b00020}
ul.readings{list-style:none;margin:.2em 0 .2em 6em;padding:0;font-size:.9em}ul.readings .lbl{display:inline-block;min-width:4em;color:#666}
.differs{color:#b00020;font-weight:600}.agrees{color:#1b7a2e}.added{color:#666;font-style:italic}.same{color:#aaa}
details{margin:.6em 0}summary{cursor:pointer;font-weight:600}
"""

_RANK = {"info": 0, "warning": 1, "error": 2}


def _marks(text: str, start: int, ranges: list[tuple]) -> str:
    """``text`` (a sentence beginning at ``start`` in its document) with the (start, end, severity, title[, class])
    ranges that fall in it highlighted; overlapping ranges merge, keeping the gravest severity, every title and every
    class. A title is a rule code, or begins with one (a cross-version finding's: ``VER002: source « 3 » · fr « 5 »
    (differs)``)."""
    spans = sorted((max(r[0], start) - start, min(r[1], start + len(text)) - start, r[2], r[3], r[4:])
                   for r in ranges if r[0] < start + len(text) and r[1] > start)
    merged: list[list] = []
    for a, b, sev, title, classes in spans:
        if merged and a <= merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], b)
            last[2] = max(last[2], sev, key=_RANK.get)
            if title not in last[3]:
                last[3].append(title)
            last[4] |= set(classes)
        else:
            merged.append([a, b, sev, [title], set(classes)])
    out, pos = [], 0
    for a, b, sev, titles, classes in merged:
        out.append(escape(text[pos:a]))
        cls = " ".join([sev] + sorted(classes))
        out.append(f'<mark class="{cls}" title="{escape(", ".join(titles))}">{escape(text[a:b])}</mark>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def _article(record: dict, n: int, fail_on: str) -> Iterator[str]:
    rid = escape(record["id"])
    if record["status"] == "error":
        yield f'<h2 id="a{n}">{rid} <span class="broken">· could not be audited</span></h2>\n'
        yield f'<p class="error"><span class="sev">error</span> {escape(record["error"])}</p>\n'
        return
    report = record["report"]
    verdict = ('<span class="failed">· fails</span>' if fails(record, fail_on)
               else '<span class="passed">· passes</span>')
    yield f'<h2 id="a{n}">{rid} {verdict}</h2>\n'
    if is_versions(report):
        yield from _versions(report, n)
    else:
        yield from _pair(report)


def _pair(report: dict) -> Iterator[str]:
    """A pair's findings and its aligned sentences side by side."""
    src, tgt = report["source"], report["translation"]
    summary = report["summary"]
    yield (f'<p class="meta">{escape(src["name"] or "source")} ({escape(src["language"])}) → '
           f'{escape(tgt["name"] or "translation")} ({escape(tgt["language"])}): {len(src["segments"])} and '
           f'{len(tgt["segments"])} sentences; {summary["error"]} errors, {summary["warning"]} warnings, '
           f'{summary["info"]} infos</p>\n')
    back = report.get("back_translation", {})
    if back.get("status") == "skipped":
        yield f'<p class="meta">Back-translation skipped: {escape(back.get("reason") or "")}</p>\n'
    elif back.get("status") == "done":
        doc = back.get("document", {})
        scores = ", ".join(f"{k} {doc[k]:g}" for k in ("chrf", "bleu", "ter") if k in doc)
        yield (f'<p class="meta">Back-translation ({escape(tgt["language"])} → {escape(src["language"])}) by '
               f'{escape(back.get("model") or "")}: {escape(scores)}</p>\n')
    if report.get("checks"):
        yield f'<p class="meta">Checks {escape(checks_summary(report))}</p>\n'
    ranges = {"source": [], "translation": []}
    if report["findings"]:
        yield '<ul class="findings">\n'
        for f in report["findings"]:
            where = ", ".join(location(report, s) for s in f["spans"])
            yield (f'<li class="{f["severity"]}"><span class="sev">{f["severity"]}</span> <code>{escape(f["code"])}'
                   f'</code> {escape(f["message"])} <span class="meta">({escape(where)})</span></li>\n')
            for s in f["spans"]:
                ranges[s["side"]].append((s["start"], s["end"], f["severity"], f["code"]))
        yield "</ul>\n"
    else:
        yield "<p>No findings.</p>\n"
    yield '<table><tr><th>link</th><th>source</th><th>translation</th></tr>\n'
    for link in report["alignment"]["links"]:
        def cell(doc, indices, side):
            return " ".join(_marks(doc["segments"][i]["text"], doc["segments"][i]["start"], ranges[side])
                            for i in indices) or "—"

        left, right = cell(src, link["source"], "source"), cell(tgt, link["translation"], "translation")
        flagged = "<mark" in left or "<mark" in right
        sim = "" if link["similarity"] is None else f'<br>{link["similarity"]:.3f}'
        bt = link.get("back_translation")
        if bt:
            right += f'<div class="bt">↩ {escape(bt["text"])} <span class="meta">(chrF {bt["chrf"]:.0f})</span></div>'
        yield (f'<tr{" class=flag" if flagged else ""}><td class="k">{link["kind"]}{sim}</td>'
               f'<td class="s" lang="{escape(src["language"])}">{left}</td>'
               f'<td class="t" lang="{escape(tgt["language"])}">{right}</td></tr>\n')
    yield "</table>\n"
    yield f'<p class="sig">{escape(report["signature"]["string"])}</p>\n'


def render_html(records: Iterable[dict], fail_on: str = "error", title: str = "transcheck report") -> Iterator[str]:
    total = counts(records, fail_on)
    yield (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
           f'<meta name="viewport" content="width=device-width,initial-scale=1">'
           f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'
           f"<title>{escape(title)}</title><style>{CSS}</style></head><body>\n")
    passed = total["articles"] - total["failed"] - total["errors"]
    yield f"<h1>{escape(title)}</h1>\n"
    yield (f'<p>{total["articles"]} article{"s" if total["articles"] != 1 else ""}: {passed} passed, '
           f'{total["failed"]} failed (a finding at --fail-on {escape(fail_on)}), {total["errors"]} could not be '
           f'audited. Findings: {total["error"]} errors, {total["warning"]} warnings, {total["info"]} infos.</p>\n')
    if total["articles"] > 1:
        yield "<ol>\n"
        for n, record in enumerate(records):
            state = ("broken" if record["status"] == "error" else "failed" if fails(record, fail_on) else "passed")
            yield f'<li><a href="#a{n}">{escape(record["id"])}</a> <span class="{state}">{state}</span></li>\n'
        yield "</ol>\n"
    for n, record in enumerate(records):
        yield from _article(record, n, fail_on)
    yield "</body></html>\n"


def _versions(report: dict, n: int) -> Iterator[str]:
    """Several versions of one article: the findings across versions, each with every version's reading; the
    versions side by side, one column per language (the source first), one row per sentence of the pivot (the source,
    else the first version) with each version's sentences aligned to it, every finding highlighted in its cell (the
    cross-version ones outlined, every reading in their title); then each pair's own view, folded."""
    src = report["source"]
    labels, docs, rows = side_by_side(report)
    summary = report["summary"]
    names = ", ".join(f'{escape(v["label"])} ({escape(v["name"] or v["label"])})' for v in report["versions"])
    head = (f'{escape(src["name"] or "source")} ({escape(src["language"])}) and {len(report["versions"])} versions: '
            if src is not None else f'{len(report["versions"])} versions, no source: ')
    yield (f'<p class="meta">{head}{names}; {summary["cross_version"]} finding'
           f'{"s" if summary["cross_version"] != 1 else ""} across versions; in all {summary["error"]} errors, '
           f'{summary["warning"]} warnings, {summary["info"]} infos</p>\n')
    ranges: dict[str, list] = {label: [] for label in labels}
    for side, s, f, across in column_spans(report):
        if side not in ranges:
            continue
        if not across:
            ranges[side].append((s["start"], s["end"], f["severity"], f["code"]))
            continue
        readings = f["evidence"].get("readings", {})
        said = " · ".join(f'{label} « {r["text"] if r["text"] is not None else "…"} »'
                          + ("" if r["agrees"] else " (differs)") for label, r in readings.items())
        odd = side in readings and not readings[side]["agrees"]
        ranges[side].append((s["start"], s["end"], f["severity"], f'{f["code"]}: {said}', "ver odd" if odd else "ver"))
    yield '<h3>Across versions</h3>\n'
    if report["findings"]:
        yield '<ul class="findings across">\n'
        for k, f in enumerate(report["findings"]):
            where = ", ".join(location(report, s) for s in f["spans"])
            yield (f'<li class="{f["severity"]}" id="a{n}-v{k}"><span class="sev">{f["severity"]}</span> '
                   f'<code>{escape(f["code"])}</code> {escape(f["message"])} <span class="meta">({escape(where)})'
                   f'</span>\n<ul class="readings">')
            for label, reading in f["evidence"].get("readings", {}).items():
                state = "agrees" if reading["agrees"] else "differs"
                text = reading["text"] if reading["text"] is not None else "(its sentence)"
                yield (f'<li class="reading {state}" data-label="{escape(label)}"><span class="lbl">'
                       f'{escape(label)}</span> « {escape(text)} » <span class="meta">{state}</span></li>')
            yield "</ul></li>\n"
        yield "</ul>\n"
    else:
        yield "<p>The versions agree on their names, numbers and dates.</p>\n"
    yield '<table class="versions"><tr><th>#</th>' + "".join(
        f'<th data-label="{escape(label)}" title="{escape(d["name"] or label)}">{escape(label)}'
        + (f' <span class="meta">({escape(d["language"])})</span>' if label != d["language"] else "") + "</th>"
        for label, d in zip(labels, docs)) + "</tr>\n"
    for i, row in enumerate(rows):
        cells = [_cell(doc, sentences, aligned, ranges[label])
                 for label, doc, (sentences, aligned) in zip(labels, docs, row)]
        flagged = any("<mark" in c for c in cells)
        yield (f'<tr{" class=flag" if flagged else ""}><td class="k">{i + 1}</td>'
               + "".join(f'<td class="v" lang="{escape(d["language"])}" data-label="{escape(label)}">{c}</td>'
                         for label, d, c in zip(labels, docs, cells)) + "</tr>\n")
    yield "</table>\n"
    for label, pair in report["pairs"].items():
        s = pair["summary"]
        yield (f'<details><summary>{escape(pair["source"]["language"])} → {escape(label)}: {s["error"]} errors, '
               f'{s["warning"]} warnings, {s["info"]} infos</summary>\n')
        yield from _pair(pair)
        yield "</details>\n"
    yield f'<p class="sig">{escape(report["signature"])}</p>\n'


def _cell(doc: dict, sentences: list[tuple[int, bool]], aligned: bool, ranges: list) -> str:
    """One cell of the versions side by side (:func:`~checker.report.records.side_by_side`): its sentences, those
    aligned to no pivot sentence marked as added; ``↑`` where the row's sentence is shown above, ``—`` where none."""
    if not sentences:
        return '<span class="same">↑</span>' if aligned else "—"
    parts = []
    for j, here in sentences:
        seg = doc["segments"][j]
        text = _marks(seg["text"], seg["start"], ranges)
        parts.append(text if here else f'<span class="added" title="aligned to no sentence">{text}</span>')
    return " ".join(parts)
