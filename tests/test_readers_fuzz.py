"""The readers fuzzed: plain text, Markdown, JSONL feeds, RSS and Atom feeds, HTML pages, sitemaps. On any input,
a reader gives records or one clear error (an InputError, or an error record), never a traceback."""

from __future__ import annotations

import json

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from checker.batch import Article, BadRecord, read_inputs  # noqa: E402
from checker.errors import InputError  # noqa: E402
from checker.feeds import Failed, FetchOptions, Item, WebInputs, read_bytes  # noqa: E402
from checker.io import decode  # noqa: E402
from conftest import DATA, NTREX_DOCS  # noqa: E402

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
OFFLINE = WebInputs(fetch=FetchOptions(retries=0))  # a sitemap's URLs fail at once (the network is blocked)
REAL = (DATA / "ntrex" / f"{NTREX_DOCS[0]}.fr.txt").read_text(encoding="utf-8")

# bytes that look like the inputs: real text, markup fragments, entities, control characters, byte-order marks
PIECES = st.sampled_from([
    "<?xml version=\"1.0\"?>", "<rss version=\"2.0\">", "<channel>", "</channel>", "</rss>", "<item>", "</item>",
    "<title>", "</title>", "<link>https://kabar.example/fr/berita/1</link>", "<description>", "</description>",
    "<content:encoded><![CDATA[<p>", "</p>]]></content:encoded>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
    "<entry>", "</entry>", "<content type=\"html\">", "</content>", "</feed>", "<language>fr</language>",
    "<!DOCTYPE rss [<!ENTITY a \"x\">]>", "&a;", "&amp;", "&lt;p&gt;", "&#0;", "&#x110000;", "<!--", "-->",
    "<html lang=\"fr\">", "<body>", "<article>", "<h1>", "</h1>", "<p>", "</p>", "<nav>", "<a href=\"/x\">", "</a>",
    "<urlset>", "<url><loc>", "</loc></url>", "</urlset>", "<sitemapindex>", "\x00", "\ufeff", "\u202f", "\xa0",
    "\r\n", "\n\n", "# ", "> ", "- ", "```", "|", "{", "}", "\"", "\\", "\ud7ff", "Almaty", "20.000", "« Tokaïev »",
    REAL[:200], REAL[200:600],
])
TEXTY = st.lists(PIECES | st.text(max_size=40), max_size=40).map("".join)
DATA_BYTES = st.one_of(st.binary(max_size=2000), TEXTY.map(lambda t: t.encode("utf-8", "surrogatepass")),
                       TEXTY.map(lambda t: t.encode("utf-16", "surrogatepass")))


@FUZZ
@given(DATA_BYTES)
def test_plain_text_and_markdown_readers_give_text_or_one_clear_error(data):
    from checker.api import make_document

    try:
        text = decode(data, "article.fr.txt")
    except InputError as exc:
        assert str(exc).startswith("article.fr.txt: ") and "\n" not in str(exc)
        return
    for markdown in (False, True):
        try:
            make_document(text, "fr", name="article.fr.md", markdown=markdown)
        except InputError as exc:
            assert "\n" not in str(exc)


@FUZZ
@given(st.lists(st.one_of(TEXTY, st.builds(json.dumps, st.dictionaries(
    st.sampled_from(["id", "source", "translation", "source_lang", "target_lang", "metadata", "x"]),
    st.one_of(st.none(), st.integers(), st.text(max_size=30), st.lists(st.integers(), max_size=2),
              st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2))))), max_size=8))
def test_jsonl_reader_gives_articles_or_error_records(tmp_path_factory, lines):
    feed = tmp_path_factory.mktemp("jsonl") / "feed.jsonl"
    feed.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8", errors="surrogatepass")
    records = list(read_inputs([feed], "id", "fr"))
    assert all(isinstance(r, (Article, BadRecord)) for r in records)
    assert len({r.id for r in records}) == len(records)
    assert all("\n" not in r.error for r in records if isinstance(r, BadRecord))


@FUZZ
@given(DATA_BYTES)
def test_feed_page_and_sitemap_reader_gives_items_or_failures(data):
    items = read_bytes(data, "fuzz.xml", OFFLINE)
    assert items and all(isinstance(i, (Item, Failed)) for i in items)
    for item in items:
        if isinstance(item, Failed):
            assert item.error.strip()
        else:
            assert item.text.strip()


@FUZZ
@given(DATA_BYTES, st.sampled_from(["feed.rss", "feed.atom", "page.html", "sitemap.xml"]))
def test_feed_and_page_files_give_records_or_error_records(tmp_path_factory, data, name):
    root = tmp_path_factory.mktemp("web")
    (root / name).write_bytes(data)
    records = list(read_inputs([root / name], "id", "fr", OFFLINE))
    assert all(isinstance(r, (Article, BadRecord)) for r in records)
