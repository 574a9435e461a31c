"""The pure modules never import the client: checked in a fresh interpreter with openai blocked."""

import subprocess
import sys

PURE = [
    "schema",
    "text",
    "grounding",
    "normalize",
    "evaluation",
    "html",
    "errors",
    "rules",
    "selection",
    "events",
    "export",
    "batch",
]

BLOCKER = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('openai', 'instructor', 'tenacity', 'httpx2', 'httpx'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
import importlib
for mod in sys.argv[1:]:
    importlib.import_module('enforcement_events.' + mod)
print('ok')
"""


def test_pure_modules_import_without_the_client():
    # enforcement_events/__init__ imports the client, so load the submodules directly.
    code = BLOCKER.replace(
        "import importlib",
        "import importlib, types, pathlib\nimport enforcement_events.errors as _e  # noqa",
    )
    src = __import__("enforcement_events.errors").__path__[0]  # type: ignore[attr-defined]
    prelude = (
        f"import sys, types; pkg = types.ModuleType('enforcement_events'); "
        f"pkg.__path__ = [{src!r}]; sys.modules['enforcement_events'] = pkg\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            prelude + code.replace("import enforcement_events.errors as _e  # noqa", ""),
            *PURE,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
