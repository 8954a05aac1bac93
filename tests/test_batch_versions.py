"""Several translations of one source in `transcheck batch` (one record: each pair, and the versions against each
other), JSONL `translations`, resume, the formats of records, and the HTML versions view, escaped and checked in a real
browser (headless Chromium).

The texts are NTREX-128 documents (tests/data/ntrex, CC BY-SA 4.0, attributed in its README.md): an Indonesian source
with French, English and Spanish references."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker
from checker.batch import Article, BadRecord, Versions, read_inputs
from checker.cli import main
from checker.report.model import SCHEMA_VERSION
from conftest import DATA

SCHEMA = json.loads((Path(checker.__file__).parent / "report" / "schema.json").read_text(encoding="utf-8"))
LANGS = ("id", "fr", "en", "es")


def ntrex(doc: str, lang: str) -> str:
    return (DATA / "ntrex" / f"{doc}.{lang}.txt").read_text(encoding="utf-8")


def edited(doc: str, lang: str, old: str, new: str) -> str:
    text = ntrex(doc, lang)
    assert old in text
    return text.replace(old, new, 1)


def validate(report: dict) -> None:
    import jsonschema

    jsonschema.validate(report, SCHEMA)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """euro: the Spanish version turns Palu's 380 000 inhabitants into 580 000; reut: clean; bbc: one translation."""
    path = tmp_path_factory.mktemp("versions-feed")
    for lang in LANGS:
        (path / f"euro.{lang}.txt").write_text(ntrex("euronews-en.153835", lang), encoding="utf-8")
        (path / f"reut.{lang}.txt").write_text(ntrex("reuters.218882", lang), encoding="utf-8")
    (path / "euro.es.txt").write_text(edited("euronews-en.153835", "es", "380\xa0000", "580\xa0000"), encoding="utf-8")
    for lang in ("id", "fr"):
        (path / f"bbc.{lang}.txt").write_text(ntrex("bbc.381790", lang), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def folder_run(folder, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("versions-out") / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", "-s", "id", str(folder), "-o", str(out), "--back-translation", "off",
                                       "--jobs", "1"])
    return out, result


def test_a_folder_groups_the_translations_of_one_source(folder):
    records = list(read_inputs([folder], "id"))
    assert [r.id for r in records] == ["bbc.fr", "euro", "reut"]
    assert [type(r) for r in records] == [Article, Versions, Versions]
    assert [lang for lang, _, _ in records[1].translations] == ["en", "es", "fr"]
    assert records[1].translations[1][2] == str(folder / "euro.es.txt") and records[1].source_lang == "id"
    # one pair record per translation, as before grouping: read_inputs(group=False), or one language (-t)
    pairs = [r.id for r in read_inputs([folder], "id", group=False)]
    assert pairs == ["bbc.fr", "euro.en", "euro.es", "euro.fr", "reut.en", "reut.es", "reut.fr"]
    assert [r.id for r in read_inputs([folder], "id", "es")] == ["euro.es", "reut.es"]


def test_a_translation_that_cannot_be_read_leaves_the_others_audited(tmp_path):
    # as a feed's edition that fails: an error record of its own, the others one versions record (or a pair record)
    for lang in ("id", "fr", "en", "es"):
        (tmp_path / f"euro.{lang}.txt").write_text(ntrex("euronews-en.153835", lang), encoding="utf-8")
        (tmp_path / f"reut.{lang}.txt").write_text(ntrex("reuters.218882", lang), encoding="utf-8")
    (tmp_path / "euro.es.txt").write_text("", encoding="utf-8")  # empty: nothing to audit
    (tmp_path / "reut.en.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "reut.es.txt").write_text("", encoding="utf-8")
    records = list(read_inputs([tmp_path], "id"))
    assert [(type(r).__name__, r.id) for r in records] == [
        ("BadRecord", "euro.es"), ("Versions", "euro"), ("BadRecord", "reut.en"), ("BadRecord", "reut.es"),
        ("Article", "reut.fr")]
    assert "empty" in records[0].error and "binary" in records[2].error
    assert [lang for lang, _, _ in records[1].translations] == ["en", "fr"]
    (tmp_path / "euro.id.txt").write_text("", encoding="utf-8")  # no source: every translation's record fails
    assert [(type(r).__name__, r.id) for r in read_inputs([tmp_path], "id")][:3] == [
        ("BadRecord", "euro.en"), ("BadRecord", "euro.es"), ("BadRecord", "euro.fr")]


def test_the_record_of_several_versions_holds_the_pairs_and_the_cross_version_finding(folder_run):
    out, result = folder_run
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["bbc.fr", "euro", "reut"]
    pair, euro, reut = records
    assert "kind" not in pair["report"] and pair["report"]["translation"]["language"] == "fr"
    report = euro["report"]
    assert report["kind"] == "versions" and report["schema_version"] == SCHEMA_VERSION
    assert list(report["pairs"]) == ["en", "es", "fr"] and report["source"]["language"] == "id"
    [ver] = [f for f in report["findings"] if f["code"] == "VER002"]
    assert ver["evidence"]["odd"] == "es" and ver["severity"] == "error"
    assert ver["evidence"]["readings"]["es"]["text"] == "580\xa0000"
    assert set(ver["evidence"]["agreeing"]) == {"source", "en", "fr"}
    assert ver["spans"][0]["side"] == "es" and ver["spans"][0]["line"] == 4
    # the Spanish pair sees the number changed too; the others do not
    assert [f["code"] for f in report["pairs"]["es"]["findings"]] == ["NUM001"]
    assert report["pairs"]["fr"]["findings"] == report["pairs"]["en"]["findings"] == []
    assert euro["summary"] == report["summary"] and report["summary"]["cross_version"] == 1
    assert euro["summary"]["error"] == 2 and euro["fails"]
    assert reut["report"]["findings"] == [] and not reut["fails"]
    for record in records:
        validate(record["report"])
    assert "3 articles: 1 passed, 2 failed" in result.stderr


def test_the_schema_tells_a_versions_report_from_a_broken_one(folder_run):
    import jsonschema

    out, _ = folder_run
    report = json.loads(out.read_text(encoding="utf-8").splitlines()[1])["report"]
    broken = json.loads(json.dumps(report))
    del broken["findings"][0]["evidence"]["readings"]
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)
    broken = json.loads(json.dumps(report))
    broken["pairs"]["es"]["findings"][0]["spans"][0]["side"] = "es"  # a pair's spans say source or translation
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


