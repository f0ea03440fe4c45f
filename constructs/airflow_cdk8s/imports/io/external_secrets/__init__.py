from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class ClusterSecretStore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioexternal-secrets.ClusterSecretStore",
):
    '''ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

    :schema: ClusterSecretStore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClusterSecretStore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8dd63b4b951d1c0f1810393f2ea2739eb3c8df2dbba5c1c17c9369fa23105354)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterSecretStoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClusterSecretStore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        props = ClusterSecretStoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClusterSecretStore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ClusterSecretStoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.

        :schema: ClusterSecretStore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ClusterSecretStoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e52cd74f3e3dc5a6f5e0e0439c1ee7ea1bd2ae23d61a00f1d7d48f492e9adc87)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClusterSecretStore#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ClusterSecretStoreSpec"]:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :schema: ClusterSecretStore#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ClusterSecretStoreSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "provider": "provider",
        "conditions": "conditions",
        "controller": "controller",
        "refresh_interval": "refreshInterval",
        "retry_settings": "retrySettings",
    },
)
class ClusterSecretStoreSpec:
    def __init__(
        self,
        *,
        provider: typing.Union["ClusterSecretStoreSpecProvider", typing.Dict[builtins.str, typing.Any]],
        conditions: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreSpecConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        controller: typing.Optional[builtins.str] = None,
        refresh_interval: typing.Optional["ClusterSecretStoreSpecRefreshInterval"] = None,
        retry_settings: typing.Optional[typing.Union["ClusterSecretStoreSpecRetrySettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :param provider: Used to configure the provider. Only one provider may be set
        :param conditions: Used to constrain a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore.
        :param controller: Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.
        :param refresh_interval: Used to configure store refresh interval. Accepts either an integer number of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or 0 will default to the controller config.
        :param retry_settings: Used to configure HTTP retries on failures.

        :schema: ClusterSecretStoreSpec
        '''
        if isinstance(provider, dict):
            provider = ClusterSecretStoreSpecProvider(**provider)
        if isinstance(retry_settings, dict):
            retry_settings = ClusterSecretStoreSpecRetrySettings(**retry_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57b6b1dbca3a9f2481bd32974c96162d85bfa5e7fd9e1324c70c72f4c047323e)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
            check_type(argname="argument controller", value=controller, expected_type=type_hints["controller"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument retry_settings", value=retry_settings, expected_type=type_hints["retry_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if conditions is not None:
            self._values["conditions"] = conditions
        if controller is not None:
            self._values["controller"] = controller
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if retry_settings is not None:
            self._values["retry_settings"] = retry_settings

    @builtins.property
    def provider(self) -> "ClusterSecretStoreSpecProvider":
        '''Used to configure the provider.

        Only one provider may be set

        :schema: ClusterSecretStoreSpec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast("ClusterSecretStoreSpecProvider", result)

    @builtins.property
    def conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreSpecConditions"]]:
        '''Used to constrain a ClusterSecretStore to specific namespaces.

        Relevant only to ClusterSecretStore.

        :schema: ClusterSecretStoreSpec#conditions
        '''
        result = self._values.get("conditions")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreSpecConditions"]], result)

    @builtins.property
    def controller(self) -> typing.Optional[builtins.str]:
        '''Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.

        :schema: ClusterSecretStoreSpec#controller
        '''
        result = self._values.get("controller")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_interval(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecRefreshInterval"]:
        '''Used to configure store refresh interval.

        Accepts either an integer number
        of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
        0 will default to the controller config.

        :schema: ClusterSecretStoreSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecRefreshInterval"], result)

    @builtins.property
    def retry_settings(self) -> typing.Optional["ClusterSecretStoreSpecRetrySettings"]:
        '''Used to configure HTTP retries on failures.

        :schema: ClusterSecretStoreSpec#retrySettings
        '''
        result = self._values.get("retry_settings")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecRetrySettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecConditions",
    jsii_struct_bases=[],
    name_mapping={
        "namespace_regexes": "namespaceRegexes",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
    },
)
class ClusterSecretStoreSpecConditions:
    def __init__(
        self,
        *,
        namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["ClusterSecretStoreSpecConditionsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in for a ClusterSecretStore instance.

        :param namespace_regexes: Choose namespaces by using regex matching.
        :param namespaces: Choose namespaces by name.
        :param namespace_selector: Choose namespace using a labelSelector.

        :schema: ClusterSecretStoreSpecConditions
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = ClusterSecretStoreSpecConditionsNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__235a3ed3597539d23562330d694072420f7ed77b81205a238ec5e46d02a8cbd8)
            check_type(argname="argument namespace_regexes", value=namespace_regexes, expected_type=type_hints["namespace_regexes"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace_regexes is not None:
            self._values["namespace_regexes"] = namespace_regexes
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector

    @builtins.property
    def namespace_regexes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by using regex matching.

        :schema: ClusterSecretStoreSpecConditions#namespaceRegexes
        '''
        result = self._values.get("namespace_regexes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by name.

        :schema: ClusterSecretStoreSpecConditions#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecConditionsNamespaceSelector"]:
        '''Choose namespace using a labelSelector.

        :schema: ClusterSecretStoreSpecConditions#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecConditionsNamespaceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecConditionsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ClusterSecretStoreSpecConditionsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Choose namespace using a labelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a356f991ef23e488a604543e6e29b2de00e3322f1615dcdc4c4cd56ec61b5901)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditionsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0cf7b6aba7042541ed027a83c2a3602ec694bb8191253c6fb5470aea9cedde0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProvider",
    jsii_struct_bases=[],
    name_mapping={
        "aws": "aws",
        "azurekv": "azurekv",
        "gcpsm": "gcpsm",
        "vault": "vault",
    },
)
class ClusterSecretStoreSpecProvider:
    def __init__(
        self,
        *,
        aws: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAws", typing.Dict[builtins.str, typing.Any]]] = None,
        azurekv: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAzurekv", typing.Dict[builtins.str, typing.Any]]] = None,
        gcpsm: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsm", typing.Dict[builtins.str, typing.Any]]] = None,
        vault: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVault", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Used to configure the provider.

        Only one provider may be set

        :param aws: AWS configures this store to sync secrets using AWS Secret Manager provider.
        :param azurekv: AzureKV configures this store to sync secrets using Azure Key Vault provider.
        :param gcpsm: GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider.
        :param vault: Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :schema: ClusterSecretStoreSpecProvider
        '''
        if isinstance(aws, dict):
            aws = ClusterSecretStoreSpecProviderAws(**aws)
        if isinstance(azurekv, dict):
            azurekv = ClusterSecretStoreSpecProviderAzurekv(**azurekv)
        if isinstance(gcpsm, dict):
            gcpsm = ClusterSecretStoreSpecProviderGcpsm(**gcpsm)
        if isinstance(vault, dict):
            vault = ClusterSecretStoreSpecProviderVault(**vault)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b577f0ccbbef07f08ad1ab52f92fc2ed139f3591354a8294c647ea76a6470491)
            check_type(argname="argument aws", value=aws, expected_type=type_hints["aws"])
            check_type(argname="argument azurekv", value=azurekv, expected_type=type_hints["azurekv"])
            check_type(argname="argument gcpsm", value=gcpsm, expected_type=type_hints["gcpsm"])
            check_type(argname="argument vault", value=vault, expected_type=type_hints["vault"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if aws is not None:
            self._values["aws"] = aws
        if azurekv is not None:
            self._values["azurekv"] = azurekv
        if gcpsm is not None:
            self._values["gcpsm"] = gcpsm
        if vault is not None:
            self._values["vault"] = vault

    @builtins.property
    def aws(self) -> typing.Optional["ClusterSecretStoreSpecProviderAws"]:
        '''AWS configures this store to sync secrets using AWS Secret Manager provider.

        :schema: ClusterSecretStoreSpecProvider#aws
        '''
        result = self._values.get("aws")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAws"], result)

    @builtins.property
    def azurekv(self) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekv"]:
        '''AzureKV configures this store to sync secrets using Azure Key Vault provider.

        :schema: ClusterSecretStoreSpecProvider#azurekv
        '''
        result = self._values.get("azurekv")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekv"], result)

    @builtins.property
    def gcpsm(self) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsm"]:
        '''GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider.

        :schema: ClusterSecretStoreSpecProvider#gcpsm
        '''
        result = self._values.get("gcpsm")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsm"], result)

    @builtins.property
    def vault(self) -> typing.Optional["ClusterSecretStoreSpecProviderVault"]:
        '''Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :schema: ClusterSecretStoreSpecProvider#vault
        '''
        result = self._values.get("vault")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVault"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAws",
    jsii_struct_bases=[],
    name_mapping={
        "region": "region",
        "service": "service",
        "additional_roles": "additionalRoles",
        "auth": "auth",
        "custom_session_tags": "customSessionTags",
        "external_id": "externalId",
        "prefix": "prefix",
        "role": "role",
        "secrets_manager": "secretsManager",
        "session_tags": "sessionTags",
        "session_tags_policy": "sessionTagsPolicy",
        "transitive_tag_keys": "transitiveTagKeys",
    },
)
class ClusterSecretStoreSpecProviderAws:
    def __init__(
        self,
        *,
        region: builtins.str,
        service: "ClusterSecretStoreSpecProviderAwsService",
        additional_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        auth: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAwsAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        custom_session_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        external_id: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        secrets_manager: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAwsSecretsManager", typing.Dict[builtins.str, typing.Any]]] = None,
        session_tags: typing.Optional[typing.Sequence[typing.Union["ClusterSecretStoreSpecProviderAwsSessionTags", typing.Dict[builtins.str, typing.Any]]]] = None,
        session_tags_policy: typing.Optional["ClusterSecretStoreSpecProviderAwsSessionTagsPolicy"] = None,
        transitive_tag_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''AWS configures this store to sync secrets using AWS Secret Manager provider.

        :param region: AWS Region to be used for the provider.
        :param service: Service defines which service should be used to fetch the secrets.
        :param additional_roles: AdditionalRoles is a chained list of Role ARNs which the provider will sequentially assume before assuming the Role.
        :param auth: Auth defines the information necessary to authenticate against AWS if not set aws sdk will infer credentials from your environment see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials.
        :param custom_session_tags: CustomSessionTags defines additional STS session tags to include when SessionTagsPolicy is Custom. These are merged with the automatically injected esoNamespace, esoStoreName, and esoStoreKind tags.
        :param external_id: AWS External ID set on assumed IAM roles.
        :param prefix: Prefix adds a prefix to all retrieved values.
        :param role: Role is a Role ARN which the provider will assume.
        :param secrets_manager: SecretsManager defines how the provider behaves when interacting with AWS SecretsManager.
        :param session_tags: AWS STS assume role session tags.
        :param session_tags_policy: SessionTagsPolicy controls whether and how STS session tags are added when assuming roles. None (default): no tags are added. Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags. Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags. Note: the IAM role must have sts:TagSession permission when using Simple or Custom.
        :param transitive_tag_keys: AWS STS assume role transitive session tags. Required when multiple rules are used with the provider

        :schema: ClusterSecretStoreSpecProviderAws
        '''
        if isinstance(auth, dict):
            auth = ClusterSecretStoreSpecProviderAwsAuth(**auth)
        if isinstance(secrets_manager, dict):
            secrets_manager = ClusterSecretStoreSpecProviderAwsSecretsManager(**secrets_manager)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b890d76e5f0d682e477d7b20c0020358b39d98bd01a9432e52c7c4a8ac616f0)
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument additional_roles", value=additional_roles, expected_type=type_hints["additional_roles"])
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument custom_session_tags", value=custom_session_tags, expected_type=type_hints["custom_session_tags"])
            check_type(argname="argument external_id", value=external_id, expected_type=type_hints["external_id"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secrets_manager", value=secrets_manager, expected_type=type_hints["secrets_manager"])
            check_type(argname="argument session_tags", value=session_tags, expected_type=type_hints["session_tags"])
            check_type(argname="argument session_tags_policy", value=session_tags_policy, expected_type=type_hints["session_tags_policy"])
            check_type(argname="argument transitive_tag_keys", value=transitive_tag_keys, expected_type=type_hints["transitive_tag_keys"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "region": region,
            "service": service,
        }
        if additional_roles is not None:
            self._values["additional_roles"] = additional_roles
        if auth is not None:
            self._values["auth"] = auth
        if custom_session_tags is not None:
            self._values["custom_session_tags"] = custom_session_tags
        if external_id is not None:
            self._values["external_id"] = external_id
        if prefix is not None:
            self._values["prefix"] = prefix
        if role is not None:
            self._values["role"] = role
        if secrets_manager is not None:
            self._values["secrets_manager"] = secrets_manager
        if session_tags is not None:
            self._values["session_tags"] = session_tags
        if session_tags_policy is not None:
            self._values["session_tags_policy"] = session_tags_policy
        if transitive_tag_keys is not None:
            self._values["transitive_tag_keys"] = transitive_tag_keys

    @builtins.property
    def region(self) -> builtins.str:
        '''AWS Region to be used for the provider.

        :schema: ClusterSecretStoreSpecProviderAws#region
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def service(self) -> "ClusterSecretStoreSpecProviderAwsService":
        '''Service defines which service should be used to fetch the secrets.

        :schema: ClusterSecretStoreSpecProviderAws#service
        '''
        result = self._values.get("service")
        assert result is not None, "Required property 'service' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderAwsService", result)

    @builtins.property
    def additional_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AdditionalRoles is a chained list of Role ARNs which the provider will sequentially assume before assuming the Role.

        :schema: ClusterSecretStoreSpecProviderAws#additionalRoles
        '''
        result = self._values.get("additional_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def auth(self) -> typing.Optional["ClusterSecretStoreSpecProviderAwsAuth"]:
        '''Auth defines the information necessary to authenticate against AWS if not set aws sdk will infer credentials from your environment see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials.

        :schema: ClusterSecretStoreSpecProviderAws#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsAuth"], result)

    @builtins.property
    def custom_session_tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''CustomSessionTags defines additional STS session tags to include when SessionTagsPolicy is Custom.

        These are merged with the automatically injected esoNamespace, esoStoreName, and esoStoreKind tags.

        :schema: ClusterSecretStoreSpecProviderAws#customSessionTags
        '''
        result = self._values.get("custom_session_tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def external_id(self) -> typing.Optional[builtins.str]:
        '''AWS External ID set on assumed IAM roles.

        :schema: ClusterSecretStoreSpecProviderAws#externalID
        '''
        result = self._values.get("external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''Prefix adds a prefix to all retrieved values.

        :schema: ClusterSecretStoreSpecProviderAws#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a Role ARN which the provider will assume.

        :schema: ClusterSecretStoreSpecProviderAws#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secrets_manager(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAwsSecretsManager"]:
        '''SecretsManager defines how the provider behaves when interacting with AWS SecretsManager.

        :schema: ClusterSecretStoreSpecProviderAws#secretsManager
        '''
        result = self._values.get("secrets_manager")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsSecretsManager"], result)

    @builtins.property
    def session_tags(
        self,
    ) -> typing.Optional[typing.List["ClusterSecretStoreSpecProviderAwsSessionTags"]]:
        '''AWS STS assume role session tags.

        :schema: ClusterSecretStoreSpecProviderAws#sessionTags
        '''
        result = self._values.get("session_tags")
        return typing.cast(typing.Optional[typing.List["ClusterSecretStoreSpecProviderAwsSessionTags"]], result)

    @builtins.property
    def session_tags_policy(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAwsSessionTagsPolicy"]:
        '''SessionTagsPolicy controls whether and how STS session tags are added when assuming roles.

        None (default): no tags are added.
        Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags.
        Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags.
        Note: the IAM role must have sts:TagSession permission when using Simple or Custom.

        :schema: ClusterSecretStoreSpecProviderAws#sessionTagsPolicy
        '''
        result = self._values.get("session_tags_policy")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsSessionTagsPolicy"], result)

    @builtins.property
    def transitive_tag_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AWS STS assume role transitive session tags.

        Required when multiple rules are used with the provider

        :schema: ClusterSecretStoreSpecProviderAws#transitiveTagKeys
        '''
        result = self._values.get("transitive_tag_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAws(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsAuth",
    jsii_struct_bases=[],
    name_mapping={"jwt": "jwt", "secret_ref": "secretRef"},
)
class ClusterSecretStoreSpecProviderAwsAuth:
    def __init__(
        self,
        *,
        jwt: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAwsAuthJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAwsAuthSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth defines the information necessary to authenticate against AWS if not set aws sdk will infer credentials from your environment see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials.

        :param jwt: AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.
        :param secret_ref: AWSAuthSecretRef holds secret references for AWS credentials both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.

        :schema: ClusterSecretStoreSpecProviderAwsAuth
        '''
        if isinstance(jwt, dict):
            jwt = ClusterSecretStoreSpecProviderAwsAuthJwt(**jwt)
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderAwsAuthSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6dd72e093e44f4d176c7ac71615a880705b99b630555e7ce1e4ea69742c5efb)
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if jwt is not None:
            self._values["jwt"] = jwt
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def jwt(self) -> typing.Optional["ClusterSecretStoreSpecProviderAwsAuthJwt"]:
        '''AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.

        :schema: ClusterSecretStoreSpecProviderAwsAuth#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsAuthJwt"], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAwsAuthSecretRef"]:
        '''AWSAuthSecretRef holds secret references for AWS credentials both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.

        :schema: ClusterSecretStoreSpecProviderAwsAuth#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsAuthSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsAuthJwt",
    jsii_struct_bases=[],
    name_mapping={"service_account_ref": "serviceAccountRef"},
)
class ClusterSecretStoreSpecProviderAwsAuthJwt:
    def __init__(
        self,
        *,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderAwsAuthJwt
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7d772d91778f286ba674c40734f79974636800252dcb80ba3aedb4417ec64cb)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef"]:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderAwsAuthJwt#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsAuthJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de10cf2ddb938d6fc92b26c35d489e4b0afd1f528224b33c4acedc8f7b7c55d4)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsAuthSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_id_secret_ref": "accessKeyIdSecretRef",
        "secret_access_key_secret_ref": "secretAccessKeySecretRef",
        "session_token_secret_ref": "sessionTokenSecretRef",
    },
)
class ClusterSecretStoreSpecProviderAwsAuthSecretRef:
    def __init__(
        self,
        *,
        access_key_id_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_access_key_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AWSAuthSecretRef holds secret references for AWS credentials both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.

        :param access_key_id_secret_ref: The AccessKeyID is used for authentication.
        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.
        :param session_token_secret_ref: The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRef
        '''
        if isinstance(access_key_id_secret_ref, dict):
            access_key_id_secret_ref = ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(**access_key_id_secret_ref)
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if isinstance(session_token_secret_ref, dict):
            session_token_secret_ref = ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(**session_token_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__382d054259503c641b10cacac05db506fe361c058f5e49c99de7f0f9505e7137)
            check_type(argname="argument access_key_id_secret_ref", value=access_key_id_secret_ref, expected_type=type_hints["access_key_id_secret_ref"])
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
            check_type(argname="argument session_token_secret_ref", value=session_token_secret_ref, expected_type=type_hints["session_token_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_id_secret_ref is not None:
            self._values["access_key_id_secret_ref"] = access_key_id_secret_ref
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref
        if session_token_secret_ref is not None:
            self._values["session_token_secret_ref"] = session_token_secret_ref

    @builtins.property
    def access_key_id_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef"]:
        '''The AccessKeyID is used for authentication.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRef#accessKeyIDSecretRef
        '''
        result = self._values.get("access_key_id_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef"], result)

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef"], result)

    @builtins.property
    def session_token_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef"]:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRef#sessionTokenSecretRef
        '''
        result = self._values.get("session_token_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsAuthSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The AccessKeyID is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6651cda229033cd18398fe288cd6b6e8a7837eb3b8dcacc21b46f1303f7ab9fb)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14d2105b0a56fd40c4ef74beca49699465299985a43951d9b6c98760df53d36d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd4fbc427e7378b255c8ebb41e9d546cd208553dfd074c98d857ec7fb06ac865)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsSecretsManager",
    jsii_struct_bases=[],
    name_mapping={
        "force_delete_without_recovery": "forceDeleteWithoutRecovery",
        "recovery_window_in_days": "recoveryWindowInDays",
    },
)
class ClusterSecretStoreSpecProviderAwsSecretsManager:
    def __init__(
        self,
        *,
        force_delete_without_recovery: typing.Optional[builtins.bool] = None,
        recovery_window_in_days: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''SecretsManager defines how the provider behaves when interacting with AWS SecretsManager.

        :param force_delete_without_recovery: Specifies whether to delete the secret without any recovery window. You can't use both this parameter and RecoveryWindowInDays in the same call. If you don't use either, then by default Secrets Manager uses a 30 day recovery window. see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-ForceDeleteWithoutRecovery
        :param recovery_window_in_days: The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the secret. You can't use both this parameter and ForceDeleteWithoutRecovery in the same call. If you don't use either, then by default Secrets Manager uses a 30-day recovery window. see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-RecoveryWindowInDays

        :schema: ClusterSecretStoreSpecProviderAwsSecretsManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2deea303d686e925fd79c2e63a1bac8cccf9105919d543ea3637e8cdaa2a460)
            check_type(argname="argument force_delete_without_recovery", value=force_delete_without_recovery, expected_type=type_hints["force_delete_without_recovery"])
            check_type(argname="argument recovery_window_in_days", value=recovery_window_in_days, expected_type=type_hints["recovery_window_in_days"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if force_delete_without_recovery is not None:
            self._values["force_delete_without_recovery"] = force_delete_without_recovery
        if recovery_window_in_days is not None:
            self._values["recovery_window_in_days"] = recovery_window_in_days

    @builtins.property
    def force_delete_without_recovery(self) -> typing.Optional[builtins.bool]:
        '''Specifies whether to delete the secret without any recovery window.

        You
        can't use both this parameter and RecoveryWindowInDays in the same call.
        If you don't use either, then by default Secrets Manager uses a 30 day
        recovery window.
        see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-ForceDeleteWithoutRecovery

        :schema: ClusterSecretStoreSpecProviderAwsSecretsManager#forceDeleteWithoutRecovery
        '''
        result = self._values.get("force_delete_without_recovery")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recovery_window_in_days(self) -> typing.Optional[jsii.Number]:
        '''The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the secret.

        You can't use both this parameter and
        ForceDeleteWithoutRecovery in the same call. If you don't use either,
        then by default Secrets Manager uses a 30-day recovery window.
        see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-RecoveryWindowInDays

        :schema: ClusterSecretStoreSpecProviderAwsSecretsManager#recoveryWindowInDays
        '''
        result = self._values.get("recovery_window_in_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsSecretsManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsService")
class ClusterSecretStoreSpecProviderAwsService(enum.Enum):
    '''Service defines which service should be used to fetch the secrets.

    :schema: ClusterSecretStoreSpecProviderAwsService
    '''

    SECRETS_MANAGER = "SECRETS_MANAGER"
    '''SecretsManager.'''
    PARAMETER_STORE = "PARAMETER_STORE"
    '''ParameterStore.'''
    CERTIFICATE_MANAGER = "CERTIFICATE_MANAGER"
    '''CertificateManager.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsSessionTags",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class ClusterSecretStoreSpecProviderAwsSessionTags:
    def __init__(self, *, key: builtins.str, value: builtins.str) -> None:
        '''Tag is a key-value pair that can be attached to an AWS resource.

        see: https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html

        :param key: 
        :param value: 

        :schema: ClusterSecretStoreSpecProviderAwsSessionTags
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cad6cbff211dfde1ae9537e607df562fe4baba68b3cc8f4f46bfccfe19ff772)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value": value,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: ClusterSecretStoreSpecProviderAwsSessionTags#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: ClusterSecretStoreSpecProviderAwsSessionTags#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAwsSessionTags(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAwsSessionTagsPolicy"
)
class ClusterSecretStoreSpecProviderAwsSessionTagsPolicy(enum.Enum):
    '''SessionTagsPolicy controls whether and how STS session tags are added when assuming roles.

    None (default): no tags are added.
    Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags.
    Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags.
    Note: the IAM role must have sts:TagSession permission when using Simple or Custom.

    :schema: ClusterSecretStoreSpecProviderAwsSessionTagsPolicy
    '''

    NONE = "NONE"
    '''None.'''
    SIMPLE = "SIMPLE"
    '''Simple.'''
    CUSTOM = "CUSTOM"
    '''Custom.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekv",
    jsii_struct_bases=[],
    name_mapping={
        "vault_url": "vaultUrl",
        "auth_secret_ref": "authSecretRef",
        "auth_type": "authType",
        "custom_cloud_config": "customCloudConfig",
        "environment_type": "environmentType",
        "identity_id": "identityId",
        "service_account_ref": "serviceAccountRef",
        "tenant_id": "tenantId",
        "use_azure_sdk": "useAzureSdk",
    },
)
class ClusterSecretStoreSpecProviderAzurekv:
    def __init__(
        self,
        *,
        vault_url: builtins.str,
        auth_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAzurekvAuthSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        auth_type: typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthType"] = None,
        custom_cloud_config: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        environment_type: typing.Optional["ClusterSecretStoreSpecProviderAzurekvEnvironmentType"] = None,
        identity_id: typing.Optional[builtins.str] = None,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAzurekvServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        tenant_id: typing.Optional[builtins.str] = None,
        use_azure_sdk: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''AzureKV configures this store to sync secrets using Azure Key Vault provider.

        :param vault_url: Vault Url from which the secrets to be fetched from.
        :param auth_secret_ref: Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
        :param auth_type: Auth type defines how to authenticate to the keyvault service. Valid values are: - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret) - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity) - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID
        :param custom_cloud_config: CustomCloudConfig defines custom Azure endpoints for non-standard clouds. Required when EnvironmentType is AzureStackCloud. Optional for other environment types - useful for Azure China when using Workload Identity with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the standard China Cloud endpoint (login.chinacloudapi.cn). IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud configuration is not supported with the legacy go-autorest SDK.
        :param environment_type: EnvironmentType specifies the Azure cloud environment endpoints to use for connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint. The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152 PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.
        :param identity_id: If multiple Managed Identity is assigned to the pod, you can select the one to be used.
        :param service_account_ref: ServiceAccountRef specified the service account that should be used when authenticating with WorkloadIdentity.
        :param tenant_id: TenantID configures the Azure Tenant to send requests to. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
        :param use_azure_sdk: UseAzureSDK enables the use of the new Azure SDK for Go (azcore-based) instead of the legacy go-autorest SDK. This is experimental and may have behavioral differences. Defaults to false (legacy SDK). Default: false (legacy SDK).

        :schema: ClusterSecretStoreSpecProviderAzurekv
        '''
        if isinstance(auth_secret_ref, dict):
            auth_secret_ref = ClusterSecretStoreSpecProviderAzurekvAuthSecretRef(**auth_secret_ref)
        if isinstance(custom_cloud_config, dict):
            custom_cloud_config = ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig(**custom_cloud_config)
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderAzurekvServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c241f0bdca3970aef7e1768427fdaa91976bc172e6a9adf9266bf73940958d82)
            check_type(argname="argument vault_url", value=vault_url, expected_type=type_hints["vault_url"])
            check_type(argname="argument auth_secret_ref", value=auth_secret_ref, expected_type=type_hints["auth_secret_ref"])
            check_type(argname="argument auth_type", value=auth_type, expected_type=type_hints["auth_type"])
            check_type(argname="argument custom_cloud_config", value=custom_cloud_config, expected_type=type_hints["custom_cloud_config"])
            check_type(argname="argument environment_type", value=environment_type, expected_type=type_hints["environment_type"])
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument tenant_id", value=tenant_id, expected_type=type_hints["tenant_id"])
            check_type(argname="argument use_azure_sdk", value=use_azure_sdk, expected_type=type_hints["use_azure_sdk"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "vault_url": vault_url,
        }
        if auth_secret_ref is not None:
            self._values["auth_secret_ref"] = auth_secret_ref
        if auth_type is not None:
            self._values["auth_type"] = auth_type
        if custom_cloud_config is not None:
            self._values["custom_cloud_config"] = custom_cloud_config
        if environment_type is not None:
            self._values["environment_type"] = environment_type
        if identity_id is not None:
            self._values["identity_id"] = identity_id
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if tenant_id is not None:
            self._values["tenant_id"] = tenant_id
        if use_azure_sdk is not None:
            self._values["use_azure_sdk"] = use_azure_sdk

    @builtins.property
    def vault_url(self) -> builtins.str:
        '''Vault Url from which the secrets to be fetched from.

        :schema: ClusterSecretStoreSpecProviderAzurekv#vaultUrl
        '''
        result = self._values.get("vault_url")
        assert result is not None, "Required property 'vault_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def auth_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRef"]:
        '''Auth configures how the operator authenticates with Azure.

        Required for ServicePrincipal auth type. Optional for WorkloadIdentity.

        :schema: ClusterSecretStoreSpecProviderAzurekv#authSecretRef
        '''
        result = self._values.get("auth_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRef"], result)

    @builtins.property
    def auth_type(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthType"]:
        '''Auth type defines how to authenticate to the keyvault service.

        Valid values are:

        - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
        - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
        - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID

        :schema: ClusterSecretStoreSpecProviderAzurekv#authType
        '''
        result = self._values.get("auth_type")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthType"], result)

    @builtins.property
    def custom_cloud_config(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig"]:
        '''CustomCloudConfig defines custom Azure endpoints for non-standard clouds.

        Required when EnvironmentType is AzureStackCloud.
        Optional for other environment types - useful for Azure China when using Workload Identity
        with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the
        standard China Cloud endpoint (login.chinacloudapi.cn).
        IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud
        configuration is not supported with the legacy go-autorest SDK.

        :schema: ClusterSecretStoreSpecProviderAzurekv#customCloudConfig
        '''
        result = self._values.get("custom_cloud_config")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig"], result)

    @builtins.property
    def environment_type(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvEnvironmentType"]:
        '''EnvironmentType specifies the Azure cloud environment endpoints to use for connecting and authenticating with Azure.

        By default it points to the public cloud AAD endpoint.
        The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
        PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud
        Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.

        :schema: ClusterSecretStoreSpecProviderAzurekv#environmentType
        '''
        result = self._values.get("environment_type")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvEnvironmentType"], result)

    @builtins.property
    def identity_id(self) -> typing.Optional[builtins.str]:
        '''If multiple Managed Identity is assigned to the pod, you can select the one to be used.

        :schema: ClusterSecretStoreSpecProviderAzurekv#identityId
        '''
        result = self._values.get("identity_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvServiceAccountRef"]:
        '''ServiceAccountRef specified the service account that should be used when authenticating with WorkloadIdentity.

        :schema: ClusterSecretStoreSpecProviderAzurekv#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvServiceAccountRef"], result)

    @builtins.property
    def tenant_id(self) -> typing.Optional[builtins.str]:
        '''TenantID configures the Azure Tenant to send requests to.

        Required for ServicePrincipal auth type. Optional for WorkloadIdentity.

        :schema: ClusterSecretStoreSpecProviderAzurekv#tenantId
        '''
        result = self._values.get("tenant_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_azure_sdk(self) -> typing.Optional[builtins.bool]:
        '''UseAzureSDK enables the use of the new Azure SDK for Go (azcore-based) instead of the legacy go-autorest SDK.

        This is experimental and may have behavioral differences. Defaults to false (legacy SDK).

        :default: false (legacy SDK).

        :schema: ClusterSecretStoreSpecProviderAzurekv#useAzureSDK
        '''
        result = self._values.get("use_azure_sdk")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAzurekv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvAuthSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "client_certificate": "clientCertificate",
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "tenant_id": "tenantId",
    },
)
class ClusterSecretStoreSpecProviderAzurekvAuthSecretRef:
    def __init__(
        self,
        *,
        client_certificate: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate", typing.Dict[builtins.str, typing.Any]]] = None,
        client_id: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId", typing.Dict[builtins.str, typing.Any]]] = None,
        client_secret: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        tenant_id: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how the operator authenticates with Azure.

        Required for ServicePrincipal auth type. Optional for WorkloadIdentity.

        :param client_certificate: The Azure ClientCertificate of the service principle used for authentication.
        :param client_id: The Azure clientId of the service principle or managed identity used for authentication.
        :param client_secret: The Azure ClientSecret of the service principle used for authentication.
        :param tenant_id: The Azure tenantId of the managed identity used for authentication.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRef
        '''
        if isinstance(client_certificate, dict):
            client_certificate = ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(**client_certificate)
        if isinstance(client_id, dict):
            client_id = ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId(**client_id)
        if isinstance(client_secret, dict):
            client_secret = ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(**client_secret)
        if isinstance(tenant_id, dict):
            tenant_id = ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId(**tenant_id)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50107c061e058c695ef89a240623f5c9f9c8bdec05e3550652703edc1613a9d6)
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument tenant_id", value=tenant_id, expected_type=type_hints["tenant_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if tenant_id is not None:
            self._values["tenant_id"] = tenant_id

    @builtins.property
    def client_certificate(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate"]:
        '''The Azure ClientCertificate of the service principle used for authentication.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRef#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate"], result)

    @builtins.property
    def client_id(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId"]:
        '''The Azure clientId of the service principle or managed identity used for authentication.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRef#clientId
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId"], result)

    @builtins.property
    def client_secret(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret"]:
        '''The Azure ClientSecret of the service principle used for authentication.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRef#clientSecret
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret"], result)

    @builtins.property
    def tenant_id(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId"]:
        '''The Azure tenantId of the managed identity used for authentication.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRef#tenantId
        '''
        result = self._values.get("tenant_id")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAzurekvAuthSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Azure ClientCertificate of the service principle used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41d410e8c2ebfeb6f688adc15957b192934b18223d654c6b2d7d456f9fea4078)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Azure clientId of the service principle or managed identity used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07b0ecddeaed41a84aa2643dd718d462b1146ec6772530b4f5c3c47e1b733cf5)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Azure ClientSecret of the service principle used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68559f3a5d6b2b8a93dcb32624f88b8d3a6cfd24de8ffe4e2e190efd3965eba4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Azure tenantId of the managed identity used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d90ff748d8fed6eafc8d488d60534c8687abb87795fdd3a184fd59d0bb5fcf29)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvAuthType"
)
class ClusterSecretStoreSpecProviderAzurekvAuthType(enum.Enum):
    '''Auth type defines how to authenticate to the keyvault service.

    Valid values are:

    - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
    - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
    - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID

    :schema: ClusterSecretStoreSpecProviderAzurekvAuthType
    '''

    SERVICE_PRINCIPAL = "SERVICE_PRINCIPAL"
    '''ServicePrincipal.'''
    MANAGED_IDENTITY = "MANAGED_IDENTITY"
    '''ManagedIdentity.'''
    WORKLOAD_IDENTITY = "WORKLOAD_IDENTITY"
    '''WorkloadIdentity.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig",
    jsii_struct_bases=[],
    name_mapping={
        "active_directory_endpoint": "activeDirectoryEndpoint",
        "key_vault_dns_suffix": "keyVaultDnsSuffix",
        "key_vault_endpoint": "keyVaultEndpoint",
        "resource_manager_endpoint": "resourceManagerEndpoint",
    },
)
class ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig:
    def __init__(
        self,
        *,
        active_directory_endpoint: builtins.str,
        key_vault_dns_suffix: typing.Optional[builtins.str] = None,
        key_vault_endpoint: typing.Optional[builtins.str] = None,
        resource_manager_endpoint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CustomCloudConfig defines custom Azure endpoints for non-standard clouds.

        Required when EnvironmentType is AzureStackCloud.
        Optional for other environment types - useful for Azure China when using Workload Identity
        with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the
        standard China Cloud endpoint (login.chinacloudapi.cn).
        IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud
        configuration is not supported with the legacy go-autorest SDK.

        :param active_directory_endpoint: ActiveDirectoryEndpoint is the AAD endpoint for authentication Required when using custom cloud configuration.
        :param key_vault_dns_suffix: KeyVaultDNSSuffix is the DNS suffix for Key Vault URLs.
        :param key_vault_endpoint: KeyVaultEndpoint is the Key Vault service endpoint.
        :param resource_manager_endpoint: ResourceManagerEndpoint is the Azure Resource Manager endpoint.

        :schema: ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8b3799d9919d8f344e7d6d58aad80c774643a2a35d542b3204d3e3aa56e852d)
            check_type(argname="argument active_directory_endpoint", value=active_directory_endpoint, expected_type=type_hints["active_directory_endpoint"])
            check_type(argname="argument key_vault_dns_suffix", value=key_vault_dns_suffix, expected_type=type_hints["key_vault_dns_suffix"])
            check_type(argname="argument key_vault_endpoint", value=key_vault_endpoint, expected_type=type_hints["key_vault_endpoint"])
            check_type(argname="argument resource_manager_endpoint", value=resource_manager_endpoint, expected_type=type_hints["resource_manager_endpoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "active_directory_endpoint": active_directory_endpoint,
        }
        if key_vault_dns_suffix is not None:
            self._values["key_vault_dns_suffix"] = key_vault_dns_suffix
        if key_vault_endpoint is not None:
            self._values["key_vault_endpoint"] = key_vault_endpoint
        if resource_manager_endpoint is not None:
            self._values["resource_manager_endpoint"] = resource_manager_endpoint

    @builtins.property
    def active_directory_endpoint(self) -> builtins.str:
        '''ActiveDirectoryEndpoint is the AAD endpoint for authentication Required when using custom cloud configuration.

        :schema: ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig#activeDirectoryEndpoint
        '''
        result = self._values.get("active_directory_endpoint")
        assert result is not None, "Required property 'active_directory_endpoint' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key_vault_dns_suffix(self) -> typing.Optional[builtins.str]:
        '''KeyVaultDNSSuffix is the DNS suffix for Key Vault URLs.

        :schema: ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig#keyVaultDNSSuffix
        '''
        result = self._values.get("key_vault_dns_suffix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key_vault_endpoint(self) -> typing.Optional[builtins.str]:
        '''KeyVaultEndpoint is the Key Vault service endpoint.

        :schema: ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig#keyVaultEndpoint
        '''
        result = self._values.get("key_vault_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_manager_endpoint(self) -> typing.Optional[builtins.str]:
        '''ResourceManagerEndpoint is the Azure Resource Manager endpoint.

        :schema: ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig#resourceManagerEndpoint
        '''
        result = self._values.get("resource_manager_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvEnvironmentType"
)
class ClusterSecretStoreSpecProviderAzurekvEnvironmentType(enum.Enum):
    '''EnvironmentType specifies the Azure cloud environment endpoints to use for connecting and authenticating with Azure.

    By default it points to the public cloud AAD endpoint.
    The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
    PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud
    Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.

    :schema: ClusterSecretStoreSpecProviderAzurekvEnvironmentType
    '''

    PUBLIC_CLOUD = "PUBLIC_CLOUD"
    '''PublicCloud.'''
    US_GOVERNMENT_CLOUD = "US_GOVERNMENT_CLOUD"
    '''USGovernmentCloud.'''
    CHINA_CLOUD = "CHINA_CLOUD"
    '''ChinaCloud.'''
    GERMAN_CLOUD = "GERMAN_CLOUD"
    '''GermanCloud.'''
    AZURE_STACK_CLOUD = "AZURE_STACK_CLOUD"
    '''AzureStackCloud.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderAzurekvServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderAzurekvServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountRef specified the service account that should be used when authenticating with WorkloadIdentity.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f9bc3908e702dbfc1f5487ab0c0ab8d9ac9fbe77dc944911fa425330ed9bf8c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderAzurekvServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderAzurekvServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderAzurekvServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderAzurekvServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsm",
    jsii_struct_bases=[],
    name_mapping={
        "auth": "auth",
        "location": "location",
        "project_id": "projectId",
        "secret_version_selection_policy": "secretVersionSelectionPolicy",
    },
)
class ClusterSecretStoreSpecProviderGcpsm:
    def __init__(
        self,
        *,
        auth: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsmAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        location: typing.Optional[builtins.str] = None,
        project_id: typing.Optional[builtins.str] = None,
        secret_version_selection_policy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider.

        :param auth: Auth defines the information necessary to authenticate against GCP.
        :param location: Location optionally defines a location for a secret.
        :param project_id: ProjectID project where secret is located.
        :param secret_version_selection_policy: SecretVersionSelectionPolicy specifies how the provider selects a secret version when "latest" is disabled or destroyed. Possible values are: - LatestOrFail: the provider always uses "latest", or fails if that version is disabled/destroyed. - LatestOrFetch: the provider falls back to fetching the latest version if the version is DESTROYED or DISABLED

        :schema: ClusterSecretStoreSpecProviderGcpsm
        '''
        if isinstance(auth, dict):
            auth = ClusterSecretStoreSpecProviderGcpsmAuth(**auth)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc3cec52aba3dbdf7d2c68d2cdddb38491fbe4a67b6aa1610ba59832fa6a4e41)
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument secret_version_selection_policy", value=secret_version_selection_policy, expected_type=type_hints["secret_version_selection_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auth is not None:
            self._values["auth"] = auth
        if location is not None:
            self._values["location"] = location
        if project_id is not None:
            self._values["project_id"] = project_id
        if secret_version_selection_policy is not None:
            self._values["secret_version_selection_policy"] = secret_version_selection_policy

    @builtins.property
    def auth(self) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuth"]:
        '''Auth defines the information necessary to authenticate against GCP.

        :schema: ClusterSecretStoreSpecProviderGcpsm#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuth"], result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Location optionally defines a location for a secret.

        :schema: ClusterSecretStoreSpecProviderGcpsm#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''ProjectID project where secret is located.

        :schema: ClusterSecretStoreSpecProviderGcpsm#projectID
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_version_selection_policy(self) -> typing.Optional[builtins.str]:
        '''SecretVersionSelectionPolicy specifies how the provider selects a secret version when "latest" is disabled or destroyed.

        Possible values are:

        - LatestOrFail: the provider always uses "latest", or fails if that version is disabled/destroyed.
        - LatestOrFetch: the provider falls back to fetching the latest version if the version is DESTROYED or DISABLED

        :schema: ClusterSecretStoreSpecProviderGcpsm#secretVersionSelectionPolicy
        '''
        result = self._values.get("secret_version_selection_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuth",
    jsii_struct_bases=[],
    name_mapping={
        "secret_ref": "secretRef",
        "workload_identity": "workloadIdentity",
        "workload_identity_federation": "workloadIdentityFederation",
    },
)
class ClusterSecretStoreSpecProviderGcpsmAuth:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity_federation: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth defines the information necessary to authenticate against GCP.

        :param secret_ref: GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.
        :param workload_identity: GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.
        :param workload_identity_federation: GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuth
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderGcpsmAuthSecretRef(**secret_ref)
        if isinstance(workload_identity, dict):
            workload_identity = ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity(**workload_identity)
        if isinstance(workload_identity_federation, dict):
            workload_identity_federation = ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(**workload_identity_federation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2178385ff92d231b452c07f1848576db93a846b578537d723ad23942c8b8f59)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument workload_identity", value=workload_identity, expected_type=type_hints["workload_identity"])
            check_type(argname="argument workload_identity_federation", value=workload_identity_federation, expected_type=type_hints["workload_identity_federation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if workload_identity is not None:
            self._values["workload_identity"] = workload_identity
        if workload_identity_federation is not None:
            self._values["workload_identity_federation"] = workload_identity_federation

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthSecretRef"]:
        '''GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuth#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthSecretRef"], result)

    @builtins.property
    def workload_identity(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity"]:
        '''GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuth#workloadIdentity
        '''
        result = self._values.get("workload_identity")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity"], result)

    @builtins.property
    def workload_identity_federation(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation"]:
        '''GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuth#workloadIdentityFederation
        '''
        result = self._values.get("workload_identity_federation")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthSecretRef",
    jsii_struct_bases=[],
    name_mapping={"secret_access_key_secret_ref": "secretAccessKeySecretRef"},
)
class ClusterSecretStoreSpecProviderGcpsmAuthSecretRef:
    def __init__(
        self,
        *,
        secret_access_key_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.

        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthSecretRef
        '''
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b68c9d3be6662c6d5127a4f57c77b4fa8ec1231c6761283310dd0437fa26405)
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ae3e18a30bbb404e9e981c4110af8ad2c78dced856b1094667d4d8757f4bea3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "cluster_location": "clusterLocation",
        "cluster_name": "clusterName",
        "cluster_project_id": "clusterProjectId",
    },
)
class ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        cluster_location: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_project_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.
        :param cluster_location: ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_name: ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_project_id: ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__998b6e77f1f37298ed0da77f6068e5d0e918cf71ed7b2bfdbcba34ba026e718a)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument cluster_location", value=cluster_location, expected_type=type_hints["cluster_location"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_project_id", value=cluster_project_id, expected_type=type_hints["cluster_project_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if cluster_location is not None:
            self._values["cluster_location"] = cluster_location
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if cluster_project_id is not None:
            self._values["cluster_project_id"] = cluster_project_id

    @builtins.property
    def service_account_ref(
        self,
    ) -> "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef":
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef", result)

    @builtins.property
    def cluster_location(self) -> typing.Optional[builtins.str]:
        '''ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterLocation
        '''
        result = self._values.get("cluster_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterName
        '''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_project_id(self) -> typing.Optional[builtins.str]:
        '''ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterProjectID
        '''
        result = self._values.get("cluster_project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation",
    jsii_struct_bases=[],
    name_mapping={
        "audience": "audience",
        "aws_security_credentials": "awsSecurityCredentials",
        "cred_config": "credConfig",
        "external_token_endpoint": "externalTokenEndpoint",
        "gcp_service_account_email": "gcpServiceAccountEmail",
        "service_account_ref": "serviceAccountRef",
    },
)
class ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation:
    def __init__(
        self,
        *,
        audience: typing.Optional[builtins.str] = None,
        aws_security_credentials: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        cred_config: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        external_token_endpoint: typing.Optional[builtins.str] = None,
        gcp_service_account_email: typing.Optional[builtins.str] = None,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.

        :param audience: audience is the Secure Token Service (STS) audience which contains the resource name for the workload identity pool and the provider identifier in that pool. If specified, Audience found in the external account credential config will be overridden with the configured value. audience must be provided when serviceAccountRef or awsSecurityCredentials is configured.
        :param aws_security_credentials: awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token, when using the AWS metadata server is not an option.
        :param cred_config: credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data. For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead serviceAccountRef must be used by providing operators service account details.
        :param external_token_endpoint: externalTokenEndpoint is the endpoint explicitly set up to provide tokens, which will be matched against the credential_source.url in the provided credConfig. This field is merely to double-check the external token source URL is having the expected value.
        :param gcp_service_account_email: GCPServiceAccountEmail is the email of the Google Cloud service account to impersonate after Workload Identity Federation. Use this to grant access through the service account's IAM bindings (for example roles/secretmanager.secretAccessor). When set, it overrides service_account_impersonation_url in the external account JSON from credConfig; when serviceAccountRef is set, it also overrides the "iam.gke.io/gcp-service-account" annotation on that ServiceAccount.
        :param service_account_ref: serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens, when Kubernetes is configured as provider in workload identity pool.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation
        '''
        if isinstance(aws_security_credentials, dict):
            aws_security_credentials = ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(**aws_security_credentials)
        if isinstance(cred_config, dict):
            cred_config = ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(**cred_config)
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__679a3c5b714f919696d0003ca6dfe5d82f28a32703fd62a9b3812d463030476f)
            check_type(argname="argument audience", value=audience, expected_type=type_hints["audience"])
            check_type(argname="argument aws_security_credentials", value=aws_security_credentials, expected_type=type_hints["aws_security_credentials"])
            check_type(argname="argument cred_config", value=cred_config, expected_type=type_hints["cred_config"])
            check_type(argname="argument external_token_endpoint", value=external_token_endpoint, expected_type=type_hints["external_token_endpoint"])
            check_type(argname="argument gcp_service_account_email", value=gcp_service_account_email, expected_type=type_hints["gcp_service_account_email"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audience is not None:
            self._values["audience"] = audience
        if aws_security_credentials is not None:
            self._values["aws_security_credentials"] = aws_security_credentials
        if cred_config is not None:
            self._values["cred_config"] = cred_config
        if external_token_endpoint is not None:
            self._values["external_token_endpoint"] = external_token_endpoint
        if gcp_service_account_email is not None:
            self._values["gcp_service_account_email"] = gcp_service_account_email
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def audience(self) -> typing.Optional[builtins.str]:
        '''audience is the Secure Token Service (STS) audience which contains the resource name for the workload identity pool and the provider identifier in that pool.

        If specified, Audience found in the external account credential config will be overridden with the configured value.
        audience must be provided when serviceAccountRef or awsSecurityCredentials is configured.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#audience
        '''
        result = self._values.get("audience")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aws_security_credentials(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials"]:
        '''awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token, when using the AWS metadata server is not an option.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#awsSecurityCredentials
        '''
        result = self._values.get("aws_security_credentials")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials"], result)

    @builtins.property
    def cred_config(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig"]:
        '''credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data.

        For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead
        serviceAccountRef must be used by providing operators service account details.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#credConfig
        '''
        result = self._values.get("cred_config")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig"], result)

    @builtins.property
    def external_token_endpoint(self) -> typing.Optional[builtins.str]:
        '''externalTokenEndpoint is the endpoint explicitly set up to provide tokens, which will be matched against the credential_source.url in the provided credConfig. This field is merely to double-check the external token source URL is having the expected value.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#externalTokenEndpoint
        '''
        result = self._values.get("external_token_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gcp_service_account_email(self) -> typing.Optional[builtins.str]:
        '''GCPServiceAccountEmail is the email of the Google Cloud service account to impersonate after Workload Identity Federation.

        Use this to grant access through the service account's
        IAM bindings (for example roles/secretmanager.secretAccessor). When set, it overrides
        service_account_impersonation_url in the external account JSON from credConfig;
        when serviceAccountRef is set, it also overrides the "iam.gke.io/gcp-service-account" annotation
        on that ServiceAccount.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#gcpServiceAccountEmail
        '''
        result = self._values.get("gcp_service_account_email")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef"]:
        '''serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens, when Kubernetes is configured as provider in workload identity pool.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "aws_credentials_secret_ref": "awsCredentialsSecretRef",
        "region": "region",
    },
)
class ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials:
    def __init__(
        self,
        *,
        aws_credentials_secret_ref: typing.Union["ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef", typing.Dict[builtins.str, typing.Any]],
        region: builtins.str,
    ) -> None:
        '''awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token, when using the AWS metadata server is not an option.

        :param aws_credentials_secret_ref: awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials. Secret should be created with below names for keys - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user. - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services. - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.
        :param region: region is for configuring the AWS region to be used.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials
        '''
        if isinstance(aws_credentials_secret_ref, dict):
            aws_credentials_secret_ref = ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(**aws_credentials_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4d32958f72f42eedcb52eb5519d749ba6aa75c74ad4a0ec067cc15f8798ed826)
            check_type(argname="argument aws_credentials_secret_ref", value=aws_credentials_secret_ref, expected_type=type_hints["aws_credentials_secret_ref"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "aws_credentials_secret_ref": aws_credentials_secret_ref,
            "region": region,
        }

    @builtins.property
    def aws_credentials_secret_ref(
        self,
    ) -> "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef":
        '''awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials.

        Secret should be created with below names for keys

        - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user.
        - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services.
        - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials#awsCredentialsSecretRef
        '''
        result = self._values.get("aws_credentials_secret_ref")
        assert result is not None, "Required property 'aws_credentials_secret_ref' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef", result)

    @builtins.property
    def region(self) -> builtins.str:
        '''region is for configuring the AWS region to be used.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials#region
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials.

        Secret should be created with below names for keys

        - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user.
        - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services.
        - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.

        :param name: name of the secret.
        :param namespace: namespace in which the secret exists. If empty, secret will looked up in local namespace.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8fa26115531b50445991dcabc2554b4b5a84c9b13d2df814a114ec74646862d5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the secret.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''namespace in which the secret exists.

        If empty, secret will looked up in local namespace.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data.

        For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead
        serviceAccountRef must be used by providing operators service account details.

        :param key: key name holding the external account credential config.
        :param name: name of the configmap.
        :param namespace: namespace in which the configmap exists. If empty, configmap will looked up in local namespace.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e13fa5f5227cab8290d52e70eeb224bcb4bc23e66cc25ea88350234b013f2f55)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''key name holding the external account credential config.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the configmap.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''namespace in which the configmap exists.

        If empty, configmap will looked up in local namespace.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens, when Kubernetes is configured as provider in workload identity pool.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1df06cff2f544bc480a4ae9348434ec7b9f6607c5be60befb540ef12c5ec7a8f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99dacaa9d9ab0fbbdd69de40485d6ea7f5b6f30154d2c2f17a52d025fcda16dc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVault",
    jsii_struct_bases=[],
    name_mapping={
        "server": "server",
        "auth": "auth",
        "ca_bundle": "caBundle",
        "ca_provider": "caProvider",
        "check_and_set": "checkAndSet",
        "forward_inconsistent": "forwardInconsistent",
        "headers": "headers",
        "namespace": "namespace",
        "path": "path",
        "read_your_writes": "readYourWrites",
        "tls": "tls",
        "version": "version",
    },
)
class ClusterSecretStoreSpecProviderVault:
    def __init__(
        self,
        *,
        server: builtins.str,
        auth: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        ca_bundle: typing.Optional[builtins.str] = None,
        ca_provider: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultCaProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        check_and_set: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultCheckAndSet", typing.Dict[builtins.str, typing.Any]]] = None,
        forward_inconsistent: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        read_your_writes: typing.Optional[builtins.bool] = None,
        tls: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultTls", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional["ClusterSecretStoreSpecProviderVaultVersion"] = None,
    ) -> None:
        '''Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :param server: Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
        :param auth: Auth configures how secret-manager authenticates with the Vault server.
        :param ca_bundle: PEM encoded CA bundle used to validate Vault server certificate. Only used if the Server URL is using HTTPS protocol. This parameter is ignored for plain HTTP protocol connection. If not set the system root certificates are used to validate the TLS connection.
        :param ca_provider: The provider for the CA bundle to use to validate Vault server certificate.
        :param check_and_set: CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations. Only applies to Vault KV v2 stores. When enabled, write operations must include the current version of the secret to prevent unintentional overwrites.
        :param forward_inconsistent: ForwardInconsistent tells Vault to forward read-after-write requests to the Vault leader instead of simply retrying within a loop. This can increase performance if the option is enabled serverside. https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header
        :param headers: Headers to be added in Vault request.
        :param namespace: Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1". More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
        :param path: Path is the mount path of the Vault KV backend endpoint, e.g: "secret". The v2 KV secret engine version specific "/data" path suffix for fetching secrets from Vault is optional and will be appended if not present in specified path.
        :param read_your_writes: ReadYourWrites ensures isolated read-after-write semantics by providing discovered cluster replication states in each request. More information about eventual consistency in Vault can be found here https://www.vaultproject.io/docs/enterprise/consistency
        :param tls: The configuration used for client side related TLS communication, when the Vault server requires mutual authentication. Only used if the Server URL is using HTTPS protocol. This parameter is ignored for plain HTTP protocol connection. It's worth noting this configuration is different from the "TLS certificates auth method", which is available under the ``auth.cert`` section.
        :param version: Version is the Vault KV secret engine version. This can be either "v1" or "v2". Version defaults to "v2".

        :schema: ClusterSecretStoreSpecProviderVault
        '''
        if isinstance(auth, dict):
            auth = ClusterSecretStoreSpecProviderVaultAuth(**auth)
        if isinstance(ca_provider, dict):
            ca_provider = ClusterSecretStoreSpecProviderVaultCaProvider(**ca_provider)
        if isinstance(check_and_set, dict):
            check_and_set = ClusterSecretStoreSpecProviderVaultCheckAndSet(**check_and_set)
        if isinstance(tls, dict):
            tls = ClusterSecretStoreSpecProviderVaultTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef68b3d001dc894733c01b794ca1a457786564b75fec9c23ebf82feb51a68d1c)
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument ca_bundle", value=ca_bundle, expected_type=type_hints["ca_bundle"])
            check_type(argname="argument ca_provider", value=ca_provider, expected_type=type_hints["ca_provider"])
            check_type(argname="argument check_and_set", value=check_and_set, expected_type=type_hints["check_and_set"])
            check_type(argname="argument forward_inconsistent", value=forward_inconsistent, expected_type=type_hints["forward_inconsistent"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument read_your_writes", value=read_your_writes, expected_type=type_hints["read_your_writes"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "server": server,
        }
        if auth is not None:
            self._values["auth"] = auth
        if ca_bundle is not None:
            self._values["ca_bundle"] = ca_bundle
        if ca_provider is not None:
            self._values["ca_provider"] = ca_provider
        if check_and_set is not None:
            self._values["check_and_set"] = check_and_set
        if forward_inconsistent is not None:
            self._values["forward_inconsistent"] = forward_inconsistent
        if headers is not None:
            self._values["headers"] = headers
        if namespace is not None:
            self._values["namespace"] = namespace
        if path is not None:
            self._values["path"] = path
        if read_your_writes is not None:
            self._values["read_your_writes"] = read_your_writes
        if tls is not None:
            self._values["tls"] = tls
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def server(self) -> builtins.str:
        '''Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".

        :schema: ClusterSecretStoreSpecProviderVault#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def auth(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuth"]:
        '''Auth configures how secret-manager authenticates with the Vault server.

        :schema: ClusterSecretStoreSpecProviderVault#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuth"], result)

    @builtins.property
    def ca_bundle(self) -> typing.Optional[builtins.str]:
        '''PEM encoded CA bundle used to validate Vault server certificate.

        Only used
        if the Server URL is using HTTPS protocol. This parameter is ignored for
        plain HTTP protocol connection. If not set the system root certificates
        are used to validate the TLS connection.

        :schema: ClusterSecretStoreSpecProviderVault#caBundle
        '''
        result = self._values.get("ca_bundle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_provider(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultCaProvider"]:
        '''The provider for the CA bundle to use to validate Vault server certificate.

        :schema: ClusterSecretStoreSpecProviderVault#caProvider
        '''
        result = self._values.get("ca_provider")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultCaProvider"], result)

    @builtins.property
    def check_and_set(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultCheckAndSet"]:
        '''CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.

        Only applies to Vault KV v2 stores. When enabled, write operations must include
        the current version of the secret to prevent unintentional overwrites.

        :schema: ClusterSecretStoreSpecProviderVault#checkAndSet
        '''
        result = self._values.get("check_and_set")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultCheckAndSet"], result)

    @builtins.property
    def forward_inconsistent(self) -> typing.Optional[builtins.bool]:
        '''ForwardInconsistent tells Vault to forward read-after-write requests to the Vault leader instead of simply retrying within a loop.

        This can increase performance if
        the option is enabled serverside.
        https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header

        :schema: ClusterSecretStoreSpecProviderVault#forwardInconsistent
        '''
        result = self._values.get("forward_inconsistent")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Headers to be added in Vault request.

        :schema: ClusterSecretStoreSpecProviderVault#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Name of the vault namespace.

        Namespaces is a set of features within Vault Enterprise that allows
        Vault environments to support Secure Multi-tenancy. e.g: "ns1".
        More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces

        :schema: ClusterSecretStoreSpecProviderVault#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is the mount path of the Vault KV backend endpoint, e.g: "secret". The v2 KV secret engine version specific "/data" path suffix for fetching secrets from Vault is optional and will be appended if not present in specified path.

        :schema: ClusterSecretStoreSpecProviderVault#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_your_writes(self) -> typing.Optional[builtins.bool]:
        '''ReadYourWrites ensures isolated read-after-write semantics by providing discovered cluster replication states in each request.

        More information about eventual consistency in Vault can be found here
        https://www.vaultproject.io/docs/enterprise/consistency

        :schema: ClusterSecretStoreSpecProviderVault#readYourWrites
        '''
        result = self._values.get("read_your_writes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tls(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultTls"]:
        '''The configuration used for client side related TLS communication, when the Vault server requires mutual authentication.

        Only used if the Server URL is using HTTPS protocol.
        This parameter is ignored for plain HTTP protocol connection.
        It's worth noting this configuration is different from the "TLS certificates auth method",
        which is available under the ``auth.cert`` section.

        :schema: ClusterSecretStoreSpecProviderVault#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultTls"], result)

    @builtins.property
    def version(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultVersion"]:
        '''Version is the Vault KV secret engine version.

        This can be either "v1" or
        "v2". Version defaults to "v2".

        :schema: ClusterSecretStoreSpecProviderVault#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuth",
    jsii_struct_bases=[],
    name_mapping={
        "app_role": "appRole",
        "cert": "cert",
        "gcp": "gcp",
        "iam": "iam",
        "jwt": "jwt",
        "kubernetes": "kubernetes",
        "ldap": "ldap",
        "namespace": "namespace",
        "token_secret_ref": "tokenSecretRef",
        "user_pass": "userPass",
    },
)
class ClusterSecretStoreSpecProviderVaultAuth:
    def __init__(
        self,
        *,
        app_role: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthAppRole", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthCert", typing.Dict[builtins.str, typing.Any]]] = None,
        gcp: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcp", typing.Dict[builtins.str, typing.Any]]] = None,
        iam: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIam", typing.Dict[builtins.str, typing.Any]]] = None,
        jwt: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        kubernetes: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
        ldap: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthLdap", typing.Dict[builtins.str, typing.Any]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        token_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        user_pass: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthUserPass", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how secret-manager authenticates with the Vault server.

        :param app_role: AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.
        :param cert: Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.
        :param gcp: Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.
        :param iam: Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.
        :param jwt: Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.
        :param kubernetes: Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.
        :param ldap: Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.
        :param namespace: Name of the vault namespace to authenticate to. This can be different than the namespace your secret is in. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1". More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces This will default to Vault.Namespace field if set, or empty otherwise
        :param token_secret_ref: TokenSecretRef authenticates with Vault by presenting a token.
        :param user_pass: UserPass authenticates with Vault by passing username/password pair.

        :schema: ClusterSecretStoreSpecProviderVaultAuth
        '''
        if isinstance(app_role, dict):
            app_role = ClusterSecretStoreSpecProviderVaultAuthAppRole(**app_role)
        if isinstance(cert, dict):
            cert = ClusterSecretStoreSpecProviderVaultAuthCert(**cert)
        if isinstance(gcp, dict):
            gcp = ClusterSecretStoreSpecProviderVaultAuthGcp(**gcp)
        if isinstance(iam, dict):
            iam = ClusterSecretStoreSpecProviderVaultAuthIam(**iam)
        if isinstance(jwt, dict):
            jwt = ClusterSecretStoreSpecProviderVaultAuthJwt(**jwt)
        if isinstance(kubernetes, dict):
            kubernetes = ClusterSecretStoreSpecProviderVaultAuthKubernetes(**kubernetes)
        if isinstance(ldap, dict):
            ldap = ClusterSecretStoreSpecProviderVaultAuthLdap(**ldap)
        if isinstance(token_secret_ref, dict):
            token_secret_ref = ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef(**token_secret_ref)
        if isinstance(user_pass, dict):
            user_pass = ClusterSecretStoreSpecProviderVaultAuthUserPass(**user_pass)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edca367d70e999e0f4d8dd93f60480965022b2731a2804bfea499b897354fe2e)
            check_type(argname="argument app_role", value=app_role, expected_type=type_hints["app_role"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument gcp", value=gcp, expected_type=type_hints["gcp"])
            check_type(argname="argument iam", value=iam, expected_type=type_hints["iam"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument kubernetes", value=kubernetes, expected_type=type_hints["kubernetes"])
            check_type(argname="argument ldap", value=ldap, expected_type=type_hints["ldap"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument token_secret_ref", value=token_secret_ref, expected_type=type_hints["token_secret_ref"])
            check_type(argname="argument user_pass", value=user_pass, expected_type=type_hints["user_pass"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_role is not None:
            self._values["app_role"] = app_role
        if cert is not None:
            self._values["cert"] = cert
        if gcp is not None:
            self._values["gcp"] = gcp
        if iam is not None:
            self._values["iam"] = iam
        if jwt is not None:
            self._values["jwt"] = jwt
        if kubernetes is not None:
            self._values["kubernetes"] = kubernetes
        if ldap is not None:
            self._values["ldap"] = ldap
        if namespace is not None:
            self._values["namespace"] = namespace
        if token_secret_ref is not None:
            self._values["token_secret_ref"] = token_secret_ref
        if user_pass is not None:
            self._values["user_pass"] = user_pass

    @builtins.property
    def app_role(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthAppRole"]:
        '''AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#appRole
        '''
        result = self._values.get("app_role")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthAppRole"], result)

    @builtins.property
    def cert(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCert"]:
        '''Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCert"], result)

    @builtins.property
    def gcp(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcp"]:
        '''Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#gcp
        '''
        result = self._values.get("gcp")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcp"], result)

    @builtins.property
    def iam(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIam"]:
        '''Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#iam
        '''
        result = self._values.get("iam")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIam"], result)

    @builtins.property
    def jwt(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwt"]:
        '''Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwt"], result)

    @builtins.property
    def kubernetes(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetes"]:
        '''Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#kubernetes
        '''
        result = self._values.get("kubernetes")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetes"], result)

    @builtins.property
    def ldap(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthLdap"]:
        '''Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#ldap
        '''
        result = self._values.get("ldap")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthLdap"], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Name of the vault namespace to authenticate to.

        This can be different than the namespace your secret is in.
        Namespaces is a set of features within Vault Enterprise that allows
        Vault environments to support Secure Multi-tenancy. e.g: "ns1".
        More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
        This will default to Vault.Namespace field if set, or empty otherwise

        :schema: ClusterSecretStoreSpecProviderVaultAuth#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef"]:
        '''TokenSecretRef authenticates with Vault by presenting a token.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#tokenSecretRef
        '''
        result = self._values.get("token_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef"], result)

    @builtins.property
    def user_pass(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthUserPass"]:
        '''UserPass authenticates with Vault by passing username/password pair.

        :schema: ClusterSecretStoreSpecProviderVaultAuth#userPass
        '''
        result = self._values.get("user_pass")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthUserPass"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthAppRole",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "secret_ref": "secretRef",
        "role_id": "roleId",
        "role_ref": "roleRef",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthAppRole:
    def __init__(
        self,
        *,
        path: builtins.str,
        secret_ref: typing.Union["ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef", typing.Dict[builtins.str, typing.Any]],
        role_id: typing.Optional[builtins.str] = None,
        role_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.

        :param path: Path where the App Role authentication backend is mounted in Vault, e.g: "approle".
        :param secret_ref: Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault. The ``key`` field must be specified and denotes which entry within the Secret resource is used as the app role secret.
        :param role_id: RoleID configured in the App Role authentication backend when setting up the authentication backend in Vault.
        :param role_ref: Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault. The ``key`` field must be specified and denotes which entry within the Secret resource is used as the app role id.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef(**secret_ref)
        if isinstance(role_ref, dict):
            role_ref = ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef(**role_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d653069145d43079e69f7719f5cc231f7e70d871ff44e92d01049340d8bb524)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument role_id", value=role_id, expected_type=type_hints["role_id"])
            check_type(argname="argument role_ref", value=role_ref, expected_type=type_hints["role_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "secret_ref": secret_ref,
        }
        if role_id is not None:
            self._values["role_id"] = role_id
        if role_ref is not None:
            self._values["role_ref"] = role_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the App Role authentication backend is mounted in Vault, e.g: "approle".

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(self) -> "ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef":
        '''Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role secret.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole#secretRef
        '''
        result = self._values.get("secret_ref")
        assert result is not None, "Required property 'secret_ref' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef", result)

    @builtins.property
    def role_id(self) -> typing.Optional[builtins.str]:
        '''RoleID configured in the App Role authentication backend when setting up the authentication backend in Vault.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole#roleId
        '''
        result = self._values.get("role_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef"]:
        '''Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role id.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRole#roleRef
        '''
        result = self._values.get("role_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthAppRole(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role id.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d3767dd7f0dfda9abbdd6e082d87979000d3f144dc867a4d90e6b4422db19df0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role secret.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f35712d423d432dfcb07ff112a69b3cfbd19b55783043b4a29d483f336f4a433)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthCert",
    jsii_struct_bases=[],
    name_mapping={
        "client_cert": "clientCert",
        "path": "path",
        "secret_ref": "secretRef",
        "vault_role": "vaultRole",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthCert:
    def __init__(
        self,
        *,
        client_cert: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthCertClientCert", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vault_role: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.

        :param client_cert: ClientCert is a certificate to authenticate using the Cert Vault authentication method.
        :param path: Path where the Certificate authentication backend is mounted in Vault, e.g: "cert".
        :param secret_ref: SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.
        :param vault_role: VaultRole specifies the Vault role to use for TLS certificate authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert
        '''
        if isinstance(client_cert, dict):
            client_cert = ClusterSecretStoreSpecProviderVaultAuthCertClientCert(**client_cert)
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthCertSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07ecf610e8623a95c7882b7b3820871610e76bb4497f36c406038735e020e9dd)
            check_type(argname="argument client_cert", value=client_cert, expected_type=type_hints["client_cert"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument vault_role", value=vault_role, expected_type=type_hints["vault_role"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_cert is not None:
            self._values["client_cert"] = client_cert
        if path is not None:
            self._values["path"] = path
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if vault_role is not None:
            self._values["vault_role"] = vault_role

    @builtins.property
    def client_cert(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCertClientCert"]:
        '''ClientCert is a certificate to authenticate using the Cert Vault authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert#clientCert
        '''
        result = self._values.get("client_cert")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCertClientCert"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the Certificate authentication backend is mounted in Vault, e.g: "cert".

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCertSecretRef"]:
        '''SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthCertSecretRef"], result)

    @builtins.property
    def vault_role(self) -> typing.Optional[builtins.str]:
        '''VaultRole specifies the Vault role to use for TLS certificate authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCert#vaultRole
        '''
        result = self._values.get("vault_role")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthCertClientCert",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthCertClientCert:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClientCert is a certificate to authenticate using the Cert Vault authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertClientCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b68473b3bece52963e18111c31aa00fc82a8ebd6235ce6cdc6d52305f88978b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertClientCert#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertClientCert#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertClientCert#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthCertClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthCertSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__297cfe9ec7b6f0ff6acb7be39420d3c9df2218f1bf1753129109b58cb815db1c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcp",
    jsii_struct_bases=[],
    name_mapping={
        "role": "role",
        "location": "location",
        "path": "path",
        "project_id": "projectId",
        "secret_ref": "secretRef",
        "service_account_ref": "serviceAccountRef",
        "workload_identity": "workloadIdentity",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthGcp:
    def __init__(
        self,
        *,
        role: builtins.str,
        location: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        project_id: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.

        :param role: Vault Role. In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.
        :param location: Location optionally defines a location/region for the secret.
        :param path: Path where the GCP auth method is enabled in Vault, e.g: "gcp".
        :param project_id: Project ID of the Google Cloud Platform project.
        :param secret_ref: Specify credentials in a Secret object.
        :param service_account_ref: ServiceAccountRef to a service account for impersonation.
        :param workload_identity: Specify a service account with Workload Identity.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef(**secret_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef(**service_account_ref)
        if isinstance(workload_identity, dict):
            workload_identity = ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(**workload_identity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__926195af0d841bb3e9c80fb1d8695c9cb77151122de17e7afa4c4968b9b55d64)
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument workload_identity", value=workload_identity, expected_type=type_hints["workload_identity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "role": role,
        }
        if location is not None:
            self._values["location"] = location
        if path is not None:
            self._values["path"] = path
        if project_id is not None:
            self._values["project_id"] = project_id
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if workload_identity is not None:
            self._values["workload_identity"] = workload_identity

    @builtins.property
    def role(self) -> builtins.str:
        '''Vault Role.

        In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Location optionally defines a location/region for the secret.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the GCP auth method is enabled in Vault, e.g: "gcp".

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''Project ID of the Google Cloud Platform project.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#projectID
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef"]:
        '''Specify credentials in a Secret object.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef"]:
        '''ServiceAccountRef to a service account for impersonation.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef"], result)

    @builtins.property
    def workload_identity(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity"]:
        '''Specify a service account with Workload Identity.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcp#workloadIdentity
        '''
        result = self._values.get("workload_identity")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef",
    jsii_struct_bases=[],
    name_mapping={"secret_access_key_secret_ref": "secretAccessKeySecretRef"},
)
class ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef:
    def __init__(
        self,
        *,
        secret_access_key_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify credentials in a Secret object.

        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef
        '''
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b08788a3e9bb767323faeac804fdb24367194578d3eac3f3729a9313a956df11)
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3593ad64c1e401af2e5632026704b84672cc8f092a551fac76c8ede1e61388e6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountRef to a service account for impersonation.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__798334b5a78646403c54082f12ca0982752adf74ac3171c9561fa501fd3496b7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "cluster_location": "clusterLocation",
        "cluster_name": "clusterName",
        "cluster_project_id": "clusterProjectId",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        cluster_location: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_project_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specify a service account with Workload Identity.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.
        :param cluster_location: ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_name: ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_project_id: ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__607bfffe903bb568a72a967798316ec615b131ef4f5911bd4ad4d1421f987bc9)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument cluster_location", value=cluster_location, expected_type=type_hints["cluster_location"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_project_id", value=cluster_project_id, expected_type=type_hints["cluster_project_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if cluster_location is not None:
            self._values["cluster_location"] = cluster_location
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if cluster_project_id is not None:
            self._values["cluster_project_id"] = cluster_project_id

    @builtins.property
    def service_account_ref(
        self,
    ) -> "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef":
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef", result)

    @builtins.property
    def cluster_location(self) -> typing.Optional[builtins.str]:
        '''ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterLocation
        '''
        result = self._values.get("cluster_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterName
        '''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_project_id(self) -> typing.Optional[builtins.str]:
        '''ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterProjectID
        '''
        result = self._values.get("cluster_project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8ec4c8907798e36bf05ac25e039eac8f019c1c522e167be1ca793273dab1518)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIam",
    jsii_struct_bases=[],
    name_mapping={
        "vault_role": "vaultRole",
        "external_id": "externalId",
        "jwt": "jwt",
        "path": "path",
        "region": "region",
        "role": "role",
        "secret_ref": "secretRef",
        "vault_aws_iam_server_id": "vaultAwsIamServerId",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthIam:
    def __init__(
        self,
        *,
        vault_role: builtins.str,
        external_id: typing.Optional[builtins.str] = None,
        jwt: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vault_aws_iam_server_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.

        :param vault_role: Vault Role. In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine
        :param external_id: AWS External ID set on assumed IAM roles.
        :param jwt: Specify a service account with IRSA enabled.
        :param path: Path where the AWS auth method is enabled in Vault, e.g: "aws".
        :param region: AWS region.
        :param role: This is the AWS role to be assumed before talking to vault.
        :param secret_ref: Specify credentials in a Secret object.
        :param vault_aws_iam_server_id: X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks. More details here: https://developer.hashicorp.com/vault/docs/auth/aws

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam
        '''
        if isinstance(jwt, dict):
            jwt = ClusterSecretStoreSpecProviderVaultAuthIamJwt(**jwt)
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthIamSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb1e0090c05ba86f3bbb16dbb6d7fe62811a5409544eace8008c350259d846c6)
            check_type(argname="argument vault_role", value=vault_role, expected_type=type_hints["vault_role"])
            check_type(argname="argument external_id", value=external_id, expected_type=type_hints["external_id"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument vault_aws_iam_server_id", value=vault_aws_iam_server_id, expected_type=type_hints["vault_aws_iam_server_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "vault_role": vault_role,
        }
        if external_id is not None:
            self._values["external_id"] = external_id
        if jwt is not None:
            self._values["jwt"] = jwt
        if path is not None:
            self._values["path"] = path
        if region is not None:
            self._values["region"] = region
        if role is not None:
            self._values["role"] = role
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if vault_aws_iam_server_id is not None:
            self._values["vault_aws_iam_server_id"] = vault_aws_iam_server_id

    @builtins.property
    def vault_role(self) -> builtins.str:
        '''Vault Role.

        In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#vaultRole
        '''
        result = self._values.get("vault_role")
        assert result is not None, "Required property 'vault_role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def external_id(self) -> typing.Optional[builtins.str]:
        '''AWS External ID set on assumed IAM roles.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#externalID
        '''
        result = self._values.get("external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def jwt(self) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamJwt"]:
        '''Specify a service account with IRSA enabled.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamJwt"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the AWS auth method is enabled in Vault, e.g: "aws".

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''AWS region.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''This is the AWS role to be assumed before talking to vault.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRef"]:
        '''Specify credentials in a Secret object.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRef"], result)

    @builtins.property
    def vault_aws_iam_server_id(self) -> typing.Optional[builtins.str]:
        '''X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks.

        More details here: https://developer.hashicorp.com/vault/docs/auth/aws

        :schema: ClusterSecretStoreSpecProviderVaultAuthIam#vaultAwsIamServerID
        '''
        result = self._values.get("vault_aws_iam_server_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIam(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamJwt",
    jsii_struct_bases=[],
    name_mapping={"service_account_ref": "serviceAccountRef"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamJwt:
    def __init__(
        self,
        *,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify a service account with IRSA enabled.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwt
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__604a00ff7acef8e2a7817a4fe8774f18e79735e5f6502141e7f6688de2569209)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef"]:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwt#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__126fab088e8fe39bbbbcb709b0b4bd4ea10d1cae3217042471c178167f1047bb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_id_secret_ref": "accessKeyIdSecretRef",
        "secret_access_key_secret_ref": "secretAccessKeySecretRef",
        "session_token_secret_ref": "sessionTokenSecretRef",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthIamSecretRef:
    def __init__(
        self,
        *,
        access_key_id_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_access_key_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify credentials in a Secret object.

        :param access_key_id_secret_ref: The AccessKeyID is used for authentication.
        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.
        :param session_token_secret_ref: The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef
        '''
        if isinstance(access_key_id_secret_ref, dict):
            access_key_id_secret_ref = ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(**access_key_id_secret_ref)
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if isinstance(session_token_secret_ref, dict):
            session_token_secret_ref = ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(**session_token_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__315109daecfc4fdd476d8a8d5fd735390e185153911e0068d4a67145c21e3451)
            check_type(argname="argument access_key_id_secret_ref", value=access_key_id_secret_ref, expected_type=type_hints["access_key_id_secret_ref"])
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
            check_type(argname="argument session_token_secret_ref", value=session_token_secret_ref, expected_type=type_hints["session_token_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_id_secret_ref is not None:
            self._values["access_key_id_secret_ref"] = access_key_id_secret_ref
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref
        if session_token_secret_ref is not None:
            self._values["session_token_secret_ref"] = session_token_secret_ref

    @builtins.property
    def access_key_id_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef"]:
        '''The AccessKeyID is used for authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#accessKeyIDSecretRef
        '''
        result = self._values.get("access_key_id_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef"], result)

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef"], result)

    @builtins.property
    def session_token_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef"]:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRef#sessionTokenSecretRef
        '''
        result = self._values.get("session_token_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The AccessKeyID is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12f76d8907b5d1d70b37a42e2469a428297081e94719f68709d6c69502d92479)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0db49c5f6b942819043f28d19385b9ecfb176bcae7e043457ab5c9a21e422303)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__60656c6c85d3c13a3de822fb5192b9c9513c76def8ea6aea09068579e1576a68)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthJwt",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "kubernetes_service_account_token": "kubernetesServiceAccountToken",
        "role": "role",
        "secret_ref": "secretRef",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthJwt:
    def __init__(
        self,
        *,
        path: builtins.str,
        kubernetes_service_account_token: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken", typing.Dict[builtins.str, typing.Any]]] = None,
        role: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.

        :param path: Path where the JWT authentication backend is mounted in Vault, e.g: "jwt".
        :param kubernetes_service_account_token: Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.
        :param role: Role is a JWT role to authenticate using the JWT/OIDC Vault authentication method.
        :param secret_ref: Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt
        '''
        if isinstance(kubernetes_service_account_token, dict):
            kubernetes_service_account_token = ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(**kubernetes_service_account_token)
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c70b5f2d0d755f91281254925c299e6b7812ab873f8af74181b9bed9ddf549d3)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument kubernetes_service_account_token", value=kubernetes_service_account_token, expected_type=type_hints["kubernetes_service_account_token"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if kubernetes_service_account_token is not None:
            self._values["kubernetes_service_account_token"] = kubernetes_service_account_token
        if role is not None:
            self._values["role"] = role
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the JWT authentication backend is mounted in Vault, e.g: "jwt".

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kubernetes_service_account_token(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken"]:
        '''Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt#kubernetesServiceAccountToken
        '''
        result = self._values.get("kubernetes_service_account_token")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken"], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a JWT role to authenticate using the JWT/OIDC Vault authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef"]:
        '''Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwt#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "audiences": "audiences",
        "expiration_seconds": "expirationSeconds",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        expiration_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.

        :param service_account_ref: Service account field containing the name of a kubernetes ServiceAccount.
        :param audiences: Optional audiences field that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``. Defaults to a single audience ``vault`` it not specified. Deprecated: use serviceAccountRef.Audiences instead Default: a single audience ``vault`` it not specified.
        :param expiration_seconds: Optional expiration time in seconds that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``. Deprecated: this will be removed in the future. Defaults to 10 minutes. Default: 10 minutes.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__079c46fff0c57b42b35cdf20bd2601cdf20258393616adf107cd21057b8a5756)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument expiration_seconds", value=expiration_seconds, expected_type=type_hints["expiration_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if expiration_seconds is not None:
            self._values["expiration_seconds"] = expiration_seconds

    @builtins.property
    def service_account_ref(
        self,
    ) -> "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef":
        '''Service account field containing the name of a kubernetes ServiceAccount.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef", result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional audiences field that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``.

        Defaults to a single audience ``vault`` it not specified.

        Deprecated: use serviceAccountRef.Audiences instead

        :default: a single audience ``vault`` it not specified.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def expiration_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional expiration time in seconds that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``.

        Deprecated: this will be removed in the future.
        Defaults to 10 minutes.

        :default: 10 minutes.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#expirationSeconds
        '''
        result = self._values.get("expiration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Service account field containing the name of a kubernetes ServiceAccount.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf1afed0cbd44ce1e181c71dfbce5c80cec5b966a2a854753d10efa060ee9f6f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a340df94e1a417e5d884f82e933c5560f15f85713299092866951369e007294)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthKubernetes",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "role": "role",
        "secret_ref": "secretRef",
        "service_account_ref": "serviceAccountRef",
    },
)
class ClusterSecretStoreSpecProviderVaultAuthKubernetes:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        role: builtins.str,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.

        :param mount_path: Path where the Kubernetes authentication backend is mounted in Vault, e.g: "kubernetes".
        :param role: A required field containing the Vault Role to assume. A Role binds a Kubernetes ServiceAccount with a set of Vault policies.
        :param secret_ref: Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault. If a name is specified without a key, ``token`` is the default. If one is not specified, the one bound to the controller will be used.
        :param service_account_ref: Optional service account field containing the name of a kubernetes ServiceAccount. If the service account is specified, the service account secret token JWT will be used for authenticating with Vault. If the service account selector is not supplied, the secretRef will be used instead.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef(**secret_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e0431af4eda83f334246027b08a06ec6fc9a31808931500a0447cbf67873dc8)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "role": role,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''Path where the Kubernetes authentication backend is mounted in Vault, e.g: "kubernetes".

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def role(self) -> builtins.str:
        '''A required field containing the Vault Role to assume.

        A Role binds a
        Kubernetes ServiceAccount with a set of Vault policies.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef"]:
        '''Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault.

        If a name is specified without a key,
        ``token`` is the default. If one is not specified, the one bound to
        the controller will be used.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef"]:
        '''Optional service account field containing the name of a kubernetes ServiceAccount.

        If the service account is specified, the service account secret token JWT will be used
        for authenticating with Vault. If the service account selector is not supplied,
        the secretRef will be used instead.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetes#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthKubernetes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault.

        If a name is specified without a key,
        ``token`` is the default. If one is not specified, the one bound to
        the controller will be used.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7378e072626052b95a87646e5ef2b5aff3fbcb23a3222fc3bdb7a5423e66529)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional service account field containing the name of a kubernetes ServiceAccount.

        If the service account is specified, the service account secret token JWT will be used
        for authenticating with Vault. If the service account selector is not supplied,
        the secretRef will be used instead.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e39b709ef4e009ad2207ce73f97c37c051ea9f48db9c0406f1c522ebaacfb7ca)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthLdap",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "username": "username", "secret_ref": "secretRef"},
)
class ClusterSecretStoreSpecProviderVaultAuthLdap:
    def __init__(
        self,
        *,
        path: builtins.str,
        username: builtins.str,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.

        :param path: Path where the LDAP authentication backend is mounted in Vault, e.g: "ldap".
        :param username: Username is an LDAP username used to authenticate using the LDAP Vault authentication method.
        :param secret_ref: SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdap
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8666d1368531371d385fa490f9ec11641fb095a166fb9e1b592dcc40182fa86b)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "username": username,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the LDAP authentication backend is mounted in Vault, e.g: "ldap".

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdap#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username is an LDAP username used to authenticate using the LDAP Vault authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdap#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef"]:
        '''SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdap#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthLdap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55cf6198c624abda137c052d1dc014ca36b71dd2d46492befe116265455ee36d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TokenSecretRef authenticates with Vault by presenting a token.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19291a9702423000e44c226f201a482aea5e992dd47a71153ebb3070b6856b2d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthUserPass",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "username": "username", "secret_ref": "secretRef"},
)
class ClusterSecretStoreSpecProviderVaultAuthUserPass:
    def __init__(
        self,
        *,
        path: builtins.str,
        username: builtins.str,
        secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''UserPass authenticates with Vault by passing username/password pair.

        :param path: Path where the UserPassword authentication backend is mounted in Vault, e.g: "userpass".
        :param username: Username is a username used to authenticate using the UserPass Vault authentication method.
        :param secret_ref: SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPass
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3801812504074fbab40eed5257046de5cf82dcb77ed80b747aeeb5f0be98da81)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "username": username,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the UserPassword authentication backend is mounted in Vault, e.g: "userpass".

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPass#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username is a username used to authenticate using the UserPass Vault authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPass#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef"]:
        '''SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPass#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthUserPass(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd074153d7c8ea1b5b9fff7f8f1b81f19982185e6996e88a4b8e9b1f6a564eb7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultCaProvider",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "type": "type",
        "key": "key",
        "namespace": "namespace",
    },
)
class ClusterSecretStoreSpecProviderVaultCaProvider:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "ClusterSecretStoreSpecProviderVaultCaProviderType",
        key: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The provider for the CA bundle to use to validate Vault server certificate.

        :param name: The name of the object located at the provider type.
        :param type: The type of provider to use such as "Secret", or "ConfigMap".
        :param key: The key where the CA certificate can be found in the Secret or ConfigMap.
        :param namespace: The namespace the Provider type is in. Can only be defined when used in a ClusterSecretStore.

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__595609c1cb77ac8d0172cebab30d5f44428ed4331922d82d47b326431302591b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
        }
        if key is not None:
            self._values["key"] = key
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the object located at the provider type.

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "ClusterSecretStoreSpecProviderVaultCaProviderType":
        '''The type of provider to use such as "Secret", or "ConfigMap".

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("ClusterSecretStoreSpecProviderVaultCaProviderType", result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''The key where the CA certificate can be found in the Secret or ConfigMap.

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace the Provider type is in.

        Can only be defined when used in a ClusterSecretStore.

        :schema: ClusterSecretStoreSpecProviderVaultCaProvider#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultCaProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultCaProviderType"
)
class ClusterSecretStoreSpecProviderVaultCaProviderType(enum.Enum):
    '''The type of provider to use such as "Secret", or "ConfigMap".

    :schema: ClusterSecretStoreSpecProviderVaultCaProviderType
    '''

    SECRET = "SECRET"
    '''Secret.'''
    CONFIG_MAP = "CONFIG_MAP"
    '''ConfigMap.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultCheckAndSet",
    jsii_struct_bases=[],
    name_mapping={"required": "required"},
)
class ClusterSecretStoreSpecProviderVaultCheckAndSet:
    def __init__(self, *, required: typing.Optional[builtins.bool] = None) -> None:
        '''CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.

        Only applies to Vault KV v2 stores. When enabled, write operations must include
        the current version of the secret to prevent unintentional overwrites.

        :param required: Required when true, all write operations must include a check-and-set parameter. This helps prevent unintentional overwrites of secrets.

        :schema: ClusterSecretStoreSpecProviderVaultCheckAndSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27bea77c55de677336f4032e1845966f9b2b92beeced6e19dda36833fdfa0683)
            check_type(argname="argument required", value=required, expected_type=type_hints["required"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if required is not None:
            self._values["required"] = required

    @builtins.property
    def required(self) -> typing.Optional[builtins.bool]:
        '''Required when true, all write operations must include a check-and-set parameter.

        This helps prevent unintentional overwrites of secrets.

        :schema: ClusterSecretStoreSpecProviderVaultCheckAndSet#required
        '''
        result = self._values.get("required")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultCheckAndSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultTls",
    jsii_struct_bases=[],
    name_mapping={
        "cert_secret_ref": "certSecretRef",
        "key_secret_ref": "keySecretRef",
    },
)
class ClusterSecretStoreSpecProviderVaultTls:
    def __init__(
        self,
        *,
        cert_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultTlsCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        key_secret_ref: typing.Optional[typing.Union["ClusterSecretStoreSpecProviderVaultTlsKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The configuration used for client side related TLS communication, when the Vault server requires mutual authentication.

        Only used if the Server URL is using HTTPS protocol.
        This parameter is ignored for plain HTTP protocol connection.
        It's worth noting this configuration is different from the "TLS certificates auth method",
        which is available under the ``auth.cert`` section.

        :param cert_secret_ref: CertSecretRef is a certificate added to the transport layer when communicating with the Vault server. If no key for the Secret is specified, external-secret will default to 'tls.crt'.
        :param key_secret_ref: KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server. If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :schema: ClusterSecretStoreSpecProviderVaultTls
        '''
        if isinstance(cert_secret_ref, dict):
            cert_secret_ref = ClusterSecretStoreSpecProviderVaultTlsCertSecretRef(**cert_secret_ref)
        if isinstance(key_secret_ref, dict):
            key_secret_ref = ClusterSecretStoreSpecProviderVaultTlsKeySecretRef(**key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d84c4a31a415fe29de581aa0d14bd66c3ac5d0a2b363fc51e7b732146324452c)
            check_type(argname="argument cert_secret_ref", value=cert_secret_ref, expected_type=type_hints["cert_secret_ref"])
            check_type(argname="argument key_secret_ref", value=key_secret_ref, expected_type=type_hints["key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_secret_ref is not None:
            self._values["cert_secret_ref"] = cert_secret_ref
        if key_secret_ref is not None:
            self._values["key_secret_ref"] = key_secret_ref

    @builtins.property
    def cert_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultTlsCertSecretRef"]:
        '''CertSecretRef is a certificate added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.crt'.

        :schema: ClusterSecretStoreSpecProviderVaultTls#certSecretRef
        '''
        result = self._values.get("cert_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultTlsCertSecretRef"], result)

    @builtins.property
    def key_secret_ref(
        self,
    ) -> typing.Optional["ClusterSecretStoreSpecProviderVaultTlsKeySecretRef"]:
        '''KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :schema: ClusterSecretStoreSpecProviderVaultTls#keySecretRef
        '''
        result = self._values.get("key_secret_ref")
        return typing.cast(typing.Optional["ClusterSecretStoreSpecProviderVaultTlsKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultTlsCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultTlsCertSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CertSecretRef is a certificate added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.crt'.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a244db00ecdc9979b4904887396a930edc0c785a954451994f1438ab191ea33)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultTlsCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultTlsCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultTlsKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterSecretStoreSpecProviderVaultTlsKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1bf817f26e606dad196265bc16783b016e064cd3f3c156bd7ace321176fd8e1e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: ClusterSecretStoreSpecProviderVaultTlsKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecProviderVaultTlsKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.ClusterSecretStoreSpecProviderVaultVersion")
class ClusterSecretStoreSpecProviderVaultVersion(enum.Enum):
    '''Version is the Vault KV secret engine version.

    This can be either "v1" or
    "v2". Version defaults to "v2".

    :schema: ClusterSecretStoreSpecProviderVaultVersion
    '''

    V1 = "V1"
    '''v1.'''
    V2 = "V2"
    '''v2.'''


class ClusterSecretStoreSpecRefreshInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecRefreshInterval",
):
    '''Used to configure store refresh interval.

    Accepts either an integer number
    of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
    0 will default to the controller config.

    :schema: ClusterSecretStoreSpecRefreshInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ClusterSecretStoreSpecRefreshInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2a1463c962c4204e5b350a510d8eb2e695fa2d896f77cd1d8e40a3d9a43db74)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSecretStoreSpecRefreshInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterSecretStoreSpecRefreshInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7175095281f4fb2b01029b40999e09cf63207ffea252ada69d42873e80a5a5ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSecretStoreSpecRefreshInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="ioexternal-secrets.ClusterSecretStoreSpecRetrySettings",
    jsii_struct_bases=[],
    name_mapping={"max_retries": "maxRetries", "retry_interval": "retryInterval"},
)
class ClusterSecretStoreSpecRetrySettings:
    def __init__(
        self,
        *,
        max_retries: typing.Optional[jsii.Number] = None,
        retry_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to configure HTTP retries on failures.

        :param max_retries: 
        :param retry_interval: 

        :schema: ClusterSecretStoreSpecRetrySettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e47d412c07158576d9f7496f0a0011a69595d8febfe76d46ed415887b59df8a3)
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterSecretStoreSpecRetrySettings#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterSecretStoreSpecRetrySettings#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSecretStoreSpecRetrySettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ExternalSecret(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioexternal-secrets.ExternalSecret",
):
    '''ExternalSecret is the Schema for the external-secrets API.

    It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.

    :schema: ExternalSecret
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ExternalSecret" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c3b70f22c7723f819f402a6957ab71e8991db57a58ba85047be7a2faaad81e0)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ExternalSecretProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ExternalSecret".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.
        '''
        props = ExternalSecretProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ExternalSecret".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ExternalSecretProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecret is the Schema for the external-secrets API.

        It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.

        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.

        :schema: ExternalSecret
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ExternalSecretSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37e904970e3dbc8f880d53222da8b9d6ad0e642ffbccba70fe72cb9cdfbe3289)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ExternalSecret#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ExternalSecretSpec"]:
        '''ExternalSecretSpec defines the desired state of ExternalSecret.

        :schema: ExternalSecret#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ExternalSecretSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpec",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "data_from": "dataFrom",
        "refresh_interval": "refreshInterval",
        "refresh_policy": "refreshPolicy",
        "secret_store_ref": "secretStoreRef",
        "sync_windows": "syncWindows",
        "target": "target",
    },
)
class ExternalSecretSpec:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecData", typing.Dict[builtins.str, typing.Any]]]] = None,
        data_from: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecDataFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        refresh_interval: typing.Optional[builtins.str] = None,
        refresh_policy: typing.Optional["ExternalSecretSpecRefreshPolicy"] = None,
        secret_store_ref: typing.Optional[typing.Union["ExternalSecretSpecSecretStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
        sync_windows: typing.Optional[typing.Union["ExternalSecretSpecSyncWindows", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional[typing.Union["ExternalSecretSpecTarget", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretSpec defines the desired state of ExternalSecret.

        :param data: Data defines the connection between the Kubernetes Secret keys and the Provider data.
        :param data_from: DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.
        :param refresh_interval: RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h" Example values: "1h0m0s", "2h30m0s", "10m0s" May be set to "0s" to fetch and create it once. Defaults to 1h0m0s. Default: 1h0m0s.
        :param refresh_policy: RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval. No periodic updates occur if refreshInterval is 0. - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
        :param secret_store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
        :param sync_windows: SyncWindows optionally restricts when periodic refreshes may occur. Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).
        :param target: ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :schema: ExternalSecretSpec
        '''
        if isinstance(secret_store_ref, dict):
            secret_store_ref = ExternalSecretSpecSecretStoreRef(**secret_store_ref)
        if isinstance(sync_windows, dict):
            sync_windows = ExternalSecretSpecSyncWindows(**sync_windows)
        if isinstance(target, dict):
            target = ExternalSecretSpecTarget(**target)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__074b53f8506e2f7772a36a26ed9736680e0342754c5f0ccf2218c6fef874937d)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument data_from", value=data_from, expected_type=type_hints["data_from"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument refresh_policy", value=refresh_policy, expected_type=type_hints["refresh_policy"])
            check_type(argname="argument secret_store_ref", value=secret_store_ref, expected_type=type_hints["secret_store_ref"])
            check_type(argname="argument sync_windows", value=sync_windows, expected_type=type_hints["sync_windows"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if data_from is not None:
            self._values["data_from"] = data_from
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if refresh_policy is not None:
            self._values["refresh_policy"] = refresh_policy
        if secret_store_ref is not None:
            self._values["secret_store_ref"] = secret_store_ref
        if sync_windows is not None:
            self._values["sync_windows"] = sync_windows
        if target is not None:
            self._values["target"] = target

    @builtins.property
    def data(self) -> typing.Optional[typing.List["ExternalSecretSpecData"]]:
        '''Data defines the connection between the Kubernetes Secret keys and the Provider data.

        :schema: ExternalSecretSpec#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecData"]], result)

    @builtins.property
    def data_from(self) -> typing.Optional[typing.List["ExternalSecretSpecDataFrom"]]:
        '''DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.

        :schema: ExternalSecretSpec#dataFrom
        '''
        result = self._values.get("data_from")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecDataFrom"]], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional[builtins.str]:
        '''RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings.

        Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
        Example values: "1h0m0s", "2h30m0s", "10m0s"
        May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.

        :default: 1h0m0s.

        :schema: ExternalSecretSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_policy(self) -> typing.Optional["ExternalSecretSpecRefreshPolicy"]:
        '''RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.

        No periodic updates occur if refreshInterval is 0.

        - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes

        :schema: ExternalSecretSpec#refreshPolicy
        '''
        result = self._values.get("refresh_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecRefreshPolicy"], result)

    @builtins.property
    def secret_store_ref(self) -> typing.Optional["ExternalSecretSpecSecretStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpec#secretStoreRef
        '''
        result = self._values.get("secret_store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecSecretStoreRef"], result)

    @builtins.property
    def sync_windows(self) -> typing.Optional["ExternalSecretSpecSyncWindows"]:
        '''SyncWindows optionally restricts when periodic refreshes may occur.

        Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).

        :schema: ExternalSecretSpec#syncWindows
        '''
        result = self._values.get("sync_windows")
        return typing.cast(typing.Optional["ExternalSecretSpecSyncWindows"], result)

    @builtins.property
    def target(self) -> typing.Optional["ExternalSecretSpecTarget"]:
        '''ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :schema: ExternalSecretSpec#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional["ExternalSecretSpecTarget"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecData",
    jsii_struct_bases=[],
    name_mapping={
        "remote_ref": "remoteRef",
        "secret_key": "secretKey",
        "source_ref": "sourceRef",
    },
)
class ExternalSecretSpecData:
    def __init__(
        self,
        *,
        remote_ref: typing.Union["ExternalSecretSpecDataRemoteRef", typing.Dict[builtins.str, typing.Any]],
        secret_key: builtins.str,
        source_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.) and the Provider data.

        :param remote_ref: RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.
        :param secret_key: The key in the Kubernetes Secret to store the value.
        :param source_ref: SourceRef allows you to override the source from which the value will be pulled.

        :schema: ExternalSecretSpecData
        '''
        if isinstance(remote_ref, dict):
            remote_ref = ExternalSecretSpecDataRemoteRef(**remote_ref)
        if isinstance(source_ref, dict):
            source_ref = ExternalSecretSpecDataSourceRef(**source_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__475d807ac9fbc706d9ba6234ed898b602897f6af687b51a5cfabc7a77de0d4ce)
            check_type(argname="argument remote_ref", value=remote_ref, expected_type=type_hints["remote_ref"])
            check_type(argname="argument secret_key", value=secret_key, expected_type=type_hints["secret_key"])
            check_type(argname="argument source_ref", value=source_ref, expected_type=type_hints["source_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "remote_ref": remote_ref,
            "secret_key": secret_key,
        }
        if source_ref is not None:
            self._values["source_ref"] = source_ref

    @builtins.property
    def remote_ref(self) -> "ExternalSecretSpecDataRemoteRef":
        '''RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.

        :schema: ExternalSecretSpecData#remoteRef
        '''
        result = self._values.get("remote_ref")
        assert result is not None, "Required property 'remote_ref' is missing"
        return typing.cast("ExternalSecretSpecDataRemoteRef", result)

    @builtins.property
    def secret_key(self) -> builtins.str:
        '''The key in the Kubernetes Secret to store the value.

        :schema: ExternalSecretSpecData#secretKey
        '''
        result = self._values.get("secret_key")
        assert result is not None, "Required property 'secret_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def source_ref(self) -> typing.Optional["ExternalSecretSpecDataSourceRef"]:
        '''SourceRef allows you to override the source from which the value will be pulled.

        :schema: ExternalSecretSpecData#sourceRef
        '''
        result = self._values.get("source_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecData(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFrom",
    jsii_struct_bases=[],
    name_mapping={
        "extract": "extract",
        "find": "find",
        "rewrite": "rewrite",
        "source_ref": "sourceRef",
    },
)
class ExternalSecretSpecDataFrom:
    def __init__(
        self,
        *,
        extract: typing.Optional[typing.Union["ExternalSecretSpecDataFromExtract", typing.Dict[builtins.str, typing.Any]]] = None,
        find: typing.Optional[typing.Union["ExternalSecretSpecDataFromFind", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecDataFromRewrite", typing.Dict[builtins.str, typing.Any]]]] = None,
        source_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretDataFromRemoteRef defines the connection between the Kubernetes Secret keys and the Provider data when using DataFrom to fetch multiple values from a Provider.

        :param extract: Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
        :param find: Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
        :param rewrite: Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
        :param source_ref: SourceRef points to a store or generator which contains secret values ready to use. Use this in combination with Extract or Find pull values out of a specific SecretStore. When sourceRef points to a generator Extract or Find is not supported. The generator returns a static map of values

        :schema: ExternalSecretSpecDataFrom
        '''
        if isinstance(extract, dict):
            extract = ExternalSecretSpecDataFromExtract(**extract)
        if isinstance(find, dict):
            find = ExternalSecretSpecDataFromFind(**find)
        if isinstance(source_ref, dict):
            source_ref = ExternalSecretSpecDataFromSourceRef(**source_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5652c1cf0894311801be60a13dd81647750db80e32bc8f49fe3e8235021c6c91)
            check_type(argname="argument extract", value=extract, expected_type=type_hints["extract"])
            check_type(argname="argument find", value=find, expected_type=type_hints["find"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument source_ref", value=source_ref, expected_type=type_hints["source_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if extract is not None:
            self._values["extract"] = extract
        if find is not None:
            self._values["find"] = find
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if source_ref is not None:
            self._values["source_ref"] = source_ref

    @builtins.property
    def extract(self) -> typing.Optional["ExternalSecretSpecDataFromExtract"]:
        '''Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :schema: ExternalSecretSpecDataFrom#extract
        '''
        result = self._values.get("extract")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtract"], result)

    @builtins.property
    def find(self) -> typing.Optional["ExternalSecretSpecDataFromFind"]:
        '''Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :schema: ExternalSecretSpecDataFrom#find
        '''
        result = self._values.get("find")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFind"], result)

    @builtins.property
    def rewrite(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretSpecDataFromRewrite"]]:
        '''Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided.

        They are applied in a layered order (first to last)

        :schema: ExternalSecretSpecDataFrom#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecDataFromRewrite"]], result)

    @builtins.property
    def source_ref(self) -> typing.Optional["ExternalSecretSpecDataFromSourceRef"]:
        '''SourceRef points to a store or generator which contains secret values ready to use.

        Use this in combination with Extract or Find pull values out of
        a specific SecretStore.
        When sourceRef points to a generator Extract or Find is not supported.
        The generator returns a static map of values

        :schema: ExternalSecretSpecDataFrom#sourceRef
        '''
        result = self._values.get("source_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromExtract",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "metadata_policy": "metadataPolicy",
        "null_byte_policy": "nullBytePolicy",
        "property": "property",
        "version": "version",
    },
)
class ExternalSecretSpecDataFromExtract:
    def __init__(
        self,
        *,
        key: builtins.str,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"] = None,
        metadata_policy: typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"] = None,
        property: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :param key: Key is the key used in the Provider, mandatory.
        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param metadata_policy: Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None Default: None
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this source.
        :param property: Used to select a specific property of the Provider value (if a map), if supported.
        :param version: Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataFromExtract
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f1a826e166202abd8ad5a07dc322befd6750a4902692ec4d9ff881dbadc8d102)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument metadata_policy", value=metadata_policy, expected_type=type_hints["metadata_policy"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if metadata_policy is not None:
            self._values["metadata_policy"] = metadata_policy
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if property is not None:
            self._values["property"] = property
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key used in the Provider, mandatory.

        :schema: ExternalSecretSpecDataFromExtract#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataFromExtract#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataFromExtract#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"], result)

    @builtins.property
    def metadata_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"]:
        '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

        Defaults to None

        :default: None

        :schema: ExternalSecretSpecDataFromExtract#metadataPolicy
        '''
        result = self._values.get("metadata_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

        :schema: ExternalSecretSpecDataFromExtract#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"], result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific property of the Provider value (if a map), if supported.

        :schema: ExternalSecretSpecDataFromExtract#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataFromExtract#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromExtract(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromExtractConversionStrategy"
)
class ExternalSecretSpecDataFromExtractConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataFromExtractConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromExtractDecodingStrategy"
)
class ExternalSecretSpecDataFromExtractDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataFromExtractDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromExtractMetadataPolicy"
)
class ExternalSecretSpecDataFromExtractMetadataPolicy(enum.Enum):
    '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

    Defaults to None

    :default: None

    :schema: ExternalSecretSpecDataFromExtractMetadataPolicy
    '''

    NONE = "NONE"
    '''None.'''
    FETCH = "FETCH"
    '''Fetch.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromExtractNullBytePolicy"
)
class ExternalSecretSpecDataFromExtractNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

    :schema: ExternalSecretSpecDataFromExtractNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromFind",
    jsii_struct_bases=[],
    name_mapping={
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "name": "name",
        "null_byte_policy": "nullBytePolicy",
        "path": "path",
        "tags": "tags",
    },
)
class ExternalSecretSpecDataFromFind:
    def __init__(
        self,
        *,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"] = None,
        name: typing.Optional[typing.Union["ExternalSecretSpecDataFromFindName", typing.Dict[builtins.str, typing.Any]]] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"] = None,
        path: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param name: Finds secrets based on the name.
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this find source.
        :param path: A root path to start the find operations.
        :param tags: Find secrets based on tags.

        :schema: ExternalSecretSpecDataFromFind
        '''
        if isinstance(name, dict):
            name = ExternalSecretSpecDataFromFindName(**name)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8edc5b5404aea834ef81913f06d491df720ba9c52cc127400dacf95267b6e0c)
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if name is not None:
            self._values["name"] = name
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if path is not None:
            self._values["path"] = path
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataFromFind#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataFromFind#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"], result)

    @builtins.property
    def name(self) -> typing.Optional["ExternalSecretSpecDataFromFindName"]:
        '''Finds secrets based on the name.

        :schema: ExternalSecretSpecDataFromFind#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindName"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this find source.

        :schema: ExternalSecretSpecDataFromFind#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''A root path to start the find operations.

        :schema: ExternalSecretSpecDataFromFind#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Find secrets based on tags.

        :schema: ExternalSecretSpecDataFromFind#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromFind(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromFindConversionStrategy"
)
class ExternalSecretSpecDataFromFindConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataFromFindConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromFindDecodingStrategy"
)
class ExternalSecretSpecDataFromFindDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataFromFindDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromFindName",
    jsii_struct_bases=[],
    name_mapping={"regexp": "regexp"},
)
class ExternalSecretSpecDataFromFindName:
    def __init__(self, *, regexp: typing.Optional[builtins.str] = None) -> None:
        '''Finds secrets based on the name.

        :param regexp: Finds secrets base.

        :schema: ExternalSecretSpecDataFromFindName
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e51f0ba94048fcba1af9bf78d0b379efd9e574853c52555f3c81052e7a44e0d)
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regexp is not None:
            self._values["regexp"] = regexp

    @builtins.property
    def regexp(self) -> typing.Optional[builtins.str]:
        '''Finds secrets base.

        :schema: ExternalSecretSpecDataFromFindName#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromFindName(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromFindNullBytePolicy")
class ExternalSecretSpecDataFromFindNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this find source.

    :schema: ExternalSecretSpecDataFromFindNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromRewrite",
    jsii_struct_bases=[],
    name_mapping={"merge": "merge", "regexp": "regexp", "transform": "transform"},
)
class ExternalSecretSpecDataFromRewrite:
    def __init__(
        self,
        *,
        merge: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteMerge", typing.Dict[builtins.str, typing.Any]]] = None,
        regexp: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteRegexp", typing.Dict[builtins.str, typing.Any]]] = None,
        transform: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteTransform", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretRewrite defines how to rewrite secret data values before they are written to the Secret.

        :param merge: Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.
        :param regexp: Used to rewrite with regular expressions. The resulting key will be the output of a regexp.ReplaceAll operation.
        :param transform: Used to apply string transformation on the secrets. The resulting key will be the output of the template applied by the operation.

        :schema: ExternalSecretSpecDataFromRewrite
        '''
        if isinstance(merge, dict):
            merge = ExternalSecretSpecDataFromRewriteMerge(**merge)
        if isinstance(regexp, dict):
            regexp = ExternalSecretSpecDataFromRewriteRegexp(**regexp)
        if isinstance(transform, dict):
            transform = ExternalSecretSpecDataFromRewriteTransform(**transform)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34a7ea8664e4d3b6a1f3e0ff5e2df2f0dac77ecad4d9e29405fde21c45dcf3f4)
            check_type(argname="argument merge", value=merge, expected_type=type_hints["merge"])
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
            check_type(argname="argument transform", value=transform, expected_type=type_hints["transform"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if merge is not None:
            self._values["merge"] = merge
        if regexp is not None:
            self._values["regexp"] = regexp
        if transform is not None:
            self._values["transform"] = transform

    @builtins.property
    def merge(self) -> typing.Optional["ExternalSecretSpecDataFromRewriteMerge"]:
        '''Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.

        :schema: ExternalSecretSpecDataFromRewrite#merge
        '''
        result = self._values.get("merge")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMerge"], result)

    @builtins.property
    def regexp(self) -> typing.Optional["ExternalSecretSpecDataFromRewriteRegexp"]:
        '''Used to rewrite with regular expressions.

        The resulting key will be the output of a regexp.ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewrite#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteRegexp"], result)

    @builtins.property
    def transform(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteTransform"]:
        '''Used to apply string transformation on the secrets.

        The resulting key will be the output of the template applied by the operation.

        :schema: ExternalSecretSpecDataFromRewrite#transform
        '''
        result = self._values.get("transform")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteTransform"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromRewriteMerge",
    jsii_struct_bases=[],
    name_mapping={
        "conflict_policy": "conflictPolicy",
        "into": "into",
        "priority": "priority",
        "priority_policy": "priorityPolicy",
        "strategy": "strategy",
    },
)
class ExternalSecretSpecDataFromRewriteMerge:
    def __init__(
        self,
        *,
        conflict_policy: typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"] = None,
        into: typing.Optional[builtins.str] = None,
        priority: typing.Optional[typing.Sequence[builtins.str]] = None,
        priority_policy: typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"] = None,
        strategy: typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"] = None,
    ) -> None:
        '''Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.

        :param conflict_policy: Used to define the policy to use in conflict resolution.
        :param into: Used to define the target key of the merge operation. Required if strategy is JSON. Ignored otherwise.
        :param priority: Used to define key priority in conflict resolution.
        :param priority_policy: Used to define the policy when a key in the priority list does not exist in the input.
        :param strategy: Used to define the strategy to use in the merge operation.

        :schema: ExternalSecretSpecDataFromRewriteMerge
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d20754036ee89fd6b0bcd20b5875dee410e09b933e08e4664815ce85715431df)
            check_type(argname="argument conflict_policy", value=conflict_policy, expected_type=type_hints["conflict_policy"])
            check_type(argname="argument into", value=into, expected_type=type_hints["into"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument priority_policy", value=priority_policy, expected_type=type_hints["priority_policy"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if conflict_policy is not None:
            self._values["conflict_policy"] = conflict_policy
        if into is not None:
            self._values["into"] = into
        if priority is not None:
            self._values["priority"] = priority
        if priority_policy is not None:
            self._values["priority_policy"] = priority_policy
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def conflict_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"]:
        '''Used to define the policy to use in conflict resolution.

        :schema: ExternalSecretSpecDataFromRewriteMerge#conflictPolicy
        '''
        result = self._values.get("conflict_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"], result)

    @builtins.property
    def into(self) -> typing.Optional[builtins.str]:
        '''Used to define the target key of the merge operation.

        Required if strategy is JSON. Ignored otherwise.

        :schema: ExternalSecretSpecDataFromRewriteMerge#into
        '''
        result = self._values.get("into")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Used to define key priority in conflict resolution.

        :schema: ExternalSecretSpecDataFromRewriteMerge#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def priority_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"]:
        '''Used to define the policy when a key in the priority list does not exist in the input.

        :schema: ExternalSecretSpecDataFromRewriteMerge#priorityPolicy
        '''
        result = self._values.get("priority_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"], result)

    @builtins.property
    def strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"]:
        '''Used to define the strategy to use in the merge operation.

        :schema: ExternalSecretSpecDataFromRewriteMerge#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteMerge(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergeConflictPolicy"
)
class ExternalSecretSpecDataFromRewriteMergeConflictPolicy(enum.Enum):
    '''Used to define the policy to use in conflict resolution.

    :schema: ExternalSecretSpecDataFromRewriteMergeConflictPolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    ERROR = "ERROR"
    '''Error.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergePriorityPolicy"
)
class ExternalSecretSpecDataFromRewriteMergePriorityPolicy(enum.Enum):
    '''Used to define the policy when a key in the priority list does not exist in the input.

    :schema: ExternalSecretSpecDataFromRewriteMergePriorityPolicy
    '''

    IGNORE_NOT_FOUND = "IGNORE_NOT_FOUND"
    '''IgnoreNotFound.'''
    STRICT = "STRICT"
    '''Strict.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergeStrategy"
)
class ExternalSecretSpecDataFromRewriteMergeStrategy(enum.Enum):
    '''Used to define the strategy to use in the merge operation.

    :schema: ExternalSecretSpecDataFromRewriteMergeStrategy
    '''

    EXTRACT = "EXTRACT"
    '''Extract.'''
    JSON = "JSON"
    '''JSON.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromRewriteRegexp",
    jsii_struct_bases=[],
    name_mapping={"source": "source", "target": "target"},
)
class ExternalSecretSpecDataFromRewriteRegexp:
    def __init__(self, *, source: builtins.str, target: builtins.str) -> None:
        '''Used to rewrite with regular expressions.

        The resulting key will be the output of a regexp.ReplaceAll operation.

        :param source: Used to define the regular expression of a re.Compiler.
        :param target: Used to define the target pattern of a ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewriteRegexp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07bb68a64c1898dfd9e6d9598ac03e0577691ae09139179a55d7a71e87a2a001)
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "source": source,
            "target": target,
        }

    @builtins.property
    def source(self) -> builtins.str:
        '''Used to define the regular expression of a re.Compiler.

        :schema: ExternalSecretSpecDataFromRewriteRegexp#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target(self) -> builtins.str:
        '''Used to define the target pattern of a ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewriteRegexp#target
        '''
        result = self._values.get("target")
        assert result is not None, "Required property 'target' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteRegexp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromRewriteTransform",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class ExternalSecretSpecDataFromRewriteTransform:
    def __init__(self, *, template: builtins.str) -> None:
        '''Used to apply string transformation on the secrets.

        The resulting key will be the output of the template applied by the operation.

        :param template: Used to define the template to apply on the secret name. ``.value `` will specify the secret name in the template.

        :schema: ExternalSecretSpecDataFromRewriteTransform
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea77cb2fa93be64a812dd1b6f1c4d5a3c14a8077b583881a578654ce0f1efbe9)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> builtins.str:
        '''Used to define the template to apply on the secret name.

        ``.value `` will specify the secret name in the template.

        :schema: ExternalSecretSpecDataFromRewriteTransform#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteTransform(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromSourceRef",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "store_ref": "storeRef"},
)
class ExternalSecretSpecDataFromSourceRef:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRefGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        store_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRefStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SourceRef points to a store or generator which contains secret values ready to use.

        Use this in combination with Extract or Find pull values out of
        a specific SecretStore.
        When sourceRef points to a generator Extract or Find is not supported.
        The generator returns a static map of values

        :param generator_ref: GeneratorRef points to a generator custom resource.
        :param store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataFromSourceRef
        '''
        if isinstance(generator_ref, dict):
            generator_ref = ExternalSecretSpecDataFromSourceRefGeneratorRef(**generator_ref)
        if isinstance(store_ref, dict):
            store_ref = ExternalSecretSpecDataFromSourceRefStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bdacd781fe4a8fdd7dba12242f261be35b0741dfecfc6cad806edac31244739)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def generator_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefGeneratorRef"]:
        '''GeneratorRef points to a generator custom resource.

        :schema: ExternalSecretSpecDataFromSourceRef#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefGeneratorRef"], result)

    @builtins.property
    def store_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataFromSourceRef#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromSourceRefGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class ExternalSecretSpecDataFromSourceRefGeneratorRef:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecDataFromSourceRefGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GeneratorRef points to a generator custom resource.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5de20fbeaa188a66ea77f30598485617164e180abadf40ceea35c89fcb3a3de0)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "ExternalSecretSpecDataFromSourceRefGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecDataFromSourceRefGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRefGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromSourceRefGeneratorRefKind"
)
class ExternalSecretSpecDataFromSourceRefGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: ExternalSecretSpecDataFromSourceRefGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"
    '''BeyondtrustWorkloadCredentialsDynamicSecret.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    CLOUDSMITH_ACCESS_TOKEN = "CLOUDSMITH_ACCESS_TOKEN"
    '''CloudsmithAccessToken.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    GITLAB_DEPLOY_TOKEN = "GITLAB_DEPLOY_TOKEN"
    '''GitlabDeployToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''
    MFA = "MFA"
    '''MFA.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromSourceRefStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecDataFromSourceRefStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d42eeaaa91f59431f0eccdb8fa40fd12da13f9e7dd734564ff4c548604fd749)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRefStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataFromSourceRefStoreRefKind"
)
class ExternalSecretSpecDataFromSourceRefStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecDataFromSourceRefStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataRemoteRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "metadata_policy": "metadataPolicy",
        "null_byte_policy": "nullBytePolicy",
        "property": "property",
        "version": "version",
    },
)
class ExternalSecretSpecDataRemoteRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"] = None,
        metadata_policy: typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"] = None,
        property: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.

        :param key: Key is the key used in the Provider, mandatory.
        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param metadata_policy: Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None Default: None
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this source.
        :param property: Used to select a specific property of the Provider value (if a map), if supported.
        :param version: Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataRemoteRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8fa135eb71c3b0e514a59fb4221d3694ecf54b320c828591b0435c574fdfb02c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument metadata_policy", value=metadata_policy, expected_type=type_hints["metadata_policy"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if metadata_policy is not None:
            self._values["metadata_policy"] = metadata_policy
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if property is not None:
            self._values["property"] = property
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key used in the Provider, mandatory.

        :schema: ExternalSecretSpecDataRemoteRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataRemoteRef#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataRemoteRef#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"], result)

    @builtins.property
    def metadata_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"]:
        '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

        Defaults to None

        :default: None

        :schema: ExternalSecretSpecDataRemoteRef#metadataPolicy
        '''
        result = self._values.get("metadata_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

        :schema: ExternalSecretSpecDataRemoteRef#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"], result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific property of the Provider value (if a map), if supported.

        :schema: ExternalSecretSpecDataRemoteRef#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataRemoteRef#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataRemoteRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataRemoteRefConversionStrategy"
)
class ExternalSecretSpecDataRemoteRefConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataRemoteRefConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataRemoteRefDecodingStrategy"
)
class ExternalSecretSpecDataRemoteRefDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataRemoteRefDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataRemoteRefMetadataPolicy"
)
class ExternalSecretSpecDataRemoteRefMetadataPolicy(enum.Enum):
    '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

    Defaults to None

    :default: None

    :schema: ExternalSecretSpecDataRemoteRefMetadataPolicy
    '''

    NONE = "NONE"
    '''None.'''
    FETCH = "FETCH"
    '''Fetch.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataRemoteRefNullBytePolicy"
)
class ExternalSecretSpecDataRemoteRefNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

    :schema: ExternalSecretSpecDataRemoteRefNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "store_ref": "storeRef"},
)
class ExternalSecretSpecDataSourceRef:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRefGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        store_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRefStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SourceRef allows you to override the source from which the value will be pulled.

        :param generator_ref: GeneratorRef points to a generator custom resource. Deprecated: The generatorRef is not implemented in .data[]. this will be removed with v1.
        :param store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataSourceRef
        '''
        if isinstance(generator_ref, dict):
            generator_ref = ExternalSecretSpecDataSourceRefGeneratorRef(**generator_ref)
        if isinstance(store_ref, dict):
            store_ref = ExternalSecretSpecDataSourceRefStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7be84602ab6a48aa2f02f1f2788d8e8c0f04bbaeb305a58dc5aa9893b3b36afd)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def generator_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataSourceRefGeneratorRef"]:
        '''GeneratorRef points to a generator custom resource.

        Deprecated: The generatorRef is not implemented in .data[].
        this will be removed with v1.

        :schema: ExternalSecretSpecDataSourceRef#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefGeneratorRef"], result)

    @builtins.property
    def store_ref(self) -> typing.Optional["ExternalSecretSpecDataSourceRefStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataSourceRef#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataSourceRefGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class ExternalSecretSpecDataSourceRefGeneratorRef:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecDataSourceRefGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GeneratorRef points to a generator custom resource.

        Deprecated: The generatorRef is not implemented in .data[].
        this will be removed with v1.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b555942e78a0d71b49c937e2b35f2d46f77dcb9c587f0bf0826b60ba87744e15)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "ExternalSecretSpecDataSourceRefGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecDataSourceRefGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRefGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataSourceRefGeneratorRefKind"
)
class ExternalSecretSpecDataSourceRefGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: ExternalSecretSpecDataSourceRefGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"
    '''BeyondtrustWorkloadCredentialsDynamicSecret.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    CLOUDSMITH_ACCESS_TOKEN = "CLOUDSMITH_ACCESS_TOKEN"
    '''CloudsmithAccessToken.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    GITLAB_DEPLOY_TOKEN = "GITLAB_DEPLOY_TOKEN"
    '''GitlabDeployToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''
    MFA = "MFA"
    '''MFA.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecDataSourceRefStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecDataSourceRefStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataSourceRefStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dabc81d7c49ec321cf533cf9fc3ff20618ebb29f3711a3be2ce659f592a9b743)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecDataSourceRefStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataSourceRefStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRefStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.ExternalSecretSpecDataSourceRefStoreRefKind")
class ExternalSecretSpecDataSourceRefStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecDataSourceRefStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.enum(jsii_type="ioexternal-secrets.ExternalSecretSpecRefreshPolicy")
class ExternalSecretSpecRefreshPolicy(enum.Enum):
    '''RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.

    No periodic updates occur if refreshInterval is 0.

    - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes

    :schema: ExternalSecretSpecRefreshPolicy
    '''

    CREATED_ONCE = "CREATED_ONCE"
    '''CreatedOnce.'''
    PERIODIC = "PERIODIC"
    '''Periodic.'''
    ON_CHANGE = "ON_CHANGE"
    '''OnChange.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecSecretStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecSecretStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecSecretStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecSecretStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6387a5fae9528a5204090c40d2c2889305f5e0931cd3c9f56f16b857a47f6aab)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["ExternalSecretSpecSecretStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecSecretStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecSecretStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecSecretStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSecretStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.ExternalSecretSpecSecretStoreRefKind")
class ExternalSecretSpecSecretStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecSecretStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecSyncWindows",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "windows": "windows"},
)
class ExternalSecretSpecSyncWindows:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecSyncWindowsKind",
        windows: typing.Sequence[typing.Union["ExternalSecretSpecSyncWindowsWindows", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''SyncWindows optionally restricts when periodic refreshes may occur.

        Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).

        :param kind: Kind applies to every window in the list. "allow" -- syncs are permitted only while at least one window is active; all other times are blocked. "deny" -- syncs are blocked while any window is active; all other times are permitted.
        :param windows: Windows is the list of schedule+duration pairs.

        :schema: ExternalSecretSpecSyncWindows
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__641ba6dad04362af5e55bcf31fb7e2d331e5c55078b1e5a7f389f1be4e8a4068)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument windows", value=windows, expected_type=type_hints["windows"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "windows": windows,
        }

    @builtins.property
    def kind(self) -> "ExternalSecretSpecSyncWindowsKind":
        '''Kind applies to every window in the list.

        "allow" -- syncs are permitted only while at least one window is active;
        all other times are blocked.
        "deny"  -- syncs are blocked while any window is active;
        all other times are permitted.

        :schema: ExternalSecretSpecSyncWindows#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecSyncWindowsKind", result)

    @builtins.property
    def windows(self) -> typing.List["ExternalSecretSpecSyncWindowsWindows"]:
        '''Windows is the list of schedule+duration pairs.

        :schema: ExternalSecretSpecSyncWindows#windows
        '''
        result = self._values.get("windows")
        assert result is not None, "Required property 'windows' is missing"
        return typing.cast(typing.List["ExternalSecretSpecSyncWindowsWindows"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSyncWindows(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.ExternalSecretSpecSyncWindowsKind")
class ExternalSecretSpecSyncWindowsKind(enum.Enum):
    '''Kind applies to every window in the list.

    "allow" -- syncs are permitted only while at least one window is active;
    all other times are blocked.
    "deny"  -- syncs are blocked while any window is active;
    all other times are permitted.

    :schema: ExternalSecretSpecSyncWindowsKind
    '''

    ALLOW = "ALLOW"
    '''allow.'''
    DENY = "DENY"
    '''deny.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecSyncWindowsWindows",
    jsii_struct_bases=[],
    name_mapping={"duration": "duration", "schedule": "schedule"},
)
class ExternalSecretSpecSyncWindowsWindows:
    def __init__(self, *, duration: builtins.str, schedule: builtins.str) -> None:
        '''ExternalSecretSyncWindowEntry defines a single cron-schedule + duration pair within a SyncWindows block.

        :param duration: Duration specifies how long the window stays open after each Schedule firing. Example: "8h".
        :param schedule: Schedule is a standard 5-field cron expression evaluated in UTC, or a named shorthand such as.

        :schema: ExternalSecretSpecSyncWindowsWindows
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba080faada01ec11a3d50bde37c100a2858953b9b8de74b904326393115c9575)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument schedule", value=schedule, expected_type=type_hints["schedule"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
            "schedule": schedule,
        }

    @builtins.property
    def duration(self) -> builtins.str:
        '''Duration specifies how long the window stays open after each Schedule firing.

        Example: "8h".

        :schema: ExternalSecretSpecSyncWindowsWindows#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def schedule(self) -> builtins.str:
        '''Schedule is a standard 5-field cron expression evaluated in UTC, or a named shorthand such as.

        :daily: or
        :every:

        1h. It marks the start time of
        each window occurrence.
        Example: "0 22 * * 1-5" opens a window every weekday at 22:00 UTC.
        :schema: ExternalSecretSpecSyncWindowsWindows#schedule
        '''
        result = self._values.get("schedule")
        assert result is not None, "Required property 'schedule' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSyncWindowsWindows(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTarget",
    jsii_struct_bases=[],
    name_mapping={
        "creation_policy": "creationPolicy",
        "deletion_policy": "deletionPolicy",
        "immutable": "immutable",
        "manifest": "manifest",
        "name": "name",
        "template": "template",
    },
)
class ExternalSecretSpecTarget:
    def __init__(
        self,
        *,
        creation_policy: typing.Optional["ExternalSecretSpecTargetCreationPolicy"] = None,
        deletion_policy: typing.Optional["ExternalSecretSpecTargetDeletionPolicy"] = None,
        immutable: typing.Optional[builtins.bool] = None,
        manifest: typing.Optional[typing.Union["ExternalSecretSpecTargetManifest", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        template: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :param creation_policy: CreationPolicy defines rules on how to create the resulting Secret. Defaults to "Owner" Default: Owner"
        :param deletion_policy: DeletionPolicy defines rules on how to delete the resulting Secret. Defaults to "Retain" Default: Retain"
        :param immutable: Immutable defines if the final secret will be immutable.
        :param manifest: Manifest defines a custom Kubernetes resource to create instead of a Secret. When specified, ExternalSecret will create the resource type defined here (e.g., ConfigMap, Custom Resource) instead of a Secret. Warning: Using Generic target. Make sure access policies and encryption are properly configured.
        :param name: The name of the Secret resource to be managed. Defaults to the .metadata.name of the ExternalSecret resource Default: the .metadata.name of the ExternalSecret resource
        :param template: Template defines a blueprint for the created Secret resource.

        :schema: ExternalSecretSpecTarget
        '''
        if isinstance(manifest, dict):
            manifest = ExternalSecretSpecTargetManifest(**manifest)
        if isinstance(template, dict):
            template = ExternalSecretSpecTargetTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__827bc50a1daa2c072beabe447d39f5aa425b2533370b434284005378aa9a35c4)
            check_type(argname="argument creation_policy", value=creation_policy, expected_type=type_hints["creation_policy"])
            check_type(argname="argument deletion_policy", value=deletion_policy, expected_type=type_hints["deletion_policy"])
            check_type(argname="argument immutable", value=immutable, expected_type=type_hints["immutable"])
            check_type(argname="argument manifest", value=manifest, expected_type=type_hints["manifest"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if creation_policy is not None:
            self._values["creation_policy"] = creation_policy
        if deletion_policy is not None:
            self._values["deletion_policy"] = deletion_policy
        if immutable is not None:
            self._values["immutable"] = immutable
        if manifest is not None:
            self._values["manifest"] = manifest
        if name is not None:
            self._values["name"] = name
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def creation_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetCreationPolicy"]:
        '''CreationPolicy defines rules on how to create the resulting Secret.

        Defaults to "Owner"

        :default: Owner"

        :schema: ExternalSecretSpecTarget#creationPolicy
        '''
        result = self._values.get("creation_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetCreationPolicy"], result)

    @builtins.property
    def deletion_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetDeletionPolicy"]:
        '''DeletionPolicy defines rules on how to delete the resulting Secret.

        Defaults to "Retain"

        :default: Retain"

        :schema: ExternalSecretSpecTarget#deletionPolicy
        '''
        result = self._values.get("deletion_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetDeletionPolicy"], result)

    @builtins.property
    def immutable(self) -> typing.Optional[builtins.bool]:
        '''Immutable defines if the final secret will be immutable.

        :schema: ExternalSecretSpecTarget#immutable
        '''
        result = self._values.get("immutable")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def manifest(self) -> typing.Optional["ExternalSecretSpecTargetManifest"]:
        '''Manifest defines a custom Kubernetes resource to create instead of a Secret.

        When specified, ExternalSecret will create the resource type defined here
        (e.g., ConfigMap, Custom Resource) instead of a Secret.
        Warning: Using Generic target. Make sure access policies and encryption are properly configured.

        :schema: ExternalSecretSpecTarget#manifest
        '''
        result = self._values.get("manifest")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetManifest"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource to be managed.

        Defaults to the .metadata.name of the ExternalSecret resource

        :default: the .metadata.name of the ExternalSecret resource

        :schema: ExternalSecretSpecTarget#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template(self) -> typing.Optional["ExternalSecretSpecTargetTemplate"]:
        '''Template defines a blueprint for the created Secret resource.

        :schema: ExternalSecretSpecTarget#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTarget(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.ExternalSecretSpecTargetCreationPolicy")
class ExternalSecretSpecTargetCreationPolicy(enum.Enum):
    '''CreationPolicy defines rules on how to create the resulting Secret.

    Defaults to "Owner"

    :default: Owner"

    :schema: ExternalSecretSpecTargetCreationPolicy
    '''

    OWNER = "OWNER"
    '''Owner.'''
    ORPHAN = "ORPHAN"
    '''Orphan.'''
    MERGE = "MERGE"
    '''Merge.'''
    NONE = "NONE"
    '''None.'''
    CREATE_OR_MERGE = "CREATE_OR_MERGE"
    '''CreateOrMerge.'''


@jsii.enum(jsii_type="ioexternal-secrets.ExternalSecretSpecTargetDeletionPolicy")
class ExternalSecretSpecTargetDeletionPolicy(enum.Enum):
    '''DeletionPolicy defines rules on how to delete the resulting Secret.

    Defaults to "Retain"

    :default: Retain"

    :schema: ExternalSecretSpecTargetDeletionPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    MERGE = "MERGE"
    '''Merge.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetManifest",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind"},
)
class ExternalSecretSpecTargetManifest:
    def __init__(self, *, api_version: builtins.str, kind: builtins.str) -> None:
        '''Manifest defines a custom Kubernetes resource to create instead of a Secret.

        When specified, ExternalSecret will create the resource type defined here
        (e.g., ConfigMap, Custom Resource) instead of a Secret.
        Warning: Using Generic target. Make sure access policies and encryption are properly configured.

        :param api_version: APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application).
        :param kind: Kind of the target resource (e.g., "ConfigMap", "Application").

        :schema: ExternalSecretSpecTargetManifest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f1537c634fadc74d0ebff0dadab1c87af05e2ac7c9474483010bc3e9016fb08)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application).

        :schema: ExternalSecretSpecTargetManifest#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of the target resource (e.g., "ConfigMap", "Application").

        :schema: ExternalSecretSpecTargetManifest#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetManifest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "engine_version": "engineVersion",
        "merge_policy": "mergePolicy",
        "metadata": "metadata",
        "template_from": "templateFrom",
        "type": "type",
    },
)
class ExternalSecretSpecTargetTemplate:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        engine_version: typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"] = None,
        merge_policy: typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"] = None,
        metadata: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        template_from: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Template defines a blueprint for the created Secret resource.

        :param data: 
        :param engine_version: EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].
        :param merge_policy: TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
        :param metadata: ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
        :param template_from: 
        :param type: 

        :schema: ExternalSecretSpecTargetTemplate
        '''
        if isinstance(metadata, dict):
            metadata = ExternalSecretSpecTargetTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8a97a9d748a88e76340582885a47a889666e169b36bf601e948fa8fbaf8eacb8)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument engine_version", value=engine_version, expected_type=type_hints["engine_version"])
            check_type(argname="argument merge_policy", value=merge_policy, expected_type=type_hints["merge_policy"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument template_from", value=template_from, expected_type=type_hints["template_from"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if engine_version is not None:
            self._values["engine_version"] = engine_version
        if merge_policy is not None:
            self._values["merge_policy"] = merge_policy
        if metadata is not None:
            self._values["metadata"] = metadata
        if template_from is not None:
            self._values["template_from"] = template_from
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def data(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def engine_version(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"]:
        '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

        :schema: ExternalSecretSpecTargetTemplate#engineVersion
        '''
        result = self._values.get("engine_version")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"], result)

    @builtins.property
    def merge_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"]:
        '''TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.

        :schema: ExternalSecretSpecTargetTemplate#mergePolicy
        '''
        result = self._values.get("merge_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["ExternalSecretSpecTargetTemplateMetadata"]:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :schema: ExternalSecretSpecTargetTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateMetadata"], result)

    @builtins.property
    def template_from(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretSpecTargetTemplateTemplateFrom"]]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#templateFrom
        '''
        result = self._values.get("template_from")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecTargetTemplateTemplateFrom"]], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateEngineVersion"
)
class ExternalSecretSpecTargetTemplateEngineVersion(enum.Enum):
    '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

    :schema: ExternalSecretSpecTargetTemplateEngineVersion
    '''

    V2 = "V2"
    '''v2.'''


@jsii.enum(jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateMergePolicy")
class ExternalSecretSpecTargetTemplateMergePolicy(enum.Enum):
    '''TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.

    :schema: ExternalSecretSpecTargetTemplateMergePolicy
    '''

    REPLACE = "REPLACE"
    '''Replace.'''
    MERGE = "MERGE"
    '''Merge.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
    },
)
class ExternalSecretSpecTargetTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :param annotations: 
        :param finalizers: 
        :param labels: 

        :schema: ExternalSecretSpecTargetTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd5588a79e0c2ae668496ad557535214d7832b67410c55764b5ebcb0df34aa6e)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument finalizers", value=finalizers, expected_type=type_hints["finalizers"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if finalizers is not None:
            self._values["finalizers"] = finalizers
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "literal": "literal",
        "secret": "secret",
        "target": "target",
        "values_decoding_strategy": "valuesDecodingStrategy",
    },
)
class ExternalSecretSpecTargetTemplateTemplateFrom:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        literal: typing.Optional[builtins.str] = None,
        secret: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional[builtins.str] = None,
        values_decoding_strategy: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"] = None,
    ) -> None:
        '''TemplateFrom specifies a source for templates.

        Each item in the list can either reference a ConfigMap or a Secret resource.

        :param config_map: TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
        :param literal: 
        :param secret: TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
        :param target: Target specifies where to place the template result. For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels"; any other value is rejected because it would allow writes to privileged Secret fields. For custom resources (when spec.target.manifest is set), this supports nested paths like "spec.database.config" or "data".
        :param values_decoding_strategy: Used to define a decoding Strategy for the rendered template values. Defaults to None when omitted. Default: None when omitted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom
        '''
        if isinstance(config_map, dict):
            config_map = ExternalSecretSpecTargetTemplateTemplateFromConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = ExternalSecretSpecTargetTemplateTemplateFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31faa86a5c98b99d6ee0e61c7febcb6d057f4f2d66a77088ff59e58fd22c0e21)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument literal", value=literal, expected_type=type_hints["literal"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
            check_type(argname="argument values_decoding_strategy", value=values_decoding_strategy, expected_type=type_hints["values_decoding_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if literal is not None:
            self._values["literal"] = literal
        if secret is not None:
            self._values["secret"] = secret
        if target is not None:
            self._values["target"] = target
        if values_decoding_strategy is not None:
            self._values["values_decoding_strategy"] = values_decoding_strategy

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMap"]:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMap"], result)

    @builtins.property
    def literal(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#literal
        '''
        result = self._values.get("literal")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecret"]:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecret"], result)

    @builtins.property
    def target(self) -> typing.Optional[builtins.str]:
        '''Target specifies where to place the template result.

        For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels";
        any other value is rejected because it would allow writes to privileged Secret fields.
        For custom resources (when spec.target.manifest is set), this supports
        nested paths like "spec.database.config" or "data".

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values_decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"]:
        '''Used to define a decoding Strategy for the rendered template values.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#valuesDecodingStrategy
        '''
        result = self._values.get("values_decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMap",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMap:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02bb153304316c1d27d8cc2666b4bffdf0b5ee46f914eb90f501ff4d279aff79)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(
        self,
    ) -> typing.List["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__183828d27464f0cb7be30c7fcfa871d537b68ad5d70c9895876220619c3ee123)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"]:
        '''TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs(enum.Enum):
    '''TemplateScope specifies how the template keys should be interpreted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecret",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class ExternalSecretSpecTargetTemplateTemplateFromSecret:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromSecretItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a0091308b64027190e4220f919c8b9fe8606081a83a7cac89b8d6f66850f27d9)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(
        self,
    ) -> typing.List["ExternalSecretSpecTargetTemplateTemplateFromSecretItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["ExternalSecretSpecTargetTemplateTemplateFromSecretItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class ExternalSecretSpecTargetTemplateTemplateFromSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd62afc90b918a7a93df148a8f114e0416daaaa6276fbdd86d8d0b7a8b3a5886)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"]:
        '''TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"
)
class ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs(enum.Enum):
    '''TemplateScope specifies how the template keys should be interpreted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.enum(
    jsii_type="ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"
)
class ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy for the rendered template values.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


class SecretStore(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ioexternal-secrets.SecretStore",
):
    '''SecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

    :schema: SecretStore
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SecretStore" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__180aec373b8c9c56e68a264b2b4b4d292b94771886f0aa691cf5bb6dbec97d6b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SecretStoreProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SecretStore".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.
        '''
        props = SecretStoreProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SecretStore".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SecretStoreProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SecretStoreSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretStore represents a secure external location for storing secrets, which can be referenced as part of ``storeRef`` fields.

        :param metadata: 
        :param spec: SecretStoreSpec defines the desired state of SecretStore.

        :schema: SecretStore
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SecretStoreSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1dab5bf5499b6000b83acce303ccadfb92208c478648fa8e4071edb8459ed03)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SecretStore#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SecretStoreSpec"]:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :schema: SecretStore#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SecretStoreSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpec",
    jsii_struct_bases=[],
    name_mapping={
        "provider": "provider",
        "conditions": "conditions",
        "controller": "controller",
        "refresh_interval": "refreshInterval",
        "retry_settings": "retrySettings",
    },
)
class SecretStoreSpec:
    def __init__(
        self,
        *,
        provider: typing.Union["SecretStoreSpecProvider", typing.Dict[builtins.str, typing.Any]],
        conditions: typing.Optional[typing.Sequence[typing.Union["SecretStoreSpecConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        controller: typing.Optional[builtins.str] = None,
        refresh_interval: typing.Optional["SecretStoreSpecRefreshInterval"] = None,
        retry_settings: typing.Optional[typing.Union["SecretStoreSpecRetrySettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretStoreSpec defines the desired state of SecretStore.

        :param provider: Used to configure the provider. Only one provider may be set
        :param conditions: Used to constrain a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore.
        :param controller: Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.
        :param refresh_interval: Used to configure store refresh interval. Accepts either an integer number of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or 0 will default to the controller config.
        :param retry_settings: Used to configure HTTP retries on failures.

        :schema: SecretStoreSpec
        '''
        if isinstance(provider, dict):
            provider = SecretStoreSpecProvider(**provider)
        if isinstance(retry_settings, dict):
            retry_settings = SecretStoreSpecRetrySettings(**retry_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba085ab3c8441d364a5007e3094da84533695a382d5308b8e6f1b321858ef625)
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument conditions", value=conditions, expected_type=type_hints["conditions"])
            check_type(argname="argument controller", value=controller, expected_type=type_hints["controller"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument retry_settings", value=retry_settings, expected_type=type_hints["retry_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "provider": provider,
        }
        if conditions is not None:
            self._values["conditions"] = conditions
        if controller is not None:
            self._values["controller"] = controller
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if retry_settings is not None:
            self._values["retry_settings"] = retry_settings

    @builtins.property
    def provider(self) -> "SecretStoreSpecProvider":
        '''Used to configure the provider.

        Only one provider may be set

        :schema: SecretStoreSpec#provider
        '''
        result = self._values.get("provider")
        assert result is not None, "Required property 'provider' is missing"
        return typing.cast("SecretStoreSpecProvider", result)

    @builtins.property
    def conditions(self) -> typing.Optional[typing.List["SecretStoreSpecConditions"]]:
        '''Used to constrain a ClusterSecretStore to specific namespaces.

        Relevant only to ClusterSecretStore.

        :schema: SecretStoreSpec#conditions
        '''
        result = self._values.get("conditions")
        return typing.cast(typing.Optional[typing.List["SecretStoreSpecConditions"]], result)

    @builtins.property
    def controller(self) -> typing.Optional[builtins.str]:
        '''Used to select the correct ESO controller (think: ingress.ingressClassName) The ESO controller is instantiated with a specific controller name and filters ES based on this property.

        :schema: SecretStoreSpec#controller
        '''
        result = self._values.get("controller")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional["SecretStoreSpecRefreshInterval"]:
        '''Used to configure store refresh interval.

        Accepts either an integer number
        of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
        0 will default to the controller config.

        :schema: SecretStoreSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional["SecretStoreSpecRefreshInterval"], result)

    @builtins.property
    def retry_settings(self) -> typing.Optional["SecretStoreSpecRetrySettings"]:
        '''Used to configure HTTP retries on failures.

        :schema: SecretStoreSpec#retrySettings
        '''
        result = self._values.get("retry_settings")
        return typing.cast(typing.Optional["SecretStoreSpecRetrySettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecConditions",
    jsii_struct_bases=[],
    name_mapping={
        "namespace_regexes": "namespaceRegexes",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
    },
)
class SecretStoreSpecConditions:
    def __init__(
        self,
        *,
        namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["SecretStoreSpecConditionsNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in for a ClusterSecretStore instance.

        :param namespace_regexes: Choose namespaces by using regex matching.
        :param namespaces: Choose namespaces by name.
        :param namespace_selector: Choose namespace using a labelSelector.

        :schema: SecretStoreSpecConditions
        '''
        if isinstance(namespace_selector, dict):
            namespace_selector = SecretStoreSpecConditionsNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01d547344dc958faea293fc6df367ed85f56a3c604e289b6e97c55dbfec52074)
            check_type(argname="argument namespace_regexes", value=namespace_regexes, expected_type=type_hints["namespace_regexes"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace_regexes is not None:
            self._values["namespace_regexes"] = namespace_regexes
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector

    @builtins.property
    def namespace_regexes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by using regex matching.

        :schema: SecretStoreSpecConditions#namespaceRegexes
        '''
        result = self._values.get("namespace_regexes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Choose namespaces by name.

        :schema: SecretStoreSpecConditions#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["SecretStoreSpecConditionsNamespaceSelector"]:
        '''Choose namespace using a labelSelector.

        :schema: SecretStoreSpecConditions#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["SecretStoreSpecConditionsNamespaceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecConditionsNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class SecretStoreSpecConditionsNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["SecretStoreSpecConditionsNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Choose namespace using a labelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: SecretStoreSpecConditionsNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ccc5abe351a6fe7d6dfa7f8b1f2b1d3b27b72899bb7a70dcf48b3bc6e2030000)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["SecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: SecretStoreSpecConditionsNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["SecretStoreSpecConditionsNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: SecretStoreSpecConditionsNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecConditionsNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class SecretStoreSpecConditionsNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ee07f9417bdb46432843fc9f094fd91393807cbdc66c75c920de43a2d0a5ebb)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecConditionsNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProvider",
    jsii_struct_bases=[],
    name_mapping={
        "aws": "aws",
        "azurekv": "azurekv",
        "gcpsm": "gcpsm",
        "vault": "vault",
    },
)
class SecretStoreSpecProvider:
    def __init__(
        self,
        *,
        aws: typing.Optional[typing.Union["SecretStoreSpecProviderAws", typing.Dict[builtins.str, typing.Any]]] = None,
        azurekv: typing.Optional[typing.Union["SecretStoreSpecProviderAzurekv", typing.Dict[builtins.str, typing.Any]]] = None,
        gcpsm: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsm", typing.Dict[builtins.str, typing.Any]]] = None,
        vault: typing.Optional[typing.Union["SecretStoreSpecProviderVault", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Used to configure the provider.

        Only one provider may be set

        :param aws: AWS configures this store to sync secrets using AWS Secret Manager provider.
        :param azurekv: AzureKV configures this store to sync secrets using Azure Key Vault provider.
        :param gcpsm: GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider.
        :param vault: Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :schema: SecretStoreSpecProvider
        '''
        if isinstance(aws, dict):
            aws = SecretStoreSpecProviderAws(**aws)
        if isinstance(azurekv, dict):
            azurekv = SecretStoreSpecProviderAzurekv(**azurekv)
        if isinstance(gcpsm, dict):
            gcpsm = SecretStoreSpecProviderGcpsm(**gcpsm)
        if isinstance(vault, dict):
            vault = SecretStoreSpecProviderVault(**vault)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c530965dc9a8ce9c6b19c8fa2f1a1209e5d3f087076176d43c9a82a73ad3e971)
            check_type(argname="argument aws", value=aws, expected_type=type_hints["aws"])
            check_type(argname="argument azurekv", value=azurekv, expected_type=type_hints["azurekv"])
            check_type(argname="argument gcpsm", value=gcpsm, expected_type=type_hints["gcpsm"])
            check_type(argname="argument vault", value=vault, expected_type=type_hints["vault"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if aws is not None:
            self._values["aws"] = aws
        if azurekv is not None:
            self._values["azurekv"] = azurekv
        if gcpsm is not None:
            self._values["gcpsm"] = gcpsm
        if vault is not None:
            self._values["vault"] = vault

    @builtins.property
    def aws(self) -> typing.Optional["SecretStoreSpecProviderAws"]:
        '''AWS configures this store to sync secrets using AWS Secret Manager provider.

        :schema: SecretStoreSpecProvider#aws
        '''
        result = self._values.get("aws")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAws"], result)

    @builtins.property
    def azurekv(self) -> typing.Optional["SecretStoreSpecProviderAzurekv"]:
        '''AzureKV configures this store to sync secrets using Azure Key Vault provider.

        :schema: SecretStoreSpecProvider#azurekv
        '''
        result = self._values.get("azurekv")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekv"], result)

    @builtins.property
    def gcpsm(self) -> typing.Optional["SecretStoreSpecProviderGcpsm"]:
        '''GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider.

        :schema: SecretStoreSpecProvider#gcpsm
        '''
        result = self._values.get("gcpsm")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsm"], result)

    @builtins.property
    def vault(self) -> typing.Optional["SecretStoreSpecProviderVault"]:
        '''Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :schema: SecretStoreSpecProvider#vault
        '''
        result = self._values.get("vault")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVault"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAws",
    jsii_struct_bases=[],
    name_mapping={
        "region": "region",
        "service": "service",
        "additional_roles": "additionalRoles",
        "auth": "auth",
        "custom_session_tags": "customSessionTags",
        "external_id": "externalId",
        "prefix": "prefix",
        "role": "role",
        "secrets_manager": "secretsManager",
        "session_tags": "sessionTags",
        "session_tags_policy": "sessionTagsPolicy",
        "transitive_tag_keys": "transitiveTagKeys",
    },
)
class SecretStoreSpecProviderAws:
    def __init__(
        self,
        *,
        region: builtins.str,
        service: "SecretStoreSpecProviderAwsService",
        additional_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        auth: typing.Optional[typing.Union["SecretStoreSpecProviderAwsAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        custom_session_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        external_id: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        secrets_manager: typing.Optional[typing.Union["SecretStoreSpecProviderAwsSecretsManager", typing.Dict[builtins.str, typing.Any]]] = None,
        session_tags: typing.Optional[typing.Sequence[typing.Union["SecretStoreSpecProviderAwsSessionTags", typing.Dict[builtins.str, typing.Any]]]] = None,
        session_tags_policy: typing.Optional["SecretStoreSpecProviderAwsSessionTagsPolicy"] = None,
        transitive_tag_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''AWS configures this store to sync secrets using AWS Secret Manager provider.

        :param region: AWS Region to be used for the provider.
        :param service: Service defines which service should be used to fetch the secrets.
        :param additional_roles: AdditionalRoles is a chained list of Role ARNs which the provider will sequentially assume before assuming the Role.
        :param auth: Auth defines the information necessary to authenticate against AWS if not set aws sdk will infer credentials from your environment see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials.
        :param custom_session_tags: CustomSessionTags defines additional STS session tags to include when SessionTagsPolicy is Custom. These are merged with the automatically injected esoNamespace, esoStoreName, and esoStoreKind tags.
        :param external_id: AWS External ID set on assumed IAM roles.
        :param prefix: Prefix adds a prefix to all retrieved values.
        :param role: Role is a Role ARN which the provider will assume.
        :param secrets_manager: SecretsManager defines how the provider behaves when interacting with AWS SecretsManager.
        :param session_tags: AWS STS assume role session tags.
        :param session_tags_policy: SessionTagsPolicy controls whether and how STS session tags are added when assuming roles. None (default): no tags are added. Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags. Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags. Note: the IAM role must have sts:TagSession permission when using Simple or Custom.
        :param transitive_tag_keys: AWS STS assume role transitive session tags. Required when multiple rules are used with the provider

        :schema: SecretStoreSpecProviderAws
        '''
        if isinstance(auth, dict):
            auth = SecretStoreSpecProviderAwsAuth(**auth)
        if isinstance(secrets_manager, dict):
            secrets_manager = SecretStoreSpecProviderAwsSecretsManager(**secrets_manager)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b934c6cb3d89ed6210132277f1834ba27f8d6f93e4b788d15911d29aeb2a073b)
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument additional_roles", value=additional_roles, expected_type=type_hints["additional_roles"])
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument custom_session_tags", value=custom_session_tags, expected_type=type_hints["custom_session_tags"])
            check_type(argname="argument external_id", value=external_id, expected_type=type_hints["external_id"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secrets_manager", value=secrets_manager, expected_type=type_hints["secrets_manager"])
            check_type(argname="argument session_tags", value=session_tags, expected_type=type_hints["session_tags"])
            check_type(argname="argument session_tags_policy", value=session_tags_policy, expected_type=type_hints["session_tags_policy"])
            check_type(argname="argument transitive_tag_keys", value=transitive_tag_keys, expected_type=type_hints["transitive_tag_keys"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "region": region,
            "service": service,
        }
        if additional_roles is not None:
            self._values["additional_roles"] = additional_roles
        if auth is not None:
            self._values["auth"] = auth
        if custom_session_tags is not None:
            self._values["custom_session_tags"] = custom_session_tags
        if external_id is not None:
            self._values["external_id"] = external_id
        if prefix is not None:
            self._values["prefix"] = prefix
        if role is not None:
            self._values["role"] = role
        if secrets_manager is not None:
            self._values["secrets_manager"] = secrets_manager
        if session_tags is not None:
            self._values["session_tags"] = session_tags
        if session_tags_policy is not None:
            self._values["session_tags_policy"] = session_tags_policy
        if transitive_tag_keys is not None:
            self._values["transitive_tag_keys"] = transitive_tag_keys

    @builtins.property
    def region(self) -> builtins.str:
        '''AWS Region to be used for the provider.

        :schema: SecretStoreSpecProviderAws#region
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def service(self) -> "SecretStoreSpecProviderAwsService":
        '''Service defines which service should be used to fetch the secrets.

        :schema: SecretStoreSpecProviderAws#service
        '''
        result = self._values.get("service")
        assert result is not None, "Required property 'service' is missing"
        return typing.cast("SecretStoreSpecProviderAwsService", result)

    @builtins.property
    def additional_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AdditionalRoles is a chained list of Role ARNs which the provider will sequentially assume before assuming the Role.

        :schema: SecretStoreSpecProviderAws#additionalRoles
        '''
        result = self._values.get("additional_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def auth(self) -> typing.Optional["SecretStoreSpecProviderAwsAuth"]:
        '''Auth defines the information necessary to authenticate against AWS if not set aws sdk will infer credentials from your environment see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials.

        :schema: SecretStoreSpecProviderAws#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsAuth"], result)

    @builtins.property
    def custom_session_tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''CustomSessionTags defines additional STS session tags to include when SessionTagsPolicy is Custom.

        These are merged with the automatically injected esoNamespace, esoStoreName, and esoStoreKind tags.

        :schema: SecretStoreSpecProviderAws#customSessionTags
        '''
        result = self._values.get("custom_session_tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def external_id(self) -> typing.Optional[builtins.str]:
        '''AWS External ID set on assumed IAM roles.

        :schema: SecretStoreSpecProviderAws#externalID
        '''
        result = self._values.get("external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''Prefix adds a prefix to all retrieved values.

        :schema: SecretStoreSpecProviderAws#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a Role ARN which the provider will assume.

        :schema: SecretStoreSpecProviderAws#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secrets_manager(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAwsSecretsManager"]:
        '''SecretsManager defines how the provider behaves when interacting with AWS SecretsManager.

        :schema: SecretStoreSpecProviderAws#secretsManager
        '''
        result = self._values.get("secrets_manager")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsSecretsManager"], result)

    @builtins.property
    def session_tags(
        self,
    ) -> typing.Optional[typing.List["SecretStoreSpecProviderAwsSessionTags"]]:
        '''AWS STS assume role session tags.

        :schema: SecretStoreSpecProviderAws#sessionTags
        '''
        result = self._values.get("session_tags")
        return typing.cast(typing.Optional[typing.List["SecretStoreSpecProviderAwsSessionTags"]], result)

    @builtins.property
    def session_tags_policy(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAwsSessionTagsPolicy"]:
        '''SessionTagsPolicy controls whether and how STS session tags are added when assuming roles.

        None (default): no tags are added.
        Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags.
        Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags.
        Note: the IAM role must have sts:TagSession permission when using Simple or Custom.

        :schema: SecretStoreSpecProviderAws#sessionTagsPolicy
        '''
        result = self._values.get("session_tags_policy")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsSessionTagsPolicy"], result)

    @builtins.property
    def transitive_tag_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AWS STS assume role transitive session tags.

        Required when multiple rules are used with the provider

        :schema: SecretStoreSpecProviderAws#transitiveTagKeys
        '''
        result = self._values.get("transitive_tag_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAws(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsAuth",
    jsii_struct_bases=[],
    name_mapping={"jwt": "jwt", "secret_ref": "secretRef"},
)
class SecretStoreSpecProviderAwsAuth:
    def __init__(
        self,
        *,
        jwt: typing.Optional[typing.Union["SecretStoreSpecProviderAwsAuthJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderAwsAuthSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth defines the information necessary to authenticate against AWS if not set aws sdk will infer credentials from your environment see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials.

        :param jwt: AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.
        :param secret_ref: AWSAuthSecretRef holds secret references for AWS credentials both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.

        :schema: SecretStoreSpecProviderAwsAuth
        '''
        if isinstance(jwt, dict):
            jwt = SecretStoreSpecProviderAwsAuthJwt(**jwt)
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderAwsAuthSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95a0f277ee0cad3e87fc8f88b3beed52a176e997459eb96b21bfc2cd7e6867ce)
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if jwt is not None:
            self._values["jwt"] = jwt
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def jwt(self) -> typing.Optional["SecretStoreSpecProviderAwsAuthJwt"]:
        '''AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.

        :schema: SecretStoreSpecProviderAwsAuth#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsAuthJwt"], result)

    @builtins.property
    def secret_ref(self) -> typing.Optional["SecretStoreSpecProviderAwsAuthSecretRef"]:
        '''AWSAuthSecretRef holds secret references for AWS credentials both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.

        :schema: SecretStoreSpecProviderAwsAuth#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsAuthSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsAuthJwt",
    jsii_struct_bases=[],
    name_mapping={"service_account_ref": "serviceAccountRef"},
)
class SecretStoreSpecProviderAwsAuthJwt:
    def __init__(
        self,
        *,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderAwsAuthJwtServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderAwsAuthJwt
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderAwsAuthJwtServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a2de8e353bd8a9c6b2b307f5edcfd83259dd689ddb1c7bcd7cba6aebd896d14)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAwsAuthJwtServiceAccountRef"]:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderAwsAuthJwt#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsAuthJwtServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsAuthJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsAuthJwtServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderAwsAuthJwtServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee83739484981a1313ee3e396d008fd0daa33cea2f3bd4c940e1bdf71a18c74a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsAuthJwtServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsAuthSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_id_secret_ref": "accessKeyIdSecretRef",
        "secret_access_key_secret_ref": "secretAccessKeySecretRef",
        "session_token_secret_ref": "sessionTokenSecretRef",
    },
)
class SecretStoreSpecProviderAwsAuthSecretRef:
    def __init__(
        self,
        *,
        access_key_id_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_access_key_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AWSAuthSecretRef holds secret references for AWS credentials both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.

        :param access_key_id_secret_ref: The AccessKeyID is used for authentication.
        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.
        :param session_token_secret_ref: The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: SecretStoreSpecProviderAwsAuthSecretRef
        '''
        if isinstance(access_key_id_secret_ref, dict):
            access_key_id_secret_ref = SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(**access_key_id_secret_ref)
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if isinstance(session_token_secret_ref, dict):
            session_token_secret_ref = SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(**session_token_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70319a335a332153f12e762b41f5b67aee107bc3136ea70ae53f2a2c716a612a)
            check_type(argname="argument access_key_id_secret_ref", value=access_key_id_secret_ref, expected_type=type_hints["access_key_id_secret_ref"])
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
            check_type(argname="argument session_token_secret_ref", value=session_token_secret_ref, expected_type=type_hints["session_token_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_id_secret_ref is not None:
            self._values["access_key_id_secret_ref"] = access_key_id_secret_ref
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref
        if session_token_secret_ref is not None:
            self._values["session_token_secret_ref"] = session_token_secret_ref

    @builtins.property
    def access_key_id_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef"]:
        '''The AccessKeyID is used for authentication.

        :schema: SecretStoreSpecProviderAwsAuthSecretRef#accessKeyIDSecretRef
        '''
        result = self._values.get("access_key_id_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef"], result)

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderAwsAuthSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef"], result)

    @builtins.property
    def session_token_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef"]:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: SecretStoreSpecProviderAwsAuthSecretRef#sessionTokenSecretRef
        '''
        result = self._values.get("session_token_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsAuthSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The AccessKeyID is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cd067b142a207713dbe0c26baf3421dbaec7cf34b10e08c3a3958201b4d09fb)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cbfd65dc9abbf06dee97c10e01c18ce7e875a3784134a02e09c54fe3a7fa425)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37e53d3d619a262afdcea4ddb3558b5807a5a7f1abfcde7cc9eea75f0d7b9293)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsSecretsManager",
    jsii_struct_bases=[],
    name_mapping={
        "force_delete_without_recovery": "forceDeleteWithoutRecovery",
        "recovery_window_in_days": "recoveryWindowInDays",
    },
)
class SecretStoreSpecProviderAwsSecretsManager:
    def __init__(
        self,
        *,
        force_delete_without_recovery: typing.Optional[builtins.bool] = None,
        recovery_window_in_days: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''SecretsManager defines how the provider behaves when interacting with AWS SecretsManager.

        :param force_delete_without_recovery: Specifies whether to delete the secret without any recovery window. You can't use both this parameter and RecoveryWindowInDays in the same call. If you don't use either, then by default Secrets Manager uses a 30 day recovery window. see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-ForceDeleteWithoutRecovery
        :param recovery_window_in_days: The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the secret. You can't use both this parameter and ForceDeleteWithoutRecovery in the same call. If you don't use either, then by default Secrets Manager uses a 30-day recovery window. see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-RecoveryWindowInDays

        :schema: SecretStoreSpecProviderAwsSecretsManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de0f4efdf44fefd239395f1fd3d9a7ed217d65fdd77f6520a2a569e0e2fbb99a)
            check_type(argname="argument force_delete_without_recovery", value=force_delete_without_recovery, expected_type=type_hints["force_delete_without_recovery"])
            check_type(argname="argument recovery_window_in_days", value=recovery_window_in_days, expected_type=type_hints["recovery_window_in_days"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if force_delete_without_recovery is not None:
            self._values["force_delete_without_recovery"] = force_delete_without_recovery
        if recovery_window_in_days is not None:
            self._values["recovery_window_in_days"] = recovery_window_in_days

    @builtins.property
    def force_delete_without_recovery(self) -> typing.Optional[builtins.bool]:
        '''Specifies whether to delete the secret without any recovery window.

        You
        can't use both this parameter and RecoveryWindowInDays in the same call.
        If you don't use either, then by default Secrets Manager uses a 30 day
        recovery window.
        see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-ForceDeleteWithoutRecovery

        :schema: SecretStoreSpecProviderAwsSecretsManager#forceDeleteWithoutRecovery
        '''
        result = self._values.get("force_delete_without_recovery")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recovery_window_in_days(self) -> typing.Optional[jsii.Number]:
        '''The number of days from 7 to 30 that Secrets Manager waits before permanently deleting the secret.

        You can't use both this parameter and
        ForceDeleteWithoutRecovery in the same call. If you don't use either,
        then by default Secrets Manager uses a 30-day recovery window.
        see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-RecoveryWindowInDays

        :schema: SecretStoreSpecProviderAwsSecretsManager#recoveryWindowInDays
        '''
        result = self._values.get("recovery_window_in_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsSecretsManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsService")
class SecretStoreSpecProviderAwsService(enum.Enum):
    '''Service defines which service should be used to fetch the secrets.

    :schema: SecretStoreSpecProviderAwsService
    '''

    SECRETS_MANAGER = "SECRETS_MANAGER"
    '''SecretsManager.'''
    PARAMETER_STORE = "PARAMETER_STORE"
    '''ParameterStore.'''
    CERTIFICATE_MANAGER = "CERTIFICATE_MANAGER"
    '''CertificateManager.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsSessionTags",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class SecretStoreSpecProviderAwsSessionTags:
    def __init__(self, *, key: builtins.str, value: builtins.str) -> None:
        '''Tag is a key-value pair that can be attached to an AWS resource.

        see: https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html

        :param key: 
        :param value: 

        :schema: SecretStoreSpecProviderAwsSessionTags
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa9cabd40973c64c112746306bfe745bc6edeb42842f8c5b47037e847987c660)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value": value,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: SecretStoreSpecProviderAwsSessionTags#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: SecretStoreSpecProviderAwsSessionTags#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAwsSessionTags(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.SecretStoreSpecProviderAwsSessionTagsPolicy")
class SecretStoreSpecProviderAwsSessionTagsPolicy(enum.Enum):
    '''SessionTagsPolicy controls whether and how STS session tags are added when assuming roles.

    None (default): no tags are added.
    Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags.
    Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags.
    Note: the IAM role must have sts:TagSession permission when using Simple or Custom.

    :schema: SecretStoreSpecProviderAwsSessionTagsPolicy
    '''

    NONE = "NONE"
    '''None.'''
    SIMPLE = "SIMPLE"
    '''Simple.'''
    CUSTOM = "CUSTOM"
    '''Custom.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekv",
    jsii_struct_bases=[],
    name_mapping={
        "vault_url": "vaultUrl",
        "auth_secret_ref": "authSecretRef",
        "auth_type": "authType",
        "custom_cloud_config": "customCloudConfig",
        "environment_type": "environmentType",
        "identity_id": "identityId",
        "service_account_ref": "serviceAccountRef",
        "tenant_id": "tenantId",
        "use_azure_sdk": "useAzureSdk",
    },
)
class SecretStoreSpecProviderAzurekv:
    def __init__(
        self,
        *,
        vault_url: builtins.str,
        auth_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderAzurekvAuthSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        auth_type: typing.Optional["SecretStoreSpecProviderAzurekvAuthType"] = None,
        custom_cloud_config: typing.Optional[typing.Union["SecretStoreSpecProviderAzurekvCustomCloudConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        environment_type: typing.Optional["SecretStoreSpecProviderAzurekvEnvironmentType"] = None,
        identity_id: typing.Optional[builtins.str] = None,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderAzurekvServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        tenant_id: typing.Optional[builtins.str] = None,
        use_azure_sdk: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''AzureKV configures this store to sync secrets using Azure Key Vault provider.

        :param vault_url: Vault Url from which the secrets to be fetched from.
        :param auth_secret_ref: Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
        :param auth_type: Auth type defines how to authenticate to the keyvault service. Valid values are: - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret) - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity) - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID
        :param custom_cloud_config: CustomCloudConfig defines custom Azure endpoints for non-standard clouds. Required when EnvironmentType is AzureStackCloud. Optional for other environment types - useful for Azure China when using Workload Identity with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the standard China Cloud endpoint (login.chinacloudapi.cn). IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud configuration is not supported with the legacy go-autorest SDK.
        :param environment_type: EnvironmentType specifies the Azure cloud environment endpoints to use for connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint. The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152 PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.
        :param identity_id: If multiple Managed Identity is assigned to the pod, you can select the one to be used.
        :param service_account_ref: ServiceAccountRef specified the service account that should be used when authenticating with WorkloadIdentity.
        :param tenant_id: TenantID configures the Azure Tenant to send requests to. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
        :param use_azure_sdk: UseAzureSDK enables the use of the new Azure SDK for Go (azcore-based) instead of the legacy go-autorest SDK. This is experimental and may have behavioral differences. Defaults to false (legacy SDK). Default: false (legacy SDK).

        :schema: SecretStoreSpecProviderAzurekv
        '''
        if isinstance(auth_secret_ref, dict):
            auth_secret_ref = SecretStoreSpecProviderAzurekvAuthSecretRef(**auth_secret_ref)
        if isinstance(custom_cloud_config, dict):
            custom_cloud_config = SecretStoreSpecProviderAzurekvCustomCloudConfig(**custom_cloud_config)
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderAzurekvServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fff1dbb3fb26f345ccf9d164d11d27cdf0bf449ee80995bab7f58ed4e6cb4bf)
            check_type(argname="argument vault_url", value=vault_url, expected_type=type_hints["vault_url"])
            check_type(argname="argument auth_secret_ref", value=auth_secret_ref, expected_type=type_hints["auth_secret_ref"])
            check_type(argname="argument auth_type", value=auth_type, expected_type=type_hints["auth_type"])
            check_type(argname="argument custom_cloud_config", value=custom_cloud_config, expected_type=type_hints["custom_cloud_config"])
            check_type(argname="argument environment_type", value=environment_type, expected_type=type_hints["environment_type"])
            check_type(argname="argument identity_id", value=identity_id, expected_type=type_hints["identity_id"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument tenant_id", value=tenant_id, expected_type=type_hints["tenant_id"])
            check_type(argname="argument use_azure_sdk", value=use_azure_sdk, expected_type=type_hints["use_azure_sdk"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "vault_url": vault_url,
        }
        if auth_secret_ref is not None:
            self._values["auth_secret_ref"] = auth_secret_ref
        if auth_type is not None:
            self._values["auth_type"] = auth_type
        if custom_cloud_config is not None:
            self._values["custom_cloud_config"] = custom_cloud_config
        if environment_type is not None:
            self._values["environment_type"] = environment_type
        if identity_id is not None:
            self._values["identity_id"] = identity_id
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if tenant_id is not None:
            self._values["tenant_id"] = tenant_id
        if use_azure_sdk is not None:
            self._values["use_azure_sdk"] = use_azure_sdk

    @builtins.property
    def vault_url(self) -> builtins.str:
        '''Vault Url from which the secrets to be fetched from.

        :schema: SecretStoreSpecProviderAzurekv#vaultUrl
        '''
        result = self._values.get("vault_url")
        assert result is not None, "Required property 'vault_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def auth_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRef"]:
        '''Auth configures how the operator authenticates with Azure.

        Required for ServicePrincipal auth type. Optional for WorkloadIdentity.

        :schema: SecretStoreSpecProviderAzurekv#authSecretRef
        '''
        result = self._values.get("auth_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRef"], result)

    @builtins.property
    def auth_type(self) -> typing.Optional["SecretStoreSpecProviderAzurekvAuthType"]:
        '''Auth type defines how to authenticate to the keyvault service.

        Valid values are:

        - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
        - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
        - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID

        :schema: SecretStoreSpecProviderAzurekv#authType
        '''
        result = self._values.get("auth_type")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvAuthType"], result)

    @builtins.property
    def custom_cloud_config(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAzurekvCustomCloudConfig"]:
        '''CustomCloudConfig defines custom Azure endpoints for non-standard clouds.

        Required when EnvironmentType is AzureStackCloud.
        Optional for other environment types - useful for Azure China when using Workload Identity
        with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the
        standard China Cloud endpoint (login.chinacloudapi.cn).
        IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud
        configuration is not supported with the legacy go-autorest SDK.

        :schema: SecretStoreSpecProviderAzurekv#customCloudConfig
        '''
        result = self._values.get("custom_cloud_config")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvCustomCloudConfig"], result)

    @builtins.property
    def environment_type(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAzurekvEnvironmentType"]:
        '''EnvironmentType specifies the Azure cloud environment endpoints to use for connecting and authenticating with Azure.

        By default it points to the public cloud AAD endpoint.
        The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
        PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud
        Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.

        :schema: SecretStoreSpecProviderAzurekv#environmentType
        '''
        result = self._values.get("environment_type")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvEnvironmentType"], result)

    @builtins.property
    def identity_id(self) -> typing.Optional[builtins.str]:
        '''If multiple Managed Identity is assigned to the pod, you can select the one to be used.

        :schema: SecretStoreSpecProviderAzurekv#identityId
        '''
        result = self._values.get("identity_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAzurekvServiceAccountRef"]:
        '''ServiceAccountRef specified the service account that should be used when authenticating with WorkloadIdentity.

        :schema: SecretStoreSpecProviderAzurekv#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvServiceAccountRef"], result)

    @builtins.property
    def tenant_id(self) -> typing.Optional[builtins.str]:
        '''TenantID configures the Azure Tenant to send requests to.

        Required for ServicePrincipal auth type. Optional for WorkloadIdentity.

        :schema: SecretStoreSpecProviderAzurekv#tenantId
        '''
        result = self._values.get("tenant_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_azure_sdk(self) -> typing.Optional[builtins.bool]:
        '''UseAzureSDK enables the use of the new Azure SDK for Go (azcore-based) instead of the legacy go-autorest SDK.

        This is experimental and may have behavioral differences. Defaults to false (legacy SDK).

        :default: false (legacy SDK).

        :schema: SecretStoreSpecProviderAzurekv#useAzureSDK
        '''
        result = self._values.get("use_azure_sdk")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAzurekv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvAuthSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "client_certificate": "clientCertificate",
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "tenant_id": "tenantId",
    },
)
class SecretStoreSpecProviderAzurekvAuthSecretRef:
    def __init__(
        self,
        *,
        client_certificate: typing.Optional[typing.Union["SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate", typing.Dict[builtins.str, typing.Any]]] = None,
        client_id: typing.Optional[typing.Union["SecretStoreSpecProviderAzurekvAuthSecretRefClientId", typing.Dict[builtins.str, typing.Any]]] = None,
        client_secret: typing.Optional[typing.Union["SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        tenant_id: typing.Optional[typing.Union["SecretStoreSpecProviderAzurekvAuthSecretRefTenantId", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how the operator authenticates with Azure.

        Required for ServicePrincipal auth type. Optional for WorkloadIdentity.

        :param client_certificate: The Azure ClientCertificate of the service principle used for authentication.
        :param client_id: The Azure clientId of the service principle or managed identity used for authentication.
        :param client_secret: The Azure ClientSecret of the service principle used for authentication.
        :param tenant_id: The Azure tenantId of the managed identity used for authentication.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRef
        '''
        if isinstance(client_certificate, dict):
            client_certificate = SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(**client_certificate)
        if isinstance(client_id, dict):
            client_id = SecretStoreSpecProviderAzurekvAuthSecretRefClientId(**client_id)
        if isinstance(client_secret, dict):
            client_secret = SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(**client_secret)
        if isinstance(tenant_id, dict):
            tenant_id = SecretStoreSpecProviderAzurekvAuthSecretRefTenantId(**tenant_id)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__218003f6825cc8cc0f958bebabc2f3bdbc7a157e9b92d6f96a4ff08a85a92c40)
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument tenant_id", value=tenant_id, expected_type=type_hints["tenant_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if tenant_id is not None:
            self._values["tenant_id"] = tenant_id

    @builtins.property
    def client_certificate(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate"]:
        '''The Azure ClientCertificate of the service principle used for authentication.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRef#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate"], result)

    @builtins.property
    def client_id(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRefClientId"]:
        '''The Azure clientId of the service principle or managed identity used for authentication.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRef#clientId
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRefClientId"], result)

    @builtins.property
    def client_secret(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret"]:
        '''The Azure ClientSecret of the service principle used for authentication.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRef#clientSecret
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret"], result)

    @builtins.property
    def tenant_id(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRefTenantId"]:
        '''The Azure tenantId of the managed identity used for authentication.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRef#tenantId
        '''
        result = self._values.get("tenant_id")
        return typing.cast(typing.Optional["SecretStoreSpecProviderAzurekvAuthSecretRefTenantId"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAzurekvAuthSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Azure ClientCertificate of the service principle used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70b153c6d5804ff1b94ace3262f13d131decc6b341cae11d87cfda3f3b8dbbe8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvAuthSecretRefClientId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderAzurekvAuthSecretRefClientId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Azure clientId of the service principle or managed identity used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e73937a53a8dc05dc2cb3c6f7e3d8c47478e39bae10ddb5f9395a603af3ed23b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAzurekvAuthSecretRefClientId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Azure ClientSecret of the service principle used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94e37ecd5e686fb55810fc919ea1112f411c31d0570fa8910d7e09c861c65366)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvAuthSecretRefTenantId",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderAzurekvAuthSecretRefTenantId:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The Azure tenantId of the managed identity used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefTenantId
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6048676a001453e6428565dbc424b96e763c90e2d4b548360514f45873b3defd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefTenantId#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefTenantId#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvAuthSecretRefTenantId#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAzurekvAuthSecretRefTenantId(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvAuthType")
class SecretStoreSpecProviderAzurekvAuthType(enum.Enum):
    '''Auth type defines how to authenticate to the keyvault service.

    Valid values are:

    - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
    - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
    - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID

    :schema: SecretStoreSpecProviderAzurekvAuthType
    '''

    SERVICE_PRINCIPAL = "SERVICE_PRINCIPAL"
    '''ServicePrincipal.'''
    MANAGED_IDENTITY = "MANAGED_IDENTITY"
    '''ManagedIdentity.'''
    WORKLOAD_IDENTITY = "WORKLOAD_IDENTITY"
    '''WorkloadIdentity.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvCustomCloudConfig",
    jsii_struct_bases=[],
    name_mapping={
        "active_directory_endpoint": "activeDirectoryEndpoint",
        "key_vault_dns_suffix": "keyVaultDnsSuffix",
        "key_vault_endpoint": "keyVaultEndpoint",
        "resource_manager_endpoint": "resourceManagerEndpoint",
    },
)
class SecretStoreSpecProviderAzurekvCustomCloudConfig:
    def __init__(
        self,
        *,
        active_directory_endpoint: builtins.str,
        key_vault_dns_suffix: typing.Optional[builtins.str] = None,
        key_vault_endpoint: typing.Optional[builtins.str] = None,
        resource_manager_endpoint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CustomCloudConfig defines custom Azure endpoints for non-standard clouds.

        Required when EnvironmentType is AzureStackCloud.
        Optional for other environment types - useful for Azure China when using Workload Identity
        with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the
        standard China Cloud endpoint (login.chinacloudapi.cn).
        IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud
        configuration is not supported with the legacy go-autorest SDK.

        :param active_directory_endpoint: ActiveDirectoryEndpoint is the AAD endpoint for authentication Required when using custom cloud configuration.
        :param key_vault_dns_suffix: KeyVaultDNSSuffix is the DNS suffix for Key Vault URLs.
        :param key_vault_endpoint: KeyVaultEndpoint is the Key Vault service endpoint.
        :param resource_manager_endpoint: ResourceManagerEndpoint is the Azure Resource Manager endpoint.

        :schema: SecretStoreSpecProviderAzurekvCustomCloudConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab5df8c706f041ca2a1de563e58dd228db5c3b845e5d87ac48c35a0d2294fbbb)
            check_type(argname="argument active_directory_endpoint", value=active_directory_endpoint, expected_type=type_hints["active_directory_endpoint"])
            check_type(argname="argument key_vault_dns_suffix", value=key_vault_dns_suffix, expected_type=type_hints["key_vault_dns_suffix"])
            check_type(argname="argument key_vault_endpoint", value=key_vault_endpoint, expected_type=type_hints["key_vault_endpoint"])
            check_type(argname="argument resource_manager_endpoint", value=resource_manager_endpoint, expected_type=type_hints["resource_manager_endpoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "active_directory_endpoint": active_directory_endpoint,
        }
        if key_vault_dns_suffix is not None:
            self._values["key_vault_dns_suffix"] = key_vault_dns_suffix
        if key_vault_endpoint is not None:
            self._values["key_vault_endpoint"] = key_vault_endpoint
        if resource_manager_endpoint is not None:
            self._values["resource_manager_endpoint"] = resource_manager_endpoint

    @builtins.property
    def active_directory_endpoint(self) -> builtins.str:
        '''ActiveDirectoryEndpoint is the AAD endpoint for authentication Required when using custom cloud configuration.

        :schema: SecretStoreSpecProviderAzurekvCustomCloudConfig#activeDirectoryEndpoint
        '''
        result = self._values.get("active_directory_endpoint")
        assert result is not None, "Required property 'active_directory_endpoint' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key_vault_dns_suffix(self) -> typing.Optional[builtins.str]:
        '''KeyVaultDNSSuffix is the DNS suffix for Key Vault URLs.

        :schema: SecretStoreSpecProviderAzurekvCustomCloudConfig#keyVaultDNSSuffix
        '''
        result = self._values.get("key_vault_dns_suffix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key_vault_endpoint(self) -> typing.Optional[builtins.str]:
        '''KeyVaultEndpoint is the Key Vault service endpoint.

        :schema: SecretStoreSpecProviderAzurekvCustomCloudConfig#keyVaultEndpoint
        '''
        result = self._values.get("key_vault_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_manager_endpoint(self) -> typing.Optional[builtins.str]:
        '''ResourceManagerEndpoint is the Azure Resource Manager endpoint.

        :schema: SecretStoreSpecProviderAzurekvCustomCloudConfig#resourceManagerEndpoint
        '''
        result = self._values.get("resource_manager_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAzurekvCustomCloudConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvEnvironmentType"
)
class SecretStoreSpecProviderAzurekvEnvironmentType(enum.Enum):
    '''EnvironmentType specifies the Azure cloud environment endpoints to use for connecting and authenticating with Azure.

    By default it points to the public cloud AAD endpoint.
    The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
    PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud
    Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.

    :schema: SecretStoreSpecProviderAzurekvEnvironmentType
    '''

    PUBLIC_CLOUD = "PUBLIC_CLOUD"
    '''PublicCloud.'''
    US_GOVERNMENT_CLOUD = "US_GOVERNMENT_CLOUD"
    '''USGovernmentCloud.'''
    CHINA_CLOUD = "CHINA_CLOUD"
    '''ChinaCloud.'''
    GERMAN_CLOUD = "GERMAN_CLOUD"
    '''GermanCloud.'''
    AZURE_STACK_CLOUD = "AZURE_STACK_CLOUD"
    '''AzureStackCloud.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderAzurekvServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderAzurekvServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountRef specified the service account that should be used when authenticating with WorkloadIdentity.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6270c5495b069a85f3a72915c6c9d3b066899e220bc6fe5e733e75e8528cd46c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderAzurekvServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderAzurekvServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderAzurekvServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderAzurekvServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsm",
    jsii_struct_bases=[],
    name_mapping={
        "auth": "auth",
        "location": "location",
        "project_id": "projectId",
        "secret_version_selection_policy": "secretVersionSelectionPolicy",
    },
)
class SecretStoreSpecProviderGcpsm:
    def __init__(
        self,
        *,
        auth: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsmAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        location: typing.Optional[builtins.str] = None,
        project_id: typing.Optional[builtins.str] = None,
        secret_version_selection_policy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider.

        :param auth: Auth defines the information necessary to authenticate against GCP.
        :param location: Location optionally defines a location for a secret.
        :param project_id: ProjectID project where secret is located.
        :param secret_version_selection_policy: SecretVersionSelectionPolicy specifies how the provider selects a secret version when "latest" is disabled or destroyed. Possible values are: - LatestOrFail: the provider always uses "latest", or fails if that version is disabled/destroyed. - LatestOrFetch: the provider falls back to fetching the latest version if the version is DESTROYED or DISABLED

        :schema: SecretStoreSpecProviderGcpsm
        '''
        if isinstance(auth, dict):
            auth = SecretStoreSpecProviderGcpsmAuth(**auth)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__433356edd23ff339815e78dd403eb845c5557e0e984de228fc0019869438b798)
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument secret_version_selection_policy", value=secret_version_selection_policy, expected_type=type_hints["secret_version_selection_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auth is not None:
            self._values["auth"] = auth
        if location is not None:
            self._values["location"] = location
        if project_id is not None:
            self._values["project_id"] = project_id
        if secret_version_selection_policy is not None:
            self._values["secret_version_selection_policy"] = secret_version_selection_policy

    @builtins.property
    def auth(self) -> typing.Optional["SecretStoreSpecProviderGcpsmAuth"]:
        '''Auth defines the information necessary to authenticate against GCP.

        :schema: SecretStoreSpecProviderGcpsm#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsmAuth"], result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Location optionally defines a location for a secret.

        :schema: SecretStoreSpecProviderGcpsm#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''ProjectID project where secret is located.

        :schema: SecretStoreSpecProviderGcpsm#projectID
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_version_selection_policy(self) -> typing.Optional[builtins.str]:
        '''SecretVersionSelectionPolicy specifies how the provider selects a secret version when "latest" is disabled or destroyed.

        Possible values are:

        - LatestOrFail: the provider always uses "latest", or fails if that version is disabled/destroyed.
        - LatestOrFetch: the provider falls back to fetching the latest version if the version is DESTROYED or DISABLED

        :schema: SecretStoreSpecProviderGcpsm#secretVersionSelectionPolicy
        '''
        result = self._values.get("secret_version_selection_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuth",
    jsii_struct_bases=[],
    name_mapping={
        "secret_ref": "secretRef",
        "workload_identity": "workloadIdentity",
        "workload_identity_federation": "workloadIdentityFederation",
    },
)
class SecretStoreSpecProviderGcpsmAuth:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsmAuthSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsmAuthWorkloadIdentity", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity_federation: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth defines the information necessary to authenticate against GCP.

        :param secret_ref: GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.
        :param workload_identity: GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.
        :param workload_identity_federation: GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.

        :schema: SecretStoreSpecProviderGcpsmAuth
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderGcpsmAuthSecretRef(**secret_ref)
        if isinstance(workload_identity, dict):
            workload_identity = SecretStoreSpecProviderGcpsmAuthWorkloadIdentity(**workload_identity)
        if isinstance(workload_identity_federation, dict):
            workload_identity_federation = SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(**workload_identity_federation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3dac985af09163062ee0f100a6f27f060ab84a70f92e464b0e33f194f9d2144)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument workload_identity", value=workload_identity, expected_type=type_hints["workload_identity"])
            check_type(argname="argument workload_identity_federation", value=workload_identity_federation, expected_type=type_hints["workload_identity_federation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if workload_identity is not None:
            self._values["workload_identity"] = workload_identity
        if workload_identity_federation is not None:
            self._values["workload_identity_federation"] = workload_identity_federation

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderGcpsmAuthSecretRef"]:
        '''GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.

        :schema: SecretStoreSpecProviderGcpsmAuth#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsmAuthSecretRef"], result)

    @builtins.property
    def workload_identity(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentity"]:
        '''GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.

        :schema: SecretStoreSpecProviderGcpsmAuth#workloadIdentity
        '''
        result = self._values.get("workload_identity")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentity"], result)

    @builtins.property
    def workload_identity_federation(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation"]:
        '''GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.

        :schema: SecretStoreSpecProviderGcpsmAuth#workloadIdentityFederation
        '''
        result = self._values.get("workload_identity_federation")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthSecretRef",
    jsii_struct_bases=[],
    name_mapping={"secret_access_key_secret_ref": "secretAccessKeySecretRef"},
)
class SecretStoreSpecProviderGcpsmAuthSecretRef:
    def __init__(
        self,
        *,
        secret_access_key_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.

        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderGcpsmAuthSecretRef
        '''
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ca5c2e53d8308a5605105725f2c5e7bdd938b3d8ecb9bea29c97128ee49603c)
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderGcpsmAuthSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6e8ae2d693f0cb3bb2f015f58e3bdbb1cf79d29d3c7d7a1da2a8f171c0b9b0d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthWorkloadIdentity",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "cluster_location": "clusterLocation",
        "cluster_name": "clusterName",
        "cluster_project_id": "clusterProjectId",
    },
)
class SecretStoreSpecProviderGcpsmAuthWorkloadIdentity:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        cluster_location: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_project_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.
        :param cluster_location: ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_name: ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_project_id: ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__545f2582e9eda3209742adff37223ac38c989705d97ddaaaf2d68951ec464e1b)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument cluster_location", value=cluster_location, expected_type=type_hints["cluster_location"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_project_id", value=cluster_project_id, expected_type=type_hints["cluster_project_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if cluster_location is not None:
            self._values["cluster_location"] = cluster_location
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if cluster_project_id is not None:
            self._values["cluster_project_id"] = cluster_project_id

    @builtins.property
    def service_account_ref(
        self,
    ) -> "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef":
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef", result)

    @builtins.property
    def cluster_location(self) -> typing.Optional[builtins.str]:
        '''ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterLocation
        '''
        result = self._values.get("cluster_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterName
        '''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_project_id(self) -> typing.Optional[builtins.str]:
        '''ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterProjectID
        '''
        result = self._values.get("cluster_project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthWorkloadIdentity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation",
    jsii_struct_bases=[],
    name_mapping={
        "audience": "audience",
        "aws_security_credentials": "awsSecurityCredentials",
        "cred_config": "credConfig",
        "external_token_endpoint": "externalTokenEndpoint",
        "gcp_service_account_email": "gcpServiceAccountEmail",
        "service_account_ref": "serviceAccountRef",
    },
)
class SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation:
    def __init__(
        self,
        *,
        audience: typing.Optional[builtins.str] = None,
        aws_security_credentials: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        cred_config: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        external_token_endpoint: typing.Optional[builtins.str] = None,
        gcp_service_account_email: typing.Optional[builtins.str] = None,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.

        :param audience: audience is the Secure Token Service (STS) audience which contains the resource name for the workload identity pool and the provider identifier in that pool. If specified, Audience found in the external account credential config will be overridden with the configured value. audience must be provided when serviceAccountRef or awsSecurityCredentials is configured.
        :param aws_security_credentials: awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token, when using the AWS metadata server is not an option.
        :param cred_config: credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data. For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead serviceAccountRef must be used by providing operators service account details.
        :param external_token_endpoint: externalTokenEndpoint is the endpoint explicitly set up to provide tokens, which will be matched against the credential_source.url in the provided credConfig. This field is merely to double-check the external token source URL is having the expected value.
        :param gcp_service_account_email: GCPServiceAccountEmail is the email of the Google Cloud service account to impersonate after Workload Identity Federation. Use this to grant access through the service account's IAM bindings (for example roles/secretmanager.secretAccessor). When set, it overrides service_account_impersonation_url in the external account JSON from credConfig; when serviceAccountRef is set, it also overrides the "iam.gke.io/gcp-service-account" annotation on that ServiceAccount.
        :param service_account_ref: serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens, when Kubernetes is configured as provider in workload identity pool.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation
        '''
        if isinstance(aws_security_credentials, dict):
            aws_security_credentials = SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(**aws_security_credentials)
        if isinstance(cred_config, dict):
            cred_config = SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(**cred_config)
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b36d28b84f7bd89e8dfa98d54ec50fe4dc8f18dbe91e498ab301287d40b24a5a)
            check_type(argname="argument audience", value=audience, expected_type=type_hints["audience"])
            check_type(argname="argument aws_security_credentials", value=aws_security_credentials, expected_type=type_hints["aws_security_credentials"])
            check_type(argname="argument cred_config", value=cred_config, expected_type=type_hints["cred_config"])
            check_type(argname="argument external_token_endpoint", value=external_token_endpoint, expected_type=type_hints["external_token_endpoint"])
            check_type(argname="argument gcp_service_account_email", value=gcp_service_account_email, expected_type=type_hints["gcp_service_account_email"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audience is not None:
            self._values["audience"] = audience
        if aws_security_credentials is not None:
            self._values["aws_security_credentials"] = aws_security_credentials
        if cred_config is not None:
            self._values["cred_config"] = cred_config
        if external_token_endpoint is not None:
            self._values["external_token_endpoint"] = external_token_endpoint
        if gcp_service_account_email is not None:
            self._values["gcp_service_account_email"] = gcp_service_account_email
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def audience(self) -> typing.Optional[builtins.str]:
        '''audience is the Secure Token Service (STS) audience which contains the resource name for the workload identity pool and the provider identifier in that pool.

        If specified, Audience found in the external account credential config will be overridden with the configured value.
        audience must be provided when serviceAccountRef or awsSecurityCredentials is configured.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#audience
        '''
        result = self._values.get("audience")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aws_security_credentials(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials"]:
        '''awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token, when using the AWS metadata server is not an option.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#awsSecurityCredentials
        '''
        result = self._values.get("aws_security_credentials")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials"], result)

    @builtins.property
    def cred_config(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig"]:
        '''credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data.

        For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead
        serviceAccountRef must be used by providing operators service account details.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#credConfig
        '''
        result = self._values.get("cred_config")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig"], result)

    @builtins.property
    def external_token_endpoint(self) -> typing.Optional[builtins.str]:
        '''externalTokenEndpoint is the endpoint explicitly set up to provide tokens, which will be matched against the credential_source.url in the provided credConfig. This field is merely to double-check the external token source URL is having the expected value.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#externalTokenEndpoint
        '''
        result = self._values.get("external_token_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gcp_service_account_email(self) -> typing.Optional[builtins.str]:
        '''GCPServiceAccountEmail is the email of the Google Cloud service account to impersonate after Workload Identity Federation.

        Use this to grant access through the service account's
        IAM bindings (for example roles/secretmanager.secretAccessor). When set, it overrides
        service_account_impersonation_url in the external account JSON from credConfig;
        when serviceAccountRef is set, it also overrides the "iam.gke.io/gcp-service-account" annotation
        on that ServiceAccount.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#gcpServiceAccountEmail
        '''
        result = self._values.get("gcp_service_account_email")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef"]:
        '''serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens, when Kubernetes is configured as provider in workload identity pool.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "aws_credentials_secret_ref": "awsCredentialsSecretRef",
        "region": "region",
    },
)
class SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials:
    def __init__(
        self,
        *,
        aws_credentials_secret_ref: typing.Union["SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef", typing.Dict[builtins.str, typing.Any]],
        region: builtins.str,
    ) -> None:
        '''awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token, when using the AWS metadata server is not an option.

        :param aws_credentials_secret_ref: awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials. Secret should be created with below names for keys - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user. - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services. - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.
        :param region: region is for configuring the AWS region to be used.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials
        '''
        if isinstance(aws_credentials_secret_ref, dict):
            aws_credentials_secret_ref = SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(**aws_credentials_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a58f0a9150c30849764f0cf9e071c830dcce104a39f41fcfdec75e788ce7435f)
            check_type(argname="argument aws_credentials_secret_ref", value=aws_credentials_secret_ref, expected_type=type_hints["aws_credentials_secret_ref"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "aws_credentials_secret_ref": aws_credentials_secret_ref,
            "region": region,
        }

    @builtins.property
    def aws_credentials_secret_ref(
        self,
    ) -> "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef":
        '''awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials.

        Secret should be created with below names for keys

        - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user.
        - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services.
        - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials#awsCredentialsSecretRef
        '''
        result = self._values.get("aws_credentials_secret_ref")
        assert result is not None, "Required property 'aws_credentials_secret_ref' is missing"
        return typing.cast("SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef", result)

    @builtins.property
    def region(self) -> builtins.str:
        '''region is for configuring the AWS region to be used.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials#region
        '''
        result = self._values.get("region")
        assert result is not None, "Required property 'region' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials.

        Secret should be created with below names for keys

        - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user.
        - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services.
        - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.

        :param name: name of the secret.
        :param namespace: namespace in which the secret exists. If empty, secret will looked up in local namespace.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec54fb213a9631be25f0bf501e8acb13f71986f15628f2fa8e20786d71dbf024)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the secret.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''namespace in which the secret exists.

        If empty, secret will looked up in local namespace.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data.

        For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead
        serviceAccountRef must be used by providing operators service account details.

        :param key: key name holding the external account credential config.
        :param name: name of the configmap.
        :param namespace: namespace in which the configmap exists. If empty, configmap will looked up in local namespace.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c08c95dff818b4874e73bcb4be72ec99918233e5714db72f3b80d1c26e021506)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''key name holding the external account credential config.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the configmap.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''namespace in which the configmap exists.

        If empty, configmap will looked up in local namespace.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens, when Kubernetes is configured as provider in workload identity pool.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f2131c4ee2bef27f9fa5b2e506c677f5fc63f526a08a8da74629bccebe0fe5a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00880ada914c2988e4f81a2bbf81f548e12d991c753f3632924ed040061739f9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVault",
    jsii_struct_bases=[],
    name_mapping={
        "server": "server",
        "auth": "auth",
        "ca_bundle": "caBundle",
        "ca_provider": "caProvider",
        "check_and_set": "checkAndSet",
        "forward_inconsistent": "forwardInconsistent",
        "headers": "headers",
        "namespace": "namespace",
        "path": "path",
        "read_your_writes": "readYourWrites",
        "tls": "tls",
        "version": "version",
    },
)
class SecretStoreSpecProviderVault:
    def __init__(
        self,
        *,
        server: builtins.str,
        auth: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        ca_bundle: typing.Optional[builtins.str] = None,
        ca_provider: typing.Optional[typing.Union["SecretStoreSpecProviderVaultCaProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        check_and_set: typing.Optional[typing.Union["SecretStoreSpecProviderVaultCheckAndSet", typing.Dict[builtins.str, typing.Any]]] = None,
        forward_inconsistent: typing.Optional[builtins.bool] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        read_your_writes: typing.Optional[builtins.bool] = None,
        tls: typing.Optional[typing.Union["SecretStoreSpecProviderVaultTls", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional["SecretStoreSpecProviderVaultVersion"] = None,
    ) -> None:
        '''Vault configures this store to sync secrets using the HashiCorp Vault provider.

        :param server: Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
        :param auth: Auth configures how secret-manager authenticates with the Vault server.
        :param ca_bundle: PEM encoded CA bundle used to validate Vault server certificate. Only used if the Server URL is using HTTPS protocol. This parameter is ignored for plain HTTP protocol connection. If not set the system root certificates are used to validate the TLS connection.
        :param ca_provider: The provider for the CA bundle to use to validate Vault server certificate.
        :param check_and_set: CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations. Only applies to Vault KV v2 stores. When enabled, write operations must include the current version of the secret to prevent unintentional overwrites.
        :param forward_inconsistent: ForwardInconsistent tells Vault to forward read-after-write requests to the Vault leader instead of simply retrying within a loop. This can increase performance if the option is enabled serverside. https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header
        :param headers: Headers to be added in Vault request.
        :param namespace: Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1". More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
        :param path: Path is the mount path of the Vault KV backend endpoint, e.g: "secret". The v2 KV secret engine version specific "/data" path suffix for fetching secrets from Vault is optional and will be appended if not present in specified path.
        :param read_your_writes: ReadYourWrites ensures isolated read-after-write semantics by providing discovered cluster replication states in each request. More information about eventual consistency in Vault can be found here https://www.vaultproject.io/docs/enterprise/consistency
        :param tls: The configuration used for client side related TLS communication, when the Vault server requires mutual authentication. Only used if the Server URL is using HTTPS protocol. This parameter is ignored for plain HTTP protocol connection. It's worth noting this configuration is different from the "TLS certificates auth method", which is available under the ``auth.cert`` section.
        :param version: Version is the Vault KV secret engine version. This can be either "v1" or "v2". Version defaults to "v2".

        :schema: SecretStoreSpecProviderVault
        '''
        if isinstance(auth, dict):
            auth = SecretStoreSpecProviderVaultAuth(**auth)
        if isinstance(ca_provider, dict):
            ca_provider = SecretStoreSpecProviderVaultCaProvider(**ca_provider)
        if isinstance(check_and_set, dict):
            check_and_set = SecretStoreSpecProviderVaultCheckAndSet(**check_and_set)
        if isinstance(tls, dict):
            tls = SecretStoreSpecProviderVaultTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ae354c0bc0f63e88460e1b51ccf0b056861e4af5089834a48e7ffbaa7318995)
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
            check_type(argname="argument ca_bundle", value=ca_bundle, expected_type=type_hints["ca_bundle"])
            check_type(argname="argument ca_provider", value=ca_provider, expected_type=type_hints["ca_provider"])
            check_type(argname="argument check_and_set", value=check_and_set, expected_type=type_hints["check_and_set"])
            check_type(argname="argument forward_inconsistent", value=forward_inconsistent, expected_type=type_hints["forward_inconsistent"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument read_your_writes", value=read_your_writes, expected_type=type_hints["read_your_writes"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "server": server,
        }
        if auth is not None:
            self._values["auth"] = auth
        if ca_bundle is not None:
            self._values["ca_bundle"] = ca_bundle
        if ca_provider is not None:
            self._values["ca_provider"] = ca_provider
        if check_and_set is not None:
            self._values["check_and_set"] = check_and_set
        if forward_inconsistent is not None:
            self._values["forward_inconsistent"] = forward_inconsistent
        if headers is not None:
            self._values["headers"] = headers
        if namespace is not None:
            self._values["namespace"] = namespace
        if path is not None:
            self._values["path"] = path
        if read_your_writes is not None:
            self._values["read_your_writes"] = read_your_writes
        if tls is not None:
            self._values["tls"] = tls
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def server(self) -> builtins.str:
        '''Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".

        :schema: SecretStoreSpecProviderVault#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def auth(self) -> typing.Optional["SecretStoreSpecProviderVaultAuth"]:
        '''Auth configures how secret-manager authenticates with the Vault server.

        :schema: SecretStoreSpecProviderVault#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuth"], result)

    @builtins.property
    def ca_bundle(self) -> typing.Optional[builtins.str]:
        '''PEM encoded CA bundle used to validate Vault server certificate.

        Only used
        if the Server URL is using HTTPS protocol. This parameter is ignored for
        plain HTTP protocol connection. If not set the system root certificates
        are used to validate the TLS connection.

        :schema: SecretStoreSpecProviderVault#caBundle
        '''
        result = self._values.get("ca_bundle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_provider(self) -> typing.Optional["SecretStoreSpecProviderVaultCaProvider"]:
        '''The provider for the CA bundle to use to validate Vault server certificate.

        :schema: SecretStoreSpecProviderVault#caProvider
        '''
        result = self._values.get("ca_provider")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultCaProvider"], result)

    @builtins.property
    def check_and_set(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultCheckAndSet"]:
        '''CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.

        Only applies to Vault KV v2 stores. When enabled, write operations must include
        the current version of the secret to prevent unintentional overwrites.

        :schema: SecretStoreSpecProviderVault#checkAndSet
        '''
        result = self._values.get("check_and_set")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultCheckAndSet"], result)

    @builtins.property
    def forward_inconsistent(self) -> typing.Optional[builtins.bool]:
        '''ForwardInconsistent tells Vault to forward read-after-write requests to the Vault leader instead of simply retrying within a loop.

        This can increase performance if
        the option is enabled serverside.
        https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header

        :schema: SecretStoreSpecProviderVault#forwardInconsistent
        '''
        result = self._values.get("forward_inconsistent")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Headers to be added in Vault request.

        :schema: SecretStoreSpecProviderVault#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Name of the vault namespace.

        Namespaces is a set of features within Vault Enterprise that allows
        Vault environments to support Secure Multi-tenancy. e.g: "ns1".
        More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces

        :schema: SecretStoreSpecProviderVault#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is the mount path of the Vault KV backend endpoint, e.g: "secret". The v2 KV secret engine version specific "/data" path suffix for fetching secrets from Vault is optional and will be appended if not present in specified path.

        :schema: SecretStoreSpecProviderVault#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_your_writes(self) -> typing.Optional[builtins.bool]:
        '''ReadYourWrites ensures isolated read-after-write semantics by providing discovered cluster replication states in each request.

        More information about eventual consistency in Vault can be found here
        https://www.vaultproject.io/docs/enterprise/consistency

        :schema: SecretStoreSpecProviderVault#readYourWrites
        '''
        result = self._values.get("read_your_writes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tls(self) -> typing.Optional["SecretStoreSpecProviderVaultTls"]:
        '''The configuration used for client side related TLS communication, when the Vault server requires mutual authentication.

        Only used if the Server URL is using HTTPS protocol.
        This parameter is ignored for plain HTTP protocol connection.
        It's worth noting this configuration is different from the "TLS certificates auth method",
        which is available under the ``auth.cert`` section.

        :schema: SecretStoreSpecProviderVault#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultTls"], result)

    @builtins.property
    def version(self) -> typing.Optional["SecretStoreSpecProviderVaultVersion"]:
        '''Version is the Vault KV secret engine version.

        This can be either "v1" or
        "v2". Version defaults to "v2".

        :schema: SecretStoreSpecProviderVault#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultVersion"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuth",
    jsii_struct_bases=[],
    name_mapping={
        "app_role": "appRole",
        "cert": "cert",
        "gcp": "gcp",
        "iam": "iam",
        "jwt": "jwt",
        "kubernetes": "kubernetes",
        "ldap": "ldap",
        "namespace": "namespace",
        "token_secret_ref": "tokenSecretRef",
        "user_pass": "userPass",
    },
)
class SecretStoreSpecProviderVaultAuth:
    def __init__(
        self,
        *,
        app_role: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthAppRole", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthCert", typing.Dict[builtins.str, typing.Any]]] = None,
        gcp: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcp", typing.Dict[builtins.str, typing.Any]]] = None,
        iam: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIam", typing.Dict[builtins.str, typing.Any]]] = None,
        jwt: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        kubernetes: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthKubernetes", typing.Dict[builtins.str, typing.Any]]] = None,
        ldap: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthLdap", typing.Dict[builtins.str, typing.Any]]] = None,
        namespace: typing.Optional[builtins.str] = None,
        token_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        user_pass: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthUserPass", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Auth configures how secret-manager authenticates with the Vault server.

        :param app_role: AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.
        :param cert: Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.
        :param gcp: Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.
        :param iam: Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.
        :param jwt: Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.
        :param kubernetes: Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.
        :param ldap: Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.
        :param namespace: Name of the vault namespace to authenticate to. This can be different than the namespace your secret is in. Namespaces is a set of features within Vault Enterprise that allows Vault environments to support Secure Multi-tenancy. e.g: "ns1". More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces This will default to Vault.Namespace field if set, or empty otherwise
        :param token_secret_ref: TokenSecretRef authenticates with Vault by presenting a token.
        :param user_pass: UserPass authenticates with Vault by passing username/password pair.

        :schema: SecretStoreSpecProviderVaultAuth
        '''
        if isinstance(app_role, dict):
            app_role = SecretStoreSpecProviderVaultAuthAppRole(**app_role)
        if isinstance(cert, dict):
            cert = SecretStoreSpecProviderVaultAuthCert(**cert)
        if isinstance(gcp, dict):
            gcp = SecretStoreSpecProviderVaultAuthGcp(**gcp)
        if isinstance(iam, dict):
            iam = SecretStoreSpecProviderVaultAuthIam(**iam)
        if isinstance(jwt, dict):
            jwt = SecretStoreSpecProviderVaultAuthJwt(**jwt)
        if isinstance(kubernetes, dict):
            kubernetes = SecretStoreSpecProviderVaultAuthKubernetes(**kubernetes)
        if isinstance(ldap, dict):
            ldap = SecretStoreSpecProviderVaultAuthLdap(**ldap)
        if isinstance(token_secret_ref, dict):
            token_secret_ref = SecretStoreSpecProviderVaultAuthTokenSecretRef(**token_secret_ref)
        if isinstance(user_pass, dict):
            user_pass = SecretStoreSpecProviderVaultAuthUserPass(**user_pass)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a906da5a2a53f521d3aa7cb2ceff2f87f28a7ec0f7ac71cdcd6107bccdff2daa)
            check_type(argname="argument app_role", value=app_role, expected_type=type_hints["app_role"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument gcp", value=gcp, expected_type=type_hints["gcp"])
            check_type(argname="argument iam", value=iam, expected_type=type_hints["iam"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument kubernetes", value=kubernetes, expected_type=type_hints["kubernetes"])
            check_type(argname="argument ldap", value=ldap, expected_type=type_hints["ldap"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument token_secret_ref", value=token_secret_ref, expected_type=type_hints["token_secret_ref"])
            check_type(argname="argument user_pass", value=user_pass, expected_type=type_hints["user_pass"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_role is not None:
            self._values["app_role"] = app_role
        if cert is not None:
            self._values["cert"] = cert
        if gcp is not None:
            self._values["gcp"] = gcp
        if iam is not None:
            self._values["iam"] = iam
        if jwt is not None:
            self._values["jwt"] = jwt
        if kubernetes is not None:
            self._values["kubernetes"] = kubernetes
        if ldap is not None:
            self._values["ldap"] = ldap
        if namespace is not None:
            self._values["namespace"] = namespace
        if token_secret_ref is not None:
            self._values["token_secret_ref"] = token_secret_ref
        if user_pass is not None:
            self._values["user_pass"] = user_pass

    @builtins.property
    def app_role(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthAppRole"]:
        '''AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.

        :schema: SecretStoreSpecProviderVaultAuth#appRole
        '''
        result = self._values.get("app_role")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthAppRole"], result)

    @builtins.property
    def cert(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthCert"]:
        '''Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthCert"], result)

    @builtins.property
    def gcp(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcp"]:
        '''Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#gcp
        '''
        result = self._values.get("gcp")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcp"], result)

    @builtins.property
    def iam(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthIam"]:
        '''Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#iam
        '''
        result = self._values.get("iam")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIam"], result)

    @builtins.property
    def jwt(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthJwt"]:
        '''Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthJwt"], result)

    @builtins.property
    def kubernetes(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthKubernetes"]:
        '''Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.

        :schema: SecretStoreSpecProviderVaultAuth#kubernetes
        '''
        result = self._values.get("kubernetes")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthKubernetes"], result)

    @builtins.property
    def ldap(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthLdap"]:
        '''Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.

        :schema: SecretStoreSpecProviderVaultAuth#ldap
        '''
        result = self._values.get("ldap")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthLdap"], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Name of the vault namespace to authenticate to.

        This can be different than the namespace your secret is in.
        Namespaces is a set of features within Vault Enterprise that allows
        Vault environments to support Secure Multi-tenancy. e.g: "ns1".
        More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
        This will default to Vault.Namespace field if set, or empty otherwise

        :schema: SecretStoreSpecProviderVaultAuth#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthTokenSecretRef"]:
        '''TokenSecretRef authenticates with Vault by presenting a token.

        :schema: SecretStoreSpecProviderVaultAuth#tokenSecretRef
        '''
        result = self._values.get("token_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthTokenSecretRef"], result)

    @builtins.property
    def user_pass(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthUserPass"]:
        '''UserPass authenticates with Vault by passing username/password pair.

        :schema: SecretStoreSpecProviderVaultAuth#userPass
        '''
        result = self._values.get("user_pass")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthUserPass"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthAppRole",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "secret_ref": "secretRef",
        "role_id": "roleId",
        "role_ref": "roleRef",
    },
)
class SecretStoreSpecProviderVaultAuthAppRole:
    def __init__(
        self,
        *,
        path: builtins.str,
        secret_ref: typing.Union["SecretStoreSpecProviderVaultAuthAppRoleSecretRef", typing.Dict[builtins.str, typing.Any]],
        role_id: typing.Optional[builtins.str] = None,
        role_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthAppRoleRoleRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AppRole authenticates with Vault using the App Role auth mechanism, with the role and secret stored in a Kubernetes Secret resource.

        :param path: Path where the App Role authentication backend is mounted in Vault, e.g: "approle".
        :param secret_ref: Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault. The ``key`` field must be specified and denotes which entry within the Secret resource is used as the app role secret.
        :param role_id: RoleID configured in the App Role authentication backend when setting up the authentication backend in Vault.
        :param role_ref: Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault. The ``key`` field must be specified and denotes which entry within the Secret resource is used as the app role id.

        :schema: SecretStoreSpecProviderVaultAuthAppRole
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthAppRoleSecretRef(**secret_ref)
        if isinstance(role_ref, dict):
            role_ref = SecretStoreSpecProviderVaultAuthAppRoleRoleRef(**role_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91ec9daf30d4aa20417e9735e38cf1e7dc0f2bba40719ebfe97b72e5371bbd5b)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument role_id", value=role_id, expected_type=type_hints["role_id"])
            check_type(argname="argument role_ref", value=role_ref, expected_type=type_hints["role_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "secret_ref": secret_ref,
        }
        if role_id is not None:
            self._values["role_id"] = role_id
        if role_ref is not None:
            self._values["role_ref"] = role_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the App Role authentication backend is mounted in Vault, e.g: "approle".

        :schema: SecretStoreSpecProviderVaultAuthAppRole#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(self) -> "SecretStoreSpecProviderVaultAuthAppRoleSecretRef":
        '''Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role secret.

        :schema: SecretStoreSpecProviderVaultAuthAppRole#secretRef
        '''
        result = self._values.get("secret_ref")
        assert result is not None, "Required property 'secret_ref' is missing"
        return typing.cast("SecretStoreSpecProviderVaultAuthAppRoleSecretRef", result)

    @builtins.property
    def role_id(self) -> typing.Optional[builtins.str]:
        '''RoleID configured in the App Role authentication backend when setting up the authentication backend in Vault.

        :schema: SecretStoreSpecProviderVaultAuthAppRole#roleId
        '''
        result = self._values.get("role_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthAppRoleRoleRef"]:
        '''Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role id.

        :schema: SecretStoreSpecProviderVaultAuthAppRole#roleRef
        '''
        result = self._values.get("role_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthAppRoleRoleRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthAppRole(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthAppRoleRoleRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthAppRoleRoleRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to a key in a Secret that contains the App Role ID used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role id.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleRoleRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1acab02e83bd64a2f473fe95cb8f70e5e7b0141fcb8c1b074a57ea0210a441a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleRoleRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleRoleRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleRoleRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthAppRoleRoleRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthAppRoleSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthAppRoleSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to a key in a Secret that contains the App Role secret used to authenticate with Vault.

        The ``key`` field must be specified and denotes which entry within the Secret
        resource is used as the app role secret.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c921248240c9e8f809f8693886a7967a63ac9e70ce931585f66f97fd47efbc4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthAppRoleSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthAppRoleSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthCert",
    jsii_struct_bases=[],
    name_mapping={
        "client_cert": "clientCert",
        "path": "path",
        "secret_ref": "secretRef",
        "vault_role": "vaultRole",
    },
)
class SecretStoreSpecProviderVaultAuthCert:
    def __init__(
        self,
        *,
        client_cert: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthCertClientCert", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vault_role: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate Cert authentication method.

        :param client_cert: ClientCert is a certificate to authenticate using the Cert Vault authentication method.
        :param path: Path where the Certificate authentication backend is mounted in Vault, e.g: "cert".
        :param secret_ref: SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.
        :param vault_role: VaultRole specifies the Vault role to use for TLS certificate authentication.

        :schema: SecretStoreSpecProviderVaultAuthCert
        '''
        if isinstance(client_cert, dict):
            client_cert = SecretStoreSpecProviderVaultAuthCertClientCert(**client_cert)
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthCertSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__926989828203f27389b7a872e486f9f7c761453b969101d248844147a4d6af7e)
            check_type(argname="argument client_cert", value=client_cert, expected_type=type_hints["client_cert"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument vault_role", value=vault_role, expected_type=type_hints["vault_role"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_cert is not None:
            self._values["client_cert"] = client_cert
        if path is not None:
            self._values["path"] = path
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if vault_role is not None:
            self._values["vault_role"] = vault_role

    @builtins.property
    def client_cert(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthCertClientCert"]:
        '''ClientCert is a certificate to authenticate using the Cert Vault authentication method.

        :schema: SecretStoreSpecProviderVaultAuthCert#clientCert
        '''
        result = self._values.get("client_cert")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthCertClientCert"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the Certificate authentication backend is mounted in Vault, e.g: "cert".

        :schema: SecretStoreSpecProviderVaultAuthCert#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthCertSecretRef"]:
        '''SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.

        :schema: SecretStoreSpecProviderVaultAuthCert#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthCertSecretRef"], result)

    @builtins.property
    def vault_role(self) -> typing.Optional[builtins.str]:
        '''VaultRole specifies the Vault role to use for TLS certificate authentication.

        :schema: SecretStoreSpecProviderVaultAuthCert#vaultRole
        '''
        result = self._values.get("vault_role")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthCertClientCert",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthCertClientCert:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClientCert is a certificate to authenticate using the Cert Vault authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthCertClientCert
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de593eb1b62d872aa65a4baa74a37a4975d8e4386948886c952b85872f5397de)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthCertClientCert#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthCertClientCert#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthCertClientCert#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthCertClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthCertSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing client private key to authenticate with Vault using the Cert authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f69eeab4ca0ffa1bd204d31e5ed09f8168d70e5803d92d9f822a900f1b42155)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthCertSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcp",
    jsii_struct_bases=[],
    name_mapping={
        "role": "role",
        "location": "location",
        "path": "path",
        "project_id": "projectId",
        "secret_ref": "secretRef",
        "service_account_ref": "serviceAccountRef",
        "workload_identity": "workloadIdentity",
    },
)
class SecretStoreSpecProviderVaultAuthGcp:
    def __init__(
        self,
        *,
        role: builtins.str,
        location: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        project_id: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcpSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcpServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Gcp authenticates with Vault using Google Cloud Platform authentication method GCP authentication method.

        :param role: Vault Role. In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.
        :param location: Location optionally defines a location/region for the secret.
        :param path: Path where the GCP auth method is enabled in Vault, e.g: "gcp".
        :param project_id: Project ID of the Google Cloud Platform project.
        :param secret_ref: Specify credentials in a Secret object.
        :param service_account_ref: ServiceAccountRef to a service account for impersonation.
        :param workload_identity: Specify a service account with Workload Identity.

        :schema: SecretStoreSpecProviderVaultAuthGcp
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthGcpSecretRef(**secret_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthGcpServiceAccountRef(**service_account_ref)
        if isinstance(workload_identity, dict):
            workload_identity = SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(**workload_identity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3435527ffba792c3584ea95955b8b19382dff5bb57eb55e431ca06264bbc4061)
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument workload_identity", value=workload_identity, expected_type=type_hints["workload_identity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "role": role,
        }
        if location is not None:
            self._values["location"] = location
        if path is not None:
            self._values["path"] = path
        if project_id is not None:
            self._values["project_id"] = project_id
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if workload_identity is not None:
            self._values["workload_identity"] = workload_identity

    @builtins.property
    def role(self) -> builtins.str:
        '''Vault Role.

        In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.

        :schema: SecretStoreSpecProviderVaultAuthGcp#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def location(self) -> typing.Optional[builtins.str]:
        '''Location optionally defines a location/region for the secret.

        :schema: SecretStoreSpecProviderVaultAuthGcp#location
        '''
        result = self._values.get("location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the GCP auth method is enabled in Vault, e.g: "gcp".

        :schema: SecretStoreSpecProviderVaultAuthGcp#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''Project ID of the Google Cloud Platform project.

        :schema: SecretStoreSpecProviderVaultAuthGcp#projectID
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcpSecretRef"]:
        '''Specify credentials in a Secret object.

        :schema: SecretStoreSpecProviderVaultAuthGcp#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcpSecretRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcpServiceAccountRef"]:
        '''ServiceAccountRef to a service account for impersonation.

        :schema: SecretStoreSpecProviderVaultAuthGcp#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcpServiceAccountRef"], result)

    @builtins.property
    def workload_identity(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity"]:
        '''Specify a service account with Workload Identity.

        :schema: SecretStoreSpecProviderVaultAuthGcp#workloadIdentity
        '''
        result = self._values.get("workload_identity")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpSecretRef",
    jsii_struct_bases=[],
    name_mapping={"secret_access_key_secret_ref": "secretAccessKeySecretRef"},
)
class SecretStoreSpecProviderVaultAuthGcpSecretRef:
    def __init__(
        self,
        *,
        secret_access_key_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify credentials in a Secret object.

        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRef
        '''
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6eb2e0de96ec0a5175c77388361ccaa084e1d7185ab9a0aa98b1a0c309b777a9)
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc1f14c919e8257909393d82f23c791431d9eb4d3e5123a7f9e2d84f11e9e4cb)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthGcpServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountRef to a service account for impersonation.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c085d865feb899316300f41a524a418bc7dc9ec1316d4f8eb302e61c9d6c072)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "cluster_location": "clusterLocation",
        "cluster_name": "clusterName",
        "cluster_project_id": "clusterProjectId",
    },
)
class SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        cluster_location: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_project_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specify a service account with Workload Identity.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.
        :param cluster_location: ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_name: ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.
        :param cluster_project_id: ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7072cd5726736c1c13e66fda06cc6877e1df5377d23842cbb7a5311087e79cb)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument cluster_location", value=cluster_location, expected_type=type_hints["cluster_location"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_project_id", value=cluster_project_id, expected_type=type_hints["cluster_project_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if cluster_location is not None:
            self._values["cluster_location"] = cluster_location
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if cluster_project_id is not None:
            self._values["cluster_project_id"] = cluster_project_id

    @builtins.property
    def service_account_ref(
        self,
    ) -> "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef":
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef", result)

    @builtins.property
    def cluster_location(self) -> typing.Optional[builtins.str]:
        '''ClusterLocation is the location of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterLocation
        '''
        result = self._values.get("cluster_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''ClusterName is the name of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterName
        '''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_project_id(self) -> typing.Optional[builtins.str]:
        '''ClusterProjectID is the project ID of the cluster If not specified, it fetches information from the metadata server.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterProjectID
        '''
        result = self._values.get("cluster_project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c3ff0b5319d7857c208403054f664eaf34b7390ccbae63c237bb67fd38e91cc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthIam",
    jsii_struct_bases=[],
    name_mapping={
        "vault_role": "vaultRole",
        "external_id": "externalId",
        "jwt": "jwt",
        "path": "path",
        "region": "region",
        "role": "role",
        "secret_ref": "secretRef",
        "vault_aws_iam_server_id": "vaultAwsIamServerId",
    },
)
class SecretStoreSpecProviderVaultAuthIam:
    def __init__(
        self,
        *,
        vault_role: builtins.str,
        external_id: typing.Optional[builtins.str] = None,
        jwt: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamJwt", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vault_aws_iam_server_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials AWS IAM authentication method.

        :param vault_role: Vault Role. In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine
        :param external_id: AWS External ID set on assumed IAM roles.
        :param jwt: Specify a service account with IRSA enabled.
        :param path: Path where the AWS auth method is enabled in Vault, e.g: "aws".
        :param region: AWS region.
        :param role: This is the AWS role to be assumed before talking to vault.
        :param secret_ref: Specify credentials in a Secret object.
        :param vault_aws_iam_server_id: X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks. More details here: https://developer.hashicorp.com/vault/docs/auth/aws

        :schema: SecretStoreSpecProviderVaultAuthIam
        '''
        if isinstance(jwt, dict):
            jwt = SecretStoreSpecProviderVaultAuthIamJwt(**jwt)
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthIamSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f4f812a280f7e7a35c2adc5e056ce09e1e3d47a3b629334d690d37f5f97e1e65)
            check_type(argname="argument vault_role", value=vault_role, expected_type=type_hints["vault_role"])
            check_type(argname="argument external_id", value=external_id, expected_type=type_hints["external_id"])
            check_type(argname="argument jwt", value=jwt, expected_type=type_hints["jwt"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument vault_aws_iam_server_id", value=vault_aws_iam_server_id, expected_type=type_hints["vault_aws_iam_server_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "vault_role": vault_role,
        }
        if external_id is not None:
            self._values["external_id"] = external_id
        if jwt is not None:
            self._values["jwt"] = jwt
        if path is not None:
            self._values["path"] = path
        if region is not None:
            self._values["region"] = region
        if role is not None:
            self._values["role"] = role
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if vault_aws_iam_server_id is not None:
            self._values["vault_aws_iam_server_id"] = vault_aws_iam_server_id

    @builtins.property
    def vault_role(self) -> builtins.str:
        '''Vault Role.

        In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine

        :schema: SecretStoreSpecProviderVaultAuthIam#vaultRole
        '''
        result = self._values.get("vault_role")
        assert result is not None, "Required property 'vault_role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def external_id(self) -> typing.Optional[builtins.str]:
        '''AWS External ID set on assumed IAM roles.

        :schema: SecretStoreSpecProviderVaultAuthIam#externalID
        '''
        result = self._values.get("external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def jwt(self) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamJwt"]:
        '''Specify a service account with IRSA enabled.

        :schema: SecretStoreSpecProviderVaultAuthIam#jwt
        '''
        result = self._values.get("jwt")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamJwt"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path where the AWS auth method is enabled in Vault, e.g: "aws".

        :schema: SecretStoreSpecProviderVaultAuthIam#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''AWS region.

        :schema: SecretStoreSpecProviderVaultAuthIam#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''This is the AWS role to be assumed before talking to vault.

        :schema: SecretStoreSpecProviderVaultAuthIam#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRef"]:
        '''Specify credentials in a Secret object.

        :schema: SecretStoreSpecProviderVaultAuthIam#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRef"], result)

    @builtins.property
    def vault_aws_iam_server_id(self) -> typing.Optional[builtins.str]:
        '''X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks.

        More details here: https://developer.hashicorp.com/vault/docs/auth/aws

        :schema: SecretStoreSpecProviderVaultAuthIam#vaultAwsIamServerID
        '''
        result = self._values.get("vault_aws_iam_server_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIam(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamJwt",
    jsii_struct_bases=[],
    name_mapping={"service_account_ref": "serviceAccountRef"},
)
class SecretStoreSpecProviderVaultAuthIamJwt:
    def __init__(
        self,
        *,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify a service account with IRSA enabled.

        :param service_account_ref: ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderVaultAuthIamJwt
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f1af3eb7d54e380de528297d497599be8b3f97ba43d4bddab72487b230af16a2)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef"]:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :schema: SecretStoreSpecProviderVaultAuthIamJwt#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServiceAccountSelector is a reference to a ServiceAccount resource.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c50bc07baab8bc5c836868d760e0092888fe9525c183d95a06e617661cc5c996)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamSecretRef",
    jsii_struct_bases=[],
    name_mapping={
        "access_key_id_secret_ref": "accessKeyIdSecretRef",
        "secret_access_key_secret_ref": "secretAccessKeySecretRef",
        "session_token_secret_ref": "sessionTokenSecretRef",
    },
)
class SecretStoreSpecProviderVaultAuthIamSecretRef:
    def __init__(
        self,
        *,
        access_key_id_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_access_key_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        session_token_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specify credentials in a Secret object.

        :param access_key_id_secret_ref: The AccessKeyID is used for authentication.
        :param secret_access_key_secret_ref: The SecretAccessKey is used for authentication.
        :param session_token_secret_ref: The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRef
        '''
        if isinstance(access_key_id_secret_ref, dict):
            access_key_id_secret_ref = SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(**access_key_id_secret_ref)
        if isinstance(secret_access_key_secret_ref, dict):
            secret_access_key_secret_ref = SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(**secret_access_key_secret_ref)
        if isinstance(session_token_secret_ref, dict):
            session_token_secret_ref = SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(**session_token_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f6a53b54f6e814156adb05a3a76fd1de33240027cc88644762d02b35ddafcf4)
            check_type(argname="argument access_key_id_secret_ref", value=access_key_id_secret_ref, expected_type=type_hints["access_key_id_secret_ref"])
            check_type(argname="argument secret_access_key_secret_ref", value=secret_access_key_secret_ref, expected_type=type_hints["secret_access_key_secret_ref"])
            check_type(argname="argument session_token_secret_ref", value=session_token_secret_ref, expected_type=type_hints["session_token_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_key_id_secret_ref is not None:
            self._values["access_key_id_secret_ref"] = access_key_id_secret_ref
        if secret_access_key_secret_ref is not None:
            self._values["secret_access_key_secret_ref"] = secret_access_key_secret_ref
        if session_token_secret_ref is not None:
            self._values["session_token_secret_ref"] = session_token_secret_ref

    @builtins.property
    def access_key_id_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef"]:
        '''The AccessKeyID is used for authentication.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRef#accessKeyIDSecretRef
        '''
        result = self._values.get("access_key_id_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef"], result)

    @builtins.property
    def secret_access_key_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef"]:
        '''The SecretAccessKey is used for authentication.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRef#secretAccessKeySecretRef
        '''
        result = self._values.get("secret_access_key_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef"], result)

    @builtins.property
    def session_token_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef"]:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRef#sessionTokenSecretRef
        '''
        result = self._values.get("session_token_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The AccessKeyID is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__16b23b19132a5b53a7b913aa29534ae6d6014b4e7bc5e93b06b0bcc86a300b9b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SecretAccessKey is used for authentication.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92ee31ab9551c8d7c36fe7a9b635df4bdbeca68a0252399f1b02e10a6e29b2a9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The SessionToken used for authentication This must be defined if AccessKeyID and SecretAccessKey are temporary credentials see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c32ae6dbba2e2e0760d6511b2539dc00b8152b92075fcc93ec89435f41970029)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthJwt",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "kubernetes_service_account_token": "kubernetesServiceAccountToken",
        "role": "role",
        "secret_ref": "secretRef",
    },
)
class SecretStoreSpecProviderVaultAuthJwt:
    def __init__(
        self,
        *,
        path: builtins.str,
        kubernetes_service_account_token: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken", typing.Dict[builtins.str, typing.Any]]] = None,
        role: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthJwtSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Jwt authenticates with Vault by passing role and JWT token using the JWT/OIDC authentication method.

        :param path: Path where the JWT authentication backend is mounted in Vault, e.g: "jwt".
        :param kubernetes_service_account_token: Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.
        :param role: Role is a JWT role to authenticate using the JWT/OIDC Vault authentication method.
        :param secret_ref: Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :schema: SecretStoreSpecProviderVaultAuthJwt
        '''
        if isinstance(kubernetes_service_account_token, dict):
            kubernetes_service_account_token = SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(**kubernetes_service_account_token)
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthJwtSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2641227e47ad754e8439010181c6cc78330135cee499741a0a3871027938bf40)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument kubernetes_service_account_token", value=kubernetes_service_account_token, expected_type=type_hints["kubernetes_service_account_token"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if kubernetes_service_account_token is not None:
            self._values["kubernetes_service_account_token"] = kubernetes_service_account_token
        if role is not None:
            self._values["role"] = role
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the JWT authentication backend is mounted in Vault, e.g: "jwt".

        :schema: SecretStoreSpecProviderVaultAuthJwt#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kubernetes_service_account_token(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken"]:
        '''Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.

        :schema: SecretStoreSpecProviderVaultAuthJwt#kubernetesServiceAccountToken
        '''
        result = self._values.get("kubernetes_service_account_token")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken"], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''Role is a JWT role to authenticate using the JWT/OIDC Vault authentication method.

        :schema: SecretStoreSpecProviderVaultAuthJwt#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthJwtSecretRef"]:
        '''Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :schema: SecretStoreSpecProviderVaultAuthJwt#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthJwtSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthJwt(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken",
    jsii_struct_bases=[],
    name_mapping={
        "service_account_ref": "serviceAccountRef",
        "audiences": "audiences",
        "expiration_seconds": "expirationSeconds",
    },
)
class SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken:
    def __init__(
        self,
        *,
        service_account_ref: typing.Union["SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef", typing.Dict[builtins.str, typing.Any]],
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        expiration_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Optional ServiceAccountToken specifies the Kubernetes service account for which to request a token for with the ``TokenRequest`` API.

        :param service_account_ref: Service account field containing the name of a kubernetes ServiceAccount.
        :param audiences: Optional audiences field that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``. Defaults to a single audience ``vault`` it not specified. Deprecated: use serviceAccountRef.Audiences instead Default: a single audience ``vault`` it not specified.
        :param expiration_seconds: Optional expiration time in seconds that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``. Deprecated: this will be removed in the future. Defaults to 10 minutes. Default: 10 minutes.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken
        '''
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__746f956d1234f789608405b291bad7714e1859d2bf8667f7c8135f4799fd156b)
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument expiration_seconds", value=expiration_seconds, expected_type=type_hints["expiration_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "service_account_ref": service_account_ref,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if expiration_seconds is not None:
            self._values["expiration_seconds"] = expiration_seconds

    @builtins.property
    def service_account_ref(
        self,
    ) -> "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef":
        '''Service account field containing the name of a kubernetes ServiceAccount.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        assert result is not None, "Required property 'service_account_ref' is missing"
        return typing.cast("SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef", result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Optional audiences field that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``.

        Defaults to a single audience ``vault`` it not specified.

        Deprecated: use serviceAccountRef.Audiences instead

        :default: a single audience ``vault`` it not specified.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def expiration_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional expiration time in seconds that will be used to request a temporary Kubernetes service account token for the service account referenced by ``serviceAccountRef``.

        Deprecated: this will be removed in the future.
        Defaults to 10 minutes.

        :default: 10 minutes.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#expirationSeconds
        '''
        result = self._values.get("expiration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Service account field containing the name of a kubernetes ServiceAccount.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe5149b96feef31ec30a430a00c72547d518e3e2b7d981a8647dc81c003207bd)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthJwtSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthJwtSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional SecretRef that refers to a key in a Secret resource containing JWT token to authenticate with Vault using the JWT/OIDC authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthJwtSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d4bd1e46d55696da0dd1d35870cc436c6ed2e3062fd0765d4f20fe3651d10c5)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthJwtSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthJwtSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthJwtSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthJwtSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthKubernetes",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "role": "role",
        "secret_ref": "secretRef",
        "service_account_ref": "serviceAccountRef",
    },
)
class SecretStoreSpecProviderVaultAuthKubernetes:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        role: builtins.str,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthKubernetesSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Kubernetes authenticates with Vault by passing the ServiceAccount token stored in the named Secret resource to the Vault server.

        :param mount_path: Path where the Kubernetes authentication backend is mounted in Vault, e.g: "kubernetes".
        :param role: A required field containing the Vault Role to assume. A Role binds a Kubernetes ServiceAccount with a set of Vault policies.
        :param secret_ref: Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault. If a name is specified without a key, ``token`` is the default. If one is not specified, the one bound to the controller will be used.
        :param service_account_ref: Optional service account field containing the name of a kubernetes ServiceAccount. If the service account is specified, the service account secret token JWT will be used for authenticating with Vault. If the service account selector is not supplied, the secretRef will be used instead.

        :schema: SecretStoreSpecProviderVaultAuthKubernetes
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthKubernetesSecretRef(**secret_ref)
        if isinstance(service_account_ref, dict):
            service_account_ref = SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(**service_account_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca939cc68749570d2ef4889f201ab3b3fd38c8f6dcd83bf12fe08aaab436b8fb)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "role": role,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''Path where the Kubernetes authentication backend is mounted in Vault, e.g: "kubernetes".

        :schema: SecretStoreSpecProviderVaultAuthKubernetes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def role(self) -> builtins.str:
        '''A required field containing the Vault Role to assume.

        A Role binds a
        Kubernetes ServiceAccount with a set of Vault policies.

        :schema: SecretStoreSpecProviderVaultAuthKubernetes#role
        '''
        result = self._values.get("role")
        assert result is not None, "Required property 'role' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthKubernetesSecretRef"]:
        '''Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault.

        If a name is specified without a key,
        ``token`` is the default. If one is not specified, the one bound to
        the controller will be used.

        :schema: SecretStoreSpecProviderVaultAuthKubernetes#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthKubernetesSecretRef"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef"]:
        '''Optional service account field containing the name of a kubernetes ServiceAccount.

        If the service account is specified, the service account secret token JWT will be used
        for authenticating with Vault. If the service account selector is not supplied,
        the secretRef will be used instead.

        :schema: SecretStoreSpecProviderVaultAuthKubernetes#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthKubernetes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthKubernetesSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthKubernetesSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional secret field containing a Kubernetes ServiceAccount JWT used for authenticating with Vault.

        If a name is specified without a key,
        ``token`` is the default. If one is not specified, the one bound to
        the controller will be used.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5576d3db2bcf7331d72c3646834111e13f1a9b0768bd6843887a4bfb2a37c2b7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthKubernetesSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "audiences": "audiences", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Optional service account field containing the name of a kubernetes ServiceAccount.

        If the service account is specified, the service account secret token JWT will be used
        for authenticating with Vault. If the service account selector is not supplied,
        the secretRef will be used instead.

        :param name: The name of the ServiceAccount resource being referred to.
        :param audiences: Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.
        :param namespace: Namespace of the resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1902bb9d0d46785a88bbf171a4e8d3512c9b72ff2e89a4e8d8cdaf67c675514c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument audiences", value=audiences, expected_type=type_hints["audiences"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if audiences is not None:
            self._values["audiences"] = audiences
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ServiceAccount resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audiences(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Audience specifies the ``aud`` claim for the service account token If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity then this audiences will be appended to the list.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#audiences
        '''
        result = self._values.get("audiences")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthLdap",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "username": "username", "secret_ref": "secretRef"},
)
class SecretStoreSpecProviderVaultAuthLdap:
    def __init__(
        self,
        *,
        path: builtins.str,
        username: builtins.str,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthLdapSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Ldap authenticates with Vault by passing username/password pair using the LDAP authentication method.

        :param path: Path where the LDAP authentication backend is mounted in Vault, e.g: "ldap".
        :param username: Username is an LDAP username used to authenticate using the LDAP Vault authentication method.
        :param secret_ref: SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :schema: SecretStoreSpecProviderVaultAuthLdap
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthLdapSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54daf7044cfb5a8fba7a5cc3a68df9e10b72c56cc5b8c6bb1588d528e2890dc1)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "username": username,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the LDAP authentication backend is mounted in Vault, e.g: "ldap".

        :schema: SecretStoreSpecProviderVaultAuthLdap#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username is an LDAP username used to authenticate using the LDAP Vault authentication method.

        :schema: SecretStoreSpecProviderVaultAuthLdap#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthLdapSecretRef"]:
        '''SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :schema: SecretStoreSpecProviderVaultAuthLdap#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthLdapSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthLdap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthLdapSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthLdapSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing password for the LDAP user used to authenticate with Vault using the LDAP authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthLdapSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3781d82032a4838e8854e5d94439e01ad2c1ec8dbaf02e83334a9a1204deb736)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthLdapSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthLdapSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthLdapSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthLdapSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthTokenSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthTokenSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TokenSecretRef authenticates with Vault by presenting a token.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthTokenSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e96f47c442da148ae8f99573a79d554a4379a383748a113ceb3bd9974830296)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthTokenSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthTokenSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthTokenSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthTokenSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthUserPass",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "username": "username", "secret_ref": "secretRef"},
)
class SecretStoreSpecProviderVaultAuthUserPass:
    def __init__(
        self,
        *,
        path: builtins.str,
        username: builtins.str,
        secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultAuthUserPassSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''UserPass authenticates with Vault by passing username/password pair.

        :param path: Path where the UserPassword authentication backend is mounted in Vault, e.g: "userpass".
        :param username: Username is a username used to authenticate using the UserPass Vault authentication method.
        :param secret_ref: SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :schema: SecretStoreSpecProviderVaultAuthUserPass
        '''
        if isinstance(secret_ref, dict):
            secret_ref = SecretStoreSpecProviderVaultAuthUserPassSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5bfce2cd6d5291b7a427b5aa0118dc647913921735b9246430e09322b27b4f02)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "username": username,
        }
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''Path where the UserPassword authentication backend is mounted in Vault, e.g: "userpass".

        :schema: SecretStoreSpecProviderVaultAuthUserPass#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''Username is a username used to authenticate using the UserPass Vault authentication method.

        :schema: SecretStoreSpecProviderVaultAuthUserPass#username
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultAuthUserPassSecretRef"]:
        '''SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :schema: SecretStoreSpecProviderVaultAuthUserPass#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultAuthUserPassSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthUserPass(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultAuthUserPassSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultAuthUserPassSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef to a key in a Secret resource containing password for the user used to authenticate with Vault using the UserPass authentication method.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthUserPassSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e17f5ff2baba151a823876c5eda97d1d8eb558c183603e1d1b5e28e5ed39edf)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultAuthUserPassSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultAuthUserPassSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultAuthUserPassSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultAuthUserPassSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultCaProvider",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "type": "type",
        "key": "key",
        "namespace": "namespace",
    },
)
class SecretStoreSpecProviderVaultCaProvider:
    def __init__(
        self,
        *,
        name: builtins.str,
        type: "SecretStoreSpecProviderVaultCaProviderType",
        key: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The provider for the CA bundle to use to validate Vault server certificate.

        :param name: The name of the object located at the provider type.
        :param type: The type of provider to use such as "Secret", or "ConfigMap".
        :param key: The key where the CA certificate can be found in the Secret or ConfigMap.
        :param namespace: The namespace the Provider type is in. Can only be defined when used in a ClusterSecretStore.

        :schema: SecretStoreSpecProviderVaultCaProvider
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7694f04b7ccf70eddb5e62a956b1c20f67af5fdd544be8ab6f057460eaf8e64)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "type": type,
        }
        if key is not None:
            self._values["key"] = key
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the object located at the provider type.

        :schema: SecretStoreSpecProviderVaultCaProvider#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> "SecretStoreSpecProviderVaultCaProviderType":
        '''The type of provider to use such as "Secret", or "ConfigMap".

        :schema: SecretStoreSpecProviderVaultCaProvider#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("SecretStoreSpecProviderVaultCaProviderType", result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''The key where the CA certificate can be found in the Secret or ConfigMap.

        :schema: SecretStoreSpecProviderVaultCaProvider#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace the Provider type is in.

        Can only be defined when used in a ClusterSecretStore.

        :schema: SecretStoreSpecProviderVaultCaProvider#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultCaProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultCaProviderType")
class SecretStoreSpecProviderVaultCaProviderType(enum.Enum):
    '''The type of provider to use such as "Secret", or "ConfigMap".

    :schema: SecretStoreSpecProviderVaultCaProviderType
    '''

    SECRET = "SECRET"
    '''Secret.'''
    CONFIG_MAP = "CONFIG_MAP"
    '''ConfigMap.'''


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultCheckAndSet",
    jsii_struct_bases=[],
    name_mapping={"required": "required"},
)
class SecretStoreSpecProviderVaultCheckAndSet:
    def __init__(self, *, required: typing.Optional[builtins.bool] = None) -> None:
        '''CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.

        Only applies to Vault KV v2 stores. When enabled, write operations must include
        the current version of the secret to prevent unintentional overwrites.

        :param required: Required when true, all write operations must include a check-and-set parameter. This helps prevent unintentional overwrites of secrets.

        :schema: SecretStoreSpecProviderVaultCheckAndSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d3d9696650db9dfcf2aded8d29e1aa8d3080cf410000e48c737bd59b6e4dca5a)
            check_type(argname="argument required", value=required, expected_type=type_hints["required"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if required is not None:
            self._values["required"] = required

    @builtins.property
    def required(self) -> typing.Optional[builtins.bool]:
        '''Required when true, all write operations must include a check-and-set parameter.

        This helps prevent unintentional overwrites of secrets.

        :schema: SecretStoreSpecProviderVaultCheckAndSet#required
        '''
        result = self._values.get("required")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultCheckAndSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultTls",
    jsii_struct_bases=[],
    name_mapping={
        "cert_secret_ref": "certSecretRef",
        "key_secret_ref": "keySecretRef",
    },
)
class SecretStoreSpecProviderVaultTls:
    def __init__(
        self,
        *,
        cert_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultTlsCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        key_secret_ref: typing.Optional[typing.Union["SecretStoreSpecProviderVaultTlsKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The configuration used for client side related TLS communication, when the Vault server requires mutual authentication.

        Only used if the Server URL is using HTTPS protocol.
        This parameter is ignored for plain HTTP protocol connection.
        It's worth noting this configuration is different from the "TLS certificates auth method",
        which is available under the ``auth.cert`` section.

        :param cert_secret_ref: CertSecretRef is a certificate added to the transport layer when communicating with the Vault server. If no key for the Secret is specified, external-secret will default to 'tls.crt'.
        :param key_secret_ref: KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server. If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :schema: SecretStoreSpecProviderVaultTls
        '''
        if isinstance(cert_secret_ref, dict):
            cert_secret_ref = SecretStoreSpecProviderVaultTlsCertSecretRef(**cert_secret_ref)
        if isinstance(key_secret_ref, dict):
            key_secret_ref = SecretStoreSpecProviderVaultTlsKeySecretRef(**key_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6372ead467470cd464df3f7cb7a7869298dcb7b9ff2712d39c0ab0e5db7676c9)
            check_type(argname="argument cert_secret_ref", value=cert_secret_ref, expected_type=type_hints["cert_secret_ref"])
            check_type(argname="argument key_secret_ref", value=key_secret_ref, expected_type=type_hints["key_secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_secret_ref is not None:
            self._values["cert_secret_ref"] = cert_secret_ref
        if key_secret_ref is not None:
            self._values["key_secret_ref"] = key_secret_ref

    @builtins.property
    def cert_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultTlsCertSecretRef"]:
        '''CertSecretRef is a certificate added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.crt'.

        :schema: SecretStoreSpecProviderVaultTls#certSecretRef
        '''
        result = self._values.get("cert_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultTlsCertSecretRef"], result)

    @builtins.property
    def key_secret_ref(
        self,
    ) -> typing.Optional["SecretStoreSpecProviderVaultTlsKeySecretRef"]:
        '''KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :schema: SecretStoreSpecProviderVaultTls#keySecretRef
        '''
        result = self._values.get("key_secret_ref")
        return typing.cast(typing.Optional["SecretStoreSpecProviderVaultTlsKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultTlsCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultTlsCertSecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''CertSecretRef is a certificate added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.crt'.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultTlsCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb30f372dcfb3505625c739725f793dcc9e3daf5daa1faca99b010efb508a78c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultTlsCertSecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultTlsCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultTlsCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultTlsCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultTlsKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class SecretStoreSpecProviderVaultTlsKeySecretRef:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''KeySecretRef to a key in a Secret resource containing client private key added to the transport layer when communicating with the Vault server.

        If no key for the Secret is specified, external-secret will default to 'tls.key'.

        :param key: A key in the referenced Secret. Some instances of this field may be defaulted, in others it may be required.
        :param name: The name of the Secret resource being referred to.
        :param namespace: The namespace of the Secret resource being referred to. Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultTlsKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a5c8cd2d8c0b867645d9888fa26dc2a4fe64280aba3ae916f234df9825e0d59)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''A key in the referenced Secret.

        Some instances of this field may be defaulted, in others it may be required.

        :schema: SecretStoreSpecProviderVaultTlsKeySecretRef#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource being referred to.

        :schema: SecretStoreSpecProviderVaultTlsKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of the Secret resource being referred to.

        Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.

        :schema: SecretStoreSpecProviderVaultTlsKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecProviderVaultTlsKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ioexternal-secrets.SecretStoreSpecProviderVaultVersion")
class SecretStoreSpecProviderVaultVersion(enum.Enum):
    '''Version is the Vault KV secret engine version.

    This can be either "v1" or
    "v2". Version defaults to "v2".

    :schema: SecretStoreSpecProviderVaultVersion
    '''

    V1 = "V1"
    '''v1.'''
    V2 = "V2"
    '''v2.'''


class SecretStoreSpecRefreshInterval(
    metaclass=jsii.JSIIMeta,
    jsii_type="ioexternal-secrets.SecretStoreSpecRefreshInterval",
):
    '''Used to configure store refresh interval.

    Accepts either an integer number
    of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
    0 will default to the controller config.

    :schema: SecretStoreSpecRefreshInterval
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "SecretStoreSpecRefreshInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fe116dcae1de0a5ce055c25275d484e448b787add227d8dd9b2fc74c8ab6aab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SecretStoreSpecRefreshInterval", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "SecretStoreSpecRefreshInterval":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32152c54d5b9b3e4a11e8399f40789c95460eff3098d43a378b812684cb64430)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("SecretStoreSpecRefreshInterval", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="ioexternal-secrets.SecretStoreSpecRetrySettings",
    jsii_struct_bases=[],
    name_mapping={"max_retries": "maxRetries", "retry_interval": "retryInterval"},
)
class SecretStoreSpecRetrySettings:
    def __init__(
        self,
        *,
        max_retries: typing.Optional[jsii.Number] = None,
        retry_interval: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to configure HTTP retries on failures.

        :param max_retries: 
        :param retry_interval: 

        :schema: SecretStoreSpecRetrySettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab1b2959f3a84685392b7376862f54f9c2af1a3c8607a0325c24aa2e5739ede8)
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument retry_interval", value=retry_interval, expected_type=type_hints["retry_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if retry_interval is not None:
            self._values["retry_interval"] = retry_interval

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: SecretStoreSpecRetrySettings#maxRetries
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: SecretStoreSpecRetrySettings#retryInterval
        '''
        result = self._values.get("retry_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SecretStoreSpecRetrySettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ClusterSecretStore",
    "ClusterSecretStoreProps",
    "ClusterSecretStoreSpec",
    "ClusterSecretStoreSpecConditions",
    "ClusterSecretStoreSpecConditionsNamespaceSelector",
    "ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    "ClusterSecretStoreSpecProvider",
    "ClusterSecretStoreSpecProviderAws",
    "ClusterSecretStoreSpecProviderAwsAuth",
    "ClusterSecretStoreSpecProviderAwsAuthJwt",
    "ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef",
    "ClusterSecretStoreSpecProviderAwsAuthSecretRef",
    "ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef",
    "ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef",
    "ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef",
    "ClusterSecretStoreSpecProviderAwsSecretsManager",
    "ClusterSecretStoreSpecProviderAwsService",
    "ClusterSecretStoreSpecProviderAwsSessionTags",
    "ClusterSecretStoreSpecProviderAwsSessionTagsPolicy",
    "ClusterSecretStoreSpecProviderAzurekv",
    "ClusterSecretStoreSpecProviderAzurekvAuthSecretRef",
    "ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate",
    "ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId",
    "ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret",
    "ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId",
    "ClusterSecretStoreSpecProviderAzurekvAuthType",
    "ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig",
    "ClusterSecretStoreSpecProviderAzurekvEnvironmentType",
    "ClusterSecretStoreSpecProviderAzurekvServiceAccountRef",
    "ClusterSecretStoreSpecProviderGcpsm",
    "ClusterSecretStoreSpecProviderGcpsmAuth",
    "ClusterSecretStoreSpecProviderGcpsmAuthSecretRef",
    "ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef",
    "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity",
    "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation",
    "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials",
    "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef",
    "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig",
    "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef",
    "ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef",
    "ClusterSecretStoreSpecProviderVault",
    "ClusterSecretStoreSpecProviderVaultAuth",
    "ClusterSecretStoreSpecProviderVaultAuthAppRole",
    "ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef",
    "ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthCert",
    "ClusterSecretStoreSpecProviderVaultAuthCertClientCert",
    "ClusterSecretStoreSpecProviderVaultAuthCertSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthGcp",
    "ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity",
    "ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthIam",
    "ClusterSecretStoreSpecProviderVaultAuthIamJwt",
    "ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthIamSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthJwt",
    "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken",
    "ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthKubernetes",
    "ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef",
    "ClusterSecretStoreSpecProviderVaultAuthLdap",
    "ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef",
    "ClusterSecretStoreSpecProviderVaultAuthUserPass",
    "ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef",
    "ClusterSecretStoreSpecProviderVaultCaProvider",
    "ClusterSecretStoreSpecProviderVaultCaProviderType",
    "ClusterSecretStoreSpecProviderVaultCheckAndSet",
    "ClusterSecretStoreSpecProviderVaultTls",
    "ClusterSecretStoreSpecProviderVaultTlsCertSecretRef",
    "ClusterSecretStoreSpecProviderVaultTlsKeySecretRef",
    "ClusterSecretStoreSpecProviderVaultVersion",
    "ClusterSecretStoreSpecRefreshInterval",
    "ClusterSecretStoreSpecRetrySettings",
    "ExternalSecret",
    "ExternalSecretProps",
    "ExternalSecretSpec",
    "ExternalSecretSpecData",
    "ExternalSecretSpecDataFrom",
    "ExternalSecretSpecDataFromExtract",
    "ExternalSecretSpecDataFromExtractConversionStrategy",
    "ExternalSecretSpecDataFromExtractDecodingStrategy",
    "ExternalSecretSpecDataFromExtractMetadataPolicy",
    "ExternalSecretSpecDataFromExtractNullBytePolicy",
    "ExternalSecretSpecDataFromFind",
    "ExternalSecretSpecDataFromFindConversionStrategy",
    "ExternalSecretSpecDataFromFindDecodingStrategy",
    "ExternalSecretSpecDataFromFindName",
    "ExternalSecretSpecDataFromFindNullBytePolicy",
    "ExternalSecretSpecDataFromRewrite",
    "ExternalSecretSpecDataFromRewriteMerge",
    "ExternalSecretSpecDataFromRewriteMergeConflictPolicy",
    "ExternalSecretSpecDataFromRewriteMergePriorityPolicy",
    "ExternalSecretSpecDataFromRewriteMergeStrategy",
    "ExternalSecretSpecDataFromRewriteRegexp",
    "ExternalSecretSpecDataFromRewriteTransform",
    "ExternalSecretSpecDataFromSourceRef",
    "ExternalSecretSpecDataFromSourceRefGeneratorRef",
    "ExternalSecretSpecDataFromSourceRefGeneratorRefKind",
    "ExternalSecretSpecDataFromSourceRefStoreRef",
    "ExternalSecretSpecDataFromSourceRefStoreRefKind",
    "ExternalSecretSpecDataRemoteRef",
    "ExternalSecretSpecDataRemoteRefConversionStrategy",
    "ExternalSecretSpecDataRemoteRefDecodingStrategy",
    "ExternalSecretSpecDataRemoteRefMetadataPolicy",
    "ExternalSecretSpecDataRemoteRefNullBytePolicy",
    "ExternalSecretSpecDataSourceRef",
    "ExternalSecretSpecDataSourceRefGeneratorRef",
    "ExternalSecretSpecDataSourceRefGeneratorRefKind",
    "ExternalSecretSpecDataSourceRefStoreRef",
    "ExternalSecretSpecDataSourceRefStoreRefKind",
    "ExternalSecretSpecRefreshPolicy",
    "ExternalSecretSpecSecretStoreRef",
    "ExternalSecretSpecSecretStoreRefKind",
    "ExternalSecretSpecSyncWindows",
    "ExternalSecretSpecSyncWindowsKind",
    "ExternalSecretSpecSyncWindowsWindows",
    "ExternalSecretSpecTarget",
    "ExternalSecretSpecTargetCreationPolicy",
    "ExternalSecretSpecTargetDeletionPolicy",
    "ExternalSecretSpecTargetManifest",
    "ExternalSecretSpecTargetTemplate",
    "ExternalSecretSpecTargetTemplateEngineVersion",
    "ExternalSecretSpecTargetTemplateMergePolicy",
    "ExternalSecretSpecTargetTemplateMetadata",
    "ExternalSecretSpecTargetTemplateTemplateFrom",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMap",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs",
    "ExternalSecretSpecTargetTemplateTemplateFromSecret",
    "ExternalSecretSpecTargetTemplateTemplateFromSecretItems",
    "ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs",
    "ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy",
    "SecretStore",
    "SecretStoreProps",
    "SecretStoreSpec",
    "SecretStoreSpecConditions",
    "SecretStoreSpecConditionsNamespaceSelector",
    "SecretStoreSpecConditionsNamespaceSelectorMatchExpressions",
    "SecretStoreSpecProvider",
    "SecretStoreSpecProviderAws",
    "SecretStoreSpecProviderAwsAuth",
    "SecretStoreSpecProviderAwsAuthJwt",
    "SecretStoreSpecProviderAwsAuthJwtServiceAccountRef",
    "SecretStoreSpecProviderAwsAuthSecretRef",
    "SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef",
    "SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef",
    "SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef",
    "SecretStoreSpecProviderAwsSecretsManager",
    "SecretStoreSpecProviderAwsService",
    "SecretStoreSpecProviderAwsSessionTags",
    "SecretStoreSpecProviderAwsSessionTagsPolicy",
    "SecretStoreSpecProviderAzurekv",
    "SecretStoreSpecProviderAzurekvAuthSecretRef",
    "SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate",
    "SecretStoreSpecProviderAzurekvAuthSecretRefClientId",
    "SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret",
    "SecretStoreSpecProviderAzurekvAuthSecretRefTenantId",
    "SecretStoreSpecProviderAzurekvAuthType",
    "SecretStoreSpecProviderAzurekvCustomCloudConfig",
    "SecretStoreSpecProviderAzurekvEnvironmentType",
    "SecretStoreSpecProviderAzurekvServiceAccountRef",
    "SecretStoreSpecProviderGcpsm",
    "SecretStoreSpecProviderGcpsmAuth",
    "SecretStoreSpecProviderGcpsmAuthSecretRef",
    "SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef",
    "SecretStoreSpecProviderGcpsmAuthWorkloadIdentity",
    "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation",
    "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials",
    "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef",
    "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig",
    "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef",
    "SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef",
    "SecretStoreSpecProviderVault",
    "SecretStoreSpecProviderVaultAuth",
    "SecretStoreSpecProviderVaultAuthAppRole",
    "SecretStoreSpecProviderVaultAuthAppRoleRoleRef",
    "SecretStoreSpecProviderVaultAuthAppRoleSecretRef",
    "SecretStoreSpecProviderVaultAuthCert",
    "SecretStoreSpecProviderVaultAuthCertClientCert",
    "SecretStoreSpecProviderVaultAuthCertSecretRef",
    "SecretStoreSpecProviderVaultAuthGcp",
    "SecretStoreSpecProviderVaultAuthGcpSecretRef",
    "SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef",
    "SecretStoreSpecProviderVaultAuthGcpServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity",
    "SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthIam",
    "SecretStoreSpecProviderVaultAuthIamJwt",
    "SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthIamSecretRef",
    "SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef",
    "SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef",
    "SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef",
    "SecretStoreSpecProviderVaultAuthJwt",
    "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken",
    "SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthJwtSecretRef",
    "SecretStoreSpecProviderVaultAuthKubernetes",
    "SecretStoreSpecProviderVaultAuthKubernetesSecretRef",
    "SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef",
    "SecretStoreSpecProviderVaultAuthLdap",
    "SecretStoreSpecProviderVaultAuthLdapSecretRef",
    "SecretStoreSpecProviderVaultAuthTokenSecretRef",
    "SecretStoreSpecProviderVaultAuthUserPass",
    "SecretStoreSpecProviderVaultAuthUserPassSecretRef",
    "SecretStoreSpecProviderVaultCaProvider",
    "SecretStoreSpecProviderVaultCaProviderType",
    "SecretStoreSpecProviderVaultCheckAndSet",
    "SecretStoreSpecProviderVaultTls",
    "SecretStoreSpecProviderVaultTlsCertSecretRef",
    "SecretStoreSpecProviderVaultTlsKeySecretRef",
    "SecretStoreSpecProviderVaultVersion",
    "SecretStoreSpecRefreshInterval",
    "SecretStoreSpecRetrySettings",
]

publication.publish()

def _typecheckingstub__8dd63b4b951d1c0f1810393f2ea2739eb3c8df2dbba5c1c17c9369fa23105354(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e52cd74f3e3dc5a6f5e0e0439c1ee7ea1bd2ae23d61a00f1d7d48f492e9adc87(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57b6b1dbca3a9f2481bd32974c96162d85bfa5e7fd9e1324c70c72f4c047323e(
    *,
    provider: typing.Union[ClusterSecretStoreSpecProvider, typing.Dict[builtins.str, typing.Any]],
    conditions: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreSpecConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    controller: typing.Optional[builtins.str] = None,
    refresh_interval: typing.Optional[ClusterSecretStoreSpecRefreshInterval] = None,
    retry_settings: typing.Optional[typing.Union[ClusterSecretStoreSpecRetrySettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__235a3ed3597539d23562330d694072420f7ed77b81205a238ec5e46d02a8cbd8(
    *,
    namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[ClusterSecretStoreSpecConditionsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a356f991ef23e488a604543e6e29b2de00e3322f1615dcdc4c4cd56ec61b5901(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreSpecConditionsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0cf7b6aba7042541ed027a83c2a3602ec694bb8191253c6fb5470aea9cedde0(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b577f0ccbbef07f08ad1ab52f92fc2ed139f3591354a8294c647ea76a6470491(
    *,
    aws: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAws, typing.Dict[builtins.str, typing.Any]]] = None,
    azurekv: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAzurekv, typing.Dict[builtins.str, typing.Any]]] = None,
    gcpsm: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsm, typing.Dict[builtins.str, typing.Any]]] = None,
    vault: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVault, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b890d76e5f0d682e477d7b20c0020358b39d98bd01a9432e52c7c4a8ac616f0(
    *,
    region: builtins.str,
    service: ClusterSecretStoreSpecProviderAwsService,
    additional_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    auth: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAwsAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    custom_session_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    external_id: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    secrets_manager: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAwsSecretsManager, typing.Dict[builtins.str, typing.Any]]] = None,
    session_tags: typing.Optional[typing.Sequence[typing.Union[ClusterSecretStoreSpecProviderAwsSessionTags, typing.Dict[builtins.str, typing.Any]]]] = None,
    session_tags_policy: typing.Optional[ClusterSecretStoreSpecProviderAwsSessionTagsPolicy] = None,
    transitive_tag_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6dd72e093e44f4d176c7ac71615a880705b99b630555e7ce1e4ea69742c5efb(
    *,
    jwt: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAwsAuthJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAwsAuthSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7d772d91778f286ba674c40734f79974636800252dcb80ba3aedb4417ec64cb(
    *,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAwsAuthJwtServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de10cf2ddb938d6fc92b26c35d489e4b0afd1f528224b33c4acedc8f7b7c55d4(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__382d054259503c641b10cacac05db506fe361c058f5e49c99de7f0f9505e7137(
    *,
    access_key_id_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_access_key_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6651cda229033cd18398fe288cd6b6e8a7837eb3b8dcacc21b46f1303f7ab9fb(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14d2105b0a56fd40c4ef74beca49699465299985a43951d9b6c98760df53d36d(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd4fbc427e7378b255c8ebb41e9d546cd208553dfd074c98d857ec7fb06ac865(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2deea303d686e925fd79c2e63a1bac8cccf9105919d543ea3637e8cdaa2a460(
    *,
    force_delete_without_recovery: typing.Optional[builtins.bool] = None,
    recovery_window_in_days: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cad6cbff211dfde1ae9537e607df562fe4baba68b3cc8f4f46bfccfe19ff772(
    *,
    key: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c241f0bdca3970aef7e1768427fdaa91976bc172e6a9adf9266bf73940958d82(
    *,
    vault_url: builtins.str,
    auth_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAzurekvAuthSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    auth_type: typing.Optional[ClusterSecretStoreSpecProviderAzurekvAuthType] = None,
    custom_cloud_config: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAzurekvCustomCloudConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    environment_type: typing.Optional[ClusterSecretStoreSpecProviderAzurekvEnvironmentType] = None,
    identity_id: typing.Optional[builtins.str] = None,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAzurekvServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    tenant_id: typing.Optional[builtins.str] = None,
    use_azure_sdk: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50107c061e058c695ef89a240623f5c9f9c8bdec05e3550652703edc1613a9d6(
    *,
    client_certificate: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate, typing.Dict[builtins.str, typing.Any]]] = None,
    client_id: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientId, typing.Dict[builtins.str, typing.Any]]] = None,
    client_secret: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAzurekvAuthSecretRefClientSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    tenant_id: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderAzurekvAuthSecretRefTenantId, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41d410e8c2ebfeb6f688adc15957b192934b18223d654c6b2d7d456f9fea4078(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07b0ecddeaed41a84aa2643dd718d462b1146ec6772530b4f5c3c47e1b733cf5(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68559f3a5d6b2b8a93dcb32624f88b8d3a6cfd24de8ffe4e2e190efd3965eba4(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d90ff748d8fed6eafc8d488d60534c8687abb87795fdd3a184fd59d0bb5fcf29(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8b3799d9919d8f344e7d6d58aad80c774643a2a35d542b3204d3e3aa56e852d(
    *,
    active_directory_endpoint: builtins.str,
    key_vault_dns_suffix: typing.Optional[builtins.str] = None,
    key_vault_endpoint: typing.Optional[builtins.str] = None,
    resource_manager_endpoint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f9bc3908e702dbfc1f5487ab0c0ab8d9ac9fbe77dc944911fa425330ed9bf8c(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc3cec52aba3dbdf7d2c68d2cdddb38491fbe4a67b6aa1610ba59832fa6a4e41(
    *,
    auth: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsmAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    location: typing.Optional[builtins.str] = None,
    project_id: typing.Optional[builtins.str] = None,
    secret_version_selection_policy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2178385ff92d231b452c07f1848576db93a846b578537d723ad23942c8b8f59(
    *,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentity, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity_federation: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b68c9d3be6662c6d5127a4f57c77b4fa8ec1231c6761283310dd0437fa26405(
    *,
    secret_access_key_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ae3e18a30bbb404e9e981c4110af8ad2c78dced856b1094667d4d8757f4bea3(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__998b6e77f1f37298ed0da77f6068e5d0e918cf71ed7b2bfdbcba34ba026e718a(
    *,
    service_account_ref: typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    cluster_location: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    cluster_project_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__679a3c5b714f919696d0003ca6dfe5d82f28a32703fd62a9b3812d463030476f(
    *,
    audience: typing.Optional[builtins.str] = None,
    aws_security_credentials: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    cred_config: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    external_token_endpoint: typing.Optional[builtins.str] = None,
    gcp_service_account_email: typing.Optional[builtins.str] = None,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d32958f72f42eedcb52eb5519d749ba6aa75c74ad4a0ec067cc15f8798ed826(
    *,
    aws_credentials_secret_ref: typing.Union[ClusterSecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef, typing.Dict[builtins.str, typing.Any]],
    region: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fa26115531b50445991dcabc2554b4b5a84c9b13d2df814a114ec74646862d5(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e13fa5f5227cab8290d52e70eeb224bcb4bc23e66cc25ea88350234b013f2f55(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1df06cff2f544bc480a4ae9348434ec7b9f6607c5be60befb540ef12c5ec7a8f(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99dacaa9d9ab0fbbdd69de40485d6ea7f5b6f30154d2c2f17a52d025fcda16dc(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef68b3d001dc894733c01b794ca1a457786564b75fec9c23ebf82feb51a68d1c(
    *,
    server: builtins.str,
    auth: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    ca_bundle: typing.Optional[builtins.str] = None,
    ca_provider: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultCaProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    check_and_set: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultCheckAndSet, typing.Dict[builtins.str, typing.Any]]] = None,
    forward_inconsistent: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    read_your_writes: typing.Optional[builtins.bool] = None,
    tls: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultTls, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[ClusterSecretStoreSpecProviderVaultVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edca367d70e999e0f4d8dd93f60480965022b2731a2804bfea499b897354fe2e(
    *,
    app_role: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthAppRole, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthCert, typing.Dict[builtins.str, typing.Any]]] = None,
    gcp: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcp, typing.Dict[builtins.str, typing.Any]]] = None,
    iam: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIam, typing.Dict[builtins.str, typing.Any]]] = None,
    jwt: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    kubernetes: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
    ldap: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthLdap, typing.Dict[builtins.str, typing.Any]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    token_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    user_pass: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthUserPass, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d653069145d43079e69f7719f5cc231f7e70d871ff44e92d01049340d8bb524(
    *,
    path: builtins.str,
    secret_ref: typing.Union[ClusterSecretStoreSpecProviderVaultAuthAppRoleSecretRef, typing.Dict[builtins.str, typing.Any]],
    role_id: typing.Optional[builtins.str] = None,
    role_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthAppRoleRoleRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3767dd7f0dfda9abbdd6e082d87979000d3f144dc867a4d90e6b4422db19df0(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f35712d423d432dfcb07ff112a69b3cfbd19b55783043b4a29d483f336f4a433(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07ecf610e8623a95c7882b7b3820871610e76bb4497f36c406038735e020e9dd(
    *,
    client_cert: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthCertClientCert, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vault_role: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b68473b3bece52963e18111c31aa00fc82a8ebd6235ce6cdc6d52305f88978b(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__297cfe9ec7b6f0ff6acb7be39420d3c9df2218f1bf1753129109b58cb815db1c(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__926195af0d841bb3e9c80fb1d8695c9cb77151122de17e7afa4c4968b9b55d64(
    *,
    role: builtins.str,
    location: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    project_id: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentity, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b08788a3e9bb767323faeac804fdb24367194578d3eac3f3729a9313a956df11(
    *,
    secret_access_key_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3593ad64c1e401af2e5632026704b84672cc8f092a551fac76c8ede1e61388e6(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__798334b5a78646403c54082f12ca0982752adf74ac3171c9561fa501fd3496b7(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__607bfffe903bb568a72a967798316ec615b131ef4f5911bd4ad4d1421f987bc9(
    *,
    service_account_ref: typing.Union[ClusterSecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    cluster_location: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    cluster_project_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8ec4c8907798e36bf05ac25e039eac8f019c1c522e167be1ca793273dab1518(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb1e0090c05ba86f3bbb16dbb6d7fe62811a5409544eace8008c350259d846c6(
    *,
    vault_role: builtins.str,
    external_id: typing.Optional[builtins.str] = None,
    jwt: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vault_aws_iam_server_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__604a00ff7acef8e2a7817a4fe8774f18e79735e5f6502141e7f6688de2569209(
    *,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__126fab088e8fe39bbbbcb709b0b4bd4ea10d1cae3217042471c178167f1047bb(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__315109daecfc4fdd476d8a8d5fd735390e185153911e0068d4a67145c21e3451(
    *,
    access_key_id_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_access_key_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12f76d8907b5d1d70b37a42e2469a428297081e94719f68709d6c69502d92479(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0db49c5f6b942819043f28d19385b9ecfb176bcae7e043457ab5c9a21e422303(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60656c6c85d3c13a3de822fb5192b9c9513c76def8ea6aea09068579e1576a68(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c70b5f2d0d755f91281254925c299e6b7812ab873f8af74181b9bed9ddf549d3(
    *,
    path: builtins.str,
    kubernetes_service_account_token: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken, typing.Dict[builtins.str, typing.Any]]] = None,
    role: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthJwtSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__079c46fff0c57b42b35cdf20bd2601cdf20258393616adf107cd21057b8a5756(
    *,
    service_account_ref: typing.Union[ClusterSecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    expiration_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf1afed0cbd44ce1e181c71dfbce5c80cec5b966a2a854753d10efa060ee9f6f(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a340df94e1a417e5d884f82e933c5560f15f85713299092866951369e007294(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e0431af4eda83f334246027b08a06ec6fc9a31808931500a0447cbf67873dc8(
    *,
    mount_path: builtins.str,
    role: builtins.str,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthKubernetesSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7378e072626052b95a87646e5ef2b5aff3fbcb23a3222fc3bdb7a5423e66529(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e39b709ef4e009ad2207ce73f97c37c051ea9f48db9c0406f1c522ebaacfb7ca(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8666d1368531371d385fa490f9ec11641fb095a166fb9e1b592dcc40182fa86b(
    *,
    path: builtins.str,
    username: builtins.str,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthLdapSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55cf6198c624abda137c052d1dc014ca36b71dd2d46492befe116265455ee36d(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19291a9702423000e44c226f201a482aea5e992dd47a71153ebb3070b6856b2d(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3801812504074fbab40eed5257046de5cf82dcb77ed80b747aeeb5f0be98da81(
    *,
    path: builtins.str,
    username: builtins.str,
    secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultAuthUserPassSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd074153d7c8ea1b5b9fff7f8f1b81f19982185e6996e88a4b8e9b1f6a564eb7(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__595609c1cb77ac8d0172cebab30d5f44428ed4331922d82d47b326431302591b(
    *,
    name: builtins.str,
    type: ClusterSecretStoreSpecProviderVaultCaProviderType,
    key: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27bea77c55de677336f4032e1845966f9b2b92beeced6e19dda36833fdfa0683(
    *,
    required: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d84c4a31a415fe29de581aa0d14bd66c3ac5d0a2b363fc51e7b732146324452c(
    *,
    cert_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultTlsCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    key_secret_ref: typing.Optional[typing.Union[ClusterSecretStoreSpecProviderVaultTlsKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a244db00ecdc9979b4904887396a930edc0c785a954451994f1438ab191ea33(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1bf817f26e606dad196265bc16783b016e064cd3f3c156bd7ace321176fd8e1e(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2a1463c962c4204e5b350a510d8eb2e695fa2d896f77cd1d8e40a3d9a43db74(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7175095281f4fb2b01029b40999e09cf63207ffea252ada69d42873e80a5a5ba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e47d412c07158576d9f7496f0a0011a69595d8febfe76d46ed415887b59df8a3(
    *,
    max_retries: typing.Optional[jsii.Number] = None,
    retry_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c3b70f22c7723f819f402a6957ab71e8991db57a58ba85047be7a2faaad81e0(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ExternalSecretSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37e904970e3dbc8f880d53222da8b9d6ad0e642ffbccba70fe72cb9cdfbe3289(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ExternalSecretSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__074b53f8506e2f7772a36a26ed9736680e0342754c5f0ccf2218c6fef874937d(
    *,
    data: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecData, typing.Dict[builtins.str, typing.Any]]]] = None,
    data_from: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecDataFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    refresh_interval: typing.Optional[builtins.str] = None,
    refresh_policy: typing.Optional[ExternalSecretSpecRefreshPolicy] = None,
    secret_store_ref: typing.Optional[typing.Union[ExternalSecretSpecSecretStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
    sync_windows: typing.Optional[typing.Union[ExternalSecretSpecSyncWindows, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[typing.Union[ExternalSecretSpecTarget, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__475d807ac9fbc706d9ba6234ed898b602897f6af687b51a5cfabc7a77de0d4ce(
    *,
    remote_ref: typing.Union[ExternalSecretSpecDataRemoteRef, typing.Dict[builtins.str, typing.Any]],
    secret_key: builtins.str,
    source_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5652c1cf0894311801be60a13dd81647750db80e32bc8f49fe3e8235021c6c91(
    *,
    extract: typing.Optional[typing.Union[ExternalSecretSpecDataFromExtract, typing.Dict[builtins.str, typing.Any]]] = None,
    find: typing.Optional[typing.Union[ExternalSecretSpecDataFromFind, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecDataFromRewrite, typing.Dict[builtins.str, typing.Any]]]] = None,
    source_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1a826e166202abd8ad5a07dc322befd6750a4902692ec4d9ff881dbadc8d102(
    *,
    key: builtins.str,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataFromExtractConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataFromExtractDecodingStrategy] = None,
    metadata_policy: typing.Optional[ExternalSecretSpecDataFromExtractMetadataPolicy] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataFromExtractNullBytePolicy] = None,
    property: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8edc5b5404aea834ef81913f06d491df720ba9c52cc127400dacf95267b6e0c(
    *,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataFromFindConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataFromFindDecodingStrategy] = None,
    name: typing.Optional[typing.Union[ExternalSecretSpecDataFromFindName, typing.Dict[builtins.str, typing.Any]]] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataFromFindNullBytePolicy] = None,
    path: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e51f0ba94048fcba1af9bf78d0b379efd9e574853c52555f3c81052e7a44e0d(
    *,
    regexp: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34a7ea8664e4d3b6a1f3e0ff5e2df2f0dac77ecad4d9e29405fde21c45dcf3f4(
    *,
    merge: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteMerge, typing.Dict[builtins.str, typing.Any]]] = None,
    regexp: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteRegexp, typing.Dict[builtins.str, typing.Any]]] = None,
    transform: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteTransform, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d20754036ee89fd6b0bcd20b5875dee410e09b933e08e4664815ce85715431df(
    *,
    conflict_policy: typing.Optional[ExternalSecretSpecDataFromRewriteMergeConflictPolicy] = None,
    into: typing.Optional[builtins.str] = None,
    priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    priority_policy: typing.Optional[ExternalSecretSpecDataFromRewriteMergePriorityPolicy] = None,
    strategy: typing.Optional[ExternalSecretSpecDataFromRewriteMergeStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07bb68a64c1898dfd9e6d9598ac03e0577691ae09139179a55d7a71e87a2a001(
    *,
    source: builtins.str,
    target: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea77cb2fa93be64a812dd1b6f1c4d5a3c14a8077b583881a578654ce0f1efbe9(
    *,
    template: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bdacd781fe4a8fdd7dba12242f261be35b0741dfecfc6cad806edac31244739(
    *,
    generator_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRefGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    store_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRefStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5de20fbeaa188a66ea77f30598485617164e180abadf40ceea35c89fcb3a3de0(
    *,
    kind: ExternalSecretSpecDataFromSourceRefGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d42eeaaa91f59431f0eccdb8fa40fd12da13f9e7dd734564ff4c548604fd749(
    *,
    kind: typing.Optional[ExternalSecretSpecDataFromSourceRefStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fa135eb71c3b0e514a59fb4221d3694ecf54b320c828591b0435c574fdfb02c(
    *,
    key: builtins.str,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataRemoteRefConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataRemoteRefDecodingStrategy] = None,
    metadata_policy: typing.Optional[ExternalSecretSpecDataRemoteRefMetadataPolicy] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataRemoteRefNullBytePolicy] = None,
    property: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7be84602ab6a48aa2f02f1f2788d8e8c0f04bbaeb305a58dc5aa9893b3b36afd(
    *,
    generator_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRefGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    store_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRefStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b555942e78a0d71b49c937e2b35f2d46f77dcb9c587f0bf0826b60ba87744e15(
    *,
    kind: ExternalSecretSpecDataSourceRefGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dabc81d7c49ec321cf533cf9fc3ff20618ebb29f3711a3be2ce659f592a9b743(
    *,
    kind: typing.Optional[ExternalSecretSpecDataSourceRefStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6387a5fae9528a5204090c40d2c2889305f5e0931cd3c9f56f16b857a47f6aab(
    *,
    kind: typing.Optional[ExternalSecretSpecSecretStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__641ba6dad04362af5e55bcf31fb7e2d331e5c55078b1e5a7f389f1be4e8a4068(
    *,
    kind: ExternalSecretSpecSyncWindowsKind,
    windows: typing.Sequence[typing.Union[ExternalSecretSpecSyncWindowsWindows, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba080faada01ec11a3d50bde37c100a2858953b9b8de74b904326393115c9575(
    *,
    duration: builtins.str,
    schedule: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__827bc50a1daa2c072beabe447d39f5aa425b2533370b434284005378aa9a35c4(
    *,
    creation_policy: typing.Optional[ExternalSecretSpecTargetCreationPolicy] = None,
    deletion_policy: typing.Optional[ExternalSecretSpecTargetDeletionPolicy] = None,
    immutable: typing.Optional[builtins.bool] = None,
    manifest: typing.Optional[typing.Union[ExternalSecretSpecTargetManifest, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    template: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f1537c634fadc74d0ebff0dadab1c87af05e2ac7c9474483010bc3e9016fb08(
    *,
    api_version: builtins.str,
    kind: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a97a9d748a88e76340582885a47a889666e169b36bf601e948fa8fbaf8eacb8(
    *,
    data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    engine_version: typing.Optional[ExternalSecretSpecTargetTemplateEngineVersion] = None,
    merge_policy: typing.Optional[ExternalSecretSpecTargetTemplateMergePolicy] = None,
    metadata: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    template_from: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd5588a79e0c2ae668496ad557535214d7832b67410c55764b5ebcb0df34aa6e(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31faa86a5c98b99d6ee0e61c7febcb6d057f4f2d66a77088ff59e58fd22c0e21(
    *,
    config_map: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    literal: typing.Optional[builtins.str] = None,
    secret: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[builtins.str] = None,
    values_decoding_strategy: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02bb153304316c1d27d8cc2666b4bffdf0b5ee46f914eb90f501ff4d279aff79(
    *,
    items: typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__183828d27464f0cb7be30c7fcfa871d537b68ad5d70c9895876220619c3ee123(
    *,
    key: builtins.str,
    template_as: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0091308b64027190e4220f919c8b9fe8606081a83a7cac89b8d6f66850f27d9(
    *,
    items: typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromSecretItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd62afc90b918a7a93df148a8f114e0416daaaa6276fbdd86d8d0b7a8b3a5886(
    *,
    key: builtins.str,
    template_as: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__180aec373b8c9c56e68a264b2b4b4d292b94771886f0aa691cf5bb6dbec97d6b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1dab5bf5499b6000b83acce303ccadfb92208c478648fa8e4071edb8459ed03(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SecretStoreSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba085ab3c8441d364a5007e3094da84533695a382d5308b8e6f1b321858ef625(
    *,
    provider: typing.Union[SecretStoreSpecProvider, typing.Dict[builtins.str, typing.Any]],
    conditions: typing.Optional[typing.Sequence[typing.Union[SecretStoreSpecConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    controller: typing.Optional[builtins.str] = None,
    refresh_interval: typing.Optional[SecretStoreSpecRefreshInterval] = None,
    retry_settings: typing.Optional[typing.Union[SecretStoreSpecRetrySettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01d547344dc958faea293fc6df367ed85f56a3c604e289b6e97c55dbfec52074(
    *,
    namespace_regexes: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[SecretStoreSpecConditionsNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ccc5abe351a6fe7d6dfa7f8b1f2b1d3b27b72899bb7a70dcf48b3bc6e2030000(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[SecretStoreSpecConditionsNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ee07f9417bdb46432843fc9f094fd91393807cbdc66c75c920de43a2d0a5ebb(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c530965dc9a8ce9c6b19c8fa2f1a1209e5d3f087076176d43c9a82a73ad3e971(
    *,
    aws: typing.Optional[typing.Union[SecretStoreSpecProviderAws, typing.Dict[builtins.str, typing.Any]]] = None,
    azurekv: typing.Optional[typing.Union[SecretStoreSpecProviderAzurekv, typing.Dict[builtins.str, typing.Any]]] = None,
    gcpsm: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsm, typing.Dict[builtins.str, typing.Any]]] = None,
    vault: typing.Optional[typing.Union[SecretStoreSpecProviderVault, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b934c6cb3d89ed6210132277f1834ba27f8d6f93e4b788d15911d29aeb2a073b(
    *,
    region: builtins.str,
    service: SecretStoreSpecProviderAwsService,
    additional_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    auth: typing.Optional[typing.Union[SecretStoreSpecProviderAwsAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    custom_session_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    external_id: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    secrets_manager: typing.Optional[typing.Union[SecretStoreSpecProviderAwsSecretsManager, typing.Dict[builtins.str, typing.Any]]] = None,
    session_tags: typing.Optional[typing.Sequence[typing.Union[SecretStoreSpecProviderAwsSessionTags, typing.Dict[builtins.str, typing.Any]]]] = None,
    session_tags_policy: typing.Optional[SecretStoreSpecProviderAwsSessionTagsPolicy] = None,
    transitive_tag_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95a0f277ee0cad3e87fc8f88b3beed52a176e997459eb96b21bfc2cd7e6867ce(
    *,
    jwt: typing.Optional[typing.Union[SecretStoreSpecProviderAwsAuthJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderAwsAuthSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a2de8e353bd8a9c6b2b307f5edcfd83259dd689ddb1c7bcd7cba6aebd896d14(
    *,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderAwsAuthJwtServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee83739484981a1313ee3e396d008fd0daa33cea2f3bd4c940e1bdf71a18c74a(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70319a335a332153f12e762b41f5b67aee107bc3136ea70ae53f2a2c716a612a(
    *,
    access_key_id_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_access_key_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cd067b142a207713dbe0c26baf3421dbaec7cf34b10e08c3a3958201b4d09fb(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cbfd65dc9abbf06dee97c10e01c18ce7e875a3784134a02e09c54fe3a7fa425(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37e53d3d619a262afdcea4ddb3558b5807a5a7f1abfcde7cc9eea75f0d7b9293(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de0f4efdf44fefd239395f1fd3d9a7ed217d65fdd77f6520a2a569e0e2fbb99a(
    *,
    force_delete_without_recovery: typing.Optional[builtins.bool] = None,
    recovery_window_in_days: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa9cabd40973c64c112746306bfe745bc6edeb42842f8c5b47037e847987c660(
    *,
    key: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fff1dbb3fb26f345ccf9d164d11d27cdf0bf449ee80995bab7f58ed4e6cb4bf(
    *,
    vault_url: builtins.str,
    auth_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderAzurekvAuthSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    auth_type: typing.Optional[SecretStoreSpecProviderAzurekvAuthType] = None,
    custom_cloud_config: typing.Optional[typing.Union[SecretStoreSpecProviderAzurekvCustomCloudConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    environment_type: typing.Optional[SecretStoreSpecProviderAzurekvEnvironmentType] = None,
    identity_id: typing.Optional[builtins.str] = None,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderAzurekvServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    tenant_id: typing.Optional[builtins.str] = None,
    use_azure_sdk: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__218003f6825cc8cc0f958bebabc2f3bdbc7a157e9b92d6f96a4ff08a85a92c40(
    *,
    client_certificate: typing.Optional[typing.Union[SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate, typing.Dict[builtins.str, typing.Any]]] = None,
    client_id: typing.Optional[typing.Union[SecretStoreSpecProviderAzurekvAuthSecretRefClientId, typing.Dict[builtins.str, typing.Any]]] = None,
    client_secret: typing.Optional[typing.Union[SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    tenant_id: typing.Optional[typing.Union[SecretStoreSpecProviderAzurekvAuthSecretRefTenantId, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70b153c6d5804ff1b94ace3262f13d131decc6b341cae11d87cfda3f3b8dbbe8(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e73937a53a8dc05dc2cb3c6f7e3d8c47478e39bae10ddb5f9395a603af3ed23b(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94e37ecd5e686fb55810fc919ea1112f411c31d0570fa8910d7e09c861c65366(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6048676a001453e6428565dbc424b96e763c90e2d4b548360514f45873b3defd(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab5df8c706f041ca2a1de563e58dd228db5c3b845e5d87ac48c35a0d2294fbbb(
    *,
    active_directory_endpoint: builtins.str,
    key_vault_dns_suffix: typing.Optional[builtins.str] = None,
    key_vault_endpoint: typing.Optional[builtins.str] = None,
    resource_manager_endpoint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6270c5495b069a85f3a72915c6c9d3b066899e220bc6fe5e733e75e8528cd46c(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__433356edd23ff339815e78dd403eb845c5557e0e984de228fc0019869438b798(
    *,
    auth: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsmAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    location: typing.Optional[builtins.str] = None,
    project_id: typing.Optional[builtins.str] = None,
    secret_version_selection_policy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3dac985af09163062ee0f100a6f27f060ab84a70f92e464b0e33f194f9d2144(
    *,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsmAuthSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsmAuthWorkloadIdentity, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity_federation: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ca5c2e53d8308a5605105725f2c5e7bdd938b3d8ecb9bea29c97128ee49603c(
    *,
    secret_access_key_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6e8ae2d693f0cb3bb2f015f58e3bdbb1cf79d29d3c7d7a1da2a8f171c0b9b0d(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__545f2582e9eda3209742adff37223ac38c989705d97ddaaaf2d68951ec464e1b(
    *,
    service_account_ref: typing.Union[SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    cluster_location: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    cluster_project_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b36d28b84f7bd89e8dfa98d54ec50fe4dc8f18dbe91e498ab301287d40b24a5a(
    *,
    audience: typing.Optional[builtins.str] = None,
    aws_security_credentials: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    cred_config: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    external_token_endpoint: typing.Optional[builtins.str] = None,
    gcp_service_account_email: typing.Optional[builtins.str] = None,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a58f0a9150c30849764f0cf9e071c830dcce104a39f41fcfdec75e788ce7435f(
    *,
    aws_credentials_secret_ref: typing.Union[SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef, typing.Dict[builtins.str, typing.Any]],
    region: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec54fb213a9631be25f0bf501e8acb13f71986f15628f2fa8e20786d71dbf024(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c08c95dff818b4874e73bcb4be72ec99918233e5714db72f3b80d1c26e021506(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f2131c4ee2bef27f9fa5b2e506c677f5fc63f526a08a8da74629bccebe0fe5a(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00880ada914c2988e4f81a2bbf81f548e12d991c753f3632924ed040061739f9(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ae354c0bc0f63e88460e1b51ccf0b056861e4af5089834a48e7ffbaa7318995(
    *,
    server: builtins.str,
    auth: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    ca_bundle: typing.Optional[builtins.str] = None,
    ca_provider: typing.Optional[typing.Union[SecretStoreSpecProviderVaultCaProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    check_and_set: typing.Optional[typing.Union[SecretStoreSpecProviderVaultCheckAndSet, typing.Dict[builtins.str, typing.Any]]] = None,
    forward_inconsistent: typing.Optional[builtins.bool] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    read_your_writes: typing.Optional[builtins.bool] = None,
    tls: typing.Optional[typing.Union[SecretStoreSpecProviderVaultTls, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[SecretStoreSpecProviderVaultVersion] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a906da5a2a53f521d3aa7cb2ceff2f87f28a7ec0f7ac71cdcd6107bccdff2daa(
    *,
    app_role: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthAppRole, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthCert, typing.Dict[builtins.str, typing.Any]]] = None,
    gcp: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcp, typing.Dict[builtins.str, typing.Any]]] = None,
    iam: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIam, typing.Dict[builtins.str, typing.Any]]] = None,
    jwt: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    kubernetes: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthKubernetes, typing.Dict[builtins.str, typing.Any]]] = None,
    ldap: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthLdap, typing.Dict[builtins.str, typing.Any]]] = None,
    namespace: typing.Optional[builtins.str] = None,
    token_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    user_pass: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthUserPass, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91ec9daf30d4aa20417e9735e38cf1e7dc0f2bba40719ebfe97b72e5371bbd5b(
    *,
    path: builtins.str,
    secret_ref: typing.Union[SecretStoreSpecProviderVaultAuthAppRoleSecretRef, typing.Dict[builtins.str, typing.Any]],
    role_id: typing.Optional[builtins.str] = None,
    role_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthAppRoleRoleRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1acab02e83bd64a2f473fe95cb8f70e5e7b0141fcb8c1b074a57ea0210a441a(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c921248240c9e8f809f8693886a7967a63ac9e70ce931585f66f97fd47efbc4(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__926989828203f27389b7a872e486f9f7c761453b969101d248844147a4d6af7e(
    *,
    client_cert: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthCertClientCert, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vault_role: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de593eb1b62d872aa65a4baa74a37a4975d8e4386948886c952b85872f5397de(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f69eeab4ca0ffa1bd204d31e5ed09f8168d70e5803d92d9f822a900f1b42155(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3435527ffba792c3584ea95955b8b19382dff5bb57eb55e431ca06264bbc4061(
    *,
    role: builtins.str,
    location: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    project_id: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcpSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcpServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6eb2e0de96ec0a5175c77388361ccaa084e1d7185ab9a0aa98b1a0c309b777a9(
    *,
    secret_access_key_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc1f14c919e8257909393d82f23c791431d9eb4d3e5123a7f9e2d84f11e9e4cb(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c085d865feb899316300f41a524a418bc7dc9ec1316d4f8eb302e61c9d6c072(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7072cd5726736c1c13e66fda06cc6877e1df5377d23842cbb7a5311087e79cb(
    *,
    service_account_ref: typing.Union[SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    cluster_location: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    cluster_project_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c3ff0b5319d7857c208403054f664eaf34b7390ccbae63c237bb67fd38e91cc(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4f812a280f7e7a35c2adc5e056ce09e1e3d47a3b629334d690d37f5f97e1e65(
    *,
    vault_role: builtins.str,
    external_id: typing.Optional[builtins.str] = None,
    jwt: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamJwt, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vault_aws_iam_server_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1af3eb7d54e380de528297d497599be8b3f97ba43d4bddab72487b230af16a2(
    *,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c50bc07baab8bc5c836868d760e0092888fe9525c183d95a06e617661cc5c996(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f6a53b54f6e814156adb05a3a76fd1de33240027cc88644762d02b35ddafcf4(
    *,
    access_key_id_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_access_key_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    session_token_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16b23b19132a5b53a7b913aa29534ae6d6014b4e7bc5e93b06b0bcc86a300b9b(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92ee31ab9551c8d7c36fe7a9b635df4bdbeca68a0252399f1b02e10a6e29b2a9(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c32ae6dbba2e2e0760d6511b2539dc00b8152b92075fcc93ec89435f41970029(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2641227e47ad754e8439010181c6cc78330135cee499741a0a3871027938bf40(
    *,
    path: builtins.str,
    kubernetes_service_account_token: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken, typing.Dict[builtins.str, typing.Any]]] = None,
    role: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthJwtSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__746f956d1234f789608405b291bad7714e1859d2bf8667f7c8135f4799fd156b(
    *,
    service_account_ref: typing.Union[SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef, typing.Dict[builtins.str, typing.Any]],
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    expiration_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe5149b96feef31ec30a430a00c72547d518e3e2b7d981a8647dc81c003207bd(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d4bd1e46d55696da0dd1d35870cc436c6ed2e3062fd0765d4f20fe3651d10c5(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca939cc68749570d2ef4889f201ab3b3fd38c8f6dcd83bf12fe08aaab436b8fb(
    *,
    mount_path: builtins.str,
    role: builtins.str,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthKubernetesSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5576d3db2bcf7331d72c3646834111e13f1a9b0768bd6843887a4bfb2a37c2b7(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1902bb9d0d46785a88bbf171a4e8d3512c9b72ff2e89a4e8d8cdaf67c675514c(
    *,
    name: builtins.str,
    audiences: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54daf7044cfb5a8fba7a5cc3a68df9e10b72c56cc5b8c6bb1588d528e2890dc1(
    *,
    path: builtins.str,
    username: builtins.str,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthLdapSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3781d82032a4838e8854e5d94439e01ad2c1ec8dbaf02e83334a9a1204deb736(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e96f47c442da148ae8f99573a79d554a4379a383748a113ceb3bd9974830296(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bfce2cd6d5291b7a427b5aa0118dc647913921735b9246430e09322b27b4f02(
    *,
    path: builtins.str,
    username: builtins.str,
    secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultAuthUserPassSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e17f5ff2baba151a823876c5eda97d1d8eb558c183603e1d1b5e28e5ed39edf(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7694f04b7ccf70eddb5e62a956b1c20f67af5fdd544be8ab6f057460eaf8e64(
    *,
    name: builtins.str,
    type: SecretStoreSpecProviderVaultCaProviderType,
    key: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3d9696650db9dfcf2aded8d29e1aa8d3080cf410000e48c737bd59b6e4dca5a(
    *,
    required: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6372ead467470cd464df3f7cb7a7869298dcb7b9ff2712d39c0ab0e5db7676c9(
    *,
    cert_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultTlsCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    key_secret_ref: typing.Optional[typing.Union[SecretStoreSpecProviderVaultTlsKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb30f372dcfb3505625c739725f793dcc9e3daf5daa1faca99b010efb508a78c(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a5c8cd2d8c0b867645d9888fa26dc2a4fe64280aba3ae916f234df9825e0d59(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fe116dcae1de0a5ce055c25275d484e448b787add227d8dd9b2fc74c8ab6aab(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32152c54d5b9b3e4a11e8399f40789c95460eff3098d43a378b812684cb64430(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab1b2959f3a84685392b7376862f54f9c2af1a3c8607a0325c24aa2e5739ede8(
    *,
    max_retries: typing.Optional[jsii.Number] = None,
    retry_interval: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
