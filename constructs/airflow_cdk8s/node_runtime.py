"""cdk8s runs in a Node.js process that jsii starts: only when something needs it, a cache it can write, and
its start-up failures as clear errors.

jsii starts Node and loads each library into it when the library is imported (about 0.35 s of CPU, more
than the rest of a typical synthesis). Our constructs exist in Python until something needs them in Node
(``deferred.py``), so ``defer_start`` holds those loads back until the first request that is not a load:
an app built and synthesized by airflow-cdk8s alone never starts Node at all.

jsii's runtime extracts each library (cdk8s, cdk8s-plus) once into a package cache,
``$HOME/.cache/aws/jsii/package-cache`` (macOS: ``~/Library/Caches/com.amazonaws.jsii/package-cache``;
it reads ``JSII_RUNTIME_PACKAGE_CACHE_ROOT``, not ``XDG_CACHE_HOME``), and fails when it cannot create
it: a container user without a home (``HOME=/nonexistent``), a read-only home. The CLI then points jsii
at a private folder in the temp folder, ``airflow-cdk8s-jsii-cache-UID``, used only if this user owns it
and nobody else may write in it (jsii does not check a folder given to it, and another user must not be
able to plant code there); otherwise it turns the cache off (each run extracts into a fresh private
folder, a little slower). Both variables, when set, are left as they are.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.abc
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import Iterator

from .errors import ValuesError

SOURCE = "cdk8s's Node.js runtime (jsii)"
CACHE_ROOT = "JSII_RUNTIME_PACKAGE_CACHE_ROOT"
CACHE_SWITCH = "JSII_RUNTIME_PACKAGE_CACHE"


def defer_start_on_first_library() -> None:
    """``defer_start`` just before the first jsii library (``NAME._jsii``) is imported, so that importing
    airflow_cdk8s alone (``check``, ``schema``, ``diff``) does not import jsii either."""
    if "jsii._runtime" in sys.modules or _a_library_was_loaded():
        defer_start()
    elif not any(isinstance(finder, _BeforeFirstLibrary) for finder in sys.meta_path):
        sys.meta_path.insert(0, _BeforeFirstLibrary())


class _BeforeFirstLibrary(importlib.abc.MetaPathFinder):
    """Finds nothing; the first time a jsii library is looked up, it calls ``defer_start`` and leaves."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.endswith("._jsii"):
            if self in sys.meta_path:
                sys.meta_path.remove(self)
            defer_start()
        return None


def defer_start() -> None:
    """Hold jsii's library loads back until its first other request (called before cdk8s is imported).

    A no-op when a library was already loaded (Node runs anyway) and when jsii's kernel is not the shape
    this was written for: then Node starts at import, as before, which is slower but the same.
    """
    runtime = importlib.import_module("jsii._runtime")
    kernel = getattr(runtime, "kernel", None)
    provider = getattr(kernel, "provider", None)
    if provider is None or isinstance(provider, _DeferredStart):
        return
    if _a_library_was_loaded():  # Node runs already
        return
    if not all(callable(getattr(provider, name, None)) for name in ("load", "create", "invoke", "get")):
        return
    kernel.provider = _DeferredStart(provider)


def started() -> bool:
    """Whether jsii's Node process was started in this process (after ``defer_start``)."""
    provider = getattr(getattr(sys.modules.get("jsii._runtime"), "kernel", None), "provider", None)
    if isinstance(provider, _DeferredStart):
        return provider.started
    return _a_library_was_loaded()


def _stays(tarball: str) -> bool:
    """Whether a library's file stays where jsii was given it: in the folder of the ``NAME._jsii`` package
    being imported, not a temporary copy of a file inside a zip (which is removed once the import ends)."""
    folder = os.path.dirname(os.path.abspath(tarball))
    return any(os.path.dirname(os.path.abspath(module.__file__)) == folder
               for name, module in list(sys.modules.items())
               if name.endswith("._jsii") and getattr(module, "__file__", None))


