"""The namespaces of kizuna_graph and its one prefix map.

``KZ`` is our vocabulary, a closed ``DefinedNamespace`` generated from ``ontology/kizuna.ttl`` by
``python -m kizuna_graph.terms.vocabgen`` (``tests/test_ontology.py`` checks that it is fresh): ``KZ.Measure`` is
a term, ``KZ.Mesure`` raises ``AttributeError``. External terms come from ``rdflib.namespace`` or from the
few namespaces defined below, which rdflib lacks or spells differently (rdflib's ``SDO`` is
``https://schema.org/``; the ontology uses ``http://schema.org/``).

``PREFIXES`` is the single prefix map: ``bind_prefixes`` binds it for Turtle, it is the JSON-LD ``@context``
as it stands, and ``sparql_prefixes`` renders it as SPARQL ``PREFIX`` lines.
"""

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, VANN, XSD, DefinedNamespace

__all__ = [
    "ADMS",
    "DCAT3",
    "DCATAP",
    "EU_AUTHORITY",
    "IANA_MEDIA_TYPES",
    "IC",
    "KZ",
    "PREFIXES",
    "PUBLISHER_TYPE",
    "SCHEMA",
    "SPDX",
    "VCARD",
    "bind_prefixes",
    "sparql_prefixes",
]


# --- BEGIN GENERATED: KZ by kizuna_graph.terms.vocabgen from ontology/kizuna.ttl (sha256 a1e1f9e5bcb51bee)
# Do not edit by hand: edit the ontology and run `python -m kizuna_graph.terms.vocabgen`.
class KZ(DefinedNamespace):
    """The kizuna_graph vocabulary <https://w3id.org/kizuna-graph/def>, version 0.1.0.

    Closed: an attribute that is not a term of the ontology raises AttributeError.
    """

    _NS = Namespace("https://w3id.org/kizuna-graph/def#")
    _fail = True

    # owl:Class
    Achievement: URIRef  # achievement
    Action: URIRef  # action
    Actor: URIRef  # actor
    ActorRole: URIRef  # actor role
    BasicGoal: URIRef  # basic goal
    BasicIdeal: URIRef  # basic ideal
    Challenge: URIRef  # challenge
    CitizenAction: URIRef  # citizen action
    ComprehensivePlan: URIRef  # comprehensive plan
    ConceptTag: URIRef  # concept tag
    CrossLink: URIRef  # cross-link
    CurrentIssue: URIRef  # current issue
    Direction: URIRef  # direction
    EvaluationFinding: URIRef  # evaluation finding
    HelpType: URIRef  # layer of help (self-help, mutual help, community help, public help)
    HelpTypeAssignment: URIRef  # help-type assignment
    HelpTypeStatement: URIRef  # help-type statement
    HelpTypeWording: URIRef  # help-type wording
    JointWelfarePlan: URIRef  # joint welfare plan
    LayoutReading: URIRef  # reading of the layout
    Measure: URIRef  # measure
    MeasureListing: URIRef  # measure listing
    NumberedAction: URIRef  # numbered action
    PDCAPhase: URIRef  # PDCA phase
    PlanElement: URIRef  # plan element
    PlanEvaluation: URIRef  # previous-plan evaluation
    PlanStatement: URIRef  # plan statement
    Policy: URIRef  # policy
    RegionalWelfareActivityPlan: URIRef  # Community Welfare Activity Plan
    RegionalWelfarePlan: URIRef  # Community Welfare Plan
    RelatedPlan: URIRef  # related plan
    SectorPlan: URIRef  # sector plan
    WelfarePlan: URIRef  # community welfare plan

    # owl:ObjectProperty
    actionOf: URIRef  # numbered action of
    actor: URIRef  # actor
    assignedHelpType: URIRef  # assigned help type
    assignmentRule: URIRef  # assignment rule
    basicIdeal: URIRef  # basic ideal
    carriesOut: URIRef  # carries out
    citizenActionOf: URIRef  # citizen action of
    classifiedAction: URIRef  # classified action
    componentPlan: URIRef  # component plan
    currentIssue: URIRef  # current issue
    direction: URIRef  # direction
    evaluatedPlan: URIRef  # evaluated plan
    finding: URIRef  # finding
    goalOf: URIRef  # goal of
    hasAction: URIRef  # has numbered action
    hasCitizenAction: URIRef  # has citizen action
    hasGoal: URIRef  # has goal
    hasListing: URIRef  # has listing
    hasMeasure: URIRef  # has measure
    hasPart: URIRef  # has part
    hasPolicy: URIRef  # has policy
    helpType: URIRef  # help type (project classification)
    helpTypeScheme: URIRef  # help-type wording list
    inComponentPlan: URIRef  # in component plan
    isPartOf: URIRef  # is part of
    keyConcept: URIRef  # key concept
    linksMeasure: URIRef  # links measure
    listedMeasure: URIRef  # listed measure
    listingPolicy: URIRef  # listing policy
    measureOf: URIRef  # measure of
    namesHelpType: URIRef  # names help type
    nextPhase: URIRef  # next phase
    pdcaPhase: URIRef  # PDCA phase
    planActor: URIRef  # actor of the plan
    playsRole: URIRef  # plays role
    policyOf: URIRef  # policy of
    previousPlanEvaluation: URIRef  # previous-plan evaluation
    relatedPlan: URIRef  # related plan
    roleOf: URIRef  # role of
    sharedConcept: URIRef  # shared concept
    statedIn: URIRef  # stated in
    tagConcept: URIRef  # tag concept
    tagRule: URIRef  # tagging rule
    taggedElement: URIRef  # tagged element
    upperPlan: URIRef  # upper plan
    wordingOf: URIRef  # wording of

    # owl:DatatypeProperty
    actionNumber: URIRef  # action number
    edition: URIRef  # edition
    position: URIRef  # position
    strength: URIRef  # strength

    # owl:AnnotationProperty
    evidence: URIRef  # evidence
    handReason: URIRef  # hand reason
    matchedWord: URIRef  # matched word
    planCategory: URIRef  # plan category
    projectId: URIRef  # identifier (project)
    quote: URIRef  # quote
    referenceCode: URIRef  # reference code (project)
    subtitle: URIRef  # subtitle


