"""Names of the ontology's terms in Japanese and English, read from ``ontology/kizuna.ttl``.

Every report that names a kind of element (``kizuna validate``, ``kizuna diff``, ``kizuna analyze``) takes the
name from here, so that they all say what the ontology says (番号付きの取り組み / numbered action for
``kz:NumberedAction``). The name is the term's ``rdfs:label`` in the language, without a trailing gloss in
parentheses (取り組み（市・社協の取り組み） → 取り組み). The two external classes that reports name, which our
ontology does not describe, are named in :data:`EXTERNAL_NAMES`.
"""

from __future__ import annotations

import functools
import re
from typing import Literal, get_args

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.namespace import DCAT, DCTERMS, RDFS

from kizuna_graph.resources import ontology_path

__all__ = ["EXTERNAL_NAMES", "LANGS", "Lang", "term_name"]

#: The languages of every label, report and message.
Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)

#: Names of external classes that reports name (their vocabularies have no Japanese label).
EXTERNAL_NAMES: dict[URIRef, dict[Lang, str]] = {
    DCTERMS.PeriodOfTime: {"ja": "計画期間", "en": "plan period"},
    DCAT.Dataset: {"ja": "データセット", "en": "dataset"},
}

_GLOSS = re.compile(r"\s*[（(][^（）()]*[）)]$")


@functools.cache
def _labels() -> dict[tuple[URIRef, str], str]:
    graph = Graph(bind_namespaces="none")
    graph.parse(ontology_path(), format="turtle")
    labels: dict[tuple[URIRef, str], str] = {}
    for term, label in sorted(graph.subject_objects(RDFS.label)):
        if isinstance(term, URIRef) and isinstance(label, RdfLiteral) and label.language in LANGS:
            labels.setdefault((term, label.language), _GLOSS.sub("", str(label)))
    return labels


def term_name(term: URIRef, lang: Lang) -> str:
    """The name of ``term`` in ``lang``; ``KeyError`` for a term that neither the ontology nor
    :data:`EXTERNAL_NAMES` names."""
    if term in EXTERNAL_NAMES:
        return EXTERNAL_NAMES[term][lang]
    return _labels()[(term, lang)]
