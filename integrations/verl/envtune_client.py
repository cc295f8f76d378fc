"""A small HTTP/JSON client for the envtune episode service, standard library only.

One keep-alive connection per (thread, server), with TCP_NODELAY (http.client sets it), so a step costs one
loopback or LAN round trip. Errors from the service are raised as EnvtuneError with its status and error code.
"""

import http.client
import json
import threading
import urllib.parse

__all__ = ["EnvtuneClient", "EnvtuneError"]


class EnvtuneError(Exception):
    """A non-2xx answer from the service: status (int), error (code such as 'not_found') and message."""

    def __init__(self, status, error, message):
        super().__init__(f"{status} {error}: {message}")
        self.status = status
        self.error = error
        self.message = message


# Errors raised when a kept-alive connection was closed by the server while idle: the request never reached the
# service, so sending it again on a fresh connection is safe.
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, http.client.CannotSendRequest)


class EnvtuneClient:
    """Calls one envtune server. Thread-safe: each thread uses its own connection."""

    def __init__(self, base_url, token=None, timeout=60.0):
        parsed = urllib.parse.urlsplit(base_url)
        if parsed.scheme != "http" or not parsed.hostname:
            raise ValueError(f"envtune server URL must look like http://host:port, was {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self._host = parsed.hostname
        self._port = parsed.port or 80
        self._token = token
        self._timeout = timeout
        self._local = threading.local()
        # Every connection ever opened, so close() can release those of threads that have ended.
        self._all = set()
        self._lock = threading.Lock()

    # -- transport ---------------------------------------------------------------------------------------------

    def _connection(self, fresh=False):
        conn = getattr(self._local, "conn", None)
        if fresh and conn is not None:
            conn.close()
            conn = None
        if conn is None:
            conn = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
            self._local.conn = conn
            with self._lock:
                self._all.add(conn)
        return conn

    def request(self, method, path, body=None):
        """Sends one request and returns the decoded JSON body; raises EnvtuneError for a non-2xx status."""
        payload = None if body is None else json.dumps(body).encode("utf-8")
        headers = {"Accept": "application/json"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        reused = getattr(self._local, "conn", None) is not None
        try:
            status, text = self._send(self._connection(), method, path, payload, headers)
        except _STALE:
            if not reused:
                raise
            status, text = self._send(self._connection(fresh=True), method, path, payload, headers)
        data = json.loads(text) if text else {}
        if status // 100 != 2:
            raise EnvtuneError(status, data.get("error", "error"), data.get("message", text))
        return data

    def _send(self, conn, method, path, payload, headers):
        try:
            conn.request(method, path, body=payload, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8")
            if response.getheader("Connection", "").lower() == "close":
                conn.close()
                self._local.conn = None
                with self._lock:
                    self._all.discard(conn)
            return response.status, text
        except Exception:
            conn.close()
            self._local.conn = None
            with self._lock:
                self._all.discard(conn)
            raise

    def close(self):
        """Closes every connection of every thread (a thread's next request opens a new one)."""
        with self._lock:
            connections, self._all = self._all, set()
        for conn in connections:
            conn.close()
        self._local = threading.local()

    # -- API -----------------------------------------------------------------------------------------------------

    def health(self):
        return self.request("GET", "/v1/health")

    def metrics(self):
        return self.request("GET", "/v1/metrics")

    def open_episode(self, task_id=None, task=None, **settings):
        """Starts an episode. settings: stage, feedbackMode, promptVariant, maxStepsPerTurn, emptyTurnCalls."""
        body = {k: v for k, v in settings.items() if v is not None}
        if task_id is not None:
            body["taskId"] = task_id
        if task is not None:
            body["task"] = task
        return self.request("POST", "/v1/episodes", body)

    def step(self, episode_id, message):
        return self.request("POST", f"/v1/episodes/{_quote(episode_id)}/step", {"message": message})

    def episode(self, episode_id):
        return self.request("GET", f"/v1/episodes/{_quote(episode_id)}")

    def reward(self, episode_id, name):
        return self.request("GET", f"/v1/episodes/{_quote(episode_id)}/rewards/{_quote(name)}")

    def rewards(self, episode_id, names=None):
        query = "" if not names else "?names=" + urllib.parse.quote(",".join(names))
        return self.request("GET", f"/v1/episodes/{_quote(episode_id)}/rewards{query}")["rewards"]

    def record(self, episode_id):
        return self.request("GET", f"/v1/episodes/{_quote(episode_id)}/record")

    def close_episode(self, episode_id):
        return self.request("DELETE", f"/v1/episodes/{_quote(episode_id)}")

    def curriculum(self):
        return self.request("GET", "/v1/curriculum")

    def stage_tasks(self, stage=None):
        query = "" if stage is None else "?stage=" + urllib.parse.quote(stage)
        return self.request("GET", "/v1/curriculum/tasks" + query)

    def report_metrics(self, step, reward_mean, grad_norm, validation_accuracy=None):
        return self.request("POST", "/v1/curriculum/metrics", {
            "step": step, "rewardMean": reward_mean, "gradNorm": grad_norm,
            "validationAccuracy": validation_accuracy})

    def promote(self):
        return self.request("POST", "/v1/curriculum/promote", {})


def _quote(segment):
    return urllib.parse.quote(str(segment), safe="")
