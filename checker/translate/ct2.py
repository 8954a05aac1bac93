"""The ``ctranslate2`` backend (``pip install 'transcheck[ct2]'``): a model converted to CTranslate2, int8 on the CPU,
with the tokenizer of the model it was converted from (copied into the converted folder by ``convert``)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Sequence

from .base import Decoding, TranslatorUnavailable, batches, register_translator
from .hf import LanguageCodes
from .models import fingerprint

TOKENIZER_FILES = ("tokenizer_config.json", "special_tokens_map.json", "tokenizer.json", "vocab.json", "source.spm",
                   "target.spm", "sentencepiece.bpe.model", "spm.model", "generation_config.json")


def convert(model: str, output: str | Path, quantization: str = "int8", force: bool = False) -> Path:
    """Convert a transformers model (folder or hub id) to CTranslate2 in ``output``, tokenizer files included."""
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise TranslatorUnavailable("converting needs ctranslate2: pip install 'transcheck[ct2]'") from None
    output = Path(output)
    src = Path(model)
    copy = [name for name in TOKENIZER_FILES if (src / name).is_file()] if src.is_dir() else []
    try:
        TransformersConverter(model, copy_files=copy or None, load_as_float16=False).convert(
            str(output), quantization=quantization, force=force)
    except RuntimeError as exc:
        raise TranslatorUnavailable(f"cannot convert {model}: {exc}") from None
    if src.is_dir() and (src / "config.json").is_file():
        # The transformers config, renamed: the tokenizer needs the model type, CTranslate2 keeps its own config.json.
        shutil.copy(src / "config.json", output / "hf_config.json")
    return output


@register_translator("ctranslate2")
class CTranslate2Translator:
    name = "ctranslate2"

    def __init__(self, model: str, source_lang: str, target_lang: str, decoding: Decoding | None = None,
                 device: str = "cpu", compute_type: str = "int8", threads: int = 0):
        try:
            import ctranslate2
            from transformers import AutoConfig, AutoTokenizer
            from transformers.utils import logging as hf_logging
        except ImportError as exc:
            raise TranslatorUnavailable(f"the ctranslate2 backend needs ctranslate2 and transformers "
                                        f"(pip install 'transcheck[ct2]'): {exc}") from None
        hf_logging.set_verbosity_error()
        folder = Path(model)
        if not (folder / "model.bin").is_file():
            raise TranslatorUnavailable(f"{model}: not a CTranslate2 model folder (no model.bin); "
                                        f"convert one with `transcheck models convert`")
        if not (folder / "hf_config.json").is_file():
            raise TranslatorUnavailable(f"{model}: no hf_config.json (the original model's config.json); "
                                        f"convert with `transcheck models convert` to keep it")
        try:
            config = AutoConfig.from_pretrained(str(folder / "hf_config.json"))
            self.tokenizer = AutoTokenizer.from_pretrained(str(folder), config=config, local_files_only=True)
            kind, _, index = device.partition(":")
            self.net = ctranslate2.Translator(str(folder), device=kind, device_index=int(index or 0),
                                              compute_type=compute_type, intra_threads=threads)
        except (OSError, ValueError, RuntimeError) as exc:
            raise TranslatorUnavailable(f"cannot load {model} ({str(exc).splitlines()[0]})") from None
        self.model = model
        self.revision = fingerprint(folder)
        self.source_lang, self.target_lang = source_lang, target_lang
        self.decoding = decoding or Decoding()
        self.device, self.compute_type = device, compute_type
        self.codes = LanguageCodes(self.tokenizer, config, source_lang, target_lang)

    def translate(self, texts: Sequence[str]) -> list[str]:
        tokens = [self.tokenizer.convert_ids_to_tokens(self.tokenizer.encode(self.codes.prefix + t, truncation=True))
                  for t in texts]
        prefix = [[self.codes.forced_bos]] if self.codes.forced_bos else None
        out: list[str | None] = [None] * len(texts)
        for batch in batches([len(t) for t in tokens], self.decoding):
            results = self.net.translate_batch(
                [tokens[i] for i in batch], target_prefix=prefix * len(batch) if prefix else None,
                beam_size=self.decoding.beam_size, max_decoding_length=self.decoding.max_length,
                min_decoding_length=self.decoding.min_length, max_batch_size=self.decoding.batch_size)
            for i, result in zip(batch, results):
                hyp = result.hypotheses[0]
                if prefix:
                    hyp = hyp[1:]
                ids = self.tokenizer.convert_tokens_to_ids(hyp)
                out[i] = self.tokenizer.decode(ids, skip_special_tokens=True).strip()
        return out  # type: ignore[return-value]
