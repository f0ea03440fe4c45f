"""Constructs that exist in Python first: Node (jsii) learns of them only when something needs it.

Every cdk8s construct is an object in jsii's Node process; creating one is a round trip of about a
millisecond, and our apps have thousands. Yet an app built from our constructs alone, synthesized by
``render`` (the CLI, ``make synth``, ``npx cdk8s synth``), never needs Node: our objects render their
JSON in Python. So ``App``, ``Chart``, ``Construct`` and ``KubeObject``'s base here are real cdk8s
classes (``isinstance``, type checks and subclassing work as with cdk8s) whose Node side is created
later, all at once, in creation order, the first time anything asks for it:

- a construct created in a scope Node already knows (a plain ``cdk8s.App``, a ``cdk8s.Chart``, or an app
  of ours that was already created in Node) is created in Node at once, as cdk8s would;
- a construct created in a scope of an ``App`` of ours that Node does not know yet only joins the Python
  tree (``scope``/``children`` below);
- the first time jsii needs one of them (a cdk8s call that reads or changes it: ``node``, ``metadata``,
  passing it to ``Testing.synth`` or as the scope of a cdk8s-plus object...), the whole app is created in
  Node in the order its constructs were created, so the construct tree, and every later step, is what
  cdk8s alone would have made.

``is_pending(app)`` says whether an app is still Python-only; ``render`` then writes its files itself.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Iterator

import cdk8s
import constructs
from jsii._reference_map import register_reference
from jsii._runtime import JSIIMeta


class _Meta(JSIIMeta):
    """jsii's metaclass, except that an object still waiting for Node is not yet in jsii's reference map
    (registering it reads its Node reference, which would create it)."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        inst = type.__call__(cls, *args, **kwargs)
        if "_jsii_ref" in inst.__dict__:
            register_reference(inst)
        return inst


class _Deferred:
    """What the deferred classes share: their place in the Python tree and their lazy Node reference."""

    _py_scope: Any = None
    _py_id: str = ""
    _py_app: "App | None" = None  # the app of ours this construct is in (None under a plain cdk8s scope)
    _py_create: Callable[[], None] | None = None  # creates the Node side, while the app is pending

    def _join(self, scope: Any, id: str, create: Callable[[], None]) -> None:
        app = getattr(scope, "_py_app", None)
        pending = app is not None and app._py_pending
        if pending:
            _check_new_child(scope, id)  # Node would refuse it now; later would be too late
        self._py_scope = scope
        self._py_id = _sanitized(id) if isinstance(id, str) else id
        self.__dict__["_py_children"] = {}
        self._py_app = app
        if pending:
            self._py_create = create
        else:
            create()
        if app is not None:
            scope._py_children[self._py_id] = self

    @property
    def __jsii_ref__(self) -> Any:
        ref = self.__dict__.get("_jsii_ref")
        if ref is None:
            create_in_node(self._py_app)
            ref = self.__dict__["_jsii_ref"]
        return ref

    @__jsii_ref__.setter
    def __jsii_ref__(self, ref: Any) -> None:
        self.__dict__["_jsii_ref"] = ref


# What constructs' Node does with a new child's id, for the children Node is not told of yet: its error
# messages, word for word. Node keeps children in a plain JavaScript object, so Object.prototype's names
# count as taken there.
_TAKEN_IN_JAVASCRIPT = frozenset((
    "constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty", "__lookupGetter__", "__lookupSetter__",
    "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString"))


def _sanitized(id: str) -> str:
    return id.replace("/", "--").replace("\n", "--")  # node.id: the separators of node.path and node.addr escaped


def _check_new_child(scope: Any, id: Any) -> None:
    if not isinstance(id, str):  # jsii's type check (with -O, its kernel refuses it too)
        raise TypeError(f"type of argument id must be str; got {type(id).__name__} instead")
    name = _sanitized(id)
    if not name:
        raise RuntimeError("Only root constructs may have an empty ID")
    if name in scope._py_children or name in _TAKEN_IN_JAVASCRIPT:
        kind = type(scope).__jsii_type__.rpartition(".")[2]  # the JavaScript class's name
        raise RuntimeError(f"There is already a Construct with name '{name}' in {kind}" + (f" [{scope._py_id}]" if scope._py_id else ""))


