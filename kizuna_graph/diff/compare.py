"""What a revision of a plan changed, element by element.

:func:`compare` takes the views (:mod:`kizuna_graph.plan.view`) of an old and a new plan — two editions, or a
plan and its mid-term review — and returns a :class:`PlanDiff`: one :class:`Change` per thing that happened to
a goal, policy, measure, numbered action or citizen action. Kinds of change (``ChangeKind``)::

    added               in the new plan only
    removed             in the old plan only
    moved               under another parent (a measure now under policy 1-2 instead of 1-1)
    renumbered          same parent, own number changed (action 市② became 市③; measure 3-1-3 became 3-1-2)
    reworded            Japanese or English label changed (old and new text are kept)
    actor-changed       a numbered action passed to another actor (市 → 社協)
    relinked            the further policies a measure is cross-listed under changed

A change is reported once, at the element it happened to. When a policy is renumbered, its measures and
actions change notation with it but are not reported again; when a measure is removed, its actions go with
it and are listed in the change's ``contents``, not as changes of their own. A matched element can have
several changes (moved and reworded).

**Matching.** Plan IRIs differ between editions, so elements are compared by ``key``, their IRI relative to
their own plan's IRI. For each kind of element, from goals down to actions, old and new elements are paired
in five passes; each pass only pairs elements left over by the passes before it:

1. same place and same Japanese text (same place: same own number, e.g. ``city-2``, under matched parents —
   for goals, the same number);
2. same text anywhere (a measure moved from 1-1-4 to 1-2-4; an action renumbered from ② to ③),
   preferring a pair under matched parents;
3. same place and similar text;
4. similar text anywhere, the most similar pair first;
5. same place, whatever the text (a policy whose title was rewritten: its place and children identify it).

Elements left over are removed (old) or added (new). "Similar" means :func:`similarity` ≥
``SIMILARITY_THRESHOLD`` (0.6): difflib's ratio of matching characters, ``2·M / (len(a) + len(b))``, on the
NFKC-normalised Japanese text without spaces. In the Isesaki plan, unrelated labels of the same kind score up
to 0.76 (two citizen actions that both begin 周りの人に声をかけて、…) and typical rewordings 0.7–0.95, so no
threshold separates them perfectly: below it, a heavily reworded element that also changed place is reported
as removed and added; at or above it, an element removed while an unrelated, similar one was added in the
same revision is reported as reworded. The report always shows the old and new text, so a reviewer can tell.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, get_args

from rdflib import Graph

from kizuna_graph.plan.model import Text
from kizuna_graph.plan.view import (
    ELEMENT_KINDS,
    Element,
    Kind,
    PlanView,
    Term,
    notation_key,
    read_view,
)

ChangeKind = Literal[
    "added",
    "removed",
    "moved",
    "renumbered",
    "reworded",
    "actor-changed",
    "relinked",
]

#: Kinds of change in the order reports list them (the order of :data:`ChangeKind`).
CHANGE_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)

#: Two texts are similar when :func:`similarity` is at least this (see the module docstring).
SIMILARITY_THRESHOLD = 0.6


@dataclass(frozen=True, slots=True)
class Ref:
    """An element as one of the two plans names it."""

    kind: Kind
    key: str
    notation: str
    label: Text
    printed: str = ""  # the notation as the plan prints it (``1-1-1 市②``; see plan/view.py)


@dataclass(frozen=True, slots=True)
class Change:
    """One thing that happened to one element.

    ``old``/``new`` name the element in each plan (``None`` for added/removed). ``before``/``after`` hold
    what changed, for moved (the parent), actor-changed (the actor) and relinked (the cross-listing policies); ``contents`` lists what an added or removed element brought or
    took with it (its actions, its measures…).
    """

    change: ChangeKind
    old: Ref | None
    new: Ref | None
    before: tuple[Term, ...] = ()
    after: tuple[Term, ...] = ()
    contents: tuple[Ref, ...] = ()

    @property
    def element(self) -> Kind:
        return first_ref(self.new, self.old).kind

    @property
    def notation(self) -> str:
        """The element's notation in the old plan if it was there, else in the new plan."""
        return first_ref(self.old, self.new).notation

    def matched(self) -> tuple[Ref, Ref]:
        """The old and the new element of a change to a matched element (not added, not removed)."""
        if self.old is None or self.new is None:
            raise ValueError(f"a {self.change} change has no old and new element")
        return self.old, self.new


