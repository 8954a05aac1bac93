"""Where an audit's time goes: wall seconds per stage, with the sentence encoder's share kept apart.

``transcheck audit --profile`` prints the table on standard error; ``audit(..., profile=Profile())`` fills one for a
library caller. Timings change from run to run, so they never enter the report (whose output is deterministic).
"""

from __future__ import annotations

import time
from contextlib import contextmanager


class Profile:
    """Seconds per stage, in the order the stages first ran. A stage timed with an encoder (an
    :class:`~checker.embed.EmbeddingCache`) leaves the time spent inside the encoder to the ``encoder`` stage; the
    encoder's texts and characters are counted too."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.encoder_texts = 0
        self.encoder_chars = 0
        self.cache_hits = 0
        self.document_chars = 0
        """The characters of the documents audited, to set the encoder's characters against."""

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    @contextmanager
    def stage(self, name: str, encoder=None):
        before = _counters(encoder)
        start = time.perf_counter()
        try:
            yield
        finally:
            wall = time.perf_counter() - start
            after = _counters(encoder)
            inside = after[0] - before[0]
            self.add(name, wall - inside)
            if encoder is not None:
                self.add("encoder", inside)
                self.encoder_texts += after[1] - before[1]
                self.encoder_chars += after[2] - before[2]
                self.cache_hits += after[3] - before[3]

    @property
    def total(self) -> float:
        return sum(self.seconds.values())

    def table(self) -> str:
        """The stages, their seconds and shares, one per line, then what the encoder was sent."""
        total = self.total or 1.0
        width = max([len(name) for name in self.seconds] + [5])
        lines = [f"{'stage':<{width}}  {'seconds':>8}  {'share':>6}"]
        for name, seconds in self.seconds.items():
            lines.append(f"{name:<{width}}  {seconds:>8.3f}  {seconds / total:>6.1%}")
        lines.append(f"{'total':<{width}}  {self.total:>8.3f}")
        sent = f"encoder: {self.encoder_texts} texts, {self.encoder_chars} characters"
        if self.document_chars:
            sent += f" ({self.encoder_chars / self.document_chars:.2f}x the documents' {self.document_chars})"
        lines.append(sent + f"; {self.cache_hits} texts served by the cache")
        return "\n".join(lines) + "\n"


def _counters(encoder) -> tuple[float, int, int, int]:
    if encoder is None:
        return 0.0, 0, 0, 0
    return encoder.seconds, encoder.texts_embedded, encoder.chars_embedded, encoder.hits
