"""A Marian (OPUS-MT architecture) model with random weights and a SentencePiece vocabulary trained on given text.

For tests and speed benchmarks only: it is a real model that the real backends load, tokenise, run and convert, but
its output means nothing. ``dims="tiny"`` builds one in a second; ``dims="opus-mt"`` has the dimensions of the
OPUS-MT models (6+6 layers, width 512, 8 heads, feed-forward 2048, a vocabulary of ``vocab_size``).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

DIMS = {
    "tiny": dict(d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
                 encoder_ffn_dim=64, decoder_ffn_dim=64),
    "opus-mt": dict(d_model=512, encoder_layers=6, decoder_layers=6, encoder_attention_heads=8,
                    decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048),
}


def build_random_marian(folder: str | Path, texts: Iterable[str], source_lang: str, target_lang: str,
                        dims: str = "tiny", vocab_size: int | None = None, pieces: int = 400, seed: int = 0) -> Path:
    """Save a random-weight MarianMTModel and its MarianTokenizer in ``folder``.

    A unigram SentencePiece model of about ``pieces`` pieces is trained on ``texts``; ``vocab_size`` (default: the
    pieces) pads the vocabulary with filler tokens up to that size, as OPUS-MT's shared vocabulary of ~60,000 is.
    """
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.txt"
        corpus.write_text("\n".join(t for t in texts if t.strip()), encoding="utf-8")
        spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(Path(tmp) / "sp"), vocab_size=pieces,
                                       character_coverage=1.0, model_type="unigram", hard_vocab_limit=False,
                                       bos_id=-1, eos_id=-1, pad_id=-1, unk_id=0, minloglevel=2,
                                       num_threads=1, seed_sentencepiece_size=100000)
        for name in ("source.spm", "target.spm"):
            shutil.copy(Path(tmp) / "sp.model", folder / name)
    sp = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))
    vocab: dict[str, int] = {}
    # OPUS-MT's order: </s>, <unk>, the pieces, and <pad> last (CTranslate2 drops the last token when converting).
    for token in ["</s>", "<unk>"] + [sp.id_to_piece(i) for i in range(sp.get_piece_size())]:
        vocab.setdefault(token, len(vocab))
    n = 0
    while vocab_size and len(vocab) < vocab_size - 1:
        vocab.setdefault(f"▁filler{n}", len(vocab))
        n += 1
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json"),
                                source_lang=source_lang, target_lang=target_lang)
    config = MarianConfig(vocab_size=len(vocab), max_position_embeddings=512, pad_token_id=vocab["<pad>"],
                          eos_token_id=vocab["</s>"], decoder_start_token_id=vocab["<pad>"],
                          forced_eos_token_id=vocab["</s>"], scale_embedding=True, share_encoder_decoder_embeddings=True,
                          **DIMS[dims])
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
