"""Read a plan source file (YAML) into the typed records of :mod:`kizuna_graph.plan.model`.

On top of the checks of :mod:`kizuna_graph.plan.yamlfile` (duplicate keys, anchors, encoding, size…), the reader
rejects unknown keys, wrong types, missing required fields and numbers written out of order (which the graph
cannot show). With ``numbering="lenient"`` — how every command reads a plan, through
:func:`kizuna_graph.plan.load.load` — gaps and repeats in the numbering, unknown actors and cross-listings to
measures that do not exist are kept as written, for the shapes to report; ``numbering="strict"`` (the default
of this library function) rejects them here. Every problem is a :class:`~kizuna_graph.errors.SourceError`:
``file:line: what to fix``.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
from pathlib import Path
from typing import Literal

from kizuna_graph.errors import SourceError
from kizuna_graph.messages import Message, msg
from kizuna_graph.plan.metadata import (
    CONCEPT_KEYS,
    DATASET_KEYS,
    ORG_KEYS,
    choice,
    is_slug,
    read_dataset,
    read_evaluation,
    read_key_concept,
    read_organisation,
    read_pdca,
    read_related_plans,
    read_source_document,
    read_statements,
    slug,
)
from kizuna_graph.plan.model import (
    Acknowledgement,
    Actor,
    CitizenAction,
    ComponentPlan,
    CrossListing,
    Goal,
    HelpType,
    HelpTypeLink,
    HelpTypeScheme,
    Ideal,
    Measure,
    NumberedAction,
    Period,
    Plan,
    PlanFile,
    Policy,
    RetiredIri,
    Role,
)
from kizuna_graph.plan.yamlfile import Fields, YamlMap, check_sequence, parse_yaml, read_text

Numbering = Literal["strict", "lenient"]

FORMAT_VERSION = 2


# --- the plan file ---------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, path: Path, numbering: Numbering) -> None:
        self.path = path
        self.strict = numbering == "strict"
        #: every actor written in a measure's ``actions:`` (actor, line of the key, measure notation)
        self.actor_uses: list[tuple[str, int, str]] = []
        self.actor_id_lines: dict[str, int] = {}
        self.actor_labels: dict[str, str] = {}

    def read(self) -> PlanFile:
        data, raw = parse_yaml(self.path)
        top = Fields(
            self.path,
            data,
            msg("el.file"),
            ("format", "dataset", "source", "organisations", "plan", "retired"),
        )
        version = top.number("format")
        if version != FORMAT_VERSION:
            hint = msg("plan.format_1_hint") if version == 1 else ""
            raise top.error(
                msg("plan.unsupported_format", found=version, expected=FORMAT_VERSION, hint=hint), "format"
            )
        organisations = tuple(
            read_organisation(o) for _, o in top.objects("organisations", msg("el.organisation"), ORG_KEYS)
        )
        plan_obj = top.obj("plan", msg("el.plan"), _PLAN_KEYS)
        plan = self.plan(plan_obj, {o.id for o in organisations})
        dataset_obj = top.obj("dataset", msg("el.dataset"), DATASET_KEYS)
        return PlanFile(
            path=str(self.path),
            sha256=hashlib.sha256(raw).hexdigest(),
            dataset=read_dataset(dataset_obj),
            source=read_source_document(
                top.obj("source", msg("el.source"), ("file", "title"), required=False), self.path
            ),
            organisations=organisations,
            plan=plan,
            retired=tuple(
                RetiredIri(
                    iri=o.string("iri"),
                    replaced_by=o.string("replaced_by", required=False),
                    note=o.text("note", required=False),
                    line=o.line,
                )
                for _, o in top.objects(
                    "retired", msg("el.retired"), ("iri", "replaced_by", "note"), required=False
                )
            ),
        )

    def plan(self, obj: Fields, organisations: set[str]) -> Plan:
        publishers = self.publishers(obj, organisations)
        actors = tuple(
            self.actor(o)
            for _, o in obj.objects(
                "actors", msg("el.actor"), ("id", "label", "alt_labels", "organisation", "note")
            )
        )
        goals = self.goals(obj, {a.id for a in actors})
        self.check_actors(actors)
        period = obj.obj("period", msg("el.period"), ("start", "end", "label", "statement"))
        ideal = obj.obj("ideal", msg("el.ideal"), ("label", "subtitle", "description"))
        plan = Plan(
            municipality=slug(obj, "municipality"),
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
            component_plans=self.component_plans(obj),
            key_concept=read_key_concept(
                obj.obj("key_concept", msg("el.key_concept"), CONCEPT_KEYS, required=False)
            ),
            help_types=self.help_types(obj),
            actors=actors,
            roles_statement=obj.text("roles_statement", required=False),
            roles_title=obj.text("roles_title", required=False),
            previous_edition_note=obj.text("previous_edition_note", required=False),
            roles=self.roles(obj),
            ideal=Ideal(
                label=ideal.text("label"),
                subtitle=ideal.text("subtitle", required=False),
                description=ideal.text("description"),
                line=ideal.line,
            ),
            goals=goals,
            current_issues=read_statements(
                obj.obj(
                    "current_issues", msg("el.current_issues"), ("title", "items", "note"), required=False
                )
            ),
            evaluation=read_evaluation(
                obj.obj(
                    "evaluation",
                    msg("el.evaluation"),
                    ("title", "note", "achievements", "challenges"),
                    required=False,
                )
            ),
            directions=read_statements(
                obj.obj("directions", msg("el.directions"), ("title", "items", "note"), required=False)
            ),
            related_plans=read_related_plans(
                obj.obj("related_plans", msg("el.related_plans"), ("note", "plans", "others"), required=False)
            ),
            pdca=read_pdca(obj.obj("pdca", msg("el.pdca"), ("title", "statement", "phases"), required=False)),
            line=obj.line,
            citizen_actors=tuple(
                str(a) for _, a, _ in obj.items("citizen_actors", msg("el.citizen_actor"), required=False)
            ),
            citizen_actions_plan=obj.string("citizen_actions_plan", required=False),
            citizen_actions_note=obj.text("citizen_actions_note", required=False),
            acknowledged=tuple(
                Acknowledgement(
                    element=str(o.string("element")),
                    check=str(o.string("check")),
                    reason=o.text("reason"),
                    line=o.line,
                )
                for _, o in obj.objects(
                    "acknowledged_warnings",
                    msg("el.acknowledgement"),
                    ("element", "check", "reason"),
                    required=False,
                )
            ),
        )
        if self.strict:
            self.check_help_types(obj, plan)
        return plan

    def publishers(self, obj: Fields, organisations: set[str]) -> tuple[str, ...]:
        """The plan's publishers; strict: each must be one of the file's organisations."""
        publishers = []
        for index, name, line in obj.items("publishers", "publisher"):
            if not is_slug(str(name)):  # it names an IRI (…/org/{name}) even when it is not an organisation
                raise SourceError(
                    self.path,
                    msg("plan.publisher_not_id", index=index, name=name),
                    line=line,
                )
            if self.strict and name not in organisations:
                raise SourceError(
                    self.path,
                    msg(
                        "plan.unknown_publisher",
                        index=index,
                        name=name,
                        known=", ".join(sorted(organisations)),
                    ),
                    line=line,
                )
            publishers.append(str(name))
        return tuple(publishers)

    def goals(self, obj: Fields, actors: set[str]) -> tuple[Goal, ...]:
        """The goals with everything under them; strict: every cross-listing names a measure of the plan."""
        goals = tuple(
            self.goal(o, actors)
            for _, o in obj.objects(
                "goals", msg("el.goal_word"), ("number", "label", "description", "policies")
            )
        )
        self.check_numbers(obj, "goals", [(g.number, g.line) for g in goals], msg("seq.goal"))
        check_ids(self.path, goals, references=self.strict)
        return goals

    def component_plans(self, obj: Fields) -> tuple[ComponentPlan, ...]:
        return tuple(
            ComponentPlan(
                id=slug(o, "id"),
                kind=choice(o, "kind", _COMPONENT_KINDS),
                title=o.text("title"),
                publisher=o.string("publisher"),
                actor=o.string("actor"),
                category=o.text("category"),
                scope=o.texts("scope", required=False),
                line=o.line,
            )
            for _, o in obj.objects(
                "component_plans",
                msg("el.component_plan"),
                ("id", "kind", "title", "publisher", "actor", "category", "scope"),
                required=False,
            )
        )

    def help_types(self, obj: Fields) -> HelpTypeScheme:
        help_types = obj.obj(
            "help_types", msg("el.help_types"), ("scheme_title", "scheme_label", "note", "types", "links")
        )
        return HelpTypeScheme(
            title=help_types.text("scheme_title"),
            scheme_label=help_types.text("scheme_label", required=False),
            note=help_types.text("note", required=False),
            types=tuple(
                HelpType(
                    id=slug(o, "id"),
                    label=o.text("label"),
                    reading=o.string("reading"),
                    description=o.text("description"),
                    example=o.text("example"),
                    note=o.text("note", required=False),
                    line=o.line,
                )
                for _, o in help_types.objects(
                    "types", msg("el.help_type"), ("id", "label", "reading", "description", "example", "note")
                )
            ),
            links=tuple(
                HelpTypeLink(
                    element=o.string("element"),
                    help_types=tuple(str(h) for _, h, _ in o.items("help_types", "help type")),
                    quote=o.text("quote"),
                    line=o.line,
                )
                for _, o in help_types.objects(
                    "links", msg("el.help_type_link"), ("element", "help_types", "quote"), required=False
                )
            ),
        )

    def roles(self, obj: Fields) -> tuple[Role, ...]:
        return tuple(
            Role(
                id=slug(o, "id"),
                label=o.text("label"),
                description=o.text("description"),
                holders=tuple(str(h) for _, h, _ in o.items("holders", "holder")),
                note=o.text("note", required=False),
                line=o.line,
            )
            for _, o in obj.objects(
                "roles", msg("el.role"), ("id", "holders", "label", "description", "note"), required=False
            )
        )

    def check_numbers(
        self, obj: Fields, key: str, numbers: list[tuple[int, int]], what: str | Message
    ) -> None:
        """Numbers run 1, 2, 3… (strict); in either mode, they are written in order.

        The order of the items in the file does not reach the graph (an element's IRI and notation carry its
        number, not its place), so the shapes cannot see a measure 4 written before measure 3: the reader
        refuses it. Gaps and repeats do reach the graph, and a lenient read leaves them to the shapes.
        """
        if self.strict:
            check_sequence(obj, key, numbers, what)
            return
        for (before, _), (number, line) in itertools.pairwise(numbers):
            if number < before:
                raise SourceError(
                    self.path, msg("value.out_of_order", what=what, number=number, before=before), line=line
                )

    def check_help_types(self, obj: Fields, plan: Plan) -> None:
        """Help-type links name declared layers; ``citizen_actors`` and component plans name actors."""
        declared = [h.id for h in plan.help_types.types]
        for link in plan.help_types.links:
            for help_type in link.help_types:
                if help_type not in declared:
                    raise SourceError(
                        self.path,
                        msg(
                            "plan.unknown_help_type",
                            element=link.element,
                            help_type=help_type,
                            declared=", ".join(declared),
                        ),
                        line=link.line,
                    )
        actors = [a.id for a in plan.actors]
        for actor in plan.citizen_actors:
            if actor not in actors:
                raise obj.error(
                    msg("plan.unknown_citizen_actor", actor=actor, known=", ".join(actors)), "citizen_actors"
                )
        components = [c.id for c in plan.component_plans]
        if plan.citizen_actions_plan is not None and plan.citizen_actions_plan not in components:
            raise obj.error(
                msg(
                    "plan.unknown_citizen_actions_plan",
                    plan=plan.citizen_actions_plan,
                    known=", ".join(components),
                ),
                "citizen_actions_plan",
            )
        for component in plan.component_plans:
            if component.actor not in actors:
                raise SourceError(
                    self.path,
                    msg(
                        "plan.unknown_component_actor",
                        component=component.id,
                        actor=component.actor,
                        known=", ".join(actors),
                    ),
                    line=component.line,
                )

    def check_actors(self, actors: tuple[Actor, ...]) -> None:
        """Every actor written in ``actions:`` is an id of ``actors:``; one mistake gives one error, at its line.

        An actor written as the plan prints it (``社協``, ``市``, ``Council``) is answered with its id. A typo in
        the ``actors:`` list itself (an id that no action uses, close to the actor that the actions use) is
        reported at that id, not at every action that uses the right name.
        """
        ids = sorted(a.id for a in actors)
        known = ", ".join(ids)
        used = {actor for actor, _, _ in self.actor_uses}
        printed: dict[str, str] = {}
        for a in actors:
            for text in (a.label, *a.alt_labels):
                for name in (text.ja, text.en or ""):
                    key = name.strip().lower().removeprefix("the ").strip()
                    if key:
                        printed.setdefault(key, a.id)
        for actor, line, notation in self.actor_uses:
            if actor in ids:
                continue
            close = difflib.get_close_matches(actor, ids, n=1)
            uses = [ln for a, ln, _ in self.actor_uses if a == actor]
            if close and close[0] not in used and len(uses) > 1:  # the list's id is wrong, not every use
                raise SourceError(
                    self.path,
                    msg(
                        "plan.actor_typo_in_list",
                        declared=close[0],
                        used=actor,
                        count=len(uses),
                        first=uses[0],
                    ),
                    line=self.actor_id_lines.get(close[0]),
                )
            as_printed = printed.get(actor.strip().lower().removeprefix("the ").strip())
            if as_printed is not None:
                raise SourceError(
                    self.path,
                    msg(
                        "plan.actor_as_printed", written=actor, notation=notation, id=as_printed, known=known
                    ),
                    line=line,
                )
            hint = msg("plan.unknown_actor_hint", close=close[0]) if close else ""
            raise SourceError(
                self.path,
                msg("plan.unknown_actor", actor=actor, notation=notation, hint=hint, known=known),
                line=line,
            )

    def actor(self, obj: Fields) -> Actor:
        self.actor_id_lines[str(obj.map.get("id"))] = obj.line_of("id")
        label = obj.map.get("label")
        if isinstance(label, dict) and isinstance(label.get("ja"), str):
            self.actor_labels[str(obj.map.get("id"))] = label["ja"]
        return Actor(
            id=slug(obj, "id"),
            label=obj.text("label"),
            alt_labels=obj.texts("alt_labels", required=False),
            organisation=obj.string("organisation", required=False),
            line=obj.line,
            note=obj.text("note", required=False),
        )

    def goal(self, obj: Fields, actors: set[str]) -> Goal:
        number = obj.number("number")
        obj.what = msg("el.goal", number=number)
        policies = tuple(
            self.policy(o, number, actors)
            for _, o in obj.objects(
                "policies",
                lambda index: msg("el.policy_item", number=number, index=index),
                ("number", "label", "description", "citizen_actions", "measures"),
            )
        )
        self.check_numbers(
            obj, "policies", [(p.number, p.line) for p in policies], msg("seq.policy", number=number)
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
        obj.what = msg("el.policy", notation=notation)
        citizen = tuple(
            CitizenAction(id=slug(o, "id"), number=index, text=read_text(o), line=o.line)
            for index, o in obj.objects(
                "citizen_actions",
                lambda index: msg("el.citizen_action_item", notation=notation, index=index),
                ("id", "ja", "en"),
                required=False,
            )
        )
        measures: list[Measure] = []
        listings: list[CrossListing] = []
        for _, o in obj.objects(
            "measures",
            lambda index: msg("el.measure_item", notation=notation, index=index),
            (*_MEASURE_KEYS, "also", "evidence"),
            required=False,
        ):
            if o.has("also"):
                Fields(self.path, o.map, o.what, ("also", "note", "evidence"))
                listings.append(
                    CrossListing(
                        measure=o.string("also"),
                        note=o.text("note", required=False),
                        evidence=o.string("evidence", required=False),
                        line=o.line,
                    )
                )
            else:
                Fields(self.path, o.map, o.what, _MEASURE_KEYS)
                measures.append(self.measure(o, notation, actors))
        self.check_numbers(
            obj, "measures", [(m.number, m.line) for m in measures], msg("seq.measure", notation=notation)
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
        obj.what = msg("el.measure", notation=notation)
        actions: list[NumberedAction] = []
        raw = obj._get("actions", YamlMap, False)
        if raw is not None:
            for actor, items in raw.items():
                line = raw.key_lines[actor]
                self.actor_uses.append((str(actor), line, notation))
                holder = YamlMap({actor: items})
                holder.line, holder.key_lines = line, {actor: line}
                numbers = []
                fields = Fields(self.path, holder, msg("el.measure", notation=notation), (actor,))
                actor_ja = self.actor_labels.get(actor, actor)

                def name(index: int, actor: str = str(actor), actor_ja: str = actor_ja) -> Message:
                    return msg(
                        "el.action_item", actor=actor, actor_ja=actor_ja, notation=notation, index=index
                    )

                for _index, item in fields.objects(
                    actor,
                    name,
                    ("id", "n", "ja", "en"),
                ):
                    n = item.number("n")
                    numbers.append((n, item.line))
                    actions.append(
                        NumberedAction(
                            id=slug(item, "id"), actor=actor, number=n, text=read_text(item), line=item.line
                        )
                    )
                self.check_numbers(
                    obj,
                    "actions",
                    numbers,
                    msg(
                        "seq.action",
                        actor=actor,
                        actor_ja=self.actor_labels.get(actor, actor),
                        notation=notation,
                    ),
                )
        return Measure(
            id=slug(obj, "id"),
            number=number,
            title=obj.text("title"),
            actions=tuple(actions),
            note=obj.text("note", required=False),
            line=obj.line,
        )


_COMPONENT_KINDS = ("regional-welfare-plan", "regional-welfare-activity-plan")
_MEASURE_KEYS = ("id", "number", "title", "note", "actions")
_PLAN_KEYS = (
    "municipality",
    "edition",
    "title",
    "alternative_title",
    "publishers",
    "previous_edition",
    "previous_edition_note",
    "period",
    "review_statement",
    "joint_statement",
    "component_plans",
    "key_concept",
    "help_types",
    "actors",
    "citizen_actors",
    "citizen_actions_plan",
    "citizen_actions_note",
    "roles_title",
    "roles_statement",
    "roles",
    "ideal",
    "goals",
    "current_issues",
    "evaluation",
    "directions",
    "related_plans",
    "pdca",
    "acknowledged_warnings",
)


def check_ids(path: Path, goals: tuple[Goal, ...], *, references: bool = True) -> None:
    """Ids are unique per kind, and (``references``) every ``also:`` names the id of a measure of this plan.

    A lenient load keeps a dangling ``also:`` so that the shapes report it (kzsh:ListingShape).
    """
    seen: dict[tuple[str, str], int] = {}
    measures: set[str] = set()

    def claim(kind: str, id_: str, line: int) -> None:
        first = seen.setdefault((kind, id_), line)
        if first != line:
            raise SourceError(
                path, msg("plan.duplicate_id", kind=msg(f"kind.{kind}"), id=id_, first=first), line=line
            )

    for goal in goals:
        for policy in goal.policies:
            for citizen in policy.citizen_actions:
                claim("citizen_action", citizen.id, citizen.line)
            for measure in policy.measures:
                claim("measure", measure.id, measure.line)
                measures.add(measure.id)
                for action in measure.actions:
                    claim("action", action.id, action.line)
    for goal in goals if references else ():
        for policy in goal.policies:
            for listing in policy.cross_listings:
                if listing.measure not in measures:
                    close = difflib.get_close_matches(listing.measure, sorted(measures), n=1)
                    hint = msg("plan.unknown_actor_hint", close=close[0]) if close else ""
                    raise SourceError(
                        path,
                        msg(
                            "plan.missing_also",
                            id=listing.measure,
                            policy=f"{goal.number}-{policy.number}",
                            hint=hint,
                        ),
                        line=listing.line,
                    )


def load_plan(path: Path | str, *, numbering: Numbering = "strict") -> PlanFile:
    """Read a plan source file; raise :class:`SourceError` naming file, line and fix on any problem."""
    return _Reader(Path(path), numbering).read()
