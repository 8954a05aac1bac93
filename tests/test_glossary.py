"""The glossary: loading, matching, and the check on the example."""

import pytest
from click.testing import CliRunner

from checker import Settings, audit
from checker.cli import main
from checker.errors import InputError
from checker.glossary import Glossary, find, load_glossary
from conftest import EXAMPLE

GLOSSARY = EXAMPLE / "glossary.tsv"


def test_load_tsv_with_header_comments_and_do_not_translate():
    g = load_glossary(GLOSSARY)
    by_source = {t.source: t for t in g.terms}
    assert by_source["CSTO"].targets == ("OTSC", "CSTO")
    assert by_source["Penjaga Perdamaian"].note.startswith("the CSTO's peacekeepers")
    assert by_source["TASS"].do_not_translate and not by_source["CSTO"].do_not_translate


def test_load_csv_and_bad_files(tmp_path):
    good = tmp_path / "g.csv"
    good.write_text("Tiongkok,Chine|la Chine\nJK,,\n", "utf-8")
    assert [(t.source, t.targets) for t in load_glossary(good).terms] == [("Tiongkok", ("Chine", "la Chine")),
                                                                          ("JK", ())]
    with pytest.raises(InputError, match="no such glossary"):
        load_glossary(tmp_path / "missing.csv")
    empty = tmp_path / "e.csv"
    empty.write_text("# nothing\n", "utf-8")
    with pytest.raises(InputError, match="no terms"):
        load_glossary(empty)
    wide = tmp_path / "w.csv"
    wide.write_text("a,b,c,d\n", "utf-8")
    with pytest.raises(InputError, match="4 fields"):
        load_glossary(wide)


def test_find_ignores_case_accents_and_elisions():
    text = "les Casques bleus de l’OTSC et les Soldats de la Paix"
    assert [text[s:e] for s, e in find("otsc", text)] == ["OTSC"]
    assert [text[s:e] for s, e in find("soldats de la paix", text)] == ["Soldats de la Paix"]
    assert find("OTS", text) == []
    other = "le président Tokaïev"
    assert [other[s:e] for s, e in find("Tokaiev", other)] == ["Tokaïev"]


def test_example_with_its_glossary(example_texts, embedder):
    src, fr = example_texts
    report = audit(src, fr, "id", "fr", embedder=embedder, settings=Settings(glossary=load_glossary(GLOSSARY)))
    found = [f for f in report.findings if f.code.startswith("GLOS")]
    # the first sentence writes « Tokaïev »; the eighth renders the CSTO's peacekeepers as « Casques bleus »
    assert [(f.code, f.spans[0].text) for f in found] == [("GLOS001", "Tokayev"), ("GLOS001", "Penjaga Perdamaian")]
    assert found[0].spans[1].text.startswith("JAKARTA - Il y a eu six vagues") and "Tokaïev" in found[0].spans[1].text
    assert "les Casques bleus de l’Organisation" in found[1].spans[1].text
    assert src[found[1].spans[0].start:found[1].spans[0].end] == "Penjaga Perdamaian"


def test_do_not_translate(embedder):
    g = Glossary.from_rows([("TASS", "", "agency")])
    report = audit("Dia mengatakan kepada TASS pada hari Jumat.", "Il a déclaré vendredi à l’agence russe.",
                   "id", "fr", embedder=embedder, settings=Settings(glossary=g))
    assert [f.code for f in report.findings] == ["GLOS002"]


def test_cli_glossary_option(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["audit", "--glossary", str(GLOSSARY), "--format", "json", "--fail-on", "never",
                               str(EXAMPLE / "article.id.txt"), str(EXAMPLE / "article.fr.txt")])
    assert res.exit_code == 0, res.output
    assert res.output.count('"code": "GLOS001"') == 2  # findings (the checks list names the rule once more)
    bad = runner.invoke(main, ["audit", "--glossary", str(tmp_path / "nope.tsv"), str(EXAMPLE / "article.id.txt"),
                               str(EXAMPLE / "article.fr.txt")])
    assert bad.exit_code == 2 and "no such glossary" in bad.output
