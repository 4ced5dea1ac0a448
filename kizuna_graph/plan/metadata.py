"""Readers for the parts of a plan file around its outline, and for the typed values they hold.

:mod:`kizuna_graph.plan.source` reads the outline (goals, policies, measures, actions, actors, roles); the
functions here read the rest — dataset metadata, the source document, organisations with their contact
points, the key concept, context statements, the evaluation, related plans, the PDCA cycle — and the values
that need more than a type check: slugs for IRIs, web addresses, telephone numbers, fixed choices.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from kizuna_graph.errors import IdentifierError, SourceError
from kizuna_graph.messages import msg
from kizuna_graph.plan.files import read_limited
from kizuna_graph.plan.model import (
    Address,
    Contact,
    Dataset,
    Evaluation,
    Illustration,
    KeyConcept,
    Organisation,
    Pdca,
    PdcaPhase,
    RelatedPlan,
    RelatedPlans,
    SourceDocument,
    Statement,
    StatementList,
)
from kizuna_graph.plan.yamlfile import Fields, read_text
from kizuna_graph.terms.iris import check_iri

_ORG_KINDS = ("municipality", "social-welfare-corporation", "organisation")
ORG_KEYS = ("id", "kind", "name", "local_government_code", "area", "homepage", "contact", "editorial_note")
_CONTACT_KEYS = ("id", "name", "postal_code", "address", "telephone", "fax", "website")
DATASET_KEYS = (
    "slug",
    "title",
    "description",
    "translation_note",
    "license",
    "publisher",
    "rights",
    "keywords",
    "editorial_note",
)
CONCEPT_KEYS = ("id", "label", "definition", "scope_note", "illustration")


def slug(obj: Fields, key: str) -> str:
    value = obj.string(key)
    if not is_slug(value):
        raise obj.error(msg("value.not_slug", key=key, what=obj.what, value=value), key)
    return value  # type: ignore[no-any-return]


def is_slug(value: str) -> bool:

    return re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value) is not None


def choice(obj: Fields, key: str, choices: tuple[str, ...]) -> str:
    value = obj.string(key)
    if value not in choices:
        raise obj.error(
            msg("value.not_choice", key=key, what=obj.what, choices=", ".join(choices), value=value), key
        )
    return value  # type: ignore[no-any-return]


def iri(obj: Fields, key: str, *, required: bool = True) -> Any:
    """An absolute ``http(s)`` IRI, checked against RFC 3987 and the policy of :mod:`kizuna_graph.terms.iris`."""
    value = obj.string(key, required=required)
    if value is not None:
        try:
            check_iri(value, what=msg("el.key_of", key=key, what=obj.what))
        except IdentifierError as error:
            raise obj.error(error.args[0], key) from None
    return value


def phone(obj: Fields, key: str, *, required: bool = True) -> Any:

    value = obj.string(key, required=required)
    if value is not None and not re.fullmatch(r"0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}", value):
        raise obj.error(msg("value.not_phone", key=key, what=obj.what, value=value), key)
    return value


def read_dataset(obj: Fields) -> Dataset:
    return Dataset(
        slug=slug(obj, "slug"),
        title=obj.text("title"),
        description=obj.text("description"),
        translation_note=obj.text("translation_note"),
        license=iri(obj, "license"),
        publisher=obj.string("publisher", required=False),
        rights=obj.text("rights", required=False),
        keywords=obj.texts("keywords", required=False),
        editorial_note=obj.text("editorial_note", required=False),
    )


def read_source_document(obj: Fields | None, plan_path: Path) -> SourceDocument | None:
    """The source document a plan was transcribed from: a file in the plan's folder, kept as its digest.

    ``file`` is a relative path inside the plan file's folder (``sources/isesaki-3-summary.txt``): an absolute
    path or a ``..`` step is refused, so that a plan file cannot make the build read and publish the name and
    digest of any other file on the machine; the file is read with a size limit (:data:`SOURCE_MAX_BYTES`).
    """
    if obj is None:
        return None
    file = obj.string("file")
    relative = PurePosixPath(file)
    if relative.is_absolute() or PureWindowsPath(file).is_absolute() or ".." in relative.parts:
        raise obj.error(msg("plan.source_outside", file=file), "file")
    target = plan_path.parent / relative
    try:
        raw = read_limited(
            target, limit=SOURCE_MAX_BYTES, what="the plan's source document", suffixes=(".txt",)
        )
    except SourceError as error:
        if not target.exists():  # a plan copied out of plans/ without its source: say what to do
            raise obj.error(msg("plan.source_missing", file=file, folder=target.parent), "file") from None
        raise obj.error(msg("plan.source_unreadable", file=file, reason=error.message), "file") from None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise obj.error(msg("plan.source_not_utf8", file=file), "file") from None
    return SourceDocument(file=file, title=obj.text("title"), sha256=hashlib.sha256(raw).hexdigest())


#: The largest source document accepted: the transcribed plan is 0.02 MB; a whole plan's text is under 1 MB.
SOURCE_MAX_BYTES = 4 * 1024 * 1024


def read_organisation(obj: Fields) -> Organisation:
    contact_obj = obj.obj("contact", msg("what.contact", what=obj.what), _CONTACT_KEYS, required=False)
    contact = None
    if contact_obj is not None:
        address = contact_obj.obj(
            "address",
            msg("what.address", what=obj.what),
            ("region", "locality", "street", "en", "editorial_note"),
        )
        contact = Contact(
            id=slug(contact_obj, "id"),
            name=contact_obj.text("name"),
            address=Address(
                region=address.string("region"),
                locality=address.string("locality"),
                street=address.string("street"),
                en=address.string("en", required=False),
                postal_code=contact_obj.string("postal_code"),
                editorial_note=address.text("editorial_note", required=False),
            ),
            telephone=phone(contact_obj, "telephone"),
            fax=phone(contact_obj, "fax", required=False),
            website=iri(contact_obj, "website", required=False),
            line=contact_obj.line,
        )
    kind = obj.string("kind")
    if kind not in _ORG_KINDS:
        raise obj.error(
            msg("value.not_choice", key="kind", what=obj.what, choices=", ".join(_ORG_KINDS), value=kind),
            "kind",
        )
    return Organisation(
        id=slug(obj, "id"),
        kind=kind,
        name=obj.text("name"),
        homepage=iri(obj, "homepage", required=False),
        contact=contact,
        local_government_code=obj.string("local_government_code", required=False),
        area=iri(obj, "area", required=False),
        line=obj.line,
        editorial_note=obj.text("editorial_note", required=False),
    )


def read_key_concept(obj: Fields | None) -> KeyConcept | None:
    if obj is None:
        return None
    illustration = obj.obj("illustration", msg("el.illustration"), ("title", "labels"), required=False)
    return KeyConcept(
        id=slug(obj, "id"),
        label=obj.text("label"),
        definition=obj.text("definition"),
        scope_note=obj.text("scope_note", required=False),
        illustration=None
        if illustration is None
        else Illustration(title=illustration.text("title"), labels=illustration.texts("labels")),
        line=obj.line,
    )


def read_statements(obj: Fields | None) -> StatementList | None:
    if obj is None:
        return None
    return StatementList(
        title=obj.text("title"), items=statements(obj, "items"), note=obj.text("note", required=False)
    )


def statements(obj: Fields, key: str) -> tuple[Statement, ...]:
    """The items of a list of statements, each ``{id, ja, en}``."""
    return tuple(
        Statement(id=slug(o, "id"), text=read_text(o), line=o.line)
        for _, o in obj.objects(key, msg("el.key_item", key=key), ("id", "ja", "en"))
    )


def read_evaluation(obj: Fields | None) -> Evaluation | None:
    if obj is None:
        return None
    return Evaluation(
        title=obj.text("title"),
        achievements=statements(obj, "achievements"),
        challenges=statements(obj, "challenges"),
        note=obj.text("note", required=False),
    )


def read_related_plans(obj: Fields | None) -> RelatedPlans | None:
    if obj is None:
        return None
    return RelatedPlans(
        plans=tuple(
            RelatedPlan(
                id=slug(o, "id"),
                kind=choice(o, "kind", ("comprehensive", "sector")),
                label=o.text("label"),
                line=o.line,
                edition=o.number("edition", required=False),
                note=o.text("note", required=False),
            )
            for _, o in obj.objects("plans", "related plan", ("id", "kind", "label", "edition", "note"))
        ),
        note=obj.text("note", required=False),
        others=obj.text("others", required=False),
    )


def read_pdca(obj: Fields | None) -> Pdca | None:
    if obj is None:
        return None
    return Pdca(
        title=obj.text("title"),
        statement=obj.text("statement", required=False),
        phases=tuple(
            PdcaPhase(id=slug(o, "id"), notation=o.string("notation"), label=o.text("label"))
            for _, o in obj.objects("phases", "PDCA phase", ("id", "notation", "label"))
        ),
    )
