"""Feeds and article pages as batch inputs: RSS and Atom feeds (feedparser), HTML article pages (main text extracted by
trafilatura), sitemaps of pages; from files, or from URLs when the user names one; the language versions of one article
paired by a rule.

    inputs (files, folders, URLs) -> items (one language version of one article: title, text, language, link)
    items -> pairing rule -> (article id, language) -> groups -> Article(source version, each translation)

An item's text is its title on the first line, then its paragraphs, one per line: the plain-text shape the audit reads.
Whatever cannot be fetched, parsed or paired becomes a :class:`~checker.batch.BadRecord` (an error record of the
batch) and the rest go on.

The pairing rule (:class:`Pairing`): a regular expression searched in one field of each item (``link`` by default: a
feed item's link, a page's URL, else its canonical URL, else its file path), with a named group ``id`` that is the same
in every language version of an article, and an optional group ``lang`` for the language. For a site that serves the
Indonesian original at ``/berita/123``, the French at ``/fr/berita/123`` and the English at ``/en/news/123``::

    --pair '/(?:(?P<lang>fr|en)/)?(?:berita|news)/(?P<id>\\d+)' --pair-lang =id

``--pair-lang VALUE=LANG`` maps a value of the ``lang`` group to a language code (``english=en``); the empty value
names the language of the links where the group took no part (``/berita/123``). Where the rule gives no language, the
item's declared one is used (RSS ``<language>``, Atom ``xml:lang``, ``<html lang>``), else it is detected from the text.
Without ``--pair``, the article id is the last segment of the link's path (``123`` in all three above).

Network: only for URLs the user gives (and the pages of a sitemap, or the items' links with ``follow_links``): http
and https only, a timeout, retries with exponential backoff on timeouts, connection errors, 429 and 5xx (Retry-After
honoured up to 60 s), a size limit, and a User-Agent that names transcheck. XML is never parsed with entity expansion: a
feed or sitemap that declares entities (the "billion laughs") is refused, and sitemaps are read through defusedxml.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import __version__
from .errors import InputError

FEED_SUFFIXES = (".rss", ".atom", ".xml")
PAGE_SUFFIXES = (".html", ".htm")
WEB_SUFFIXES = FEED_SUFFIXES + PAGE_SUFFIXES
USER_AGENT = (f"transcheck/{__version__} (translation-quality audit of a newsroom's own articles; "
              f"python-urllib; one request at a time)")
DEFAULT_PATTERN = r"(?P<id>[^/?#]+?)(?:\.(?:html?|shtml|php|aspx?|jsp))?/?(?:[?#].*)?$"
"""The last segment of a link's path, without a file suffix: ``/fr/berita/123`` and ``berita/123.html`` give ``123``."""
RETRY_STATUS = (408, 425, 429, 500, 502, 503, 504)
MAX_SITEMAP_URLS = 50_000


def is_url(name: str) -> bool:
    return bool(re.match(r"(?i)https?://", name))


def is_web_input(path: str | Path) -> bool:
    """A URL, a feed or page file (by suffix), or a folder of them (one without NAME.<lang>.txt pairs)."""
    name = str(path)
    if is_url(name):
        return True
    p = Path(name)
    if p.is_dir():
        return any(f.suffix.lower() in WEB_SUFFIXES for f in p.rglob("*") if f.is_file())
    return p.suffix.lower() in WEB_SUFFIXES


# ------------------------------------------------------------------------------------------------------ the rules

