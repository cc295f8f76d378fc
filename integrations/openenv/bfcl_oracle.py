"""Plays BFCL's ground truth as an assistant would, for tests and examples (standard library only).

The messages follow envtune's prompt format: per turn, the ground-truth calls as one ``<tool_call>`` JSON list (or
an answer that something is missing when the turn has no ground truth), and after tool results a closing answer.
Ground-truth calls are Python call syntax (``cd(folder='document')``); they are read with :mod:`ast`, and positional
arguments are named from BFCL's function docs.
"""
import ast
import glob
import json
import os

CLOSER = "<think>The request is complete.</think>\n<answer>Done.</answer>"
MISSING = ("<think>Something needed is missing.</think>\n<answer>I cannot do this yet: a function or parameter is "
           "missing.</answer>")


class BfclOracle:
    """Ground truth by task id, and the parameter order of every BFCL function, from a BFCL data folder."""

    def __init__(self, data_dir):
        self._truth = {}
        for path in glob.glob(os.path.join(data_dir, "possible_answer", "*.json")):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        row = json.loads(line)
                        self._truth[row["id"]] = row["ground_truth"]
        self._params = {}
        for path in glob.glob(os.path.join(data_dir, "multi_turn_func_doc", "*.json")):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        doc = json.loads(line)
                        self._params[doc["name"]] = list(doc.get("parameters", {}).get("properties", {}))

    def task_ids(self, prefix=""):
        """All task ids starting with ``prefix``, in BFCL order."""
        return sorted((t for t in self._truth if t.startswith(prefix)), key=_natural)

    def opener(self, task_id, turn):
        """The assistant's first message in a turn: the ground-truth calls, or the missing-something answer."""
        calls = self._truth[task_id][turn] if turn < len(self._truth[task_id]) else []
        if not calls:
            return MISSING
        rendered = [self._call(c) for c in calls]
        return ("<think>Calling the tools for turn %d.</think>\n<tool_call>%s</tool_call>"
                % (turn, json.dumps(rendered)))

    def _call(self, source):
        node = ast.parse(source.strip(), mode="eval").body
        if not isinstance(node, ast.Call):
            raise ValueError("not a call: %r" % source)
        name = node.func.id if isinstance(node.func, ast.Name) else ast.unparse(node.func)
        order = self._params.get(name, [])
        args = {}
        for i, a in enumerate(node.args):
            args[order[i] if i < len(order) else "arg%d" % i] = ast.literal_eval(a)
        for k in node.keywords:
            args[k.arg] = ast.literal_eval(k.value)
        return {"name": name, "arguments": args}


def is_observation(message):
    """Whether an environment message answers calls within the turn (rather than opening the next turn)."""
    return message["content"].startswith("<tool_response>") or message["content"].startswith("Error:")


def _natural(task_id):
    head, _, tail = task_id.rpartition("_")
    return (head, int(tail) if tail.isdigit() else 0)
