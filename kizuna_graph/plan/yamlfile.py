"""YAML files with line numbers: a safe loader that refuses what a plan file must not contain.

It rejects duplicate keys (PyYAML would keep the last one), anchors, aliases and merge keys (and with them
"YAML bombs"), non-UTF-8 bytes, empty and oversized files, documents nested deeper than :data:`MAX_DEPTH` or
with more than :data:`MAX_NODES` values or :data:`MAX_MAPPINGS` mappings (a plan has 11 levels, 2,700 values
and 400 mappings), values that do not match their tag (``!!int abc``, an integer of 5,000 digits), the tags a
plan never uses (``!!binary``, ``!!set``, ``!!omap``, ``!!pairs``) and text that breaks the character policy
of :mod:`kizuna_graph.plan.characters` (which it also normalises); and it records the line of every mapping,
key and list item, so that errors and validation reports can say ``file:line``. :class:`Fields` reads a mapping against the
keys allowed for it and turns every type mistake into a :class:`~kizuna_graph.errors.SourceError`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

import yaml

from kizuna_graph.errors import SourceError
from kizuna_graph.messages import Message, msg
from kizuna_graph.plan.characters import TextRefused, check_text
from kizuna_graph.plan.files import MAX_BYTES, PLAN_TOO_LARGE, read_limited
from kizuna_graph.plan.model import Text

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_MAPPINGS",
    "MAX_NODES",
    "Fields",
    "YamlMap",
    "YamlSeq",
    "parse_yaml",
]

#: The deepest nesting of mappings and lists accepted (a plan nests 11 deep).
MAX_DEPTH = 32
#: The most values (scalars, mappings, lists) a plan file may hold (the Isesaki plan holds 2,700).
MAX_NODES = 30_000
#: The most mappings a plan file may hold (the Isesaki plan holds 384): this bounds the elements that
#: ``kizuna diff`` pairs by similarity, whose time grows with the square of their number.
MAX_MAPPINGS = 2_000

T = TypeVar("T")


class YamlMap(dict[str, Any]):
    """A YAML mapping that remembers its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class YamlSeq(list[Any]):
    line: int = 0
    item_lines: list[int]


class _Refused(yaml.YAMLError):
    def __init__(self, line: int, message: str | Message) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _line(mark: Any) -> int:
    return int(mark.line) + 1 if mark is not None else 0


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses anchors, aliases and merge keys, and records line numbers."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(_line(event.start_mark), msg("yaml.alias", name=event.anchor))
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _Refused(_line(event.start_mark), msg("yaml.anchor", name=anchor))
        return super().compose_node(parent, index)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> YamlMap:
    result = YamlMap()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise _Refused(line, msg("yaml.merge"))
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise _Refused(line, msg("yaml.key_not_text", key=repr(key)))
        if key in result:
            raise _Refused(line, msg("yaml.duplicate_key", key=key, first=result.key_lines[key]))
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> YamlSeq:
    result = YamlSeq(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        why = f" ({error})" if isinstance(error, ValueError) else ""
        raise _Refused(
            node.start_mark.line + 1,
            msg("yaml.bad_date", value=ascii(str(node.value)[:40])[1:-1], reason=why.strip(" ()") or "?"),
        ) from None


def _construct_str(loader: _Loader, node: yaml.ScalarNode) -> str:
    try:
        return check_text(loader.construct_scalar(node))
    except TextRefused as error:
        raise _Refused(node.start_mark.line + 1, str(error)) from None


def _checked(constructor: Any, what: str) -> Any:
    def construct(loader: _Loader, node: yaml.ScalarNode) -> Any:
        try:
            return constructor(loader, node)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            value = str(node.value)
            shown = ascii(value[:40])[1:-1] + ("…" if len(value) > 40 else "")
            key = "yaml.not_a_value_long" if "digits" in str(error) else "yaml.not_a_value"
            raise _Refused(node.start_mark.line + 1, msg(key, value=shown, what=msg(what))) from None

    return construct


def _refuse_tag(loader: _Loader, node: yaml.Node) -> Any:
    raise _Refused(
        node.start_mark.line + 1,
        msg("yaml.tag", tag=node.tag),
    )


_CONSTRUCTORS: tuple[tuple[str, Any], ...] = (
    ("tag:yaml.org,2002:map", _construct_mapping),
    ("tag:yaml.org,2002:seq", _construct_sequence),
    ("tag:yaml.org,2002:timestamp", _construct_timestamp),
    ("tag:yaml.org,2002:str", _construct_str),
    ("tag:yaml.org,2002:int", _checked(yaml.SafeLoader.construct_yaml_int, "type.int")),
    ("tag:yaml.org,2002:float", _checked(yaml.SafeLoader.construct_yaml_float, "type.number")),
    ("tag:yaml.org,2002:bool", _checked(yaml.SafeLoader.construct_yaml_bool, "type.yes_no")),
    ("tag:yaml.org,2002:binary", _refuse_tag),
    ("tag:yaml.org,2002:set", _refuse_tag),
    ("tag:yaml.org,2002:omap", _refuse_tag),
    ("tag:yaml.org,2002:pairs", _refuse_tag),
)
for _tag, _constructor in _CONSTRUCTORS:
    _Loader.add_constructor(_tag, _constructor)

# libyaml (when PyYAML has it) parses ten times faster; it takes the same Python constructors, but the checks
# of _Loader.compose_node would not run, so the events are checked first (anchors, aliases, depth, size:
# :func:`_check_events`, with no recursion), and on any error the Python loader parses again to report (or
# refuse) exactly as it always does.
_fast_loaders: list[Any] = []
if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):  # type: ignore[misc, name-defined]
        pass

    for _tag, _constructor in _CONSTRUCTORS:
        _FastLoader.add_constructor(_tag, _constructor)
    _fast_loaders.append(_FastLoader)


