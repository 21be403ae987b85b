"""The scale-out bench's machine: hosts as network namespaces joined by a bridge, and their processes.

Each host is a network namespace named nps-HOST with its own address on 198.18.0.0/24 (the
bridge, nps-br, is 198.18.0.1: the client), its own loopback and its own scratch directory
(media, tmp, var). Lab builds them, starts and stops processes inside them and tears it all
down; bench/scaleout.py says which hosts run what.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PREFIX = "nps"
BRIDGE = f"{PREFIX}-br"
NET = "198.18.0"
CLIENT = f"{NET}.1"
ADDR = {"db": 2, "redis": 3, "s3": 4, "web": 5, "w1": 6, "w2": 7, "solo": 10}


def addr(host: str) -> str:
    return f"{NET}.{ADDR[host]}"


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=check, capture_output=True, text=True)


def in_ns(host: str, *args: str) -> list[str]:
    return ["ip", "netns", "exec", f"{PREFIX}-{host}", *args]


# --- the machine: namespaces, bridge, processes ----------------------------------


@dataclass
class Lab:
    scratch: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="novelproc-scaleout-")))
    hosts: list[str] = field(default_factory=list)
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    bridge: bool = False

    def up(self, hosts: list[str]) -> None:
        os.chmod(self.scratch, 0o755)
        # Left over by an earlier run of this harness that was killed outright: same names, ours.
        for host in hosts:
            sh("ip", "link", "del", f"{PREFIX}-{host}", check=False)
            sh("ip", "netns", "del", f"{PREFIX}-{host}", check=False)
        sh("ip", "link", "del", BRIDGE, check=False)
        sh("ip", "link", "add", BRIDGE, "type", "bridge")
        self.bridge = True
        sh("ip", "addr", "add", f"{CLIENT}/24", "dev", BRIDGE)
        sh("ip", "link", "set", BRIDGE, "up")
        for host in hosts:
            ns, veth = f"{PREFIX}-{host}", f"{PREFIX}-{host}"
            sh("ip", "netns", "add", ns)
            self.hosts.append(host)
            sh("ip", "link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns)
            sh("ip", "link", "set", veth, "master", BRIDGE, "up")
            sh("ip", "-n", ns, "addr", "add", f"{addr(host)}/24", "dev", "eth0")
            sh("ip", "-n", ns, "link", "set", "eth0", "up")
            sh("ip", "-n", ns, "link", "set", "lo", "up")
            for sub in ("media", "tmp", "var"):
                (self.host_dir(host) / sub).mkdir(parents=True, exist_ok=True)

    def host_dir(self, host: str) -> Path:
        return self.scratch / host

    def start(self, name: str, host: str, args: list[str], env: dict | None = None, user: str | None = None):
        log = open(self.scratch / f"{name}.log", "w")
        cmd = in_ns(host, *(["runuser", "-u", user, "--"] if user else []), *args)
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs[name] = proc
        return proc

    def log(self, name: str) -> str:
        return (self.scratch / f"{name}.log").read_text(errors="replace")

    def wait_log(self, name: str, marker: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while marker not in self.log(name):
            proc = self.procs[name]
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not start:\n{self.log(name)[-3000:]}")
            time.sleep(0.2)

    def stop(self, name: str) -> None:
        proc = self.procs.pop(name, None)
        if proc and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)

    def pids_on(self, host: str) -> list[int]:
        out = sh("ip", "netns", "pids", f"{PREFIX}-{host}", check=False).stdout.split()
        return [int(p) for p in out]

    def down(self) -> None:
        for name in reversed(list(self.procs)):  # workers and web before the services they use
            try:
                self.stop(name)
            except (OSError, subprocess.SubprocessError) as exc:  # keep tearing down the rest
                print(f"stopping {name}: {exc}", file=sys.stderr)
        for host in self.hosts:  # anything still alive in our own namespaces (forked children)
            for pid in self.pids_on(host):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        for host in self.hosts:
            # Deleting our end of the veth removes the pair at once; a namespace's own
            # teardown is asynchronous and can leave the pair behind for a while.
            sh("ip", "link", "del", f"{PREFIX}-{host}", check=False)
            sh("ip", "netns", "del", f"{PREFIX}-{host}", check=False)
        if self.bridge:
            sh("ip", "link", "del", BRIDGE, check=False)
        shutil.rmtree(self.scratch, ignore_errors=True)


def wait_port(host: str, port: int, timeout: float = 60) -> None:
    import socket

    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((addr(host), port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{host}:{port} not reachable") from None
            time.sleep(0.2)
