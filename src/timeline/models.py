"""The records of the pipeline: the one definition of Article, Mention, Event and Reject.

Every stage passes these pydantic models; the Parquet schema, the JSON Schema in `schema/` and
`docs` are all derived from them, so a column is described once, here.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class DatePrecision(StrEnum):
    """How much of `event_date` the text actually supports."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class GeoPrecision(StrEnum):
    """The level of the place an event was resolved to."""

    CITY = "city"
    ADMIN1 = "admin1"
    COUNTRY = "country"
    UNKNOWN = "unknown"


class Modality(StrEnum):
    """Whether the text says the event happened, or only claims, denies, plans or imagines it."""

    ASSERTED = "asserted"
    ALLEGED = "alleged"
    NEGATED = "negated"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"


class ArticleStatus(StrEnum):
    OK = "ok"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class Stage(StrEnum):
    """Pipeline stages, named in reject records."""

    INGEST = "ingest"
    NLP = "nlp"
    EXTRACT = "extract"
    NORMALISE = "normalise"
    VALIDATE = "validate"
    DEDUP = "dedup"
    STORE = "store"


class Record(BaseModel):
    """Base of all records: strict about unknown fields, immutable once built."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Article(Record):
    """One input article, as ingest found it, with what the build made of it."""

    article_id: str = Field(
        description="Hash of the normalised text: the same story read twice is one article."
    )
    input_path: str = Field(description="The file the article came from ('-' for standard input).")
    record: int | None = Field(
        default=None,
        description="1-based line or row within its file; null for a one-article file.",
    )
    url: str | None = Field(
        default=None, description="The article's URL, as metadata; never fetched."
    )
    title: str | None = Field(default=None, description="Headline.")
    outlet: str | None = Field(default=None, description="Publisher or source domain.")
    published: dt.date | None = Field(
        default=None, description="Publication date; null when unknown."
    )
    language: str | None = Field(
        default=None, description="ISO 639-1 language code, given or detected."
    )
    text: str = Field(
        default="", exclude=True, description="Main text (not stored in articles.parquet)."
    )
    status: ArticleStatus = Field(
        default=ArticleStatus.OK, description="ok, duplicate or rejected."
    )
    duplicate_of: str | None = Field(
        default=None, description="article_id of the kept copy when status is duplicate."
    )
    duplicate_kind: str | None = Field(
        default=None,
        description="'exact' (same text) or 'near' (syndicated copy) when status is duplicate.",
    )
    reason: str | None = Field(
        default=None, description="Why the article was rejected or marked duplicate."
    )
    n_sentences: int = Field(default=0, ge=0, description="Sentences the article was split into.")
    n_mentions: int = Field(default=0, ge=0, description="Event mentions extracted from it.")


class Reject(Record):
    """An input or record that failed a stage, with a reason a person can act on."""

    input_path: str = Field(description="The file the failing input came from.")
    record: int | None = Field(
        default=None, description="1-based line or row within the file, if any."
    )
    article_id: str | None = Field(
        default=None, description="The article's id when it got that far."
    )
    stage: Stage = Field(description="The stage that rejected it.")
    reason: str = Field(description="One line: what was wrong and what to do.")


class CodedFields(Record):
    """Normalised fields shared by a mention and its event, under the same column names."""

    source_actor: str | None = Field(
        default=None, description="Source actor's name as normalised (e.g. 'Vladimir Putin')."
    )
    source_country: str | None = Field(
        default=None,
        description=(
            "Source actor's ISO 3166-1 alpha-3 country, IGO for an organisation, or (imported "
            "rows only) a CAMEO region code such as EUR or AFR."
        ),
    )
    source_role: str | None = Field(
        default=None,
        description="Source actor's CAMEO role: GOV, MIL, REB, OPP, COP, MED, IGO, ...",
    )
    source_actor_code: str | None = Field(
        default=None, description="CAMEO-style actor code: country + role (e.g. RUSGOV)."
    )
    target_actor: str | None = Field(default=None, description="Target actor's name as normalised.")
    target_country: str | None = Field(
        default=None,
        description="Target actor's ISO 3166-1 alpha-3 country, IGO, or a CAMEO region code.",
    )
    target_role: str | None = Field(default=None, description="Target actor's CAMEO role.")
    target_actor_code: str | None = Field(
        default=None, description="CAMEO-style actor code of the target."
    )
    cameo_code: str = Field(description="CAMEO event code (2 to 4 digits).")
    cameo_root: str = Field(description="CAMEO root: the first two digits (01 to 20).")
    action: str = Field(description="The CAMEO code's name (e.g. 'Make a visit').")
    plover_type: str = Field(description="PLOVER event type (2021 names, e.g. CONSULT, ASSAULT).")
    goldstein: float = Field(
        ge=-10.0, le=10.0, description="Goldstein score of the CAMEO code, -10 to +10."
    )
    quad_class: int = Field(
        ge=1,
        le=4,
        description=(
            "1 verbal coop. (CAMEO roots 01-05), 2 material coop. (06-08), 3 verbal conflict "
            "(09-13), 4 material conflict (14-20); GDELT puts 09 in 2 and 14 in 3."
        ),
    )
    modality: Modality = Field(
        default=Modality.ASSERTED,
        description="asserted, alleged, negated, planned or hypothetical.",
    )
    event_date: dt.date | None = Field(
        default=None,
        description="When it happened; the first day of the month or year at coarser precision.",
    )
    date_precision: DatePrecision = Field(
        default=DatePrecision.UNKNOWN, description="day, month, year or unknown."
    )
    date_text: str | None = Field(
        default=None,
        description="The words the date came from; null when from the publication date.",
    )
    location_name: str | None = Field(
        default=None,
        description=(
            "Where the event happened: the gazetteer's name, or the text's name for a place the "
            "gazetteer does not know (then without coordinates, geo_precision unknown)."
        ),
    )
    location_country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-3 country of the location."
    )
    location_admin1: str | None = Field(
        default=None, description="First-level administrative division of the location."
    )
    geonames_id: int | None = Field(default=None, description="GeoNames id of the location.")
    latitude: float | None = Field(default=None, ge=-90.0, le=90.0, description="WGS84 latitude.")
    longitude: float | None = Field(
        default=None, ge=-180.0, le=180.0, description="WGS84 longitude."
    )
    geo_precision: GeoPrecision = Field(
        default=GeoPrecision.UNKNOWN, description="city, admin1, country or unknown."
    )
    confidence: float = Field(
        ge=0.0, le=1.0, description="Estimated probability that the coding is right."
    )


class Mention(CodedFields):
    """One event extraction from one sentence, with its provenance."""

    mention_id: str = Field(
        description="Hash of article, sentence and coded fields: stable across builds."
    )
    event_id: str = Field(default="", description="The deduplicated event this mention belongs to.")
    article_id: str = Field(description="The article it was extracted from.")
    sentence_index: int = Field(
        ge=0, description="0-based index of the sentence within the article."
    )
    sentence: str = Field(description="The sentence text.")
    char_start: int = Field(
        ge=0, description="Offset of the sentence's first character in the article text."
    )
    char_end: int = Field(ge=0, description="Offset just past the sentence's last character.")
    source_text: str | None = Field(default=None, description="The words naming the source actor.")
    target_text: str | None = Field(default=None, description="The words naming the target actor.")
    action_text: str | None = Field(
        default=None, description="The words naming the action (verb or noun)."
    )
    url: str | None = Field(default=None, description="URL of the article.")
    outlet: str | None = Field(default=None, description="Outlet of the article.")
    published: dt.date | None = Field(default=None, description="Publication date of the article.")


class Event(CodedFields):
    """A deduplicated event: every mention of the same happening, merged."""

    event_id: str = Field(
        description="Hash of the event's key (dyad, CAMEO root, date): stable across builds."
    )
    num_mentions: int = Field(ge=1, description="Mentions merged into this event.")
    num_articles: int = Field(
        ge=1, description="Distinct articles (syndicated copies included) that mention it."
    )
    num_sources: int = Field(ge=1, description="Distinct outlets that mention it.")
    first_seen: dt.date | None = Field(
        default=None, description="Earliest publication date among its articles."
    )
    last_seen: dt.date | None = Field(
        default=None, description="Latest publication date among its articles."
    )
    source_url: str | None = Field(
        default=None, description="URL of the first article that reported it."
    )
    evidence: str = Field(description="The sentence of its most confident mention.")
    article_ids: list[str] = Field(
        default_factory=list, description="Articles that mention it, sorted."
    )
    mention_ids: list[str] = Field(default_factory=list, description="Its mentions, sorted.")
    confidence: float | None = Field(  # type: ignore[assignment]
        ge=0.0,
        le=1.0,
        description=(
            "Estimated probability that the coding is right; null for an imported event, "
            "whose source states none."
        ),
    )
    source_system: str = Field(
        default="timeline",
        description=(
            "Which system coded the event: 'timeline' (built here), or 'gdelt', 'acled', "
            "'icews' (imported by `timeline import`)."
        ),
    )
    source_event_id: str | None = Field(
        default=None,
        description=(
            "The event's id in the system that coded it (GDELT GLOBALEVENTID, ACLED "
            "event_id_cnty, ICEWS Event ID); null for a built event."
        ),
    )
