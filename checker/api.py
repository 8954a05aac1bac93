"""The library entry point: ``audit(source_text, translation_text) -> Report``.

    read -> Document -> segment -> Segments -> embed + align -> Alignment -> checks -> Findings -> Report
                                          `-> back-translate -> scores --^

Heavy resources (the embedder, the back-translator) are built once by the caller and passed in; when they are not,
``audit`` builds the default ones, which are kept per process.
"""

from __future__ import annotations

from dataclasses import replace

from .align import ALIGNER_VERSION, align
from .checks import ALL, AuditContext, all_checks, limits_of
from .checks.names import names_read_once
from .config import Settings
from .document import Document
from .embed import EmbeddingCache, get_embedder
from .errors import InputError
from .lang import language
from .langid import detect_language
from .ner import recogniser_for
from .profile import Profile
from .report.model import CheckRun, Finding, Report, Signature
from .segment import SPLITTER_VERSION, segment
from .translate.backtranslation import BackTranslation, back_translate, score
from .translate.base import TranslatorUnavailable


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
          settings: Settings | None = None, embedder=None, translator=None, segmented: bool = False,
          markdown: bool = False, source_name: str | None = None, translation_name: str | None = None,
          profile: Profile | None = None) -> Report:
    """Audit a translation against its source and return the :class:`~checker.report.Report`.

    ``embedder`` is any :class:`~checker.embed.Embedder`; build one with ``checker.embed.get_embedder()`` and pass it
    to many calls to load the model once; an :class:`~checker.embed.EmbeddingCache` passed instead is used as it is,
    so the calls share its vectors (a batch worker keeps one). ``translator`` is any
    :class:`~checker.translate.Translator` from the translation's language into the source's; without one, ``settings.back_translation`` says which to load, and
    when none can be, the report says back-translation was skipped and why (or, with ``required``,
    :class:`InputError` is raised). ``segmented=True`` treats each line as one sentence; ``markdown=True`` reads
    Markdown structure (headings, lists, paragraphs separated by blank lines). ``profile``, a
    :class:`~checker.profile.Profile`, gets the seconds of each stage (segmenting, the encoder, the alignment search,
    back-translation, each check).
    """
    settings = settings or Settings()
    profile = profile or Profile()
    with profile.stage("segment"):
        source = make_document(source_text, source_lang, name=source_name or "source", markdown=markdown,
                               segmented=segmented)
        translation = make_document(translation_text, target_lang, name=translation_name or "translation",
                                    markdown=markdown, segmented=segmented)
    profile.document_chars += len(source.text) + len(translation.text)
    if embedder is None:
        with profile.stage("load-embedder"):
            embedder = get_embedder(settings.embedder)
    cache = embedder if isinstance(embedder, EmbeddingCache) else EmbeddingCache(embedder)
    return audit_documents(source, translation, settings=settings, embed=cache, translator=translator,
                           segmented=segmented, profile=profile)


def audit_documents(source: Document, translation: Document, *, settings: Settings, embed: EmbeddingCache,
                    translator=None, segmented: bool = False, profile: Profile | None = None) -> Report:
    """Audit one pair of documents already segmented, with an embedding cache the caller keeps (so several
    translations of one source embed its sentences once): what :func:`audit` does after reading."""
    from . import __version__

    profile = profile or Profile()
    cache = embed
    with profile.stage("align", cache):
        alignment = align(source.sentences, translation.sentences, embed=cache, params=settings.align)
    with profile.stage("back-translation", cache):
        back = _back_translation(source, translation, alignment, settings, translator, cache)
    ctx = AuditContext(source, translation, alignment, settings, cache, back)
    found, runs = run_checks(ctx, profile)
    findings = sorted((replace(f, severity=settings.severity_of(f.code, f.severity)) for f in found
                       if settings.wants(f.code)), key=lambda f: f.sort_key())
    signature = Signature(
        version=__version__,
        languages=(source.language, translation.language),
        segmenter=SPLITTER_VERSION + ("+lines" if segmented else ""),
        aligner=f"{ALIGNER_VERSION}({settings.align.describe()})",
        embedder=cache.model,
        back_translation=back.signature(),
        ner="+".join(getattr(recogniser_for(settings.ner, doc.language), "model", "none")
                     for doc in (source, translation)),
        words="+".join(language(doc.language).tokenizer for doc in (source, translation)),
        thresholds=(("mean", settings.mistranslation_threshold),
                    ("mean-contrast", settings.mistranslation_contrast)),
    )
    return Report(source, translation, alignment, tuple(findings), signature, back, runs)


def run_checks(ctx: AuditContext, profile: Profile | None = None) -> tuple[list[Finding], tuple[CheckRun, ...]]:
    """Run every check on the pair: its findings, and what each check did. A check whose limits say it cannot run
    (``"*"``) is skipped; one that stops on an error of its own is reported as failed, with the error, and the audit
    goes on (a language the check does not know must never end an audit on a traceback). ``profile`` times each
    check."""
    profile = profile or Profile()
    findings: list[Finding] = []
    runs: list[CheckRun] = []
    for check in all_checks():
        limits = limits_of(check, ctx)
        if ALL in limits:
            runs.append(CheckRun(check.name, "skipped", (), ((ALL, limits[ALL]),)))
            continue
        rules = tuple(code for code in check.rules if code not in limits)
        try:
            with profile.stage(f"check:{check.name}", ctx.embed):
                findings += [f for f in check.run(ctx) if f.code not in limits]
        except Exception as exc:  # noqa: BLE001 (reported, with the error, in the report; the CLI says it too)
            reason = f"stopped on an error: {type(exc).__name__}: {exc}"
            runs.append(CheckRun(check.name, "failed", (), ((ALL, reason),)))
            continue
        not_run = tuple((code, why) for code, why in limits.items())
        runs.append(CheckRun(check.name, "partial" if not_run else "ran", rules, not_run))
    return findings, tuple(runs)


