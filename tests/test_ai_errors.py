"""What real AI translations get wrong (issue 14), one kind per test, each on a real NTREX-128 document edited the way
the kind says: one term rendered two ways, a loop, a garbled word, half-translated and third-language words, a kept
term reported once, a name in lower case, a negation lost, a title changed, a clause left out."""

import pytest

from checker import audit
from conftest import ntrex_lines

BBC, RT = "bbc.381790", "rt.com.91337"


def run(src_lines, fr_lines, embedder):
    return audit("\n".join(src_lines), "\n".join(fr_lines), "id", "fr", embedder=embedder, segmented=True)


def line_offset(lines, k):
    return sum(len(line) + 1 for line in lines[:k])


def only(report, code):
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, [(f.code, f.message) for f in report.findings]
    return found[0]


@pytest.fixture(scope="module")
def bbc():
    return ntrex_lines(BBC, "id"), ntrex_lines(BBC, "fr")


@pytest.fixture(scope="module")
def rt():
    return ntrex_lines(RT, "id"), ntrex_lines(RT, "fr")


@pytest.fixture(scope="module")
def clean_reports(bbc, rt, embedder):
    return {BBC: run(*bbc, embedder), RT: run(*rt, embedder)}


NEW = ("TERM", "REP", "SPELL", "LANG005", "LANG006", "CASE", "MEAN003", "MEAN004", "COV003")


def test_clean_documents_have_none_of_these_findings(clean_reports):
    for doc, report in clean_reports.items():
        assert [f.code for f in report.findings if f.code.startswith(NEW)] == [], doc


def test_one_term_rendered_two_ways(bbc, embedder):
    src, fr = bbc
    # « Parlemen Welsh » is « Parlement gallois » in lines 2, 3 and 13; line 12 now says « Congrès gallois »
    assert all("Parlement gallois" in fr[k] for k in (1, 2, 11, 12)) and "Parlemen Welsh" in src[11]
    edited = list(fr)
    edited[11] = fr[11].replace("Parlement gallois", "Congrès gallois")
    f = only(run(src, edited, embedder), "TERM001")
    assert f.severity == "warning" and f.evidence["term"] == "Parlemen Welsh"
    assert [(r["text"], r["count"]) for r in f.evidence["renderings"]] == [("Parlement gallois", 3),
                                                                          ("Congrès gallois", 1)]
    assert f.evidence["suggestion"] == "Parlement gallois"
    text = "\n".join(edited)
    at = line_offset(edited, 11) + edited[11].index("Congrès gallois")
    spans = [(s.side, s.start, s.text) for s in f.spans if s.side == "translation"]
    assert ("translation", at, "Congrès gallois") in spans and len(spans) == 4
    assert all(text[s.start:s.end] == s.text for s in f.spans if s.side == "translation")


def test_repetition_loop(rt, embedder):
    src, fr = rt
    edited = list(fr)
    edited[5] = fr[5].replace("le premier ministre Zoran", "le premier ministre du premier ministre du premier "
                              "ministre Zoran")
    f = only(run(src, edited, embedder), "REP001")
    assert f.severity == "error"
    assert f.evidence == {"phrase": "premier ministre du", "copies": 2, "words": 3}
    (span,) = f.spans
    assert span.text == "premier ministre du premier ministre du"
    assert span.start == line_offset(edited, 5) + edited[5].index("premier ministre du")


def test_garbled_and_truncated_words(bbc, embedder):
    src, fr = bbc
    edited = list(fr)
    edited[14] = fr[14].replace("La législation sur", "La législ sur")      # cut
    edited[11] = fr[11].replace("consultation", "consulattion")            # letters changed
    found = {f.evidence["word"]: f for f in run(src, edited, embedder).findings if f.code == "SPELL001"}
    assert set(found) == {"législ", "consulattion"}
    f = found["législ"]
    assert f.severity == "warning" and f.evidence["count"] == 1 and "not a word of « fr » (Hunspell)" in f.message
    assert [(s.start, s.text) for s in f.spans] == [(line_offset(edited, 14) + 3, "législ")]


