"""Indonesian (Bahasa Indonesia)."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class Indonesian(Language):
    code = "id"
    has_module = True
    abbreviations = frozenset({
        "dr", "drs", "dra", "ir", "h", "hj", "k.h", "kh", "bpk", "ny", "nn", "sdr", "sdri", "tn", "yth", "jl", "jln",
        "kec", "kab", "kel", "prov", "pt", "tbk", "cv", "no", "hlm", "s.h", "s.e", "m.si", "m.m", "s.pd", "s.kom",
        "a.n", "u.p", "kol", "letjen", "mayjen", "brigjen", "jend", "irjen", "kombes", "akbp", "aiptu", "bripka",
        "kapt", "gub", "dkk"})
    clitics = ("lah", "kah", "nya", "pun")
    coordinators = ("dan", "serta", "dengan", "melawan")
    acronym_definers = ("atau", "alias", "yaitu", "yakni")
    minor_words = frozenset("dan di ke oleh untuk dari pada yang bagi dengan".split())
    negations = frozenset({"tidak", "tak", "bukan", "belum", "tanpa", "jangan", "tiada", "enggan"})
    disclaimers = (r"diterjemahkan (?:secara )?otomatis",)
    numerals = NUMERALS
    extra_months = {"agu.": 8, "sept.": 9}  # "Sept.", as English news writes it and Indonesian translations copy
    extra_weekdays = {"jum'at": 4, "ahad": 6}
    ambiguous_weekdays = {"minggu": r"\s+(?:lalu|depan|ini|ke|pertama|terakhir|sebelumnya|kemarin)\b"}
    """« Minggu » is Sunday, « minggu » (and « Minggu lalu ») a week."""


LANGUAGE = Indonesian
