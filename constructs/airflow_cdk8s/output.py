"""The output folder belongs to the user: write only the files the tool owns, each one atomically.

The tool owns exactly the files named in the folder's manifest, ``.airflow-cdk8s-output`` (one file
name a line, sorted, no timestamps, so two fresh syntheses are byte-identical). It replaces those
files, removes those it no longer produces, and never deletes, renames or rewrites anything else:
a file of the same name that the manifest does not list is an error, not overwritten.

Writing happens in two steps under a lock on the folder: every new file is first written to a
temporary ``.NAME.airflow-cdk8s-tmp-*`` beside its target (the step that can fail: permissions,
disk full), then each is renamed over its target (``os.replace``, atomic on one filesystem) with
SIGINT/SIGTERM held back, so an interrupted run leaves each file either old or new, never cut.
Temporary files are removed on any error; those of a killed run (SIGKILL) are removed by the next
run, under the same lock. Files whose content is unchanged are not touched (mtimes stay).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator, Mapping

from .errors import ValuesError

MANIFEST = ".airflow-cdk8s-output"
_HEADER = "# Files written by airflow-cdk8s. It replaces or removes only the files listed here.\n"
_TEMP_MARK = ".airflow-cdk8s-tmp-"
_TEMP_FILE = re.compile(r"^\..+" + re.escape(_TEMP_MARK) + r"[A-Za-z0-9_]+$")
# Output file names are flat and plain; a manifest line that is anything else is ignored (never
# followed), so an edited manifest cannot make the tool touch a path outside the folder.
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,250}$")
LOCK_TIMEOUT_S = 60.0


def write_owned(outdir: str | os.PathLike, files: Mapping[str, bytes]) -> list[Path]:
    """Write ``files`` (name -> content) into ``outdir``; return the paths, sorted by name.

    Raises ``ValuesError`` naming the folder or file when the folder is not usable or a file
    of the same name belongs to the user; nothing has been changed then.
    """
    target = Path(outdir)
    source = str(target)
    bad = sorted(name for name in files if not _PLAIN_NAME.match(name) or name == MANIFEST)
    if bad:
        raise ValuesError([f"{name}: is not a plain file name the tool can own" for name in bad], source)
    created = _ensure_folder(target, source)
    try:
        with _locked(target, source):
            _remove_leftovers(target)
            owned = _read_manifest(target, source)
            _refuse_user_files(target, files, owned, source)
            _replace(target, files, owned, source)
    except BaseException:
        for folder in created:  # innermost first; rmdir only removes what is still empty
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return [target / name for name in sorted(files)]


def refuse_unusable(outdir: str | os.PathLike) -> None:
    """Raise ``ValuesError`` now if ``outdir`` can never be written (a file, a broken link, under a
    file), so a run fails before it spends seconds synthesizing; ``write_owned`` checks again."""
    target = Path(outdir)
    if not target.is_dir() and (target.exists() or target.is_symlink()):
        _ensure_folder(target, str(target))  # raises, naming what it is
    for parent in target.absolute().parents:
        if parent.exists() or parent.is_symlink():
            if not parent.is_dir():
                raise ValuesError([f"cannot create the folder ({parent} is not a folder)"], str(target))
            return


def _ensure_folder(target: Path, source: str) -> list[Path]:
    """Make the folder if needed; returns the folders this run created, innermost first."""
    if target.is_dir():
        return []
    if target.exists() or target.is_symlink():
        kind = "a file" if target.is_file() else "not a folder (a broken link or a special file)"
        raise ValuesError([f"is {kind}; --outdir must name a folder (it is left as it is)"], source)
    missing = [target, *(p for p in target.absolute().parents if not p.exists())]
    try:
        target.mkdir(parents=True)
    except OSError as error:
        raise ValuesError([f"cannot create the folder ({_reason(error)})"], source) from None
    return [target.absolute(), *missing[1:]]


@contextlib.contextmanager
def _locked(target: Path, source: str) -> Iterator[None]:
    """An exclusive flock on the folder itself: no lock file is left in the user's folder."""
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise ValuesError([f"cannot open the folder ({_reason(error)})"], source) from None
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT_S
        waiting = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waiting:
                    print(f"waiting for another airflow-cdk8s run to finish writing {source}", file=sys.stderr)
                    waiting = True
                if time.monotonic() > deadline:
                    raise ValuesError([f"another airflow-cdk8s run has held this folder for over "
                                       f"{LOCK_TIMEOUT_S:.0f} s; try again when it has finished"], source) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_leftovers(target: Path) -> None:
    """Temporary files of a killed run (only runs holding the lock write any, and we hold it)."""
    for entry in os.scandir(target):
        if _TEMP_FILE.match(entry.name) and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)


