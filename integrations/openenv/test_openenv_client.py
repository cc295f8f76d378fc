"""OpenEnv's real generic client (openenv-core) against a live envtune server: the ground truth of 10 tasks per
BFCL split earns progress and success 1.0 in the state, with one ledger entry per turn; an unknown task is OpenEnv's
error and the same connection then plays a task; the HTTP routes answer as an OpenEnv server's do."""
import json
import urllib.error
import urllib.request

import pytest
from openenv.core.generic_client import GenericEnvClient

from bfcl_oracle import BfclOracle
from play_openenv import play

SPLITS = ["multi_turn_base", "multi_turn_miss_func", "multi_turn_miss_param", "multi_turn_long_context"]


@pytest.fixture(scope="module")
def oracle(bfcl):
    return BfclOracle(bfcl)


@pytest.mark.parametrize("split", SPLITS)
def test_ground_truth_solves_tasks_over_the_websocket(server_url, oracle, split):
    for task_id in oracle.task_ids(split + "_")[:10]:
        rewards, state = play(server_url, oracle, task_id)
        assert state["rewards"]["progress"] == 1.0, (task_id, state)
        assert state["rewards"]["success"] == 1.0, (task_id, state)
        assert state["done"] is True
        assert len(state["ledger"]) == state["turns"] and all(e["passed"] for e in state["ledger"])
        assert rewards[-1] == state["reward"] == 1.0
        assert all(r in (0.0, 1.0) for r in rewards)


def test_a_stage_and_mode_reach_the_episode(server_url, oracle):
    rewards, state = play(server_url, oracle, "multi_turn_base_1", stage="S2-base-hints", mode="standard", seed=7,
                          episode_id="mine")
    assert state["stage"] == "S2-base-hints"
    assert state["client_episode_id"] == "mine" and state["seed"] == 7
    assert state["rewards"]["success"] == 1.0


def test_an_unknown_task_is_an_error_and_the_connection_stays_usable(server_url, oracle):
    with GenericEnvClient(base_url=server_url).sync() as env:
        with pytest.raises(RuntimeError, match="unknown task 'no_such_task'.*EXECUTION_ERROR"):
            env.reset(task_id="no_such_task")
        with pytest.raises(RuntimeError, match="data.temperature.*VALIDATION_ERROR"):
            env.reset(task_id="multi_turn_base_0", temperature=0.7)
        result = env.reset(task_id="multi_turn_base_0")
        first = result.observation["messages"]
        assert [m["role"] for m in first] == ["system", "user"]
        assert result.observation["task_id"] == "multi_turn_base_0" and result.observation["turns"] == 4
        assert any(t["function"]["name"] == "cd" for t in result.observation["tools"])
        step = env.step({"message": oracle.opener("multi_turn_base_0", 0)})
        assert step.observation["messages"][0]["content"].startswith("<tool_response>")
        assert step.reward == 0.0 and step.observation["turn_ended"] is False
        assert env.state()["step_count"] == 1


def _get(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def test_http_routes(server_url):
    assert _get(server_url + "/health") == {"status": "healthy"}
    assert _get(server_url + "/metadata")["name"] == "envtune-bfcl"
    assert set(_get(server_url + "/schema")) == {"action", "observation", "state"}
    req = urllib.request.Request(server_url + "/reset", data=b'{"task_id": "nope"}', method="POST",
                                 headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 404 and "nope" in json.loads(e.value.read())["detail"]
