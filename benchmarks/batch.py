"""Batch audits: throughput with one and two worker processes, memory per worker as the feed goes on, a feed with 1%
corrupted records, and a batch killed at a random point and resumed; with --ray, the Ray engine (a local Ray of 2 CPUs)
against --jobs 2 in the same run, with its records compared, and a Ray run killed and resumed; with --dead-worker N, a
batch of N articles in which one worker is killed with SIGKILL while it audits.

The feed is NTREX-128's Indonesian-French documents repeated under distinct ids (back-translation off: no model
here). Each configuration runs in a fresh process; throughput is its rate after the first 10 articles (model loading
excluded); the one-worker runs may be shorter (--articles-1), their rate is steady after a few dozen articles. The
machine's own ceiling, two processes against one, is measured first in the same run.

``--code DIR`` runs ``checker`` from another tree (a git worktree of main, say) for a baseline in the same session;
``--runs 2`` runs only the ``--jobs 2`` configuration; ``--embedding-cache N`` sets the vectors each worker keeps
between articles (0: none, to see the aligner's gain without the cache's).

    python benchmarks/batch.py [--articles 1000] [--articles-1 1000] [--kill-articles 40] [--runs 1,2,wide]
                               [--no-resume] [--code DIR] [--embedding-cache N]
    python benchmarks/batch.py --articles 150 --ray                # Ray against --jobs 2 only
    python benchmarks/batch.py --dead-worker 50 --no-throughput   # the killed worker only
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _option(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv[:-1] else None


# --code and --embedding-cache are read before checker is imported, and passed on to every process of the run (the
# configurations' own processes, their workers, the CLI runs of the kill test) through the environment
if _option("--code"):
    os.environ["TRANSCHECK_BENCH_CODE"] = str(Path(_option("--code")).resolve())
if _option("--embedding-cache"):
    os.environ["TRANSCHECK_BENCH_CACHE"] = _option("--embedding-cache")
if os.environ.get("TRANSCHECK_BENCH_CODE"):
    sys.path.insert(0, os.environ["TRANSCHECK_BENCH_CODE"])
    os.environ["PYTHONPATH"] = os.environ["TRANSCHECK_BENCH_CODE"]

from benchmarks.data import article, ntrex_documents  # noqa: E402
from checker.batch import Batch, read_inputs  # noqa: E402
from checker.config import BackTranslationSettings, Settings  # noqa: E402

SETTINGS = Settings(back_translation=BackTranslationSettings(mode="off"),
                    **({"embedding_cache": int(os.environ["TRANSCHECK_BENCH_CACHE"])}
                       if os.environ.get("TRANSCHECK_BENCH_CACHE") else {}))


def write_feed(path: Path, n: int, corrupt_every: int = 0) -> int:
    """``n`` records; with ``corrupt_every``, every such record is broken (torn JSON, or a field missing)."""
    src, tgt = ntrex_documents("id"), ntrex_documents("fr")
    ids = list(src)
    bad = 0
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(n):
            doc = ids[k % len(ids)]
            line = json.dumps({"id": f"{doc}#{k}", "source": article(src[doc])[0], "translation": article(tgt[doc])[0],
                               "source_lang": "id", "target_lang": "fr", "metadata": {"n": k}}, ensure_ascii=False)
            if corrupt_every and k % corrupt_every == corrupt_every - 1:
                line = line[: len(line) // 2] if bad % 2 == 0 else json.dumps({"id": f"bad#{k}", "source": "x"})
                bad += 1
            fh.write(line + "\n")
    return bad


def vm_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def throughput(feed: Path, jobs: int, limit: int, out: Path, threads: int = 1, engine: str = "local") -> dict:
    """One configuration, run in a fresh process: the engine reads its thread count when it is first loaded, so a
    process that loaded it before could not run it with another."""
    cmd = [sys.executable, __file__, "--child", json.dumps([str(feed), jobs, limit, str(out), threads, engine])]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"run failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["mem100"] = {int(k): v for k, v in result["mem100"].items()}
    result["memend"] = {int(k): v for k, v in result["memend"].items()}
    return result


def child(feed: Path, jobs: int, limit: int, out: Path, threads: int, engine: str = "local") -> dict:
    # (a baseline tree of --code may predate the engines)
    runner = Batch(SETTINGS, jobs=jobs, threads=threads, **({"engine": engine} if engine != "local" else {}))
    marks: dict = {}

    def on_line(record: dict) -> None:
        marks["n"] = marks.get("n", 0) + 1
        n = marks["n"]
        if n == 10:
            marks["t10"] = time.perf_counter()
        if n in (100, limit):
            marks[f"mem{n}"] = {pid: vm_hwm_mb(pid) for pid in runner.worker_pids()}
        if n == limit:
            marks["tend"] = time.perf_counter()

    records = (r for k, r in enumerate(read_inputs([feed])) if k < limit)
    summary = runner.run(records, out, on_line=on_line)
    rate = (limit - 10) / (marks["tend"] - marks["t10"])
    return {"rate": rate, "errors": summary.errors, "audited": summary.audited, "exit": summary.exit_status(),
            "mem100": marks.get("mem100", {}), "memend": marks[f"mem{limit}"]}


def _spin(_=None) -> float:
    t = time.perf_counter()
    total = 0
    for i in range(15_000_000):
        total += i
    return time.perf_counter() - t


def _embed_burst(_=None) -> float:
    from checker.embed import get_embedder

    embedder = get_embedder(threads=1)
    texts = [f"Kalimat nomor {i} tentang serangan di Almaty dan Presiden Tokayev yang berbicara." for i in range(192)]
    embedder.embed(texts[:8])
    t = time.perf_counter()
    embedder.embed(texts)
    return time.perf_counter() - t


def ceiling() -> tuple[float, float]:
    """What two processes at once get from this machine, against one: for a pure-Python loop, and for the embedding
    engine (single-threaded) that dominates an audit. The throughput bar cannot beat these."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    out = []
    for work in (_spin, _embed_burst):
        with ctx.Pool(1) as pool:
            alone = pool.map(work, [0])[0]
        with ctx.Pool(2) as pool:
            together = max(pool.map(work, [0, 1]))
        out.append(2 * alone / together)
    return out[0], out[1]


