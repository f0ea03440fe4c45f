"""A stand-in for the StatsD exporter: receive StatsD over UDP and record who sent what.

Usage (as root, inside the scenario's network namespace): ``statsd_sink.py PORT OUT.jsonl``.
Each line of OUT is ``{"metric": NAME, "type": c|g|ms|..., "sender": COMMAND}``, where COMMAND is the
Airflow command of the sending process or its nearest ancestor (``scheduler``, ``dag-processor``,
``triggerer``, ``celery worker``, ``api-server``...), found through /proc: the socket's inode in
/proc/net/udp, the process holding it, then its parents.
"""

from __future__ import annotations

import json
import os
import socket
import sys

COMMANDS = ("celery worker", "dag-processor", "api-server", "scheduler", "triggerer", "webserver")


def socket_inode(port: int) -> str | None:
    for table in ("/proc/net/udp", "/proc/net/udp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port:
                return fields[9]
    return None


def holder(inode: str) -> int | None:
    target = f"socket:[{inode}]"
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                    return int(pid)
        except OSError:
            continue
    return None


def command_of(pid: int | None) -> str:
    while pid and pid > 1:
        try:
            argv = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
            status = open(f"/proc/{pid}/status").read()
        except OSError:
            return "unknown"
        words = " ".join(a.decode(errors="replace") for a in argv)
        for command in COMMANDS:
            if f"airflow {command}" in words or words.endswith(f"airflow {command}") or f"airflow {command} " in words:
                return command
        pid = int(next(l.split()[1] for l in status.splitlines() if l.startswith("PPid:")))
    return "unknown"


def main(port: int, out_path: str) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    print(f"listening on 127.0.0.1:{port}", flush=True)
    senders: dict[int, str] = {}  # source port -> command (a client keeps its socket)
    with open(out_path, "a", buffering=1) as out:
        while True:
            data, (_, source_port) = sock.recvfrom(65535)
            if source_port not in senders:
                inode = socket_inode(source_port)
                senders[source_port] = command_of(holder(inode)) if inode else "unknown"
            for line in data.decode(errors="replace").splitlines():
                name, _, rest = line.partition(":")
                kind = rest.split("|")[1] if "|" in rest else ""
                out.write(json.dumps({"metric": name, "type": kind, "sender": senders[source_port]}) + "\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