def _back_translation(source: Document, translation: Document, alignment, settings: Settings, translator,
                      embed) -> BackTranslation:
    """Back-translate the translation and score it, or say why not."""
    if translator is None:
        from .translate.loader import load_translator

        try:
            translator = load_translator(settings.back_translation, translation.language, source.language)
        except TranslatorUnavailable as exc:
            if settings.back_translation.required:
                raise InputError(f"back-translation required, but unavailable: {exc}") from None
            return BackTranslation.skipped(str(exc))
    sentences = back_translate(translation, translator)
    pairs, document = score(source, translation, alignment, sentences, embed)
    return BackTranslation("done", None, translator.name, translator.model, translator.revision,
                           translator.decoding.key(), sentences, pairs, document)


def version_labels(languages) -> list[str]:
    """A label per version: its language code, numbered from the second version of a language on (``fr``, ``fr-2``)."""
    seen: dict[str, int] = {}
    out = []
    for lang in languages:
        seen[lang] = seen.get(lang, 0) + 1
        out.append(lang if seen[lang] == 1 else f"{lang}-{seen[lang]}")
    return out


def audit_versions(source_text: str | None, versions, source_lang: str | None = None, *,
                   settings: Settings | None = None, embedder=None, translators=None, segmented: bool = False,
                   markdown: bool = False, source_name: str | None = None, profile: Profile | None = None):
    """Audit several versions (translations) of one article together and return a
    :class:`~checker.report.model.VersionsReport`.

    ``versions`` is a mapping ``{lang: text}`` or a sequence of ``(lang, text)`` or ``(lang, text, name)`` (a lang of
    None is detected). Where there is a source (``source_text`` not None), each version is audited against it as
    :func:`audit` does, with one embedding cache for all (the source is segmented and its sentences embedded once),
    and the versions are compared with each other through their alignments to the source. Without a source, the
    versions are aligned to the first one and only compared with each other. ``translators``: ``{lang: Translator}``
    for back-translation, per version's language.
    """
    settings = settings or Settings()
    profile = profile or Profile()
    items = list(versions.items()) if isinstance(versions, dict) else [tuple(v) for v in versions]
    if not items or (source_text is None and len(items) < 2):
        raise InputError("versions: " + ("none given" if not items else "without a source, at least two are needed"))
    with profile.stage("segment"):
        source = None if source_text is None else make_document(
            source_text, source_lang, name=source_name or "source", markdown=markdown, segmented=segmented)
        docs = [make_document(item[1], item[0], name=item[2] if len(item) > 2 else None, markdown=markdown,
                              segmented=segmented) for item in items]
        docs = [d if d.name else replace(d, name=f"translation ({d.language})") for d in docs]
    profile.document_chars += sum(len(d.text) for d in docs) + (len(source.text) if source else 0)
    labels = version_labels(d.language for d in docs)
    if embedder is None:
        with profile.stage("load-embedder"):
            embedder = get_embedder(settings.embedder)
    cache = embedder if isinstance(embedder, EmbeddingCache) else EmbeddingCache(embedder)
    with names_read_once():  # the pairs and the check across versions read each document's names once
        return _audit_versions(source, docs, labels, settings, cache, translators, segmented, profile)


def _audit_versions(source, docs, labels, settings, cache, translators, segmented, profile):
    from . import __version__
    from .checks.versions import SOURCE_LABEL, VersionsCheck, VersionsContext, witnesses
    from .report.model import VersionsReport

    reports = []
    if source is not None:
        for label, doc in zip(labels, docs):
            translator = (translators or {}).get(doc.language)
            reports.append((label, audit_documents(source, doc, settings=settings, embed=cache,
                                                   translator=translator, segmented=segmented, profile=profile)))
        pivot, alignments = source, [r.alignment for _, r in reports]
    else:
        pivot = docs[0]
        with profile.stage("align", cache):
            alignments = [align(pivot.sentences, doc.sentences, embed=cache, params=settings.align) for doc in docs[1:]]
    found_witnesses = witnesses(source, list(zip(labels, docs)), alignments)
    groups = [(w.label, w.groups) for w in found_witnesses if w.label != SOURCE_LABEL]
    ctx = VersionsContext(found_witnesses, settings)
    with profile.stage("check:versions", cache):
        found = VersionsCheck().run(ctx)
    order = {w.label: k for k, w in enumerate(found_witnesses)}
    findings = sorted((replace(f, severity=settings.severity_of(f.code, f.severity)) for f in found
                       if settings.wants(f.code)),
                      key=lambda f: (order.get(f.spans[0].side, 0) if f.spans else 0,
                                     f.spans[0].start if f.spans else 0, f.code, f.message))
    signature = (f"transcheck:{__version__}|versions:{'+'.join(labels)}|pivot:{pivot.language}"
                 f"{'' if source is not None else '(no source)'}|align:{ALIGNER_VERSION}({settings.align.describe()})"
                 f"|embed:{cache.model}")
    return VersionsReport(source, tuple(zip(labels, docs)), tuple(reports), tuple(groups), tuple(findings),
                          signature)
