"""The agent loop inside verl's real ``verl.experimental.agent_loop`` (verl installed from PyPI), against a live envtune
server: built through verl's own registry and hydra, as verl's worker builds it, with a real Hugging Face tokenizer
(a byte-level BPE trained here, with a ChatML template) and a rollout server that answers with BFCL's ground truth.
Every episode earns reward 1.0 and per-turn scores 1.0; the token record decodes to exactly the chat template's
rendering of the conversation, model tokens masked 1 with their log-probabilities, environment tokens 0."""
import ast
import asyncio
import inspect
import os

import hydra
import pytest
import torch
from omegaconf import OmegaConf
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast
from verl.experimental.agent_loop.agent_loop import (AgentLoopBase, AgentLoopOutput, DictConfigWrap,
                                                     _agent_loop_registry)
from verl.utils.dataset.rl_dataset import RLHFDataset
from verl.workers.rollout.replica import TokenOutput

import envtune_agent_loop
from bfcl_oracle import CLOSER, BfclOracle

CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")
LOGPROB = -0.25


@pytest.fixture(scope="module")
def tokenizer():
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=600, special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(["<tool_call>[{\"name\": \"cd\", \"arguments\": {\"folder\": \"document\"}}]</tool_call>",
                             "<tool_response> The request is complete. Something needed is missing."], trainer)
    hf = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>")
    hf.chat_template = CHATML
    return hf


class OracleRollout:
    """Stands in for verl's rollout server: answers each prompt with the ground truth's next message."""

    def __init__(self, tokenizer, oracle, task_id):
        self.tokenizer, self.oracle, self.task_id = tokenizer, oracle, task_id
        self.sent = []

    async def generate(self, request_id, *, prompt_ids, sampling_params, **kwargs):
        text = self.tokenizer.decode(prompt_ids, skip_special_tokens=False)
        users = [u.split("<|im_end|>")[0] for u in text.split("<|im_start|>user\n")[1:]]
        questions = [u for u in users if not (u.startswith("<tool_response>") or u.startswith("Error:"))]
        message = CLOSER if users[-1] is not questions[-1] else self.oracle.opener(self.task_id, len(questions) - 1)
        self.sent.append(message)
        ids = self.tokenizer.encode(message, add_special_tokens=False) + [self.tokenizer.eos_token_id]
        return TokenOutput(token_ids=ids, log_probs=[LOGPROB] * len(ids))


def make_loop(tokenizer, rollout, url):
    config = OmegaConf.create({"actor_rollout_ref": {
        "rollout": {"prompt_length": 32768, "response_length": 65536, "multi_turn": {"max_assistant_turns": None}},
        "model": {"path": None, "tokenizer_path": None}}})
    data = OmegaConf.create({"apply_chat_template_kwargs": {}, "continuous_token": {"enable": False,
                                                                                    "model_family": None}})
    # As verl's AgentLoopWorker builds an agent loop from the registry.
    return hydra.utils.instantiate(config=_agent_loop_registry["envtune"], trainer_config=DictConfigWrap(config),
                                   server_manager=rollout, tokenizer=tokenizer, processor=None,
                                   dataset_cls=RLHFDataset, data_config=DictConfigWrap(data), server_url=url)


def test_registered_as_envtune_and_sets_only_verl_fields():
    assert _agent_loop_registry["envtune"]["_target_"] == "envtune_agent_loop.EnvtuneAgentLoop"
    assert issubclass(envtune_agent_loop.EnvtuneAgentLoop, AgentLoopBase)
    tree = ast.parse(inspect.getsource(envtune_agent_loop))
    built = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "AgentLoopOutput"]
    assert len(built) == 1
    set_fields = {k.arg for k in built[0].keywords}
    assert set_fields == {"prompt_ids", "response_ids", "response_mask", "response_logprobs", "reward_score",
                          "num_turns", "metrics", "extra_fields"}
    assert set_fields <= set(AgentLoopOutput.model_fields), set_fields - set(AgentLoopOutput.model_fields)


SPLITS = ["multi_turn_base", "multi_turn_miss_func", "multi_turn_miss_param", "multi_turn_long_context"]


@pytest.mark.parametrize("split", SPLITS)
def test_oracle_episodes_through_verls_agent_loop(server_url, bfcl, tokenizer, split):
    oracle = BfclOracle(bfcl)
    for task_id in oracle.task_ids(split + "_")[:3]:
        rollout = OracleRollout(tokenizer, oracle, task_id)
        loop = make_loop(tokenizer, rollout, server_url)
        row = {"raw_prompt": [{"role": "user", "content": "ignored"}], "extra_info": {"envtune": {"task_id": task_id}}}
        out = asyncio.run(loop.run({"temperature": 1.0}, **row))
        check(out, tokenizer, rollout, task_id)