def _check_events(text: str) -> None:
    """Refuse anchors, aliases, and documents too deep or too large, from the parser's events (no recursion)."""
    depth = nodes = mappings = 0
    for event in yaml.parse(text, Loader=(_fast_loaders or [_Loader])[0]):
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(_line(event.start_mark), msg("yaml.alias", name=event.anchor))
        if not isinstance(event, yaml.NodeEvent):
            if isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            continue
        if event.anchor is not None:
            raise _Refused(_line(event.start_mark), msg("yaml.anchor", name=event.anchor))
        nodes += 1
        if nodes > MAX_NODES:
            raise _Refused(_line(event.start_mark), msg("yaml.too_many_values", limit=MAX_NODES))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _Refused(
                    _line(event.start_mark),
                    msg("yaml.too_deep", depth=MAX_DEPTH),
                )
            if isinstance(event, yaml.MappingStartEvent):
                mappings += 1
                if mappings > MAX_MAPPINGS:
                    raise _Refused(
                        _line(event.start_mark),
                        msg("yaml.too_many_mappings", limit=MAX_MAPPINGS),
                    )


def _load(text: str) -> Any:
    try:
        _check_events(text)
        for fast in _fast_loaders:
            return yaml.load(text, Loader=fast)
    except _Refused:
        raise
    except yaml.YAMLError:
        pass  # the Python loader reports syntax errors in its own (clearer) words
    return yaml.load(text, Loader=_Loader)


def parse_yaml(path: Path) -> tuple[YamlMap, bytes]:
    raw = read_limited(path, what=msg("what.plan_file"), suffixes=(".yaml",), too_large=PLAN_TOO_LARGE)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SourceError(path, msg("yaml.not_utf8", byte=raw[error.start]), line=line) from None
    text = text.removeprefix("\ufeff")
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise SourceError(path, msg("yaml.empty"))
    lines = text.splitlines()
    comment = _comment_in_text(lines)
    if comment is not None:
        raise SourceError(path, msg("yaml.hash_in_text"), line=comment)
    try:
        data = _load(text)
    except RecursionError:
        raise SourceError(path, msg("yaml.too_deep", depth=MAX_DEPTH)) from None
    except _Refused as error:
        raise SourceError(path, error.message, line=error.line) from None
    except yaml.MarkedYAMLError as error:
        where, message = _explain(error, lines)
        raise SourceError(path, message, line=where) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow anywhere in a file
        line = text[: error.position].count("\n") + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        raise SourceError(
            path,
            f"character U+{code:04X} is not allowed in a YAML file (a control character): remove it",
            line=line,
        ) from None
    except yaml.YAMLError:
        raise SourceError(path, msg("yaml.syntax")) from None
    if not isinstance(data, YamlMap):
        raise SourceError(path, msg("yaml.not_mapping"), line=1)
    return data, raw


