"""A news site built from real articles, the way a newsroom serves them: the source language at ``/berita/<id>``
(Indonesian) and each translation at ``/<lang>/berita/<id>`` (``/en/news/<id>`` in English); one RSS 2.0 feed and one
Atom feed per language; every page wrapped in a realistic template (navigation, share buttons, a "read also" list inside
the article, a sidebar of popular links, a footer).

Used by ``benchmarks/feeds.py`` (NTREX-128, 123 documents) and by the tests (the NTREX-128 documents in tests/data).
An article is ``lines``: its headline, then its sentences; its text as read from a page is the headline, then its
paragraphs (three sentences each), one per line: :func:`article_text`.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

SITE = "https://kabar.example"
PAIR = r"/(?:(?P<lang>fr|en)/)?(?:berita|news)/(?P<id>[\w.-]+?)(?:\.html)?$"
"""The pairing rule of this site: the article id after /berita/ or /news/, the language before it (none: the
source, Indonesian: ``--pair-lang =id``)."""
WORDS = {
    "id": ("Beranda", "Dunia", "Ekonomi", "Olahraga", "Bagikan", "Baca juga:", "Terpopuler", "Hak cipta dilindungi",
           "Tentang kami", "Redaksi", "Kabar Dunia"),
    "fr": ("Accueil", "Monde", "Économie", "Sport", "Partager", "Lire aussi :", "Les plus lus", "Tous droits réservés",
           "À propos", "La rédaction", "Kabar Dunia"),
    "en": ("Home", "World", "Business", "Sport", "Share", "Read also:", "Most read", "All rights reserved",
           "About us", "Newsroom", "Kabar Dunia"),
}


def path_of(doc: str, lang: str, source_lang: str = "id") -> str:
    if lang == source_lang:
        return f"/berita/{doc}"
    return f"/{lang}/news/{doc}" if lang == "en" else f"/{lang}/berita/{doc}"


def paragraphs(lines: list[str], size: int = 3) -> list[str]:
    body = lines[1:]
    return [" ".join(body[i:i + size]) for i in range(0, len(body), size)]


def article_text(lines: list[str]) -> str:
    """The text a reader should get from the article's page or feed item: headline, then paragraphs, one a line."""
    return "\n".join([lines[0], *paragraphs(lines)])


def page(doc: str, lines: list[str], lang: str, others: list[tuple[str, str]] = ()) -> str:
    """The article's page in ``lang``; ``others`` are (doc, headline) of other articles, for the related links."""
    w = WORDS.get(lang, WORDS["en"])
    title = escape(lines[0])
    url = SITE + path_of(doc, lang)
    body = "\n".join(f"      <p>{escape(p)}</p>" for p in paragraphs(lines))
    related = "\n".join(f'          <li><a href="{path_of(d, lang)}">{escape(t)}</a></li>' for d, t in others[:3])
    popular = "\n".join(f'      <li><a href="{path_of(d, lang)}">{escape(t)}</a></li>' for d, t in others[3:6])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} | {w[10]}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{title}">
  <meta property="og:type" content="article">
  <link rel="canonical" href="{url}">
  <link rel="alternate" type="application/rss+xml" href="{SITE}/{lang}/rss.xml">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">{w[10]}</a>
    <nav class="menu"><ul>
      <li><a href="/">{w[0]}</a></li><li><a href="/{lang}/dunia">{w[1]}</a></li>
      <li><a href="/{lang}/ekonomi">{w[2]}</a></li><li><a href="/{lang}/olahraga">{w[3]}</a></li>
    </ul></nav>
    <form class="search" action="/search"><input name="q" placeholder="…"><button>🔍</button></form>
  </header>
  <main>
    <article class="post">
      <h1 class="headline">{title}</h1>
      <div class="byline">{w[9]} · <time datetime="2022-01-07T09:00:00+07:00">07/01/2022</time></div>
      <div class="share-buttons"><span>{w[4]}</span> <a href="https://facebook.example/share">Facebook</a>
        <a href="https://x.example/intent">X</a> <a href="https://wa.example/send">WhatsApp</a></div>
      <div class="article-body">
{body}
        <div class="read-also"><strong>{w[5]}</strong><ul>
{related}
        </ul></div>
      </div>
      <div class="tags"><a href="/tag/1">#{w[1]}</a> <a href="/tag/2">#{w[2]}</a></div>
    </article>
    <aside class="sidebar"><h2>{w[6]}</h2><ol>
{popular}
    </ol></aside>
  </main>
  <footer class="site-footer">
    <p>© 2022 {w[10]}. {w[7]}.</p>
    <ul><li><a href="/about">{w[8]}</a></li><li><a href="/redaksi">{w[9]}</a></li></ul>
  </footer>
