"""The configuration file: found in pyproject.toml or transcheck.toml, checked, overridden by the command line,
shown by `transcheck config`; select, ignore and severity applied to findings."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker import Settings, audit
from checker.cli import main
from checker.configfile import find_config, resolve
from checker.errors import InputError
from conftest import EXAMPLE

SRC, TGT = str(EXAMPLE / "article.id.txt"), str(EXAMPLE / "article.fr.txt")


def test_select_ignore_and_severity_apply_to_findings(example_texts, embedder):
    codes = sorted(f.code for f in audit(*example_texts, "id", "fr", embedder=embedder).findings)
    assert codes == ["COV002", "COV002", "LANG001", "LANG001", "NAME001"]
    only = audit(*example_texts, "id", "fr", embedder=embedder, settings=Settings(select=("NAME", "LANG")))
    assert sorted(f.code for f in only.findings) == ["LANG001", "LANG001", "NAME001"]
    less = audit(*example_texts, "id", "fr", embedder=embedder,
                 settings=Settings(select=("NAME", "LANG"), ignore=("LANG001",), severity=(("NAME", "error"),)))
    assert [(f.code, f.severity) for f in less.findings] == [("NAME001", "error")]
    assert less.fails("error")


def test_pyproject_table_is_found_from_a_subfolder_and_checked(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.transcheck]\nfail_on = "warning"\n'
                                             'select = ["name"]\n[tool.transcheck.severity]\nNAME001 = "error"\n'
                                             '[tool.transcheck.thresholds]\nmistranslation = 0.7\n'
                                             '[tool.transcheck.back_translation]\nmode = "off"\nbeam_size = 2\n',
                                             encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config(sub) == tmp_path / "pyproject.toml"
    settings, merged, path = resolve(None, {"fail_on": "info"}, start=sub)
    assert path == tmp_path / "pyproject.toml"
    assert settings.fail_on == "info"  # the command line wins
    assert settings.select == ("NAME",) and settings.severity == (("NAME001", "error"),)
    assert settings.mistranslation_threshold == 0.7
    assert settings.back_translation.mode == "off" and settings.back_translation.decoding.beam_size == 2
    (tmp_path / "transcheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    assert find_config(sub) == tmp_path / "transcheck.toml"  # transcheck.toml first, in each folder


@pytest.mark.parametrize("text, message", [
    ('[tool.transcheck]\nfail_onn = "error"\n', "unknown setting fail_onn"),
    ('[tool.transcheck]\nselect = "NAME"\n', "select must be list"),
    ('[tool.transcheck.back_translation]\nbeam_size = "4"\n', "back_translation.beam_size must be int"),
    ('[tool.transcheck]\nfail_on = "fatal"\n', "fail_on must be one of"),
    ('[tool.transcheck.severity]\nNAME001 = "fatal"\n', "severity of NAME001"),
    ('[tool.transcheck\n', "not valid TOML"),
    ('[tool.transcheck]\nner = "stanza"\n', "ner must be one of"),
])
def test_bad_configuration_is_one_clear_line(tmp_path, text, message):
    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        resolve(str(path), {})
    result = CliRunner().invoke(main, ["audit", SRC, TGT, "--config", str(path)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and message.split()[0] in result.stderr


def test_cli_uses_the_file_and_overrides_it(tmp_path):
    config = tmp_path / "transcheck.toml"
    glossary = tmp_path / "terms.tsv"
    glossary.write_text((EXAMPLE / "glossary.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    config.write_text('source_lang = "id"\ntarget_lang = "fr"\nfail_on = "warning"\nglossary = "terms.tsv"\n'
                      'ignore = ["COV", "LANG"]\n\n[back_translation]\nmode = "off"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", SRC, TGT, "--config", str(config), "-f", "json"])
    assert result.exit_code == 1 and "back-translation skipped" not in result.stderr
    report = json.loads(result.stdout)
    assert sorted({f["code"] for f in report["findings"]}) == ["GLOS001", "NAME001"]
    result = CliRunner().invoke(main, ["audit", SRC, TGT, "--config", str(config), "--fail-on", "error",
                                       "--select", "NAME"])
    assert result.exit_code == 0 and "NAME001" in result.stdout and "GLOS001" not in result.stdout
    shown = CliRunner().invoke(main, ["config", "--config", str(config)])
    assert shown.exit_code == 0
    assert f"# configuration file: {config}" in shown.output
    assert "fail_on = 'warning'" in shown.output and "ignore = ('COV', 'LANG')" in shown.output
    assert "glossary = '" in shown.output and "terms from" in shown.output


def test_extend_select_adds_the_opt_in_rule(tmp_path):
    from checker.configfile import resolve

    (tmp_path / "transcheck.toml").write_text('extend_select = ["name003"]\n', encoding="utf-8")
    settings, _, _ = resolve(None, {}, start=tmp_path)
    assert settings.extend_select == ("NAME003",)
    assert settings.wants("NAME003") and settings.wants("NUM001") and settings.wants("NAME002")
    plain, _, _ = resolve(None, {}, start=tmp_path.parent)
    assert not plain.wants("NAME003") and plain.wants("NAME002")
    narrowed, _, _ = resolve(None, {"select": ["NUM"], "extend_select": ["NAME003"]}, start=tmp_path)
    assert narrowed.wants("NUM001") and narrowed.wants("NAME003") and not narrowed.wants("NAME001")


def test_ner_from_the_file_and_the_command_line(tmp_path):
    from checker.configfile import resolve

    (tmp_path / "transcheck.toml").write_text('ner = "none"\n', encoding="utf-8")
    assert resolve(None, {}, start=tmp_path)[0].ner == "none"
    assert resolve(None, {"ner": "spacy"}, start=tmp_path)[0].ner == "spacy"
    result = CliRunner().invoke(main, ["audit", SRC, TGT, "--ner", "none", "-f", "json", "--back-translation", "off"])
    assert json.loads(result.stdout)["signature"]["ner"] == "none+none"
