"""Feeds and pages as batch inputs: RSS and Atom feeds and HTML article pages of a news site built from the NTREX-128
documents in tests/data (benchmarks/site.py: a realistic template), paired by a URL pattern; malformed and hostile
feeds, a page with no article text, URLs served by a local HTTP server on 127.0.0.1 that fail; the store of articles
already audited, for an hourly cron job."""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from checker.batch import Article, BadRecord, Versions, read_inputs
from checker.cli import main
from checker.feeds import FetchOptions, Pairing, WebInputs, fetch, FetchError, read_bytes
from conftest import DATA, NTREX_DOCS, ROOT

sys.path.insert(0, str(ROOT))
from benchmarks.site import PAIR, SITE, article_text, page, path_of, write_site  # noqa: E402

pytest.importorskip("feedparser")
pytest.importorskip("trafilatura")

LANGS = ("id", "fr", "en")
RULE = WebInputs(pairing=Pairing(PAIR, languages=(("", "id"),)))


def ntrex_docs(docs=NTREX_DOCS) -> dict[str, dict[str, list[str]]]:
    return {lang: {doc: (DATA / "ntrex" / f"{doc}.{lang}.txt").read_text(encoding="utf-8").splitlines()
                   for doc in docs} for lang in LANGS}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    docs = ntrex_docs()
    return root, docs, write_site(root, docs)


def test_rss_and_atom_feeds_from_files_paired_by_a_url_pattern(site):
    root, docs, _ = site
    for kind in ("rss", "atom"):
        feeds = [root / f"{lang}.{kind}" for lang in LANGS]
        # an article's editions in several languages are its versions, audited together
        versions = list(read_inputs(feeds, "id", None, RULE))
        assert [r.id for r in versions] == list(NTREX_DOCS) and all(isinstance(r, Versions) for r in versions)
        for r in versions:
            doc = r.metadata["article"]
            assert r.source == article_text(docs["id"][doc]) and r.source_lang == "id"
            assert list(r.translations) == [(lang, article_text(docs[lang][doc]), SITE + path_of(doc, lang))
                                            for lang in ("en", "fr")]
            assert set(r.metadata["translations"]) == {"en", "fr"}
        records = list(read_inputs(feeds, "id", None, RULE, group=False))
        assert [r.id for r in records] == [f"{doc}.{lang}" for doc in NTREX_DOCS for lang in ("en", "fr")]
        assert all(isinstance(r, Article) for r in records)
        for r in records:
            doc = r.metadata["article"]
            assert r.source == article_text(docs["id"][doc]) and r.translation == article_text(docs[r.target_lang][doc])
            assert r.source_lang == "id" and r.translation_name == SITE + path_of(doc, r.target_lang)
        only_fr = [r.id for r in read_inputs([root / f"{lang}.{kind}" for lang in LANGS], "id", "fr", RULE)]
        assert only_fr == [f"{doc}.fr" for doc in NTREX_DOCS]
    rss = next(read_inputs([root / "id.rss", root / "fr.rss"], "id", None, RULE))
    assert rss.metadata["translation"]["guid"] == SITE + path_of(NTREX_DOCS[0], "fr")


def test_the_default_rule_pairs_by_the_last_path_segment_and_the_declared_language(site):
    root, docs, _ = site
    records = list(read_inputs([root / "fr.atom", root / "id.atom"], "id"))  # no --pair: /berita/<id>, xml:lang
    assert [r.id for r in records] == [f"{doc}.fr" for doc in NTREX_DOCS]
    assert records[0].translation == article_text(docs["fr"][NTREX_DOCS[0]])


def test_pages_lose_their_menus_share_buttons_and_read_also_lists(site):
    root, docs, files = site
    records = list(read_inputs([root / "pages"], "id", None, RULE, group=False))  # each edition's text
    assert [r.id for r in records] == sorted(f"{doc}.{lang}" for doc in NTREX_DOCS for lang in ("en", "fr"))
    for r in records:
        doc = r.metadata["article"]
        assert r.source == article_text(docs["id"][doc]) and r.translation == article_text(docs[r.target_lang][doc])
        assert r.metadata["translation"]["url"] == SITE + path_of(doc, r.target_lang)
    text = "\n".join(r.translation + r.source for r in records)
    for boilerplate in ("Baca juga", "Lire aussi", "Facebook", "Accueil", "Les plus lus", "Tous droits", "Terpopuler"):
        assert boilerplate not in text
    headline_of_another = docs["fr"][NTREX_DOCS[1]][0]  # linked from the first article's "Lire aussi" list
    first_fr = next(r for r in records if r.id == f"{NTREX_DOCS[0]}.fr")
    assert headline_of_another not in first_fr.translation


