"""Every language: the sixteen NTREX-128 languages audit both ways without an exception and the report says which
checks ran; the language checks in Chinese, Japanese, Arabic and English as targets of an Indonesian source, on real
NTREX-128 documents; words and their frequencies where spaces do not separate words."""

import pytest

from checker import Settings, audit
from checker.config import BackTranslationSettings
from checker.lang import language
from conftest import ntrex_lines

SIXTEEN = ("ar", "de", "fil", "fr", "id", "ja", "kk", "ms", "nl", "pt", "ru", "es", "tr", "vi", "zh", "en")
CHECKS = ("coverage", "glossary", "language", "meaning", "names", "numbers", "polarity", "terms", "words")
OFF = Settings(back_translation=BackTranslationSettings(mode="off"))
DOC = "rt.com.91337"


def text(lines, lang):
    """As a news site prints it: the headline on its own line, the body one paragraph (no space between Chinese or
    Japanese sentences)."""
    return lines[0] + "\n" + language(lang).sentence_joiner.join(lines[1:])


@pytest.mark.parametrize("direction", ["id->X", "X->fr"])
@pytest.mark.parametrize("code", SIXTEEN)
def test_every_ntrex_language_audits_both_ways(code, direction, embedder):
    doc = "euronews-en.153835"  # four sentences: the shortest of the test documents
    s, t = ("id", code) if direction == "id->X" else (code, "fr")
    report = audit(text(ntrex_lines(doc, s), s), text(ntrex_lines(doc, t), t), s, t, embedder=embedder,
                   settings=OFF)
    runs = {run.name: run for run in report.checks}
    assert tuple(runs) == CHECKS
    assert runs["glossary"].status == "skipped" and runs["glossary"].not_run == (("*", "no glossary given "
                                                                                  "(--glossary)"),)
    for name in ("coverage", "language", "meaning", "names", "numbers"):
        assert runs[name].status in ("ran", "partial"), runs[name]
    assert dict(runs["meaning"].not_run) == {"MEAN002": "no back-translation (see back_translation for why)"}
    # NTREX-128's Russian third line holds two sentences (« ... людей. Землетрясение произошло ... »)
    kinds = {("id", "ru"): ["1-1", "1-1", "1-2", "1-1"], ("ru", "fr"): ["1-1", "1-1", "2-1", "1-1"]}
    assert [link.kind for link in report.alignment.links] == kinds.get((s, t), ["1-1"] * 4)
    if s != t and {s, t} <= {"id", "fr", "en", "zh", "ja", "ar"}:  # the same language twice is a copy (LANG002)
        assert [f for f in report.findings if f.code.startswith("LANG")] == []


def test_what_cannot_run_for_kazakh_is_said_not_raised(embedder):
    doc = "euronews-en.153835"
    report = audit(text(ntrex_lines(doc, "id"), "id"), text(ntrex_lines(doc, "kk"), "kk"), "id", "kk",
                   embedder=embedder, settings=OFF)
    runs = {run.name: run for run in report.checks}
    assert runs["language"].status == "partial"
    assert dict(runs["language"].not_run) == {
        "LANG003": "no word frequencies for « kk » (wordfreq has no list)",
        "LANG004": "the language identifier (langdetect) has no profile of « kk »"}
    assert "LANG003" not in runs["language"].rules and "LANG001" in runs["language"].rules
    data = report.to_dict()
    assert data["schema_version"] == "1.5"
    assert {"name": "language", "status": "partial", "rules": ["LANG001", "LANG002"],
            "not_run": [{"rule": "LANG003", "reason": "no word frequencies for « kk » (wordfreq has no list)"},
                        {"rule": "LANG004", "reason": "the language identifier (langdetect) has no profile of « kk »"}]
            } in data["checks"]


def test_a_check_that_fails_is_reported_and_the_audit_goes_on(embedder, monkeypatch):
    from checker.checks import numbers

    def broken(self, ctx):
        raise LookupError("no table for this language")
        yield  # pragma: no cover

    monkeypatch.setattr(numbers.NumbersCheck, "run", broken)
    src, fr = ntrex_lines(DOC, "id"), ntrex_lines(DOC, "fr")
    report = audit(text(src, "id"), text(fr, "fr"), "id", "fr", embedder=embedder, settings=OFF)
    runs = {run.name: run for run in report.checks}
    assert runs["numbers"].status == "failed"
    assert runs["numbers"].not_run == (("*", "stopped on an error: LookupError: no table for this language"),)
    assert runs["language"].status == "ran" and runs["coverage"].status == "ran"


# --- the language checks, per target language -------------------------------------------------------------------

