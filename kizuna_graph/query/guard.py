"""What a query may ask: only the loaded dataset, read-only; nothing from the network or from files.

A query is split into the terminals of the SPARQL 1.1 grammar (https://www.w3.org/TR/sparql11-query/#grammar:
IRIs, prefixed names, variables, strings, language tags, numbers, punctuation, keywords; comments dropped) and
refused (``RefusedQueryError``) when one of its *keywords* is ``SERVICE`` (federation: Oxigraph would send the
query to any host it names), ``FROM`` / ``FROM NAMED`` (a dataset clause naming a URL or a file), ``LOAD`` or
any other update keyword. In SPARQL, keywords are reserved words, so a bare word is a keyword wherever it
stands: the lexer is what tells ``FROM`` from ``"x"@from`` (a language tag), ``?from`` (a variable),
``ex:from`` (a prefixed name), ``<http://x/from>`` (an IRI), ``# from`` (a comment) or ``"FROM"`` (a string).
The query is then parsed by the store itself, which refuses anything that is not a query (updates included)
as a syntax error. Both happen before the query reaches the store's evaluator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from kizuna_graph.errors import QueryError, RefusedQueryError
from kizuna_graph.messages import msg

__all__ = ["MAX_NESTING", "QueryForm", "check_safe", "undeclared_prefixes"]

QueryForm = str  # "SELECT", "ASK", "CONSTRUCT" or "DESCRIBE"

_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS = _PN_CHARS_BASE + "_0-9\u00b7\u0300-\u036f\u203f-\u2040-"
_PNAME = (
    rf"(?:[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)?:"
    rf"(?:(?:[{_PN_CHARS}:]|%[0-9A-Fa-f]{{2}}|\\[-_~.!$&'()*+,;=/?#@%])"
    rf"(?:(?:[{_PN_CHARS}.:]|%[0-9A-Fa-f]{{2}}|\\[-_~.!$&'()*+,;=/?#@%])*"
    rf"(?:[{_PN_CHARS}:]|%[0-9A-Fa-f]{{2}}|\\[-_~.!$&'()*+,;=/?#@%]))?)?"
)

#: One terminal at a time, in the order that resolves their overlaps (long strings before short ones,
#: prefixed names before bare words). Whatever matches none of them is one character of "other".
_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<comment>#[^\n\r]*)"
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*')"
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)"
    rf"|(?P<pname>_:[\w.-]*|{_PNAME})"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<other>.)",
    re.DOTALL,
)

#: Keywords that reach beyond the loaded dataset or change it, and the message that refuses each.
_REFUSED = {"SERVICE": "query.refused.service", "FROM": "query.refused.from", "LOAD": "query.refused.load"}
_UPDATES = {"INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING"}
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
#: Deepest nesting of (), {} and [] accepted; real queries stay far below it.
MAX_NESTING = 200


def _tokens(sparql: str) -> list[tuple[str, str, int]]:
    """The terminals of ``sparql`` but spaces and comments: kind, text (words upper-cased) and line."""
    tokens = []
    line = 1
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            tokens.append((kind, match.group().upper() if kind == "word" else match.group(), line))
        line += match.group().count("\n")
    return tokens


def _check_patterns(tokens: list[tuple[str, str, int]], where: str) -> None:
    """A constant pattern of REGEX or REPLACE that is not a regular expression is an error, not 'no match'.

    Oxigraph evaluates a bad pattern to an error, which a FILTER turns into false: the query would quietly
    answer nothing. Patterns are checked with Python's ``re`` where it agrees with XPath regular
    expressions; ones using XPath-only forms (``\\p{Is…}``, class subtraction ``-[``) are left to the engine.
    """
    for index, (kind, text, _line) in enumerate(tokens):
        if kind != "word" or text not in ("REGEX", "REPLACE"):
            continue
        depth = 0
        for next_kind, next_text, next_line in tokens[index + 1 :]:
            if depth == -1:  # the first token of the second argument
                if next_kind == "string" and "\\p{" not in next_text and "-[" not in next_text:
                    pattern = _string_value(next_text)
                    try:
                        re.compile(pattern)
                    except re.error as error:
                        raise QueryError(
                            msg(
                                "query.bad_regex",
                                where=where,
                                line=next_line,
                                function=text,
                                pattern=next_text,
                                detail=str(error),
                            )
                        ) from None
                break
            if next_text == "(":
                depth += 1
            elif next_text == ")":
                depth -= 1
                if depth <= 0:
                    break
            elif depth == 1 and next_text == ",":
                depth = -1


def _string_value(token: str) -> str:
    quote = 3 if token[:3] in ('"""', "'''") else 1
    body = token[quote:-quote]
    return re.sub(
        r"\\([tbnrf\"'\\])",
        lambda m: {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}.get(m[1], m[1]),
        body,
    )


def check_safe(sparql: str, *, where: str = "query") -> QueryForm:
    """Refuse a query that would reach beyond the loaded dataset or change it; return its form (SELECT…).

    ``where`` names the query in the message (a file name, or ``query``).
    """
    tokens = _tokens(sparql)
    keywords = [(text, line) for kind, text, line in tokens if kind == "word"]
    for word, line in keywords:
        if word in _REFUSED:
            raise RefusedQueryError(msg(_REFUSED[word], where=where, line=line))
        if word in _UPDATES:
            raise RefusedQueryError(msg("query.update", where=where, line=line, word=word))
    _check_nesting(tokens, where)
    _check_patterns(tokens, where)
    return _form(keywords, where=where)


def _check_nesting(tokens: list[tuple[str, str, int]], where: str) -> None:
    """Brackets nested deeper than ``MAX_NESTING`` are refused: the parser would exhaust its stack."""
    depth = 0
    for kind, text, line in tokens:
        if kind == "other" and text in "({[":
            depth += 1
            if depth > MAX_NESTING:
                raise QueryError(msg("query.too_deep", where=where, line=line, limit=MAX_NESTING))
        elif kind == "other" and text in ")}]":
            depth -= 1


def _form(keywords: list[tuple[str, int]], *, where: str) -> QueryForm:
    for word, _line in keywords:
        if word in _FORMS:
            return word
    raise QueryError(msg("query.not_a_query", where=where))


def undeclared_prefixes(sparql: str, known: Iterable[str]) -> list[str]:
    """The prefixes (``ex:``) of prefixed names in ``sparql`` that neither ``known`` nor a ``PREFIX`` of the
    query declares, in order of first use: the usual cause of a syntax error that names no such thing."""
    tokens = _tokens(sparql)
    declared = set(known)
    declared |= {
        text.split(":", 1)[0]
        for (_, word, _), (kind, text, _) in pairwise(tokens)
        if word == "PREFIX" and kind == "pname"
    }
    found: list[str] = []
    for kind, text, _line in tokens:
        prefix = text.split(":", 1)[0]
        if (
            kind == "pname"
            and not text.startswith("_:")
            and prefix not in declared
            and f"{prefix}:" not in found
        ):
            found.append(f"{prefix}:")
    return found
