"""Actors in a parsed sentence: dictionary matches aligned to tokens.

`SentenceActors` decides which actor each token names, reading ownership, victims and the
article's earlier actors (`ArticleMemory`, for surnames, titles and 'the bloc') from the parse.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from timeline.codes import IGO, ActorCode, Place
from timeline.extract.agent_owners import (
    agent_body_of,
    body_of,
    conjoined_owner,
    done_for_by,
    modifying_actor,
    same_role_antecedent,
)
from timeline.extract.article_memory import ArticleMemory
from timeline.extract.cues import Cues
from timeline.extract.homelands import homelands
from timeline.extract.kind_references import named_kind
from timeline.extract.name_uses import (
    definite,
    former,
    is_locative,
    is_seat_as_place,
    modifies_a_thing,
    names_a_deed,
    opposed,
    people_of,
)
from timeline.extract.partitive_roles import refine_counted
from timeline.extract.partners import partner_of, unnamed_partners
from timeline.extract.place_positions import UNIT_NOUNS
from timeline.extract.possessive_bodies import (
    PERSON_POSSESSIVES,
    possessive_body,
    possessive_of,
    possessive_person,
)
from timeline.extract.shared_heads import shared_head
from timeline.extract.victim_countries import (
    clause_verb,
    destination_countries,
    killed,
    named_parties,
    rival_countries,
)
from timeline.normalise.actors import ActorDictionary, ActorMatch
from timeline.normalise.places import Gazetteer


@dataclass(frozen=True, slots=True)
class TokenActor:
    """An actor covering tokens [start, end) of the doc; `direct` is False when from coreference."""

    start: int
    end: int
    text: str
    actor: ActorCode
    direct: bool
    char_start: int
    char_end: int


# people who are an event's party without a state behind them: "gunmen killed nine civilians"
STATELESS_ROLES = frozenset({"CVL", "REB", "REF", "CRM"})
# armed men: a commander's own fighters fight in his role ("his fighters" of a militia chief)
ARMED_ROLES = frozenset({"MIL", "REB"})
# bare agents often facing a foreign party in their clause, never of its country: victims
# ("civilians", "refugees") and an opposition ("opposition politicians blamed Syria")
VICTIM_ROLES = frozenset({"CVL", "REF", "OPP"})


DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’/ -]{1,40}(?:,[^()\n]{1,40})?\s*\([^)\n]{2,60}\)\s*[–—-]{1,2}\s*"
)


class SentenceActors:
    """Finds the actors of one sentence and maps tokens to them."""

    def __init__(self, dictionary: ActorDictionary, cues: Cues, gazetteer: Gazetteer) -> None:
        self.dictionary = dictionary
        self.cues = cues
        self.gazetteer = gazetteer

    def find(
        self, sent: Span, on: dt.date | None, memory: ArticleMemory, sentence_index: int
    ) -> dict[int, TokenActor]:
        """Map each token index of `sent` that names an actor to that actor."""
        found: list[TokenActor] = []
        dateline = DATELINE.match(sent.text)
        skip_before = dateline.end() if dateline else 0
        context: list[str | None] = []  # the sentence's place country, looked up once
        matches = self.dictionary.find(sent.text, on=on)
        named = [
            m.actor.country
            for m in matches
            if m.actor.state_country is not None and not opposed(sent.text, m)
        ]
        parties = named_parties(sent, matches)
        references = self._reference_nouns(sent, matches)
        for match in matches:
            while references and references[0].idx < match.start:
                self._add_reference(references.pop(0), found, memory, sentence_index)
            if match.start < skip_before:
                continue  # "SEOUL, June 20 (Wire) –" says where it was filed, not who acted
            span = sent.char_span(match.start, match.end, alignment_mode="expand")
            if span is None or is_seat_as_place(span, match.actor):
                continue
            actor = match.actor
            if opposed(sent.text, match):
                # "an anti-Syria journalist", "anti-Israeli guerrillas": the name is what they
                # oppose, never whose they are
                if actor.kind != "agent" or actor.role is None:
                    continue
                actor = ActorCode(actor.name, None, actor.role, actor.kind)
            if (
                actor.kind == "agent"
                and actor.country is None
                and modifies_a_thing(span, self.cues.installation_nouns)
            ):
                continue  # "military aid", "police operation": a kind of thing, not an actor
            if actor.kind == "agent" and span.root.lower_ in self.dictionary.generic_words:
                # "leaders of the opposition", "members of the rebel army": people of any body
                # are of the body their 'of' names
                body = agent_body_of(span, sent, matches)
                if body is not None:
                    country = body.country or actor.country
                    actor = ActorCode(body.name, country, body.role, actor.kind)
            if actor.kind == "agent" and actor.country is None:
                partner = partner_of(
                    span.root, found, memory, sentence_index, self.cues.partner_nouns
                )
                actor = partner or self._title_coreference(span, memory, sentence_index) or actor
            if actor.kind == "agent" and actor.country is None:
                actor = named_kind(span, memory, sentence_index) or actor
            if actor.kind == "agent" and actor.country is None:
                actor = same_role_antecedent(span, found, actor) or actor
            if actor.kind == "agent" and actor.country is None:
                actor = conjoined_owner(span, found, actor) or actor
            if actor.kind == "agent" and actor.country is None:
                owner = (
                    modifying_actor(span, found, self.cues.sponsor_participles)
                    or body_of(span, sent, matches)
                    or self._leader_of(span, found, memory, sentence_index)
                    or possessive_body(span, found, memory, sentence_index)
                )
                if owner is not None:
                    # "NATO peacekeeping troops", "Russian occupation forces": the parse joins
                    # what the dictionary's word-by-word scan cannot
                    # a group's own men ('the group's spokesman') speak as the group, and a
                    # commander's fighters ('his fighters') fight as what he commands
                    role = actor.role
                    if owner.kind == "group" or (
                        owner.kind == "person" and {role, owner.role} <= ARMED_ROLES
                    ):
                        role = owner.role
                    actor = ActorCode(actor.name, owner.country, role, actor.kind)
            if (
                actor.kind == "agent"
                and actor.country is None
                and actor.name not in self.dictionary.unaffiliated_labels
            ):
                # "gunmen" of no named body are nobody's: where they struck is not their country
                if not context:
                    context.append(self._place_country(sent))
                # "President X" or "the police" of no named country: where the sentence
                # happens, else a country it names, else the country named last before it
                here = (sentence_index, span.start)
                country = context[0]
                victims = actor.role in VICTIM_ROLES or killed(span, self.cues.toll_verbs)
                if victims and country is not None:
                    # "failed to hand over a list of hostages" in a sentence on "talks in
                    # Cairo": a place in another clause is not where the victims are
                    country = self._place_country(sent, clause_of=span.root)
                if country is None and victims:
                    # "Russian forces killed civilians in ...": those the other party of their
                    # clause acted on are of another country than it, if the text names one;
                    # so are any the clause kills ("Israel struck Iran and killed commanders")
                    rivals = rival_countries(span, parties)
                    away = destination_countries(span, sent, matches)
                    country = next((c for c in named if c not in rivals | away), None)
                    if country is None and rivals:
                        country = memory.last_country(before=here, avoid=rivals)
                # "the government" (a body, not a titled person) runs the country named last
                # before it: "eased sanctions on Venezuela after the government agreed"
                if (
                    country is None
                    and actor.role == "GOV"
                    and definite(span)
                    and span.root.lower_ not in self.dictionary.title_words
                ):
                    earlier = [m.actor.country for m in matches if m.end <= match.start]
                    country = next((c for c in reversed(earlier) if c not in (None, IGO)), None)
                country = country or next(iter(named), None) or memory.last_country(before=here)
                if country is not None:
                    actor = ActorCode(actor.name, country, actor.role, actor.kind)
            if (
                actor.country is None
                and (actor.role is None or actor.kind == "agent")
                and actor.role not in STATELESS_ROLES
                and (actor.name not in self.dictionary.unaffiliated_labels or done_for_by(span))
            ):
                continue  # "troops" or "the ministry" of no known country is no codable actor
            before = found[-1] if found else None
            if (
                actor is match.actor
                and actor.kind == "agent"
                and actor.country is not None
                and before is not None
                and before.end == span.start
                and before.actor.kind == "country"
                and before.actor.role is None
                and before.actor.country != actor.country
            ):
                # "Bosnian Serb forces": the men of a people of the country named first
                found.pop()
                span = sent.doc[before.start : span.end]
                actor = ActorCode(actor.name, before.actor.country, actor.role, actor.kind)
            if actor.kind == "country" and actor.role is None and people_of(span, actor):
                # "Palestinians", "Algerians": the people of a country are its civilians
                country = actor.country
                before = found[-1] if found else None
                if (
                    before is not None
                    and before.end == span.start
                    and before.actor.kind == "country"
                    and before.actor.role is None
                ):
                    # "Bosnian Serbs", "Iraqi Kurds": a people of the country named first
                    found.pop()
                    country, span = before.actor.country, sent.doc[before.start : span.end]
                elif span.start > 0 and sent.doc[span.start - 1].lower_ == "ethnic":
                    # "ethnic Albanians" in Serbia: a minority of the country they live in, else
                    # of another country the sentence names ("ethnic Turks protested against
                    # Sweden's decision"): "ethnic" says they are not of their people's state
                    if not context:
                        context.append(self._place_country(sent))
                    other = next((c for c in named if c != actor.country), None)
                    country = context[0] or self._living_in(span) or other or country
                else:
                    country = self._living_in(span) or country
                actor = ActorCode(span.text, country, "CVL", "agent")
            if actor.kind == "country" and actor.role is None:
                actor = shared_head(span, found, actor) or actor
            if actor.role not in (None, "ELI") and former(span):
                # "ousted President Akayev", "former prime minister Papandreou": former elite
                actor = ActorCode(actor.name, actor.country, "ELI", actor.kind)
            direct = actor is match.actor
            if (
                actor.kind == "country"
                and actor.role is None
                and names_a_deed(span, self.cues.military_deed_nouns)
            ):
                # "the Israeli airstrike", "Russian shelling": only a country's forces do that
                actor = ActorCode(actor.name, actor.country, "MIL", actor.kind)
            if actor.country == IGO and actor.role == "GOV":
                # an organisation's own officials are the organisation (CAMEO: IGO, not GOV)
                actor = ActorCode(actor.name, actor.country, IGO, actor.kind)
            found.append(self._token_actor(span, actor, direct=direct))
            if match.surname:
                memory.surnames[match.surname.lower()] = actor
        for noun in references:
            self._add_reference(noun, found, memory, sentence_index)
        found += [
            self._token_actor(span, partner, direct=False)
            for span, partner in unnamed_partners(
                sent, found, memory, sentence_index, self.cues.partner_nouns
            )
            + homelands(sent, found, memory, sentence_index, self.cues.homeland_nouns)
        ]
        covered = {i for f in found for i in range(f.start, f.end)}
        for token in sent:
            if token.i in covered or token.pos_ != "PROPN":
                continue
            person = memory.surnames.get(token.text.lower())
            if person is not None:
                found.append(
                    self._token_actor(sent.doc[token.i : token.i + 1], person, direct=False)
                )
        found = [f for f in found if f.actor.country or f.actor.role]
        # "59 people, most of them police officers": the counted people are police
        found = refine_counted(sent.doc, found, "CVL")
        memory.remember(sentence_index, found)
        by_token: dict[int, TokenActor] = {}
        for token_actor in found:
            for i in range(token_actor.start, token_actor.end):
                by_token[i] = token_actor
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        subject_actor = by_token.get(subject.i) if subject is not None else None
        if subject_actor is not None:  # named by the subject's head word, not a modifier
            memory.subjects[sentence_index] = (subject_actor.start, subject_actor.actor)
        return by_token

    def _place_country(self, sent: Span, clause_of: Token | None = None) -> str | None:
        """The country of the first place the sentence (or the clause of `clause_of`) puts
        something in ('in Baghdad')."""
        verb = clause_verb(clause_of) if clause_of is not None else None
        for ent in sent.ents:
            if verb is not None and clause_verb(ent.root) != verb:
                continue
            if ent.label_ in ("GPE", "LOC") and is_locative(ent):
                owner = self._owner_country(ent)
                if owner is not None:
                    return owner  # "in Nigeria's Borno state" is in Nigeria, whatever 'Borno' is
                place = self._named_unit(ent) or self._lookup(ent.text.removeprefix("the "))
                if place is not None and place.country:
                    return place.country
        return None

    def _named_unit(self, ent: Span) -> Place | None:
        """'in Borno state': a name the text calls a first-level unit is the unit of that
        name, not a town elsewhere that one of its other names fits."""
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if after is None or after.lower_ not in UNIT_NOUNS:
            return None
        return self.gazetteer.unit(ent.text.removeprefix("the "))

    def _owner_country(self, ent: Span) -> str | None:
        """The country a place is named as part of ("Nigeria's Borno state")."""
        token = ent.root
        while token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
        for poss in (c for c in token.children if c.dep_ == "poss"):
            owner = next((e for e in ent.doc.ents if e.start <= poss.i < e.end), None)
            if owner is not None and owner.label_ == "GPE":
                place = self._lookup(owner.text.removeprefix("the "))
                if place is not None and place.country:
                    return place.country
        return None

    def _lookup(self, name: str) -> Place | None:
        """The place a name means; 'Western Cambodia', 'southern Lebanon': a part of a place
        named by its compass point is in that place."""
        return self.gazetteer.lookup(name) or self.gazetteer.part_of(
            name, self.cues.direction_words
        )

    def _living_in(self, span: Span) -> str | None:
        """'the Albanians of southern Serbia', 'Kurds in Turkey': a people named with the
        country it lives in belongs to that country."""
        for prep in (
            c for c in span.root.children if c.dep_ == "prep" and c.lower_ in LIVING_PREPS
        ):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = next((e for e in span.doc.ents if e.start <= pobj.i < e.end), None)
                if ent is None or ent.label_ not in ("GPE", "LOC"):
                    continue
                place = self._lookup(ent.text.removeprefix("the "))
                if place is not None and place.country:
                    return place.country
        return None

    def _reference_nouns(self, sent: Span, matches: list[ActorMatch]) -> list[Token]:
        """Definite nouns naming an actor by its kind ('the bloc', 'the militant group'),
        not those with a name of their own ('the Wagner group', 'the group Hamas')."""
        kinds = self.cues.organisation_nouns | self.cues.group_nouns | self.cues.state_nouns
        nouns = []
        for token in sent:
            if token.lower_ not in kinds or token.tag_ != "NN":
                continue
            if token.lower_ in self.cues.state_nouns and is_locative(
                sent.doc[token.i : token.i + 1]
            ):
                continue  # "on the island" says where, not who
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue
            if any(c.pos_ == "PROPN" for c in token.children):
                continue
            start, end = token.left_edge.idx, token.idx + len(token)
            named = any(
                m.start < end and m.end > start and m.actor.kind != "agent" for m in matches
            )
            if token.dep_ == "poss" and not any(
                m.start <= token.head.idx < m.end and m.actor.kind == "agent" for m in matches
            ):
                continue  # "the bloc's airspace" is a thing; "the bloc's ministers" are it
            if not named:
                nouns.append(token)
        return nouns

    def _add_reference(
        self, noun: Token, found: list[TokenActor], memory: ArticleMemory, sentence_index: int
    ) -> None:
        """Resolve a reference noun to the organisation, group or state named last, in this
        sentence before it or in the sentences before."""
        kind = "group"
        if noun.lower_ in self.cues.organisation_nouns:
            kind = "organisation"
        elif noun.lower_ in self.cues.state_nouns:
            kind = "country"

        span = noun.doc[noun.left_edge.i : noun.i + 1]
        # "Japan sent aid to the island": a reference is never its own clause's subject
        own = _clause_subject_tokens(noun)
        subjects = {f.actor for f in found if f.start in own}

        def wanted(actor: ActorCode) -> bool:
            # "ELN guerrillas ... talks with the group": named armed rebels are a group too
            rebels = kind == "group" and actor.kind == "agent" and actor.role == "REB"
            return (
                (actor.kind == kind or rebels)
                and (kind != "country" or actor.role is None)
                and actor not in subjects
            )

        earlier = [f.actor for f in found if f.end <= span.start and wanted(f.actor)]
        actor = earlier[-1] if earlier else memory.last_of((sentence_index, span.start), wanted)
        if actor is None:
            return
        found[:] = [f for f in found if f.end <= span.start or f.start >= span.end]
        found.append(self._token_actor(span, actor, direct=False))

    def _leader_of(
        self, span: Span, found: list[TokenActor], memory: ArticleMemory, sentence_index: int
    ) -> ActorCode | None:
        """'his troops', 'her ministers': the person a possessive pronoun stands for (named
        before it in its sentence, else as 'he' is resolved) owns them."""
        pronoun = possessive_of(span.root, PERSON_POSSESSIVES)
        if pronoun is None:
            return None
        return possessive_person(pronoun, found, memory, sentence_index)

    def _title_coreference(
        self, span: Span, memory: ArticleMemory, sentence_index: int
    ) -> ActorCode | None:
        """'the president' or 'the leader' stands for the person named last with that title,
        else the person named last."""
        words = span.text.lower().removeprefix("the ").strip()
        if words in self.cues.titles:
            before = (sentence_index, span.start)
            return memory.last_titled(words, before) or memory.last_person(before=before)
        return None

    @staticmethod
    def _token_actor(span: Span, actor: ActorCode, *, direct: bool) -> TokenActor:
        return TokenActor(
            start=span.start,
            end=span.end,
            text=span.text,
            actor=actor,
            direct=direct,
            char_start=span.start_char,
            char_end=span.end_char,
        )


LIVING_PREPS = ("of", "in")  # "the Albanians of southern Serbia", "Kurds in Turkey"


def _clause_subject_tokens(token: Token) -> set[int]:
    """Token indices of the subject of the clause `token` is in (not when it is that subject)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or token.i in {t.i for t in subject.subtree}:
        return set()
    return {t.i for t in subject.subtree}