def test_word_cut_short_that_word_frequencies_know(bbc, embedder):
    # « gall » is in wordfreq's French (names, English), not in the French dictionary: « gallois » cut short
    src, fr = bbc
    edited = list(fr)
    assert "le Parlement gallois." in fr[2]
    edited[2] = fr[2].replace("le Parlement gallois.", "le Parlement gall.")
    found = [f for f in run(src, edited, embedder).findings if f.code == "SPELL001"]
    assert [f.evidence["word"] for f in found] == ["gall"]
    assert found[0].evidence["completion"].startswith("gall") and "cut short" in found[0].message
    assert [(s.start, s.text) for s in found[0].spans] == [(line_offset(edited, 2) + fr[2].index("gallois."), "gall")]


def test_word_cut_short_into_another_word(bbc, embedder):
    # « polit » is in the French dictionary (« il polit », to polish) and rare in news; « politique » is a hundred
    # times commoner: what a broken subword leaves when the piece happens to be a word. SPELL001 stays silent.
    src, fr = bbc
    edited = list(fr)
    edited[3] = fr[3].replace("la sphère politique", "la sphère polit")
    report = run(src, edited, embedder)
    f = only(report, "SPELL002")
    assert [f.code for f in report.findings if f.code == "SPELL001"] == []
    assert f.severity == "warning" and f.evidence["word"] == "polit" and f.evidence["completion"] == "politique"
    assert "cut short" in f.message and "« politique »" in f.message
    assert [(s.start, s.text) for s in f.spans] == [(line_offset(edited, 3) + fr[3].index("politique"), "polit")]


def test_source_word_cut_in_half(rt, embedder):
    src, fr = rt
    # « pemungutan » (vote) cut to « pemung »
    edited = list(fr)
    edited[2] = fr[2].replace("Le vote populaire", "Le pemung populaire")
    f = only(run(src, edited, embedder), "SPELL001")
    assert f.evidence["source_word"] == "pemungutan" and f.spans[0].text == "pemung"


def test_half_translated_words(rt, embedder):
    src, fr = rt
    edited = list(fr)
    edited[2] = fr[2].replace("son voisin grec", "son tetangganya grec")   # the source's « tetangga » with -nya
    edited[3] = fr[3].replace("une revendication", "des pengakuans")       # the source's « pengakuan », French plural
    found = {f.evidence["word"]: f for f in run(src, edited, embedder).findings if f.code == "LANG005"}
    assert set(found) == {"tetangganya", "pengakuans"}
    assert (found["tetangganya"].evidence["stem"], found["tetangganya"].evidence["clitic"]) == ("tetangga", "nya")
    assert (found["pengakuans"].evidence["stem"], found["pengakuans"].evidence["suffix"]) == ("pengakuan", "s")
    assert found["pengakuans"].spans[0].start == line_offset(edited, 3) + edited[3].index("pengakuans")


def test_third_language_word(rt, embedder):
    src, fr = rt
    edited = list(fr)
    edited[5] = fr[5].replace("les partisans", "les proponents")
    f = only(run(src, edited, embedder), "LANG006")
    assert (f.severity, f.evidence["word"], f.evidence["language"]) == ("warning", "proponents", "en")
    assert f.spans[0].start == line_offset(edited, 5) + edited[5].index("proponents")


def test_kept_term_is_one_finding(bbc, embedder):
    src, fr = bbc
    # the source's « majelis » kept three times instead of « assemblée »: one finding, three spans
    edited = list(fr)
    for k in (2, 10, 14):
        edited[k] = edited[k].replace("l’assemblée", "le majelis").replace("de la assemblée", "du majelis")
    report = run(src, edited, embedder)
    (f,) = [f for f in report.findings if f.code == "LANG003"]
    assert f.severity == "warning" and f.evidence["count"] == 3 and [s.text for s in f.spans] == ["majelis"] * 3
    assert f.evidence["consistent"] is False and f.evidence["kept_in"] == 3
    # kept wherever the source has it, and the source writes it more than once: information
    lines = (2, 10, 14)
    report = run([src[k] for k in lines], [edited[k] for k in lines], embedder)
    (f,) = [f for f in report.findings if f.code == "LANG003"]
    assert (f.severity, f.evidence["count"], f.evidence["consistent"]) == ("info", 3, True)


def test_acronym_in_lower_case(bbc, embedder):
    src, fr = bbc
    edited = list(fr)
    edited[12] = fr[12].replace("préfère MWP", "préfère mwp")
    f = only(run(src, edited, embedder), "CASE001")
    assert f.evidence["source_form"] == "MWP"
    assert [(s.side, s.text) for s in f.spans] == [("translation", "mwp"), ("source", "MWP")]
    assert not [x for x in run(src, edited, embedder).findings if x.code == "LANG003"]


