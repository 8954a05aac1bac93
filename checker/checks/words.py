"""Words that are wrong as words: loops, garbled words, half-translated words, third-language words, names in lower
case. What real machine translation gets wrong and a human reference almost never does.

- REP001: a word or a phrase of up to 4 words repeated back to back, with only spaces between the copies, that the
  aligned source does not repeat: « le ministre du ministre du ministre », « Il a Il a Il a ». Words a language
  writes twice in correct text (« nous nous ») are left alone.
- SPELL001: a word of neither language, a broken subword: « dékaratif », a truncated « promulg », « tanis » out of
  « bertani ». Lower-case, not in the source, unknown to the target language's Hunspell dictionary (through chunspell;
  wordfreq where no dictionary is installed), to English's, and to the source language's, unless it is a piece of a
  source word (then the evidence names it). A word written three times or more is a term of the article, not a garble.
  Not read where the target language is written without capitals (Chinese, Japanese, Arabic): names cannot be told
  from words there; the report says so among the checks that ran in part.
- SPELL002: a word of the target's dictionary cut short into another: rare in the language's news and the beginning
  of a far commoner word (« polit » for « politique », « sema » for « semaine »).
- LANG005: a source word half-translated: kept with its clitic (« Kampanyenya »: Indonesian -nya, -lah, -kah, -pun on
  a word of the source language) or given the target language's plural (« calegs » for the source's « caleg »).
- LANG006: a word of a third language, the one the target language's news quotes (English for French), where a
  target-language word belongs: « les farmers ». Information when the translation uses it three times or more: a term
  kept on purpose.
- CASE001: a name that the source writes with a capital, or as an acronym, written in lower case in the translation
  (« pdip », « prabowo »): a capitalisation finding, not an untranslated word.

Each finding is one word of one document, with every occurrence among its spans and their count in the evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from ..document import SOURCE, TRANSLATION, Document, Span, nfc_with_offsets
from ..lang import Language, language
from ..report.model import Finding
from .base import AuditContext, register_check
from .language import other_script, unknown_language

MAX_PHRASE = 4
"""The longest phrase a loop is looked for with, in words."""
TERM_REPEATS = 3
"""A word unknown to every dictionary that the translation writes this often is a term of the article."""
PASSAGE_WORDS = 3
"""... when they are this many at least."""
DOCUMENT_SHARE = 0.2
"""A translation whose lower-case words are this often not the target language's is in another language (LANG004);
the words of a script without case (Chinese, Japanese, Arabic) count among its words."""
NAME_ZIPF = 2.5
"""A name the source capitalises counts for CASE001 when it is an acronym there, or this common in the source
language's news (« prabowo »): a word quoted as a word (« Twp », Welsh for daft) is not a name."""
LENIENT_ZIPF = 2.0
"""A word the dictionaries lack that wordfreq has this often, in the target language or the third, is not a garble
(« dashcam »); a piece of a source word is one all the same (« tanis » out of « bertani »)."""
OWN_ZIPF = 3.5
"""A word the target's dictionary lacks that wordfreq has this often in the target language, and ten times as often as
in the third, is a spelling of the language (« connait », the 1990 spelling), not a word cut short."""
BORROWED_ZIPF = 0.75
"""A word of the third language is LANG006 when the third language's news writes it (as written, or its singular)
this much more often than the target language's news writes it (or that singular), on wordfreq's Zipf scale: « farmers » (4.43 in English, 2.34 in
French). A word French news writes nearly as often (« maul », « bankable », « curiae ») or only in its own letters
(« pénaltys ») is a loanword of French. On NTREX-128: the English words the benchmark puts in place of French ones
are 0.78 or more; 4 of the 6 clean LANG006 findings were under it."""
MIN_PIECE = 4
"""A word cut short, or the beginning of a source word, has this many letters at least (« gall »)."""
CUT_ZIPF = 3.0
"""A word of the target's dictionary is SPELL002, a word cut short into another, when wordfreq has it this rarely ..."""
CUT_GAP = 2.0
"""... and the commonest word it begins (two letters longer at least) this much more often, on the Zipf scale (a
hundred times): « polit » (2.5) and « politique » (5.6), « sema » (2.6) and « semaine » (5.4). On NTREX-128's clean
French it takes two passé simple forms (« initia », « informa »: an initiative, an information cut short, to the
rule); at a gap of 1.5, six; under Zipf 3.5, « confia » too. The clean English has none."""
PASSAGE_SHARE = 0.4
"""A sentence whose lower-case words are this often another language's and not the target's is a passage in that
language: the LANG001 and LANG002 rules report it, not word by word."""