@dataclass(frozen=True)
class Pairing:
    """Which items are language versions of one article: ``pattern`` searched in the item's ``field``; its group
    ``id`` names the article, its optional group ``lang`` the language (through ``languages``)."""

    pattern: str = DEFAULT_PATTERN
    field: str = "link"
    languages: tuple[tuple[str, str], ...] = ()

    def __post_init__(self):
        try:
            regex = re.compile(self.pattern)
        except re.error as exc:
            raise ValueError(f"pairing rule {self.pattern!r}: not a regular expression ({exc})") from None
        if "id" not in regex.groupindex:
            raise ValueError(f"pairing rule {self.pattern!r}: needs a named group (?P<id>...) for the article id")
        for value, lang in self.languages:
            if not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", lang):
                raise ValueError(f"pairing language {value!r}={lang!r}: not a language code")

    def key(self, item: "Item") -> tuple[str, str | None] | None:
        """(article id, language or None) of an item; None when its field does not match the rule."""
        value = item.fields.get(self.field)
        if not isinstance(value, str) or not value:
            return None
        match = re.search(self.pattern, value)
        if match is None or not match.group("id"):
            return None
        lang = match.groupdict().get("lang")
        mapping = dict(self.languages)
        if (lang or "") in mapping:
            lang = mapping[lang or ""]
        return match.group("id"), normalise_lang(lang)


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 20.0
    """Seconds for one request to connect and to answer."""
    retries: int = 2
    """Tries after the first, on timeouts, connection errors, 429 and 5xx."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled at each."""
    max_bytes: int = 20_000_000
    user_agent: str = USER_AGENT

    def __post_init__(self):
        if self.timeout <= 0 or self.retries < 0 or self.backoff < 0:
            raise ValueError("fetching: the timeout must be positive, retries and backoff not negative")


@dataclass
class WebInputs:
    """How feeds and pages are read and paired; ``skipped`` collects, as the records are read, the source articles
    that had no translation (nothing to audit yet: said on standard error, not an error)."""

    pairing: Pairing = field(default_factory=Pairing)
    fetch: FetchOptions = field(default_factory=FetchOptions)
    follow_links: bool = False
    """Audit the page an item links to instead of the text the feed carries (summaries-only feeds)."""
    skipped: list[str] = field(default_factory=list)


# -------------------------------------------------------------------------------------------------------- the items

@dataclass(frozen=True)
class Item:
    """One language version of one article, as read."""

    where: str              # the file or URL it came from (a feed item: the feed, then #n)
    fields: dict            # what the pairing rule can read: link, id (a feed's guid), title, url, path, ...
    title: str
    text: str               # title, then one paragraph per line
    lang: str | None        # declared by the feed or page
    metadata: dict


@dataclass(frozen=True)
class Failed:
    """An input or item that could not be fetched or read. ``fields`` (a link, when known) lets the pairing rule tell
    which article and language it was."""

    where: str
    error: str
    fields: dict = field(default_factory=dict)


class FetchError(Exception):
    pass


def fetch(url: str, options: FetchOptions = FetchOptions()) -> tuple[bytes, str, str]:
    """(body, final URL, content type) of ``url``; :class:`FetchError` with the reason after the last try."""
    import socket
    import urllib.error
    import urllib.request

    if not is_url(url):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    delay, last = options.backoff, "no answer"
    for attempt in range(options.retries + 1):
        wait = delay
        try:
            request = urllib.request.Request(url, headers={
                "User-Agent": options.user_agent, "Accept-Encoding": "identity",
                "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, "
                          "*/*;q=0.5"})
            with urllib.request.urlopen(request, timeout=options.timeout) as response:  # noqa: S310 (http(s) only)
                data = response.read(options.max_bytes + 1)
                if len(data) > options.max_bytes:
                    raise FetchError(f"{url}: larger than {options.max_bytes:,} bytes, not read")
                if not is_url(response.geturl()):
                    raise FetchError(f"{url}: redirected away from http(s)")
                return data, response.geturl(), response.headers.get_content_type()
        except FetchError:
            raise
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code} {exc.reason}"
            if exc.code not in RETRY_STATUS:
                raise FetchError(f"{url}: {last}") from None
            after = (exc.headers or {}).get("Retry-After", "")
            if after.strip().isdigit():
                wait = max(wait, min(60.0, float(after)))
        except urllib.error.URLError as exc:
            reason = exc.reason
            last = "timed out" if isinstance(reason, (socket.timeout, TimeoutError)) else str(reason)
        except (TimeoutError, socket.timeout):
            last = f"timed out after {options.timeout:g} s"
        except Exception as exc:  # noqa: BLE001 (a torn connection, a bad header: one URL must not stop a feed)
            last = f"{type(exc).__name__}: {exc}"
        if attempt < options.retries:
            time.sleep(wait)
            delay *= 2
    tries = options.retries + 1
    raise FetchError(f"{url}: {last} (after {tries} {'try' if tries == 1 else 'tries'})")


