"""Run a module or script and print its peak resident memory (MiB) to stderr at exit.

    python bench/_peak.py -m callqa transcribe file.wav
    python bench/_peak.py bench/_bare_transcribe.py file.wav
"""

import atexit
import resource
import runpy
import sys


def _report() -> None:
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"PEAK_RSS_MIB={peak_kib / 1024:.1f}", file=sys.stderr)


atexit.register(_report)
if sys.argv[1] == "-m":
    module = sys.argv[2]
    sys.argv = [module] + sys.argv[3:]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
else:
    script = sys.argv[1]
    sys.argv = sys.argv[1:]
    runpy.run_path(script, run_name="__main__")
