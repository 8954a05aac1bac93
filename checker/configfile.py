r"""The configuration file: ``[tool.transcheck]`` in ``pyproject.toml``, or a ``transcheck.toml`` (top level, or its own
``[tool.transcheck]``), found in the current folder or the nearest parent that has one; the command line overrides it.

    [tool.transcheck]
    source_lang = "id"                  # languages, when every article of the project has the same
    target_lang = "fr"
    fail_on = "warning"                 # error | warning | info | never
    select = ["COV", "NUM", "NAME001"]  # rule codes or prefixes to report (default: all but NAME003)
    extend_select = ["NAME003"]         # and these too
    ignore = ["LANG003"]                # never report these
    glossary = "glossary.tsv"           # relative to this file
    boilerplate = ["^Baca juga:"]       # known boilerplate, besides the built-in AI disclaimers
    jobs = 2                            # batch worker processes (or Ray actors)
    engine = "local"                    # batch engine: local | ray
    ray_address = "ray://head:10001"    # with engine = "ray": the cluster to join (default: a local Ray)
    seen = "seen.tsv"                   # batch: skip articles audited by an earlier run (same id, same texts)
    ner = "spacy"                       # spacy | none: what decides whether a word opening a sentence is a name
    embedding_cache = 8192              # texts whose vectors a batch worker keeps between articles (0: none)

    [tool.transcheck.feeds]             # batch inputs that are RSS/Atom feeds, HTML pages, sitemaps, URLs
    pair = '/(?:(?P<lang>fr|en)/)?(?:berita|news)/(?P<id>\d+)'   # the pairing rule: (?P<id>) and optional (?P<lang>)
    pair_field = "link"                 # the item field it reads: link | guid | title | any element of the items
    pair_languages = { "" = "id" }      # lang group value -> language code; "": links where the group is absent
    follow_links = false                # audit the pages the items link to, not the feed's text
    timeout = 20                        # seconds per request
    retries = 2                         # tries after the first (timeouts, refused connections, 429, 5xx)

    [tool.transcheck.severity]          # a rule's severity, by code or prefix (the longest wins)
    COV002 = "warning"

    [tool.transcheck.thresholds]
    mistranslation = 0.785              # MEAN001 similarity
    mistranslation_contrast = -0.039    # MEAN001 contrast
    min_words_for_meaning = 3
    back_translation_chrf = 25          # MEAN002
    back_translation_similarity = 0.86

    [tool.transcheck.back_translation]
    mode = "auto"                       # auto | off
    backend = "ctranslate2"             # transformers | ctranslate2 | precomputed
    model = "models/Helsinki-NLP--opus-mt-fr-id-ct2-int8"   # relative to this file when it exists there
    device = "cpu"
    beam_size = 4
    max_length = 256
    batch_size = 16
    cache = "~/.cache/transcheck/translations.sqlite"        # "" turns the cache off
    required = false
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from .config import BOILERPLATE, BackTranslationSettings, Settings
from .embed.base import DEFAULT_CACHE_SIZE
from .errors import InputError
from .translate.base import Decoding

TOP = {"source_lang": str, "target_lang": str, "fail_on": str, "select": list, "extend_select": list, "ignore": list,
       "glossary": str, "boilerplate": list, "ner": str, "jobs": int, "embedding_cache": int, "severity": dict,
       "thresholds": dict, "back_translation": dict, "feeds": dict, "engine": str, "ray_address": str, "seen": str}
EMPTY_KEY = '""'
FEEDS = {"pair": str, "pair_field": str, "pair_languages": dict, "follow_links": bool, "timeout": float,
         "retries": int}
THRESHOLDS = {"mistranslation": ("mistranslation_threshold", float),
              "mistranslation_contrast": ("mistranslation_contrast", float),
              "min_words_for_meaning": ("min_words_for_meaning", int),
              "back_translation_chrf": ("chrf_threshold", float),
              "back_translation_similarity": ("similarity_threshold", float)}
BACK = {"mode": str, "backend": str, "model": str, "device": str, "beam_size": int, "max_length": int,
        "batch_size": int, "cache": str, "required": bool}


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``transcheck.toml``, or ``pyproject.toml`` with a ``[tool.transcheck]`` table, from ``start`` up."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "transcheck.toml").is_file():
            return folder / "transcheck.toml"
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "transcheck" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}):
                    return pyproject
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
    return None


def read_config(path: Path) -> dict[str, Any]:
    """The transcheck table of a configuration file, checked: unknown keys and wrong types are errors."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such configuration file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
    table = data.get("tool", {}).get("transcheck")
    if table is None:
        if path.name == "pyproject.toml":
            raise InputError(f"{path}: no [tool.transcheck] table")
        table = {k: v for k, v in data.items() if k != "tool"}
    _check(path, "", table, TOP)
    _check(path, "thresholds.", table.get("thresholds", {}), {k: t for k, (_, t) in THRESHOLDS.items()})
    _check(path, "back_translation.", table.get("back_translation", {}), BACK)
    _check(path, "feeds.", table.get("feeds", {}), FEEDS)
    for value, lang in table.get("feeds", {}).get("pair_languages", {}).items():
        if not isinstance(lang, str):
            raise InputError(f"{path}: feeds.pair_languages.{value or EMPTY_KEY} must be a string")
    try:
        web_inputs(table)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    for code, sev in table.get("severity", {}).items():
        if not isinstance(sev, str):
            raise InputError(f"{path}: severity.{code} must be a string")
    return table


