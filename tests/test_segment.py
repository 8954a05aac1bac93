import unicodedata

import pytest

from checker.segment import paragraphs, segment, split_sentences
from conftest import EXAMPLE, NTREX_DOCS, ntrex_lines


def sentences(text, lang, **kw):
    segs = segment(text, lang, **kw)
    for s in segs:  # offsets always point into the text as read
        assert text[s.start:s.end] == s.text
    return [s.text for s in segs]


def test_french_quotes_and_spaces_before_punctuation():
    text = ("« Les gangsters sont organisés. Certains parlent des langues non kazakhes. » Le président a parlé. "
            "Pourquoi ? Parce que « c’est grave ! » a-t-il dit. Voici : la suite.")
    assert sentences(text, "fr") == [
        "« Les gangsters sont organisés.",
        "Certains parlent des langues non kazakhes. »",
        "Le président a parlé.",
        "Pourquoi ?",
        "Parce que « c’est grave ! » a-t-il dit.",
        "Voici : la suite.",
    ]


def test_no_break_spaces_before_french_punctuation():
    text = "Vraiment\u202f? Oui\u00a0! « Bien\u00a0» Fin."
    assert sentences(text, "fr") == ["Vraiment\u202f?", "Oui\u00a0!", "« Bien\u00a0» Fin."]


def test_quote_spanning_sentences_keeps_its_attribution():
    text = ("« Il y a eu au moins six vagues d’attaques. Au total 20 000 », a-t-il écrit sur son compte Twitter, "
            "citant TASS le 8 janvier. Ensuite il est parti.")
    assert sentences(text, "fr") == [
        "« Il y a eu au moins six vagues d’attaques.",
        "Au total 20 000 », a-t-il écrit sur son compte Twitter, citant TASS le 8 janvier.",
        "Ensuite il est parti.",
    ]
    text = '"Saat ini, operasi terus berlangsung. Polisi bekerja," katanya. Sementara itu, Tokayev pergi.'
    assert sentences(text, "id") == ['"Saat ini, operasi terus berlangsung.', 'Polisi bekerja," katanya.',
                                     "Sementara itu, Tokayev pergi."]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "M. Tokaïev a parlé à Mme Dupont. Le Dr. Martin aussi.",
     ["M. Tokaïev a parlé à Mme Dupont.", "Le Dr. Martin aussi."]),
    ("en", "Mr. Smith met Sen. Graham in the U.S. Capitol. They spoke at 9 a.m. Monday.",
     ["Mr. Smith met Sen. Graham in the U.S. Capitol.", "They spoke at 9 a.m. Monday."]),
    ("id", "Prof. Dr. H. Rahman tinggal di Jl. Sudirman No. 5. Ia lahir di Medan.",
     ["Prof. Dr. H. Rahman tinggal di Jl. Sudirman No. 5.", "Ia lahir di Medan."]),
    ("en", "J. K. Rowling wrote it. Then she left.", ["J. K. Rowling wrote it.", "Then she left."]),
])
def test_abbreviations_and_initials(lang, text, expected):
    assert sentences(text, lang) == expected


def test_dateline_and_indonesian_date_shorthand():
    text = ("JAKARTA - Presiden Tokayev mengatakan, Jumat (7/1), ada enam gelombang serangan. "
            "Pada Sabtu (8/1/2022) situasi membaik. Kota Almaty tetap tegang.")
    assert sentences(text, "id") == [
        "JAKARTA - Presiden Tokayev mengatakan, Jumat (7/1), ada enam gelombang serangan.",
        "Pada Sabtu (8/1/2022) situasi membaik.",
        "Kota Almaty tetap tegang.",
    ]


def test_decimals_ellipsis_and_lowercase_continuations():
    text = "Le taux est de 3,5 % ou 3.5 points... selon lui. Il a dit : « non. » et puis rien… Enfin, fin."
    assert sentences(text, "fr") == ["Le taux est de 3,5 % ou 3.5 points... selon lui.",
                                     "Il a dit : « non. » et puis rien…", "Enfin, fin."]


def test_offsets_survive_crlf_and_nfd():
    text = unicodedata.normalize("NFD", "Première phrase à Almaty.\r\nDeuxième phrase, déjà.\r\n")
    segs = segment(text, "fr")
    assert [s.paragraph for s in segs] == [0, 1]
    assert [text[s.start:s.end] for s in segs] == [s.text for s in segs]
    assert segs[0].norm == "Première phrase à Almaty."  # compared in NFC
    assert segs[0].text != segs[0].norm  # shown as read (NFD)


def test_markdown_structure():
    text = ("---\ntitle: x\n---\n# Kazakhstan : six vagues d’attaques\n\nPremier paragraphe sur\ndeux lignes. "
            "Une autre phrase.\n\n- un point de liste\n- un autre point\n\n```\ncode. Pas. Prose.\n```\n> Une citation.\n")
    segs = segment(text, "fr", markdown=True)
    assert [s.text for s in segs] == [
        "Kazakhstan : six vagues d’attaques",
        "Premier paragraphe sur\ndeux lignes.",
        "Une autre phrase.",
        "un point de liste",
        "un autre point",
        "Une citation.",
    ]
    assert [s.paragraph for s in segs] == [0, 1, 1, 2, 3, 4]


def test_plain_text_lines_are_paragraphs():
    assert paragraphs("  Un.\n\n Deux. \r\nTrois") == [(2, 5), (8, 13), (16, 21)]


def test_segmented_keeps_lines():
    text = "Une phrase. Et une autre sur la même ligne.\n\nDeuxième ligne\n"
    assert sentences(text, "fr", segmented=True) == ["Une phrase. Et une autre sur la même ligne.", "Deuxième ligne"]


def test_example_article_sentences():
    text = (EXAMPLE / "article.fr.txt").read_text(encoding="utf-8")
    got = sentences(text, "fr")
    assert len(got) == 23
    assert got[0].startswith("JAKARTA - Il y a eu six vagues")
    assert got[3].endswith("totalisant 20 000 », a-t-il écrit sur son compte Twitter, citant TASS le 8 janvier.")
    assert got[-1].endswith("(system supported by DigitalSiber.id)")


@pytest.mark.parametrize("doc_id", NTREX_DOCS)
@pytest.mark.parametrize("lang", ["id", "fr", "en"])
def test_ntrex_gold_boundaries(doc_id, lang):
    lines = ntrex_lines(doc_id, lang)
    body = " ".join(lines[1:])
    text = lines[0] + "\n" + body
    got = [text[s:e] for s, e in split_sentences(text, len(lines[0]) + 1, len(text), lang)]
    assert got == lines[1:]
