"""The feed's name register (checker/register.py): a small feed of NTREX-128 French articles that all name Brett
Kavanaugh (tests/data/feed, attributed there), one of them spelling him « Kavannaugh »: FEED001 on that article with
its evidence, nothing on the untouched feed, a resumed run that counts nothing twice, the register exported as a
glossary the glossary loader reads, and several processes writing one register at once."""

from __future__ import annotations

import json
import multiprocessing
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from checker.api import make_document
from checker.cli import main
from checker.glossary import load_glossary
from checker.register import Register, article_names, default_path, feed_findings
from conftest import DATA

FEED = DATA / "feed"
ODD = "telegraph.405413"


def _records(path):
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _feed(tmp_path, odd: bool, versions: bool = False):
    """The feed's French articles (with their English versions too: one versions record per source)."""
    folder = tmp_path / "feed"
    shutil.copytree(FEED, folder, ignore=shutil.ignore_patterns("README.md", *(() if versions else ("*.en.txt",))))
    if odd:
        path = folder / f"{ODD}.fr.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("Kavanaugh", "Kavannaugh"), encoding="utf-8")
    return folder


def _batch(*args):
    return CliRunner().invoke(main, ["batch", "-s", "id", "-j", "1", "--back-translation", "off", *map(str, args)])


def _feed_findings(records):
    return {rid: [f for f in r["report"]["findings"] if f["code"] == "FEED001"] for rid, r in records.items()}


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    """The feed with one minority spelling, audited once into out/audit.jsonl (register: out/names.sqlite)."""
    tmp = tmp_path_factory.mktemp("register")
    out = tmp / "out" / "audit.jsonl"
    res = _batch(_feed(tmp, odd=True), "-o", out)
    assert res.exit_code in (0, 1), res.output
    return tmp, out


def test_a_minority_spelling_is_found_with_its_evidence(audited):
    tmp, out = audited
    records = _records(out)
    found = _feed_findings(records)
    assert [rid for rid, fs in found.items() if fs] == [f"{ODD}.fr"]
    (finding,) = found[f"{ODD}.fr"]
    ev = finding["evidence"]
    assert ev["key"] == "kavanaugh" and ev["form"] == "Kavannaugh" and ev["articles"] == 1
    assert ev["majority"]["form"] == "Kavanaugh" and ev["majority"]["articles"] == 3
    assert ev["majority"]["count"] >= 7 and ev["articles_with_name"] == 4
    assert ev["count"] == len(finding["spans"]) >= 1
    text = (tmp / "feed" / f"{ODD}.fr.txt").read_text(encoding="utf-8")
    for span in finding["spans"]:
        assert span["side"] == "translation" and text[span["start"]:span["end"]] == "Kavannaugh"
        assert span["line"] == text.count("\n", 0, span["start"]) + 1
    assert finding["severity"] == "warning"  # 3 articles of 4 write « Kavanaugh »
    record = records[f"{ODD}.fr"]
    assert record["summary"]["warning"] == sum(f["severity"] == "warning" for f in record["report"]["findings"])
    assert record["summary"]["findings"] == len(record["report"]["findings"])
    assert default_path(str(out)).is_file()


def test_resume_and_a_second_run_count_nothing_twice(audited):
    tmp, out = audited
    before = _records(out)
    with sqlite3.connect(default_path(str(out))) as db:
        rows = db.execute("SELECT COUNT(*), SUM(count) FROM spellings").fetchone()
    res = _batch(tmp / "feed", "-o", out, "--resume")
    assert res.exit_code in (0, 1), res.output
    assert "0 articles added, 4 in all" in res.output
    after = _records(out)
    assert _feed_findings(after) == _feed_findings(before)
    assert after[f"{ODD}.fr"]["summary"] == before[f"{ODD}.fr"]["summary"]
    with sqlite3.connect(default_path(str(out))) as db:
        assert db.execute("SELECT COUNT(*), SUM(count) FROM spellings").fetchone() == rows
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4


def test_export_is_read_back_as_a_glossary(audited):
    tmp, out = audited
    tsv = tmp / "house.fr.tsv"
    res = CliRunner().invoke(main, ["names", "export", str(default_path(str(out))), "-o", str(tsv)])
    assert res.exit_code == 0, res.output
    terms = {t.source: t for t in load_glossary(tsv).terms}
    assert terms["Kavanaugh"].targets == ("Kavanaugh",)  # the sources' spelling -> the feed's majority
    assert "3 of 4 articles" in terms["Kavanaugh"].note and "Kavannaugh 1" in terms["Kavanaugh"].note
    res = CliRunner().invoke(main, ["names", "export", str(default_path(str(out))), "-l", "en"])
    assert res.exit_code == 2 and "no en translations" in res.output


def test_the_untouched_feed_gives_nothing_and_no_register_means_no_feed_rule(tmp_path):
    folder = _feed(tmp_path, odd=False)
    out = tmp_path / "out" / "audit.jsonl"
    assert _batch(folder, "-o", out).exit_code in (0, 1)
    assert not any(_feed_findings(_records(out)).values())
    odd = _feed(tmp_path / "odd", odd=True)
    out2 = tmp_path / "out2" / "audit.jsonl"
    assert _batch(odd, "-o", out2, "--no-register").exit_code in (0, 1)
    assert not any(_feed_findings(_records(out2)).values()) and not default_path(str(out2)).exists()