def _check(path: Path, prefix: str, table: dict, types: dict) -> None:
    for key, value in table.items():
        if key not in types:
            raise InputError(f"{path}: unknown setting {prefix}{key} (known: {', '.join(sorted(types))})")
        want = types[key]
        ok = isinstance(value, want) or (want is float and isinstance(value, int) and not isinstance(value, bool))
        if not ok or (want is int and isinstance(value, bool)):
            raise InputError(f"{path}: {prefix}{key} must be {want.__name__}, not {type(value).__name__}")


def web_inputs(table: dict[str, Any]):
    """How feeds and pages are read and paired (checker.feeds.WebInputs), from a merged table; the engine checked."""
    from .batch import ENGINES
    from .feeds import DEFAULT_PATTERN, FetchOptions, Pairing, WebInputs

    feeds = table.get("feeds", {})
    if table.get("engine", "local") not in ENGINES:
        raise InputError(f"engine must be one of {', '.join(ENGINES)}, not {table['engine']!r}")
    try:
        pairing = Pairing(feeds.get("pair") or DEFAULT_PATTERN, feeds.get("pair_field") or "link",
                          tuple(sorted(feeds.get("pair_languages", {}).items())))
        fetch = FetchOptions(timeout=float(feeds.get("timeout", 20.0)), retries=int(feeds.get("retries", 2)))
    except ValueError as exc:
        raise InputError(str(exc)) from None
    return WebInputs(pairing=pairing, fetch=fetch, follow_links=bool(feeds.get("follow_links", False)))


def merge(table: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """The file's table with command-line values on top (nested tables merged key by key)."""
    merged = {k: (dict(v) if isinstance(v, dict) else v) for k, v in table.items()}
    for key, value in overrides.items():
        if isinstance(value, dict):
            merged.setdefault(key, {}).update(value)
        else:
            merged[key] = value
    return merged


def build_settings(table: dict[str, Any], base: Path | None = None) -> Settings:
    """Settings from a merged table; relative paths (glossary, model) are read from ``base``."""
    from .glossary import load_glossary

    def path(value: str) -> str:
        p = Path(value).expanduser()
        return str(base / p) if base is not None and not p.is_absolute() and (base / p).exists() else str(p)

    bt = table.get("back_translation", {})
    th = table.get("thresholds", {})
    decoding = Decoding(**{k: bt[k] for k in ("beam_size", "max_length", "batch_size") if k in bt})
    try:
        back = BackTranslationSettings(
            mode=bt.get("mode", "auto"), backend=bt.get("backend"),
            model=path(bt["model"]) if bt.get("model") else None, device=bt.get("device", "cpu"), decoding=decoding,
            cache=str(Path(bt["cache"]).expanduser()) if bt.get("cache") else bt.get("cache"),
            required=bt.get("required", False),
            **{THRESHOLDS[k][0]: float(v) for k, v in th.items() if k.startswith("back_translation")})
        settings = Settings(
            fail_on=table.get("fail_on", "error"),
            ner=table.get("ner", "spacy"),
            embedding_cache=table.get("embedding_cache", DEFAULT_CACHE_SIZE),
            glossary=load_glossary(path(table["glossary"])) if table.get("glossary") else None,
            boilerplate=BOILERPLATE + tuple(table.get("boilerplate", ())),
            back_translation=back,
            select=tuple(c.upper() for c in table.get("select", ())),
            ignore=tuple(c.upper() for c in table.get("ignore", ())),
            extend_select=tuple(c.upper() for c in table.get("extend_select", ())),
            severity=tuple((c.upper(), s) for c, s in table.get("severity", {}).items()))
        return replace(settings, **{THRESHOLDS[k][0]: THRESHOLDS[k][1](v) for k, v in th.items()
                                    if not k.startswith("back_translation")})
    except ValueError as exc:
        raise InputError(f"settings: {exc}") from None


def resolve(config: str | None, overrides: dict[str, Any], start: Path | None = None
            ) -> tuple[Settings, dict[str, Any], Path | None]:
    """(settings, the merged table, the file used) from ``--config`` (or the nearest file) and the command line."""
    path = Path(config) if config else find_config(start)
    table = read_config(path) if path else {}
    merged = merge(table, overrides)
    return build_settings(merged, path.parent if path else None), merged, path
