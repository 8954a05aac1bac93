"""Batch audits: directories of pairs, JSONL feeds with broken records, bilingual files, worker processes, and an
interrupted run resumed to the same output, record for record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.batch import Article, BadRecord, Versions, read_inputs, read_journal
from checker.cli import main
from conftest import DATA, NTREX_DOCS

TRANSCHECK = [sys.executable, "-m", "checker.cli"]


def ntrex(doc: str, lang: str) -> str:
    return (DATA / "ntrex" / f"{doc}.{lang}.txt").read_text(encoding="utf-8")


def write_feed(path: Path, docs=NTREX_DOCS, broken: dict[int, str] | None = None) -> Path:
    lines = [json.dumps({"id": f"{doc}-{n}", "source": ntrex(doc, "id"), "translation": ntrex(doc, "fr"),
                         "source_lang": "id", "target_lang": "fr", "metadata": {"n": n}}, ensure_ascii=False)
             for n, doc in enumerate(docs)]
    for at, line in sorted((broken or {}).items()):
        lines.insert(at, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_feed_reports_every_broken_record_and_audits_the_rest(tmp_path):
    feed = write_feed(tmp_path / "feed.jsonl", NTREX_DOCS[:2], broken={
        1: '{"id": "torn", "source": "Ada',                        # not JSON
        2: '{"id": "no-translation", "source": "Ada enam gelombang."}',
        3: '["a", "list"]',
        4: json.dumps({"id": "bin", "source": "Satu dua tiga empat.", "translation": "\x00\x01\x02 ÿ"}),
    })
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(feed), "-o", str(out), "--back-translation", "off"])
    assert result.exit_code == 2, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in records] == ["ok", "error", "error", "error", "error", "ok"]
    assert records[1]["id"] == "feed.jsonl:2" and "not JSON" in records[1]["error"]
    assert records[2]["id"] == "no-translation" and "'translation' must be a non-empty string" in records[2]["error"]
    assert "must be a JSON object" in records[3]["error"]
    assert records[0]["metadata"] == {"n": 0} and records[0]["report"]["source"]["language"] == "id"
    assert "6 articles: " in result.stderr and "4 could not be audited" in result.stderr


def test_directory_of_pairs_with_two_translations_and_a_missing_source(tmp_path):
    for doc in NTREX_DOCS[:2]:
        for lang in ("id", "fr", "en"):
            (tmp_path / f"{doc}.{lang}.txt").write_text(ntrex(doc, lang), encoding="utf-8")
    (tmp_path / "orphan.fr.txt").write_text("Une phrase sans source.", encoding="utf-8")
    grouped = list(read_inputs([tmp_path], "id"))  # the translations of one source: one record (test_batch_versions)
    assert [r.id for r in grouped] == [NTREX_DOCS[0], "orphan.fr", NTREX_DOCS[1]]
    assert [type(r) for r in grouped] == [Versions, BadRecord, Versions]
    records = list(read_inputs([tmp_path], "id", group=False))
    assert [r.id for r in records] == [f"{NTREX_DOCS[0]}.en", f"{NTREX_DOCS[0]}.fr", "orphan.fr",
                                       f"{NTREX_DOCS[1]}.en", f"{NTREX_DOCS[1]}.fr"]  # by name, then language
    assert [type(r) for r in records] == [Article, Article, BadRecord, Article, Article]
    assert records[1].target_lang == "fr" and records[0].target_lang == "en"
    assert "no source file orphan.id.txt" in records[2].error
    only_fr = [r.id for r in read_inputs([tmp_path], "id", "fr")]
    assert only_fr == [f"{NTREX_DOCS[0]}.fr", "orphan.fr", f"{NTREX_DOCS[1]}.fr"]
    result = CliRunner().invoke(main, ["batch", str(tmp_path)])
    assert result.exit_code == 2 and "needs --source-lang" in result.stderr


def test_bilingual_files_through_translate_toolkit(tmp_path):
    pytest.importorskip("translate.storage")
    from translate.storage import po, tmx, xliff

    pairs = [("Ada enam gelombang serangan teroris di Almaty.", "Il y a eu six vagues d’attaques terroristes à Almaty."),
             ("Jumlah teroris sekitar 20.000 orang.", "Le nombre de terroristes était d’environ 2 000 personnes.")]
    store = xliff.xlifffile(sourcelanguage="id", targetlanguage="fr")
    for s, t in pairs:
        store.addsourceunit(s).target = t
    (tmp_path / "a.xlf").write_bytes(bytes(store))
    catalogue = po.pofile()
    for s, t in pairs:
        catalogue.addsourceunit(s).target = t
    (tmp_path / "b.po").write_bytes(bytes(catalogue))
    memory = tmx.tmxfile(sourcelanguage="id", targetlanguage="fr")
    for s, t in pairs:
        memory.addtranslation(s, "id", t, "fr")
    (tmp_path / "c.tmx").write_bytes(bytes(memory))
    (tmp_path / "d.xlf").write_text("<xliff><file", encoding="utf-8")
    records = list(read_inputs([tmp_path / "a.xlf", tmp_path / "b.po", tmp_path / "c.tmx", tmp_path / "d.xlf"],
                               None, None))
    a, b, c, d = records
    assert a.source_lang == "id" and a.target_lang == "fr" and a.segmented
    assert a.source.splitlines() == [s for s, _ in pairs] and b.translation.splitlines() == [t for _, t in pairs]
    assert c.source == a.source and isinstance(d, BadRecord) and "cannot read" in d.error
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "a.xlf"), "-s", "id", "-t", "fr", "-o", str(out),
                                       "--back-translation", "off"])
    record = json.loads(out.read_text(encoding="utf-8"))
    assert result.exit_code == 1 and [f["code"] for f in record["report"]["findings"]] == ["NUM001"]


def test_read_journal_cuts_a_torn_last_line(tmp_path):
    journal = tmp_path / "j.jsonl"
    journal.write_text('{"id": "a"}\n{"id": "b"}\n{"id": "c", "sta', encoding="utf-8")
    assert read_journal(journal) == ['{"id": "a"}', '{"id": "b"}']
    assert journal.read_text(encoding="utf-8") == '{"id": "a"}\n{"id": "b"}\n'


def _batch(feed: Path, out: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "CI": "true"}
    return subprocess.Popen(TRANSCHECK + ["batch", str(feed), "-o", str(out), "--back-translation", "off", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def test_killed_batch_resumes_to_the_same_output(tmp_path):
    feed = write_feed(tmp_path / "feed.jsonl", NTREX_DOCS * 2, broken={3: "not json"})
    whole = tmp_path / "whole.jsonl"
    assert _batch(feed, whole, "--jobs", "2").wait(timeout=600) == 2
    cut = tmp_path / "cut.jsonl"
    proc = _batch(feed, cut, "--jobs", "2")
    deadline = time.time() + 600
    while time.time() < deadline and (not cut.exists() or cut.read_text(encoding="utf-8").count("\n") < 3):
        time.sleep(0.05)
    proc.kill()  # SIGKILL: a killed process, not a clean stop
    proc.wait()
    done = cut.read_text(encoding="utf-8").count("\n")
    assert 3 <= done < 9
    with open(cut, "a", encoding="utf-8") as fh:
        fh.write('{"id": "torn')  # as if killed in the middle of a write
    again = _batch(feed, cut, "--jobs", "2", "--resume")
    _, err = again.communicate(timeout=600)
    assert again.returncode == 2
    assert f"{done} kept from the interrupted run" in err.decode()
    assert cut.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_junit_and_sarif_of_a_batch_validate_against_their_schemas(tmp_path):
    import jsonschema
    from lxml import etree

    schemas = DATA / "schemas"
    feed = write_feed(tmp_path / "feed.jsonl", NTREX_DOCS[:3], broken={1: '{"id": 5}'})
    junit, sarif = tmp_path / "out.xml", tmp_path / "out.sarif"
    r1 = CliRunner().invoke(main, ["batch", str(feed), "-f", "junit", "-o", str(junit), "--back-translation", "off",
                                   "--fail-on", "info"])
    r2 = CliRunner().invoke(main, ["batch", str(feed), "-f", "sarif", "-o", str(sarif), "--back-translation", "off"])
    assert r1.exit_code == r2.exit_code == 2
    xsd = etree.XMLSchema(etree.parse(str(schemas / "junit.xsd")))
    doc = etree.parse(str(junit))
    assert xsd.validate(doc), xsd.error_log
    cases = doc.findall(".//testcase")
    assert len(cases) == 4 and cases[1].find("error") is not None
    suite = doc.find("testsuite")
    assert suite.get("tests") == "4" and suite.get("errors") == "1"
    assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
    data = json.loads(sarif.read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads((schemas / "sarif-2.1.0.json").read_text(encoding="utf-8")))
    run = data["runs"][0]
    assert run["invocations"][0]["toolExecutionNotifications"][0]["level"] == "error"
    for result in run["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    assert not (tmp_path / "out.xml.journal.jsonl").exists()  # the journal goes once the run is complete


def test_html_escapes_article_text(tmp_path, embedder):
    from checker import audit
    from checker.report import render_html
    from checker.report.records import record_of

    source = "Presiden berkata <script>alert('id')</script> pada hari Jumat. Ada 20.000 orang di sana."
    translation = "Le président a dit <script>alert('fr')</script> vendredi. Il y avait 2 000 personnes là-bas."
    report = audit(source, translation, "id", "fr", embedder=embedder)
    page = "".join(render_html([record_of(report)], "error"))
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;fr&#x27;)&lt;/script&gt;" in page
    assert '<mark class="error" title="NUM001">2 000</mark>' in page
    assert page.count("<table>") == 1 and "Content-Security-Policy" in page


def test_markdown_summary_for_a_pull_request(tmp_path):
    feed = write_feed(tmp_path / "feed.jsonl", NTREX_DOCS[:2], broken={1: "{"})
    out = tmp_path / "pr.md"
    result = CliRunner().invoke(main, ["batch", str(feed), "-f", "markdown", "-o", str(out),
                                       "--back-translation", "off"])
    assert result.exit_code == 2
    text = out.read_text(encoding="utf-8")
    assert text.startswith("## ❌ transcheck: 3 articles")
    assert "| feed.jsonl:2 | error | — | could not be audited: feed.jsonl:2: not JSON" in text


def test_ci_recipe_audits_the_changed_translations_once_and_renders_them(tmp_path):
    from conftest import EXAMPLE, ROOT

    out = tmp_path / "changed.jsonl"
    script = [sys.executable, str(ROOT / "examples" / "ci" / "transcheck_changed.py"), "-s", "id",
              "--transcheck", f"{sys.executable} -m checker.cli"]
    files = [str(EXAMPLE / "article.fr.txt"), str(EXAMPLE / "README.md"), str(EXAMPLE / "article.id.txt")]
    run = subprocess.run(script + ["--back-translation", "off", "-o", str(out), "--", *files], capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr  # the example's findings are a warning and information
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [str(EXAMPLE / "article.fr.txt")]
    assert "NAME001" in {f["code"] for f in records[0]["report"]["findings"]}
    md = subprocess.run(TRANSCHECK + ["render", str(out), "-f", "markdown", "--fail-on", "warning"],
                        capture_output=True, text=True, timeout=120)
    assert md.returncode == 0 and "NAME001" in md.stdout and md.stdout.startswith("## ❌ transcheck: 1 article")
    none = subprocess.run(script + ["--", str(EXAMPLE / "README.md")], capture_output=True, text=True, timeout=120)
    assert none.returncode == 0 and "no changed translation" in none.stderr


def test_a_worker_killed_mid_article_becomes_that_articles_error_record_and_the_batch_goes_on(tmp_path):
    """The out-of-memory killer, simulated: SIGKILL to a worker while it audits. Its article, and only it, is an
    error record; a new worker takes its place; every other article is audited; exit status 2."""
    import signal
    import threading

    from checker.batch import Batch
    from checker.config import BackTranslationSettings, Settings

    feed = write_feed(tmp_path / "feed.jsonl", NTREX_DOCS * 3)
    runner = Batch(Settings(back_translation=BackTranslationSettings(mode="off")), jobs=2)
    lost: dict = {}

    def kill_a_busy_worker() -> None:
        while "id" not in lost:
            for worker in list(runner._pool.workers):  # noqa: SLF001 (the test needs to know which one is busy)
                if worker.state != "busy":
                    continue
                os.kill(worker.proc.pid, signal.SIGSTOP)  # frozen: it can neither finish nor take another article
                time.sleep(0.3)  # let the parent read anything it sent before
                if worker.task is not None and worker.state == "busy":
                    lost["id"], lost["pid"] = worker.task[1].id, worker.proc.pid
                    os.kill(worker.proc.pid, signal.SIGKILL)
                    lost["at"] = time.perf_counter()
                    return
                os.kill(worker.proc.pid, signal.SIGCONT)
            time.sleep(0.05)

    def on_line(record: dict) -> None:
        if record["status"] == "ok" and "thread" not in lost:
            lost["thread"] = threading.Thread(target=kill_a_busy_worker, daemon=True)
            lost["thread"].start()

    summary = runner.run(read_inputs([feed]), tmp_path / "out.jsonl", on_line=on_line)
    took = time.perf_counter() - lost["at"]
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [f"{doc}-{n}" for n, doc in enumerate(NTREX_DOCS * 3)]
    errors = [r for r in records if r["status"] == "error"]
    assert [r["id"] for r in errors] == [lost["id"]]
    assert "worker process auditing this article died (killed by SIGKILL" in errors[0]["error"]
    assert summary.audited == len(records) - 1 and summary.exit_status() == 2
    assert lost["pid"] not in runner.worker_pids() and len(runner.worker_pids()) == 2  # replaced
    assert took < 120, took  # no hang (benchmarks/batch.py measures the time to recover)


def test_the_ray_engine_gives_the_local_engines_records_and_resumes_from_what_it_wrote(tmp_path):
    """A local Ray of 2 CPUs started by the command: the same records as --jobs 2, in input order once the run is
    complete (a record of several translations among them); a journal left by an interrupted Ray run (lines in
    completion order, a torn last line) resumed to the same output."""
    pytest.importorskip("ray", reason="Ray is not installed (pip install 'transcheck[ray]')")
    doc = NTREX_DOCS[3]
    versions = json.dumps({"id": "versions", "source": ntrex(doc, "id"), "source_lang": "id",
                           "translations": {lang: ntrex(doc, lang) for lang in ("fr", "en", "es")}}, ensure_ascii=False)
    feed = write_feed(tmp_path / "feed.jsonl", NTREX_DOCS + NTREX_DOCS[:1], broken={2: "not json", 6: versions})
    local = tmp_path / "local.jsonl"
    assert _batch(feed, local, "--jobs", "2").wait(timeout=600) == 2
    out = tmp_path / "ray.jsonl"
    proc = _batch(feed, out, "--engine", "ray", "--jobs", "2")
    _, err = proc.communicate(timeout=900)
    if proc.returncode == 2 and b"cannot start a local Ray" in err:
        pytest.skip(f"Ray cannot start on this machine: {err.decode()[-300:]}")
    assert proc.returncode == 2, err.decode()[-2000:]
    assert out.read_bytes() == local.read_bytes()
    assert b"Traceback" not in err and b"7 articles: " in err
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[6])["report"]["kind"] == "versions"
    lines = local.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = tmp_path / "cut.jsonl"
    cut.write_text(lines[3] + lines[2] + lines[0] + '{"id": "torn', encoding="utf-8")
    again = _batch(feed, cut, "--engine", "ray", "--jobs", "2", "--resume")
    _, err = again.communicate(timeout=900)
    assert again.returncode == 2 and b"3 kept from the interrupted run" in err, err.decode()[-2000:]
    assert cut.read_bytes() == local.read_bytes()