def first_ref(*refs: Ref | None) -> Ref:
    """The first of ``refs`` that is given: every change has an old element, a new one, or both."""
    for ref in refs:
        if ref is not None:
            return ref
    raise ValueError("a change without an old or a new element")


@dataclass(frozen=True, slots=True)
class PlanDiff:
    old: PlanView
    new: PlanView
    changes: tuple[Change, ...]
    threshold: float

    def __bool__(self) -> bool:
        return bool(self.changes)

    def counts(self) -> dict[ChangeKind, Counter[Kind]]:
        """Number of changes by kind of change and kind of element, kinds of change in report order."""
        counts: dict[ChangeKind, Counter[Kind]] = {}
        for change in self.changes:
            counts.setdefault(change.change, Counter())[change.element] += 1
        return {kind: counts[kind] for kind in CHANGE_KINDS if kind in counts}


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0.0–1.0: difflib's ratio on NFKC-normalised text without whitespace."""
    return difflib.SequenceMatcher(None, _normal(a), _normal(b), autojunk=False).ratio()


def compare(old: PlanView, new: PlanView, *, threshold: float = SIMILARITY_THRESHOLD) -> PlanDiff:
    """The changes that turn plan ``old`` into plan ``new``, in report order."""
    return _Comparison(old, new, threshold).run()


def compare_graphs(old: Graph, new: Graph, *, threshold: float = SIMILARITY_THRESHOLD) -> PlanDiff:
    """:func:`compare` on the one plan in each graph."""
    return compare(read_view(old), read_view(new), threshold=threshold)


