"""Read a plan source file (YAML) into the typed records of :mod:`kizuna_graph.model`.

On top of the checks of :mod:`kizuna_graph.yamlfile` (duplicate keys, anchors, encoding, size…), the reader
rejects unknown keys, wrong types and missing required fields. With ``numbering="strict"`` (the default, used
by ``kizuna build``) it also rejects numbers out of sequence, unknown actors and cross-listings to measures
that do not exist; ``numbering="lenient"`` keeps them as written so that ``kizuna validate`` can report them
with the shapes. Every problem is a :class:`~kizuna_graph.errors.SourceError`: ``file:line: what to fix``.
"""

from __future__ import annotations

import difflib
import hashlib
from pathlib import Path
from typing import Any, Literal

from .errors import SourceError
from .model import (
    Actor,
    Address,
    CitizenAction,
    ComponentPlan,
    Contact,
    CrossListing,
    Dataset,
    Evaluation,
    Goal,
    HelpType,
    HelpTypeScheme,
    Ideal,
    Illustration,
    KeyConcept,
    Measure,
    NumberedAction,
    Organisation,
    Pdca,
    PdcaPhase,
    Period,
    Plan,
    PlanFile,
    Policy,
    RelatedPlan,
    RelatedPlans,
    Role,
    SourceDocument,
    StatementList,
)
from .yamlfile import Fields, YamlMap, check_sequence, parse_yaml, read_text

Numbering = Literal["strict", "lenient"]

FORMAT_VERSION = 1