def test_the_versions_of_one_source_each_join_the_register_of_their_language(tmp_path):
    out = tmp_path / "out" / "audit.jsonl"
    assert _batch(_feed(tmp_path, odd=True, versions=True), "-o", out).exit_code in (0, 1)
    records = _records(out)
    assert sorted(records) == sorted(p.name.split(".")[0] + "." + p.name.split(".")[1]
                                     for p in FEED.glob("*.id.txt"))  # NAME: one record for its fr and en
    for rid, record in records.items():
        report = record["report"]
        assert report["kind"] == "versions" and sorted(report["pairs"]) == ["en", "fr"]
        feed = {label: [f for f in pair["findings"] if f["code"] == "FEED001"] for label, pair in report["pairs"].items()}
        assert not feed["en"] and bool(feed["fr"]) == (rid == ODD), (rid, feed)
        assert not [f for f in report["findings"] if f["code"] == "FEED001"]
        assert report["summary"]["findings"] == sum(len(p["findings"]) for p in report["pairs"].values()) + \
            len(report["findings"])
        for sev in ("error", "warning", "info"):
            assert report["summary"][sev] == sum(f["severity"] == sev for p in report["pairs"].values()
                                                 for f in p["findings"]) + \
                sum(f["severity"] == sev for f in report["findings"])
    (finding,) = [f for f in records[ODD]["report"]["pairs"]["fr"]["findings"] if f["code"] == "FEED001"]
    assert finding["evidence"]["form"] == "Kavannaugh" and finding["evidence"]["majority"]["form"] == "Kavanaugh"
    text = (tmp_path / "feed" / f"{ODD}.fr.txt").read_text(encoding="utf-8")
    assert all(s["side"] == "translation" and text[s["start"]:s["end"]] == "Kavannaugh" for s in finding["spans"])
    pair = records[ODD]["report"]["pairs"]["fr"]
    assert pair["summary"]["findings"] == len(pair["findings"])
    with Register(default_path(str(out))) as register:
        assert register.languages() == ["en", "fr"] and register.articles("en") == register.articles("fr") == 4


def _entries():
    """The names of the feed's four French articles, as a batch record carries them (no audit needed)."""
    out = []
    for name in sorted(p.name.split(".fr.")[0] for p in FEED.glob("*.fr.txt")):
        src = make_document((FEED / f"{name}.id.txt").read_text(encoding="utf-8"), "id")
        tgt = make_document((FEED / f"{name}.fr.txt").read_text(encoding="utf-8"), "fr")
        out.append((name, article_names(src, tgt, "none")[0]))
    return out


def _writer(path, prefix, entries, barrier):
    barrier.wait()
    with Register(path, timeout=30) as register:
        for round_ in range(5):
            for name, entry in entries:
                register.add(f"{prefix}{round_}-{name}", entry)
                register.add(f"shared-{name}", entry)  # every process writes these: counted once


def test_several_processes_writing_at_once_lose_nothing(tmp_path):
    entries = _entries()
    path = tmp_path / "names.sqlite"
    Register(path).close()
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(4)
    procs = [ctx.Process(target=_writer, args=(path, f"p{k}-", entries, barrier)) for k in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    per_article = sum(len(w["forms"]) for _, e in entries for w in e["words"].values())
    with Register(path) as register:
        assert register.articles("fr") == 4 * 5 * len(entries) + len(entries)
        assert register.db.execute("SELECT COUNT(*) FROM spellings").fetchone()[0] == \
            (4 * 5 + 1) * per_article
        forms = register.forms("fr", ["kavanaugh"])["kavanaugh"]
        assert forms["Kavanaugh"][0] == 4 * 5 * len(entries) + len(entries)


def test_an_article_whose_text_changed_replaces_its_rows_and_a_lone_name_gives_nothing(tmp_path):
    entries = dict(_entries())
    with Register(tmp_path / "names.sqlite") as register:
        for name, entry in entries.items():
            assert register.add(name, entry)
            assert not register.add(name, entry)  # same id, same digest: nothing
        odd = dict(entries[ODD], digest="changed")
        odd["words"] = {k: dict(w, forms={f.replace("Kavanaugh", "Kavannaugh"): s for f, s in w["forms"].items()})
                        for k, w in odd["words"].items()}
        assert register.add(ODD, odd)
        assert register.articles("fr") == 4
        forms = register.forms("fr", odd["words"])
        assert forms["kavanaugh"]["Kavannaugh"][0] == 1 and forms["kavanaugh"]["Kavanaugh"][0] == 3
        found = feed_findings(odd, forms)
        assert [f.evidence["form"] for f, _ in found] == ["Kavannaugh"]
        # a name only this article writes (« Flake »): no other article shares its key, nothing to compare
        assert "flake" in odd["words"] and forms["flake"] == {"Flake": (1, forms["flake"]["Flake"][1])}


def test_a_word_opening_sentences_is_no_name_of_the_feed():
    # NTREX-128's French writes « Sselon » once (cnn.304521, a typo) where forty articles open a sentence with
    # « Selon »: a misspelt word, not a spelling of a name; a name's variant beside it is still found
    by_key = {"selon": {"Selon": (40, 61), "Sselon": (1, 1)}, "kavanaugh": {"Kavanaugh": (3, 9), "Kavannaugh": (1, 2)}}
    entry = {"language": "fr", "words": {"selon": {"forms": {"Sselon": [[0, 6]]}},
                                         "kavanaugh": {"forms": {"Kavannaugh": [[10, 20], [30, 40]]}}}}
    found = feed_findings(entry, by_key)
    assert [f.evidence["form"] for f, _ in found] == ["Kavannaugh"]