def test_negation_added(bbc, embedder):
    src, fr = bbc
    # the members « akan mendapatkan suara akhir » (will have the final say): now they will not
    edited = list(fr)
    edited[15] = fr[15].replace("prendront la décision", "ne prendront pas la décision")
    f = only(run(src, edited, embedder), "MEAN003")
    assert f.evidence["direction"] == "added" and f.evidence["negations"] == ["pas"]
    assert f.evidence["similarity_gain"] > f.evidence["margin"]
    assert [(s.side, s.text) for s in f.spans] == [("source", src[15]), ("translation", "pas")]
    assert f.spans[1].start == line_offset(edited, 15) + edited[15].index("pas")


def test_negation_added_beside_a_word_that_is_no_negation(bbc, embedder):
    src, fr = bbc
    # « tentu saja » (of course) is no « ne ... que »; the Commission « a indiqué », now it did not (a small gain:
    # any is enough for a negation added)
    assert "tentu saja" in src[9]
    edited = list(fr)
    edited[9] = fr[9].replace("a indiqué", "n’a pas indiqué")
    f = only(run(src, edited, embedder), "MEAN003")
    assert f.evidence["direction"] == "added" and f.evidence["negations"] == ["pas"]
    assert f.evidence["similarity_gain"] > f.evidence["margin"] == 0.0
    # « ne ... que » restricts, it does not negate: the same sentence saying « only » is no finding
    edited[9] = fr[9].replace("revient à ces derniers", "ne revient qu’à ces derniers")
    assert not [x for x in run(src, edited, embedder).findings if x.code == "MEAN003"]


def test_negation_added_to_a_two_word_sentence(embedder):
    # « Dia bebas. » (« Il est libre. »): two words are enough for a negation (not for MEAN001's similarity)
    src, fr = ntrex_lines("newsweek.51329", "id"), ntrex_lines("newsweek.51329", "fr")
    assert src[22] == "Dia bebas." and fr[22] == "Il est libre."
    assert not [x for x in run(src, fr, embedder).findings if x.code == "MEAN003"]
    edited = list(fr)
    edited[22] = "Il n’est pas libre."
    f = only(run(src, edited, embedder), "MEAN003")
    assert f.evidence["direction"] == "added" and f.evidence["negations"] == ["pas"]
    assert [(s.side, s.text) for s in f.spans] == [("source", "Dia bebas."), ("translation", "pas")]
    assert f.spans[1].start == line_offset(edited, 22) + edited[22].index("pas")


def test_title_changed(rt, embedder):
    src, fr = rt
    edited = list(fr)
    edited[5] = fr[5].replace("le premier ministre Zoran Zaev", "le ministre Zoran Zaev")
    f = only(run(src, edited, embedder), "MEAN004")
    assert (f.evidence["source_concept"], f.evidence["translation_concept"]) == ("minister:prime", "minister")
    assert [(s.side, s.text) for s in f.spans] == [("source", "Perdana Menteri"), ("translation", "ministre")]


def test_example_still_one_name_finding_and_no_new_error(example_report):
    names = [f for f in example_report.findings if f.code.startswith("NAME")]
    assert [(f.code, sorted(v["form"] for v in f.evidence["variants"])) for f in names] == \
        [("NAME001", ["Tokayev", "Tokaïev"])]
    assert [f.code for f in example_report.findings if f.severity == "error"] == []


def test_no_garbled_words_read_in_a_script_without_capitals(embedder):
    from conftest import EXAMPLE

    for lang in ("ja", "ar"):
        report = audit((EXAMPLE / "article.id.txt").read_text(encoding="utf-8"),
                       (EXAMPLE / f"article.{lang}.txt").read_text(encoding="utf-8"), "id", lang, embedder=embedder)
        # names (トカエフ, توكاييف) and agglutinated words (ومجموعهم) are no garbles; the report says why it did not look
        assert [f.code for f in report.findings if f.code.startswith(("SPELL", "NAME"))] == ["NAME001"]
        [words] = [c for c in report.checks if c.name == "words"]
        assert words.status == "partial" and "capitals" in dict(words.not_run)["SPELL001"]


ABC = "abcnews.306815"


@pytest.fixture(scope="module")
def abc():
    return ntrex_lines(ABC, "id"), ntrex_lines(ABC, "fr")


