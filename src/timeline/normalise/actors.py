"""Actor dictionary and matcher: names in a sentence to CAMEO-style actor codes.

Names live in data files (`timeline/reference/data/actors_*.json`); this module holds the rules:
how names are tokenised and compared, which neighbouring names combine ("North Korean" + "troops"
is one actor, PRK MIL), and how a person's role depends on the date. `ActorDictionary.load` builds a
token trie once; `find` walks it once per sentence, so it costs microseconds, not file reads.

Rules worth knowing:

* Case: all-capital acronyms (US, UN, EU, AU) match only in capitals; a name written with a capital
  letter needs one in the text ("Turkey", not "turkey"); lower-case words (agents, "the") match any
  case. Diacritics, hyphens and abbreviation dots are ignored ("Kim Jong-un" = "Kim Jong Un",
  "U.S." = "US", "Erdogan" = "Erdoğan").
* Combination: a country, capital, person or organisation, optionally possessive, followed by agent
  words gives that country with the last agent's role ("Russia's defence ministry" -> RUS MIL);
  followed by titles and a name it gives the named person ("Russian President Vladimir Putin").
  "troops of Russia" works too. A leading "the" joins a combined match.
* Persons: full names and aliases always; a bare surname only when it is unique in the
  dictionary and the entry allows it (``match_surname``). In office on the given date -> the
  term's role; outside every term -> the entry's default role (``ELI``, former elite, unless
  stated). Without a date the current (open) term counts, else the last term held.
* Historical states keep their former ISO codes: the Soviet Union is ``SUN`` (Stalin -> SUN GOV).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry

from timeline.codes import ActorCode
from timeline.normalise.actor_data import (
    AgentEntry,
    CountryEntry,
    DictionaryData,
    NamedEntry,
    iter_names,
    load_data,
    name_key,
)
from timeline.normalise.actor_terms import FORMER_WORDS, as_titled, resolve_named, term_on
from timeline.normalise.actor_trie import (
    AGENT,
    BLOCK,
    COUNTRY,
    DEMONYM,
    NAME_GAP,
    NAMED,
    SEAT,
    Country,
    NameTrie,
    Payload,
)

__all__ = ["ActorDictionary", "ActorMatch"]

# Between two items that combine: spaces only (punctuation separates actors: "Russia, Ukraine").
_ITEM_GAP = re.compile(r"^\s{1,3}$")
_LINKERS = frozenset({"of", "from"})


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """One actor found in a text, with its character span and the code it resolves to."""

    start: int
    end: int
    text: str
    actor: ActorCode
    surname: str | None


_COORDINATION = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or|/)\s*$")


def _abbreviation(name: str) -> bool:
    """'U.S.', 'UK': an abbreviated country name is used like a demonym ('U.S. and British
    warplanes'), so it may share the agent word of a coordinated demonym."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()


def _share_agents(text: str, out: list[ActorMatch], lone: set[int]) -> list[ActorMatch]:
    """'Russian and Ukrainian delegations': coordinated demonyms share the agent word that
    follows the last of them, so each side is the delegation, not the bare country."""
    for i in sorted(lone, reverse=True):
        if i + 1 >= len(out):
            continue
        here, after = out[i], out[i + 1]
        shared = after.actor
        if (
            shared.kind == "agent"
            and shared.role is not None
            and _COORDINATION.match(text[here.end : after.start])
            and here.actor.country is not None
        ):
            label = shared.name.split(" ", 1)[1] if " " in shared.name else shared.name
            actor = ActorCode(f"{here.text} {label}", here.actor.country, shared.role, "agent")
            out[i] = ActorMatch(here.start, here.end, here.text, actor, None)
    return out


class ActorDictionary:
    """Actor names, their codes, and a fast matcher over running text."""

    version: str

    def __init__(self, data: DictionaryData, version: str) -> None:
        self.version = version
        self._trie = NameTrie()
        self._surnames: dict[str, list[NamedEntry]] = {}
        self._countries: dict[str, Country] = {}
        # labels of bare agents that belong to no body ("gunmen"): no country from context
        self.unaffiliated_labels = frozenset(a.label for a, _ in data.agents if a.unaffiliated)
        # words that may title a person ("minister"): a person's office, not a body
        self.title_words = frozenset(w.lower() for a, _ in data.agents if a.title for w in a.words)
        # words for people of any body ("leaders", "officials")
        self.generic_words = frozenset(
            w.lower() for a, _ in data.agents if a.generic for w in a.words
        )
        self._build(data)

    # ----------------------------------------------------------------------------------- loading

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> ActorDictionary:
        """Load the packaged dictionary plus the user's files (which extend or override it)."""
        extras = tuple(Path(p) for p in extra_files)
        data = load_data(extras)
        version = data.versions[0]
        if extras:
            digest = hashlib.sha256()
            for p in extras:
                digest.update(p.read_bytes())
            version = f"{version}+user.{digest.hexdigest()[:8]}"
        return cls(data, version)

    def _country(self, iso3: str, entry: CountryEntry | None) -> Country:
        pc = pycountry.countries.get(alpha_3=iso3) or pycountry.historic_countries.get(alpha_3=iso3)
        if entry is not None and entry.names:
            display = entry.names[0]
        elif pc is not None:
            display = getattr(pc, "common_name", None) or pc.name
        else:
            display = iso3
        display = display[4:] if display.startswith("the ") else display
        adjective = entry.demonyms[0] if entry is not None and entry.demonyms else display
        return Country(iso3, display, adjective)

    def _build(self, data: DictionaryData) -> None:
        # Countries: official names from pycountry, the rest from the data file.
        for pc in pycountry.countries:
            iso3 = pc.alpha_3
            entry = data.countries.get(iso3)
            country = self._country(iso3, entry)
            self._countries[iso3] = country
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if isinstance(value, str) and "," not in value:
                    self._trie.add(value, Payload(COUNTRY, 1, (), country))
        for iso3, entry in data.countries.items():
            country = self._countries.get(iso3) or self._country(iso3, entry)
            self._countries[iso3] = country
            for n in entry.names:
                self._trie.add(n, Payload(COUNTRY, 2, (), country))
            for n in entry.demonyms:
                self._trie.add(n, Payload(DEMONYM, 2, (), country))
            for n in entry.capitals:
                self._trie.add(n, Payload(SEAT, 2, (), country, "GOV"))
            for n, role in entry.seats.items():
                self._trie.add(n, Payload(SEAT, 2, (), country, role))
            for n, since in entry.names_since.items():
                self._trie.add(n, Payload(COUNTRY, 2, (), country, since=since))

        # Persons, organisations, groups, media.
        for key, ne in data.named.items():
            prio = 5 if key in data.user_named else 3
            for n in iter_names(ne):
                self._trie.add(n, Payload(NAMED, prio, (), named=ne))
            if ne.kind == "person" and ne.surname:
                self._surnames.setdefault(name_key(ne.surname), []).append(ne)
                stripped = re.sub(r"^(?:al|el)[-\s]", "", ne.surname, flags=re.IGNORECASE)
                if stripped != ne.surname:
                    self._surnames.setdefault(name_key(stripped), []).append(ne)
        # A bare surname is a name only when one person has it and nothing else is called that.
        for skey, people in self._surnames.items():
            if len(people) == 1 and people[0].match_surname and not self._trie.exact(skey):
                person = people[0]
                assert person.surname is not None
                surname = person.surname if name_key(person.surname) == skey else skey.title()
                self._trie.add(surname, Payload(NAMED, 1, (), named=person))

        for agent, user in data.agents:
            for w in agent.words:
                self._trie.add(w, Payload(AGENT, 4 if user else 2, (), agent=agent))
        for n in data.nonactors:
            self._trie.add(n, Payload(BLOCK, 0, ()))

    # ---------------------------------------------------------------------------------- matching

    def find(self, text: str, on: dt.date | None = None) -> list[ActorMatch]:
        """All actors in `text`, non-overlapping, left to right, resolved for the date `on`."""
        items = self._trie.scan(text, on)
        out: list[ActorMatch] = []
        lone_demonyms: set[int] = set()  # indexes in `out` of demonyms with no agent word
        k, n = 0, len(items)

        def adjacent(a: int, b: int) -> bool:
            if b >= n:
                return False
            gap = text[items[a].end : items[b].start]
            if _ITEM_GAP.match(gap):
                return True
            left = items[a].payload  # "Mr. Putin": an honorific may keep its dot
            return (
                gap.strip() == "."
                and left is not None
                and left.agent is not None
                and left.agent.role is None
            )

        def cat(idx: int) -> int:
            p = items[idx].payload if idx < n else None
            return -1 if p is None else p.cat

        def emit(
            first: int, last: int, actor: ActorCode, surname: str | None, with_the: bool
        ) -> None:
            start = items[first].start
            if (
                with_the
                and first > 0
                and items[first - 1].payload is None
                and items[first - 1].word == "the"
                and adjacent(first - 1, first)
            ):
                start = items[first - 1].start
            end = items[last].end
            out.append(ActorMatch(start, end, text[start:end], actor, surname))

        while k < n:
            c = cat(k)
            p = items[k].payload
            if p is None or c == BLOCK:
                k += 1
                continue
            # Optional possessive, then a run of agent words, then maybe a name.
            j = k + 1
            possessive = False
            if (
                c != AGENT
                and c != DEMONYM
                and j < n
                and items[j].payload is None
                and items[j].word == "'s"
                and items[k].end == items[j].start
            ):
                possessive = True
                j += 1
            if c == AGENT:
                j = k + 1
            agents: list[AgentEntry] = [p.agent] if c == AGENT and p.agent is not None else []
            last = j - 1 if c == AGENT else k
            while j < n and cat(j) == AGENT and adjacent(j - 1, j):
                agent = items[j].payload.agent  # type: ignore[union-attr]
                assert agent is not None
                agents.append(agent)
                last = j
                j += 1
            head_payload = (
                items[j].payload if j < n and cat(j) == NAMED and adjacent(j - 1, j) else None
            )
            head = self._base(head_payload, on) if head_payload is not None else None
            roles = [a.role for a in agents if a.role is not None]
            specific = [a.role for a in agents if a.role is not None and not a.generic]
            if specific and agents[-1].generic:
                roles.append(specific[-1])  # "army officers", "rebel leaders": the army's

            if head is not None and (
                (agents and (agents[-1].title or head[0].kind != "person"))
                or (not agents and c in (COUNTRY, DEMONYM, SEAT) and (possessive or c == DEMONYM))
            ):
                # "Russian President Vladimir Putin", "Russia's Lavrov", "state media KCNA".
                actor = head[0]
                if on is None and roles and head_payload is not None and head_payload.named:
                    former = k > 0 and items[k - 1].word in FORMER_WORDS
                    actor = as_titled(head_payload.named, roles[-1], former) or actor
                emit(k, j, actor, head[1], True)
                k = j + 1
                continue
            if (
                c == AGENT
                and agents[0].of_country
                and not (
                    k > 0
                    and cat(k - 1) in (COUNTRY, DEMONYM)
                    and NAME_GAP.match(text[items[k - 1].end : items[k].start])
                )
            ):
                k = last + 1  # "the Likud-led coalition": no country leads it
                continue
            if c == AGENT:
                if roles:
                    # "troops of Russia", "the president of Iran".
                    if (
                        j + 1 < n
                        and items[j].payload is None
                        and items[j].word in _LINKERS
                        and adjacent(j - 1, j)
                        and cat(j + 1) == COUNTRY
                        and adjacent(j, j + 1)
                    ):
                        country = items[j + 1].payload.country  # type: ignore[union-attr]
                        assert country is not None
                        actor = ActorCode(
                            f"{country.adjective} {agents[-1].label}",
                            country.iso3,
                            roles[-1],
                            "agent",
                        )
                        emit(k, j + 1, actor, None, True)
                        k = j + 2
                        continue
                    label = next(a.label for a in reversed(agents) if a.role is not None)
                    emit(k, last, ActorCode(label, None, roles[-1], "agent"), None, True)
                k = last + 1
                continue

            base, surname = self._base(p, on)
            if roles and base.country is None:
                # "Islamic State fighters": a stateless group keeps its own code.
                emit(k, last, base, surname, True)
                k = last + 1
                continue
            if roles and base.country is not None:
                label = next(a.label for a in reversed(agents) if a.role is not None)
                organised = c == NAMED and base.kind != "person"
                who = base.name if organised else self._countries_adj(base.country)
                role = roles[-1]
                if organised and agents[-1].generic and base.role is not None:
                    role = base.role  # "Hamas officials" are Hamas
                emit(
                    k,
                    last,
                    ActorCode(f"{who} {label}", base.country, role, "agent"),
                    None,
                    True,
                )
                k = last + 1
                continue
            if c == DEMONYM or (
                c == COUNTRY and _abbreviation(text[items[k].start : items[k].end])
            ):
                lone_demonyms.add(len(out))
            emit(k, k, base, surname, False)
            k += 1
        return _share_agents(text, out, lone_demonyms)

    def _countries_adj(self, iso3: str) -> str:
        country = self._countries.get(iso3)
        return country.adjective if country is not None else iso3

    def _base(self, p: Payload, on: dt.date | None) -> tuple[ActorCode, str | None]:
        """The code a single payload stands for on a date, and the surname for persons."""
        if p.cat == NAMED:
            assert p.named is not None
            return resolve_named(p.named, on), p.named.surname if p.named.kind == "person" else None
        if p.cat == AGENT:
            assert p.agent is not None
            return ActorCode(p.agent.label, None, p.agent.role, "agent"), None
        assert p.country is not None
        role = p.role if p.cat == SEAT else None
        return ActorCode(p.country.name, p.country.iso3, role, "country"), None

    # ---------------------------------------------------------------------------------- look-ups

    def resolve_name(self, name: str, on: dt.date | None = None) -> ActorCode | None:
        """Exact look-up of one name ("Kim Jong-un", "Putin", "the Kremlin", "Russian forces")."""
        key = name_key(name.strip().rstrip("'’").removesuffix("'s").removesuffix("’s"))
        for p in self._trie.exact(key):
            if p.since is not None and (on is None or on < p.since):
                continue
            if p.cat in (NAMED, COUNTRY, DEMONYM, SEAT) or (
                p.cat == AGENT and p.agent and p.agent.role
            ):
                return self._base(p, on)[0]
        matches = self.find(name.strip(), on)
        if len(matches) == 1 and matches[0].text.strip() == name.strip():
            return matches[0].actor
        return None

    def person_by_surname(self, surname: str, on: dt.date | None) -> ActorCode | None:
        """The person with this surname, only when one fits (or one is in office on `on`)."""
        key = name_key(surname)
        people = self._surnames.get(key)
        if not people:
            stripped = re.sub(r"^(?:al|el) ", "", key)
            people = self._surnames.get(stripped)
        if not people:
            return None
        unique = list({id(p): p for p in people}.values())
        if len(unique) == 1:
            return resolve_named(unique[0], on)
        active = [p for p in unique if term_on(p.terms, on) is not None]
        if len(active) == 1:
            return resolve_named(active[0], on)
        return None

    def country(self, iso3: str) -> ActorCode | None:
        """The plain country actor for a code (handy for coreference and tests)."""
        c = self._countries.get(iso3)
        return None if c is None else ActorCode(c.name, c.iso3, None, "country")
