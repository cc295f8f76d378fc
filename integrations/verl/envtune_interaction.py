"""verl multi-turn interaction backed by envtune episode servers (standard library only).

verl calls, per rollout (one request id each):

* ``start_interaction(instance_id, **interaction_kwargs)``: opens an envtune episode for ``task_id`` (or an inline
  BFCL ``task``) with the sample's ``stage`` or explicit settings;
* ``generate_response(instance_id, messages, **kwargs)``: sends the last assistant message as one step and returns
  ``(done, next_message, turn_score, extra)``: the next message is the tool results (with hints in augmented
  stages), a format error, or the next user question; ``turn_score`` is 1.0/0.0 when the message ended a user turn
  (0.0 otherwise), and on the last step, when ``final_score_in_turn_scores`` is on, the episode's reward instead;
* ``calculate_score(instance_id)``: the episode's reward named ``reward`` in the sample's interaction_kwargs or the
  config (default ``progress``; the paper's stage 1 uses ``format``);
* ``finalize_interaction(instance_id)``: closes the episode (idempotent).

Episodes are spread over the configured servers by a stable hash of the instance id. Blocking HTTP calls run in
worker threads (``asyncio.to_thread``) so verl's event loop keeps generating while a step is in flight.
"""

import asyncio
import hashlib
import os
from typing import Any, Optional
from uuid import uuid4

from envtune_client import EnvtuneClient, EnvtuneError

try:  # the real base class inside verl; tests inject a stand-in module of the same name
    from verl.interactions.base import BaseInteraction
except ImportError:  # pragma: no cover - lets the module load for inspection without verl
    class BaseInteraction:  # type: ignore[no-redef]
        def __init__(self, config: dict[str, Any]):
            self.config = config
            self.name: str = config.get("name", "interaction_agent")

__all__ = ["EnvtuneInteraction", "EnvtuneError"]

# Start settings the config may fix for every episode, and their API names.
_SETTINGS = {
    "stage": "stage",
    "feedback_mode": "feedbackMode",
    "prompt_variant": "promptVariant",
    "max_steps_per_turn": "maxStepsPerTurn",
    "empty_turn_calls": "emptyTurnCalls",
}