def fold(text: str) -> str:
    """Lower case, accents off: how the words of two texts are compared."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def core(word: str, lang: Language) -> str:
    """A word without the elided word glued before it (« l’amicus » -> « amicus »), when the whole is not a word."""
    parts = re.split(r"['’]", word)
    if len(parts) > 1 and len(parts[0]) <= 6 and not lang.spelled(word):
        return parts[-1]
    return word


def target_word(word: str, lang: Language) -> bool:
    """Whether ``word`` is a word of ``lang``; a hyphenated word is when each part is."""
    if lang.is_word(word):
        return True
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(len(p) < 3 or lang.is_word(p) for p in parts)


def clitic_stem(word: str, source: Language, source_words: set[str]) -> tuple[str, str] | None:
    """(stem, clitic) when ``word`` is a word of the source language with one of its clitics glued on
    (« kampanyenya »: « kampanye » and -nya)."""
    low = word.casefold()
    for clitic in source.clitics:
        stem = low[:-len(clitic)]
        if low.endswith(clitic) and len(stem) >= 3 and (stem in source_words or source.is_word(stem)):
            return stem, clitic
    return None


def plural_stem(word: str, target: Language, source: Language, source_words: set[str]) -> tuple[str, str] | None:
    """(stem, suffix) when ``word`` is a word of the source, and of its language, given the target language's plural
    (« calegs »). A word the source itself borrows (« fourball » in an Indonesian text) may take a plural."""
    low = word.casefold()
    for suffix in target.plural_suffixes:
        stem = low[:-len(suffix)]
        if low.endswith(suffix) and len(stem) >= 3 and stem in source_words and source.is_word(stem):
            return stem, suffix
    return None


def source_forms(doc: Document) -> dict[str, set[str]]:
    """Each word of a document, lower-cased, with the forms it is written in where it does not open a sentence
    (a capital there says nothing); a word seen only opening sentences has an empty set."""
    lang = language(doc.language)
    out: dict[str, set[str]] = defaultdict(set)
    for seg in doc.segments:
        for k, (s, e) in enumerate(lang.word_spans(seg.text)):
            word = seg.text[s:e]
            before = seg.text[:s].rstrip()
            opening = k == 0 or before[-1:] in ".!?:\"“”«»(—–-"
            for part in {word, core(word, lang)}:
                forms = out[part.casefold()]
                if not opening or (len(part) > 1 and part.isupper()):
                    forms.add(part)
    return out


def only_capitalised(forms: set[str]) -> bool:
    """Whether a source word is always written with a capital (or as an acronym) where it does not open a sentence."""
    return bool(forms) and all(f[:1].isupper() for f in forms)


@dataclass
class _Group:
    code: str
    word: str
    spans: list[Span]
    evidence: dict


@register_check
class WordsCheck:
    name = "words"
    rules = {
        "REP001": "A word or phrase repeated back to back that the source does not repeat (a loop).",
        "SPELL001": "A word of neither language: a garbled, merged or truncated word, not a name, not in the source.",
        "SPELL002": "A dictionary word cut short into another: rare, the start of a far commoner word (polit, sema).",
        "LANG005": "A source word half-translated: kept with its clitic (-nya, -lah) or given a target plural (calegs).",
        "LANG006": "A word of a third language (English) in place of a target-language word (les farmers).",
        "CASE001": "A name the source capitalises written in lower case in the translation (pdip, prabowo).",
    }

    def limits(self, ctx: AuditContext) -> dict[str, str]:
        if not language(ctx.translation.language).has_case:
            why = (f"« {ctx.translation.language} » is written without capitals: a name (トカエフ, توكاييف) cannot be "
                   "told from a word, and a dictionary has neither")
            return {"SPELL001": why, "SPELL002": why}
        return {}

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        src, tgt = ctx.source, ctx.translation
        yield from _loops(ctx)
        if src.language == tgt.language:
            return
        yield from _words(ctx)


# --- loops ----------------------------------------------------------------------------------------------------------

def _repeats(text: str, lang: Language, skip_doubled: bool = True) -> list[tuple[int, int, str, int]]:
    """Back-to-back repetitions in ``text``: (start, end, phrase, copies), the shortest phrase first, each stretch once.
    Copies stand apart by spaces only (« non, non » is not a loop)."""
    spans = lang.word_spans(text)
    words = [text[s:e].casefold() for s, e in spans]
    out, used = [], set()
    for n in range(1, MAX_PHRASE + 1):
        i = 0
        while i + 2 * n <= len(words):
            copies = 1
            while (i + (copies + 1) * n <= len(words)
                   and words[i + copies * n:i + (copies + 1) * n] == words[i:i + n]
                   and not text[spans[i + copies * n - 1][1]:spans[i + copies * n][0]].strip()):
                copies += 1
            if copies >= 2 and not used & set(range(i, i + copies * n)):
                phrase = words[i:i + n]
                if not (skip_doubled and n == 1 and phrase[0] in lang.doubled_words):
                    if all(any(ch.isalpha() for ch in w) for w in phrase):
                        out.append((spans[i][0], spans[i + copies * n - 1][1], " ".join(phrase), copies))
                        used |= set(range(i, i + copies * n))
                i += copies * n
            else:
                i += 1
    return sorted(out)


def _source_repeats(text: str, lang: Language, hyphen: bool = True) -> set[str]:
    """The words a source sentence repeats back to back, with spaces, commas or a hyphen between (« Roa-Roa »,
    « tidak, tidak »): the translation may repeat them too. With ``hyphen`` False, only those with spaces or
    commas between: a hyphen makes one word of the two, a language's reduplication (« laki-laki », « lagi-lagi »)."""
    tokens = list(re.finditer(r"[^\W\d_]+", text))
    return {b.group().casefold() for a, b in zip(tokens, tokens[1:])
            if a.group().casefold() == b.group().casefold() and (hyphen or "-" not in text[a.end():b.start()])}