def check(out, tokenizer, rollout, task_id):
    assert isinstance(out, AgentLoopOutput)
    ledger = out.extra_fields["envtune"]["ledger"]
    assert out.reward_score == 1.0, (task_id, out.extra_fields)
    assert out.extra_fields["turn_scores"] == [1.0] * len(ledger) and ledger
    # format is the paper's stage-1 reward in [0, 2]: 2.0 is every message well formed and every call ran.
    assert out.extra_fields["envtune"]["rewards"] == {"progress": 1.0, "success": 1.0, "format": 2.0}
    n = len(out.response_ids)
    assert len(out.response_mask) == n and len(out.response_logprobs) == n
    model = [i for i in range(n) if out.response_mask[i] == 1]
    assert all(out.response_logprobs[i] == LOGPROB for i in model)
    assert all(out.response_logprobs[i] == 0.0 for i in range(n) if out.response_mask[i] == 0)
    assert tokenizer.decode([out.response_ids[i] for i in model], skip_special_tokens=True) == "".join(rollout.sent)
    ends = out.extra_fields["envtune"]["turn_ends"]
    assert len(ends) == len(ledger)
    assert all(out.response_mask[i] == 1 and out.response_ids[i] == tokenizer.eos_token_id for i in ends)
    # The token record is the chat template's rendering of the whole conversation.
    text = tokenizer.decode(out.prompt_ids + out.response_ids, skip_special_tokens=False)
    assert text.startswith("<|im_start|>system\n") and text.endswith("<|im_end|>")
    assert out.num_turns == text.count("<|im_start|>") - 1
    assert text.count("<|im_start|>assistant\n") == len(rollout.sent)
    # Each environment part restores the template's separator after the model's end token and opens the next
    # assistant message, so no token of the template is lost or doubled at a turn boundary.
    runs, run = [], []
    for i in range(n):
        if out.response_mask[i] == 0:
            run.append(out.response_ids[i])
        elif run:
            runs.append(run)
            run = []
    assert runs and all(tokenizer.decode(r, skip_special_tokens=False).startswith("\n<|im_start|>user\n")
                        and tokenizer.decode(r, skip_special_tokens=False).endswith("<|im_end|>\n<|im_start|>assistant\n")
                        for r in runs)
    # verl's own conversion to tensors takes it: the reward lands on the last response token.
    tensors = out.as_dict()
    assert tensors["rm_scores"][-1].item() == 1.0 and tensors["responses"].shape == torch.Size([n])


def test_a_row_without_a_task_is_refused(server_url, tokenizer, bfcl):
    loop = make_loop(tokenizer, OracleRollout(tokenizer, BfclOracle(bfcl), "x"), server_url)
    with pytest.raises(ValueError, match="extra_info.envtune.task_id"):
        asyncio.run(loop.run({}, raw_prompt=[], extra_info={}))


def test_interaction_rows_and_a_stage_work(server_url, tokenizer, bfcl):
    oracle = BfclOracle(bfcl)
    rollout = OracleRollout(tokenizer, oracle, "multi_turn_base_2")
    loop = make_loop(tokenizer, rollout, server_url)
    row = {"raw_prompt": [], "extra_info": {"interaction_kwargs": {"name": "envtune", "task_id": "multi_turn_base_2",
                                                                   "stage": "S4-all-standard", "reward": "progress"}}}
    out = asyncio.run(loop.run({}, **row))
    assert out.extra_fields["envtune"]["stage"] == "S4-all-standard"
    assert out.reward_score == 1.0 and os.path.basename(envtune_agent_loop.__file__) == "envtune_agent_loop.py"


def test_the_agent_loop_config_file_builds_the_loop(server_url, tokenizer, bfcl, monkeypatch):
    # As verl's worker reads actor_rollout_ref.rollout.agent.agent_loop_config_path.
    monkeypatch.setenv("ENVTUNE_URL", server_url)
    entries = OmegaConf.load(os.path.join(os.path.dirname(os.path.abspath(__file__)), "envtune_agent_loop.yaml"))
    assert [e.name for e in entries] == ["envtune"]
    config = OmegaConf.create({"actor_rollout_ref": {
        "rollout": {"prompt_length": 32768, "response_length": 65536, "multi_turn": {"max_assistant_turns": None}},
        "model": {"path": None, "tokenizer_path": None}}})
    data = OmegaConf.create({"apply_chat_template_kwargs": {}, "continuous_token": {"enable": False,
                                                                                    "model_family": None}})
    oracle = BfclOracle(bfcl)
    rollout = OracleRollout(tokenizer, oracle, "multi_turn_miss_func_0")
    loop = hydra.utils.instantiate(config=entries[0], trainer_config=DictConfigWrap(config), server_manager=rollout,
                                   tokenizer=tokenizer, processor=None, dataset_cls=RLHFDataset,
                                   data_config=DictConfigWrap(data))
    assert loop.server_urls == [server_url]
    out = asyncio.run(loop.run({}, extra_info={"envtune": {"task_id": "multi_turn_miss_func_0"}}))
    assert out.reward_score == 1.0
