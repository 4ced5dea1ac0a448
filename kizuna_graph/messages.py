"""The message catalogue: every message for people, in Japanese and English, from ``locale/messages.yaml``.

A message is a key of the catalogue with named parameters (``Message("yaml.tab", ...)``); it is rendered in
the language of the moment when it is printed, so that an error raised deep in the loader is shown in the
language the command was asked for. The CLI chooses the language once (:func:`resolve_language`):
``--lang``, else ``KIZUNA_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``: ``en…`` gives English),
else Japanese. In Python the default is English (:func:`set_language` changes it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, cast

import yaml

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")
CATALOGUE = Path(__file__).resolve().parent / "locale" / "messages.yaml"

_current: ContextVar[Lang] = ContextVar("kizuna_lang", default="en")


def set_language(lang: Lang) -> None:
    _current.set(lang)


def language() -> Lang:
    return _current.get()


@contextmanager
def using_language(lang: Lang) -> Iterator[None]:
    """Show messages in ``lang`` inside the block, and in the previous language after it."""
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


def resolve_language(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> Lang:
    """``explicit`` (``--lang``), else ``KIZUNA_LANG``, else the locale; Japanese unless English is asked for."""
    env = os.environ if environ is None else environ
    for value in (
        explicit,
        env.get("KIZUNA_LANG"),
        env.get("LC_ALL"),
        env.get("LC_MESSAGES"),
        env.get("LANG"),
    ):
        if value:
            return "en" if value.lower().startswith("en") else "ja"
    return "ja"


@cache
def catalogue() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
    return cast(dict[str, dict[str, str]], data)


def text(key: str, lang: Lang | None = None, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (default: the current language), with its parameters filled in."""
    lang = lang or language()
    entry = catalogue()[key]
    values = {name: (v.render(lang) if isinstance(v, Message) else v) for name, v in params.items()}
    return entry[lang].format(**values)


@dataclass(frozen=True)
class Message:
    """A catalogue key with its parameters, rendered when it is shown."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: Lang | None = None) -> str:
        return text(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.render()


def msg(key: str, /, **params: Any) -> Message:
    if key not in catalogue():
        raise KeyError(f"message '{key}' is not in {CATALOGUE.name}")
    return Message(key, params)