def test_feeds_and_pages_give_the_findings_of_the_plain_text_batch(site, tmp_path):
    root, docs, _ = site
    plain = tmp_path / "plain"
    plain.mkdir()
    for lang in ("id", "fr"):
        for doc in NTREX_DOCS[:2]:
            (plain / f"{doc}.{lang}.txt").write_text(article_text(docs[lang][doc]), encoding="utf-8")
    pages = tmp_path / "pages"
    for lang in ("id", "fr"):
        for doc in NTREX_DOCS[:2]:
            file = pages / (path_of(doc, lang).lstrip("/") + ".html")
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(page(doc, docs[lang][doc], lang), encoding="utf-8")

    def findings(*inputs):
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(main, ["batch", *map(str, inputs), "-s", "id", "-t", "fr", "-o", str(out),
                                           "--back-translation", "off", "--jobs", "1", "--pair", PAIR,
                                           "--pair-lang", "=id"])
        assert result.exit_code in (0, 1), result.output
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        return {r["id"].split(".fr")[0]: [(f["code"], f["message"]) for f in r["report"]["findings"]] for r in records}

    expected = findings(plain)
    assert set(expected) == set(NTREX_DOCS[:2]) and any(expected.values())
    assert findings(pages) == expected


def test_malformed_hostile_and_empty_inputs_are_error_records_and_the_rest_go_on(site, tmp_path):
    root, docs, _ = site
    truncated = tmp_path / "truncated.rss"
    data = (root / "en.rss").read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    laughs = tmp_path / "laughs.rss"
    laughs.write_text('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                      '<rss version="2.0"><channel><item><title>&b;</title><link>https://kabar.example/en/news/x'
                      '</link><description>&b;</description></item></channel></rss>', encoding="utf-8")
    not_feed = tmp_path / "notes.xml"
    not_feed.write_text("<notes><note>nothing here</note></notes>", encoding="utf-8")
    empty_page = tmp_path / "empty.html"
    empty_page.write_text('<!DOCTYPE html><html lang="fr"><head><title>Kabar</title></head><body><nav><ul>'
                          '<li><a href="/">Accueil</a></li><li><a href="/fr/monde">Monde</a></li></ul></nav>'
                          '<footer>© 2022 Kabar Dunia</footer></body></html>', encoding="utf-8")
    binary = tmp_path / "binary.html"
    binary.write_bytes(b"\x00\x01\x02\x89PNG" * 50)
    inputs = [root / "id.rss", truncated, laughs, not_feed, empty_page, binary, root / "fr.rss"]
    records = list(read_inputs(inputs, "id", None, RULE))
    errors = {r.id: r.error for r in records if isinstance(r, BadRecord)}
    assert errors == {
        str(truncated): errors[str(truncated)], str(laughs): errors[str(laughs)], str(not_feed): errors[str(not_feed)],
        str(empty_page): errors[str(empty_page)], str(binary): errors[str(binary)]}
    assert "ends early" in errors[str(truncated)] or "not" in errors[str(truncated)]
    assert "declares XML entities" in errors[str(laughs)]
    assert "not an RSS or Atom feed" in errors[str(not_feed)]
    assert "no article text" in errors[str(empty_page)]
    assert "binary data" in errors[str(binary)]
    assert [r.id for r in records if isinstance(r, Article)] == [f"{doc}.fr" for doc in NTREX_DOCS]
    orphan = list(read_inputs([root / "en.rss"], "id", None, RULE))  # translations without their source feed
    assert all(isinstance(r, BadRecord) and "no id version of article" in r.error for r in orphan)