# --- the usual causes of a syntax error, in the officer's terms --------------------------------------------

#: a line whose indentation holds a tab or a full-width space before a key or a list item
_BAD_INDENT = re.compile(r"^[ \t\u3000]*([\t\u3000])[ \t\u3000]*(?:-\s|[^\s:#]+\s*:)")
#: an unquoted text after ``ja:`` / ``en:`` with `` #`` inside it (YAML drops the rest of the line)
_TEXT_COMMENT = re.compile(r"^\s*(?:-\s+)?(?:ja|en):\s+[^\s\"'|>{\[#][^#]*?\s#")
_FLOW_TEXT_COMMENT = re.compile(r"[{,]\s*(?:ja|en):\s+[^\s\"'#][^#,}]*?\s#")
#: a key with a text after it in which a second ``: `` stands (``ja: 期間は: 5年``)
_COLON_IN_TEXT = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][A-Za-z0-9_]*\s*:\s+[^\"'].*?:(?:\s|$)")
#: a text in a ``{…}`` mapping with a second ``: `` in it (``{id: x, ja: 事例: 紹介}``)
_FLOW_COLON_IN_TEXT = re.compile(r"[{,]\s*[A-Za-z_][A-Za-z0-9_]*:\s+[^\s\"'{\[,}][^,{}]*?:\s")
#: a line that starts with a key (``label:``): a ``: `` refused there is the key's, moved by an indentation
_KEY_START = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][A-Za-z0-9_]*\s*:")
#: the column where a line's content starts, after its indentation and a list dash
_CONTENT = re.compile(r"^(\s*(?:-\s+)*)\S")


def _comment_in_text(lines: list[str]) -> int | None:
    """The first line where an unquoted ``ja:``/``en:`` text has a `` #``: YAML would silently cut it there."""
    for number, line in enumerate(lines, start=1):
        if _TEXT_COMMENT.match(line) or _FLOW_TEXT_COMMENT.search(line):
            return number
    return None


def _bad_indentation(lines: list[str], last: int) -> tuple[int, Message] | None:
    for number, line in enumerate(lines[:last], start=1):
        found = _BAD_INDENT.match(line)
        if found:
            return number, msg("yaml.tab" if found.group(1) == "\t" else "yaml.fullwidth_space")
    return None


def _column(line: str) -> int | None:
    found = _CONTENT.match(line)
    return None if found is None or line.lstrip().startswith("#") else len(found.group(1))


def _dedented(lines: list[str], line: int | None) -> int | None:
    """The line indented too little before ``line``: the nearest above that starts left of it.

    In a well-indented file the line above a key starts at its column or to its right, or is its parent
    (``- number: 2`` for the keys of that item), which starts at the same column once its dash is counted.
    """
    if line is None or line > len(lines):
        return line
    column = _column(lines[line - 1])
    if column is None:
        return line
    for number in range(line - 1, 0, -1):
        above = _column(lines[number - 1])
        if above is not None and above < column:
            # a key that opens a block ('note:') left of the failing line was indented too little; a key
            # with its value on the same line ('title: {…}') cannot hold the failing line: that one is too far in
            return number if lines[number - 1].rstrip().endswith(":") else line
        if above is not None and above == column:
            return line
    return line


