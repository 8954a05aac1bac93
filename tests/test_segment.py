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


# --- Chinese, Japanese, Arabic: NTREX-128 documents, written as they are (no space between Chinese or Japanese
# sentences), and the marks of right-to-left text ---------------------------------------------------------------

def _article(doc_id, lang):
    from checker.lang import language

    lines = ntrex_lines(doc_id, lang)
    return lines, lines[0] + "\n" + language(lang).sentence_joiner.join(lines[1:])


@pytest.mark.parametrize("doc_id", NTREX_DOCS[1:])
@pytest.mark.parametrize("lang", ["zh", "ja", "ar"])
def test_ntrex_gold_boundaries_unspaced_and_right_to_left(doc_id, lang):
    lines, text = _article(doc_id, lang)
    got = sentences(text, lang)
    assert got == lines  # the headline is a paragraph of its own


def test_chinese_document_differs_from_gold_only_where_the_gold_has_no_punctuation():
    lines, text = _article("bbc.381790", "zh")
    got = sentences(text, "zh")
    # the reference's line 4 ends with 押韵" and no 。: nothing says a sentence ends there
    assert lines[4].endswith('押韵"') and got[4] == lines[4] + lines[5]
    assert got[:4] == lines[:4] and got[5:] == lines[6:]


def test_japanese_document_differs_from_gold_only_where_the_gold_line_holds_two_sentences():
    lines, text = _article("bbc.381790", "ja")
    got = sentences(text, "ja")
    first, second = "現在、名称変更の草案を起草中の議員委員会は、次のように述べた。", "「議会議員の呼称に関する最終決定は"
    assert lines[9].startswith(first + second)
    assert got[9] == first and got[10] == lines[9][len(first):]
    assert got[:9] == lines[:9] and got[11:] == lines[10:]


def test_chinese_full_width_punctuation_and_quotes():
    text = "“我们会来。”他说。人们担心吗？当然！“这是《人民日报》的报道。”他补充道：“不。”然后呢?好。3.5万人到场。"
    assert sentences(text, "zh") == [
        "“我们会来。”", "他说。", "人们担心吗？", "当然！", "“这是《人民日报》的报道。”", "他补充道：“不。”", "然后呢?",
        "好。", "3.5万人到场。"]


def test_chinese_straight_quote_opens_the_next_sentence_when_none_is_open():
    text = '斯图里奇告诉 LiverpoolFC.com。"我看到Kante 冲过来，就射门了。"比利时球星表示。'
    assert sentences(text, "zh") == ['斯图里奇告诉 LiverpoolFC.com。', '"我看到Kante 冲过来，就射门了。"', '比利时球星表示。']


def test_chinese_quotes_of_the_wrong_shape_close_and_open_by_what_is_open():
    # NTREX-128 zho_CN, the lines as the translator typed them: a quotation opened with " or “ and closed with “.
    text = ('“人们以不同的方式进行社交”，如今他说道。“酒吧不再是三街四坊的人们经常光顾的会客室。“'
            '至于教堂，他担心变卖资产所得的资金不会维持到领导人所预期的那么久。'
            '"我们将要同朝鲜开战。几百万人将会送命。我们现在的关系非常不错。“他说他努力改善与金正恩的关系。')
    assert sentences(text, "zh") == [
        "“人们以不同的方式进行社交”，如今他说道。", "“酒吧不再是三街四坊的人们经常光顾的会客室。“",
        "至于教堂，他担心变卖资产所得的资金不会维持到领导人所预期的那么久。", '"我们将要同朝鲜开战。', "几百万人将会送命。",
        "我们现在的关系非常不错。“", "他说他努力改善与金正恩的关系。"]


def test_a_closing_quote_puts_the_reading_back_in_step():
    # A ” closes whatever was open: the “ after the next 。 opens the next sentence, though a quote was left unpaired.
    text = "他说“我们会赢。队员们都很好。”“明天再来。”"
    assert sentences(text, "zh") == ["他说“我们会赢。", "队员们都很好。”", "“明天再来。”"]


def test_straight_quotes_after_a_period_close_before_a_space():
    # NTREX-128's lines write an escaped quote as "": both close the sentence before them.
    text = 'It was "over." Then I left. "Nobody stayed."" The end.'
    assert sentences(text, "en") == ['It was "over."', "Then I left.", '"Nobody stayed.""', "The end."]


def test_japanese_quotation_that_goes_on_as_the_verbs_object():
    text = "「全員海から出るように叫んだ。サメがいるって！」ハメルは語る。「彼は無敵ではない。」と彼は述べた。ところが、「終わりだ。」ところで次。"
    assert sentences(text, "ja") == [
        "「全員海から出るように叫んだ。", "サメがいるって！」", "ハメルは語る。", "「彼は無敵ではない。」と彼は述べた。",
        "ところが、「終わりだ。」", "ところで次。"]


def test_arabic_question_mark_comma_semicolon_and_abbreviation():
    text = "هل أنت مستعد؟ قال د. فورد إنه مستعد، وإنه سيأتي؛ ثم غادر. وأضاف: \"نحن هنا.\" وانتهى الاجتماع."
    assert sentences(text, "ar") == [
        "هل أنت مستعد؟", "قال د. فورد إنه مستعد، وإنه سيأتي؛ ثم غادر.", "وأضاف: \"نحن هنا.\"", "وانتهى الاجتماع."]


def test_arabic_right_to_left_marks_and_tatweel_keep_offsets_into_the_text_as_read():
    lines, _ = _article("reuters.218882", "ar")
    # direction marks after each full stop and around the text, tatweel stretching words: as Arabic sites publish
    body = "\u200f" + " \u200f".join(line.replace("ال", "الـ", 1) for line in lines[1:]) + "\u200f"
    got = sentences(body, "ar")
    assert [s.replace("الـ", "ال", 1) for s in got] == lines[1:]
    segs = segment(body, "ar")
    assert all(body[s.start:s.end] == s.text and not s.text.startswith("\u200f") for s in segs)
    assert "\u0640" in segs[0].text and "\u0640" not in segs[0].norm and "\u200f" not in segs[-1].norm


def test_rtl_mark_between_terminator_and_next_sentence():
    text = "انتهى الاجتماع.\u200f بدأ اجتماع آخر.\u200f\u200f وانتهى أيضا."
    assert sentences(text, "ar") == ["انتهى الاجتماع.", "بدأ اجتماع آخر.", "وانتهى أيضا."]


def test_full_width_forms_are_ascii_for_comparing_only():
    segs = segment("２０２２年にＡＩが来た。　それから。", "ja")
    assert [s.text for s in segs] == ["２０２２年にＡＩが来た。", "それから。"]
    assert segs[0].norm == "2022年にAIが来た。"
