"""Names in a document, and the normalised form that tells two spellings of one name apart from two names.

Mentions are found by their capitals, so that they work for any language: runs of capitalised words
(Kassym-Jomart Tokayev, Organisation du Traité de sécurité collective), acronyms (CSTO, OTSC, TASS), with French
elisions (« d’Holly », « l’OTSC ») taken off and a word that only ever stands first in a sentence left out (« Selon »,
« Les »), as are the datelines (« JAKARTA - »). Where an entity recogniser is installed for the language (checker.ner:
spaCy's ``fr_core_news_sm`` for French), a word opening a sentence is a name when it stands inside one of its entities
(« Kavadarkov reçut une passe »).

A name's key follows JRC-Names: other scripts romanised (Токаев -> Tokaev), case and accents folded, and the
transliteration equivalences of news spellings applied (ï/i/y, kh/h, zh/dj/j, ou/u, ck/q/k, ph/f, w/v, doubled letters,
-iev/-yev/-ev), so « Tokaïev », « Tokayev », « Tokaev » and « Токаев » share the key ``tokaev``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .document import Document, nfc_with_offsets
from .lang import language

CAPITAL = r"[A-ZÀ-ÖØ-Þ\u0400-\u042f]"


@dataclass(frozen=True)
class _Patterns:
    cap_run: re.Pattern
    """A run of capitalised words, behind an elided word (« d’Holly »), with the particles names carry."""
    elided_opening: re.Pattern
    """An elided word opening a sentence (« L’enquête », « C’est », « Qu’il »): not a name."""
    defined_by: re.Pattern
    """What stands between an expansion and its acronym (« (CSTO », « atau CSTO »)."""
    elision: re.Pattern
    minor_words: frozenset[str]


@lru_cache(maxsize=None)
def _patterns(code: str) -> _Patterns:
    lang = language(code)
    elisions = "|".join(f"[{e[0].upper()}{e[0]}]{re.escape(e[1:])}" for e in sorted(lang.elisions, key=len))
    elided = r"(?:(?:" + elisions + r")[’'])?" if elisions else ""
    particles = "|".join(map(re.escape, lang.name_particles))
    capitalised = "|".join(e[0].upper() + e[1:] for e in lang.elisions if len(e) > 1)
    return _Patterns(
        cap_run=re.compile(r"(?<![\w’'\-])" + elided + r"(?P<run>" + CAPITAL + r"[\w’'\-]*"
                           r"(?:[ \u00a0](?:(?:" + particles + r")[ \u00a0])?" + CAPITAL + r"[\w’'\-]*)*)"),
        elided_opening=re.compile(r"(?:[A-Z]" + ("|" + capitalised if capitalised else "") + r")['’][a-zà-ÿ]"),
        defined_by=re.compile(r"(?:\s*\(|,?\s+(?:" + "|".join(map(re.escape, lang.definers)) + r")\s+)$"),
        elision=re.compile(r"^(?:" + elisions + r")[’']") if elisions else re.compile(r"(?!)"),
        minor_words=lang.expansion_minor_words,
    )

_DATELINE = r"[A-Z][A-Z .,'’()/-]*[ \u00a0]*[-–—][ \u00a0]*"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(frozen=True)
class Mention:
    """A name as it stands in a document: offsets into the text as read, and its words."""

    start: int
    end: int
    text: str
    sentence: int
    by_script: bool = False
    """Found by its language's name finder (a katakana run...), not by its capitals."""

    @property
    def words(self) -> list[str]:
        return [w for w in re.split(r"[ \u00a0]+", self.text) if w]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case and accents folded, other scripts romanised: the form names are compared in (kept for the words a
    worker meets again: a pure function, called for every word of every sentence)."""
    from anyascii import anyascii

    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if any(ord(ch) > 0x24F for ch in text):
        text = anyascii(text)
    return text.lower()


_RULES = [(re.compile(pattern), repl) for pattern, repl in [
    (r"dzh|dj|zh|ž", "j"), (r"tch|tsch", "ch"), (r"sch", "sh"), (r"kh", "h"), (r"ck|q", "k"), (r"ph", "f"),
    (r"w", "v"), (r"ou", "u"), (r"y", "i"), (r"c(?=[aou])", "k"),
]]
_NOT_LETTER, _DOUBLED, _IEV, _II = (re.compile(p) for p in (r"[^a-z]", r"(.)\1+", r"i+ev(?=a|$)", r"ii+"))


@lru_cache(maxsize=1 << 16)
def name_key(word: str) -> str:
    """The normalised form of one word of a name (see the module's docstring); kept per worker, as :func:`fold`."""
    s = _NOT_LETTER.sub("", fold(_POSSESSIVE.sub("", word)))
    for pattern, repl in _RULES:
        s = pattern.sub(repl, s)
    s = _DOUBLED.sub(r"\1", s)  # doubled letters
    s = _IEV.sub("ev", s)  # -iev, -yev, -ev
    s = _II.sub("i", s)
    return s


def runs(doc: Document) -> list[Mention]:
    """Every run of capitalised words, the first word of a sentence included, datelines left out: what
    :func:`mentions` chooses from, and where the names check reads a name's structure (« Brett Kavanaugh »). In a
    script without capitals, the names its language finds (``Language.name_spans``: katakana runs, transliterated
    hanzi, rare Arabic words), and the capitalised runs of Latin letters it quotes (AM, MWP)."""
    found: list[Mention] = []
    lang = language(doc.language)
    patterns = _patterns(doc.language)
    for seg in doc.segments:
        norm, offsets = nfc_with_offsets(seg.text)
        spans = lang.name_spans(norm)
        if spans is not None:
            for start, end in spans:
                found.append(Mention(seg.start + offsets[start], seg.start + offsets[end],
                                     seg.text[offsets[start]:offsets[end]], seg.index, True))
        for m in (patterns.cap_run if spans is None else _LATIN_RUN).finditer(norm):
            start, end = m.start("run"), m.end("run")
            text = norm[start:end].rstrip("’'-")
            end = start + len(text)
            if not text or patterns.elided_opening.match(text):
                continue  # an elided article or pronoun opening a sentence: « L’enquête », « C’est »
            # a dateline: "JAKARTA - ..." at the start of a sentence
            if start == 0 and text.isupper() and re.match(r"[ \u00a0]*[-–—(]", norm[end:]):
                continue
            found.append(Mention(seg.start + offsets[start], seg.start + offsets[end],
                                 seg.text[offsets[start]:offsets[end]], seg.index))
    found.sort(key=lambda m: m.start)
    return found


_LATIN_RUN = re.compile(r"(?<![A-Za-z’'\-])(?P<run>[A-Z][A-Za-z’'\-]*(?: [A-Z][A-Za-z’'\-]*)*)")
"""A run of capitalised Latin words inside a text of another script (MWP, Brett Kavanaugh)."""


def mentions(doc: Document, entities: Sequence[tuple[int, int]] | None = None,
             found: list[Mention] | None = None) -> list[Mention]:
    """The names of a document, in order. ``entities``: the spans (document offsets) of a recogniser's entities
    (checker.ner); a word opening a sentence inside one is a name. ``found``: the document's :func:`runs`, when the
    caller has them already."""
    found = runs(doc) if found is None else found
    # A single word that is capitalised only where a sentence starts is an ordinary word ("Selon", "Les", "Ada").
    starts = {seg.start for seg in doc.segments}
    opening = Counter()
    inside = Counter()
    for mention in found:
        if len(mention.words) == 1 and not mention.by_script:
            (opening if _at_sentence_start(doc, mention, starts) else inside)[mention.text.casefold()] += 1
    # ... unless it is a spelling of a name the document writes elsewhere inside a sentence. The first word of a run
    # that opens a sentence ("Selon Aibek Smadiyarov") is judged the same way.
    known = {name_key(w) for m in found
             for w in (m.words[1:] if _at_sentence_start(doc, m, starts) else m.words)}
    # (a text whose own script has no capitals capitalises a Latin word it quotes because it is a name, wherever it
    # stands: « Enrique表示 », « MacPherson:小轿车撞进房屋 »)
    cased = language(doc.language).has_case
    out = []
    for m in found:
        if cased and not m.by_script and _at_sentence_start(doc, m, starts):
            first = m.words[0]
            if not (inside[first.casefold()] or name_key(first) in known or is_acronym(first) or
                    any(s <= m.start < e for s, e in entities or ())):
                if len(m.words) == 1:
                    continue
                cut = m.text.index(first) + len(first)
                cut += len(m.text[cut:]) - len(m.text[cut:].lstrip(" \u00a0"))
                m = Mention(m.start + cut, m.end, m.text[cut:], m.sentence)
        out.append(m)
    return out


def _at_sentence_start(doc: Document, mention: Mention, starts: set[int]) -> bool:
    if mention.start in starts:
        return True
    # behind an opening quote or an elision at the start of a sentence: « Les ..., "Para ..., L’analyse
    seg_start = doc.segments[mention.sentence].start
    lead = doc.text[seg_start:mention.start]
    return not re.search(r"\w", lead) or re.fullmatch(_DATELINE, lead) is not None


def is_acronym(word: str) -> bool:
    letters = re.sub(r"[^\w]", "", word)
    return len(letters) >= 2 and letters.isupper()


@dataclass(frozen=True)
class Acronym:
    """An acronym a document defines: « Organisation du Traité de sécurité collective (OTSC) », « Organisasi
    Perjanjian Keamanan Kolektif atau CSTO »."""

    text: str
    expansion: str
    sentence: int


ACRONYM = re.compile(r"(?<![\w.-])[A-Z][A-Z0-9]{1,5}(?![\w-])")
ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # II, XIV: an ordinal, not an acronym


def acronyms(doc: Document) -> dict[str, Acronym]:
    """The acronyms a document defines, each with its first definition: an acronym written after its expansion, in
    brackets or joined by « ou », « atau », "or" (the expansion: the words before it whose initials spell it, else
    the capitalised words before it), or before its expansion in brackets (« OTSC (Organisation ...) »)."""
    out: dict[str, Acronym] = {}
    patterns = _patterns(doc.language)
    for seg in doc.segments:
        for m in ACRONYM.finditer(seg.text):
            acronym = m.group()
            if acronym in out or ROMAN.fullmatch(acronym) or not re.search(r"[A-Z].*[A-Z]", acronym):
                continue
            expansion = None
            before = patterns.defined_by.search(seg.text[:m.start()])
            after = re.match(r"\s*\(([A-ZÀ-Þ][^()]{3,100})\)", seg.text[m.end():])
            if before:
                expansion = _expansion(seg.text[:before.start()], acronym, patterns)
            elif after and len(after.group(1).split()) >= 2:
                expansion = after.group(1).strip()
            if expansion:
                out[acronym] = Acronym(acronym, expansion, seg.index)
    return out


def _expansion(before: str, acronym: str, patterns: _Patterns) -> str | None:
    """The words at the end of ``before`` that an acronym stands for: the fewest that start with a capital and whose
    initials, minor words left out, spell the acronym; else the run of capitalised words there (a translated
    acronym: « Organisasi Perjanjian Keamanan Kolektif atau CSTO »)."""
    words = re.findall(r"[^\s]+", before)[-12:]
    words = [patterns.elision.sub("", w).strip(",;:«»\"“”") for w in words]
    minor = patterns.minor_words
    letters = acronym.lower()
    for n in range(2, len(words) + 1):
        tail = words[-n:]
        if not tail[0][:1].isupper():
            continue
        initials = "".join(w[0].lower() for w in tail if w and w.casefold() not in minor)
        if initials == letters:
            return " ".join(tail)
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() and w.isalpha() or (run and w.casefold() in minor):
            run.insert(0, w)
        else:
            break
    while run and run[0].casefold() in minor:
        run.pop(0)
    return " ".join(run) if len(run) >= 2 else None


# --- names across scripts ------------------------------------------------------------------------------------------

_DIGRAPH_RULES = [
    (r"(?<=[a-z])gh", ""), (r"kh|gh", "k"), (r"ph", "f"), (r"th", "Z"), (r"dh", "t"), (r"ck", "k"),
    (r"tsch|tch|sch|dzh|sh|ch|zh|dj|ts|tz|dz|cz", "s"),
]
_SOUND_RULES = [
    (r"c(?=[eiy])", "s"), (r"g(?=[eiy])", "j"), (r"x", "ks"), (r"m(?=[bpfv])", "n"), (r"ng(?![aeiouy])", "n"),
    (r"[aeiouyhw`' ]", ""),
]
_SOUND_CLASSES = str.maketrans({"p": "b", "f": "b", "v": "b", "d": "t", "g": "k", "q": "k", "c": "k", "j": "s",
                                "z": "s", "l": "r", "Y": "y", "W": "w", "G": "g", "Z": "z", "H": "h"})
WEAK_LETTERS = {"w": ("b",), "y": ("s",), "g": ("k", "s", "y"), "z": ("t", "s"), "h": ("k", "s", "y")}
"""Letters of a sound key that stand for any of their classes, or for nothing: a w a language's transliteration
writes for both w and v (pinyin's 威 wei for Willoughby, 维 wei for Vinnie: the folds write it ``W``), a j that is
sometimes y (Bjorn, 比约恩 bi yue en) and a pinyin j or q that writes a g or k as often as a j (加 jia for Ga, 吉 ji
for Gi: ``G``), a th, a t or an s in another script (撒切尔 for Thatcher, スミス for Smith), and a kh that
writes an h, a k or a Spanish j or soft g (Russian « Хэмилтон », Hamilton; « Ачех », Aceh; « Эухения », Eugenia:
``H``)."""
_WEAK_DROP = {"w": 0.25, "y": 0.5, "h": 0.25}
_WEAK_BESIDE = re.compile(r"w(?=b)|(?<=b)w|y(?=s)|(?<=s)y|z(?=[ts])|(?<=[ts])z|g(?=[ks])|(?<=[ks])g|h(?=k)|(?<=k)h")
"""A weak letter beside a consonant it may be is that consonant (Smith, one s; 切斯勒, qie si le, Czeisler). (契克斯,
qi ke si, is then ``ks``, far from Chequers; keeping the g beside a k, or letting it drop cheaply, found fewer
substitutions on NTREX-128 for fewer false alarms: measured in benchmarks/names.py.)"""


def sound_key(latin: str, weak_j: bool = False) -> str:
    """The consonants of a romanised name (lower case) in the classes transliteration keeps apart (b p f v, t d, k g
    q, s z ch sh and a soft g, l r, m, n), vowels, h, w and y left out: Tokayev, トカエフ (tokaefu), 托卡耶夫
    (tuokayefu) and توكاييف (twkyyf) are all ``tkb``; Almaty, アルマトイ (arumatoi), 阿拉木图 (alamutu) and ألماتي (lmty)
    ``rmt``. The capitals ``W``, ``G`` and ``H`` that a language's folds write are ``w``, ``g`` and ``h``, and with ``weak_j`` (a
    name in Latin letters, where a j is a y as often: Bjorn) a j is ``y``: the letters of :data:`WEAK_LETTERS`, which
    :func:`sound_likeness` compares with either of their classes."""
    s = re.sub(r"[^a-zWGH ]", "", latin)  # (a Z is the th of the rules below)
    for pattern, repl in _DIGRAPH_RULES:
        s = re.sub(pattern, repl, s)
    if weak_j:  # a j left after the digraphs (dj, dzh) is a j alone
        s = s.replace("j", "Y")
        # (an English kn opening a name is an n: Knott, ノット; Knight, 奈特)
        s = re.sub(r"(?<![a-z])kn", "n", s)
    for pattern, repl in _SOUND_RULES:
        s = re.sub(pattern, repl, s)
    s = re.sub(r"(.)\1+", r"\1", s.translate(_SOUND_CLASSES))
    return _WEAK_BESIDE.sub("", s) if any(ch in WEAK_LETTERS for ch in s) else s


def word_sound(word: str, lang: str) -> str:
    """The sound key of one word of a name as ``lang`` writes it: romanised by its language (``Language.romanise``
    and ``transliteration_folds``) where it is not in Latin letters."""
    if not any(ord(ch) > 0x24F for ch in word):
        return sound_key(fold(word), weak_j=True)
    language_ = language(lang)
    latin = language_.romanise(word)
    for pattern, repl in language_.transliteration_folds:
        latin = re.sub(pattern, repl, latin)
    return sound_key(latin)


def strong_sound(key: str) -> str:
    """A sound key with each weak letter (:data:`WEAK_LETTERS`) as its first class: what looking a sound up in a set
    compares (``kwn``, 卡瓦诺, is ``kbn``, Kavanaugh)."""
    return re.sub(r"(.)\1+", r"\1", key.translate(_STRONG)) if any(ch in WEAK_LETTERS for ch in key) else key


_STRONG = str.maketrans({weak: classes[0] for weak, classes in WEAK_LETTERS.items()})


SOUND_NEAR = 0.7
"""The likeness of two sound keys (:func:`sound_likeness`) from which two names in two scripts are one."""

_CHEAP = {frozenset("ts"), frozenset("ks"), frozenset("mn")}
"""Consonant classes that transliteration swaps: th is s in katakana (メリウェザー), ti is chi (チチカカ), a soft g
is j (ジェラード)."""


@lru_cache(maxsize=1 << 16)
def sound_likeness(a: str, b: str, spaced: bool = False) -> float:
    """1 minus the edit distance of two sound keys over the longer's length, where a swap of :data:`_CHEAP`
    classes, an r more or less (which katakana and hanzi drop after a vowel: ハーコート, Harcourt) and an s more or less
    at the end cost half; a letter of :data:`WEAK_LETTERS` costs nothing against either of its classes, and a weak w
    or y less than a consonant where the other name has none. With ``spaced`` (two scripts that both write spaces
    and capitals, Cyrillic and Latin, whose transliterations keep every r: « Тёрнер », Turner), an r costs as any
    consonant (« Пейлина » is no Bellenglise, « Трюделл » no Bartels). Kept per worker, as :func:`name_key`."""
    n, m = len(a), len(b)
    if not n or not m:
        return 0.0
    r_cost = 1.0 if spaced else 0.5

    def drop(key: str, i: int) -> float:  # an r, or an s ending the name (Des Moines, デモイン), or the t of an nd
        ch = key[i]                          # or nt ending it (Weeknd, 威肯; Auckland, 奥克兰)
        return _WEAK_DROP.get(ch) or (r_cost if ch == "r" else
                                      0.5 if i == len(key) - 1 and (ch == "s" or ch == "t" and key[i - 1:i] == "n")
                                      else 1.0)

    previous = [0.0] * (m + 1)
    for j in range(1, m + 1):
        previous[j] = previous[j - 1] + drop(b, j - 1)
    for i in range(1, n + 1):
        current = [previous[0] + drop(a, i - 1)] + [0.0] * m
        for j in range(1, m + 1):
            current[j] = min(previous[j - 1] + _swap(a[i - 1], b[j - 1]), previous[j] + drop(a, i - 1),
                             current[j - 1] + drop(b, j - 1))
        previous = current
    return 1.0 - previous[m] / max(n, m)


@lru_cache(maxsize=None)
def _swap(x: str, y: str) -> float:
    """What writing one consonant class for another costs in :func:`sound_likeness`."""
    if x == y or y in WEAK_LETTERS.get(x, ()) or x in WEAK_LETTERS.get(y, ()):
        return 0.0
    return 0.5 if frozenset((x, y)) in _CHEAP else 1.0


def sounds_alike(a: str, b: str, inside: bool = True) -> bool:
    """Whether two sound keys are one name's: equal, of two consonants or more; near (:func:`sound_likeness`); or,
    with ``inside``, one inside the other, of three consonants or more (a name and the katakana run that writes it
    glued to a word: リビングストンセットプレー; between two languages that space their words, Crick's ``krk`` inside
    Falkirk's ``brkrk`` is another name, and an r is kept: ``sound_likeness(spaced=True)``)."""
    if len(a) < 2 or len(b) < 2:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if inside and short in long_ and len(short) >= 3:
        return True
    return sound_likeness(a, b, not inside) >= SOUND_NEAR


HEARD_NEAR = 0.45
"""The likeness of two readings with their vowels (:func:`heard_likeness`) below which a name in Latin letters and
a word of a script that writes vowels are not one name, however near their consonants (Furyk and ペロシ, Pelosi:
furiku, peroshi). Low: a name of another language than English is often written as spelled, not as e2k says it
(« Lehaucourt », ルオークール). Measured on NTREX-128 Indonesian-Japanese: benchmarks/names.py."""

HEARD_SAME = 0.7
"""The likeness of two readings from which a name in Latin letters and a word of a script that writes vowels are one
name, whatever their consonant keys (Wilhelm, ヴィルヘルム; Hampden, ハムデン; Ivanov, イワノフ)."""

_HEARD_CLASSES = str.maketrans({"p": "b", "f": "b", "v": "b", "d": "t", "g": "k", "q": "k", "c": "k",
                                "j": "s", "z": "s", "l": "r", "x": "k"})
_HEARD_CHEAP = {frozenset("ts"), frozenset("ks"), frozenset("mn"), frozenset("bw")}
_HEARD_VOWELS = frozenset("aiueo")


@lru_cache(maxsize=1 << 16)
def heard_likeness(a: str, b: str, inside: bool = False) -> float:
    """The likeness of two names read with their vowels (``Language.reading``, ``Language.latin_readings``: フリーク
    is furiku), 1 minus their edit distance over the longer's weight: a consonant weighs 1 (its class as
    :func:`sound_key` groups them, an h apart, with the swaps transliteration makes cheap: t and s, k and s, m and n,
    a b and a w), a vowel half, a y or w a quarter;
    writing one vowel for another costs half. With ``inside``, the shorter is looked for inside the longer, over its
    own weight (Kavanaugh in ブレットカバノー)."""
    def norm(s: str) -> str:
        return re.sub(r"(.)\1+", r"\1", re.sub(r"sh|ch|ts", "s", s).translate(_HEARD_CLASSES))

    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0

    def weight(ch: str) -> float:
        return 0.5 if ch in _HEARD_VOWELS else 0.25 if ch in "yw" else 1.0

    def swap(x: str, y: str) -> float:
        if x == y:
            return 0.0
        if (x in _HEARD_VOWELS) != (y in _HEARD_VOWELS):
            return 1.0
        return 0.5 if x in _HEARD_VOWELS or frozenset((x, y)) in _HEARD_CHEAP else 1.0

    if inside and len(a) > len(b):
        a, b = b, a
    previous = [0.0]
    for ch in b:
        previous.append(0.0 if inside else previous[-1] + weight(ch))
    for x in a:
        current = [previous[0] + weight(x)]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j - 1] + swap(x, y), previous[j] + weight(x), current[j - 1] + weight(y)))
        previous = current
    if inside:
        return 1.0 - min(previous) / sum(map(weight, a))
    return 1.0 - previous[-1] / max(sum(map(weight, a)), sum(map(weight, b)))
