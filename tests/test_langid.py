"""Language-identification backends: each one, restricted and open, on sentences of the example."""

import pytest

from checker.langid import available_langids, detect_language, get_langid
from conftest import EXAMPLE


def sentences():
    fr = (EXAMPLE / "article.fr.txt").read_text(encoding="utf-8").splitlines()
    idn = (EXAMPLE / "article.id.txt").read_text(encoding="utf-8").splitlines()
    return [(fr[2], "fr"), (idn[2], "id"), (fr[-1], "en"), (fr[9], "fr"), (idn[9], "id")]


def test_four_backends_are_registered():
    assert available_langids() == ["fasttext", "langdetect", "lingua", "py3langid"]


@pytest.mark.parametrize("name", ["fasttext", "langdetect", "lingua", "py3langid"])
@pytest.mark.parametrize("languages", [("id", "ms", "fr", "en"), None])
def test_backend_on_the_example(name, languages):
    backend = get_langid(name, languages)
    texts, expected = zip(*sentences())
    got = backend.detect(list(texts))
    assert [lang for lang, _ in got] == list(expected)
    assert all(0.0 <= p <= 1.0 for _, p in got)


def test_langdetect_is_deterministic():
    backend = get_langid("langdetect", ("id", "ms", "fr", "en"))
    text = "Namun, situasi di Almaty masih sangat tegang."
    assert len({tuple(backend.detect([text])) for _ in range(5)}) == 1


def test_unknown_backend_and_document_language():
    with pytest.raises(ValueError, match="unknown language identifier"):
        get_langid("crystal-ball")
    assert detect_language((EXAMPLE / "article.id.txt").read_text(encoding="utf-8")) == "id"
