"""PDFium is not thread-safe: request threads of one web process must not crash it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import PDF_DIR, ROOT


def test_concurrent_inspections_in_one_process_do_not_crash_it():
    script = textwrap.dedent(
        f"""
        import threading
        from jobs.engine.pdf.inspect import inspect_pdf
        paths = {[str(p) for p in sorted(PDF_DIR.glob("*.pdf"))]!r}
        errors = []
        def run():
            try:
                for _ in range(15):
                    for path in paths:
                        inspect_pdf(path)
            except Exception as exc:
                errors.append(exc)
        threads = [threading.Thread(target=run) for _ in range(8)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        assert not errors, errors
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
