"""A token trie of actor names: the longest dictionary name at each position of a text.

The matcher in `timeline.normalise.actors` combines what this finds ("Russian" + "President" +
"Vladimir Putin"); this module only knows names, their case rules and the dates from which a
name counts, so a sentence is walked once, whatever the size of the dictionary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.normalise.actor_data import (
    TOKEN_RE,
    AgentEntry,
    NamedEntry,
    norm_token,
    tokens_of,
)

__all__ = [
    "AGENT",
    "BLOCK",
    "COUNTRY",
    "DEMONYM",
    "NAMED",
    "NAME_GAP",
    "SEAT",
    "Country",
    "Item",
    "NameTrie",
    "Payload",
]

# Characters allowed between two tokens of one name: nothing, spaces, a hyphen, an apostrophe,
# a plural possessive's apostrophe and space ("Kurdistan Workers' Party") or an abbreviation dot
# ("S. Jaishankar").
NAME_GAP = re.compile(r"^(?:[.'’]?\s{1,3}|[-‐–'’]|\.|)$")

# Categories of trie payloads.
COUNTRY, DEMONYM, SEAT, NAMED, AGENT, BLOCK = range(6)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str  # display name: "Russia", "North Korea"
    adjective: str  # "Russian"; the name when no demonym is known


@dataclass(frozen=True, slots=True)
class Payload:
    """What a trie key means, and how the text's case must look for it to count."""

    cat: int
    priority: int
    case: tuple[tuple[int, str], ...]  # per token: (0 any | 1 capitalised | 2 exact, dot-less raw)
    country: Country | None = None
    role: str | None = None  # SEAT role
    named: NamedEntry | None = None
    agent: AgentEntry | None = None
    since: dt.date | None = None  # a name of the country only from this date on

    def accepts(self, raws: Sequence[str]) -> bool:
        for (mode, want), raw in zip(self.case, raws, strict=False):
            if mode == 2 and raw.replace(".", "") != want:
                return False
            if mode == 1 and not raw[:1].isupper():
                return False
        return True


def case_pattern(name: str) -> tuple[tuple[int, str], ...]:
    """Acronyms must match exactly; a capitalised first word must be capitalised in the text."""
    out: list[tuple[int, str]] = []
    for i, raw in enumerate(tokens_of(name)):
        bare = raw.replace(".", "")
        letters = [c for c in bare if c.isalpha()]
        if len(letters) >= 2 and bare.isupper():
            out.append((2, bare))
        elif i == 0 and bare[:1].isupper():
            out.append((1, bare))
        else:
            out.append((0, bare))
    return tuple(out)


class Node:
    __slots__ = ("children", "payloads")

    def __init__(self) -> None:
        self.children: dict[str, Node] = {}
        self.payloads: list[Payload] = []


@dataclass(frozen=True, slots=True)
class Item:
    """A span of tokens after trie matching: one payload, or a plain token (payload None)."""

    start: int  # char offsets
    end: int
    payload: Payload | None
    word: str  # normalised text of a plain token


class NameTrie:
    """Names as paths of normalised tokens, with an exact index for whole-name look-ups."""

    def __init__(self) -> None:
        self._root = Node()
        self._exact: dict[str, list[Payload]] = {}

    def exact(self, key: str) -> list[Payload]:
        """The payloads of a whole name key (``name_key``), best first."""
        return self._exact.get(key, [])

    def add(self, name: str, payload_base: Payload) -> None:
        """File a name under its tokens, with the case pattern its own spelling asks for."""
        raws = tokens_of(name)
        if not raws:
            return
        keys = [norm_token(r) for r in raws]
        variants = [(keys, name)]
        if len(keys) > 1 and keys[0] == "the":  # "the Kremlin" also as "Kremlin"
            variants.append((keys[1:], name.split(" ", 1)[1]))
        for ks, text in variants:
            payload = dataclasses.replace(payload_base, case=case_pattern(text))
            node = self._root
            for k in ks:
                node = node.children.setdefault(k, Node())
            if payload not in node.payloads:
                node.payloads.append(payload)
                node.payloads.sort(key=lambda p: -p.priority)
            if payload.cat != BLOCK:
                bucket = self._exact.setdefault(" ".join(ks), [])
                bucket.append(payload)
                bucket.sort(key=lambda p: -p.priority)

    def scan(self, text: str, on: dt.date | None = None) -> list[Item]:
        """Tokenise and take the longest dictionary name at each position, left to right; a
        name a country took on a date counts only from that date on."""
        toks = [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(text)]
        keys = [norm_token(t[2]) for t in toks]
        items: list[Item] = []
        i, n = 0, len(toks)
        while i < n:
            node = self._root.children.get(keys[i])
            best: tuple[int, Payload] | None = None
            j = i
            while node is not None:
                if node.payloads:
                    raws = [t[2] for t in toks[i : j + 1]]
                    for p in node.payloads:
                        if p.since is not None and (on is None or on < p.since):
                            continue
                        if p.accepts(raws):
                            best = (j, p)
                            break
                j += 1
                if j >= n or not NAME_GAP.match(text[toks[j - 1][1] : toks[j][0]]):
                    break
                node = node.children.get(keys[j])
            if best is None:
                items.append(Item(toks[i][0], toks[i][1], None, keys[i]))
                i += 1
            else:
                j, p = best
                items.append(Item(toks[i][0], toks[j][1], p, ""))
                i = j + 1
        return items
