"""A read-only SPARQL 1.1 Protocol endpoint with a query page (``kizuna serve``).

``protocol`` reads requests and negotiates formats, ``app`` is the WSGI application (it is given an engine:
it does not import one), ``deref`` answers the resource IRIs by the rewrite rules it is given, ``server``
runs it on Waitress; ``static/`` holds the query page and the vendored YASGUI.
"""

from kizuna_graph.serve.app import Engine, SparqlApp
from kizuna_graph.serve.deref import Resolver, Rule
from kizuna_graph.serve.server import make_server

__all__ = ["Engine", "Resolver", "Rule", "SparqlApp", "make_server"]