def test_sentence_left_out_behind_a_shifted_pair(abc, embedder):
    """French sentence 6 deleted: rather than leave source sentence 6 alone, the aligner merges sentences 4 and 5 into
    one link and gives sentence 6 the translation of sentence 5, which renders a neighbour more closely. Sentence 6 is
    reported left out, once; the merged link, which only made room for the shift, is not."""
    src, fr = abc
    edited = fr[:5] + fr[6:]
    report = run(src, edited, embedder)
    assert any(link.source == (3, 4) for link in report.alignment.links)
    [f] = [f for f in report.findings if f.code.startswith("COV")]
    assert f.code == "COV001" and f.severity == "warning" and f.evidence["link"] == "1-1"
    assert f.evidence["source_sentence"] == 5 and f.evidence["neighbour"] in (4, 6)
    assert f.evidence["link_similarity"] < 0.85
    assert f.evidence["neighbour_similarity"] - f.evidence["link_similarity"] > 0.02
    assert [(s.side, s.text) for s in f.spans] == [("source", src[5]), ("translation", edited[4])]


def test_sentence_left_out_behind_a_shifted_pair_of_fair_similarity(embedder):
    """NTREX-128 cnn.304489 with « Ford a également témoigné lors de l’audience. » deleted: the aligner gives its source
    sentence the translation of the sentence before, a pair of 0.855 less a little (0.85 to 0.855: the pairs the
    threshold took in when it moved from 0.85), which renders that sentence by far more closely."""
    doc = "cnn.304489"
    src, fr = ntrex_lines(doc, "id"), ntrex_lines(doc, "fr")
    assert [f.code for f in _audit_article(doc, fr, embedder).findings if f.code.startswith("COV")] == []
    assert fr[4] == "Ford a également témoigné lors de l’audience."
    edited = fr[:4] + fr[5:]
    [f] = [f for f in _audit_article(doc, edited, embedder).findings if f.code == "COV001"]
    assert f.severity == "warning" and f.evidence["link"] == "1-1" and f.evidence["neighbour"] == 2
    assert 0.85 <= f.evidence["link_similarity"] < 0.855
    assert f.evidence["neighbour_similarity"] - f.evidence["link_similarity"] > 0.05
    assert f.spans[0].side == "source" and f.spans[0].text == src[4]


def test_sentence_of_another_article_inside_a_merged_link(abc, embedder):
    """A sentence of another NTREX-128 article (bbc.381780's French) inserted after French sentence 4: the aligner
    joins it with sentence 4 in a 1-2 link, whose other member is far closer to the source sentence."""
    src, fr = abc
    other = "Le capitaine de police Bob Blemmings a indiqué que les portes et les murs étaient endommagés."
    edited = fr[:4] + [other] + fr[4:]
    report = run(src, edited, embedder)
    [f] = [f for f in report.findings if f.code == "COV002"]
    assert f.severity == "error" and f.evidence["link"] == "1-2" and f.evidence["translation_sentence"] == 4
    assert f.evidence["member_similarity"] - f.evidence["other_similarity"] > 0.1
    assert f.spans[0].side == "translation" and f.spans[0].text == other
    assert f.spans[0].start == line_offset(edited, 4)


def test_short_sentence_left_out_inside_a_merged_link(embedder):
    """« Ils ont fait pression sur moi ! » deleted: the aligner merges « Mereka merundung saya! » with the next source
    sentence; the translation's length fits both (the length tests let it pass), but the short sentence is far less
    close to it than its partner."""
    src, fr = ntrex_lines("newsweek.51329", "id"), ntrex_lines("newsweek.51329", "fr")
    edited = fr[:12] + fr[13:]
    report = run(src, edited, embedder)
    [f] = [f for f in report.findings if f.code.startswith("COV")]
    assert f.code == "COV001" and f.severity == "error" and f.evidence["link"] == "2-1"
    assert f.evidence["source_sentence"] == 12 and f.evidence["length_ratio"] > 0.7
    assert f.evidence["member_similarity"] - f.evidence["other_similarity"] > 0.1
    assert [(s.side, s.text) for s in f.spans] == [("source", "Mereka merundung saya!"), ("translation", edited[12])]


