"""Names that vulture (``.venv/bin/vulture``, configured in pyproject.toml) reports unused, and why they stay.

Not a test module: vulture reads it as code that uses these names.
"""
# ruff: noqa: B018, F821

# the public API, used by the tests and by library users, not by the package itself
compare_graphs  # kizuna_graph/diff/compare.py: compare two plan graphs in memory
validate_ontology  # kizuna_graph/validate/shacl.py: lint the ontology (tests/test_validation.py)

# the query records are read by tests/test_queries.py
title_ja  # kizuna_graph/query/sparql.py
title_en  # kizuna_graph/query/sparql.py
_.expected_path  # kizuna_graph/query/sparql.py

# the generated, closed namespace of ontology/kizuna.ttl declares every term, used in code or not
EvaluationFinding
PlanElement
WelfarePlan
actionOf
carriesOut
citizenActionOf
goalOf
hasPart
isPartOf
measureOf
policyOf


# attributes of export/serialize._SortedTrig that rdflib's TriG serializer reads (set, never read by our code)
_.contexts
_.default_context
_.namespace_manager

# issue 9: the message catalogue's switch for library users (the CLI uses using_language)
set_language  # kizuna_graph/messages.py
# openpyxl styles are set as attributes of cells and sheets (kizuna_graph/workbook/book.py)
_.fill
_.alignment
_.freeze_panes
# called by pySHACL when it copies its constraint parameters (advanced mode; kizuna_graph/validate/lookup.py)
_.copy