def _loops(ctx: AuditContext) -> Iterable[Finding]:
    src, tgt = ctx.source, ctx.translation
    slang, tlang = language(src.language), language(tgt.language)
    aligned: dict[int, list[int]] = {}
    for link in ctx.alignment.links:
        for j in link.translation:
            aligned[j] = list(link.source)
    for seg in tgt.segments:
        source_text = " ".join(src.segments[i].norm for i in aligned.get(seg.index, []))
        text, offsets = nfc_with_offsets(seg.text)
        repeated_in_source = _source_repeats(source_text, slang)
        said_twice = _source_repeats(source_text, slang, hyphen=False)
        source_loops = {phrase for _, _, phrase, _ in _repeats(source_text, slang, False)}
        for start, end, phrase, copies in _repeats(text, tlang):
            if phrase in source_loops or (len(phrase.split()) == 1 and said_twice) \
                    or any(w in repeated_in_source for w in phrase.split()):
                continue  # the source repeats it too (« Roa-Roa », « tidak, tidak »), not by reduplication alone
            start, end = offsets[start], offsets[end]
            shown = seg.text[start:end]
            yield Finding("REP001", "error", f"« {_clip(shown)} » in translation sentence {seg.index + 1}: "
                          f"« {phrase} » {copies} times in a row, which the source does not repeat",
                          (Span(TRANSLATION, seg.start + start, seg.start + end, shown),),
                          {"phrase": phrase, "copies": copies, "words": len(phrase.split())})


