"""The model registry: which back-translation model serves which language pair, and where its files are.

Models live in folders named after their hub id with ``/`` turned into ``--`` (``Helsinki-NLP--opus-mt-fr-id``; a
CTranslate2 conversion adds ``-ct2-int8``), looked up in ``$TRANSCHECK_MODELS`` when it is set, else in ``./models``
and ``~/.cache/transcheck/models``; then in the Hugging Face cache. Nothing here touches the network except ``download``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .base import TranslatorUnavailable

_REGISTRY_FILE = Path(__file__).with_name("models.toml")
BACKENDS = ("transformers", "ctranslate2")


def registry() -> dict:
    with open(_REGISTRY_FILE, "rb") as fh:
        return tomllib.load(fh)


def candidates(from_lang: str, to_lang: str) -> list[str]:
    """Hub ids that translate ``from_lang`` into ``to_lang``, best first; the multilingual fallback last."""
    reg = registry()
    return list(reg["pairs"].get(f"{from_lang}-{to_lang}", [])) + [reg["fallback"]]


def search_path() -> list[Path]:
    if os.environ.get("TRANSCHECK_MODELS"):
        return [Path(os.environ["TRANSCHECK_MODELS"])]
    return [Path("models"), Path.home() / ".cache" / "transcheck" / "models"]


def download_dir() -> Path:
    """Where ``transcheck models download`` and ``convert`` put folders by default."""
    return search_path()[0]


def folder_name(model_id: str, backend: str = "transformers") -> str:
    name = model_id.replace("/", "--")
    return name + "-ct2-int8" if backend == "ctranslate2" else name


def backend_of(folder: Path) -> str:
    """``ctranslate2`` for a converted model (model.bin beside a config without architectures), else transformers."""
    return "ctranslate2" if (folder / "model.bin").is_file() and not (folder / "pytorch_model.bin").exists() \
        and not any(folder.glob("*.safetensors")) else "transformers"


def fingerprint(folder: Path) -> str:
    """A revision for a local folder: the hub commit when it is a hub snapshot, else a hash of its config files and
    of its weight files' names and sizes."""
    if folder.parent.name == "snapshots":
        return folder.name[:12]
    h = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        h.update(path.name.encode())
        if path.suffix in (".json", ".txt", ".yml", ".yaml"):
            h.update(path.read_bytes())
        else:
            h.update(str(path.stat().st_size).encode())
    return h.hexdigest()[:12]


def is_model_folder(path: Path) -> bool:
    return path.is_dir() and (path / "config.json").is_file()


def _hub_cache_folder(model_id: str) -> Path | None:
    """The newest snapshot of ``model_id`` in the Hugging Face cache, without any network call."""
    try:
        from huggingface_hub import constants
    except ImportError:  # pragma: no cover - comes with transformers
        return None
    repo = Path(constants.HF_HUB_CACHE) / ("models--" + model_id.replace("/", "--"))
    ref = repo / "refs" / "main"
    if ref.is_file():
        snap = repo / "snapshots" / ref.read_text().strip()
        if is_model_folder(snap):
            return snap
    return None


@dataclass(frozen=True)
class Installed:
    model_id: str
    backend: str
    path: Path


def find_installed(model_id: str) -> list[Installed]:
    """Every local copy of ``model_id``: converted ones first (faster), then transformers folders, then the hub
    cache."""
    found = []
    for backend in ("ctranslate2", "transformers"):
        for base in search_path():
            folder = base / folder_name(model_id, backend)
            if is_model_folder(folder):
                found.append(Installed(model_id, backend_of(folder), folder))
    snap = _hub_cache_folder(model_id)
    if snap is not None:
        found.append(Installed(model_id, "transformers", snap))
    return found


def resolve(from_lang: str, to_lang: str, model: str | None = None, backend: str | None = None) -> Installed:
    """The model to translate ``from_lang`` into ``to_lang`` with.

    ``model`` is a folder or a hub id (default: the registry's candidates for the pair); ``backend`` restricts the
    choice to one backend (default: whatever is installed, CTranslate2 first). A hub id named explicitly with nothing
    local is returned as is, for the backend to fetch; otherwise :class:`TranslatorUnavailable` says what to do.
    """
    if backend is not None and backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")
    if model is not None and Path(model).exists():
        folder = Path(model)
        if not is_model_folder(folder):
            raise TranslatorUnavailable(f"{model}: not a model folder (no config.json)")
        kind = backend_of(folder)
        if backend and backend != kind:
            raise TranslatorUnavailable(f"{model} is a {kind} model, not a {backend} one"
                                        + ("; convert it with `transcheck models convert`" if backend == "ctranslate2"
                                           else ""))
        return Installed(str(folder), kind, folder)
    ids = [model] if model else candidates(from_lang, to_lang)
    for model_id in ids:
        for inst in find_installed(model_id):
            if backend is None or inst.backend == backend:
                return inst
    if model:
        if "/" in model and not model.startswith((".", "/")):
            return Installed(model, backend or "transformers", Path(model))  # the user named a hub id: fetch it
        raise TranslatorUnavailable(f"{model}: no such model folder")
    first = ids[0]
    where = " or ".join(str(p / folder_name(first)) for p in search_path()[:2])
    raise TranslatorUnavailable(
        f"no {from_lang}->{to_lang} translation model on this machine (looked for {', '.join(ids)}); run "
        f"`transcheck models download {from_lang}-{to_lang}`, or place the model's folder (config.json, weights, "
        f"tokenizer files) at {where}")


def download(model_id: str, dest: Path | None = None) -> Path:
    """Fetch ``model_id`` from the Hugging Face hub into ``dest`` (default: the download folder)."""
    dest = dest or download_dir() / folder_name(model_id)
    existed = dest.exists()
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import HfHubHTTPError, LocalEntryNotFoundError
    except ImportError as exc:  # pragma: no cover
        raise TranslatorUnavailable(f"huggingface_hub is not installed ({exc})") from None
    try:
        snapshot_download(model_id, local_dir=str(dest),
                          allow_patterns=["*.json", "*.spm", "*.model", "*.txt", "*.safetensors", "pytorch_model.bin"])
    except (LocalEntryNotFoundError, HfHubHTTPError, OSError) as exc:
        if not existed:
            shutil.rmtree(dest, ignore_errors=True)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise TranslatorUnavailable(
            f"cannot download {model_id} ({reason}). Without network, copy the model's folder from a machine that "
            f"has it (from its Hugging Face cache, or `hf download {model_id} --local-dir DIR`) to "
            f"{dest}") from None
    return dest
