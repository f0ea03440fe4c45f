"""A stand-in for an OpenTelemetry collector: receive OTLP/HTTP metrics and record who sent what.

Usage (as root, inside the scenario's network namespace, with a Python that has opentelemetry-proto,
e.g. the Airflow virtualenv's): ``otlp_sink.py PORT OUT.jsonl``. Each line of OUT is
``{"metric": NAME, "host": HOST, "service": SERVICE}`` from the resource attributes Airflow sets
(``host.name`` is the pod's hostname, so the sender's pod is known).
"""

from __future__ import annotations

import gzip
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
    ExportMetricsServiceResponse,
)


class Handler(BaseHTTPRequestHandler):
    out = sys.stdout

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{self.command} {self.path} {format % args}\n")

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        if self.path != "/v1/metrics":
            self.send_response(404)
            self.end_headers()
            return
        request = ExportMetricsServiceRequest.FromString(body)
        for resource_metrics in request.resource_metrics:
            attributes = {a.key: a.value.string_value for a in resource_metrics.resource.attributes}
            for scope in resource_metrics.scope_metrics:
                for metric in scope.metrics:
                    self.out.write(json.dumps({"metric": metric.name, "host": attributes.get("host.name", ""),
                                               "service": attributes.get("service.name", "")}) + "\n")
        data = ExportMetricsServiceResponse().SerializeToString()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main(port: int, out_path: str) -> None:
    Handler.out = open(out_path, "a", buffering=1)
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(f"listening on 127.0.0.1:{port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
