"""Malay (Bahasa Melayu): Indonesian's sister language, which shares its clitics and most number words."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Malay(Language):
    code = "ms"
    has_module = True
    abbreviations = frozenset({"dr", "drs", "ir", "hj", "tn", "pn", "en", "sdn", "bhd", "jln", "no", "dll", "kpt",
                               "lt", "dsp", "prof"})
    clitics = ("lah", "kah", "nya", "pun")
    coordinators = ("dan", "serta", "dengan", "menentang", "lawan")
    acronym_definers = ("atau", "iaitu", "yakni")
    minor_words = frozenset("dan di ke oleh untuk dari pada yang bagi dengan".split())
    negations = frozenset({"tidak", "tak", "bukan", "belum", "tanpa", "jangan", "tiada"})
    disclaimers = (r"diterjemahkan secara automatik",)
    numerals = NUMERALS


LANGUAGE = Malay