def test_a_pairing_rule_in_the_configuration_file_and_bad_rules_on_the_command_line(site, tmp_path, monkeypatch):
    root, _, _ = site
    monkeypatch.chdir(tmp_path)
    (tmp_path / "transcheck.toml").write_text(
        "[tool.transcheck]\nsource_lang = \"id\"\n[tool.transcheck.feeds]\n"
        f"pair = '{PAIR}'\npair_languages = {{ \"\" = \"id\" }}\nretries = 0\n", encoding="utf-8")
    from checker.configfile import resolve, web_inputs

    _, merged, _ = resolve(None, {})
    web = web_inputs(merged)
    assert web.pairing.pattern == PAIR and dict(web.pairing.languages) == {"": "id"} and web.fetch.retries == 0
    for args, message in ((["--pair", "(unclosed"], "not a regular expression"),
                          (["--pair", "/berita/(\\d+)"], "needs a named group (?P<id>...)"),
                          (["--pair-lang", "english"], "give VALUE=LANG"),
                          (["--engine", "ray", "--pair-lang", "x=not a code"], "not a language code")):
        result = CliRunner().invoke(main, ["batch", str(root / "id.rss"), *args])
        assert result.exit_code == 2 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.output
    (tmp_path / "transcheck.toml").write_text("[tool.transcheck.feeds]\npair = 'berita/(\\d+)'\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(root / "id.rss")])
    assert result.exit_code == 2 and "transcheck.toml" in result.stderr and "(?P<id>" in result.stderr
    (tmp_path / "transcheck.toml").write_text("[tool.transcheck.feeds]\ntimeout = 'soon'\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(root / "id.rss")])
    assert result.exit_code == 2 and "feeds.timeout must be float" in result.stderr


class _Site(BaseHTTPRequestHandler):
    """The site, served from 127.0.0.1: pages and feeds of the NTREX documents, one page failing with 503, one missing
    (404), one answering too slowly."""

    docs: dict = {}
    hits: dict = {}
    agents: set = set()

    def do_GET(self):  # noqa: N802 (the http.server API)
        type(self).hits[self.path] = type(self).hits.get(self.path, 0) + 1
        type(self).agents.add(self.headers.get("User-Agent"))
        if self.path.startswith("/fr/berita/" + NTREX_DOCS[1]):
            return self._send(503, b"busy", "text/plain")
        if self.path.startswith("/fr/berita/" + NTREX_DOCS[2]):
            return self._send(404, b"gone", "text/plain")
        if self.path.startswith("/fr/berita/" + NTREX_DOCS[3]):
            time.sleep(1.5)
        for lang in LANGS:
            for doc, lines in self.docs[lang].items():
                if self.path == path_of(doc, lang):
                    return self._send(200, page(doc, lines, lang).encode("utf-8"), "text/html; charset=utf-8")
        self._send(404, b"no such page", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout): nothing to answer
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def server(loopback_only):
    _Site.docs, _Site.hits, _Site.agents = ntrex_docs(), {}, set()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_pages_from_urls_that_fail_are_error_records_and_the_rest_go_on(server):
    urls = [server + path_of(doc, lang) for doc in NTREX_DOCS for lang in ("id", "fr")]
    web = WebInputs(pairing=Pairing(PAIR, languages=(("", "id"),)),
                    fetch=FetchOptions(timeout=0.5, retries=2, backoff=0.05))
    records = list(read_inputs(urls, "id", "fr", web))
    by_id = {r.id: r for r in records}
    assert list(by_id) == [f"{doc}.fr" for doc in NTREX_DOCS]
    ok, busy, gone, slow = (by_id[f"{doc}.fr"] for doc in NTREX_DOCS)
    assert isinstance(ok, Article) and ok.translation == article_text(_Site.docs["fr"][NTREX_DOCS[0]])
    assert isinstance(busy, BadRecord) and "HTTP 503" in busy.error and "after 3 tries" in busy.error
    assert _Site.hits[path_of(NTREX_DOCS[1], "fr")] == 3  # retried, with backoff
    assert isinstance(gone, BadRecord) and "HTTP 404" in gone.error
    assert _Site.hits[path_of(NTREX_DOCS[2], "fr")] == 1  # a 404 is not retried
    assert isinstance(slow, BadRecord) and "timed out" in slow.error
    assert all(agent.startswith("transcheck/") for agent in _Site.agents)
    with pytest.raises(FetchError, match="only http and https"):
        fetch("file:///etc/passwd")


def test_a_url_is_fetched_only_when_named_and_the_network_stays_blocked_otherwise(site):
    from conftest import NetworkBlocked  # noqa: F401 (the block is what makes this an error record)

    root, _, _ = site
    web = WebInputs(pairing=RULE.pairing, fetch=FetchOptions(timeout=0.5, retries=0), follow_links=True)
    records = list(read_inputs([root / "id.rss", root / "fr.rss"], "id", "fr", web))  # follow the items' links
    assert records and all(isinstance(r, BadRecord) for r in records)
    assert "network access in a test" in records[0].error  # tried only because --follow-links asked for it


def test_an_hourly_run_with_seen_audits_only_what_is_new_or_changed(tmp_path):
    docs = ntrex_docs(NTREX_DOCS[:2])
    root = tmp_path / "site"
    root.mkdir()
    write_site(root, {lang: docs[lang] for lang in ("id", "fr")})
    seen = tmp_path / "seen.tsv"

    def run(out: str):
        result = CliRunner().invoke(main, ["batch", str(root / "id.rss"), str(root / "fr.rss"), "-s", "id",
                                           "--pair", PAIR, "--pair-lang", "=id", "--seen", str(seen),
                                           "-o", str(tmp_path / out), "--back-translation", "off", "--jobs", "1"])
        lines = (tmp_path / out).read_text(encoding="utf-8").splitlines()
        return result, [json.loads(line)["id"] for line in lines]

    first, ids = run("1.jsonl")
    assert ids == [f"{doc}.fr" for doc in NTREX_DOCS[:2]] and first.exit_code in (0, 1)
    assert len(seen.read_text(encoding="utf-8").splitlines()) == 2
    again, ids = run("2.jsonl")
    assert ids == [] and again.exit_code == 0 and "2 skipped, audited by an earlier run" in again.stderr
    docs["fr"][NTREX_DOCS[1]][1] += " Une phrase de plus."  # the translation was edited
    (root / "fr.rss").unlink()
    write_site(root, {"fr": docs["fr"]})
    edited, ids = run("3.jsonl")
    assert ids == [f"{NTREX_DOCS[1]}.fr"] and "1 skipped" in edited.stderr


def test_read_bytes_tells_feeds_pages_and_sitemaps_apart():
    sitemap = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>'
    assert "lists no URL" in read_bytes(sitemap, "s.xml", WebInputs())[0].error
    hostile = (b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "x">]><urlset><url><loc>&a;</loc></url>'
               b'</urlset>')
    assert "not a readable sitemap" in read_bytes(hostile, "s.xml", WebInputs())[0].error


def test_an_edition_that_failed_leaves_the_others_audited(site, monkeypatch):
    """An article's editions are its versions; one that could not be fetched is an error record of its own, and the
    others are audited without it: together where two remain, as a pair where one does."""
    import checker.feeds as feeds
    from checker.feeds import Failed

    root, docs, _ = site
    items = [item for lang in LANGS for item in feeds.read_web_input(root / f"{lang}.rss", RULE)]
    doc = NTREX_DOCS[0]
    lost = next(i for i in items if i.fields.get("link") == SITE + path_of(doc, "en"))
    items[items.index(lost)] = Failed(lost.where, "HTTP 503 from the server", {"link": lost.fields["link"]})
    monkeypatch.setattr(feeds, "read_web_input", lambda path, options: items if path == "all" else [])
    records = {r.id: r for r in feeds.paired_records(["all"], "id", None, RULE)}
    assert isinstance(records[f"{doc}.en"], BadRecord) and "HTTP 503" in records[f"{doc}.en"].error
    assert isinstance(records[f"{doc}.fr"], Article) and records[f"{doc}.fr"].translation == article_text(docs["fr"][doc])
    assert [type(records[d]) for d in NTREX_DOCS[1:]] == [Versions] * (len(NTREX_DOCS) - 1)
