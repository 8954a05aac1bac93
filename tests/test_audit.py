import json
from pathlib import Path

import jsonschema
import pytest

import checker
from checker import Settings, audit
from checker.report import render_json, render_text
from conftest import ntrex_lines

SCHEMA = json.loads((Path(checker.__file__).parent / "report" / "schema.json").read_text(encoding="utf-8"))


def test_example_reports_the_english_footer_as_added(example_report, example_texts):
    _, fr = example_texts
    # in document order; the footer is known boilerplate, so its findings are information
    assert [(f.code, f.severity) for f in example_report.findings] == [
        ("NAME001", "warning"), ("COV002", "info"), ("LANG001", "info"), ("COV002", "info"), ("LANG001", "info")]
    codes = [(f.code, f.spans[0].text) for f in example_report.findings if f.code.startswith("COV")]
    assert codes[0][1].startswith("The English, Chinese, Japanese, Arabic, and French versions")
    assert codes[1][1].endswith("(system supported by DigitalSiber.id)")
    for f in example_report.findings[1:]:
        span = f.spans[0]
        assert span.side == "translation" and fr[span.start:span.end] == span.text
    assert example_report.fails("warning") and not example_report.fails("error")
    assert not example_report.fails("never")


def test_example_alignment_links_the_split_sentence(example_report):
    kinds = [link.kind for link in example_report.alignment.links]
    assert kinds.count("1-2") == 1 and kinds.count("0-1") == 2 and "1-0" not in kinds
    link = next(link for link in example_report.alignment.links if link.kind == "1-2")
    src = example_report.source.segments[link.source[0]].text
    assert src.startswith("Pekerjaan berskala besar")
    assert all(link.similarity > 0.8 for link in example_report.alignment.pairs())


def test_json_report_follows_its_schema_and_is_deterministic(example_texts, example_report, embedder):
    data = json.loads(render_json(example_report))
    jsonschema.validate(data, SCHEMA)
    assert data["summary"] == {"findings": 5, "error": 0, "warning": 1, "info": 4}
    assert data["signature"]["string"].startswith("transcheck:" + checker.__version__ + "|langs:id-fr|")
    again = audit(*example_texts, "id", "fr", embedder=embedder)
    assert render_json(again) == render_json(example_report)


def test_text_report_shows_summary_findings_and_alignment(example_report):
    out = render_text(example_report, width=120)
    assert "20 source sentences, 23 translation sentences" in out
    assert out.splitlines()[0] == "transcheck: source (id) -> translation (fr)"
    assert out.count("INFO COV002") == 2 and "at translation:14:1" in out
    assert "Alignment" in out and "<- COV002" in out
    assert "signature: transcheck:" in out
    assert "\033[" not in out


def test_languages_are_detected(example_texts, embedder):
    report = audit(*example_texts, embedder=embedder)
    assert (report.source.language, report.translation.language) == ("id", "fr")


def test_omission_and_addition_in_a_real_document(embedder):
    src, fr = ntrex_lines("bbc.381790", "id"), ntrex_lines("bbc.381790", "fr")
    foreign = ntrex_lines("rt.com.91337", "fr")[3]
    edited = fr[:4] + [foreign] + fr[4:9] + fr[10:]
    report = audit("\n".join(src), "\n".join(edited), "id", "fr", embedder=embedder)
    found = {(f.code, f.spans[0].text) for f in report.findings}
    assert ("COV001", src[9]) in found
    assert ("COV002", foreign) in found
    # and one finding of the numbers check that the clean pair has too (see tests/test_numbers.py)
    assert {c for c, _ in found} == {"COV001", "COV002", "NUM003"}


def test_mistranslation_check_reads_similarity_and_contrast(embedder):
    src = ntrex_lines("rt.com.91337", "id")
    fr = ntrex_lines("rt.com.91337", "fr")
    clean = audit("\n".join(src), "\n".join(fr), "id", "fr", embedder=embedder, segmented=True)
    assert clean.findings == ()
    # the fourth sentence replaced by one about something else entirely
    wrong = "Ajoutez deux cuillères de sucre et mélangez la pâte pendant cinq minutes."
    text = "\n".join(fr[:3] + [wrong] + fr[4:])
    report = audit("\n".join(src), text, "id", "fr", embedder=embedder, segmented=True)
    sims = [link.similarity for link in report.alignment.pairs()]
    assert [link.kind for link in report.alignment.links] == ["1-1"] * 6
    assert min(sims) == sims[3]  # the replaced pair is the least similar of the article

    def mean_findings(**thresholds):
        r = audit("\n".join(src), text, "id", "fr", embedder=embedder, segmented=True, settings=Settings(**thresholds))
        return [f for f in r.findings if f.code == "MEAN001"]

    # a similarity threshold between the replaced pair and the next lowest flags exactly that pair
    between = (sims[3] + sorted(sims)[1]) / 2
    found = mean_findings(mistranslation_threshold=between, mistranslation_contrast=-1.0)
    assert [f.spans[1].text for f in found] == [wrong]
    assert found[0].severity == "warning" and found[0].spans[0].text == src[3]
    assert "similarity" in found[0].message
    # the contrast reading: the replaced pair is no closer to each other than to the rest of the article
    found = mean_findings(mistranslation_threshold=0.0, mistranslation_contrast=0.0)
    assert [f.spans[1].text for f in found] == [wrong]
    assert found[0].evidence["contrast"] < 0 and "rest of the article" in found[0].message


def test_bad_library_input(embedder):
    with pytest.raises(checker.InputError, match="empty"):
        audit("", "Une phrase.", "id", "fr", embedder=embedder)
    with pytest.raises(ValueError, match="fail_on"):
        Settings(fail_on="sometimes")
