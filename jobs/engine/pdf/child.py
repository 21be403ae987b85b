"""Reading a PDF in a child process with time and memory limits.

pdfium is C code: a hostile PDF can make it spin or allocate without end,
and neither Dramatiq's time limit nor a Python signal can interrupt it. So
the reading runs in a child interpreter (``python -m <module> <path>
<memory_mb>``) with an address-space limit, and the parent kills it when
the wall-clock budget is spent. A plain subprocess rather than
multiprocessing: it does not re-import the caller's ``__main__`` and needs
nothing unsafe (fork, preexec_fn) in a threaded worker. What the child
builds along the way dies with it; the parent receives only the result.
"""

from __future__ import annotations

import logging
import os
import pickle
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from novelproc.errors import UnprocessablePdf

logger = logging.getLogger(__name__)

_PROJECT_ROOT = Path(__file__).resolve().parents[3]

_BROKEN_MESSAGE = "This PDF could not be read: it seems damaged, or it needs more memory than we allow for one book."
_TIMEOUT_MESSAGE = "Reading this PDF took too long, so it was stopped. The file may be damaged or unusually complex."


def run_in_child(module: str, path: str, *, timeout_s: float, memory_mb: int) -> Any:
    """What ``module``'s ``child_main`` reads from ``path``, within the given limits."""
    child = subprocess.Popen(
        [sys.executable, "-m", module, os.fspath(path), str(memory_mb)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        cwd=_PROJECT_ROOT,
        env=_child_environment(),
    )
    try:
        output, errors = child.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        raise UnprocessablePdf(_TIMEOUT_MESSAGE, code="pdf_timeout") from None
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return _decode_outcome(child.returncode, output, errors)


def child_main(read: Callable[[str], Any]) -> int:
    """The child's side: limit the address space, read, write the pickled outcome to stdout."""
    path, memory_mb = sys.argv[1], int(sys.argv[2])
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        outcome: tuple[str, Any] = ("ok", read(path))
    except UnprocessablePdf as error:
        outcome = ("error", (error.code, error.message))
    except MemoryError:
        return 3
    sys.stdout.buffer.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


def _child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    search_path = [str(_PROJECT_ROOT), environment.get("PYTHONPATH", "")]
    environment["PYTHONPATH"] = os.pathsep.join(p for p in search_path if p)
    return environment


def _decode_outcome(returncode: int, output: bytes, errors: bytes) -> Any:
    if returncode != 0 or not output:
        # Killed by the kernel, out of memory, or pdfium crashed.
        logger.warning(
            "pdf reading child failed rc=%s stderr=%s",
            returncode,
            errors[-2000:].decode(errors="replace"),
        )
        raise UnprocessablePdf(_BROKEN_MESSAGE, code="pdf_broken")
    status, payload = pickle.loads(output)
    if status == "error":
        code, message = payload
        raise UnprocessablePdf(message, code=code)
    return payload