def check_props(**props: tuple[Any, type]) -> None:
    """jsii's type check of each optional prop ``name=(value, type)``, made when the construct is created in
    Python: Node may create it much later (where a refusal would leave the app half created) or never."""
    def named(kind: type) -> str:  # as typeguard names types
        return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"

    for name, (value, expected) in props.items():
        if value is not None and not isinstance(value, expected):
            raise TypeError(f"type of argument {name} must be one of ({named(expected)}, NoneType); got {named(type(value))} instead")


class Construct(_Deferred, constructs.Construct, metaclass=_Meta):
    """``constructs.Construct``, created in Node only when needed: the base of every construct of ours, and
    the one to subclass for a construct of your own that groups ``KubeObject``s, so that an ``App`` of ours
    stays out of Node.

    Props:
        scope: where it is created (a chart, or another construct).
        id: its id in that scope.

    Example::

        from airflow_cdk8s import App, Chart, Construct, KubeObject

        class TeamQuotas(Construct):
            def __init__(self, scope, id, *, namespace):
                super().__init__(scope, id)
                KubeObject(self, "Quota", api_version="v1", kind="ResourceQuota", name="team-quota",
                           namespace=namespace, body=lambda: {"spec": {"hard": {"pods": "50"}}})

        app = App(outdir="dist")
        TeamQuotas(Chart(app, "quotas"), "Quotas", namespace="airflow")
        app.synth()  # dist/quotas.k8s.yaml, without starting Node
    """

    def __init__(self, scope: constructs.Construct, id: str) -> None:
        self._join(scope, id, lambda: constructs.Construct.__init__(self, scope, id))


class Chart(_Deferred, cdk8s.Chart, metaclass=_Meta):
    """``cdk8s.Chart``, created in Node only when needed; its namespace and labels are kept in Python too.
    The base of ``RemoteExecutionAgent`` and ``AirflowPlatform``.

    Props:
        scope: the app (or a chart: its objects then go to a file of their own, as in cdk8s).
        id: the chart's id, which names its file (``ID.k8s.yaml``).
        namespace: the default namespace of the chart's objects. Default: none.
        labels: labels on every object of the chart. Default: none.
        disable_resource_name_hashes: as cdk8s's (objects without an explicit name). Default: False.
    """

    def __init__(self, scope: constructs.Construct, id: str, *, namespace: str | None = None,
                 labels: dict[str, str] | None = None, disable_resource_name_hashes: bool | None = None) -> None:
        check_props(namespace=(namespace, str), disable_resource_name_hashes=(disable_resource_name_hashes, bool))
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in dict(labels or {}).items()):
            raise TypeError(f"chart {id!r}: labels: keys and values must be strings; got {labels!r}")
        self.py_namespace = namespace
        self.py_labels = dict(labels or {})
        labels = dict(labels) if labels is not None else None  # Node gets them as they are now, not as the caller's dict is later
        self._join(scope, id, lambda: cdk8s.Chart.__init__(
            self, scope, id, namespace=namespace, labels=labels, disable_resource_name_hashes=disable_resource_name_hashes))

    def to_json(self) -> list[Any]:
        if is_pending(self._py_app):
            from .render import pending_chart_docs  # noqa: PLC0415 - render imports this module

            return pending_chart_docs(self)
        return cdk8s.Chart.to_json(self)


class ApiObjectBase(_Deferred, cdk8s.ApiObject, metaclass=_Meta):
    """``cdk8s.ApiObject``, created in Node only when needed: a subclass's ``__init__`` calls
    ``self._join(scope, id, create)`` with ``create`` calling ``cdk8s.ApiObject.__init__`` (``KubeObject``)."""


