"""Ctrl-C and SIGTERM end a run cleanly, wherever they land: one line, exit 130, no traceback.

The first SIGINT or SIGTERM is recorded and raises ``KeyboardInterrupt``, so ``finally`` blocks
remove temporary files (``output.py`` holds both signals back while it renames). A terminal sends
Ctrl-C to the whole process group, so cdk8s's Node runtime (run by jsii) gets it too and dies:
jsii then fails in ways of its own, before or after our ``KeyboardInterrupt`` (a JSONDecodeError
while it starts, a BrokenPipeError from its exit hook, an AttributeError from the finalizer of a
Node process it never started). So once a signal is recorded, the CLI reports any exception as
the interrupt, and the interpreter's "Exception ignored in ..." reports are dropped. Signals after
the first, or after the run has finished, are only recorded.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from typing import Callable, NoReturn

SIGNALS = (signal.SIGINT, signal.SIGTERM)
EXIT_CODE = 130  # for SIGTERM as well: both mean "stop", and scripts test for one code
MESSAGE = "interrupted; temporary files were removed and every output file is either the old or the new one"
_received: list[int] = []


def install() -> Callable[[], None]:
    """Handle SIGINT/SIGTERM as the module says; returns what restores the previous handlers.

    A no-op outside the main thread (signals are handled there only) and when already installed
    (``main`` installs them before the slow imports, ``run`` again for callers that do not). A
    signal the process was started with ignored (``nohup``, a background job) stays ignored.
    """
    ours = (_interrupt, _record)
    if threading.current_thread() is not threading.main_thread() or any(signal.getsignal(s) in ours for s in SIGNALS):
        return lambda: None
    _received.clear()
    previous = {s: signal.getsignal(s) for s in SIGNALS}
    for s, handler in previous.items():
        if handler is not signal.SIG_IGN:
            signal.signal(s, _interrupt)
    previous_hook = sys.unraisablehook
    sys.unraisablehook = _quiet_after_a_signal(previous_hook)

    def restore() -> None:
        for s, handler in previous.items():
            signal.signal(s, handler if handler is not None else signal.SIG_DFL)
        sys.unraisablehook = previous_hook

    return restore


def main(command: Callable[[], int]) -> NoReturn:
    """A program's entry point: signals are handled from here on (so ``command`` should import the
    slow modules itself), then the process exits with ``command``'s code."""
    install()
    try:
        code = command()
    except (KeyboardInterrupt, Exception) as error:  # landed outside the CLI's own handling: while importing it
        if not isinstance(error, KeyboardInterrupt) and not received():
            raise
        print(MESSAGE, file=sys.stderr)
        code = EXIT_CODE
    exit(code)


def received() -> bool:
    """Whether a SIGINT or SIGTERM arrived since ``install``."""
    return bool(_received)


def exit(code: int) -> NoReturn:  # noqa: A001 - as sys.exit
    """End the process with ``code``. What is left is the interpreter's exit, where jsii stops its
    Node runtime: a signal now only ends that sooner, and after one nothing more is printed."""
    for s in SIGNALS:
        if signal.getsignal(s) is _interrupt:
            signal.signal(s, _record)
    sys.stdout.flush()
    if _received:
        sys.stderr.flush()
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the rest of the exit
    sys.exit(code)


def _interrupt(signum: int, frame: object) -> None:
    _received.append(signum)
    if len(_received) == 1:
        raise KeyboardInterrupt


def _record(signum: int, frame: object) -> None:
    _received.append(signum)


def _quiet_after_a_signal(previous: Callable) -> Callable:
    received = _received  # bound now: module globals may be gone while the interpreter shuts down

    def hook(unraisable) -> None:
        if not received:
            previous(unraisable)

    return hook