def _clip(text: str, size: int = 80) -> str:
    return text if len(text) <= size else text[:size - 3] + "..."


# --- words ----------------------------------------------------------------------------------------------------------

def _words(ctx: AuditContext) -> Iterable[Finding]:
    src, tgt = ctx.source, ctx.translation
    slang, tlang = language(src.language), language(tgt.language)
    third = language(tlang.quoted_language) if tlang.quoted_language and tlang.quoted_language not in (
        src.language, tgt.language) else None
    forms = source_forms(src)
    source_words = set(forms)
    folded_source = {fold(w) for w in source_words}
    groups: dict[tuple[str, str], _Group] = {}
    counts: dict[str, int] = defaultdict(int)
    occurrences = []
    all_foreign = all_lower = caseless = 0
    others = [lang for lang in (slang, third) if lang is not None]
    aligned: dict[int, set[str]] = {}
    for link in ctx.alignment.pairs():
        near = {w.casefold() for i in link.source for w in slang.words(src.segments[i].norm)}
        for j in link.translation:
            aligned[j] = near
    for seg in tgt.segments:
        found = []
        foreign = lower = copied = 0
        flags: list[bool] = []
        text, offsets = nfc_with_offsets(seg.text)  # decomposed accents: words are read in NFC
        if other_script(text, tlang):
            continue  # a passage in another script (an English footer in Chinese): LANG001 reports it
        for s, e in tlang.word_spans(text):
            word = text[s:e]
            if any(ch.isdigit() for ch in word):
                continue
            c = core(word, tlang)
            offset = s + len(word) - len(c)
            copied += word.casefold() in aligned.get(seg.index, ())
            if c.islower():  # the sentence's language, by its lower-case words, short ones too (the, by, dan)
                lower += 1
                flags.append(_foreign(c, tlang, others))
                foreign += flags[-1]
            elif not any(ch.isupper() or ch.islower() for ch in c):
                caseless += 1  # a word of a script without case (Chinese, Arabic): the target's, as a rule
            if len(c) < 3:
                continue
            counts[c.casefold()] += 1
            if c[1:] != c[1:].lower():
                continue  # an acronym, a name with capitals inside (« McCain »)
            kind = _classify(c, slang, tlang, third, forms, source_words, folded_source, aligned.get(seg.index, ()))
            if kind is not None:
                a, b = seg.start + offsets[offset], seg.start + offsets[e]
                found.append((kind, c, Span(TRANSLATION, a, b, tgt.text[a:b])))
        all_foreign += foreign
        all_lower += lower
        words = len(tlang.word_spans(text))
        if foreign >= PASSAGE_WORDS and foreign >= PASSAGE_SHARE * lower or \
                any(sum(flags[k:k + 5]) >= PASSAGE_WORDS for k in range(len(flags))):
            continue  # a passage in another language (a headline run into a sentence): LANG001 and LANG002
        if words >= 2 and copied >= 0.5 * words:
            continue  # the source sentence copied: LANG002
        if len(found) >= PASSAGE_WORDS and unknown_language(text, tgt.language):
            continue  # a sentence in a language of the target's script other than those of the audit: LANG001
        occurrences.extend(found)
    # the words a language written without case reads in count too: one Indonesian word in a Chinese article whose
    # only other lower-case word is « ye » is not an article in another language
    if all_foreign >= DOCUMENT_SHARE * max(all_lower + caseless, 1):
        return  # the translation is not in its language at all: LANG004
    for (code, detail), word, span in occurrences:
        if code == "SPELL001" and counts[word.casefold()] >= TERM_REPEATS:
            continue  # a term of the article the dictionaries do not know (« fourballs »)
        if code == "SPELL002" and counts[word.casefold()] >= 2:
            continue  # a rare word the article writes again is the word it means, not the same slip twice
        group = groups.get((code, word.casefold()))
        if group is None:
            group = groups[(code, word.casefold())] = _Group(code, word, [], dict(detail))
        group.spans.append(span)
    for group in groups.values():
        yield _finding(group, src, slang)


