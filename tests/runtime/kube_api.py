"""A stand-in Kubernetes API for the KubernetesExecutor's scheduler: just the pod calls it makes.

Serves HTTPS on 127.0.0.1:443 inside the scenario's network namespace (where the in-cluster config
points: KUBERNETES_SERVICE_HOST/PORT and the ServiceAccount token volume). Pods the scheduler creates
are written to ``<dir>/pods/<name>.json`` so the suite can run them as pods; lists return them; watches
stay open without events until their timeout. Usage: ``kube_api.py DIR`` (DIR holds tls.crt, tls.key).
"""

from __future__ import annotations

import json
import re
import ssl
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

PODS = re.compile(r"^/api/v1/namespaces/([^/]+)/pods(?:/([^/]+))?(?:/(log|status))?$")
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    store: Path

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{time.strftime('%H:%M:%S')} {self.command} {self.path} {format % args}\n")

    def send(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def pods(self) -> list[dict]:
        return [json.loads(p.read_text()) for p in sorted((self.store / "pods").glob("*.json"))]

    def not_found(self, what: str) -> None:
        self.send(404, {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "NotFound",
                        "code": 404, "message": f"{what} not found"})

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        match = PODS.match(url.path)
        if url.path in ("/version", "/version/"):
            return self.send(200, {"major": "1", "minor": "27", "gitVersion": "v1.27.0-conformance"})
        if url.path == "/api":  # discovery, for the dynamic client
            return self.send(200, {"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": []})
        if url.path == "/apis":
            return self.send(200, {"kind": "APIGroupList", "apiVersion": "v1", "groups": []})
        if url.path == "/api/v1":
            return self.send(200, {"kind": "APIResourceList", "groupVersion": "v1", "resources": [
                {"name": "pods", "singularName": "pod", "namespaced": True, "kind": "Pod",
                 "verbs": ["create", "delete", "get", "list", "patch", "watch"]}]})
        if not match:
            return self.not_found(url.path)
        if match.group(2):
            pod = next((p for p in self.pods() if p["metadata"]["name"] == match.group(2)), None)
            return self.send(200, pod) if pod else self.not_found(f'pods "{match.group(2)}"')
        if query.get("watch", ["false"])[0].lower() in ("true", "1"):
            # An open watch with no events, closed at its timeout as the API server would.
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            time.sleep(min(float(query.get("timeoutSeconds", ["30"])[0]), 60))
            self.wfile.write(b"0\r\n\r\n")
            return
        self.send(200, {"kind": "PodList", "apiVersion": "v1", "metadata": {"resourceVersion": "1"}, "items": self.pods()})

    def do_POST(self) -> None:  # noqa: N802
        match = PODS.match(urlsplit(self.path).path)
        if not match or match.group(2):
            return self.not_found(self.path)
        pod = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        pod.setdefault("metadata", {}).update(namespace=match.group(1), uid=str(uuid.uuid4()), resourceVersion="2")
        pod["status"] = {"phase": "Pending"}
        with lock:
            (self.store / "pods" / f"{pod['metadata']['name']}.json").write_text(json.dumps(pod))
        self.send(201, pod)

    def do_PATCH(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        match = PODS.match(urlsplit(self.path).path)
        pod = next((p for p in self.pods() if match and p["metadata"]["name"] == match.group(2)), None)
        return self.send(200, pod) if pod else self.not_found(self.path)

    def do_DELETE(self) -> None:  # noqa: N802
        self.send(200, {"kind": "Status", "apiVersion": "v1", "status": "Success"})


def main(directory: str) -> None:
    store = Path(directory)
    (store / "pods").mkdir(exist_ok=True)
    Handler.store = store
    server = ThreadingHTTPServer(("127.0.0.1", 443), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(store / "tls.crt", store / "tls.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    print("kube-api: serving on https://127.0.0.1:443", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1])
