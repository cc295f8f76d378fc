"""A live envtune server for the Python tests: the one at ``ENVTUNE_URL``, or else the launcher jar
(``launcher/target/envtune.jar``, built by ``mvn package``) started with ``envtune:serve`` on a free loopback port
and stopped after the tests. BFCL data comes from ``ENVTUNE_BFCL`` or ``../shared/bfcl/data`` beside the checkout."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "openenv"))
sys.path.insert(0, os.path.join(HERE, "verl"))


def bfcl_dir():
    d = os.environ.get("ENVTUNE_BFCL") or os.path.join(ROOT, "..", "shared", "bfcl", "data")
    if not os.path.isdir(d):
        pytest.fail("BFCL data not found at %s (set ENVTUNE_BFCL)" % d)
    return os.path.abspath(d)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url):
    try:
        with urllib.request.urlopen(url + "/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def bfcl():
    return bfcl_dir()


@pytest.fixture(scope="session")
def server_url(bfcl):
    if os.environ.get("ENVTUNE_URL"):
        yield os.environ["ENVTUNE_URL"].rstrip("/")
        return
    jar = os.path.join(ROOT, "launcher", "target", "envtune.jar")
    if not os.path.isfile(jar):
        pytest.fail("%s is missing: run mvn package first, or set ENVTUNE_URL" % jar)
    port = _free_port()
    work = tempfile.mkdtemp(prefix="envtune-pytest-")
    log = open(os.path.join(work, "server.log"), "wb")
    proc = subprocess.Popen(["java", "-jar", jar, "envtune:serve", "--port", str(port), "--bfcl", bfcl],
                            cwd=work, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    url = "http://127.0.0.1:%d" % port
    try:
        deadline = time.time() + 180
        while not _healthy(url):
            if proc.poll() is not None or time.time() > deadline:
                log.flush()
                with open(log.name, encoding="utf-8", errors="replace") as f:
                    pytest.fail("the launcher did not serve on %s:\n%s" % (url, f.read()[-4000:]))
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(work, ignore_errors=True)
