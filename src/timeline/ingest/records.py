"""Turn what a reader found into the stage's output: a clean Article, or a Reject saying why not."""

from __future__ import annotations

from timeline.ingest.dates import parse_published
from timeline.ingest.furniture import clean_extracted_text, clean_text
from timeline.ingest.ids import article_id_for
from timeline.ingest.language import detect_language, normalise_language
from timeline.ingest.metadata import RawRecord, RecordProblem
from timeline.ingest.options import IngestOptions
from timeline.models import Article, Reject, Stage


def reject(path: str, record: int | None, reason: str, article_id: str | None = None) -> Reject:
    """A Reject of the ingest stage, its reason kept to one line."""
    return Reject(
        input_path=path,
        record=record,
        article_id=article_id,
        stage=Stage.INGEST,
        reason=" ".join(reason.split()),
    )


def _languages(options: IngestOptions) -> str:
    return ", ".join(repr(code) for code in sorted(options.languages))


def to_article(
    item: RawRecord | RecordProblem, path: str, options: IngestOptions
) -> Article | Reject:
    """Clean the text, check the limits and the language, and build the Article."""
    if isinstance(item, RecordProblem):
        return reject(path, item.record, item.reason)
    if len(item.text) > options.max_article_chars:
        return reject(
            path,
            item.record,
            f"text is {len(item.text):,} characters, over the {options.max_article_chars:,} limit; "
            "split the article or raise the article-length limit",
        )
    cleaner = clean_extracted_text if item.extracted else clean_text
    text = cleaner(item.text, title=item.title)
    if not text:
        what = (
            "empty text"
            if not item.text.strip()
            else "no prose left once page furniture was removed"
        )
        return reject(
            path, item.record, f"{what}; check that the text field holds the article body"
        )
    article_id = article_id_for(text)
    given = normalise_language(item.language)
    language = given or detect_language(text)
    if language not in options.languages:
        how = "given in the input" if given else "detected from the text"
        return reject(
            path,
            item.record,
            f"unsupported language {language!r} ({how}); this build reads {_languages(options)}: "
            "drop the article or add its language to the build's languages",
            article_id=article_id,
        )
    return Article(
        article_id=article_id,
        input_path=path,
        record=item.record,
        url=item.url,
        title=item.title,
        outlet=item.outlet,
        published=parse_published(item.published),
        language=language,
        text=text,
    )
