"""Plays BFCL tasks against envtune's OpenEnv endpoint with OpenEnv's own generic client.

    pip install openenv-core
    java -jar launcher/target/envtune.jar envtune:serve --port 8765 --bfcl ../shared/bfcl/data &
    python3 integrations/openenv/play_openenv.py --url http://127.0.0.1:8765 --bfcl ../shared/bfcl/data \
        --tasks multi_turn_base_0 multi_turn_miss_func_3

Each task is one WebSocket session: reset with its task_id, then the ground truth as the assistant's messages, then
the state (per-turn ledger and the progress/success/format rewards). A trainer puts its model where the oracle is.
"""
import argparse
import json
import os
import sys

from openenv.core.generic_client import GenericEnvClient

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bfcl_oracle import CLOSER, BfclOracle  # noqa: E402


def play(url, oracle, task_id, **reset_options):
    """Plays one task to the end; returns (the step rewards, the final state)."""
    rewards = []
    with GenericEnvClient(base_url=url).sync() as env:
        result = env.reset(task_id=task_id, **reset_options)
        turn, message = 0, oracle.opener(task_id, 0)
        while not result.done:
            result = env.step({"message": message})
            rewards.append(result.reward)
            if result.observation["turn_ended"]:
                turn += 1
                message = oracle.opener(task_id, turn)
            else:
                # Tool results, a format error or a hint: the turn goes on, and the oracle has made its calls.
                message = CLOSER
        return rewards, env.state()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--url", default=os.environ.get("ENVTUNE_URL", "http://127.0.0.1:8765"))
    p.add_argument("--bfcl", default=os.environ.get("ENVTUNE_BFCL", "../shared/bfcl/data"))
    p.add_argument("--tasks", nargs="+", default=["multi_turn_base_0"])
    p.add_argument("--stage", default=None)
    p.add_argument("--mode", default=None, choices=["standard", "augmented"])
    a = p.parse_args()
    oracle = BfclOracle(a.bfcl)
    options = {k: v for k, v in (("stage", a.stage), ("mode", a.mode)) if v is not None}
    for task_id in a.tasks:
        rewards, state = play(a.url, oracle, task_id, **options)
        print(json.dumps({"task_id": task_id, "step_rewards": rewards, "ledger": state["ledger"],
                          "rewards": state["rewards"], "reward": state["reward"]}))


if __name__ == "__main__":
    main()
