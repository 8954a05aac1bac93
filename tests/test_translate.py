"""Back-translation: the real transformers and CTranslate2 backends on a tiny Marian model built in the test, the model
registry, the SQLite cache, precomputed back-translations, the scores, and the audit with and without a model."""

from __future__ import annotations

import json
import multiprocessing
import shutil
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import Settings, audit
from checker.cli import main
from checker.config import BackTranslationSettings
from checker.translate import (BackTranslation, CachedTranslator, Decoding, TranslationCache, TranslatorUnavailable,
                               get_translator)
from checker.translate.base import batches, marian_target_token
from checker.translate.models import candidates, folder_name, resolve
from conftest import EXAMPLE

warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
FAST = Decoding(beam_size=2, max_length=12)
SRC, TGT = str(EXAMPLE / "article.id.txt"), str(EXAMPLE / "article.fr.txt")


@pytest.fixture(scope="module")
def hf_translator(tiny_marian):
    return get_translator("transformers", model=str(tiny_marian), source_lang="fr", target_lang="id", decoding=FAST)


@pytest.fixture(scope="module")
def ct2_folder(tiny_marian, tmp_path_factory):
    pytest.importorskip("ctranslate2")
    out = tmp_path_factory.mktemp("ct2") / "fr-id-ct2"
    result = CliRunner().invoke(main, ["models", "convert", str(tiny_marian), str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_transformers_backend_translates_every_sentence_in_order(hf_translator, example_texts):
    sentences = [line for line in example_texts[1].splitlines() if line.strip()][:6]
    out = hf_translator.translate(sentences)
    assert len(out) == len(sentences) and all(isinstance(t, str) and t for t in out)
    assert hf_translator.translate(sentences[::-1]) == out[::-1]  # sorting by length never reorders the output
    assert hf_translator.revision and hf_translator.model == str(Path(hf_translator.model))


def test_ctranslate2_backend_loads_the_converted_model(ct2_folder, tiny_marian):
    assert (ct2_folder / "model.bin").is_file() and (ct2_folder / "hf_config.json").is_file()
    translator = get_translator("ctranslate2", model=str(ct2_folder), source_lang="fr", target_lang="id",
                                decoding=FAST)
    out = translator.translate(["Le président Tokayev a parlé.", "Six vagues d’attaques."])
    assert len(out) == 2 and all(isinstance(t, str) and t for t in out)
    assert resolve("fr", "id", str(ct2_folder)).backend == "ctranslate2"
    assert resolve("fr", "id", str(tiny_marian)).backend == "transformers"
    with pytest.raises(TranslatorUnavailable, match="not a CTranslate2 model"):
        get_translator("ctranslate2", model=str(tiny_marian), source_lang="fr", target_lang="id")


def test_batches_sort_by_length_and_keep_every_index():
    lengths = [5, 1, 9, 3, 7]
    grouped = batches(lengths, Decoding(batch_size=2))
    assert grouped == [[1, 3], [0, 4], [2]]
    assert batches(lengths, Decoding(batch_size=2, sort_by_length=False)) == [[0, 1], [2, 3], [4]]


def test_multilingual_marian_target_tokens():
    assert marian_target_token({"a": 0}, "id") is None
    assert marian_target_token({">>ind<<": 0, ">>fra<<": 1}, "id") == ">>ind<<"
    with pytest.raises(TranslatorUnavailable):
        marian_target_token({">>fra<<": 1}, "id")


def test_registry_and_resolution(tmp_path, monkeypatch, tiny_marian):
    assert candidates("fr", "id")[0] == "Helsinki-NLP/opus-mt-fr-id"
    assert candidates("kk", "id") == ["facebook/nllb-200-distilled-600M"]  # no pair: the multilingual fallback
    monkeypatch.setenv("TRANSCHECK_MODELS", str(tmp_path))
    with pytest.raises(TranslatorUnavailable, match="transcheck models download fr-id"):
        resolve("fr", "id")
    shutil.copytree(tiny_marian, tmp_path / folder_name("Helsinki-NLP/opus-mt-fr-id"))
    found = resolve("fr", "id")
    assert found.backend == "transformers" and found.path == tmp_path / "Helsinki-NLP--opus-mt-fr-id"
    with pytest.raises(TranslatorUnavailable, match="no such model folder"):
        resolve("fr", "id", "./nowhere")


def test_models_download_without_network_says_where_to_put_a_folder(tmp_path):
    result = CliRunner().invoke(main, ["models", "download", "fr-id", "--dir", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "cannot download Helsinki-NLP/opus-mt-fr-id" in result.output and str(tmp_path / "m") in result.output
    assert not (tmp_path / "m").exists()
    listing = CliRunner().invoke(main, ["models", "list"])
    assert listing.exit_code == 0 and "fr-id" in listing.output and "not installed" in listing.output


class Counting:
    """A translator that counts what it is asked to translate (wraps a real one)."""

    def __init__(self, inner):
        self.inner, self.asked = inner, 0
        for attr in ("name", "model", "revision", "source_lang", "target_lang", "decoding"):
            setattr(self, attr, getattr(inner, attr))

    def translate(self, texts):
        self.asked += len(texts)
        return self.inner.translate(texts)


def test_cache_translates_each_sentence_once(tmp_path, hf_translator):
    counting = Counting(hf_translator)
    cached = CachedTranslator(counting, TranslationCache(tmp_path / "c.sqlite"))
    first = cached.translate(["Un.", "Deux.", "Un."])
    assert counting.asked == 2
    again = CachedTranslator(counting, TranslationCache(tmp_path / "c.sqlite")).translate(["Deux.", "Un."])
    assert counting.asked == 2 and again == [first[1], first[0]]
    other = Counting(get_translator("transformers", model=hf_translator.model, source_lang="fr", target_lang="id",
                                    decoding=Decoding(beam_size=1, max_length=12)))
    CachedTranslator(other, TranslationCache(tmp_path / "c.sqlite")).translate(["Un."])
    assert other.asked == 1  # other decoding settings, another key


class Echo:
    name, model, revision, source_lang, target_lang, decoding = "echo", "echo", "1", "fr", "id", Decoding()

    def translate(self, texts):
        return [t.upper() for t in texts]


def _writer(path: str, start: int) -> int:
    cached = CachedTranslator(Echo(), TranslationCache(path))
    for k in range(start, start + 150, 10):
        cached.translate([f"phrase {n}" for n in range(k, k + 10)])
    return cached.misses


def test_cache_is_safe_with_several_processes_writing(tmp_path):
    path = str(tmp_path / "shared.sqlite")
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        pool.starmap(_writer, [(path, 0), (path, 50), (path, 100), (path, 0)])
    cache = TranslationCache(path)
    assert len(cache) == 250
    keys = [cache.key(Echo(), f"phrase {n}") for n in range(250)]
    assert cache.get(keys) == {k: f"PHRASE {n}" for n, k in enumerate(keys)}


def test_audit_end_to_end_with_the_tiny_model(example_texts, embedder, tiny_marian, tmp_path):
    settings = Settings(back_translation=BackTranslationSettings(model=str(tiny_marian), decoding=FAST,
                                                                 cache=str(tmp_path / "bt.sqlite")))
    report = audit(*example_texts, "id", "fr", embedder=embedder, settings=settings)
    back = report.back_translation
    assert back.status == "done" and back.backend == "transformers"
    assert len(back.sentences) == len(report.translation.segments)
    assert set(back.pairs) == {k for k, link in enumerate(report.alignment.links) if link.source and link.translation}
    for scores in back.pairs.values():
        assert 0 <= scores.chrf <= 100 and 0 <= scores.bleu <= 100 and scores.ter >= 0
    assert "nc:6" in back.document["chrf_signature"] and back.document["pairs"] == len(back.pairs)
    assert f"bt:transformers:{tiny_marian}@" in str(report.signature)
    doc = report.to_dict()
    from test_audit import SCHEMA
    import jsonschema

    jsonschema.validate(doc, SCHEMA)
    assert doc["back_translation"]["status"] == "done"
    assert all(("back_translation" in s) for s in doc["translation"]["segments"])
    assert sum(link["back_translation"] is not None for link in doc["alignment"]["links"]) == len(back.pairs)
    from checker.report import render_text

    assert "back chrF" in render_text(report)


def test_cli_audit_with_ctranslate2_then_from_the_cache(ct2_folder, tmp_path):
    args = ["audit", SRC, TGT, "-s", "id", "-t", "fr", "--bt-model", str(ct2_folder), "--beam-size", "1",
            "--max-length", "8", "--bt-cache", str(tmp_path / "c.sqlite"), "-f", "json"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code in (0, 1), first.output
    report = json.loads(first.stdout)
    assert report["back_translation"]["backend"] == "ctranslate2"
    assert len(TranslationCache(tmp_path / "c.sqlite")) > 0
    second = CliRunner().invoke(main, args)
    assert json.loads(second.stdout)["alignment"] == report["alignment"]


def test_without_a_model_the_audit_goes_on_and_says_so(example_texts, embedder):
    report = audit(*example_texts, "id", "fr", embedder=embedder)
    assert report.back_translation.status == "skipped"
    assert "no fr->id translation model" in report.back_translation.reason
    assert "bt:none" in str(report.signature)
    assert any(f.code == "NAME001" for f in report.findings)  # every other check ran


def test_cli_skips_with_a_warning_or_fails_when_required():
    result = CliRunner().invoke(main, ["audit", SRC, TGT, "-s", "id", "-t", "fr"])
    assert result.exit_code == 0
    assert "warning: back-translation skipped: no fr->id translation model" in result.stderr
    assert "Back-translation skipped" in result.stdout
    required = CliRunner().invoke(main, ["audit", SRC, TGT, "-s", "id", "-t", "fr", "--require-back-translation"])
    assert required.exit_code == 2
    assert required.stderr.startswith("transcheck: error: back-translation required, but unavailable")
    off = CliRunner().invoke(main, ["audit", SRC, TGT, "-s", "id", "-t", "fr", "--back-translation", "off"])
    assert off.exit_code == 0 and "skipped" not in off.stderr


def _honest_back_translations(report_source, report_translation, alignment) -> dict[str, str]:
    """What a perfect back-translator gives: each translation sentence back into the source's own words."""
    out = {}
    for link in alignment.links:
        if len(link.translation) == 1 and link.source:
            out[report_translation.sentences[link.translation[0]]] = " ".join(
                report_source.sentences[i] for i in link.source)
    return out


def test_mean002_flags_the_sentence_whose_back_translation_says_something_else(example_texts, embedder, tmp_path):
    plain = audit(*example_texts, "id", "fr", embedder=embedder)
    backs = _honest_back_translations(plain.source, plain.translation, plain.alignment)
    # Sentence 3 of the translation, back-translated as a sentence of the article that says something else.
    wrong = plain.translation.sentences[2]
    backs[wrong] = "Pasukan penjaga perdamaian dari Rusia tiba di Almaty pada hari Minggu untuk menjaga bandara."
    path = tmp_path / "bt.jsonl"
    path.write_text("\n".join(json.dumps({"sentence": s, "back_translation": b}, ensure_ascii=False)
                              for s, b in backs.items()), encoding="utf-8")
    settings = Settings(back_translation=BackTranslationSettings(backend="precomputed", model=str(path)))
    report = audit(*example_texts, "id", "fr", embedder=embedder, settings=settings)
    assert report.back_translation.status == "done" and report.back_translation.backend == "precomputed"
    flagged = [f for f in report.findings if f.code in ("MEAN001", "MEAN002")]
    assert [f.spans[1].text for f in flagged] == [wrong]
    assert flagged[0].evidence["back_translation"]["text"].startswith("Pasukan penjaga perdamaian")
    perfect = report.back_translation.pairs[0]
    assert perfect.chrf == 100 and perfect.similarity > 0.99


def test_precomputed_lines_must_match_the_sentences(tmp_path, example_texts, embedder):
    path = tmp_path / "bt.txt"
    path.write_text("Satu.\nDua.\n", encoding="utf-8")
    translator = get_translator("precomputed", model=str(path), source_lang="fr", target_lang="id")
    assert translator.translate(["Un.", "Deux."]) == ["Satu.", "Dua."]
    result = CliRunner().invoke(main, ["audit", SRC, TGT, "-s", "id", "-t", "fr", "--bt-file", str(path)])
    assert result.exit_code == 2 and "2 lines of back-translation, but the translation has 23 sentences" in result.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"sentence": "Un."}\n', encoding="utf-8")
    with pytest.raises(Exception, match="bad.jsonl:1"):
        get_translator("precomputed", model=str(bad), source_lang="fr", target_lang="id")


def test_skipped_back_translation_is_reported_in_json():
    back = BackTranslation.skipped("no model")
    assert back.to_dict()["status"] == "skipped" and back.signature() == "none"


class _Config:
    def __init__(self, model_type):
        self.model_type = model_type


class NllbTokenizerFast:
    """Stands in for the NLLB tokenizer class: LanguageCodes reads only its class name and sets src_lang."""

    src_lang = None


class M2M100Tokenizer:
    src_lang = None


def test_language_codes_per_model_family():
    from checker.translate.hf import LanguageCodes

    nllb = NllbTokenizerFast()
    codes = LanguageCodes(nllb, _Config("m2m_100"), "fr", "id")
    assert (codes.family, nllb.src_lang, codes.forced_bos, codes.prefix) == ("nllb", "fra_Latn", "ind_Latn", "")
    m2m = M2M100Tokenizer()
    codes = LanguageCodes(m2m, _Config("m2m_100"), "fr", "id")
    assert (codes.family, m2m.src_lang, codes.forced_bos) == ("m2m100", "fr", "__id__")
    with pytest.raises(TranslatorUnavailable, match="no NLLB"):
        LanguageCodes(NllbTokenizerFast(), _Config("m2m_100"), "xx", "id")
