"""Tests of the verl adapter against a live envtune server (python3 -m unittest -v test_adapter).

Needs ENVTUNE_URL (the server, e.g. http://127.0.0.1:8765) and ENVTUNE_ORACLE (a JSON file of oracle scripts with
the rewards the same oracle earns in-process); the Java test VerlAdapterTest starts a server, writes the file and
runs this. Without them every test is skipped. When verl is not installed a minimal stand-in for
verl.interactions.base.BaseInteraction is registered first, with the constructor verl's has.
"""

import asyncio
import json
import os
import sys
import types
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def _install_base_interaction_stand_in():
    try:
        import verl.interactions.base  # noqa: F401  (the real one wins when present)
        return
    except ImportError:
        pass

    class BaseInteraction:
        def __init__(self, config):
            self.config = config
            self.name = config.get("name", "interaction_agent")

    base = types.ModuleType("verl.interactions.base")
    base.BaseInteraction = BaseInteraction
    interactions = types.ModuleType("verl.interactions")
    interactions.base = base
    verl = types.ModuleType("verl")
    verl.interactions = interactions
    sys.modules.update({"verl": verl, "verl.interactions": interactions, "verl.interactions.base": base})


_install_base_interaction_stand_in()

from envtune_client import EnvtuneClient  # noqa: E402
from envtune_interaction import EnvtuneError, EnvtuneInteraction  # noqa: E402
from envtune_stages import stage_rows  # noqa: E402

URL = os.environ.get("ENVTUNE_URL")
ORACLE = os.environ.get("ENVTUNE_ORACLE")


def _next(script, turn, after_observation):
    if after_observation or turn >= len(script["openers"]):
        return script["closer"]
    return script["openers"][turn]


async def _play(interaction, script):
    """Plays one oracle episode as verl's agent loop would; returns the per-step results and the final score."""
    iid = await interaction.start_interaction(None, name="envtune", task_id=script["taskId"])
    opened = interaction.opened(iid)
    messages = [{"role": "system", "content": opened["systemPrompt"]},
                {"role": "user", "content": opened["firstUserMessage"]}]
    turn, after, done, steps, passed = 0, False, opened["done"], [], []
    while not done:
        messages.append({"role": "assistant", "content": _next(script, turn, after)})
        done, response, score, extra = await interaction.generate_response(iid, messages, name="envtune")
        steps.append((score, extra))
        if extra["turn_passed"] is not None:
            passed.append(extra["turn_passed"])
            turn += 1
            after = False
        else:
            after = True
        if response:
            messages.append({"role": "user", "content": response})
    final = await interaction.calculate_score(iid)
    rewards = await interaction.rewards(iid)
    await interaction.finalize_interaction(iid)
    await interaction.finalize_interaction(iid)  # idempotent
    return {"steps": steps, "passed": passed, "final": final, "rewards": rewards}


@unittest.skipUnless(URL and ORACLE, "set ENVTUNE_URL and ENVTUNE_ORACLE (VerlAdapterTest does) to run against a server")
class AdapterTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        with open(ORACLE, encoding="utf-8") as f:
            cls.scripts = json.load(f)

    def interaction(self, **extra):
        interaction = EnvtuneInteraction({"name": "envtune", "servers": [URL], "reward": "progress", **extra})
        self.addCleanup(interaction.close)
        return interaction

    def test_oracle_episodes_earn_the_in_process_rewards(self):
        interaction = self.interaction()
        successes = 0
        for script in self.scripts:
            result = asyncio.run(_play(interaction, script))
            interaction.close()  # the event loop's worker threads are gone; so are their connections
            expected = script["expected"]
            self.assertTrue(all(result["passed"]), script["taskId"])
            self.assertEqual(len(result["passed"]), len(script["openers"]), script["taskId"])
            self.assertEqual(expected["progress"], result["final"], script["taskId"])
            self.assertEqual(expected["progress"], result["steps"][-1][0], script["taskId"])
            for name, value in expected.items():
                self.assertEqual(value, result["rewards"][name]["value"], f"{script['taskId']} {name}")
            successes += result["rewards"]["success"]["value"] == 1.0
        self.assertEqual(len(self.scripts), successes)
        print(f"\nadapter: {len(self.scripts)} oracle episodes over HTTP, success {successes}/{len(self.scripts)}, "
              f"every reward equal to the in-process oracle's", file=sys.stderr)

    def test_many_concurrent_rollouts_share_one_event_loop(self):
        interaction = self.interaction(final_score_in_turn_scores=False)

        async def all_of_them():
            return await asyncio.gather(*[_play(interaction, s) for s in self.scripts[:32]])

        results = asyncio.run(all_of_them())
        self.assertTrue(all(all(r["passed"]) for r in results))
        self.assertTrue(all(r["rewards"]["success"]["value"] == 1.0 for r in results))
        # Without the final reward in the turn scores, the last step reports its turn's pass as 1.0.
        self.assertTrue(all(r["steps"][-1][0] == 1.0 for r in results))

    def test_stage_settings_reach_the_server(self):
        interaction = self.interaction(stage="current", max_steps_per_turn=2)
        iid = asyncio.run(interaction.start_interaction("x-1", name="envtune", task_id=self.scripts[0]["taskId"]))
        opened = interaction.opened(iid)
        self.assertEqual(2, opened["maxStepsPerTurn"])
        self.assertEqual("S1-syntax", opened["stage"])
        asyncio.run(interaction.finalize_interaction(iid))

    def test_stage_rows_carry_the_prompt_the_episode_opens_with(self):
        client = EnvtuneClient(URL)
        self.addCleanup(client.close)
        stage, rows = stage_rows(client, "S1-syntax")
        self.assertEqual("S1-syntax", stage)
        self.assertEqual(75, len(rows))
        kwargs = rows[0]["extra_info"]["interaction_kwargs"]
        self.assertEqual({"name": "envtune", "stage": "S1-syntax", "reward": "format"},
                         {k: kwargs[k] for k in ("name", "stage", "reward")})
        interaction = self.interaction()
        iid = asyncio.run(interaction.start_interaction(None, **kwargs))
        opened = interaction.opened(iid)
        self.assertEqual(rows[0]["prompt"], [{"role": "system", "content": opened["systemPrompt"]},
                                             {"role": "user", "content": opened["firstUserMessage"]}])
        self.assertEqual("A", opened["promptVariant"])
        messages = rows[0]["prompt"] + [{"role": "assistant", "content": "no tags"}]
        done, response, score, extra = asyncio.run(interaction.generate_response(iid, messages, **kwargs))
        self.assertEqual("FORMAT_ERROR", extra["outcome"])
        self.assertTrue(response.startswith("Error:"), response)
        self.assertEqual(0.0, asyncio.run(interaction.calculate_score(iid)))  # the format reward, no tool ran
        asyncio.run(interaction.finalize_interaction(iid))

    def test_errors_are_clear(self):
        interaction = self.interaction()
        with self.assertRaises(EnvtuneError) as ctx:
            asyncio.run(interaction.start_interaction(None, name="envtune", task_id="no_such_task"))
        self.assertEqual(404, ctx.exception.status)
        self.assertEqual("not_found", ctx.exception.error)
        with self.assertRaises(ValueError):
            asyncio.run(interaction.start_interaction(None, name="envtune"))
        with self.assertRaises(KeyError):
            asyncio.run(interaction.generate_response("never-started", []))


if __name__ == "__main__":
    unittest.main()