def _normal(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _text(element: Element) -> str:
    return _normal(element.label.ja) or _normal(element.label.en or "")


class _Comparison:
    def __init__(self, old: PlanView, new: PlanView, threshold: float) -> None:
        self.old, self.new, self.threshold = old, new, threshold
        self.old_by_key, self.new_by_key = old.by_key(), new.by_key()
        self.match: dict[str, str] = {}  # old key → new key, every kind

    def run(self) -> PlanDiff:
        for kind in ELEMENT_KINDS:
            self.pair(_outline_of(self.old, kind), _outline_of(self.new, kind))
        changes = [*self.matched_changes(), *self.unmatched_changes()]
        changes.sort(key=_order)
        return PlanDiff(old=self.old, new=self.new, changes=tuple(changes), threshold=self.threshold)

    # matching ------------------------------------------------------------------------------------------
    def same_parent(self, a: Element, b: Element) -> bool:
        return (a.parent is None and b.parent is None) or self.match.get(a.parent or "") == b.parent

    def same_place(self, a: Element, b: Element) -> bool:
        return self.same_parent(a, b) and a.local == b.local

    def pair(self, olds: tuple[Element, ...], news: tuple[Element, ...]) -> None:
        """Pair old and new elements of one kind in the five passes of the module docstring."""
        threshold = self.threshold
        old_texts, new_texts = [_text(e) for e in olds], [_text(e) for e in news]
        scores: dict[tuple[int, int], float] = {}

        def same(i: int, j: int) -> bool:
            return old_texts[i] == new_texts[j]

        def score(i: int, j: int) -> float:
            if (i, j) not in scores:
                scores[i, j] = similarity(old_texts[i], new_texts[j])
            return scores[i, j]

        def place(i: int, j: int) -> bool:
            return self.same_place(olds[i], news[j])

        def elsewhere(i: int, j: int) -> bool:
            return not self.same_parent(olds[i], news[j])

        # each pass ranks the pairs it accepts (lowest first) or returns None to refuse a pair
        passes: tuple[Callable[[int, int], tuple[float, ...] | None], ...] = (
            lambda i, j: (i, j) if place(i, j) and same(i, j) else None,
            lambda i, j: (elsewhere(i, j), i, j) if same(i, j) else None,
            lambda i, j: (-score(i, j), i, j) if place(i, j) and score(i, j) >= threshold else None,
            lambda i, j: (-score(i, j), elsewhere(i, j), i, j) if score(i, j) >= threshold else None,
            lambda i, j: (i, j) if place(i, j) else None,
        )
        left_old, left_new = set(range(len(olds))), set(range(len(news)))
        for rank in passes:
            ranked = sorted(
                (order, i, j)
                for i in sorted(left_old)
                for j in sorted(left_new)
                if (order := rank(i, j)) is not None
            )
            for _, i, j in ranked:
                if i in left_old and j in left_new:
                    left_old.discard(i)
                    left_new.discard(j)
                    self.match[olds[i].key] = news[j].key

    # changes -------------------------------------------------------------------------------------------
    def matched_changes(self) -> Iterable[Change]:
        for old_key, new_key in self.match.items():
            a, b = self.old_by_key[old_key], self.new_by_key[new_key]
            old_ref, new_ref = _ref(a), _ref(b)
            moved = not self.same_parent(a, b)
            if moved:
                before = self.old_by_key[a.parent] if a.parent else None
                after = self.new_by_key[b.parent] if b.parent else None
                yield Change("moved", old_ref, new_ref, _terms(before), _terms(after))
            actor_changed = (a.actor and a.actor.notation) != (b.actor and b.actor.notation)
            if not moved and a.local != b.local and not actor_changed:
                yield Change("renumbered", old_ref, new_ref)
            if a.label != b.label:
                yield Change("reworded", old_ref, new_ref)
            if actor_changed:
                yield Change("actor-changed", old_ref, new_ref, _terms(a.actor), _terms(b.actor))
            if {self.match.get(k) for k in a.also} != set(b.also):
                yield Change(
                    "relinked",
                    old_ref,
                    new_ref,
                    tuple(_term(self.old_by_key[k]) for k in a.also),
                    tuple(_term(self.new_by_key[k]) for k in b.also),
                )

    def unmatched_changes(self) -> Iterable[Change]:
        yield from _unmatched("removed", self.old, set(self.match))
        yield from _unmatched("added", self.new, set(self.match.values()))


def _outline_of(view: PlanView, kind: Kind) -> tuple[Element, ...]:
    """The elements of one kind that the plan's outline reaches, in document order."""
    return tuple(e for e in view.outline if e.kind is kind)


def _unmatched(change: ChangeKind, outline: PlanView, matched: set[str]) -> Iterable[Change]:
    """One change per topmost unmatched element, with its unmatched descendants as ``contents``."""
    parents = {e.key: e.parent for e in outline.outline}
    gone = [e for e in outline.outline if e.key not in matched]
    gone_keys = {e.key for e in gone}

    def top(key: str) -> str:
        while (parent := parents[key]) is not None and parent in gone_keys:
            key = parent
        return key

    for element in gone:
        if element.parent in gone_keys:
            continue  # reported with its added/removed ancestor
        ref = _ref(element)
        contents = tuple(_ref(e) for e in gone if e is not element and top(e.key) == element.key)
        if change == "removed":
            yield Change(change, ref, None, contents=contents)
        else:
            yield Change(change, None, ref, contents=contents)


def _ref(element: Element) -> Ref:
    return Ref(element.kind, element.key, element.notation, element.label, element.printed)


def _term(element: Element) -> Term:
    return Term(element.notation, element.label)


def _terms(item: Element | Term | None) -> tuple[Term, ...]:
    if item is None:
        return ()
    return (item,) if isinstance(item, Term) else (_term(item),)


def _order(change: Change) -> tuple[object, ...]:
    ref = first_ref(change.new, change.old)
    return (
        CHANGE_KINDS.index(change.change),
        ELEMENT_KINDS.index(ref.kind),
        notation_key(ref.notation),
        ref.key,
    )
