"""The language layer: one package per language, CLDR through babel, a generic fallback, and no language code tested
anywhere else."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from checker.lang import GENERIC, Language, Numerals, disclaimers, language, modules, normalise_code
from checker.quantities import extract

CHECKER = Path(__file__).resolve().parent.parent / "checker"


def test_every_package_names_its_language():
    assert {"id", "fr", "en", "ms"} <= set(modules())
    for code in modules():
        lang = language(code)
        assert lang.code == code and lang.has_module and type(lang) is not Language, code


def test_codes_are_normalised_and_unknown_languages_are_generic():
    assert normalise_code("zh-CN") == "zh" and normalise_code("PT_br") == "pt" and normalise_code(None) == "und"
    assert language("FR") is language("fr-CA") is language("fr")
    generic = language("qaa")  # reserved for local use: no CLDR locale, no package
    assert not generic.has_module and generic.months == {} and generic.decimal_symbol is None
    assert generic.numerals is GENERIC
    # a language without a package still gets what CLDR knows of it
    dutch = language("nl")
    assert not dutch.has_module
    assert dutch.months["januari"] == 1 and dutch.weekdays["maandag"] == 0
    assert (dutch.decimal_symbol, dutch.group_symbol) == (",", ".")


def test_cldr_calendar_separators_and_date_order():
    fr, en, id_ = language("fr"), language("en"), language("id")
    assert fr.months["janvier"] == 1 and fr.months["févr."] == 2 and fr.weekdays["vendredi"] == 4
    assert id_.months["januari"] == 1 and id_.weekdays["jumat"] == 4 and id_.weekdays["jum'at"] == 4  # supplement
    assert (fr.decimal_symbol, id_.decimal_symbol, en.decimal_symbol) == (",", ",", ".")
    assert en.month_first and not fr.month_first and not id_.month_first  # 1/8 is January 8th in English
    assert fr.territory_names["KZ"] == "Kazakhstan" and id_.language_names["fr"] == "Prancis"


def test_language_knowledge_lives_in_its_package():
    assert "nya" in language("id").clitics and "nya" in language("ms").clitics and not language("fr").clitics
    assert "d" in language("fr").elisions and "et" in language("fr").coordinators
    assert "tidak" in language("id").negations and "pas" in language("fr").negations
    assert language("fr").spacy_packages[0] == "fr_core_news_sm"
    assert language("en").quoted_language is None and language("fr").quoted_language == "en"
    patterns = disclaimers()
    assert any("automatically generated" in p for p in patterns)  # English, found under a French article
    assert any("traduit" in p for p in patterns) and any("diterjemahkan" in p for p in patterns)


def test_numerals_extend_merges_tables():
    table = GENERIC.extend(units={"verst": ("length", 1066.8)}, range_words=("bis",), one_words={"ein"})
    assert table.units["verst"] == ("length", 1066.8) and table.units["km"] == ("length", 1000)  # generic kept
    assert table.range_words[-1] == "bis" and "-" in table.range_words and table.one_words == {"ein"}
    with pytest.raises(TypeError):
        GENERIC.extend(no_such_table={})
    with pytest.raises(TypeError):
        table.units["km"] = ("length", 1)  # frozen: the tables are shared by every audit of a process
    assert isinstance(Numerals().words, type(GENERIC.units))


def test_a_language_without_a_package_reads_digits_and_cldr_months():
    # Dutch has no package: CLDR's months and separators, the generic symbols
    found = extract("Op 8 januari kwamen 20.000 mensen, 3,5 % meer dan in 2021.", "nl")
    assert [(q.kind, q.value, q.text) for q in found] == [
        ("date", (1, 8), "8 januari"), ("number", 20000.0, "20.000"), ("number", 3.5, "3,5 %"),
        ("number", 2021.0, "2021")]


# --- no check tests a language code -----------------------------------------------------------------------------

_CODES = {"id", "fr", "en", "ms", "zh", "ja", "ar", "de", "es", "pt", "ru", "nl", "tr", "vi", "kk", "fil", "it"}


def _language_codes_compared(tree: ast.AST) -> list[int]:
    """Lines where a language (anything named *lang*) is compared (==, !=, in) with a language code."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        codes = any(isinstance(i, ast.Constant) and i.value in _CODES
                    for operand in operands
                    for i in (operand.elts if isinstance(operand, (ast.Tuple, ast.List, ast.Set)) else [operand]))
        if codes and any("lang" in ast.unparse(operand) for operand in operands):
            lines.append(node.lineno)
    return lines


