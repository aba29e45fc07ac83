"""Remove page furniture (menus, bylines, share buttons, captions) so only prose reaches the parser.

The rule is general rather than a list of strings: a paragraph is kept when it reads as prose
(enough words, ending like a sentence). A few patterns catch furniture that looks like prose
("Sign up for our newsletter to get the latest news.").
"""

from __future__ import annotations

import re
import unicodedata

from timeline.ingest.ids import normalise_for_id

MIN_PROSE_WORDS = 6
"""A paragraph with fewer words is kept only when it is a short sentence in lower-case prose."""
MIN_SHORT_SENTENCE_WORDS = 3
MIN_RUN_ON_WORDS = 25
"""A paragraph this long with a sentence break inside is prose even without a final full stop."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_INNER_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"'”’»)]*\s+[\"“‘'(]?[A-Z]")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_FURNITURE = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"(sign up|subscribe|register)\b.{0,80}\b(newsletter|updates|alerts|briefing|inbox)",
        r"get (the latest|our) .{0,80}\b(inbox|newsletter)",
        r"read (more|next|also)\b",
        r"(continue reading|keep reading|thanks for reading)\b",
        r"(click|tap) here\b",
        r"follow us\b",
        r"share (this|the) (article|story|page|post)\b",
        r"(copyright\b|©|\(c\) \d{4})",
        r".{0,120}\ball rights reserved\b",
        r"\(?(additional )?(reporting|writing|editing|compiled) by\b",
        r"this (article|story) (was|has been) (originally )?(published|updated|amended|corrected)",
        r"(photo|photograph|image|picture|video|file photo|caption|credit)s?\s*[:|]",
        r"(advertisement|sponsored content|sponsored)\W*$",
        r"(related|see also|also read|recommended|most read|trending|more from)\s*[:|]",
        r"we use cookies\b",
        r"(listen to this article|enable javascript|your browser does not support)",
        r"download (our|the) app\b",
        r"(updated|published|last (updated|modified)|posted)\s*(on|at)?\s*:?\s*\d",
    )
)

_BYLINE_CONNECTORS = frozenset(
    {"and", "in", "for", "of", "the", "de", "van", "von", "|", "-", "–", "&"}
)
_MAX_BYLINE_WORDS = 12


def normalise_layout(text: str) -> str:
    """NFC, Unix newlines, no control characters: the form every ingested text is kept in."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(
        " ", text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    )


def _words(text: str) -> list[str]:
    return text.split()


def _ends_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


def _is_short(line: str) -> bool:
    return len(_words(line)) < MIN_PROSE_WORDS


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of `text`: blocks split on blank lines, and on single newlines around short lines.

    A block whose lines run on (hard-wrapped prose) is rejoined with spaces; a short line such as
    "Share" or "By Jane Doe" inside a block becomes a paragraph of its own, so it can be judged.
    """
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(normalise_layout(text)):
        current: list[str] = []
        for raw_line in block.split("\n"):
            line = " ".join(raw_line.split())
            if not line:
                continue
            if current and _breaks_before(current[-1], line):
                paragraphs.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            paragraphs.append(" ".join(current))
    return paragraphs


def _breaks_before(previous: str, line: str) -> bool:
    """Whether a single newline between two lines ends a paragraph rather than wrapping one."""
    return (
        _ends_sentence(previous)
        or _is_short(previous)
        or (_is_short(line) and not _ends_sentence(line))
    )


def _is_byline(paragraph: str) -> bool:
    """'By Jane Doe', 'By Jane Doe and John Roe, Reuters': 'By' and then only names."""
    words = _words(paragraph.rstrip("."))
    if len(words) < 2 or len(words) > _MAX_BYLINE_WORDS or words[0].casefold() != "by":
        return False
    for word in words[1:]:
        bare = word.strip(",;:()")
        if bare and bare.casefold() not in _BYLINE_CONNECTORS and not bare[0].isupper():
            return False
    return True


def is_furniture_pattern(paragraph: str) -> bool:
    """Whether a paragraph matches a known furniture pattern, however prose-like it looks."""
    return _is_byline(paragraph) or any(p.match(paragraph) for p in _FURNITURE)


def is_prose(paragraph: str) -> bool:
    """Whether a paragraph reads as prose: ends like a sentence and is long enough to be one.

    Short sentences (3 to 5 words) count only if some word is in lower case, which keeps
    "Russia denied the claim." and drops Title Case labels such as "Kim Jong Un Putin Meeting."
    A long run of several sentences is prose however it ends: whole articles flattened into one
    line often end with a credit ("Reuters contributed to this report").
    """
    words = _words(paragraph)
    if len(words) >= MIN_RUN_ON_WORDS and _INNER_SENTENCE_END.search(paragraph):
        return True
    if not _ends_sentence(paragraph):
        return False
    if len(words) >= MIN_PROSE_WORDS:
        return True
    return len(words) >= MIN_SHORT_SENTENCE_WORDS and any(w[:1].islower() for w in words[1:])


def clean_text(text: str, title: str | None = None) -> str:
    """The prose paragraphs of `text`, joined with blank lines so paragraph boundaries survive.

    Drops paragraphs that are not prose, that match a furniture pattern, that repeat `title`
    (the headline printed again in the body), or that repeat an earlier paragraph (pull quotes).
    When no paragraph passes, paragraphs that end like a sentence are kept, so a very short
    article is not mistaken for furniture.
    """
    title_key = normalise_for_id(title) if title else None
    seen: set[str] = set()
    candidates: list[str] = []
    for paragraph in split_paragraphs(text):
        key = normalise_for_id(paragraph)
        if key == title_key or key in seen:
            continue
        seen.add(key)
        if not is_furniture_pattern(paragraph):
            candidates.append(paragraph)
    kept = [p for p in candidates if is_prose(p)]
    if not kept:
        # A text of only short sentences ("Troops withdrew.") is still an article, not furniture.
        kept = [p for p in candidates if _ends_sentence(p)]
    return "\n\n".join(kept)


def clean_extracted_text(text: str, title: str | None = None) -> str:
    """Clean text from an HTML extractor such as trafilatura, which puts one paragraph per line.

    Each line is a paragraph there, so lines are separated by blank lines before `clean_text`.
    """
    return clean_text(normalise_layout(text).replace("\n", "\n\n"), title=title)
