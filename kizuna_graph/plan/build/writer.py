"""What every part of the builder writes with: the graph being built, the IRIs it mints and its helpers.

:class:`Writer` holds the plan file, the base, the graph and the IRIs the parts share (the plan, its
organisations and actors); its helpers add a triple, a ja/en text, the source line of an element, and mint the
IRIs below the plan. Nothing here knows the plan's structure: the parts (:mod:`.organisations`, :mod:`.actors`,
:mod:`.outline`, :mod:`.helptypes`, :mod:`.statements`, :mod:`.provenance`) do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from kizuna_graph.plan.model import PlanFile, Text
from kizuna_graph.terms.iris import check_base, mint
from kizuna_graph.terms.namespaces import bind_prefixes


@dataclass
class BuildResult:
    """The asserted graph and, for reports, the source line of each plan element."""

    graph: Graph
    locations: dict[URIRef, int] = field(default_factory=dict)
    plan: URIRef | None = None
    dataset: URIRef | None = None


class Writer:
    """The graph of one plan file under ``base``, and the IRIs its parts share."""

    def __init__(self, plan_file: PlanFile, base: str, publisher: str | None = None) -> None:
        self.file = plan_file
        self.publisher = publisher
        self.base = check_base(base)
        self.g = bind_prefixes(Graph())
        self.result = BuildResult(self.g)
        plan = plan_file.plan
        self.plan_iri = mint(self.base, "plans", plan.municipality, plan.edition)
        self.result.plan = self.plan_iri
        self.orgs = {o.id: mint(self.base, "org", o.id) for o in plan_file.organisations}
        self.actors: dict[str, URIRef] = {}

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def text(self, s: URIRef, p: URIRef, text: Text | None) -> None:
        """``text`` as a ``@ja`` literal and, if it has one, an ``@en`` literal (nothing for ``None``)."""
        if text is None:
            return
        self.add(s, p, Literal(text.ja, lang="ja"))
        if text.en:
            self.add(s, p, Literal(text.en, lang="en"))

    def at(self, iri: URIRef, line: int) -> URIRef:
        """``iri``, recorded as described at ``line`` of the plan file."""
        self.result.locations[iri] = line
        return iri

    def under_plan(self, *segments: str | int) -> URIRef:
        return URIRef(f"{self.plan_iri}/" + str(mint("", *segments)))

    def organisation(self, org_id: str) -> URIRef:
        """The IRI of an organisation of the file, or of one named by id only."""
        return self.orgs.get(org_id, mint(self.base, "org", org_id))

    def contact_of(self, org_id: str) -> URIRef | None:
        """The contact unit of an organisation of the file, if it has one."""
        for org in self.file.organisations:
            if org.id == org_id and org.contact is not None:
                return mint(self.base, "org", org.id, org.contact.id)
        return None

    def actor_iri(self, actor: str) -> URIRef:
        return self.actors.get(actor) or self.under_plan("actor", actor)

    def source_document(self) -> URIRef:
        return mint(self.base, "dataset", self.file.dataset.slug, "source", "document")