def normalise_lang(value) -> str | None:
    """``fr-FR``, ``fr_FR``, ``FR`` -> ``fr``; None for nothing usable."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def html_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed item's content), one string each, whitespace collapsed; block
    elements and ``<br>`` end a paragraph; scripts, styles, figures and forms are dropped."""
    if "<" not in fragment:
        import html

        return [_squash(line) for line in html.unescape(fragment).splitlines() if _squash(line)]
    from lxml import etree
    from lxml import html as lhtml

    try:
        root = lhtml.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _squash("".join(current))
        if text:
            out.append(text)
        current.clear()

    def walk(element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is None or tag in _DROP:
            return
        block = tag in _BLOCK
        if block:
            flush()
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return out


_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "br", "tr", "table",
          "section", "article", "header", "dd", "dt", "dl", "figcaption", "hr", "address"}
_DROP = {"script", "style", "noscript", "template", "figure", "form", "button", "iframe", "svg", "nav", "aside"}


def _squash(text: str) -> str:
    """Whitespace collapsed as HTML collapses it: spaces, tabs and line breaks, never a no-break space (French puts
    one before « : ; ! ? » and inside guillemets, and the segmenter reads it)."""
    return re.sub(r"[ \t\n\r\f]+", " ", text).strip(" \t\n\r\f")


def _text(title: str, paragraphs: list[str]) -> str:
    title = _squash(title)
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return "\n".join(([title] if title else []) + paragraphs)


# ------------------------------------------------------------------------------------------------ feeds and pages

def _declares_entities(data: bytes) -> bool:
    head = data.decode("utf-16", "replace") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("latin-1")
    return re.search(r"<!ENTITY", head, re.IGNORECASE) is not None


def _kind(data: bytes, content_type: str = "") -> str:
    """feed, page or sitemap, from the content type and the first bytes."""
    head = data[:4096].decode("utf-8", "replace").lstrip("\ufeff \t\r\n").lower()
    if re.search(r"<urlset\b|<sitemapindex\b", head):
        return "sitemap"
    if re.search(r"<rss\b|<feed\b|<rdf:rdf\b|<channel\b", head):
        return "feed"
    if content_type == "text/html" or re.match(r"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<!doctype html|<html\b", head, re.S) \
            or re.search(r"<(head|body|article|p)\b", head):
        return "page"
    return "feed"