# --- the plan file ---------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, path: Path, numbering: Numbering) -> None:
        self.path = path
        self.strict = numbering == "strict"

    def read(self) -> PlanFile:
        data, raw = parse_yaml(self.path)
        top = Fields(
            self.path, data, "the plan file", ("format", "dataset", "source", "organisations", "plan")
        )
        version = top.number("format")
        if version != FORMAT_VERSION:
            raise top.error(
                f"unsupported format {version}: this kizuna reads 'format: {FORMAT_VERSION}'", "format"
            )
        organisations = tuple(
            self.organisation(o) for _, o in top.objects("organisations", "organisation", _ORG_KEYS)
        )
        plan_obj = top.obj("plan", "the plan", _PLAN_KEYS)
        assert plan_obj is not None
        plan = self.plan(plan_obj, {o.id for o in organisations})
        dataset_obj = top.obj("dataset", "the dataset", _DATASET_KEYS)
        assert dataset_obj is not None
        return PlanFile(
            path=str(self.path),
            sha256=hashlib.sha256(raw).hexdigest(),
            dataset=self.dataset(dataset_obj),
            source=self.source_document(top.obj("source", "the source", ("file", "title"), required=False)),
            organisations=organisations,
            plan=plan,
        )

    def dataset(self, obj: Fields) -> Dataset:
        return Dataset(
            slug=_slug(obj, "slug"),
            title=obj.text("title"),
            description=obj.text("description"),
            translation_note=obj.text("translation_note"),
            license=_iri(obj, "license"),
            publisher=obj.string("publisher", required=False),
            rights=obj.text("rights", required=False),
            keywords=obj.texts("keywords", required=False),
        )

    def source_document(self, obj: Fields | None) -> SourceDocument | None:
        if obj is None:
            return None
        file = obj.string("file")
        target = (self.path.parent / file).resolve()
        try:
            raw = target.read_bytes()
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise obj.error(
                f"source document '{file}' cannot be read ({error}): check the path", "file"
            ) from None
        return SourceDocument(
            file=file, title=obj.text("title"), sha256=hashlib.sha256(raw).hexdigest(), text=text
        )

    def organisation(self, obj: Fields) -> Organisation:
        contact_obj = obj.obj("contact", f"the contact of {obj.what}", _CONTACT_KEYS, required=False)
        contact = None
        if contact_obj is not None:
            address = contact_obj.obj(
                "address", f"the address of {obj.what}", ("region", "locality", "street", "en")
            )
            assert address is not None
            contact = Contact(
                id=_slug(contact_obj, "id"),
                name=contact_obj.text("name"),
                address=Address(
                    region=address.string("region"),
                    locality=address.string("locality"),
                    street=address.string("street"),
                    en=address.string("en", required=False),
                    postal_code=contact_obj.string("postal_code"),
                ),
                telephone=_phone(contact_obj, "telephone"),
                fax=_phone(contact_obj, "fax", required=False),
                website=_iri(contact_obj, "website", required=False),
                line=contact_obj.line,
            )
        kind = obj.string("kind")
        if kind not in _ORG_KINDS:
            raise obj.error(
                f"'kind' of {obj.what} must be one of {', '.join(_ORG_KINDS)}, found '{kind}'", "kind"
            )
        return Organisation(
            id=_slug(obj, "id"),
            kind=kind,
            name=obj.text("name"),
            homepage=_iri(obj, "homepage", required=False),
            contact=contact,
            local_government_code=obj.string("local_government_code", required=False),
            area=_iri(obj, "area", required=False),
            line=obj.line,
        )

    def plan(self, obj: Fields, organisations: set[str]) -> Plan:
        publishers = tuple(str(p) for _, p, _ in obj.items("publishers", "publisher"))
        if self.strict:
            for index, name, line in obj.items("publishers", "publisher"):
                if name not in organisations:
                    raise SourceError(
                        self.path,
                        f"publisher {index} '{name}' is not one of the organisations "
                        f"({', '.join(sorted(organisations))})",
                        line=line,
                    )
        actors = tuple(
            self.actor(o)
            for _, o in obj.objects(
                "actors", "actor", ("id", "label", "alt_labels", "organisation", "help_types")
            )
        )
        actor_ids = {a.id for a in actors}
        goals = tuple(
            self.goal(o, actor_ids)
            for _, o in obj.objects("goals", "goal", ("number", "label", "description", "policies"))
        )
        if self.strict:
            check_sequence(obj, "goals", [(g.number, g.line) for g in goals], "goal")
            measures = {
                f"{g.number}-{p.number}-{m.number}" for g in goals for p in g.policies for m in p.measures
            }
            for goal in goals:
                for policy in goal.policies:
                    for listing in policy.cross_listings:
                        if listing.notation not in measures:
                            raise SourceError(
                                self.path,
                                f"'also: {listing.notation}' in policy {goal.number}-{policy.number} "
                                "names no measure of this plan: write the notation of an existing measure "
                                "(goal-policy-measure, e.g. 2-3-2)",
                                line=listing.line,
                            )
        period = obj.obj("period", "the plan period", ("start", "end", "label", "statement"))
        assert period is not None
        help_types = obj.obj("help_types", "the help types", ("scheme_title", "note", "types"))
        assert help_types is not None
        ideal = obj.obj("ideal", "the basic ideal", ("label", "subtitle", "description"))
        assert ideal is not None
        plan = Plan(
            municipality=_slug(obj, "municipality"),
            edition=obj.number("edition"),
            title=obj.text("title"),
            alternative_title=obj.text("alternative_title", required=False),
            publishers=publishers,
            previous_edition=obj.number("previous_edition", required=False),
            period=Period(
                start=period.date("start"),
                end=period.date("end"),
                label=period.text("label"),
                statement=period.text("statement", required=False),
                line=period.line,
            ),
            review_statement=obj.text("review_statement", required=False),
            joint_statement=obj.text("joint_statement", required=False),
            component_plans=tuple(
                ComponentPlan(
                    id=_slug(o, "id"),
                    kind=_choice(o, "kind", _COMPONENT_KINDS),
                    title=o.text("title"),
                    publisher=o.string("publisher"),
                    actor=o.string("actor"),
                    category=o.text("category"),
                    scope=o.texts("scope", required=False),
                    line=o.line,
                )
                for _, o in obj.objects(
                    "component_plans",
                    "component plan",
                    ("id", "kind", "title", "publisher", "actor", "category", "scope"),
                    required=False,
                )
            ),
            key_concept=self.key_concept(
                obj.obj("key_concept", "the key concept", _CONCEPT_KEYS, required=False)
            ),
            help_types=HelpTypeScheme(
                title=help_types.text("scheme_title"),
                note=help_types.text("note", required=False),
                types=tuple(
                    HelpType(
                        id=_slug(o, "id"),
                        label=o.text("label"),
                        reading=o.string("reading"),
                        description=o.text("description"),
                        example=o.text("example"),
                        note=o.text("note", required=False),
                        line=o.line,
                    )
                    for _, o in help_types.objects(
                        "types", "help type", ("id", "label", "reading", "description", "example", "note")
                    )
                ),
            ),
            actors=actors,
            roles_statement=obj.text("roles_statement", required=False),
            roles=tuple(
                Role(
                    id=_slug(o, "id"),
                    label=o.text("label"),
                    description=o.text("description"),
                    holders=tuple(str(h) for _, h, _ in o.items("holders", "holder")),
                    note=o.text("note", required=False),
                    line=o.line,
                )
                for _, o in obj.objects(
                    "roles", "role", ("id", "holders", "label", "description", "note"), required=False
                )
            ),
            ideal=Ideal(
                label=ideal.text("label"),
                subtitle=ideal.text("subtitle", required=False),
                description=ideal.text("description"),
                line=ideal.line,
            ),
            goals=goals,
            current_issues=self.statements(
                obj.obj("current_issues", "the current issues", ("title", "items", "note"), required=False)
            ),
            evaluation=self.evaluation(
                obj.obj(
                    "evaluation",
                    "the evaluation",
                    ("title", "note", "achievements", "challenges"),
                    required=False,
                )
            ),
            directions=self.statements(
                obj.obj("directions", "the directions", ("title", "items", "note"), required=False)
            ),
            related_plans=self.related_plans(
                obj.obj("related_plans", "the related plans", ("note", "plans"), required=False)
            ),
            pdca=self.pdca(
                obj.obj("pdca", "the PDCA cycle", ("title", "statement", "phases"), required=False)
            ),
            line=obj.line,
            citizen_actor=obj.string("citizen_actor", required=False),
        )
        if self.strict:
            self.check_help_types(obj, plan)
        return plan

    def check_help_types(self, obj: Fields, plan: Plan) -> None:
        """Each actor's ``help_types`` must name declared layers; ``citizen_actor`` must name an actor."""
        declared = [h.id for h in plan.help_types.types]
        for actor in plan.actors:
            for help_type in actor.help_types:
                if help_type not in declared:
                    raise SourceError(
                        self.path,
                        f"actor '{actor.id}' carries help type '{help_type}', which is not one of the "
                        f"help_types of this plan ({', '.join(declared)})",
                        line=actor.line,
                    )
        actors = [a.id for a in plan.actors]
        if plan.citizen_actor is not None and plan.citizen_actor not in actors:
            raise obj.error(
                f"citizen_actor '{plan.citizen_actor}' is not one of the actors ({', '.join(actors)})",
                "citizen_actor",
            )

    def actor(self, obj: Fields) -> Actor:
        return Actor(
            id=_slug(obj, "id"),
            label=obj.text("label"),
            alt_labels=obj.texts("alt_labels", required=False),
            organisation=obj.string("organisation", required=False),
            line=obj.line,
            help_types=tuple(str(h) for _, h, _ in obj.items("help_types", "help type", required=False)),
        )

    def goal(self, obj: Fields, actors: set[str]) -> Goal:
        number = obj.number("number")
        obj.what = f"goal {number}"
        policies = tuple(
            self.policy(o, number, actors)
            for _, o in obj.objects(
                "policies",
                f"policy of goal {number}",
                ("number", "label", "description", "citizen_actions", "measures"),
            )
        )
        if self.strict:
            check_sequence(
                obj, "policies", [(p.number, p.line) for p in policies], f"policy of goal {number}:"
            )
        return Goal(
            number=number,
            label=obj.text("label"),
            description=obj.text("description"),
            policies=policies,
            line=obj.line,
        )

    def policy(self, obj: Fields, goal: int, actors: set[str]) -> Policy:
        number = obj.number("number")
        notation = f"{goal}-{number}"
        obj.what = f"policy {notation}"
        citizen = tuple(
            CitizenAction(number=index, text=read_text(o), line=o.line)
            for index, o in obj.objects(
                "citizen_actions", f"citizen action of policy {notation}", ("ja", "en"), required=False
            )
        )
        measures: list[Measure] = []
        listings: list[CrossListing] = []
        for _, o in obj.objects(
            "measures", f"measure of policy {notation}", (*_MEASURE_KEYS, "also"), required=False
        ):
            if o.has("also"):
                Fields(self.path, o.map, o.what, ("also", "note"))
                listings.append(
                    CrossListing(notation=o.string("also"), note=o.text("note", required=False), line=o.line)
                )
            else:
                Fields(self.path, o.map, o.what, _MEASURE_KEYS)
                measures.append(self.measure(o, notation, actors))
        if self.strict:
            check_sequence(
                obj, "measures", [(m.number, m.line) for m in measures], f"measure of policy {notation}:"
            )
        return Policy(
            number=number,
            label=obj.text("label"),
            description=obj.text("description"),
            citizen_actions=citizen,
            measures=tuple(measures),
            cross_listings=tuple(listings),
            line=obj.line,
        )

    def measure(self, obj: Fields, policy: str, actors: set[str]) -> Measure:
        number = obj.number("number")
        notation = f"{policy}-{number}"
        obj.what = f"measure {notation}"
        actions: list[NumberedAction] = []
        raw = obj._get("actions", YamlMap, False)
        if raw is not None:
            for actor, items in raw.items():
                line = raw.key_lines[actor]
                if self.strict and actor not in actors:
                    close = difflib.get_close_matches(actor, sorted(actors), n=1)
                    hint = f" — did you mean '{close[0]}'?" if close else ""
                    raise SourceError(
                        self.path,
                        f"unknown actor '{actor}' in measure {notation}{hint} "
                        f"(actors of this plan: {', '.join(sorted(actors))})",
                        line=line,
                    )
                holder = YamlMap({"items": items})
                holder.line, holder.key_lines = line, {"items": line}
                numbers = []
                for _index, item in Fields(self.path, holder, f"measure {notation}", ("items",)).objects(
                    "items", f"action of {actor} in measure {notation}", ("n", "ja", "en")
                ):
                    n = item.number("n")
                    numbers.append((n, item.line))
                    actions.append(
                        NumberedAction(actor=actor, number=n, text=read_text(item), line=item.line)
                    )
                if self.strict:
                    check_sequence(obj, "actions", numbers, f"action of '{actor}' in measure {notation}:")
        return Measure(
            number=number,
            title=obj.text("title"),
            actions=tuple(actions),
            note=obj.text("note", required=False),
            line=obj.line,
        )

    def key_concept(self, obj: Fields | None) -> KeyConcept | None:
        if obj is None:
            return None
        illustration = obj.obj("illustration", "the illustration", ("title", "labels"), required=False)
        return KeyConcept(
            id=_slug(obj, "id"),
            label=obj.text("label"),
            definition=obj.text("definition"),
            scope_note=obj.text("scope_note", required=False),
            illustration=None
            if illustration is None
            else Illustration(title=illustration.text("title"), labels=illustration.texts("labels")),
            line=obj.line,
        )

    def statements(self, obj: Fields | None) -> StatementList | None:
        if obj is None:
            return None
        return StatementList(
            title=obj.text("title"), items=obj.texts("items"), note=obj.text("note", required=False)
        )

    def evaluation(self, obj: Fields | None) -> Evaluation | None:
        if obj is None:
            return None
        return Evaluation(
            title=obj.text("title"),
            achievements=obj.texts("achievements"),
            challenges=obj.texts("challenges"),
            note=obj.text("note", required=False),
        )

    def related_plans(self, obj: Fields | None) -> RelatedPlans | None:
        if obj is None:
            return None
        return RelatedPlans(
            plans=tuple(
                RelatedPlan(
                    id=_slug(o, "id"),
                    kind=_choice(o, "kind", ("comprehensive", "sector")),
                    label=o.text("label"),
                    line=o.line,
                )
                for _, o in obj.objects("plans", "related plan", ("id", "kind", "label"))
            ),
            note=obj.text("note", required=False),
        )

    def pdca(self, obj: Fields | None) -> Pdca | None:
        if obj is None:
            return None
        return Pdca(
            title=obj.text("title"),
            statement=obj.text("statement", required=False),
            phases=tuple(
                PdcaPhase(id=_slug(o, "id"), notation=o.string("notation"), label=o.text("label"))
                for _, o in obj.objects("phases", "PDCA phase", ("id", "notation", "label"))
            ),
        )