def _foreign(word: str, target: Language, others: list[Language]) -> bool:
    """Whether a lower-case word is another language's and not the target's, by their dictionaries alone (wordfreq's
    French has "the" and "with"), or by word frequencies where a dictionary is missing."""
    def knows(lang: Language) -> bool:
        known = lang.spelled(word)
        return lang.is_word(word) if known is None else known

    return not knows(target) and any(knows(lang) for lang in others)


def _spelled_word(word: str, lang: Language) -> bool:
    """Whether the language's dictionary knows ``word`` (a hyphenated word when each part is; a compound prefix before
    a known word); its word frequencies where it has no dictionary."""
    if lang.spelling is None:
        return target_word(word, lang)
    if lang.spelled(word):
        return True
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1 and all(len(p) < 3 or lang.spelled(p) for p in parts):
        return True
    return any(word.startswith(p) and len(word) - len(p) >= 4 and lang.spelled(word[len(p):].lstrip("-"))
               for p in lang.compound_prefixes)


def _classify(word: str, slang: Language, tlang: Language, third: Language | None, forms: dict[str, set[str]],
              source_words: set[str], folded_source: set[str], near: Iterable[str] = ()):
    """What is wrong with one word of the translation, as (code, evidence), or None. ``near``: the words of the
    aligned source sentences."""
    low = word.casefold()
    capital = word[:1].isupper()
    stem = clitic_stem(word, slang, source_words)
    if stem and not target_word(low, tlang):
        return "LANG005", {"stem": stem[0], "clitic": stem[1], "why": f"the source language's « {stem[0]} » with "
                           f"its clitic -{stem[1]}"}
    if capital:
        return None  # a name, or a sentence's first word: left to the names check
    if low in source_words or fold(low) in folded_source:
        written = forms.get(low, set())
        if only_capitalised(written) and not any(
                target_word(low, lang) for lang in (tlang, slang) + ((third,) if third else ())) and (
                any(f.isupper() for f in written) or slang.zipf(low) >= NAME_ZIPF):
            return "CASE001", {"source_form": sorted(forms[low])[0]}
        return None  # a source word kept as it is: LANG003
    if len(low) >= MIN_PIECE and tlang.spelling is not None and tlang.spelled(low):
        # a word of the dictionary that the language's news hardly writes, the beginning of a far commoner word: a
        # word cut short into another (« polit » for « politique », « augment » for « augmentation »)
        whole = tlang.completion(low)
        rare = tlang.zipf(low)
        if whole and whole != low and rare <= CUT_ZIPF and tlang.zipf(whole) - rare >= CUT_GAP:
            return "SPELL002", {"why": f"a rare word of « {tlang.code} » (Zipf {rare:.1f}) that begins the far "
                                f"commoner « {whole} » ({tlang.zipf(whole):.1f})", "completion": whole}
    if _spelled_word(low, tlang):
        return None
    plural = plural_stem(word, tlang, slang, source_words)
    if plural:
        return "LANG005", {"stem": plural[0], "suffix": plural[1], "why": f"the source's « {plural[0]} » given "
                           f"the plural -{plural[1]}"}
    if any(low.endswith(x) and low[:-len(x)] in source_words for x in tlang.plural_suffixes):
        return None  # a word the source borrows, given a plural (« fourballs » for the source's « fourball »)
    # the beginning of a word of the aligned source sentence, which the target's dictionary does not know (« tanis »
    # out of « bertani » is inside one): a broken subword, whatever the source language's dictionary says of it
    cut = next((w for w in sorted(near) if len(low) >= MIN_PIECE and w.startswith(low)
                and len(w) >= len(low) + 2), None)
    if cut:
        return "SPELL001", {"why": f"the beginning of the source word « {cut} », a word of neither language",
                            "source_word": cut}
    if tlang.zipf(low) >= OWN_ZIPF and (third is None or tlang.zipf(low) >= third.zipf(low) + 1):
        return None  # frequent in the language's news and not a borrowing: a spelling its dictionary lacks (« connait »)
    # a word cut short: the beginning of a common word of the target language that its dictionary does not know
    # (wordfreq has « gall » and « capri » from names and English: « gallois » and « caprices » cut short)
    whole = tlang.completion(low) if len(low) >= MIN_PIECE and tlang.spelling is not None else None
    if whole and whole != low:
        return "SPELL001", {"why": f"not a word of « {tlang.code} » (Hunspell): « {whole} » cut short?",
                            "completion": whole}
    if target_word(low, tlang):
        return None  # common in the language's word frequencies (« the » and « down » are, in French news)
    if third is not None:
        # the third language's word, as it is or as a plural of the target language (« farmers »): unless the target
        # language's news writes it too (« maul », « bankable »), or writes it in its own letters (« pénaltys »)
        stems = [low] if target_word(low, third) else []
        stems += [low[:-len(s)] for s in tlang.plural_suffixes if low.endswith(s) and third.spelled(fold(low[:-len(s)]))]
        if stems:
            if max(third.zipf(s) - max(tlang.zipf(s), tlang.zipf(low)) for s in stems) >= BORROWED_ZIPF:
                return "LANG006", {"language": third.code}
            return None  # a loanword of the target language
    piece = next((w for w in sorted(source_words) if len(low) >= 3 and low in w and low != w
                  and len(w) >= len(low) + 2), None) if not slang.spelled(low) else None
    if piece:
        return "SPELL001", {"why": f"a piece of the source word « {piece} », a word of neither language",
                            "source_word": piece}
    if target_word(low, slang):
        return None  # a word of the source language that the source does not write: not a garble
    if tlang.zipf(low) >= LENIENT_ZIPF or (third is not None and third.zipf(fold(low)) >= LENIENT_ZIPF):
        return None  # a rare word, a loanword or a common misspelling the dictionaries lack, written often enough
    dictionary = "Hunspell" if tlang.spelling is not None else "wordfreq"
    return "SPELL001", {"why": f"not a word of « {tlang.code} » ({dictionary}), of « {slang.code} »"
                        + (f" or of « {third.code} »" if third else "") + ", and not in the source"}