def read_feed(data: bytes, where: str, options: WebInputs | None = None) -> list[Item | Failed]:
    """The items of an RSS or Atom feed: title, text from the item's content (or summary; or the page it links to,
    with ``follow_links``), declared language, link and guid."""
    import feedparser

    options = options or WebInputs()
    if _declares_entities(data):
        return [Failed(where, f"{where}: the feed declares XML entities (<!ENTITY>): refused, since expanding them "
                              f"could exhaust memory")]
    try:
        parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    except Exception as exc:  # noqa: BLE001 (feedparser is lenient, but not with everything)
        return [Failed(where, f"{where}: not a readable feed ({type(exc).__name__}: {exc})")]
    problem = parsed.get("bozo_exception")
    if not parsed.entries:
        why = f": {problem}" if problem else ""
        if parsed.get("version"):
            return [Failed(where, f"{where}: the feed has no items{why}")]
        return [Failed(where, f"{where}: not an RSS or Atom feed{why}")]
    ill_formed = problem is not None and type(problem).__name__ == "SAXParseException"
    if ill_formed and not re.search(rb"</(?:\w+:)?(?:rss|feed|rdf)>\s*$", data[-256:], re.IGNORECASE):
        return [Failed(where, f"{where}: the feed ends early, not at its closing tag (truncated?): {problem}")]
    feed_lang = normalise_lang(parsed.feed.get("language"))
    items: list[Item | Failed] = []
    for n, entry in enumerate(parsed.entries, 1):
        at = f"{where}#{n}"
        fields = {k: v for k, v in entry.items() if isinstance(v, str)}
        link = entry.get("link") or ""
        fields.setdefault("link", link)
        fields["guid"] = entry.get("id") or ""
        title = _squash(" ".join(html_paragraphs(entry.get("title") or "")))
        lang = None
        for detail in (entry.get("title_detail"), *(entry.get("content") or []), entry.get("summary_detail")):
            if isinstance(detail, dict) and normalise_lang(detail.get("language")):
                lang = normalise_lang(detail.get("language"))
                break
        lang = lang or feed_lang
        metadata = {k: v for k, v in (("link", link), ("guid", entry.get("id")), ("feed", where),
                                      ("published", entry.get("published") or entry.get("updated"))) if v}
        if options.follow_links:
            if not link:
                items.append(Failed(at, f"{at}: the item has no link to follow", fields))
                continue
            page = read_url(link, options)
            for got in page:
                if isinstance(got, Item):
                    got = Item(got.where, {**got.fields, **fields}, got.title or title, got.text, got.lang or lang,
                               {**metadata, **got.metadata})
                else:
                    got = Failed(got.where, got.error, {**fields, **got.fields})
                items.append(got)
            continue
        content = entry.get("content") or []
        html_parts = [c.get("value", "") for c in content if "html" in (c.get("type") or "")] or \
            [c.get("value", "") for c in content]
        body = html_parts[0] if html_parts else (entry.get("summary") or "")
        text = _text(title, html_paragraphs(body))
        if not text.strip() or text.strip() == title:
            items.append(Failed(at, f"{at}: the item has no text (no content, no summary)", fields))
            continue
        items.append(Item(link or at, fields, title, text, lang, metadata))
    return items