class EnvtuneInteraction(BaseInteraction):
    """BaseInteraction over the envtune HTTP API. Config keys (all optional but a server):

    servers: list of base URLs (or ``server``: one URL); default ``$ENVTUNE_SERVERS`` (comma-separated) or
        http://127.0.0.1:8765
    token / token_file / token_env: the bearer token, its file, or the environment variable holding it
    reward: the reward returned by calculate_score (format, progress, success, composite); default progress
    final_score_in_turn_scores: report the episode reward as the last turn score; default true
    stage, feedback_mode, prompt_variant, max_steps_per_turn, empty_turn_calls: defaults for every episode;
        the sample's interaction_kwargs override them
    timeout: seconds per HTTP request; default 60
    """

    def __init__(self, config: dict[str, Any]):
        super().__init__(config)
        token = _token(config)
        timeout = float(config.get("timeout", 60))
        self._clients = [EnvtuneClient(url, token=token, timeout=timeout) for url in _servers(config)]
        self._reward = config.get("reward", "progress")
        self._final_in_turns = bool(config.get("final_score_in_turn_scores", True))
        self._defaults = {api: config[key] for key, api in _SETTINGS.items() if config.get(key) is not None}
        self._episodes: dict[str, dict[str, Any]] = {}

    def _client_for(self, instance_id: str) -> EnvtuneClient:
        digest = hashlib.sha1(instance_id.encode("utf-8")).digest()
        return self._clients[int.from_bytes(digest[:4], "big") % len(self._clients)]

    async def start_interaction(self, instance_id: Optional[str] = None, task_id: Optional[str] = None,
                                task: Optional[dict] = None, **kwargs) -> str:
        if instance_id is None:
            instance_id = str(uuid4())
        if (task_id is None) == (task is None):
            raise ValueError("envtune interaction needs exactly one of task_id and task in interaction_kwargs")
        settings = dict(self._defaults)
        settings.update({api: kwargs[key] for key, api in _SETTINGS.items() if kwargs.get(key) is not None})
        client = self._client_for(instance_id)
        opened = await asyncio.to_thread(client.open_episode, task_id, task, **settings)
        self._episodes[instance_id] = {"client": client, "id": opened["episodeId"], "done": opened["done"],
                                       "opened": opened, "reward": kwargs.get("reward") or self._reward}
        return instance_id

    async def generate_response(self, instance_id: str, messages: list[dict[str, Any]],
                                **kwargs) -> tuple[bool, str, float, dict[str, Any]]:
        episode = self._episode(instance_id)
        if episode["done"]:
            return True, "", 0.0, {"done": True}
        reply = await asyncio.to_thread(episode["client"].step, episode["id"], _last_assistant(messages))
        episode["done"] = reply["done"]
        turn = reply.get("turnScore")
        score = 0.0 if turn is None else (1.0 if turn["passed"] else 0.0)
        extra = {"outcome": reply["outcome"], "turn": reply["turn"], "steps": reply["steps"],
                 "turn_passed": None if turn is None else turn["passed"], "episode_id": episode["id"]}
        if reply["done"] and self._final_in_turns:
            score = await self.calculate_score(instance_id)
            extra["final_reward"] = score
        return reply["done"], reply["message"], score, extra

    async def calculate_score(self, instance_id: str, **kwargs) -> float:
        episode = self._episode(instance_id)
        name = kwargs.get("reward") or episode["reward"]
        reward = await asyncio.to_thread(episode["client"].reward, episode["id"], name)
        return float(reward["value"])

    async def finalize_interaction(self, instance_id: str, **kwargs) -> None:
        episode = self._episodes.pop(instance_id, None)
        if episode is None:
            return
        try:
            await asyncio.to_thread(episode["client"].close_episode, episode["id"])
        except EnvtuneError as e:
            if e.status != 404:  # already expired or closed: nothing left to release
                raise

    # -- extras beyond BaseInteraction, for logging and data preparation ----------------------------------------

    def close(self) -> None:
        """Closes the HTTP connections (episodes stay open; finalize them first)."""
        for client in self._clients:
            client.close()

    def opened(self, instance_id: str) -> dict[str, Any]:
        """The start reply: systemPrompt, firstUserMessage, tools, openaiTools, settings."""
        return self._episode(instance_id)["opened"]

    async def rewards(self, instance_id: str, names=None) -> dict[str, Any]:
        """Several rewards with their components, e.g. for logging."""
        episode = self._episode(instance_id)
        return await asyncio.to_thread(episode["client"].rewards, episode["id"], names)

    def _episode(self, instance_id: str) -> dict[str, Any]:
        try:
            return self._episodes[instance_id]
        except KeyError:
            raise KeyError(f"no envtune episode for instance {instance_id!r}; call start_interaction first") from None


def _last_assistant(messages: list[dict[str, Any]]) -> str:
    for item in reversed(messages):
        if item.get("role") == "assistant":
            content = item.get("content")
            return content if isinstance(content, str) else ""
    return ""


def _servers(config: dict[str, Any]) -> list[str]:
    servers = config.get("servers") or ([config["server"]] if config.get("server") else None)
    if not servers:
        servers = [s.strip() for s in os.environ.get("ENVTUNE_SERVERS", "").split(",") if s.strip()]
    return list(servers) or ["http://127.0.0.1:8765"]


def _token(config: dict[str, Any]) -> Optional[str]:
    if config.get("token"):
        return str(config["token"])
    if config.get("token_file"):
        with open(config["token_file"], encoding="utf-8") as f:
            return f.readline().strip() or None
    if config.get("token_env"):
        return os.environ.get(config["token_env"]) or None
    return None