# --- END GENERATED: KZ


#: IMI core vocabulary (共通語彙基盤 コア語彙). Bind it as ``ic:``, never as ``rdf:``.
IC = Namespace("http://imi.go.jp/ns/core/rdf#")
#: schema.org with the ``http`` scheme, as the ontology and most published data use it.
SCHEMA = Namespace("http://schema.org/")
#: vCard ontology (rdflib 7 ships no ``VCARD``).
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
# Vocabularies of the release's self-description (exports/catalog.ttl, void.ttl), bound there only.
#: SPDX 2.3 terms for checksums, as DCAT 3 and DCAT-AP 3 use them.
SPDX = Namespace("http://spdx.org/rdf/terms#")
#: ADMS (versionNotes, status) and the ADMS publisher types DCAT-AP uses for agents' dcterms:type.
ADMS = Namespace("http://www.w3.org/ns/adms#")
PUBLISHER_TYPE = Namespace("http://purl.org/adms/publishertype/")
#: DCAT 3 terms that rdflib's DCAT (version 2) lacks, such as ``dcat:version``: the same namespace, open.
DCAT3 = Namespace(str(DCAT))
#: DCAT-AP's own namespace (dcatap:availability).
DCATAP = Namespace("http://data.europa.eu/r5r/")
#: The EU Publications Office authority tables DCAT-AP asks for (data-theme/, file-type/, frequency/,
#: language/, planned-availability/): ``EU_AUTHORITY["data-theme/SOCI"]``.
EU_AUTHORITY = Namespace("http://publications.europa.eu/resource/authority/")
#: IANA media types as IRIs (dcat:mediaType): ``IANA_MEDIA_TYPES["text/turtle"]``.
IANA_MEDIA_TYPES = Namespace("http://www.iana.org/assignments/media-types/")

#: The one prefix map, sorted by prefix: Turtle bindings, JSON-LD ``@context``, SPARQL ``PREFIX`` lines.
PREFIXES: dict[str, str] = {
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "ic": str(IC),
    "kz": str(KZ),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "vann": str(VANN),
    "vcard": str(VCARD),
    "xsd": str(XSD),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every prefix of ``PREFIXES`` in ``graph``, replacing clashing bindings, and return ``graph``.

    Prefixes bound earlier stay bound unless they clash; make graphs with ``Graph(bind_namespaces="none")``
    so that exactly these prefixes are bound.
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace), override=True, replace=True)
    return graph


def sparql_prefixes() -> str:
    """``PREFIXES`` as SPARQL ``PREFIX`` lines, one per prefix, each ending in a newline."""
    return "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())
