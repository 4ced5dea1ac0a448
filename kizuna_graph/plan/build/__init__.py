"""Records of a plan → an rdflib graph of the asserted, publishable data.

The graph uses our vocabulary (:data:`~kizuna_graph.terms.namespaces.KZ`) for the plan's structure and standard
vocabularies for everything they cover (SKOS labels and notations, DCTERMS, ORG, PROV, DCAT, vCard, IMI).
It holds no blank nodes: every node is minted by :func:`kizuna_graph.terms.iris.mint` under the base. Only asserted
triples are here; what follows from the ontology (inverses, super-properties…) is computed by the reasoning
module and published separately.

One module per part of the graph, all writing through one :class:`~.writer.Writer`:

    builder        the plan file → the whole graph, in order; the plan itself, the edition it revises,
                   its period and component plans, retired IRIs
    writer         the graph being built, the IRIs its parts share, the helpers they write with
    organisations  organisations and their contact points (ORG, vCard)
    actors         who acts in the plan and the roles it gives them
    outline        the basic ideal, goals, policies, measures, numbered and citizen actions, second listings
    helptypes      the four layers of help, this plan's wording of them and where it names them
    statements     the key concept, current issues, directions, evaluation, related plans, PDCA cycle
    provenance     the dataset (DCAT) and what it was derived from (PROV)
"""

from kizuna_graph.plan.build.builder import build_graph
from kizuna_graph.plan.build.writer import BuildResult

__all__ = ["BuildResult", "build_graph"]