class App(_Deferred, cdk8s.App, metaclass=_Meta):
    """``cdk8s.App`` whose constructs stay in Python until something needs them in Node; ``synth()``
    then writes the same files as cdk8s's, without starting Node. A ``cdk8s.App`` works with every
    construct of ours as well: each is then created in Node as it is created, which is slower.

    Props (cdk8s's):
        outdir: where ``synth()`` writes. Default: ``$CDK8S_OUTDIR``, else ``dist``.
        output_file_extension: of each chart's file. Default: ``.k8s.yaml``.
        record_construct_metadata: as cdk8s's; when true the app is created in Node at once. Default: False.
        resolvers: as cdk8s's (they run in Node, so the app is created there at once). Default: cdk8s's.
        yaml_output_type: one file per chart, app or resource. Default: ``FILE_PER_CHART``.

    Example::

        from airflow_cdk8s import App, AirflowPlatform

        app = App(outdir="dist")
        AirflowPlatform(app, "airflow", namespace="airflow")
        app.synth()  # dist/airflow.k8s.yaml
    """

    def __init__(self, *, outdir: str | None = None, output_file_extension: str | None = None,
                 record_construct_metadata: bool | None = None, resolvers: Any = None,
                 yaml_output_type: cdk8s.YamlOutputType | None = None) -> None:
        check_props(outdir=(outdir, str), output_file_extension=(output_file_extension, str),
                    record_construct_metadata=(record_construct_metadata, bool), yaml_output_type=(yaml_output_type, cdk8s.YamlOutputType))
        self.py_outdir = outdir if outdir is not None else os.environ.get("CDK8S_OUTDIR", "dist")
        self.py_output_file_extension = output_file_extension if output_file_extension is not None else ".k8s.yaml"
        self.py_yaml_output_type = yaml_output_type if yaml_output_type is not None else cdk8s.YamlOutputType.FILE_PER_CHART
        self.py_record_construct_metadata = bool(record_construct_metadata)  # cdk8s's App does not tell (render.py asks)
        self.__dict__["_py_children"] = {}  # id -> construct, in creation order
        self._py_app = self
        self._py_pending = resolvers is None and not record_construct_metadata
        self._py_unfinished = not self._py_pending  # created in Node at once (below)
        self._py_create = lambda: cdk8s.App.__init__(
            self, outdir=outdir, output_file_extension=output_file_extension,
            record_construct_metadata=record_construct_metadata, resolvers=resolvers, yaml_output_type=yaml_output_type)
        if not self._py_pending:
            create_in_node(self)

    def synth(self) -> None:
        if is_pending(self):
            from . import render  # noqa: PLC0415 - render imports this module

            render.synth(self)
        else:
            cdk8s.App.synth(self)


def is_pending(app: Any) -> bool:
    """Whether ``app`` is an ``App`` of ours whose constructs are all still only in Python."""
    return isinstance(app, App) and app._py_pending


def create_in_node(app: Any) -> None:
    """Create every construct of ``app`` (an ``App`` of ours; others are in Node already) in Node, parents
    first, in the order they were created in Python."""
    if not isinstance(app, App) or not (app._py_pending or app._py_unfinished):
        return
    app._py_pending = False  # from here on, new constructs are created in Node at once
    app._py_unfinished = True  # until every construct is there: a failed creation can be retried
    for construct in walk(app):
        create = construct._py_create
        if create is not None:
            create()
            construct._py_create = None
    app._py_unfinished = False


def walk(construct: Any) -> Iterator[Any]:
    """``construct`` and everything below it in the Python tree, depth first, in creation order (as
    cdk8s's ``node.find_all()``)."""
    yield construct
    for child in construct.__dict__.get("_py_children", {}).values():
        yield from walk(child)


def scope_of(construct: Any) -> Any:
    """The scope a construct of ours was created in (no Node call)."""
    return construct._py_scope


def id_of(construct: Any) -> str:
    """The id a construct of ours was created with (``node.id``, no Node call)."""
    return construct._py_id


def app_of(construct: Any) -> "App | None":
    """The ``App`` of ours a construct of ours is in, None under a plain cdk8s scope."""
    return getattr(construct, "_py_app", None)


def path_of(construct: Any) -> str:
    """``node.path`` of a construct of ours in an app of ours, from Python."""
    ids = []
    while construct is not None and not isinstance(construct, App):
        ids.append(construct._py_id)
        construct = construct._py_scope
    return "/".join(reversed(ids))


def children_of(construct: Any) -> list[Any]:
    """The constructs of ours created in ``construct``, in order (no Node call)."""
    return list(construct.__dict__.get("_py_children", {}).values())