def _explain(error: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int | None, Message]:
    """The line and the likely cause of a YAML syntax error, without the parser's words."""
    problem_mark = error.problem_mark or error.context_mark
    line = problem_mark.line + 1 if problem_mark is not None else None
    context_line = error.context_mark.line + 1 if error.context_mark is not None else None
    indentation = _bad_indentation(lines, max(line or 0, context_line or 0) + 1)
    if indentation is not None:
        return indentation
    problem = (error.problem or "") + " " + (error.context or "")
    if "mapping values are not allowed" in problem and line is not None:
        text = lines[line - 1]
        key = _KEY_START.match(text)
        at_key = key is not None and problem_mark is not None and problem_mark.column == key.end() - 1
        if not at_key and (_COLON_IN_TEXT.match(text) or not _CONTENT.match(text)):
            return line, msg("yaml.colon_in_text")
        return line, msg("yaml.indentation")
    opened = context_line or line
    if "flow mapping" in problem and opened is not None and _FLOW_COLON_IN_TEXT.search(lines[opened - 1]):
        return opened, msg("yaml.colon_in_text")
    if "flow mapping" in problem or "flow sequence" in problem:
        opener, closer = ("{", "}") if "flow mapping" in problem else ("[", "]")
        return context_line or line, msg("yaml.unclosed", opener=opener, closer=closer, line=context_line)
    if "quoted scalar" in problem:
        return context_line or line, msg("yaml.unclosed_quote")
    if "block end" in problem or "block mapping" in problem or "block collection" in problem:
        return _dedented(lines, line), msg("yaml.indentation")
    return line, msg("yaml.syntax")


# --- typed access with messages for people ----------------------------------------------------------------

_TYPE_NAMES = {
    str: "type.text",
    int: "type.int",
    dt.date: "type.date",
    YamlMap: "type.map",
    YamlSeq: "type.seq",
}

#: keys that are names (``label``, ``citizen_actions``): one that is not allowed where it stands but has no
#: close match is most likely a key of another level, moved there by a wrong indentation
_KEY_NAME = re.compile(r"^[a-z][a-z_]*$")


def _describe(value: Any) -> Message:
    if isinstance(value, bool):
        return msg("found.bool", value=value)
    if isinstance(value, YamlMap):
        return msg("found.map")
    if isinstance(value, YamlSeq):
        return msg("found.seq")
    if value is None:
        return msg("found.nothing")
    if isinstance(value, int):
        return msg("found.number", value=value)
    if isinstance(value, dt.date):
        return msg("found.date", value=value)
    return msg("found.text", value=value)


def _unknown_key_hint(key: str, value: Any, allowed: tuple[str, ...]) -> Message | str:
    """Why a key may be unknown: a typo, a full-width space, a comma inside a text, a wrong indentation."""
    if "\u3000" in key or "\t" in key:
        return msg("key.hint_fullwidth_space")
    close = difflib.get_close_matches(key, allowed, n=1)
    if close:
        return msg("key.hint_typo", close=close[0])
    if value is None and not _KEY_NAME.match(key):
        return msg("key.hint_comma")
    if _KEY_NAME.match(key):
        return msg("key.hint_indent")
    return ""


#: How a list's items are named in messages: the kind of the items, or a function of an item's 1-based index.
ItemName = str | Message | Callable[[int], Message]


