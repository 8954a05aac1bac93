"""Documents and their sentences, with character offsets into the text as read.

"The text as read" is the decoded input with a leading byte-order mark removed and nothing else changed: line endings,
NFD accents, the spaces French puts before « : ; ! ? », the direction marks and tatweel of Arabic, full-width digits
stay as they are, so every offset can be shown to a person.
Comparisons go through :func:`normalise`, never through the text itself.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

SOURCE = "source"
TRANSLATION = "translation"
SIDES = (SOURCE, TRANSLATION)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"
                                   "\u2069\ufeff\u0640"))
"""Characters that change how a text looks, not what it says: zero-width space, the direction marks of right-to-left
text, Arabic tatweel (the stretching of a word: « كتـــاب » is « كتاب »)."""
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
"""Full-width forms of ASCII (２０２２, ＡＩ, ！) as their ASCII letters, digits and signs."""


def normalise(text: str) -> str:
    """The form used for comparing and embedding: NFC, without direction marks, zero-width spaces and tatweel,
    full-width ASCII as ASCII, runs of whitespace (no-break and ideographic ones too) as one space. Never shown to a
    person: offsets always point into the text as read."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_FULL_WIDTH)
    return " ".join(text.split())


@dataclass(frozen=True)
class Span:
    """A stretch of one side's text: ``text == document.text[start:end]``."""

    side: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"side": self.side, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Segment:
    """One sentence (or one line of pre-segmented input)."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int

    @property
    def norm(self) -> str:
        return normalise(self.text)


@dataclass(frozen=True)
class Document:
    """A text as read, its language and its sentences."""

    text: str
    language: str
    segments: tuple[Segment, ...]
    name: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = field(default=())

    def span(self, side: str, first: int, last: int | None = None) -> Span:
        """The span covering segments ``first`` to ``last`` (inclusive)."""
        last = first if last is None else last
        start, end = self.segments[first].start, self.segments[last].end
        return Span(side, start, end, self.text[start:end])

    @property
    def sentences(self) -> list[str]:
        return [s.norm for s in self.segments]


def nfc_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` in NFC, with the offset in ``text`` of each character of the result (plus one for its end), so that a
    match found in the normalised text can be pointed at in the text as read."""
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        out.append(cluster)
        offsets.extend([i] * len(cluster))
        i = j
    offsets.append(len(text))
    return "".join(out), offsets
