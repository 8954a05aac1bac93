"""French."""

from __future__ import annotations

from ..base import Language
from .numerals import NUMERALS


class French(Language):
    code = "fr"
    has_module = True
    abbreviations = frozenset({
        "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "mgr", "pr", "dr", "st", "ste", "av", "bd", "env", "janv",
        "févr", "avr", "juil", "sept", "oct", "nov", "déc", "p. ex", "ex", "éd", "chap", "réf", "n°", "c.-à-d", "j.-c",
        "hab", "apr. j.-c", "av. j.-c"})
    elisions = ("d", "l", "qu", "jusqu")
    coordinators = ("et", "avec", "contre")
    acronym_definers = ("ou", "soit")
    minor_words = frozenset("au aux avec dans de des du en et la le les par pour sur".split())
    territory_initials_skip = ("de", "du", "des", "la", "le", "et")
    negations = frozenset({"ne", "n", "pas", "non", "sans", "aucun", "aucune", "jamais", "rien", "ni", "nullement",
                           "guère"})
    disclaimers = (r"traduit(?:e|es|s)? automatiquement",)
    spacy_pipelines = ("fr_core_news_sm", "fr_core_news_md", "fr_core_news_lg")
    numerals = NUMERALS


LANGUAGE = French
