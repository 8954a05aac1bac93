"""The embedding cache: each distinct text embedded once, a bound on what it keeps, and one cache shared by the audits
of a batch worker; the profile of an audit."""

from __future__ import annotations

import json

import numpy as np
import pytest

from checker import Settings, audit
from checker.batch import Article, _init_worker, _WORKER, audit_record
from checker.config import BackTranslationSettings
from checker.embed import EmbeddingCache
from checker.profile import Profile
from conftest import DATA, NTREX_DOCS, ntrex_lines

OFF = BackTranslationSettings(mode="off")


def ntrex(doc: str, lang: str) -> str:
    return (DATA / "ntrex" / f"{doc}.{lang}.txt").read_text(encoding="utf-8")


def test_cache_is_bounded_least_recently_used_out_first(embedder):
    a, b, c = ntrex_lines("bbc.381790", "fr")[:3]
    cache = EmbeddingCache(embedder, capacity=2)
    first = cache([a, b, a])
    assert cache.texts_embedded == 2 and cache.chars_embedded == len(a) + len(b)
    cache([a])  # a is now the most recently used
    cache([c])  # so b goes
    assert len(cache) == 2 and a in cache and c in cache and b not in cache
    again = cache([b, a])
    assert cache.texts_embedded == 4 and cache.hits == 2
    # a vector served from the cache is the one the encoder gives, to the bit
    assert np.array_equal(again[1], first[0]) and np.array_equal(again[0], embedder.embed([b])[0])
    assert b in cache and c not in cache


def test_cache_of_capacity_zero_keeps_nothing(embedder):
    cache = EmbeddingCache(embedder, capacity=0)
    text = ntrex_lines("bbc.381790", "fr")[0]
    cache([text, text])
    cache([text])
    assert len(cache) == 0 and cache.texts_embedded == 2
    with pytest.raises(ValueError):
        EmbeddingCache(embedder, capacity=-1)


def test_a_cache_is_an_embedder_that_audits_share(embedder):
    src, tgt = ntrex("bbc.381790", "id"), ntrex("bbc.381790", "fr")
    cache = EmbeddingCache(embedder)
    shared = audit(src, tgt, "id", "fr", embedder=cache, settings=Settings(back_translation=OFF))
    sent = cache.texts_embedded
    again = audit(src, tgt, "id", "fr", embedder=cache, settings=Settings(back_translation=OFF))
    assert cache.texts_embedded == sent and cache.hits > 0  # the second audit cost the encoder nothing
    alone = audit(src, tgt, "id", "fr", embedder=embedder, settings=Settings(back_translation=OFF))
    assert again.to_dict() == shared.to_dict() == alone.to_dict()
    assert shared.signature.embedder == embedder.model


def test_batch_worker_keeps_one_bounded_cache_for_all_its_audits():
    """What a worker process does at start and for each record: the same cache serves every audit, and repeated
    articles (or sentences) cost the encoder nothing the second time."""
    _init_worker(Settings(back_translation=OFF, embedding_cache=4096), 1)
    cache = _WORKER["embedder"]
    assert isinstance(cache, EmbeddingCache) and cache.capacity == 4096
    articles = [Article(f"{doc}#{k}", ntrex(doc, "id"), ntrex(doc, "fr"), "id", "fr") for k in range(2)
                for doc in NTREX_DOCS]
    lines = [json.loads(audit_record(article)) for article in articles[:len(NTREX_DOCS)]]
    sent = cache.texts_embedded
    repeated = [json.loads(audit_record(article)) for article in articles[len(NTREX_DOCS):]]
    assert cache.texts_embedded == sent and _WORKER["embedder"] is cache
    assert [r["report"]["findings"] for r in repeated] == [r["report"]["findings"] for r in lines]
    # a small bound holds: the least recently used vectors go, and the audits' results stay the same
    _init_worker(Settings(back_translation=OFF, embedding_cache=30), 1)
    small = _WORKER["embedder"]
    bounded = [json.loads(audit_record(article)) for article in articles]
    assert len(small) <= 30 and small.texts_embedded > sent
    assert [r["report"] for r in bounded[len(NTREX_DOCS):]] == [r["report"] for r in repeated]


def test_profile_says_where_the_time_went_and_what_the_encoder_was_sent(embedder):
    src, tgt = ntrex("bbc.381790", "id"), ntrex("bbc.381790", "fr")
    profile = Profile()
    report = audit(src, tgt, "id", "fr", embedder=embedder, settings=Settings(back_translation=OFF), profile=profile)
    assert {"segment", "align", "encoder", "back-translation", "check:meaning", "check:names"} <= set(profile.seconds)
    assert all(seconds >= 0 for seconds in profile.seconds.values())
    # the aligner's groups and the meaning check's are the same texts: a clean article costs about its own characters
    assert profile.document_chars == len(report.source.text) + len(report.translation.text)
    sentences = sum(map(len, report.source.sentences + report.translation.sentences))
    assert sentences <= profile.encoder_chars <= 1.3 * profile.document_chars
    table = profile.table()
    assert "encoder" in table and "check:names" in table and f"{profile.encoder_chars} characters" in table