def read_page(data: bytes, where: str, url: str | None = None) -> Item | Failed:
    """An HTML article page: its title and main text, its declared language, its link (the URL it was fetched from,
    else its canonical URL, else ``where``). trafilatura finds the main text (menus, sidebars, share buttons, footers
    dropped); a block that is nothing but links (a "read also" list inside the article, a "Baca juga: ..." line)
    goes too."""
    import trafilatura
    from lxml import etree

    from trafilatura.utils import decode_file

    raw = data.decode("utf-8", "replace")
    fields = {"link": url or where, "path": where}
    if url:
        fields["url"] = url
    try:
        html, restore = _keep_no_break_spaces(decode_file(data))
        xml = trafilatura.extract(html, url=url, output_format="xml", include_links=True, with_metadata=True,
                                  include_comments=False, include_tables=False, favor_precision=True)
        root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True,
                                                                     huge_tree=False)) if xml else None
    except Exception as exc:  # noqa: BLE001 (trafilatura and lxml raise many kinds on broken pages)
        return Failed(where, f"{where}: cannot read the page ({type(exc).__name__}: {exc})", fields)
    main = root.find("main") if root is not None else None
    paragraphs = [restore(p) for p in _blocks(main)] if main is not None else []
    if not paragraphs:
        return Failed(where, f"{where}: no article text found in the page", fields)
    title = restore(_squash(root.get("title") or ""))
    canonical = root.get("url")
    if canonical and not url:
        fields["link"] = canonical
    if canonical:
        fields["canonical"] = canonical
    fields["title"] = title
    match = re.search(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", raw[:20000], re.IGNORECASE)
    lang = normalise_lang(match.group(1)) if match else normalise_lang(root.get("language"))
    metadata = {k: v for k, v in (("url", url or canonical), ("file", None if url else where),
                                  ("published", root.get("date"))) if v}
    return Item(url or where, fields, title, _text(title, paragraphs), lang, metadata)


_NO_BREAK = {"\u00a0": re.compile(r"\u00a0|&nbsp;|&#160;|&#x0*a0;", re.IGNORECASE),
             "\u202f": re.compile(r"\u202f|&#8239;|&#x0*202f;", re.IGNORECASE)}
_STAND_INS = ("\u2e2c", "\u2e2d", "\u2e2e", "\u2e2f", "\u2e1e", "\u2e1f")


def _keep_no_break_spaces(html: str):
    """trafilatura turns no-break spaces into spaces; French typography needs them (« a », « b : c »). They go in as
    printable stand-ins the page does not use and come back after: (html, restore)."""
    free = [c for c in _STAND_INS if c not in html]
    if len(free) < len(_NO_BREAK):
        return html, lambda text: text
    pairs = list(zip(_NO_BREAK, free))
    for space, stand_in in pairs:
        html = _NO_BREAK[space].sub(stand_in, html)

    def restore(text: str) -> str:
        for space, stand_in in pairs:
            text = text.replace(stand_in, space)
        return text

    return html, restore


def _blocks(main) -> list[str]:
    """The paragraphs of trafilatura's XML ``<main>``: headings, paragraphs, quotes, list items (one a line), less
    the blocks made of links only."""
    out: list[str] = []
    for block in main:
        parts = block.findall("item") if block.tag == "list" else [block]
        for part in parts:
            text = _squash("".join(part.itertext()))
            if text and not _links_only(part, text):
                out.append(text)
    return out


def _links_only(element, text: str) -> bool:
    links = [_squash("".join(ref.itertext())) for ref in element.iter("ref")]
    if not any(links):
        return False
    rest = text
    for link in links:
        rest = rest.replace(link, " ", 1)
    return len(rest.split()) <= 3  # at most a label: "Baca juga:", "Lire aussi :", "Read also:"


def read_sitemap(data: bytes, where: str, options: WebInputs, depth: int = 0) -> list[Item | Failed]:
    """The pages a sitemap lists (``<urlset>``), or those of the sitemaps a sitemap index lists, fetched in turn."""
    try:
        from defusedxml import DefusedXmlException
        from defusedxml.ElementTree import ParseError, fromstring
    except ImportError:
        return [Failed(where, f"{where}: reading a sitemap needs defusedxml (pip install 'transcheck[feeds]')")]
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        return [Failed(where, f"{where}: not a readable sitemap ({type(exc).__name__}: {exc})")]
    locs = [el.text.strip() for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "loc" and el.text]
    if not locs:
        return [Failed(where, f"{where}: the sitemap lists no URL")]
    out: list[Item | Failed] = []
    index = root.tag.rsplit("}", 1)[-1] == "sitemapindex"
    for loc in locs[:MAX_SITEMAP_URLS]:
        if index:
            if depth >= 2:
                out.append(Failed(loc, f"{loc}: sitemap indexes nested too deep"))
                continue
            try:
                body, final, _ = fetch(loc, options.fetch)
            except FetchError as exc:
                out.append(Failed(loc, str(exc), {"link": loc}))
                continue
            out.extend(read_sitemap(body, final, options, depth + 1))
        else:
            out.extend(read_url(loc, options))
    return out


def read_bytes(data: bytes, where: str, options: WebInputs, url: str | None = None,
               content_type: str = "") -> list[Item | Failed]:
    """A feed, page or sitemap, told apart by its content type and first bytes."""
    if not data.strip():
        return [Failed(where, f"{where}: empty, nothing to audit", {"link": url or where})]
    if b"\x00" in data[:8192] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return [Failed(where, f"{where}: binary data, not a feed or a page", {"link": url or where})]
    kind = _kind(data, content_type)
    if kind == "sitemap":
        return read_sitemap(data, where, options)
    if kind == "page":
        return [read_page(data, where, url)]
    return read_feed(data, where, options)


def read_url(url: str, options: WebInputs) -> list[Item | Failed]:
    try:
        data, final, content_type = fetch(url, options.fetch)
    except FetchError as exc:
        return [Failed(url, str(exc), {"link": url, "url": url})]
    return read_bytes(data, final, options, url=final, content_type=content_type)


def read_web_input(path: str | Path, options: WebInputs) -> list[Item | Failed]:
    """The items of one input: a URL, a feed or page file, or a folder of them (all its files, in name order)."""
    name = str(path)
    if is_url(name):
        return read_url(name, options)
    p = Path(name)
    if not p.exists():
        raise InputError(f"{name}: no such file or directory")
    files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in WEB_SUFFIXES) if p.is_dir() else [p]
    out: list[Item | Failed] = []
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as exc:
            out.append(Failed(str(file), f"{file}: cannot read ({exc.strerror})", {"link": file.as_posix()}))
            continue
        out.extend(read_bytes(data, str(file), options, content_type=_suffix_type(file)))
    return out


