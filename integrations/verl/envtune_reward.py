"""verl custom reward function that hands back the envtune episode reward (standard library only).

Use with ``custom_reward_function.path=integrations/verl/envtune_reward.py custom_reward_function.name=compute_score``.
The envtune interaction reports the episode's reward (the sample's reward name: format, progress, ...) as the last
turn score of the rollout. Where verl passes the interaction's turn scores to the reward function depends on its
version, so this looks in the places recent versions use and returns 0.0 (with a one-time warning) when none is
there. Check once that the logged rewards match GET /v1/episodes/{id}/rewards before a long run.
"""

import sys

_KEYS = ("turn_scores", "interaction_turn_scores", "rollout_reward_scores", "reward_scores")
_warned = []


def _last(value):
    if isinstance(value, dict):
        for key in ("envtune", "turn_scores", "interaction"):
            if key in value:
                return _last(value[key])
        return None
    try:
        values = list(value)
    except TypeError:
        return float(value) if isinstance(value, (int, float)) else None
    return float(values[-1]) if values else None


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    for source in (kwargs, extra_info or {}):
        for key in _KEYS:
            if key in source and source[key] is not None:
                score = _last(source[key])
                if score is not None:
                    return score
    if not _warned:
        _warned.append(True)
        print("envtune_reward: no interaction turn scores reached the reward function; returning 0.0. "
              "See integrations/verl/README.md", file=sys.stderr)
    return 0.0