_ORG_KINDS = ("municipality", "social-welfare-corporation", "organisation")
_COMPONENT_KINDS = ("regional-welfare-plan", "regional-welfare-activity-plan")
_ORG_KEYS = ("id", "kind", "name", "local_government_code", "area", "homepage", "contact")
_CONTACT_KEYS = ("id", "name", "postal_code", "address", "telephone", "fax", "website")
_DATASET_KEYS = (
    "slug",
    "title",
    "description",
    "translation_note",
    "license",
    "publisher",
    "rights",
    "keywords",
)
_CONCEPT_KEYS = ("id", "label", "definition", "scope_note", "illustration")
_MEASURE_KEYS = ("number", "title", "note", "actions")
_PLAN_KEYS = (
    "municipality",
    "edition",
    "title",
    "alternative_title",
    "publishers",
    "previous_edition",
    "period",
    "review_statement",
    "joint_statement",
    "component_plans",
    "key_concept",
    "help_types",
    "actors",
    "citizen_actor",
    "roles_statement",
    "roles",
    "ideal",
    "goals",
    "current_issues",
    "evaluation",
    "directions",
    "related_plans",
    "pdca",
)


def _slug(obj: Fields, key: str) -> str:
    value = obj.string(key)
    if not _is_slug(value):
        raise obj.error(
            f"'{key}' of {obj.what} must be a short ASCII name of lower-case letters, digits and hyphens "
            f"(e.g. 'isesaki-city'), found '{value}'",
            key,
        )
    return value  # type: ignore[no-any-return]