def lang_findings(src_lines, tgt_lines, target, embedder):
    report = audit(text(src_lines, "id"), text(tgt_lines, target), "id", target, embedder=embedder, settings=OFF)
    return [f for f in report.findings if f.code.startswith("LANG")]


def where(finding):
    return finding.spans[-1].text


@pytest.mark.parametrize("target", ["zh", "ja", "ar", "en"])
def test_clean_document_has_no_language_finding(target, embedder):
    assert lang_findings(ntrex_lines(DOC, "id"), ntrex_lines(DOC, target), target, embedder) == []


@pytest.mark.parametrize("target", ["zh", "ja", "ar"])
def test_english_sentence_left_in_the_translation(target, embedder):
    src, tgt, en = ntrex_lines(DOC, "id"), ntrex_lines(DOC, target), ntrex_lines(DOC, "en")
    found = lang_findings(src, tgt[:3] + [en[3]] + tgt[4:], target, embedder)
    assert [(f.code, f.severity, f.evidence["detected"], where(f)) for f in found] == [
        ("LANG001", "error", "en", en[3])]


@pytest.mark.parametrize("target", ["zh", "ja", "ar", "en"])
def test_source_sentence_copied_untranslated(target, embedder):
    src, tgt = ntrex_lines(DOC, "id"), ntrex_lines(DOC, target)
    found = lang_findings(src, tgt[:3] + [src[3]] + tgt[4:], target, embedder)
    assert [(f.code, f.spans[0].text, where(f)) for f in found] == [("LANG002", src[3], src[3])]


@pytest.mark.parametrize("target", ["zh", "ja", "ar"])
def test_indonesian_headline_of_capitalised_words_in_another_script(target, embedder):
    """NTREX-128 reuters.218911's Indonesian headline, every word capitalised, in a Chinese, Japanese or Arabic
    translation: names are carried over in any script, but a run of five Latin words or more, capitalised or not,
    is no name. Without a full stop, the headline runs into the next sentence: the finding is then on the headline
    inside it (Arabic, Japanese), or on the whole where the headline is most of its letters (Chinese)."""
    src, tgt = ntrex_lines(DOC, "id"), ntrex_lines(DOC, target)
    headline = "Babi Pembunuh Menganiaya Petani Cina sampai Meninggal"
    found = lang_findings(src, tgt[:3] + [headline] + tgt[4:], target, embedder)
    assert [(f.code, f.evidence["detected"]) for f in found] == [("LANG001", "id")]
    assert where(found[0]).strip().startswith(headline)


@pytest.mark.parametrize("target", ["zh", "ja", "ar"])
def test_sentence_in_another_script(target, embedder):
    # a Russian sentence (NTREX-128's reference) in a Chinese, Japanese or Arabic translation: the detector,
    # restricted to the audit's languages, cannot name it; its Cyrillic letters send it to the open detector
    src, tgt, ru = ntrex_lines(DOC, "id"), ntrex_lines(DOC, target), ntrex_lines(DOC, "ru")
    found = lang_findings(src, tgt[:3] + [ru[3]] + tgt[4:], target, embedder)
    assert [(f.code, f.evidence["detected"], where(f)) for f in found] == [("LANG001", "ru", ru[3])]


@pytest.mark.parametrize("target, common, spaced", [("zh", "邻国", False), ("ja", "隣国", False),
                                                    ("ar", "المجاورة", True)])
def test_indonesian_word_left_in_the_sentence(target, common, spaced, embedder):
    # « neighbour » left as the source's « tetangga », in Latin letters inside the sentence
    src, tgt = ntrex_lines(DOC, "id"), ntrex_lines(DOC, target)
    assert "tetangga" in src[2] and common in tgt[2]
    changed = tgt[:2] + [tgt[2].replace(common, "tetangga" if spaced else " tetangga ", 1)] + tgt[3:]
    found = lang_findings(src, changed, target, embedder)
    assert [(f.code, where(f), f.severity) for f in found] == [("LANG003", "tetangga", "warning")]


@pytest.mark.parametrize("target, common, spaced", [("zh", "北方", False), ("ja", "北の", False),
                                                    ("ar", "الشمال", True)])
def test_indonesian_word_with_its_clitic_left_in_a_script_without_case(target, common, spaced, embedder):
    # « its northern » left as the source's « utaranya » (utara + -nya): the article's only lower-case Latin word,
    # which once made the whole translation look like another language's and silenced the words check
    src, tgt = ntrex_lines(DOC, "id"), ntrex_lines(DOC, target)
    assert "utaranya" in src[3] and common in tgt[3]
    changed = tgt[:3] + [tgt[3].replace(common, "utaranya" if spaced else " utaranya ", 1)] + tgt[4:]
    found = lang_findings(src, changed, target, embedder)
    assert [(f.code, where(f)) for f in found] == [("LANG005", "utaranya")]


