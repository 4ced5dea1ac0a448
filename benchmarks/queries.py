"""Benchmark (run by hand, not a test): the bundled questions on rdflib and Oxigraph, `kizuna query`, `kizuna serve`.

    .venv/bin/python benchmarks/queries.py [--runs 5] [--corpus FILE.nq ...] [--store-dir DIR]
                                           [--also PATH ...] [--rdflib-max-plans 100] [--oxigraph-server]

    # the 1,000-plan corpus in a store on disk (created once, then reopened), with the bundled plan in it:
    .venv/bin/python benchmarks/synthetic.py 1000 /tmp/corpus-1000.nq --distinct 100
    .venv/bin/python benchmarks/queries.py --only corpus --corpus /tmp/corpus-1000.nq --store-dir /tmp/stores \
        --rdflib-max-plans 0

Prints medians (the machine is shared: compare medians and ratios):

1. the bundled plan (``exports/``): load time of each engine, then every question of ``queries/`` on rdflib 7
   and on Oxigraph (pyoxigraph, in process), side by side in one run;
2. each ``--corpus`` (``benchmarks/synthetic.py`` writes them) with the ``--also`` data (default: the bundled
   plan's ``exports/``, so that the questions about the Isesaki plan have their answer among the synthetic
   plans): load time and peak resident memory of the store, every question (``queries/`` and
   ``queries/editions/``) on Oxigraph, and on rdflib too (one run, stopped after ``--rdflib-budget`` s) up to
   ``--rdflib-max-plans`` plans. With ``--store-dir``, the store is kept on disk (``DIR/NAME``): loaded the
   first time (load time measured), reopened read-only after (questions only);
3. ``kizuna query multi-parent-measures`` as a whole process;
4. ``kizuna serve`` on loopback: latency of one simple query (sequential requests), then 50 concurrent
   clients (errors counted); with ``--oxigraph-server``, the same against ``oxigraph serve-read-only`` (the
   ``oxigraph`` package from PyPI) on the same data.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rdflib import Dataset, Graph
from timing import call_times, process_times, report

from kizuna_graph.errors import QueryTimeoutError
from kizuna_graph.query.engine import solve
from kizuna_graph.query.library import load_queries
from kizuna_graph.query.store import QueryStore, load_store, open_store
from kizuna_graph.query.worker import run_killable
from kizuna_graph.resources import data_dir
from kizuna_graph.terms.namespaces import PREFIXES

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "exports"
KIZUNA = Path(sys.executable).with_name("kizuna")
SIMPLE = "SELECT ?n WHERE { ?g a kz:BasicGoal ; skos:notation ?n } ORDER BY ?n"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rdflib_times(graph: Graph, sparql: str, runs: int, budget: float) -> str:
    """Median ms of ``runs`` rdflib runs, each in a worker killed after ``budget`` s (``> budget`` then)."""

    def task() -> bytes:
        return str(
            statistics.median(call_times(lambda: list(graph.query(sparql, initNs=PREFIXES)), runs))
        ).encode()

    try:
        return f"{float(run_killable(task, timeout=budget * runs)) * 1000:10.1f}"
    except QueryTimeoutError:
        return f"> {budget:.0f} s"


def questions(store: QueryStore, graph: Graph | None, runs: int, *, budget: float, rdflib_runs: int) -> None:
    print(f"{'question':38} {'rdflib ms':>10} {'oxigraph ms':>12}")
    editions = load_queries(data_dir("queries") / "editions")
    for query in load_queries() + [dataclasses.replace(q, name=f"editions/{q.name}") for q in editions]:
        oxigraph = statistics.median(call_times(lambda q=query: solve(store, q.text), runs)) * 1000
        shown = "—" if graph is None else _rdflib_times(graph, query.text, rdflib_runs, budget)
        print(f"{query.name:38} {shown:>10} {oxigraph:12.1f}", flush=True)


def bundled(runs: int, budget: float) -> None:
    print("== bundled plan (exports/)")
    graph = Graph()
    files = [
        EXPORTS / "isesaki-3.ttl",
        EXPORTS / "isesaki-3-inferred.ttl",
        EXPORTS / "analysis" / "isesaki-3-analysis.ttl",
    ]
    report("load rdflib (3 Turtle files)", call_times(lambda: [Graph().parse(f) for f in files], runs))
    report("load oxigraph (exports/)", call_times(lambda: load_store([EXPORTS]), runs))
    for path in files:
        graph.parse(path)
    questions(load_store([EXPORTS]), graph, runs, budget=budget, rdflib_runs=runs)


def corpus(
    path: Path, runs: int, rdflib_max: int, budget: float, *, also: list[Path], store_dir: Path | None
) -> None:
    folder = None if store_dir is None else store_dir / path.stem
    before, peak = rss_mib(), peak_rss_mib()
    start = time.perf_counter()
    if folder is not None and folder.is_dir() and any(folder.iterdir()):
        store = open_store(folder)
        how = f"reopened {folder}"
    elif folder is not None:
        store = open_store(folder, [path, *also])
        how = f"loaded into {folder}"
    else:
        store = load_store([path, *also])
        how = "loaded in memory"
    seconds = time.perf_counter() - start
    plans = len(store.graphs.get("asserted", ()))
    print(
        f"== corpus {path.name} + {', '.join(map(str, also)) or 'nothing'}: {plans} plans, {len(store.store):,} quads; "
        f"oxigraph {how} in {seconds:.1f} s, +{rss_mib() - before:,.0f} MiB resident after, "
        f"peak {peak_rss_mib():,.0f} MiB (was {peak:,.0f})"
    )
    graph = None
    if plans <= rdflib_max:
        start = time.perf_counter()
        graph = Dataset(default_union=True)
        graph.parse(path, format="nquads")
        print(f"   rdflib load {time.perf_counter() - start:.1f} s")
    questions(store, graph, runs, budget=budget, rdflib_runs=1)


def whole_process(runs: int) -> None:
    print("== kizuna query, whole process")
    report(
        "kizuna query multi-parent-measures",
        process_times([str(KIZUNA), "query", "multi-parent-measures"], runs),
    )
    report(
        "kizuna query (inline, csv)", process_times([str(KIZUNA), "query", SIMPLE, "--format", "csv"], runs)
    )


def fetch(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def endpoint(name: str, url: str, query: str, runs: int) -> None:
    target = f"{url}?{urllib.parse.urlencode({'query': query})}"
    fetch(target)
    report(f"{name}: one simple query", call_times(lambda: fetch(target), max(runs, 20)))
    start = time.perf_counter()
    with ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(lambda _: fetch(target), range(50)))
    errors = sum(status != 200 for status in statuses)
    print(
        f"{name}: 50 concurrent clients: {errors} errors, all answered in {time.perf_counter() - start:.2f} s"
    )


def serve(runs: int, with_oxigraph: bool) -> None:
    print("== kizuna serve (Waitress, a forked worker per query)")
    process = subprocess.Popen(
        [str(KIZUNA), "serve", "--port", "0"], stderr=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        url = process.stderr.readline().split()[3].rstrip(",")  # type: ignore[union-attr]
        endpoint("kizuna serve", url, SIMPLE, runs)
    finally:
        process.terminate()
        process.wait()
    if not with_oxigraph:
        return
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        print("oxigraph server: not installed (pip install oxigraph)")
        return
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [binary, "load", "--location", folder, "--file", str(EXPORTS / "isesaki-3.trig")],
            check=True,
            capture_output=True,
        )
        port = "7899"
        server = subprocess.Popen(
            [binary, "serve-read-only", "--location", folder, "--bind", f"127.0.0.1:{port}"],
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.5)
            prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
            query = prefixes + SIMPLE
            endpoint("oxigraph serve-read-only", f"http://127.0.0.1:{port}/query", query, runs)
        finally:
            server.terminate()
            server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, nargs="*", default=[])
    parser.add_argument("--store-dir", type=Path, help="keep each corpus's store on disk in DIR/NAME")
    parser.add_argument(
        "--also",
        type=Path,
        nargs="*",
        default=[EXPORTS],
        help="data loaded with each corpus (default: exports/)",
    )
    parser.add_argument("--rdflib-max-plans", type=int, default=100)
    parser.add_argument("--oxigraph-server", action="store_true")
    parser.add_argument(
        "--rdflib-budget", type=float, default=30.0, help="seconds per rdflib run on a corpus"
    )
    parser.add_argument("--only", choices=("bundled", "corpus", "process", "serve"), nargs="*")
    args = parser.parse_args()
    only = set(args.only or ("bundled", "corpus", "process", "serve"))
    if "bundled" in only:
        bundled(args.runs, args.rdflib_budget)
    if "corpus" in only:
        for path in args.corpus:
            corpus(
                path,
                args.runs,
                args.rdflib_max_plans,
                args.rdflib_budget,
                also=args.also,
                store_dir=args.store_dir,
            )
    if "process" in only:
        whole_process(max(args.runs, 10))
    if "serve" in only:
        serve(args.runs, args.oxigraph_server)


if __name__ == "__main__":
    main()