</body>
</html>
"""


def _item_html(lines: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs(lines))


def rss(docs: dict[str, list[str]], lang: str) -> str:
    """An RSS 2.0 feed of ``docs`` (id -> lines) in ``lang``, full text in ``content:encoded``."""
    items = []
    for doc, lines in docs.items():
        link = SITE + path_of(doc, lang)
        items.append(f"""    <item>
      <title>{escape(lines[0])}</title>
      <link>{link}</link>
      <guid isPermaLink="true">{link}</guid>
      <pubDate>Fri, 07 Jan 2022 09:00:00 +0700</pubDate>
      <description>{escape(lines[1] if len(lines) > 1 else lines[0])}</description>
      <content:encoded><![CDATA[{_item_html(lines)}]]></content:encoded>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Kabar Dunia ({lang})</title>
    <link>{SITE}/{lang}</link>
    <description>Kabar Dunia</description>
    <language>{lang}</language>
{chr(10).join(items)}
  </channel>
</rss>
"""


def atom(docs: dict[str, list[str]], lang: str) -> str:
    """An Atom 1.0 feed of ``docs`` in ``lang`` (``xml:lang`` on the feed), full text in ``content type="html"``."""
    entries = []
    for doc, lines in docs.items():
        link = SITE + path_of(doc, lang)
        entries.append(f"""  <entry>
    <title>{escape(lines[0])}</title>
    <link rel="alternate" href="{link}"/>
    <id>tag:kabar.example,2022:{lang}:{doc}</id>
    <updated>2022-01-07T09:00:00+07:00</updated>
    <summary>{escape(lines[1] if len(lines) > 1 else lines[0])}</summary>
    <content type="html">{escape(_item_html(lines))}</content>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">
  <title>Kabar Dunia ({lang})</title>
  <id>tag:kabar.example,2022:{lang}</id>
  <updated>2022-01-07T09:00:00+07:00</updated>
  <link rel="self" href="{SITE}/{lang}/atom.xml"/>
{chr(10).join(entries)}
</feed>
"""


def write_site(root: Path, docs: dict[str, dict[str, list[str]]], source_lang: str = "id") -> dict[str, list[Path]]:
    """Pages under ``root/pages`` laid out as the site's paths (``berita/<id>.html``, ``fr/berita/<id>.html``), and
    ``root/<lang>.rss``, ``root/<lang>.atom`` per language. ``docs``: lang -> id -> lines. Returns the files by kind."""
    out: dict[str, list[Path]] = {"pages": [], "rss": [], "atom": []}
    for lang, by_id in docs.items():
        headlines = [(d, lines[0]) for d, lines in by_id.items()]
        for n, (doc, lines) in enumerate(by_id.items()):
            others = [h for h in headlines[n + 1:] + headlines[:n]][:6]
            file = root / "pages" / (path_of(doc, lang, source_lang).lstrip("/") + ".html")
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(page(doc, lines, lang, others), encoding="utf-8")
            out["pages"].append(file)
        for kind, make in (("rss", rss), ("atom", atom)):
            file = root / f"{lang}.{kind}"
            file.write_text(make(by_id, lang), encoding="utf-8")
            out[kind].append(file)
    return out