def _finding(group: _Group, src: Document, slang: Language) -> Finding:
    count = len(group.spans)
    where = f"{count} time{'s' if count > 1 else ''}"
    evidence = {"word": group.word, "count": count, **group.evidence}
    spans = tuple(group.spans)
    severity = "warning"
    if group.code == "SPELL001":
        message = f"« {group.word} » ({where}) is not a word: {group.evidence['why']}"
    elif group.code == "SPELL002":
        message = f"« {group.word} » ({where}) looks cut short: {group.evidence['why']}"
    elif group.code == "LANG005":
        message = f"« {group.word} » ({where}) is half-translated: {group.evidence['why']}"
    elif group.code == "LANG006":
        if count >= TERM_REPEATS:
            severity = "info"
        message = (f"« {group.word} » ({where}) is a word of « {group.evidence['language']} », not of the translation's"
                   f" language" + (": a term kept throughout?" if severity == "info" else ""))
    else:
        form = group.evidence["source_form"]
        first = next((seg.start + s for seg in src.segments for s, e in slang.word_spans(seg.text)
                      if seg.text[s:e] == form), None)
        if first is not None:
            spans += (Span(SOURCE, first, first + len(form), form),)
        message = f"« {group.word} » ({where}) is written in lower case; the source writes « {form} »"
    return Finding(group.code, severity, message, spans, evidence)
