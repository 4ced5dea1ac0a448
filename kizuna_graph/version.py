"""The one version number of kizuna_graph, read from the installed package metadata (pyproject.toml)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kizuna-graph")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0"
