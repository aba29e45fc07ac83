"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is one article.

The feed is parsed as a stream (defusedxml's `iterparse`), each item dropped once read, so a
large feed is never held whole. defusedxml refuses any entity declaration: an entity-expansion
bomb ("billion laughs") and an external entity (a local file, a URL) both stop the feed with
a reject before anything is expanded or opened, and no external DTD is ever loaded. An item's
HTML (content:encoded, Atom content, description or summary) goes through the same extraction
as an .html file; nothing it links to is fetched.
"""

from __future__ import annotations

import email.utils
import html
import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from timeline.errors import InputError
from timeline.ingest.formats.html_page import extract_html
from timeline.ingest.metadata import RawRecord, RecordProblem, is_url, outlet_name
from timeline.ingest.options import IngestOptions
from timeline.ingest.streams import Opened

_ATOM = "http://www.w3.org/2005/Atom"
_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_DC = "http://purl.org/dc/elements/1.1/"
_FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
_ITEMS = frozenset({"item", "entry"})
_CHANNELS = frozenset({"channel", "feed"})
_TAG = re.compile(r"<[^>]*>")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


def read_feed(opened: Opened, options: IngestOptions) -> Iterator[RawRecord | RecordProblem]:
    """Items in feed order, numbered from 1; a parse error ends the feed with its reason."""
    del options  # the driver applies the limits to each item
    stack: list[Element] = []
    feed_title: str | None = None
    index = 0
    events = iterparse(
        opened.stream, events=("start", "end"), forbid_entities=True, forbid_external=True
    )
    try:
        for event, element in events:
            if event == "start":
                if not stack and _local(element.tag) not in _FEED_ROOTS:
                    raise InputError(
                        opened.path,
                        f"XML whose root is <{_local(element.tag)}> is not an RSS or Atom feed; "
                        "give the articles as HTML, text or JSON instead",
                    )
                stack.append(element)
                continue
            stack.pop()
            name = _local(element.tag)
            in_item = any(_local(outer.tag) in _ITEMS for outer in stack)
            if name in _ITEMS and not in_item:
                index += 1
                yield _item(element, index, feed_title)
                element.clear()
                if stack:
                    stack[-1].remove(element)  # only read items are dropped; the feed stays small
            elif name == "title" and stack and _local(stack[-1].tag) in _CHANNELS and not in_item:
                feed_title = _text_of(element)
    except DefusedXmlException as exc:
        raise InputError(
            opened.path,
            f"the feed declares XML entities or external references ({type(exc).__name__}), "
            "refused because they can expand without bound or read local files; remove the "
            "DOCTYPE from the feed",
        ) from exc
    except ParseError as exc:
        detail = " ".join(str(exc).split())[:200]
        raise InputError(opened.path, f"not well-formed XML ({detail}); fix the feed") from exc
    if index == 0:
        raise InputError(opened.path, "the feed has no items or entries; nothing to read")


def _children(item: Element, name: str, namespaces: tuple[str, ...]) -> list[Element]:
    return [
        child for child in item if _local(child.tag) == name and _namespace(child.tag) in namespaces
    ]


def _first(item: Element, name: str, namespaces: tuple[str, ...]) -> Element | None:
    found = _children(item, name, namespaces)
    return found[0] if found else None


def _text_of(element: Element | None) -> str | None:
    """A title or date as one line of plain text, whatever markup the feed wrapped it in."""
    if element is None:
        return None
    kind = (element.get("type") or "").casefold()
    if kind in ("xhtml", "application/xhtml+xml"):
        return _one_line(" ".join(element.itertext()))
    text = element.text or ""
    if kind in ("html", "text/html"):
        text = html.unescape(_TAG.sub(" ", text))
    return _one_line(text)


def _html_of(element: Element) -> str | None:
    """An item's body as HTML: escaped HTML as is, XHTML serialised, plain text paragraphed."""
    kind = (element.get("type") or "").casefold()
    if kind in ("xhtml", "application/xhtml+xml"):
        for node in element.iter():
            node.tag = _local(node.tag)
        inner = "".join(tostring(child, encoding="unicode", method="html") for child in element)
        body = (element.text or "") + inner
    elif kind in ("text", "text/plain"):
        paragraphs = [p.strip() for p in (element.text or "").split("\n\n") if p.strip()]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    else:
        body = element.text or ""
    return body if body.strip() else None


_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("encoded", (_CONTENT,)),
    ("content", (_ATOM,)),
    ("description", ("", "http://purl.org/rss/1.0/")),
    ("summary", (_ATOM,)),
)


def _body(item: Element) -> str | None:
    for name, namespaces in _BODIES:
        for element in _children(item, name, namespaces):
            if element.get("src"):  # Atom content held elsewhere: never fetched
                continue
            body = _html_of(element)
            if body is not None:
                return body
    return None


def _link(item: Element) -> str | None:
    for link in _children(item, "link", (_ATOM,)):
        href = (link.get("href") or "").strip()
        if link.get("rel", "alternate") == "alternate" and is_url(href):
            return href
    for link in _children(item, "link", ("", "http://purl.org/rss/1.0/")):
        text = (link.text or "").strip()
        if is_url(text):
            return text
    guid = _first(item, "guid", ("",))
    if guid is not None and guid.get("isPermaLink", "true") == "true":
        text = (guid.text or "").strip()
        if is_url(text):
            return text
    about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about", "").strip()
    return about if is_url(about) else None


def _published(item: Element) -> object:
    """pubDate (RFC 822), dc:date, Atom published, then Atom updated: the first that reads."""
    pub_date = _text_of(_first(item, "pubDate", ("",)))
    if pub_date:
        try:
            return email.utils.parsedate_to_datetime(pub_date)
        except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a huge year
            return pub_date  # not RFC 822 after all: the usual date parsing gets a try
    for name, namespaces in (("date", (_DC,)), ("published", (_ATOM,)), ("updated", (_ATOM,))):
        value = _text_of(_first(item, name, namespaces))
        if value:
            return value
    return None


def _item(item: Element, index: int, feed_title: str | None) -> RawRecord | RecordProblem:
    title = _text_of(_first(item, "title", ("", _ATOM, "http://purl.org/rss/1.0/")))
    body = _body(item)
    if body is None:
        return RecordProblem(
            index,
            "the feed item has no content or description, only a link (never fetched); "
            "save the linked article as HTML instead",
        )
    try:
        raw = extract_html(f"<html><body><article>{body}</article></body></html>")
    except Exception as exc:  # a third-party parser on hostile markup: any failure is this item's
        detail = " ".join(str(exc).split())[:200]
        return RecordProblem(
            index, f"the feed item's HTML could not be parsed ({type(exc).__name__}: {detail})"
        )
    if raw is None:
        return RecordProblem(index, "no text found in the feed item's content or description")
    url = _link(item)
    return RawRecord(
        text=raw.text,
        record=index,
        title=title or raw.title,
        url=url,
        outlet=outlet_name(url) or feed_title,
        published=_published(item),
        language=raw.language,
        extracted=True,
    )