def test_sentence_left_out_that_pulls_its_merged_link_away(embedder):
    """NTREX-128 bbc.381780 with « L’incident s’est déroulé à Ballynagard Crescent jeudi vers 19h30 heure locale. »
    deleted: the aligner merges its source sentence with the one before. The translation is long enough for both and
    the two members are less than 0.1 apart, but the first alone is closer to it than both together by more than
    0.015: the second, 40 % of the link, pulls it away. COV001 on the sentence left out."""
    doc = "bbc.381780"
    src, fr = ntrex_lines(doc, "id"), ntrex_lines(doc, "fr")
    assert [f.code for f in _audit_article(doc, fr, embedder).findings if f.code.startswith("COV")] == []
    edited = fr[:2] + fr[3:]
    [f] = [f for f in _audit_article(doc, edited, embedder).findings if f.code.startswith("COV")]
    assert f.code == "COV001" and f.evidence["link"] == "2-1" and f.evidence["length_ratio"] > 0.7
    assert f.evidence["member_similarity"] > f.evidence["link_similarity"] + 0.015
    assert f.spans[0].side == "source" and f.spans[0].text == src[2]


def test_tail_of_a_sentence_split_off_after_a_quote_is_no_addition(embedder):
    """NTREX-128 newsweek.51329's French puts the end of « ..., Variety melaporkan, dengan satu orang memberitahukan:
    "Seluruh studio terdiam." » in a sentence of its own (« Une personne sur place a déclaré au magazine : « Un silence
    de mort est tombé sur l’ensemble du plateau. » »), which the aligner leaves alone. Neither clause of that tail
    (4 words, then 3) is long enough alone; the tail of two clauses is, and the sentence renders it: no COV002."""
    doc = "newsweek.51329"
    report = _audit_article(doc, ntrex_lines(doc, "fr"), embedder)
    alone = [report.translation.segments[link.translation[0]].text for link in report.alignment.links
             if not link.source]
    assert len(alone) == 1 and alone[0].startswith("Une personne sur place a déclaré au magazine")
    assert [f.message for f in report.findings if f.code.startswith("COV")] == []


def test_loanwords_of_french_news_are_no_third_language_words(embedder):
    """NTREX-128's French writes « bankables » (dailymail.co.uk.298595), « pénaltys » (bbc.381746) and « maul »
    (scotsman.133765): words French news writes too, or in French letters, not English slips like « les farmers »."""
    pairs = [
        ("Para ahli percaya kepergian pembawa acara This Morning, yang merupakan salah satu bintang Inggris paling "
         "mahal, dapat merugikan perusahaan hingga jutaan dolar.",
         "Des spécialistes pensent que le départ de l’animatrice de This Morning, qui compte parmi les célébrités les "
         "plus « bankables » de Grande-Bretagne, pourrait faire perdre des millions à la société."),
        ("Serangan terus datang ke gawang Livingston, sementara dua klaim penalti ditolak.",
         "Le gardien du Livingston repoussa toutes les tentatives, tandis que deux pénaltys ont été refusés par "
         "l’arbitre."),
        ("MacPherson tiba di belakang Ayr terluka yang maju.",
         "MacPherson a touché l’arrière du maul d’Ayr, qui progressait."),
    ]
    for src, fr in pairs:
        report = run([src], [fr], embedder)
        assert [f.code for f in report.findings if f.code in ("LANG006", "SPELL001")] == []
    farmers = run([pairs[1][0]], [pairs[1][1].replace("tentatives", "farmers")], embedder)
    assert [(f.code, f.evidence["word"]) for f in farmers.findings if f.code == "LANG006"] == [("LANG006", "farmers")]


def test_loop_beside_a_reduplicated_source_word(embedder):
    """NTREX-128 scotsman.133791: the source's « Lagi-lagi » (again) is one word reduplicated, not a repetition, so
    it excuses no loop of the translation; « tidak, tidak » would (« non, non »)."""
    src = ("Lagi-lagi, Rangers merasakan kesedihan hari tandang saat serangan Dolly Menga mengantarkan tim Steven "
           "Gerrard yang tercerai berai pada kekalahan 1-0 di Livingston.")
    fr = ("Les Rangers ont subi un nouveau coup dur à l’extérieur, l’attaque de Dolly Menga ayant mené l’équipe "
          "désarticulée de Steven Gerrard à Livingston vers une défaite de 1-0.")
    looped = fr.replace("l’équipe", "l’équipe l’équipe l’équipe")
    f = only(run([src], [looped], embedder), "REP001")
    assert (f.evidence["phrase"], f.evidence["copies"]) == ("l’équipe", 3)
    assert f.spans[0].text == "l’équipe l’équipe l’équipe"
    assert [f.code for f in run([src], [fr], embedder).findings if f.code == "REP001"] == []