def _a_library_was_loaded() -> bool:
    return any(name.endswith("._jsii") for name in sys.modules)  # jsii libraries load on import of NAME._jsii


class _DeferredStart:
    """jsii's kernel provider with its ``load`` requests queued: the first other request (create an object,
    call a method...) starts Node, sends the queued loads in their order, then itself."""

    def __init__(self, provider: object) -> None:
        self._provider = provider
        self._loads: list[object] = []
        self.started = False

    def load(self, request: object) -> object:
        if self.started or not _stays(str(getattr(request, "tarball", ""))):
            # a library inside a zip file is extracted to a temporary file that is gone once the import ends
            if not self.started:
                self._start()
            return self._provider.load(request)
        self._loads.append(request)
        return None  # jsii ignores the response of a load

    def __getattr__(self, name: str) -> object:
        if not self.started:
            self._start()
        return getattr(self._provider, name)

    def _start(self) -> None:
        with starting(now=True):
            self.started = True
            loads, self._loads = self._loads, []
            for request in loads:
                self._provider.load(request)


@contextlib.contextmanager
def starting(now: bool = False) -> Iterator[None]:
    """Around what may start Node (the first import of cdk8s without ``defer_start``, or, ``now``, the first
    request after it): Node.js found, a cache jsii can write, and ``ValuesError`` for what else stops jsii
    (it reports with ``JSIIError``)."""
    deferred = (isinstance(getattr(getattr(sys.modules.get("jsii._runtime"), "kernel", None), "provider", None), _DeferredStart)
                or any(isinstance(finder, _BeforeFirstLibrary) for finder in sys.meta_path))
    if now or not (deferred or started() or "cdk8s" in sys.modules):
        _require_node()
        use_a_writable_cache()
    try:
        yield
    except Exception as error:
        jsii_errors = sys.modules.get("jsii.errors")
        if jsii_errors is None or not isinstance(error, jsii_errors.JSIIError):
            raise
        raise ValuesError([str(error)], SOURCE) from None


def _require_node() -> None:
    """Checked before jsii tries: its failed start would end in a traceback and a complaint from its finalizer."""
    node = os.environ.get("JSII_NODE", "node")  # as jsii reads it
    if shutil.which(node) is None:
        raise ValuesError([f"cannot start {node!r} (not found): cdk8s runs in Node.js; install Node.js 18 or later, "
                           "or set JSII_NODE to its path"], SOURCE)


def use_a_writable_cache() -> None:
    """Point jsii at a private temp folder (or turn its cache off) when its default cache cannot be created."""
    env = os.environ
    if env.get(CACHE_ROOT) or env.get(CACHE_SWITCH, "enabled").lower() != "enabled":
        return
    default = default_cache_root()
    if default is None or _creatable(default):
        return
    private = _private_temp_folder()
    if private is not None:
        env[CACHE_ROOT] = str(private)
    else:
        env[CACHE_SWITCH] = "disabled"


def default_cache_root() -> Path | None:
    """Where jsii puts its cache; None when it has no home to use (it then picks a private temp folder itself)."""
    home = os.environ["HOME"] if "HOME" in os.environ else os.path.expanduser("~")  # as Node's os.homedir()
    if not os.path.isabs(home):
        return None
    if sys.platform == "darwin":
        return Path(home, "Library", "Caches", "com.amazonaws.jsii", "package-cache")
    return Path(home, ".cache", "aws", "jsii", "package-cache")


def _creatable(path: Path) -> bool:
    """The folder exists and is writable, or its nearest existing parent is (a read-only mount is not)."""
    for folder in (path, *path.parents):
        if os.path.lexists(folder):  # False, not an error, under a folder this user may not enter
            return os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)
    return False


def _private_temp_folder() -> Path | None:
    uid = os.getuid()
    folder = Path(tempfile.gettempdir(), f"airflow-cdk8s-jsii-cache-{uid}")
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    try:
        info = os.lstat(folder)  # not a link: a link could point anywhere
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o077
    return folder if private and os.access(folder, os.W_OK | os.X_OK) else None
