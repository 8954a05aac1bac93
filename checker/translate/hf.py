"""The ``transformers`` backend: any sequence-to-sequence translation model (Marian/OPUS-MT, NLLB, M2M100) from a
local folder or a hub id, on the CPU or a CUDA device."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .base import Decoding, TranslatorUnavailable, batches, flores_code, marian_target_token, register_translator
from .models import fingerprint


def family(tokenizer, config) -> str:
    """``marian``, ``nllb`` or ``m2m100``: how the model is told its languages."""
    kind = type(tokenizer).__name__.lower()
    if "nllb" in kind:
        return "nllb"
    if config.model_type == "m2m_100":
        return "m2m100"
    if config.model_type == "marian":
        return "marian"
    return config.model_type


class LanguageCodes:
    """What a model family needs to translate ``source_lang`` into ``target_lang``: a tokenizer source language, a
    first target token (NLLB, M2M100) or a target token in front of the text (multilingual Marian)."""

    def __init__(self, tokenizer, config, source_lang: str, target_lang: str):
        self.family = family(tokenizer, config)
        self.prefix = ""
        self.forced_bos: str | None = None
        if self.family == "nllb":
            tokenizer.src_lang = flores_code(source_lang)
            self.forced_bos = flores_code(target_lang)
        elif self.family == "m2m100":
            tokenizer.src_lang = source_lang
            self.forced_bos = f"__{target_lang}__"
        elif self.family == "marian":
            token = marian_target_token(tokenizer.get_vocab(), target_lang)
            self.prefix = f"{token} " if token else ""


@register_translator("transformers")
class TransformersTranslator:
    name = "transformers"

    def __init__(self, model: str, source_lang: str, target_lang: str, decoding: Decoding | None = None,
                 device: str = "cpu", local_only: bool | None = None, threads: int | None = None):
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
            from transformers.utils import logging as hf_logging
        except ImportError as exc:
            raise TranslatorUnavailable(f"the transformers backend needs torch and transformers ({exc})") from None
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise TranslatorUnavailable(f"device {device!r} asked for, but torch sees no CUDA device")
        if threads:
            torch.set_num_threads(threads)
        path = Path(model)
        local = path.is_dir()
        local_only = local if local_only is None else local_only
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model, local_files_only=local_only)
            self.net = AutoModelForSeq2SeqLM.from_pretrained(model, local_files_only=local_only)
        except (OSError, ValueError) as exc:
            raise TranslatorUnavailable(f"cannot load {model} ({str(exc).splitlines()[0]})") from None
        self.net.eval().to(device)
        self._torch = torch
        self.model = model
        self.revision = fingerprint(path) if local else getattr(self.net.config, "_commit_hash", None) or "hub"
        self.source_lang, self.target_lang = source_lang, target_lang
        self.decoding = decoding or Decoding()
        self.device = device
        self.codes = LanguageCodes(self.tokenizer, self.net.config, source_lang, target_lang)

    def translate(self, texts: Sequence[str]) -> list[str]:
        texts = [self.codes.prefix + t for t in texts]
        lengths = [len(ids) for ids in self.tokenizer(texts)["input_ids"]] if self.decoding.sort_by_length \
            else [0] * len(texts)
        out: list[str | None] = [None] * len(texts)
        options = {"num_beams": self.decoding.beam_size, "max_new_tokens": self.decoding.max_length,
                   "min_new_tokens": self.decoding.min_length, "num_return_sequences": 1}
        if self.codes.forced_bos:
            options["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(self.codes.forced_bos)
        with self._torch.inference_mode():
            for batch in batches(lengths, self.decoding):
                enc = self.tokenizer([texts[i] for i in batch], return_tensors="pt", padding=True, truncation=True)
                enc = {k: v.to(self.device) for k, v in enc.items()}
                generated = self.net.generate(**enc, **options)
                for i, text in zip(batch, self.tokenizer.batch_decode(generated, skip_special_tokens=True)):
                    out[i] = text.strip()
        return out  # type: ignore[return-value]
