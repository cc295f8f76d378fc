"""envtune's BFCL episodes as a verl agent loop (current verl: ``verl.experimental.agent_loop``).

``EnvtuneAgentLoop`` is an ``AgentLoopBase`` registered as ``envtune``. For each dataset row it opens an episode on
an envtune server over OpenEnv's WebSocket protocol (``/ws``, through openenv-core's generic client), asks verl's
rollout server for each assistant message, sends the message's text to the episode, and appends what the
environment answers (tool results, a format error, a hint or the next question) until the episode ends. It returns
an ``AgentLoopOutput``:

* ``prompt_ids``: the episode's first messages (system prompt with the tools, first question) in the chat template;
* ``response_ids`` / ``response_mask`` / ``response_logprobs``: the model's tokens (mask 1, the rollout server's
  log-probabilities) interleaved with the environment's tokens (mask 0, log-probability 0.0);
* ``reward_score``: the episode's reward for its stage (``state.reward``), which verl puts on the last token;
* ``num_turns``: the messages after the system prompt (user, assistant and environment);
* ``metrics``: time spent generating and in the environment;
* ``extra_fields``: ``turn_scores`` (1.0/0.0 per ended user turn, verl's name for per-turn rewards),
  ``tool_rewards`` (empty, as verl's tool agent loop keeps it) and ``envtune``: the episode id, task, per-turn
  ledger, the progress/success/format rewards, and ``turn_ends``, the index in ``response_ids`` of the last model
  token of each ended turn, so a trainer can place each turn's reward on its own tokens.

Row fields: ``extra_info.envtune`` (or, for rows made for the interaction adapter, ``extra_info.interaction_kwargs``
or ``interaction_kwargs``) with ``task_id`` and optional ``stage``, ``mode``, ``seed``. The row's ``raw_prompt`` is
not used: the server's reset messages are the prompt, so the prompt is always what the environment expects.

Server: the agent loop config's ``server_url`` (a list spreads episodes by task id) or ``ENVTUNE_URL``.
"""
import os
import time
import zlib
from typing import Any, Optional
from uuid import uuid4

from openenv.core.generic_client import GenericEnvClient
from verl.experimental.agent_loop.agent_loop import AgentLoopBase, AgentLoopOutput, register

_TURN_KEYS = ("envtune", "interaction_kwargs")


@register("envtune")
class EnvtuneAgentLoop(AgentLoopBase):
    """One envtune episode per rollout; see the module documentation."""

    def __init__(self, *args, server_url: Any = None, connect_timeout_s: float = 30.0,
                 message_timeout_s: float = 600.0, **kwargs):
        super().__init__(*args, **kwargs)
        urls = server_url or os.environ.get("ENVTUNE_URL", "http://127.0.0.1:8765")
        self.server_urls = [u.rstrip("/") for u in ([urls] if isinstance(urls, str) else list(urls))]
        self.connect_timeout_s = connect_timeout_s
        self.message_timeout_s = message_timeout_s
        rollout = self.config.actor_rollout_ref.rollout
        self.response_length = rollout.response_length
        self.max_assistant_turns = rollout.get("multi_turn", {}).get("max_assistant_turns") or None
        self.template_kwargs = dict(getattr(self, "apply_chat_template_kwargs", None) or {})

    async def run(self, sampling_params: dict[str, Any], **kwargs) -> AgentLoopOutput:
        settings = _episode_settings(kwargs)
        url = self.server_urls[zlib.crc32(settings["task_id"].encode()) % len(self.server_urls)]
        client = GenericEnvClient(base_url=url, connect_timeout_s=self.connect_timeout_s,
                                  message_timeout_s=self.message_timeout_s)
        async with client as env:
            episode = _Episode(self, await env.reset(**settings))
            while not episode.done and not episode.over_budget():
                text = await episode.generate(sampling_params)
                started = time.perf_counter()
                result = await env.step({"message": text})
                episode.env_seconds += time.perf_counter() - started
                await episode.observe(text, result)
            state = await env.state()
        return episode.output(state)


def _episode_settings(row: dict) -> dict:
    extra = row.get("extra_info") or {}
    for source in [extra.get(k) for k in _TURN_KEYS] + [row.get("interaction_kwargs")]:
        if source and source.get("task_id"):
            return {k: source[k] for k in ("task_id", "stage", "mode", "seed") if source.get(k) is not None}
    raise ValueError("the row has no envtune task: give extra_info.envtune.task_id (or interaction_kwargs.task_id)")