def test_term_rendered_another_way_beside_a_hyphenated_rendering(embedder):
    """NTREX-128 guardian.221756 renders « Gedung Putih » « Maison-Blanche » and « Maison Blanche » (one rendering,
    hyphenated or not: no finding); « Résidence Blanche » in its last occurrence is another rendering."""
    src, fr = ntrex_lines("guardian.221756", "id"), ntrex_lines("guardian.221756", "fr")
    assert [f for f in run(src, fr, embedder).findings if f.code == "TERM001"] == []
    edited = list(fr)
    edited[20] = fr[20].replace("la Maison Blanche", "la Résidence Blanche")
    f = only(run(src, edited, embedder), "TERM001")
    assert f.evidence["term"] == "Gedung Putih" and f.evidence["suggestion"] == "Maison-Blanche"
    assert [(r["text"], r["count"]) for r in f.evidence["renderings"]] == [("Maison-Blanche", 4),
                                                                          ("Résidence Blanche", 1)]
    at = line_offset(edited, 20) + edited[20].index("Résidence Blanche")
    assert any(s.side == "translation" and (s.start, s.text) == (at, "Résidence Blanche") for s in f.spans)


def _article(lines):
    """A document as the benchmark reads it: the headline on its own line, the body joined by spaces."""
    return lines[0] + "\n" + " ".join(lines[1:])


def test_half_of_a_sentence_split_off_is_no_addition(embedder):
    """NTREX-128's French splits a sentence in two (« ... et même un ananas. Mais ces pièces n’ont pas été imaginées
    pour vous tenir chaud. » for « ..., namun tidak dibuat untuk menghangatkan kepala. »). The aligner leaves the
    second half alone; it renders a clause of the neighbouring source sentence, so it is no sentence added (COV002)
    and that clause is not reported left out (COV003). A sentence of another article inserted a few sentences on is
    still reported, with its span."""
    src, fr = ntrex_lines("dailymail.co.uk.298692", "id"), ntrex_lines("dailymail.co.uk.298692", "fr")
    report = audit(_article(src), _article(fr), "id", "fr", embedder=embedder)
    half = next(link for link in report.alignment.links if not link.source)
    assert report.translation.segments[half.translation[0]].text.startswith("Mais ces pièces")
    assert not [f for f in report.findings if f.code.startswith("COV")]

    other = "Le capitaine de police Bob Blemmings a indiqué que les portes et les murs étaient endommagés."
    edited = fr[:13] + [other] + fr[13:]
    report = audit(_article(src), _article(edited), "id", "fr", embedder=embedder)
    [f] = [f for f in report.findings if f.code.startswith("COV")]
    assert f.code == "COV002" and f.spans[0].text == other


def test_half_of_a_sentence_joined_to_the_wrong_neighbour_is_no_addition(embedder):
    """NTREX-128's French splits « ..., semua itu karena kami mengutarakan pendapat. » in two, and the aligner joins the
    second half (« Tout ça pour avoir exprimé nos idées. ») to the next sentence's translation in a 1-2 link, where it
    is far from that link's source sentence. It renders a clause of the source sentence beside it: no COV002."""
    src, fr = ntrex_lines("guardian.221679", "id"), ntrex_lines("guardian.221679", "fr")
    report = audit(_article(src), _article(fr), "id", "fr", embedder=embedder)
    texts = [[report.translation.segments[j].text for j in link.translation] for link in report.alignment.links]
    assert any(len(t) == 2 and "Tout ça pour avoir exprimé nos idées." in t for t in texts)
    assert not [f for f in report.findings if f.code == "COV002"]


def test_part_of_a_sentence_left_out_without_a_clause_of_its_own(embedder):
    """NTREX-128's French leaves out « dengan tendangan jauh yang memukau » (with a stunning long ball, the English has
    it too): « Il l’a envoyé sur la gauche à Leroy Sane. » for « Dia mengoper bola dengan tendangan jauh yang memukau
    melalui sayap kiri kepada Leroy Sane. ». The source sets off no clause with commas; the translation is half the
    length its source would make, which says that part of it is missing: COV003 on the whole source sentence."""
    src, fr = ntrex_lines("upi.176251", "id"), ntrex_lines("upi.176251", "fr")
    report = run(src, fr, embedder)
    f = only(report, "COV003")
    assert f.severity == "warning" and f.evidence["clause"] is None and f.evidence["length_ratio"] < 0.6
    assert [(s.side, s.text) for s in f.spans] == [("source", src[16]), ("translation", fr[16])]
    assert "translation sentence 17 seems to render only part of source sentence 17" in f.message


