"""The messages people read: the catalogue is complete in both languages, every key the code uses exists, and
the validation messages in Japanese carry no RDF terms (those stay in the report's 詳細 line)."""

from __future__ import annotations

import re
import string
from pathlib import Path

from conftest import ROOT
from rdflib import Graph, Literal
from rdflib.namespace import SH

from kizuna_graph.messages import catalogue, resolve_language
from kizuna_graph.validate.shacl import SHAPE_FILES

PACKAGE = ROOT / "kizuna_graph"
#: a key passed to msg(…) or text(…) in the code, or built from a prefix (f"cmd.{name}.help")
USED = re.compile(r"""(?<![.\w])(?:msg|text)\(\s*f?"([a-z][\w.{}-]*)\"""")
RDF_TERM = re.compile(
    r"\b(?:kz|kzsh|skos|dcterms|dcat|rdf|rdfs|owl|sh|prov|org|schema|vcard):[A-Za-z]|@(?:ja|en)\b"
)


def fields(template: str) -> set[str]:
    return {
        name.split(".")[0].split("!")[0].split(":")[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name
    }


def test_every_message_has_ja_and_en_with_the_same_parameters() -> None:
    entries = catalogue()
    assert len(entries) > 200
    for key, entry in entries.items():
        assert set(entry) == {"ja", "en"}, key
        # the Japanese names an actor by its label (actor_ja); a date's error needs no parser reason in Japanese
        same = fields(entry["ja"]) == fields(entry["en"])
        assert same or key in {
            "el.action_item",
            "seq.action",
            "yaml.bad_date",
            "report.detail.contents",
            "count.by_actor",
        }, key


def test_every_key_the_code_uses_is_in_the_catalogue() -> None:
    keys = set(catalogue())
    used = set()
    for path in PACKAGE.rglob("*.py"):
        used |= set(USED.findall(path.read_text(encoding="utf-8")))
    assert len(used) > 100
    for key in sorted(used):
        if "{" in key:  # a family of keys, e.g. cmd.{name}.help: at least one member exists
            pattern = re.compile(re.sub(r"\\\{[^}]*\\\}", "[^.]+", re.escape(key)) + "$")
            assert any(pattern.match(k) for k in keys), key
        else:
            assert key in keys, key


def test_japanese_validation_messages_carry_no_rdf_terms() -> None:
    shapes = Graph()
    for name in SHAPE_FILES["plan"]:  # the shapes `kizuna validate` checks a plan with
        if name != "ontology-lint.ttl":  # lints the ontology, for its developers
            shapes.parse(ROOT / "shapes" / name, format="turtle")
    messages = [
        str(m) for m in shapes.objects(None, SH.message) if isinstance(m, Literal) and m.language == "ja"
    ]
    assert len(messages) > 40
    assert [m for m in messages if RDF_TERM.search(m)] == []


def test_the_language_is_chosen_as_documented() -> None:
    assert resolve_language(None, {}) == "ja"
    assert resolve_language("en", {"KIZUNA_LANG": "ja"}) == "en"
    assert resolve_language(None, {"KIZUNA_LANG": "en", "LANG": "ja_JP.UTF-8"}) == "en"
    assert resolve_language(None, {"LC_ALL": "en_GB.UTF-8"}) == "en"
    assert resolve_language(None, {"LANG": "C.UTF-8"}) == "ja"


def test_the_catalogue_is_a_data_file_in_the_package() -> None:
    assert (PACKAGE / "locale" / "messages.yaml").is_file()
    assert Path(__file__).parent.joinpath("bad-input", "cases.yaml").is_file()