def _suffix_type(file: Path) -> str:
    return "text/html" if file.suffix.lower() in PAGE_SUFFIXES else ""


# -------------------------------------------------------------------------------------------------------- pairing

def paired_records(paths: Iterable[str | Path], source_lang: str | None, target_lang: str | None,
                   options: WebInputs, group: bool = True) -> Iterator:
    """Records from feeds and pages, their items paired by ``options.pairing``: an article's translations audited
    together with its source (one :class:`checker.batch.Versions` record, id the article's) when it has several and
    ``group``, else one :class:`checker.batch.Article` per translation (id ``ARTICLE.<lang>``). An item that could
    not be read, or paired, or whose source is missing, becomes a BadRecord (id ``ARTICLE.<lang>`` for a translation
    that could not be read; the other translations of its article are audited without it)."""
    from .batch import Article, BadRecord, Versions
    from .langid import detect_language

    if source_lang is None:
        raise InputError("feeds and pages need --source-lang, to tell the source articles from their translations")
    rule = options.pairing
    groups: dict[str, dict[str, Item | Failed]] = {}
    for path in paths:
        for item in read_web_input(path, options):
            key = rule.key(item) if item.fields else None
            if key is None:
                if isinstance(item, Failed):
                    yield BadRecord(item.where, item.error)
                else:
                    yield BadRecord(item.where, f"{item.where}: its {rule.field} "
                                                f"{item.fields.get(rule.field)!r} does not match the pairing rule "
                                                f"{rule.pattern!r}", item.metadata)
                continue
            article_id, lang = key
            if lang is None and isinstance(item, Item):
                lang = item.lang
                if lang is None:
                    try:
                        lang = detect_language(item.text, item.where)
                    except InputError as exc:
                        yield BadRecord(item.where, f"{exc} (or give the pairing rule a (?P<lang>...) group)",
                                        item.metadata)
                        continue
            if lang is None:  # a failure whose link names the article but not its language
                yield BadRecord(item.where, item.error)
                continue
            editions = groups.setdefault(article_id, {})
            if lang in editions:
                first = editions[lang].where
                yield BadRecord(item.where, f"{item.where}: a second {lang} version of article {article_id!r} "
                                            f"(the first: {first})", getattr(item, "metadata", {}))
                continue
            editions[lang] = item
    for article_id, editions in groups.items():
        source = editions.get(source_lang)
        langs = sorted(lang for lang in editions if lang != source_lang and target_lang in (None, lang))
        if source is None:
            for lang in langs:
                yield BadRecord(f"{article_id}.{lang}", f"no {source_lang} version of article {article_id!r} "
                                                        f"beside {editions[lang].where}", _meta(editions[lang]))
            continue
        if not langs:
            options.skipped.append(article_id)
            continue
        if isinstance(source, Failed):
            for lang in langs:
                yield BadRecord(f"{article_id}.{lang}", f"the source could not be read: {source.error}",
                                _meta(editions[lang]))
            continue
        readable = [lang for lang in langs if isinstance(editions[lang], Item)]
        for lang in langs:
            if lang not in readable:
                yield BadRecord(f"{article_id}.{lang}", editions[lang].error, {"source": source.where})
        if group and len(readable) > 1:
            metadata = {"article": article_id, "source": source.metadata,
                        "translations": {lang: editions[lang].metadata for lang in readable}}
            yield Versions(article_id, source.text, tuple((lang, editions[lang].text, editions[lang].where)
                                                          for lang in readable),
                           source_lang, metadata, source.where)
            continue
        for lang in readable:
            tr = editions[lang]
            metadata = {"article": article_id, "source": source.metadata, "translation": tr.metadata}
            yield Article(f"{article_id}.{lang}", source.text, tr.text, source_lang, lang, metadata, source.where,
                          tr.where)


def _meta(item: Item | Failed) -> dict:
    return item.metadata if isinstance(item, Item) else {"where": item.where}