def _read_manifest(target: Path, source: str) -> set[str]:
    path = target / MANIFEST
    if not path.exists() and not path.is_symlink():
        return set()
    if path.is_symlink() or not path.is_file():
        raise ValuesError([f"{MANIFEST}: is not a regular file; it is the tool's list of the files it owns "
                           f"(remove whatever is there to let it write)"], source)
    try:
        text = path.read_bytes()[:1_000_000].decode("utf-8", errors="replace")
    except OSError as error:
        raise ValuesError([f"{MANIFEST}: cannot be read ({_reason(error)})"], source) from None
    return {line.strip() for line in text.splitlines() if _PLAIN_NAME.match(line.strip())}


def _refuse_user_files(target: Path, files: Mapping[str, bytes], owned: set[str], source: str) -> None:
    problems = []
    for name in sorted(files):
        path = target / name
        if not (path.exists() or path.is_symlink()):
            continue
        if name not in owned:
            problems.append(f"{name}: exists and was not written by airflow-cdk8s (it is not listed in {MANIFEST}); "
                            "move it away or choose another --outdir")
        elif path.is_symlink() or not path.is_file():
            problems.append(f"{name}: is not a regular file any more; move it away or choose another --outdir")
    if problems:
        raise ValuesError(problems, source)


def _unchanged(path: Path, content: bytes) -> bool:
    try:
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except OSError:
        return False


def _manifest_text(names: set[str]) -> bytes:
    return (_HEADER + "".join(f"{name}\n" for name in sorted(names))).encode()


def _replace(target: Path, files: Mapping[str, bytes], owned: set[str], source: str) -> None:
    stale = sorted(n for n in owned - set(files) if (target / n).is_file() and not (target / n).is_symlink())
    wanted = {name: content for name, content in files.items() if not _unchanged(target / name, content)}
    manifest = _manifest_text(set(files))
    if not _unchanged(target / MANIFEST, manifest):
        wanted[MANIFEST] = manifest
    if not wanted and not stale:
        return  # nothing to change: a read-only folder that is up to date is fine
    temps: dict[str, str] = {}
    renamed = False
    try:
        mode = 0o666 & ~_umask()
        for name in sorted(wanted):  # step 1: everything that can fail
            _write_temp(target, name, wanted[name], mode, temps)
        with _signals_held():  # step 2: renames only
            for name in sorted(wanted, key=lambda n: n == MANIFEST):  # the manifest last
                os.replace(temps[name], target / name)
                del temps[name]
                renamed = True
            for name in stale:  # the tool's own files it no longer produces
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(target / name)
            _fsync_folder(target)
    except OSError as error:
        changed = "some files were already replaced" if renamed else "nothing was changed"
        raise ValuesError([f"cannot write into the folder ({_reason(error)}); {changed}"], source) from None
    finally:
        for temp in temps.values():
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _write_temp(target: Path, name: str, content: bytes, mode: int, temps: dict[str, str]) -> None:
    """Write ``content`` to a new temporary file beside ``name``, recorded in ``temps`` at once so
    the caller removes it whatever happens next."""
    fd, temps[name] = tempfile.mkstemp(prefix=f".{name}{_TEMP_MARK}", dir=target)
    try:
        os.fchmod(fd, mode)
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM back for the renames; they arrive (and interrupt) right after."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _fsync_folder(target: Path) -> None:
    fd = os.open(target, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.EBADF):  # some filesystems cannot sync a folder
            raise
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
