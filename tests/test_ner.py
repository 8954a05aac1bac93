"""Entity recognisers: the registry, the spaCy backend with the French pipeline (a dependency), no model elsewhere."""

import subprocess
import sys

import pytest

from checker.ner import RecogniserUnavailable, available_recognisers, get_recogniser, recogniser_for


def test_registry_and_languages_without_a_pipeline():
    assert "spacy" in available_recognisers()
    assert recogniser_for("none", "fr") is None
    assert recogniser_for("spacy", "id") is None  # no offline Indonesian pipeline
    with pytest.raises(RecogniserUnavailable, match="no spaCy pipeline installed for 'id'"):
        get_recogniser("spacy", "id")
    with pytest.raises(ValueError, match="unknown entity recogniser 'stanza'"):
        get_recogniser("stanza", "fr")


def test_french_entities_with_offsets():
    recogniser = recogniser_for("spacy", "fr")
    assert recogniser.model.startswith("fr_core_news_sm-")
    texts = ["Kavadarkov reçut une passe de Xherdan Shaqiri.", "Collaborez avec vos collègues."]
    found = recogniser.entities(texts)
    assert [[(texts[0][e.start:e.end], e.label) for e in ents] for ents in found][0] == \
        [("Kavadarkov", "PER"), ("Xherdan Shaqiri", "PER")]
    assert found[1] == []


def test_spacy_is_loaded_without_torch_and_torch_stays_importable():
    code = ("import sys; from checker.ner import recogniser_for; r = recogniser_for('spacy', 'fr'); "
            "assert 'torch' not in sys.modules; import thinc.compat; assert not thinc.compat.has_torch; "
            "import torch; print(torch.__version__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()
