"""Typed records of a regional welfare plan, as read from its source file.

The records mirror the printed outline: a plan has a basic ideal and basic goals; a goal has policies (施策);
a policy has citizen actions (市民・地域の取り組み) and measures (市・社協の取り組み); a measure has numbered
actions, numbered separately for each actor. Every record keeps the ``line`` of the source file it came from,
so that reports can point an officer at the place to fix.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    """A text in Japanese (verbatim from the plan) and English (unofficial translation)."""

    ja: str
    en: str | None = None


@dataclass(frozen=True, slots=True)
class Address:
    region: str
    locality: str
    street: str
    en: str | None
    postal_code: str
    #: says which parts of the address the plan does not print (e.g. the English form), if any
    editorial_note: Text | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    name: Text
    address: Address
    telephone: str
    fax: str | None
    website: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    kind: str
    name: Text
    homepage: str | None
    contact: Contact | None
    local_government_code: str | None
    area: str | None
    line: int
    #: says which facts (code, area) the project supplies rather than the plan
    editorial_note: Text | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    label: Text
    alt_labels: tuple[Text, ...]
    organisation: str | None
    line: int
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Role:
    id: str
    label: Text
    description: Text
    holders: tuple[str, ...]
    note: Text | None
    line: int


@dataclass(frozen=True, slots=True)
class HelpType:
    id: str
    label: Text
    reading: str
    description: Text
    example: Text
    note: Text | None
    line: int


@dataclass(frozen=True, slots=True)
class HelpTypeLink:
    """A place where the plan itself ties a part of the plan to layers of help, with the words that do so.

    ``element`` names the part: ``ideal``, ``key-concept``, ``policy:1-1``, ``direction:<id>``.
    """

    element: str
    help_types: tuple[str, ...]
    quote: Text
    line: int


@dataclass(frozen=True, slots=True)
class HelpTypeScheme:
    title: Text
    note: Text | None
    types: tuple[HelpType, ...]
    links: tuple[HelpTypeLink, ...] = ()
    #: the name of the neutral scheme of the four layers, shared by every plan (``scheme_label``)
    scheme_label: Text | None = None


@dataclass(frozen=True, slots=True)
class NumberedAction:
    """A numbered action (①②③…) of one actor within a measure; ``id`` is its stable identifier."""

    id: str
    actor: str
    number: int
    text: Text
    line: int


@dataclass(frozen=True, slots=True)
class CitizenAction:
    """A citizen and community action (● item) of a policy; numbered by its order."""

    id: str
    number: int
    text: Text
    line: int


@dataclass(frozen=True, slots=True)
class Measure:
    #: the stable identifier, minted once; the IRI is built from it, never from the number
    id: str
    number: int
    title: Text
    actions: tuple[NumberedAction, ...]
    note: Text | None
    line: int


@dataclass(frozen=True, slots=True)
class CrossListing:
    """A second listing of a measure of another policy under this policy (``also: <measure id>``).

    It is the project's reading of the printed layout, not a fact the plan states: ``evidence`` quotes the
    lines of the source text that the reading rests on.
    """

    measure: str
    note: Text | None
    evidence: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Policy:
    number: int
    label: Text
    description: Text
    citizen_actions: tuple[CitizenAction, ...]
    measures: tuple[Measure, ...]
    cross_listings: tuple[CrossListing, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Goal:
    number: int
    label: Text
    description: Text
    policies: tuple[Policy, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Ideal:
    label: Text
    subtitle: Text | None
    description: Text
    line: int


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    end: dt.date
    label: Text
    statement: Text | None
    line: int


@dataclass(frozen=True, slots=True)
class ComponentPlan:
    id: str
    kind: str
    title: Text
    publisher: str
    actor: str
    category: Text
    scope: tuple[Text, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Illustration:
    title: Text
    labels: tuple[Text, ...]


@dataclass(frozen=True, slots=True)
class KeyConcept:
    id: str
    label: Text
    definition: Text
    scope_note: Text | None
    illustration: Illustration | None
    line: int


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement of a list (a current issue, a direction, an achievement…), with its stable id."""

    id: str
    text: Text
    line: int