def _audit_article(doc, lines, embedder):
    src = ntrex_lines(doc, "id")
    return audit(_article(src), _article(lines), "id", "fr", embedder=embedder)


def test_term_of_two_sentences_rendered_two_ways(embedder):
    """NTREX-128 dailymail.co.uk.298686 names « Partai Buruh » in two sentences past their first word, « Parti
    travailliste » both times. With one of them « Parti socialiste », no rendering holds a majority: two phrases
    written as names that differ in one noun or adjective, one in each sentence, are two renderings."""
    doc = "dailymail.co.uk.298686"
    fr = ntrex_lines(doc, "fr")
    assert [f for f in _audit_article(doc, fr, embedder).findings if f.code == "TERM001"] == []
    edited = list(fr)
    edited[10] = fr[10].replace("Parti travailliste", "Parti socialiste")
    f = only(_audit_article(doc, edited, embedder), "TERM001")
    assert f.evidence["term"] == "Partai Buruh"
    assert [(r["text"], r["count"]) for r in f.evidence["renderings"]] == [("Parti travailliste", 1),
                                                                          ("Parti socialiste", 1)]
    assert "Parti socialiste" in [s.text for s in f.spans if s.side == "translation"]


def test_term_rendered_another_way_inside_a_phrase_every_pair_holds(embedder):
    """NTREX-128 cbsnews.248394 renders « Mahkamah Agung » « Cour suprême » in five sentences (six times). With the last « Tribunal
    suprême », « suprême » still stands in every pair; the longer « Cour suprême » shows the other rendering."""
    doc = "cbsnews.248394"
    fr = ntrex_lines(doc, "fr")
    assert [f for f in _audit_article(doc, fr, embedder).findings if f.code == "TERM001"] == []
    edited = list(fr)
    edited[13] = fr[13].replace("Cour suprême", "Tribunal suprême")
    f = only(_audit_article(doc, edited, embedder), "TERM001")
    assert f.evidence["term"] == "Mahkamah Agung" and f.evidence["suggestion"] == "Cour suprême"
    assert [(r["text"], r["count"]) for r in f.evidence["renderings"]] == [("Cour suprême", 5),
                                                                          ("Tribunal suprême", 1)]


def test_term_that_begins_with_a_title_rendered_two_ways(embedder):
    """NTREX-128 newsweek.51330 names « calon Hakim Agung » (a candidate for the Supreme Court) in two sentences,
    « candidat à la Cour suprême » both times. « Hakim » is a title of a role, but « Agung » is not part of a name:
    the phrase is a term, and its second rendering « Tribunal suprême » is TERM001."""
    doc = "newsweek.51330"
    fr = ntrex_lines(doc, "fr")
    assert [f for f in _audit_article(doc, fr, embedder).findings if f.code == "TERM001"] == []
    edited = list(fr)
    edited[18] = fr[18].replace("Cour suprême", "Tribunal suprême")
    f = only(_audit_article(doc, edited, embedder), "TERM001")
    assert f.evidence["term"] == "Hakim Agung"
    assert [(r["text"], r["count"]) for r in f.evidence["renderings"]] == [("Cour suprême", 1),
                                                                          ("Tribunal suprême", 1)]
    assert "Tribunal suprême" in [s.text for s in f.spans if s.side == "translation"]


def test_other_rendering_is_the_phrase_that_keeps_words_in_place(bbc, embedder):
    """In bbc.381790's line 13, « Membres du Parlement gallois » is followed by « de Gallois préfère ». With
    « Congrès gallois » there, both « Congrès gallois » and « Gallois préfère » keep one word of « Parlement
    gallois »; the one that keeps it where it stood is the other rendering."""
    src, fr = bbc
    edited = list(fr)
    edited[12] = fr[12].replace("Parlement gallois", "Congrès gallois")
    assert "Gallois préfère" in edited[12]
    f = only(run(src, edited, embedder), "TERM001")
    assert [(r["text"], r["count"]) for r in f.evidence["renderings"]] == [("Parlement gallois", 3),
                                                                          ("Congrès gallois", 1)]