def test_no_module_outside_the_language_layer_branches_on_a_language_code():
    offenders = {}
    for path in CHECKER.rglob("*.py"):
        if "lang" in path.relative_to(CHECKER).parts[:1]:
            continue
        lines = _language_codes_compared(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            offenders[str(path.relative_to(CHECKER))] = lines
    assert offenders == {}


def test_spelling_is_hunspell_and_a_language_stays_picklable():
    """The dictionaries are Debian's (``make install``); Hunspell reads them, and the language object that used one
    still pickles (a Ray or multiprocessing worker may be sent it)."""
    import pickle

    fr, id_ = language("fr"), language("id")
    if fr.spelling is None or id_.spelling is None:
        pytest.skip("hunspell-fr or hunspell-id is not installed (make install)")
    # real words, inflected and elided, and the garbles SPELL001 is for (« dékaratif », a truncated « promulg »)
    assert fr.spelled("gouvernement") and fr.spelled("l'État") and fr.spelled("l’État") and fr.spelled("décoratives")
    assert fr.spelled("dékaratif") is False and fr.spelled("promulg") is False
    assert id_.spelled("pemerintah") and id_.spelled("bertani") and id_.spelled("tanis") is False
    assert pickle.loads(pickle.dumps(fr)).spelled("gouvernement")


@pytest.mark.parametrize("text, words", [
    ("Il n’a pas dit ça.", ["pas"]),
    ("Il ne le lui a plus dit.", ["plus"]),  # a partner within reach of its particle
    ("Ils n’ont rien vu et ne reviendront jamais.", ["rien", "jamais"]),
    # « ne ... que » restricts: a « plus » further on is no partner of that « n’ »
    ("Les élections n’auront lieu que dans cinq semaines ; les républicains seront alors plus faibles.", []),
    # nor one beyond reach of it
    ("Avant qu’il ne parte en voyage avec sa famille pour les vacances d’été, il était plus détendu.", []),
    # litotes that say yes, and « jamais » for "ever"
    ("Le tribunal n’a pas hésité à dénoncer le couple.", []),
    ("Trump n’a pas tari d’éloges sur Kim.", []),
    ("L’un des quatre joueurs à avoir jamais atteint ce score, sans équivoque.", []),
    ("Il n’a jamais atteint ce score.", ["jamais"]),
    # NTREX-128's French for Indonesian without a negation: « not only » (« bukan hanya » there), and litotes
    ("Et ce n’est pas uniquement mon expérience.", []),
    ("West n’est pas le seul rappeur connu à changer son nom.", []),
    ("Les rues, qui ne désemplissent habituellement pas de touristes.", []),
    ("Kit a indiqué que selon lui « quelque chose ne va pas ».", []),
    # « ni » inside « pas seulement » (not only ..., nor ...: « bukan hanya ... atau ... », newsweek.51328)
    ("Il ne s’agit pas seulement du vote du comité, ni de la nomination.", []),
    ("Il ne viendra pas, ni demain.", ["pas", "ni"]),
    # a litotes that says « serious » (« adalah sebuah permasalahan serius », newsweek.51338)
    ("Même si le risque d’inondation ne doit pas être pris à la légère, la pluie pourrait être bénéfique.", []),
    ("Il n’est pas libre.", ["pas"]),
    # « ou non » (whether or not: « atau tidak »), and a name with « sans »
    ("La question de savoir si Trump renverra ou non le procureur général adjoint.", []),
    ("Reporters sans frontières a dénoncé la loi, sans attendre.", ["sans"]),  # the name's is none
    ("Il viendra, ou pas.", []),
    ("JAY-Z a aussi écrit son nom avec ou sans trait d’union.", []),  # with or without: « dengan atau tanpa »
])
def test_french_negation_words(text, words):
    fr = language("fr")
    assert [text[a:b] for a, b in fr.negation_spans(text)] == words


@pytest.mark.parametrize("text, words", [
    ("Dan itu bukan hanya saya yang mengalaminya.", []),
    ("Tidak ada yang meragukan, \"Akhir kepresidenan paling dramatis yang pernah ada!\"", []),  # « sans doute »
    ("Hal itu tidak diragukan lagi.", []),
    ("Kedua negara tidak saling bertukar duta besar sejak tahun 1962.", ["tidak"]),
    ("Apakah Trump akan memecat wakil jaksa agung atau tidak, sudah berbulan-bulan menjadi bahan rumor.", []),
    # NTREX-128 (bbc.381647): with or without, no negation (« a joué sur le trait d’union et les majuscules »)
    ("Mantan kolaborator West, JAY-Z juga membuatnya dengan atau tanpa sebuah tanda penghubung dan huruf Besar.", []),
])
def test_indonesian_negation_words(text, words):
    id_ = language("id")
    assert [text[a:b] for a, b in id_.negation_spans(text)] == words


def test_french_words_that_negate_without_a_negation_word():
    fr = language("fr")
    # « se fichent de » (do not care: « tidak peduli »), « arrêter » and « écarter » (« berhenti », « menolak »)
    assert fr.has_implicit_negation("ils se fichent de savoir qui ils blessent")
    assert fr.implicit_negation_count("l’arbitre a écarté les demandes, puis a nié et s’est arrêté") == 3
    # a name is no « nier », and the nouns « écart » and « arrêt » are no verbs
    assert not fr.has_implicit_negation("Selon Nielsen, un écart de trois points, à l’arrêt du bus")


def test_indonesian_words_that_negate_without_a_negation_word():
    id_ = language("id")
    assert id_.has_implicit_negation("Nielsen biasanya mengalami kesulitan dalam penghitungan")  # « ne parvient pas »
    # « sebelum » (before) and « hanya » (only, « ne ... que ») negate nothing
    assert not id_.has_implicit_negation("Serangan tersebut terjadi sebelum pukul 7 pagi")
    assert not id_.has_implicit_negation("Namun hukuman hanya dipertimbangkan terhadap El Salvador")