class Fields:
    """A mapping of the source, checked against the keys allowed for it."""

    def __init__(self, path: Path, mapping: YamlMap, what: str | Message, allowed: Iterable[str]) -> None:
        self.path = path
        self.map = mapping
        self.what = what
        allowed = tuple(allowed)
        for key in mapping:
            if key not in allowed:
                hint = _unknown_key_hint(key, mapping[key], allowed)
                raise SourceError(
                    path,
                    msg("key.unknown", key=key, what=what, hint=hint, allowed=", ".join(allowed)),
                    line=mapping.key_lines[key],
                )

    @property
    def line(self) -> int:
        return self.map.line

    def line_of(self, key: str) -> int:
        return self.map.key_lines.get(key, self.map.line)

    def error(self, message: str | Message, key: str | None = None) -> SourceError:
        return SourceError(self.path, message, line=self.line_of(key) if key else self.line)

    def has(self, key: str) -> bool:
        return key in self.map

    def _get(self, key: str, kind: type[T], required: bool) -> T | None:
        if key not in self.map or self.map[key] is None:
            if required:
                raise self.error(msg("key.missing", key=key, what=self.what))
            return None
        value = self.map[key]
        if kind is str and isinstance(value, int | float | dt.date) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            if kind is int and isinstance(value, str):
                fixed = unicodedata.normalize("NFKC", value).strip()
                if fixed.isascii() and fixed.isdigit() and fixed != value.strip():
                    raise self.error(
                        msg("value.fullwidth_digits", key=key, what=self.what, value=value, fixed=fixed), key
                    )
            raise self.error(
                msg(
                    "value.wrong_type",
                    key=key,
                    what=self.what,
                    expected=msg(_TYPE_NAMES[kind]),
                    found=_describe(value),
                ),
                key,
            )
        if isinstance(value, str) and not value.strip():
            raise self.error(msg("value.empty", key=key, what=self.what), key)
        return value

    @overload
    def string(self, key: str, *, required: Literal[True] = ...) -> str: ...
    @overload
    def string(self, key: str, *, required: bool) -> str | None: ...
    def string(self, key: str, *, required: bool = True) -> str | None:
        return self._get(key, str, required)

    @overload
    def number(self, key: str, *, required: Literal[True] = ...) -> int: ...
    @overload
    def number(self, key: str, *, required: bool) -> int | None: ...
    def number(self, key: str, *, required: bool = True) -> int | None:
        value = self._get(key, int, required)
        if value is not None and value < 1:
            raise self.error(msg("value.too_small", key=key, what=self.what, value=value), key)
        return value

    def date(self, key: str) -> dt.date:
        value = self._get(key, dt.date, True)
        if value is None or isinstance(value, dt.datetime):
            raise self.error(msg("value.date_with_time", key=key, what=self.what), key)
        return value

    @overload
    def obj(
        self, key: str, what: str | Message, allowed: Iterable[str], *, required: Literal[True] = ...
    ) -> Fields: ...
    @overload
    def obj(
        self, key: str, what: str | Message, allowed: Iterable[str], *, required: bool
    ) -> Fields | None: ...
    def obj(
        self, key: str, what: str | Message, allowed: Iterable[str], *, required: bool = True
    ) -> Fields | None:
        value = self._get(key, YamlMap, required)
        return None if value is None else Fields(self.path, value, what, allowed)

    def seq(self, key: str, *, required: bool = True) -> YamlSeq:
        value = self._get(key, YamlSeq, required)
        if value is None:
            empty = YamlSeq()
            empty.line, empty.item_lines = self.line_of(key), []
            return empty
        return value

    def items(self, key: str, what: ItemName, *, required: bool = True) -> Iterator[tuple[int, object, int]]:
        """Yield (1-based index, item, line) of a list."""
        seq = self.seq(key, required=required)
        for index, (item, line) in enumerate(zip(seq, seq.item_lines, strict=True), start=1):
            yield index, item, line

    def objects(
        self, key: str, what: ItemName, allowed: Iterable[str], *, required: bool = True
    ) -> Iterator[tuple[int, Fields]]:
        """Yield (1-based index, fields) of a list of mappings; ``what`` names an item by its index (a
        function of it, for a name that reads "city action 2 of measure 1-1-1"), or is the kind of the items
        ("concept" → "concept 2")."""
        allowed = tuple(allowed)
        for index, item, line in self.items(key, what, required=required):
            if not isinstance(item, YamlMap):
                raise SourceError(
                    self.path,
                    msg(
                        "value.item_not_mapping", index=index, key=key, what=self.what, found=_describe(item)
                    ),
                    line=line,
                )
            name = what(index) if callable(what) else msg("el.item", what=what, index=index)
            yield index, Fields(self.path, item, name, allowed)

    @overload
    def text(self, key: str, *, required: Literal[True] = ...) -> Text: ...
    @overload
    def text(self, key: str, *, required: bool) -> Text | None: ...
    def text(self, key: str, *, required: bool = True) -> Text | None:
        value = self._get(key, YamlMap, required)
        if value is None:
            return None
        return read_text(Fields(self.path, value, msg("el.key_of", key=key, what=self.what), ("ja", "en")))

    def texts(self, key: str, *, required: bool = True) -> tuple[Text, ...]:
        return tuple(
            read_text(o)
            for _, o in self.objects(key, msg("el.key_item", key=key), ("ja", "en"), required=required)
        )


def read_text(obj: Fields) -> Text:
    return Text(ja=obj.string("ja").strip(), en=(obj.string("en", required=False) or "").strip() or None)


def check_sequence(obj: Fields, key: str, numbers: list[tuple[int, int]], what: str | Message) -> None:
    """Numbers must run 1..n in order; ``numbers`` holds (number, line)."""
    for expected, (number, line) in enumerate(numbers, start=1):
        if number != expected:
            raise SourceError(
                obj.path,
                msg("value.out_of_sequence", what=what, number=number, expected=expected),
                line=line,
            )