def test_a_name_and_a_verb_are_no_second_rendering(embedder):
    """NTREX-128 guardian.221762: « la Cour internationale de justice » and « la Cour était anormalement rapide »
    differ in one word after « Cour », but « était » is a verb (the French dictionary's morphology says so): no
    TERM001 on this clean document."""
    from checker.lang import language

    fr = language("fr")
    if fr.spelling is None:
        pytest.skip("no French Hunspell dictionary")
    assert (fr.nominal("était"), fr.nominal("indiqué"), fr.nominal("supérieure"), fr.nominal("Comité")) == \
        (False, False, True, True)
    doc = "guardian.221762"
    assert [f.message for f in _audit_article(doc, ntrex_lines(doc, "fr"), embedder).findings
            if f.code == "TERM001"] == []


def test_negation_that_moved_into_a_split_off_half(embedder):
    """NTREX-128 dailymail.co.uk.298692 splits « ..., topi penyihir dan bahkan sebuah nanas, namun tidak dibuat untuk
    menghangatkan kepala. » in two; the aligner leaves the second half (« Mais ces pièces n’ont pas été imaginées
    pour vous tenir chaud. ») alone. The negation moved into it: no negation lost. Without that half, it is lost."""
    doc = "dailymail.co.uk.298692"
    fr = ntrex_lines(doc, "fr")
    assert [f.message for f in _audit_article(doc, fr, embedder).findings if f.code == "MEAN003"] == []
    half = "Mais ces pièces n’ont pas été imaginées pour vous tenir chaud."
    edited = [line.replace(" " + half, "").replace(half, "") for line in fr]
    assert edited != fr
    f = only(_audit_article(doc, edited, embedder), "MEAN003")
    assert f.evidence["direction"] == "lost" and f.evidence["negations"] == ["tidak"]


def test_negation_added_where_the_translation_renders_the_sources_denial(embedder):
    """NTREX-128 reuters.218933: « tuduhan yang dibantah oleh Tiongkok » (an accusation China denied) is « une
    accusation que la Chine réfute ». That word of denial, rendered, explains no other negation: « n’a pas évoqué »
    for « merujuk » (referred to) is one added."""
    src = ("Presiden AS Donald Trump pada hari Rabu yang lalu merujuk suplemen berbayar China Daily di Des Moines "
           "Register - surat kabar terlaris di negara bagian Iowa - setelah menuduh Tiongkok berusaha ikut campur "
           "dalam AS pemilihan kongres pada tanggal 6 Nov., sebuah tuduhan yang dibantah oleh Tiongkok.")
    fr = ("Le président américain Donald Trump a évoqué mercredi dernier le supplément payé par China Daily dans le "
          "Des Moines Register - le journal le plus vendu en Iowa – après avoir accusé la Chine d’essayer de "
          "s’immiscer dans les élections parlementaires américaines du 6 novembre, une accusation que la Chine "
          "réfute.")
    assert [f for f in run([src], [fr], embedder).findings if f.code == "MEAN003"] == []
    f = only(run([src], [fr.replace(" a évoqué ", " n’a pas évoqué ")], embedder), "MEAN003")
    assert f.evidence["direction"] == "added" and f.evidence["negations"] == ["pas"]


def test_sentence_added_behind_a_shifted_pair(embedder):
    """NTREX-128 cnn.304404 with a sentence of another article (newsweek.51329's French) inserted as its third line:
    the aligner links it with the third source sentence, whose own translation then pairs with the fourth source
    sentence, and so on down to a 1-2 link. That source sentence is closer to the next translation sentence than to
    the one linked with it: the sentence linked came in from elsewhere (COV002, with its span)."""
    doc = "cnn.304404"
    fr = ntrex_lines(doc, "fr")
    inserted = ("West reçut le soutien de la dirigeante du groupe conservateur TPUSA, Candace Turner, qui publia le "
                "tweet suivant\u00a0: «\u00a0À l’un des esprits les plus courageux\u00a0: MERCI D’AVOIR TENU TÊTE À LA "
                "FOULE.\u00a0»")
    clean = _audit_article(doc, fr, embedder)
    assert [f.message for f in clean.findings if f.code.startswith("COV")] == []
    report = _audit_article(doc, fr[:2] + [inserted] + fr[2:], embedder)
    f = only(report, "COV002")
    assert f.severity == "warning" and f.spans[0].side == "translation" and f.spans[0].text == inserted
    assert f.evidence["neighbour_similarity"] - f.evidence["link_similarity"] > 0.035
