"""HTML: one self-contained page (no script, no external file) per audit or per batch, for an editor to read: the
findings, and the aligned sentences side by side with each finding's words highlighted and the back-translation under
its translation. Every piece of article text is escaped: an article containing ``<script>`` shows it, never runs it."""

from __future__ import annotations

from html import escape
from typing import Iterable, Iterator

from .records import checks_summary, counts, fails, location

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
"""

_RANK = {"info": 0, "warning": 1, "error": 2}


def _marks(text: str, start: int, ranges: list[tuple[int, int, str, str]]) -> str:
    """``text`` (a sentence beginning at ``start`` in its document) with the (start, end, severity, codes) ranges
    that fall in it highlighted; overlapping ranges merge, keeping the gravest severity."""
    spans = sorted((max(a, start) - start, min(b, start + len(text)) - start, sev, codes)
                   for a, b, sev, codes in ranges if a < start + len(text) and b > start)
    merged: list[list] = []
    for a, b, sev, codes in spans:
        if merged and a <= merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], b)
            last[2] = max(last[2], sev, key=_RANK.get)
            last[3] = ", ".join(dict.fromkeys((last[3] + ", " + codes).split(", ")))
        else:
            merged.append([a, b, sev, codes])
    out, pos = [], 0
    for a, b, sev, codes in merged:
        out.append(escape(text[pos:a]))
        out.append(f'<mark class="{sev}" title="{escape(codes)}">{escape(text[a:b])}</mark>')
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
    src, tgt = report["source"], report["translation"]
    summary = report["summary"]
    verdict = ('<span class="failed">· fails</span>' if fails(record, fail_on)
               else '<span class="passed">· passes</span>')
    yield f'<h2 id="a{n}">{rid} {verdict}</h2>\n'
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