def kill_and_resume(n: int, seed: int, tmp: Path, engine: str = "local") -> tuple[bool, int, int]:
    """Run a feed of ``n`` whole, then again killed (SIGKILL) at a random point and resumed; compare the outputs."""
    feed = tmp / "kill.jsonl"
    write_feed(feed, n)
    cmd = [sys.executable, "-m", "checker.cli", "batch", str(feed), "--back-translation", "off", "--jobs", "2",
           "--engine", engine, "-o"]
    env = {**os.environ, "CI": "true"}
    subprocess.run(cmd + [str(tmp / "whole.jsonl")], env=env, capture_output=True, check=False)
    target = random.Random(seed).randrange(1, n - 1)
    proc = subprocess.Popen(cmd + [str(tmp / "cut.jsonl")], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    cut = tmp / "cut.jsonl"
    while proc.poll() is None and (not cut.exists() or cut.read_bytes().count(b"\n") < target):
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, as a crash or an OOM kill would
    proc.wait()
    kept = cut.read_bytes().count(b"\n")
    subprocess.run(cmd + [str(cut), "--resume"], env=env, capture_output=True, check=False)
    return cut.read_bytes() == (tmp / "whole.jsonl").read_bytes(), kept, n


def dead_worker(n: int, tmp: Path) -> dict:
    """A batch of ``n`` articles, --jobs 2, in which a worker is killed with SIGKILL while it audits (after the first
    last ten articles are being audited): which records are errors, how long after the kill the lost article's error
    record was written and the batch finished."""
    cmd = [sys.executable, __file__, "--dead-child", json.dumps([n, str(tmp)])]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def dead_child(n: int, tmp: Path) -> dict:
    import threading

    feed = tmp / "dead.jsonl"
    write_feed(feed, n)
    runner = Batch(SETTINGS, jobs=2)
    marks: dict = {}

    def kill_a_busy_worker() -> None:
        while "id" not in marks:
            for worker in list(runner._pool.workers):  # noqa: SLF001
                if worker.state != "busy":
                    continue
                os.kill(worker.proc.pid, signal.SIGSTOP)  # frozen, so the article it holds is known for sure
                time.sleep(0.3)
                if worker.task is not None and worker.state == "busy":
                    marks["id"] = worker.task[1].id
                    os.kill(worker.proc.pid, signal.SIGKILL)
                    marks["kill"] = time.perf_counter()
                    return
                os.kill(worker.proc.pid, signal.SIGCONT)
            time.sleep(0.05)

    def on_line(record: dict) -> None:
        marks["n"] = marks.get("n", 0) + 1
        if marks["n"] == max(1, n - 10):  # late enough that "done within 30 s of the kill" says there was no hang
            threading.Thread(target=kill_a_busy_worker, daemon=True).start()
        if record["status"] == "error" and "kill" in marks:
            marks["reported"] = time.perf_counter()

    summary = runner.run(read_inputs([feed]), tmp / "dead-out.jsonl", on_line=on_line)
    end = time.perf_counter()
    records = [json.loads(line) for line in (tmp / "dead-out.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [r["id"] for r in records if r["status"] == "error"]
    return {"lost": marks["id"], "errors": errors, "audited": summary.audited, "exit": summary.exit_status(),
            "reported_s": marks["reported"] - marks["kill"], "end_s": end - marks["kill"], "n": len(records)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000, help="articles of the two-worker run")
    ap.add_argument("--articles-1", type=int, default=1000, help="articles of each one-worker run")
    ap.add_argument("--kill-articles", type=int, default=40)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--ray", action="store_true", help="also the Ray engine, against --jobs 2 in the same run")
    ap.add_argument("--no-throughput", action="store_true", help="skip the throughput runs")
    ap.add_argument("--dead-worker", type=int, default=0, metavar="N", help="a batch of N with a worker killed")
    ap.add_argument("--runs", default="1,2,wide", help="the configurations to run: 1, 2, wide (default: all)")
    ap.add_argument("--no-resume", action="store_true", help="skip the machine's ceiling and the kill-and-resume run")
    ap.add_argument("--code", help="run checker from this tree instead (e.g. a git worktree of main)")
    ap.add_argument("--embedding-cache", type=int, help="vectors each worker keeps between articles")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--dead-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    runs = set(args.runs.split(","))
    if args.child:
        feed, jobs, limit, out, threads, engine = json.loads(args.child)
        print(json.dumps(child(Path(feed), jobs, limit, Path(out), threads, engine)))
        return
    if args.dead_child:
        n, tmp = json.loads(args.dead_child)
        print(json.dumps(dead_child(n, Path(tmp))))
        return
    print(f"load average at start: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.dead_worker:
            d = dead_worker(args.dead_worker, tmp)
            print(f"a worker killed with SIGKILL while auditing {d['lost']}: error records {d['errors']} (exactly the "
                  f"lost one: {d['errors'] == [d['lost']]}), {d['audited']} of {d['n'] - 1} others audited, exit "
                  f"status {d['exit']}; its error record written {d['reported_s']:.1f} s after the kill, the batch "
                  f"done {d['end_s']:.1f} s after it (bar: within 30 s)\n", flush=True)
        if args.no_throughput:
            return
        if args.ray:
            ray_vs_local(args, tmp)
            return
        feed = tmp / "feed.jsonl"
        n = max(args.articles, args.articles_1)
        bad = write_feed(feed, n, corrupt_every=100)
        print(f"feed: {n} NTREX-128 id-fr articles under distinct ids, {bad} of them corrupted (1%); "
              f"{os.cpu_count()} cores", flush=True)
        import checker

        print(f"checker from {Path(checker.__file__).parent.parent}; embedding cache per worker: "
              f"{getattr(SETTINGS, 'embedding_cache', 'none')}", flush=True)
        if not args.no_resume:
            spin, engine = ceiling()
            print(f"this machine, 2 processes at once against 1: a pure-Python loop {spin:.2f}x, the embedding "
                  f"engine {engine:.2f}x (single-threaded engines: the most --jobs 2 can gain here)\n", flush=True)
        cores = os.cpu_count()
        table = []
        if "2" in runs:
            two = throughput(feed, 2, args.articles, tmp / "two.jsonl")
            table.append(("--jobs 2", two, args.articles))
        if "1" in runs:
            one = throughput(feed, 1, args.articles_1, tmp / "one.jsonl")
            table.insert(0, ("--jobs 1", one, args.articles_1))
        if "wide" in runs:
            wide = throughput(feed, 1, args.articles_1, tmp / "wide.jsonl", threads=cores)
            table.append((f"--jobs 1 --threads {cores}", wide, args.articles_1))
        print(f"{'run':<34}{'articles':>9}{'articles/s':>12}{'peak MB/worker @100':>21}{'@end':>8}{'ratio':>7}")
        for name, r, count in table:
            m100, mend = r["mem100"], r["memend"]
            worst = max(mend[p] / m100[p] for p in mend if p in m100) if m100 else float("nan")
            at100 = max(m100.values()) if m100 else float("nan")
            print(f"{name:<34}{count:>9}{r['rate']:>12.3f}{at100:>21.0f}{max(mend.values()):>8.0f}{worst:>7.2f}")
        if {"1", "2", "wide"} <= runs:
            print(f"\n--jobs 2 / --jobs 1 throughput: {two['rate'] / one['rate']:.2f}x   (bar 1.7x); "
                  f"against one worker with {cores} engine threads: {two['rate'] / wide['rate']:.2f}x")
        print("peak memory per worker, end / after 100 articles: the ratio column   (bar 1.2x)")
        if "2" not in runs:
            return
        corrupted_in_run = sum(1 for k in range(args.articles) if k % 100 == 99)
        print(f"corrupted records in the {args.articles}-article run: {two['errors']} reported of {corrupted_in_run}, "
              f"{two['audited']} valid audited of {args.articles - corrupted_in_run}, exit status {two['exit']} "
              f"(bar: all reported, all audited, non-zero)")
        if args.no_resume:
            return
        same, kept, total = kill_and_resume(args.kill_articles, args.seed, tmp)
        print(f"killed with SIGKILL after {kept} of {total} records, resumed: output identical to an uninterrupted "
              f"run: {same}")


def ray_vs_local(args, tmp: Path) -> None:
    """The Ray engine (a local Ray of 2 CPUs, two actors) against --jobs 2, on the same feed in the same run; then a
    Ray run killed at a random point and resumed."""
    feed = tmp / "feed.jsonl"
    write_feed(feed, args.articles)
    two = throughput(feed, 2, args.articles, tmp / "two.jsonl")
    ray = throughput(feed, 2, args.articles, tmp / "ray.jsonl", engine="ray")
    same = (tmp / "two.jsonl").read_bytes() == (tmp / "ray.jsonl").read_bytes()
    print(f"{'run':<34}{'articles':>9}{'articles/s':>12}")
    print(f"{'--jobs 2':<34}{args.articles:>9}{two['rate']:>12.3f}")
    print(f"{'--engine ray (local, 2 CPUs)':<34}{args.articles:>9}{ray['rate']:>12.3f}")
    print(f"\nRay / --jobs 2 throughput: {ray['rate'] / two['rate']:.2f}x   (bar 0.85x); records identical, in the same "
          f"order: {same}; exit status {ray['exit']} and {two['exit']}", flush=True)
    ok, kept, total = kill_and_resume(args.kill_articles, args.seed, tmp, engine="ray")
    print(f"Ray run killed with SIGKILL after {kept} of {total} records, resumed: output identical to an "
          f"uninterrupted run: {ok}")


if __name__ == "__main__":
    main()
