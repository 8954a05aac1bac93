"""The batch engine for more than one machine: the same audit over Ray Data.

    records -> ray.data.from_items -> map_batches(an actor per worker: the models loaded once, as the local workers
    do) -> result lines streamed back to the driver -> the journal (JSONL), line by line, as they come

The driver writes each line as soon as it arrives, so a run killed at any point leaves a journal that ``--resume``
reads (the same one the local engine keeps); at the end the journal is put back in input order, so a complete run's
output is the local engine's, record for record.

On a machine alone, the command starts a local Ray with ``jobs * threads`` CPUs and stops it at the end; with an
address (``ray://head:10001``, ``head:6379`` or ``auto``, or ``$RAY_ADDRESS``), it joins an existing cluster, where
every node needs the same transcheck installed (``pip install 'transcheck[ray]'``). ``jobs`` actors each hold the models
(about 450 MB with the French spaCy pipeline, benchmarks/batch.py); each asks ``threads`` CPUs of Ray. Without
``jobs``, a cluster gets one actor per ``threads`` of its CPUs.
"""

from __future__ import annotations

import logging
import os
import pickle
from typing import Callable, Iterator

from .config import Settings
from .errors import InputError


def _auditor(settings: Settings, threads: int):
    """The actor class: a closure over the settings, so Ray ships them with the class and not as constructor
    arguments in the object store."""
    import numpy as np

    class Auditor:
        def __init__(self):
            from .batch import _init_worker

            _init_worker(settings, threads)

        def __call__(self, batch: dict) -> dict:
            from .batch import audit_record

            lines = [audit_record(pickle.loads(blob)) for blob in batch["record"]]
            return {"seq": batch["seq"], "line": np.array(lines, dtype=object)}

    return Auditor


def start(address: str | None, cpus: int):
    """Ray, started here (a local instance with ``cpus`` CPUs) or joined at ``address``; (ray, started here?)."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise InputError("--engine ray needs Ray: pip install 'transcheck[ray]'") from None
    address = address or os.environ.get("RAY_ADDRESS") or None
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")  # no C++ log lines on standard error
    if ray.is_initialized():
        return ray, False
    options = dict(logging_level=logging.ERROR, log_to_driver=False, include_dashboard=False,
                   configure_logging=True)
    try:
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=cpus, **options)
    except Exception as exc:  # noqa: BLE001 (connection refused, a version mismatch, no room for the object store)
        where = f"reach the Ray cluster at {address}" if address else "start a local Ray"
        raise InputError(f"cannot {where}: {type(exc).__name__}: {exc}") from None
    return ray, not address


def run(todo: Iterator, write: Callable[[str], None], settings: Settings, jobs: int | None, threads: int,
        address: str | None) -> None:
    """Audit the records of ``todo`` on Ray; ``write`` gets each result line as it arrives (in completion order).
    Records that need no audit (BadRecord) are written here at once."""
    from .batch import BadRecord, _error_line

    items = []
    for record in todo:
        if isinstance(record, BadRecord):
            write(_error_line(record.id, record.error, record.metadata))
        else:
            items.append({"seq": len(items), "record": pickle.dumps(record)})
    if not items:
        return
    ray, started = start(address, (jobs or os.cpu_count() or 1) * threads)
    try:
        import ray.data

        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.execution_options.preserve_order = False  # lines come back as they are done; the journal is sorted after
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        if not jobs:
            jobs = max(1, int(ray.cluster_resources().get("CPU", 1)) // threads)
        dataset = ray.data.from_items(items, override_num_blocks=min(len(items), 20_000))
        results = dataset.map_batches(_auditor(settings, threads), batch_size=1, batch_format="numpy",
                                      compute=ray.data.ActorPoolStrategy(size=min(jobs, len(items))),
                                      num_cpus=threads)
        try:
            for row in results.iter_rows():
                write(str(row["line"]))
        except (KeyboardInterrupt, InputError):
            raise
        except Exception as exc:  # noqa: BLE001 (an actor that cannot start, a lost node): one line, resumable
            raise InputError(f"the Ray run stopped: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                             f" (what was written is kept: run again with --resume)") from None
    finally:
        if started:
            ray.shutdown()