class _Episode:
    """The token record of one episode as it is played."""

    def __init__(self, loop: EnvtuneAgentLoop, reset):
        self.loop = loop
        self.tokenizer = loop.tokenizer
        self.messages = list(reset.observation["messages"])
        self.prompt_ids = self._encode(self._render(self.messages, True))
        self.response_ids: list[int] = []
        self.mask: list[int] = []
        self.logprobs: list[float] = []
        self.has_logprobs = True
        self.turn_ends: list[int] = []
        self.done = reset.done
        self.assistant_turns = 0
        self.request_id = uuid4().hex
        self.gen_seconds = 0.0
        self.env_seconds = 0.0

    def over_budget(self) -> bool:
        cap = self.loop.max_assistant_turns
        return len(self.response_ids) >= self.loop.response_length or (cap is not None
                                                                       and self.assistant_turns >= cap)

    async def generate(self, sampling_params: dict) -> str:
        started = time.perf_counter()
        out = await self.loop.server_manager.generate(request_id=self.request_id,
                                                      prompt_ids=self.prompt_ids + self.response_ids,
                                                      sampling_params=sampling_params)
        self.gen_seconds += time.perf_counter() - started
        ids = list(out.token_ids)
        self.response_ids += ids
        self.mask += [1] * len(ids)
        if out.log_probs is not None and len(out.log_probs) == len(ids):
            self.logprobs += list(out.log_probs)
        else:
            self.has_logprobs = False
        self.assistant_turns += 1
        self.last_ids = ids
        return self.tokenizer.decode(ids, skip_special_tokens=True)

    async def observe(self, text: str, result) -> None:
        obs = result.observation
        self.done = result.done
        if obs.get("turn_ended"):
            self.turn_ends.append(len(self.response_ids) - 1)
        if self.done:
            return
        before = self.messages + [{"role": "assistant", "content": text}]
        after = before + list(obs["messages"])
        env_ids = self._encode(self._closing(before, text) + self._render(after, True)[len(self._render(before,
                                                                                                          False)):])
        self.messages = after
        self.response_ids += env_ids
        self.mask += [0] * len(env_ids)
        self.logprobs += [0.0] * len(env_ids)

    def _closing(self, before: list, text: str) -> str:
        """What the template puts after the assistant's text that the model did not generate itself (e.g. the
        newline after ``<|im_end|>``, or the whole end marker when generation stopped at the length limit)."""
        rendered = self._render(before, False)
        opened = self._render(before[:-1], True)
        tail = rendered[len(opened) + len(text):] if rendered.startswith(opened + text) else ""
        generated = self.tokenizer.decode(self.last_ids, skip_special_tokens=False)
        for k in range(len(tail), -1, -1):
            if generated.endswith(tail[:k]):
                return tail[k:]
        return tail

    def _render(self, messages: list, generation_prompt: bool) -> str:
        return self.tokenizer.apply_chat_template(messages, add_generation_prompt=generation_prompt, tokenize=False,
                                                  **self.loop.template_kwargs)

    def _encode(self, text: str) -> list[int]:
        return list(self.tokenizer.encode(text, add_special_tokens=False))

    def output(self, state: dict) -> AgentLoopOutput:
        n = self.loop.response_length
        ledger = state.get("ledger", [])
        return AgentLoopOutput(
            prompt_ids=self.prompt_ids,
            response_ids=self.response_ids[:n],
            response_mask=self.mask[:n],
            response_logprobs=self.logprobs[:n] if self.has_logprobs and self.logprobs else None,
            reward_score=state.get("reward"),
            num_turns=len(self.messages) - 1 + (1 if self.done else 0),
            metrics={"generate_sequences": self.gen_seconds, "tool_calls": self.env_seconds},
            extra_fields={
                "turn_scores": [e["score"] for e in ledger],
                "tool_rewards": [],
                "envtune": {"episode_id": state.get("episode_id"), "task_id": state.get("task_id"),
                            "stage": state.get("stage"), "done": state.get("done"), "ledger": ledger,
                            "rewards": state.get("rewards"), "turn_ends": [i for i in self.turn_ends if i < n]},
            },
        )
