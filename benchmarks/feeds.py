"""Feeds and pages: the 123 NTREX-128 documents published as a news site would (benchmarks/site.py: Indonesian at
/berita/<id>, French at /fr/berita/<id>, English at /en/news/<id>; one RSS 2.0 and one Atom feed per language; every
page in a template with navigation, share buttons, a "read also" list inside the article, a sidebar and a footer).

1. Extraction: for each page and feed item, whether the text read equals the document's text (headline, then its
   paragraphs) after whitespace normalisation. Bar: >= 98 % of pages.
2. Findings: the id-fr audits of the pages, and of the RSS feeds, against the audits of the same documents as plain
   text files (NAME.<lang>.txt): the share of documents whose findings (code, severity, message, spans) are the same.
   Bar: >= 98 %.
3. Failures: pages that cannot be read (a broken file, a page with no article) and URLs that fail (a local HTTP
   server on 127.0.0.1 answering 503, and a port where nothing listens): each is one error record, the rest go on.

    python benchmarks/feeds.py [--docs 123] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import ntrex_documents  # noqa: E402
from benchmarks.site import PAIR, article_text, write_site  # noqa: E402
from checker.batch import Article, Batch, BadRecord, read_inputs  # noqa: E402
from checker.config import BackTranslationSettings, Settings  # noqa: E402
from checker.feeds import FetchOptions, Pairing, WebInputs, read_web_input  # noqa: E402

SETTINGS = Settings(back_translation=BackTranslationSettings(mode="off"))
LANGS = ("id", "fr", "en")


def norm(text: str) -> str:
    return " ".join(text.split())


def extraction(files: dict, docs: dict, web: WebInputs) -> dict[str, tuple[int, int, float]]:
    out = {}
    for kind in ("pages", "rss", "atom"):
        ok = total = 0
        start = time.perf_counter()
        for file in files[kind]:
            for item in read_web_input(file, web):
                total += 1
                key = web.pairing.key(item)
                if key is None or not hasattr(item, "text"):
                    continue
                doc, lang = key[0], key[1] or item.lang
                ok += norm(item.text) == norm(article_text(docs[lang][doc]))
        out[kind] = (ok, total, time.perf_counter() - start)
    return out


def audit(records, jobs: int, tmp: Path, name: str) -> dict[str, list]:
    journal = tmp / f"{name}.jsonl"
    Batch(SETTINGS, jobs=jobs).run(records, journal)
    found = {}
    for line in journal.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = record["id"].rsplit(".", 1)[0]
        if record["status"] != "ok":
            found[doc] = ["error", record["error"]]
            continue
        found[doc] = [(f["code"], f["severity"], f["message"], [(s["side"], s["start"], s["end"]) for s in f["spans"]])
                      for f in record["report"]["findings"]]
    return found


class _Failing(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.send_response(503)
        self.end_headers()

    def log_message(self, *args):
        pass


def failures(root: Path, files: dict, web: WebInputs) -> tuple[int, int, int, int]:
    """(error records, expected errors, articles, expected articles) for the French pages of the site with two pages
    broken, plus two URLs that fail."""
    pages = root / "pages"
    fr_pages = sorted((pages / "fr").rglob("*.html"))
    fr_pages[0].write_bytes(b"\x00\x01PNG" * 100)  # a broken file
    fr_pages[1].write_text("<html lang='fr'><body><nav><a href='/'>Accueil</a></nav></body></html>", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    urls = [f"http://127.0.0.1:{port}/fr/berita/extra-1", "http://127.0.0.1:9/fr/berita/extra-2"]
    quick = WebInputs(pairing=web.pairing, fetch=FetchOptions(timeout=2, retries=1, backoff=0.1))
    records = list(read_inputs([pages / "berita", pages / "fr", *urls], "id", "fr", quick))
    server.shutdown()
    errors = sum(isinstance(r, BadRecord) for r in records)
    articles = sum(isinstance(r, Article) for r in records)
    return errors, 4, articles, len(fr_pages) - 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=123, help="NTREX-128 documents audited for the findings (all: 123)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    docs = {lang: ntrex_documents(lang) for lang in LANGS}
    web = WebInputs(pairing=Pairing(PAIR, languages=(("", "id"),)))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = write_site(tmp / "site", docs)
        n = len(docs["id"])
        print(f"site: {n} NTREX-128 documents in {len(LANGS)} languages: {len(files['pages'])} pages, "
              f"{len(files['rss'])} RSS and {len(files['atom'])} Atom feeds\n")
        print(f"{'extracted text = document text':<34}{'equal':>8}{'of':>6}{'share':>9}{'seconds':>9}")
        for kind, (ok, total, secs) in extraction(files, docs, web).items():
            print(f"{kind:<34}{ok:>8}{total:>6}{ok / total:>9.1%}{secs:>9.1f}")
        print("bar: >= 98 % of pages\n", flush=True)

        chosen = list(docs["id"])[: args.docs]
        plain = tmp / "plain"
        plain.mkdir()
        for doc in chosen:
            for lang in ("id", "fr"):
                (plain / f"{doc}.{lang}.txt").write_text(article_text(docs[lang][doc]), encoding="utf-8")
        wanted = set(chosen)

        def only(records):
            return (r for r in records if r.id.rsplit(".", 1)[0] in wanted)

        start = time.perf_counter()
        base = audit(read_inputs([plain], "id", "fr"), args.jobs, tmp, "plain")
        pages = audit(only(read_inputs([tmp / "site" / "pages" / "berita", tmp / "site" / "pages" / "fr"], "id", "fr",
                                       web)), args.jobs, tmp, "pages")
        rss = audit(only(read_inputs([tmp / "site" / "id.rss", tmp / "site" / "fr.rss"], "id", "fr", web)),
                    args.jobs, tmp, "rss")
        secs = time.perf_counter() - start
        print(f"{'findings = plain-text batch (id-fr)':<34}{'equal':>8}{'of':>6}{'share':>9}")
        for kind, got in (("pages", pages), ("rss", rss)):
            same = sum(got.get(doc) == base[doc] for doc in chosen)
            print(f"{kind:<34}{same:>8}{len(chosen):>6}{same / len(chosen):>9.1%}")
        total_findings = sum(len(v) for v in base.values())
        print(f"bar: >= 98 % of documents ({total_findings} findings in the plain-text batch; {secs:.0f} s for the "
              f"three batches, --jobs {args.jobs})\n")

        errors, want_errors, articles, want_articles = failures(tmp / "site", files, web)
        print(f"two broken pages and two failing URLs: {errors} error records (expected {want_errors}), "
              f"{articles} articles to audit (expected {want_articles})")


if __name__ == "__main__":
    main()