def test_english_word_left_in_the_english_is_not_flagged_but_an_indonesian_one_is(embedder):
    src, en = ntrex_lines(DOC, "id"), ntrex_lines(DOC, "en")
    assert "dispute" in en[2] and "perselisihan" in src[2]
    found = lang_findings(src, en[:2] + [en[2].replace("dispute", "perselisihan", 1)] + en[3:], "en", embedder)
    assert [(f.code, where(f)) for f in found] == [("LANG003", "perselisihan")]


# --- words --------------------------------------------------------------------------------------------------------

def test_words_of_languages_that_write_no_spaces():
    zh, ja = language("zh"), language("ja")
    line = ntrex_lines(DOC, "zh")[4]  # 马其顿总统奥尔盖•伊万诺夫（ Gjorge Ivanov）反对…
    words = zh.words(line)
    assert words[:2] == ["马其顿", "总统"] and "Gjorge" in words and "Ivanov" in words
    assert all(line[s:e] == w for (s, e), w in zip(zh.word_spans(line), words))  # offsets into the line as read
    assert not any(w in "（）•，。" for w in words)
    line = ntrex_lines(DOC, "ja")[3]  # ギリシャは長年にわたり、…EUとNATOに加盟…
    words = ja.words(line)
    assert words[:3] == ["ギリシャ", "は", "長年"] and "EU" in words and "NATO" in words
    assert zh.count_words(ntrex_lines(DOC, "zh")[1]) > 10  # not one "word" because it has no space
    assert zh.tokenizer.startswith("jieba-") and ja.tokenizer.startswith("fugashi-")
    assert language("fr").tokenizer == "rules"


def test_word_frequencies_without_wordfreqs_own_tokenizers():
    zh, ja, ar = language("zh"), language("ja"), language("ar")
    assert zh.zipf("总统") > 4 and zh.zipf("總統") == zh.zipf("总统")  # traditional looked up as simplified
    assert ja.zipf("大統領") > 4 and ja.zipf("ｔｅｓｔ") == ja.zipf("test")  # NFKC, as wordfreq lists Japanese
    assert ar.zipf("الرئيس") > 4 and zh.zipf("pemerintah") == 0.0
    assert language("ko").zipf("대통령") > 3  # wordfreq's Korean tokenizer needs MeCab: looked up instead


def test_arabic_words_keep_their_marks():
    ar = language("ar")
    assert ar.words("قال الرئيس مُحَمَّد توكـــاييف") == ["قال", "الرئيس", "مُحَمَّد", "توكـــاييف"]
    assert language("fr").words("e\u0301te\u0301 à Paris") == ["e\u0301te\u0301", "à", "Paris"]


def test_scripts_from_cldr():
    assert language("zh").scripts == ("Hani",) and language("ja").scripts == ("Hani", "Hira", "Kana")
    assert language("ar").scripts == ("Arab",) and language("kk").scripts == ("Cyrl",)
    assert language("fr").scripts == ("Latn",) and language("fil").codes == ("fil", "tl")


# --- one audit per language through the command line, on the example's translations --------------------------------

@pytest.mark.parametrize("target", ["en", "zh", "ja", "ar"])
def test_cli_audits_the_examples_translation(target, tmp_path):
    import json

    from click.testing import CliRunner

    from checker.cli import main
    from conftest import EXAMPLE

    out = tmp_path / "report.json"
    res = CliRunner().invoke(main, ["audit", str(EXAMPLE / "article.id.txt"), str(EXAMPLE / f"article.{target}.txt"),
                                    "-f", "json", "-o", str(out), "--fail-on", "never"])
    assert res.exit_code == 0, res.output
    assert "Traceback" not in res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == "1.5" and data["translation"]["language"] == target  # detected
    assert [c["name"] for c in data["checks"]] == list(CHECKS)
    assert {c["name"]: c["status"] for c in data["checks"]}["glossary"] == "skipped"
    assert len(data["source"]["segments"]) == 20 and len(data["translation"]["segments"]) == 22
    lang = [(f["code"], f["severity"]) for f in data["findings"] if f["code"].startswith("LANG")]
    disclaimer = data["translation"]["segments"][20]["text"]
    assert disclaimer.startswith("The English, Chinese, Japanese, Arabic, and French versions")
    if target == "en":
        assert lang == []
        names = [f for f in data["findings"] if f["code"] == "NAME001"]
        assert len(names) == 1 and "« Tokaev » (1)" in names[0]["message"]
    else:
        assert lang == [("LANG001", "info"), ("LANG001", "info")]  # the English footer, known boilerplate
    assert data["signature"]["words"] == "rules+" + language(target).tokenizer
