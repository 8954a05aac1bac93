"""The language checks on a real NTREX-128 document: wrong-language sentences, copied sources, untranslated words."""

from checker import Settings, audit
from conftest import ntrex_lines

DOC = "rt.com.91337"


def lang_findings(src_lines, fr_lines, embedder, **settings):
    report = audit("\n".join(src_lines), "\n".join(fr_lines), "id", "fr", embedder=embedder, segmented=True,
                   settings=Settings(**settings) if settings else None)
    return [f for f in report.findings if f.code.startswith("LANG")]


def test_clean_document_has_no_language_finding(embedder):
    assert lang_findings(ntrex_lines(DOC, "id"), ntrex_lines(DOC, "fr"), embedder) == []


def test_english_sentence_left_in_the_french(embedder):
    src, fr, en = ntrex_lines(DOC, "id"), ntrex_lines(DOC, "fr"), ntrex_lines(DOC, "en")
    found = lang_findings(src, fr[:2] + [en[2]] + fr[3:], embedder)
    assert [(f.code, f.severity, f.evidence["detected"], f.spans[0].text) for f in found] == \
        [("LANG001", "error", "en", en[2])]


def test_boilerplate_is_information(embedder):
    src, fr = ntrex_lines(DOC, "id"), ntrex_lines(DOC, "fr")
    footer = "This article was machine-translated and may contain errors in names and figures."
    found = lang_findings(src + ["Artikel ini diterjemahkan secara otomatis."], fr + [footer], embedder)
    assert [(f.code, f.severity) for f in found] == [("LANG001", "info")]
    found = lang_findings(src + ["Artikel ini diterjemahkan secara otomatis."], fr + [footer], embedder,
                          boilerplate=())
    assert [(f.code, f.severity) for f in found] == [("LANG001", "error")]


def test_source_sentence_copied_untranslated(embedder):
    src, fr = ntrex_lines(DOC, "id"), ntrex_lines(DOC, "fr")
    found = lang_findings(src, fr[:3] + [src[3]] + fr[4:], embedder)
    assert [(f.code, f.spans[0].text, f.spans[1].text) for f in found] == [("LANG002", src[3], src[3])]


def test_source_word_left_untranslated(embedder):
    src, fr = ntrex_lines(DOC, "id"), ntrex_lines(DOC, "fr")
    # « voisin » (neighbour) left as the source's « tetangga »
    assert "tetangga" in src[2] and "voisin grec" in fr[2]
    changed = fr[:2] + [fr[2].replace("voisin grec", "tetangga grec")] + fr[3:]
    found = lang_findings(src, changed, embedder)
    assert [(f.code, f.spans[0].text, f.severity) for f in found] == [("LANG003", "tetangga", "warning")]
    assert changed[2].find("tetangga") >= 0


def test_translation_in_another_language_altogether(embedder):
    src, en = ntrex_lines(DOC, "id"), ntrex_lines(DOC, "en")
    found = lang_findings(src, en, embedder)
    assert [(f.code, f.evidence["detected"]) for f in found] == [("LANG004", "en")]