def _is_slug(value: str) -> bool:
    import re

    return re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value) is not None


def _choice(obj: Fields, key: str, choices: tuple[str, ...]) -> str:
    value = obj.string(key)
    if value not in choices:
        raise obj.error(f"'{key}' of {obj.what} must be one of {', '.join(choices)}, found '{value}'", key)
    return value  # type: ignore[no-any-return]


def _iri(obj: Fields, key: str, *, required: bool = True) -> Any:
    value = obj.string(key, required=required)
    if (value is not None and not (value.startswith("http://") or value.startswith("https://"))) or (
        value is not None and any(c in value for c in ' <>"{}|\\^`')
    ):
        raise obj.error(f"'{key}' of {obj.what} must be a web address starting with http:// or https://", key)
    return value


def _phone(obj: Fields, key: str, *, required: bool = True) -> Any:
    import re

    value = obj.string(key, required=required)
    if value is not None and not re.fullmatch(r"0\d{1,4}-\d{1,4}-\d{3,4}", value):
        raise obj.error(
            f"'{key}' of {obj.what} must be a Japanese number such as 0270-27-2748, found '{value}'", key
        )
    return value


def load_plan(path: Path | str, *, numbering: Numbering = "strict") -> PlanFile:
    """Read a plan source file; raise :class:`SourceError` naming file, line and fix on any problem."""
    return _Reader(Path(path), numbering).read()
