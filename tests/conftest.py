"""Shared fixtures. The network is blocked for the whole suite: nothing in transcheck may reach it at run time."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

# No model or cache of the developer's leaks into the tests: back-translation models are looked up, and translations
# cached, in folders of the test run only (set before huggingface_hub reads its cache location).
_SANDBOX = Path(tempfile.mkdtemp(prefix="transcheck-tests-"))
os.environ["TRANSCHECK_MODELS"] = str(_SANDBOX / "models")
os.environ["TRANSCHECK_CACHE"] = str(_SANDBOX / "translations.sqlite")
os.environ["HF_HUB_CACHE"] = str(_SANDBOX / "hf")
os.environ["HF_HUB_OFFLINE"] = "1"

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLE = ROOT / "examples" / "kazakhstan"
NTREX_DOCS = ("bbc.381790", "rt.com.91337", "euronews-en.153835", "reuters.218882")


class NetworkBlocked(RuntimeError):
    pass


def _blocked(*args, **kwargs):
    raise NetworkBlocked("network access in a test")


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _blocked)
    mp.setattr(socket.socket, "connect_ex", _blocked)
    mp.setattr(socket, "create_connection", _blocked)
    mp.setattr(socket, "getaddrinfo", _blocked)
    yield
    mp.undo()


LOOPBACK = ("127.0.0.1", "localhost", "::1")


@pytest.fixture
def loopback_only(monkeypatch):
    """Lift the network block for this machine's loopback only (a local HTTP server a test starts), for one test:
    every other address still raises NetworkBlocked."""
    import _socket

    def allowed(host) -> bool:
        return isinstance(host, str) and host in LOOPBACK

    def connect(self, address):
        if not allowed(address[0] if isinstance(address, tuple) else None):
            raise NetworkBlocked(f"network access in a test: {address!r}")
        return _socket.socket.connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if not allowed(host):
            raise NetworkBlocked(f"network access in a test: {host!r}")
        return _socket.getaddrinfo(host, *args, **kwargs)

    def create_connection(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **kwargs):
        host, port = address
        if not allowed(host):
            raise NetworkBlocked(f"network access in a test: {address!r}")
        sock = socket.socket(socket.AF_INET6 if host == "::1" else socket.AF_INET, socket.SOCK_STREAM)
        if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        try:
            connect(sock, ("127.0.0.1" if host == "localhost" else host, port))
        except BaseException:
            sock.close()
            raise
        return sock

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    yield


def ntrex_lines(doc_id: str, lang: str) -> list[str]:
    return (DATA / "ntrex" / f"{doc_id}.{lang}.txt").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def embedder():
    """The real default embedder, loaded once for the suite."""
    from checker.embed import get_embedder

    return get_embedder()


@pytest.fixture(scope="session")
def example_texts() -> tuple[str, str]:
    return ((EXAMPLE / "article.id.txt").read_text(encoding="utf-8"),
            (EXAMPLE / "article.fr.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_report(example_texts, embedder):
    from checker import audit

    return audit(*example_texts, "id", "fr", embedder=embedder)


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory, example_texts) -> Path:
    """A French-to-Indonesian Marian model with random weights and a SentencePiece vocabulary trained here on the
    example article: small enough to build in seconds, real enough for the real backends."""
    import warnings

    from checker.translate.random_model import build_random_marian

    warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
    texts = example_texts[0].splitlines() + example_texts[1].splitlines()
    return build_random_marian(tmp_path_factory.mktemp("marian") / "fr-id", texts, "fr", "id")


def gold_name_findings(src: str, tgt: str, src_lang: str, tgt_lang: str) -> list:
    """The names check alone on two texts of one sentence per line, line k aligned with line k (the gold alignment),
    with the findings the default settings report."""
    from checker.align import Alignment, Link
    from checker.api import make_document
    from checker.checks import AuditContext
    from checker.checks.names import NamesCheck
    from checker.config import Settings

    s, t = make_document(src, src_lang, segmented=True), make_document(tgt, tgt_lang, segmented=True)
    alignment = Alignment(tuple(Link((i,), (i,)) for i in range(len(s.segments))))
    settings = Settings()
    return [f for f in NamesCheck().run(AuditContext(s, t, alignment, settings)) if settings.wants(f.code)]
