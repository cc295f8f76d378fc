"""Curriculum helper for running the paper's stages with verl against envtune servers (standard library only).

  python3 envtune_stages.py status  --server URL
  python3 envtune_stages.py prepare --server URL [--stage NAME|current] --out DIR [--val-fraction 0.1]
  python3 envtune_stages.py report  --server URL --step N --reward-mean R --grad-norm G [--val-acc A]
  python3 envtune_stages.py promote --server URL

``prepare`` writes the stage's tasks as verl rows: the prompt is the system prompt and first question the server
opens the episode with (so the model sees exactly what the environment expects), and ``extra_info.interaction_kwargs``
names the envtune interaction, the task, the stage (by its name, so every server plays the same stage whatever its
own curriculum says) and the stage's reward. Rows go to ``train.jsonl``/``val.jsonl`` and, when pandas with pyarrow
is installed (it is in verl's environment), to ``train.parquet``/``val.parquet``.
"""

import argparse
import json
import os
import random
import sys

from envtune_client import EnvtuneClient


def stage_rows(client, stage=None, interaction_name="envtune"):
    """One verl row per task of the stage (the current one when stage is None)."""
    listing = client.stage_tasks(stage)
    reward = _stage_reward(listing["definition"])
    rows = []
    for index, task_id in enumerate(listing["taskIds"]):
        opened = client.open_episode(task_id, stage=listing["stage"])
        client.close_episode(opened["episodeId"])
        kwargs = {"name": interaction_name, "task_id": task_id, "stage": listing["stage"]}
        if reward:
            kwargs["reward"] = reward
        rows.append({
            "data_source": "envtune",
            "prompt": [{"role": "system", "content": opened["systemPrompt"]},
                       {"role": "user", "content": opened["firstUserMessage"]}],
            "ability": "multi_turn_tool_use",
            "reward_model": {"style": "rule", "ground_truth": ""},
            "extra_info": {"index": index, "task_id": task_id, "interaction_kwargs": kwargs},
        })
    return listing["stage"], rows


def _stage_reward(stage):
    """The stage's training reward: its first reward component (S1: format, later stages: progress)."""
    rewards = stage.get("rewards") or []
    return rewards[0]["name"] if rewards else None


def _write(rows, out_dir, name):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    try:
        import pandas  # noqa: WPS433 (optional: present in verl's environment)
        pandas.DataFrame(rows).to_parquet(os.path.join(out_dir, name + ".parquet"))
        return "jsonl+parquet"
    except ImportError:
        return "jsonl (pandas/pyarrow not installed: no parquet)"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["status", "prepare", "report", "promote"])
    parser.add_argument("--server", default=os.environ.get("ENVTUNE_SERVER", "http://127.0.0.1:8765"))
    parser.add_argument("--token", default=os.environ.get("ENVTUNE_TOKEN"))
    parser.add_argument("--stage")
    parser.add_argument("--out")
    parser.add_argument("--val-fraction", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--step", type=int)
    parser.add_argument("--reward-mean", type=float)
    parser.add_argument("--grad-norm", type=float)
    parser.add_argument("--val-acc", type=float)
    args = parser.parse_args(argv)
    client = EnvtuneClient(args.server, token=args.token)
    if args.command == "status":
        print(json.dumps(client.curriculum(), indent=2))
    elif args.command == "promote":
        print(json.dumps(client.promote(), indent=2))
    elif args.command == "report":
        print(json.dumps(client.report_metrics(args.step, args.reward_mean, args.grad_norm, args.val_acc), indent=2))
    else:
        if not args.out:
            parser.error("prepare needs --out DIR")
        stage, rows = stage_rows(client, args.stage)
        random.Random(args.seed).shuffle(rows)
        cut = int(len(rows) * args.val_fraction)
        print(f"{stage}: {len(rows) - cut} train rows -> {_write(rows[cut:], args.out, 'train')}")
        if cut:
            print(f"{stage}: {cut} validation rows -> {_write(rows[:cut], args.out, 'val')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