def test_an_interrupted_batch_of_versions_resumes_to_the_same_output(folder, folder_run, tmp_path):
    out, _ = folder_run
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = tmp_path / "cut.jsonl"
    cut.write_text(lines[0] + lines[1][: len(lines[1]) // 2], encoding="utf-8")  # killed while writing « euro »
    result = CliRunner().invoke(main, ["batch", "-s", "id", str(folder), "-o", str(cut), "--back-translation", "off",
                                       "--jobs", "1", "--resume"])
    assert result.exit_code == 1 and "1 kept from the interrupted run" in result.stderr
    assert cut.read_text(encoding="utf-8") == "".join(lines)


def test_the_formats_of_records_read_a_versions_record(folder_run, tmp_path):
    import jsonschema
    from lxml import etree

    out, _ = folder_run
    runner = CliRunner()
    rendered = {}
    for fmt in ("junit", "sarif", "markdown", "text", "json", "html"):
        target = tmp_path / f"out.{fmt}"
        result = runner.invoke(main, ["render", str(out), "-f", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.output
        rendered[fmt] = target.read_text(encoding="utf-8")
    cases = etree.fromstring(rendered["junit"].encode()).findall(".//testcase")
    assert [c.get("name") for c in cases] == ["bbc.fr", "euro", "reut"]
    assert sorted(f.get("type") for f in cases[1].findall("failure")) == ["NUM001", "VER002"]
    xsd = etree.XMLSchema(etree.parse(str(DATA / "schemas" / "junit.xsd")))
    assert xsd.validate(etree.fromstring(rendered["junit"].encode())), xsd.error_log
    sarif = json.loads(rendered["sarif"])
    jsonschema.validate(sarif, json.loads((DATA / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8")))
    [ver] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "VER002"]
    uris = [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in ver["locations"]]
    assert uris[0].endswith("euro.es.txt") and any(u.endswith("euro.id.txt") for u in uris)
    assert "| euro | error | VER002 | the « es » version writes « 580 000 »" in rendered["markdown"]
    assert "euro: 2 errors, 0 warnings, 0 infos (NUM001, VER002)" in rendered["text"]
    assert json.loads(rendered["json"])["summary"]["failed"] == 2
    assert rendered["html"].count('<table class="versions">') == 2


def test_a_jsonl_record_with_translations(tmp_path):
    feed = tmp_path / "feed.jsonl"
    fr = edited("reuters.218882", "fr", "Birmingham", "Kidderminster")
    rows = [{"id": "reut", "source": ntrex("reuters.218882", "id"), "source_lang": "id", "metadata": {"desk": "uk"},
             "translations": {"fr": fr, "en": ntrex("reuters.218882", "en"), "es": ntrex("reuters.218882", "es")}},
            {"id": "both", "source": "Satu.", "translation": "Un.", "translations": {"fr": "Un."}},
            {"id": "empty", "source": "Satu.", "translations": {}},
            {"id": "blank", "source": "Satu.", "translations": {"fr": " ", "1x": "One."}}]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    records = list(read_inputs([feed]))
    assert isinstance(records[0], Versions) and [type(r) for r in records[1:]] == [BadRecord] * 3
    assert records[0].translations[0] == ("fr", fr, "reut:fr") and records[0].source_name == "reut:source"
    assert "not both" in records[1].error and "non-empty object" in records[2].error
    assert "'fr' must be a non-empty string" in records[3].error and "'1x' must be a language code" in records[3].error
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(feed), "-o", str(out), "--back-translation", "off", "--jobs", "1"])
    assert result.exit_code == 2, result.output  # three records could not be read
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["metadata"] == {"desk": "uk"} and first["report"]["kind"] == "versions"
    [ver] = [f for f in first["report"]["findings"] if f["code"] == "VER001"]
    assert ver["evidence"]["odd"] == "fr" and ver["evidence"]["readings"]["fr"]["text"] == "Kidderminster"
    assert [v["name"] for v in first["report"]["versions"]] == ["reut:fr", "reut:en", "reut:es"]
    validate(first["report"])


# ------------------------------------------------------------------------------------------------ the HTML view

SOURCE = ("Presiden berkata <script>alert('id')</script> pada hari Jumat.\n"
          "Ada 20.000 orang di Palu & Donggala.")
VERSIONS = {"fr": "Le président a dit <script>alert('fr')</script> vendredi.\nIl y avait 20 000 personnes à Palu & "
                  "Donggala.",
            "en": "The president said <script>alert('en')</script> on Friday.\nThere were 20,000 people in Palu & "
                  "Donggala.",
            "es": "El presidente dijo <script>alert('es')</script> el viernes.\nHabía 30.000 personas en Palu & "
                  "Donggala."}


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """`transcheck audit SOURCE T1 T2 T3 -f html`: the Spanish version changes a number."""
    path = tmp_path_factory.mktemp("versions-html")
    (path / "article.id.txt").write_text(SOURCE, encoding="utf-8")
    for lang, text in VERSIONS.items():
        (path / f"article.{lang}.txt").write_text(text, encoding="utf-8")
    out = path / "versions.html"
    result = CliRunner().invoke(main, ["audit", "--back-translation", "off", "-f", "html", "-o", str(out),
                                       *(str(path / f"article.{lang}.txt") for lang in ("id", "fr", "en", "es"))])
    assert result.exit_code == 1, result.output
    return out


def test_the_versions_view_escapes_every_text(page):
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    for lang in ("id", "fr", "en", "es"):
        assert f"&lt;script&gt;alert(&#x27;{lang}&#x27;)&lt;/script&gt;" in html
    assert "Palu &amp; Donggala" in html and "Palu & " not in html
    assert "Content-Security-Policy" in html
    assert '<mark class="error ver odd" title="NUM001, VER002: source « 20.000 » · fr « 20 000 » · en « 20,000 » · ' \
           'es « 30.000 » (differs)">30.000</mark>' in html


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(not Path(CHROMIUM).exists(),
                    reason="headless Chromium is not installed (Debian: apt-get install chromium; make test does it as "
                           "root)")
def test_the_versions_view_in_a_real_browser(page, tmp_path):
    """The DOM Chromium builds from the page: one column per language (the source first), the changed number
    highlighted in the Spanish cell as the odd reading, every version's reading listed, and no script."""
    from lxml import html as lxml_html

    profile = tmp_path / "chromium-profile"
    run = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    dom = lxml_html.fromstring(run.stdout)
    assert not dom.xpath("//script")
    table = dom.xpath('//table[@class="versions"]')[0]
    assert [th.get("data-label") for th in table.xpath(".//th[@data-label]")] == ["source", "fr", "en", "es"]
    rows = table.xpath(".//tr[td]")
    assert len(rows) == 2 and rows[1].get("class") == "flag"
    cells = {td.get("data-label"): td for td in rows[1].xpath("./td[@data-label]")}
    [odd] = cells["es"].xpath('.//mark[contains(@class, "odd")]')
    assert odd.text_content() == "30.000" and "ver" in odd.get("class").split()
    assert [m.text_content() for m in cells["fr"].xpath('.//mark[contains(@class, "ver")]')] == ["20 000"]
    assert "<script>alert('es')</script>" in rows[0].xpath('./td[@data-label="es"]')[0].text_content()
    readings = {li.get("data-label"): li for li in dom.xpath('//ul[@class="readings"]/li')}
    assert set(readings) == {"source", "fr", "en", "es"}
    assert readings["es"].get("class") == "reading differs" and "30.000" in readings["es"].text_content()
    assert all(readings[k].get("class") == "reading agrees" for k in ("source", "fr", "en"))



def test_the_seen_store_knows_a_record_of_versions_by_all_its_texts(folder, tmp_path):
    from checker.batch import SeenStore

    store = SeenStore(tmp_path / "seen.tsv")
    euro = next(r for r in read_inputs([folder], "id") if r.id == "euro")
    store.add(euro.id, store.digest(euro))
    again = SeenStore(tmp_path / "seen.tsv")
    assert again.has(euro)
    changed = Versions(euro.id, euro.source, euro.translations[:2] + (("fr", "Autre texte.", None),), "id")
    assert not again.has(changed)
    from checker.batch import count_inputs

    assert count_inputs([folder], "id") == 3  # one record per source