@dataclass(frozen=True, slots=True)
class StatementList:
    """A titled list of statements (current issues, directions)."""

    title: Text
    items: tuple[Statement, ...]
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Evaluation:
    title: Text
    achievements: tuple[Statement, ...]
    challenges: tuple[Statement, ...]
    note: Text | None


@dataclass(frozen=True, slots=True)
class RelatedPlan:
    id: str
    kind: str
    label: Text
    line: int
    #: the edition named by the plan (e.g. 2 for 第２次…), or None when the plan names none
    edition: int | None = None
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class RelatedPlans:
    plans: tuple[RelatedPlan, ...]
    note: Text | None
    #: a line of the diagram that names no particular plan (「その他関連計画」), kept as a note
    others: Text | None = None


@dataclass(frozen=True, slots=True)
class PdcaPhase:
    id: str
    notation: str
    label: Text


@dataclass(frozen=True, slots=True)
class Pdca:
    title: Text
    statement: Text | None
    phases: tuple[PdcaPhase, ...]


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """A warning accepted for this plan, with the reason (e.g. the plan prints the measure with one actor)."""

    element: str  # the notation of the element the warning is about, e.g. "1-1-4" or "1-2-3-council-3"
    check: str  # the check, as the report's 詳細 line names it without its prefix, e.g. "TwoActors-present"
    reason: Text
    line: int


@dataclass(frozen=True, slots=True)
class Plan:
    municipality: str
    edition: int
    title: Text
    alternative_title: Text | None
    publishers: tuple[str, ...]
    previous_edition: int | None
    period: Period
    review_statement: Text | None
    joint_statement: Text | None
    component_plans: tuple[ComponentPlan, ...]
    key_concept: KeyConcept | None
    help_types: HelpTypeScheme
    actors: tuple[Actor, ...]
    roles_statement: Text | None
    roles: tuple[Role, ...]
    ideal: Ideal
    goals: tuple[Goal, ...]
    current_issues: StatementList | None
    evaluation: Evaluation | None
    directions: StatementList | None
    related_plans: RelatedPlans | None
    pdca: Pdca | None
    line: int
    #: ids of the actors who carry out the citizen actions (市民・地域の取り組み: 市民 and 地域)
    citizen_actors: tuple[str, ...] = ()
    #: id of the component plan the citizen actions belong to; the note says why (a judgement of ours)
    citizen_actions_plan: str | None = None
    citizen_actions_note: Text | None = None
    #: how the plan's text refers to the previous edition (``previous_edition_note``); a generic note if absent
    previous_edition_note: Text | None = None
    #: the plan's own title of its table of roles (``roles_title``, e.g. 各主体の役割)
    roles_title: Text | None = None
    #: warnings accepted for this plan (``acknowledged_warnings:``), reported as acknowledged, not as new
    acknowledged: tuple[Acknowledgement, ...] = ()

    @property
    def slug(self) -> str:
        """The plan's path below the base IRI, e.g. ``plans/isesaki/3``."""
        return f"plans/{self.municipality}/{self.edition}"


@dataclass(frozen=True, slots=True)
class Dataset:
    slug: str
    title: Text
    description: Text
    translation_note: Text
    license: str
    publisher: str | None
    rights: Text | None
    keywords: tuple[Text, ...]
    #: says which statements (rights, area) the project supplies rather than the plan
    editorial_note: Text | None = None


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """The document a plan was transcribed from: its path relative to the plan file, title and digest."""

    file: str
    title: Text
    sha256: str


@dataclass(frozen=True, slots=True)
class RetiredIri:
    """A published IRI that no longer names a current element (relative to the base)."""

    iri: str
    replaced_by: str | None
    note: Text | None
    line: int


@dataclass(frozen=True, slots=True)
class PlanFile:
    """Everything one plan source file holds."""

    path: str
    sha256: str
    dataset: Dataset
    source: SourceDocument | None
    organisations: tuple[Organisation, ...]
    plan: Plan
    #: IRIs published before and retired since (``owl:deprecated``, ``dcterms:isReplacedBy``)
    retired: tuple[RetiredIri, ...] = ()
