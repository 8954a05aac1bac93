"""The library entry point: ``audit(source_text, translation_text) -> Report``.

    read -> Document -> segment -> Segments -> embed + align -> Alignment -> checks -> Findings -> Report

Heavy resources (the embedder) are built once by the caller and passed in; when they are not, ``audit`` builds the
default ones, which are kept per process.
"""

from __future__ import annotations

from .align import ALIGNER_VERSION, align
from .checks import AuditContext, all_checks
from .config import Settings
from .document import Document
from .embed import EmbeddingCache, get_embedder
from .errors import InputError
from .langid import detect_language
from .report.model import Report, Signature
from .segment import SPLITTER_VERSION, segment


def make_document(text: str, language: str | None = None, *, name: str | None = None, markdown: bool = False,
                  segmented: bool = False) -> Document:
    """Segment a text into a :class:`Document`; the language is detected when not given."""
    label = name or "input"
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{label}: empty, nothing to audit")
    language = (language or detect_language(text, label)).lower()
    segments = segment(text, language, markdown=markdown, segmented=segmented)
    if not segments:
        raise InputError(f"{label}: no sentences found")
    return Document(text=text, language=language, segments=segments, name=name)


def audit(source_text: str, translation_text: str, source_lang: str | None = None, target_lang: str | None = None, *,
          settings: Settings | None = None, embedder=None, segmented: bool = False, markdown: bool = False,
          source_name: str | None = None, translation_name: str | None = None) -> Report:
    """Audit a translation against its source and return the :class:`~checker.report.Report`.

    ``embedder`` is any :class:`~checker.embed.Embedder`; build one with ``checker.embed.get_embedder()`` and pass it
    to many calls to load the model once. ``segmented=True`` treats each line as one sentence; ``markdown=True`` reads
    Markdown structure (headings, lists, paragraphs separated by blank lines).
    """
    from . import __version__

    settings = settings or Settings()
    source = make_document(source_text, source_lang, name=source_name or "source", markdown=markdown,
                           segmented=segmented)
    translation = make_document(translation_text, target_lang, name=translation_name or "translation",
                                markdown=markdown, segmented=segmented)
    embedder = embedder or get_embedder(settings.embedder)
    cache = EmbeddingCache(embedder)
    alignment = align(source.sentences, translation.sentences, embed=cache, params=settings.align)
    ctx = AuditContext(source, translation, alignment, settings, cache)
    findings = sorted((f for check in all_checks() for f in check.run(ctx)), key=lambda f: f.sort_key())
    signature = Signature(
        version=__version__,
        languages=(source.language, translation.language),
        segmenter=SPLITTER_VERSION + ("+lines" if segmented else ""),
        aligner=f"{ALIGNER_VERSION}(skip={settings.align.skip_cost:g},len={settings.align.length_weight:g},"
                f"merge={settings.align.merge_cost:g})",
        embedder=embedder.model,
        thresholds=(("mean", settings.mistranslation_threshold),
                    ("mean-contrast", settings.mistranslation_contrast)),
    )
    return Report(source, translation, alignment, tuple(findings), signature)
