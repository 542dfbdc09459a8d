"""A module of the lookup package imports on its own, first in a fresh process: the package
loads its engine lazily (PEP 562), and a submodule asked of the package before the engine
("from studycli.lookup import variants" in a module the engine imports) made the engine load
half-way through itself: `import studycli.lookup.clause_answer` raised a circular
ImportError."""

from __future__ import annotations

import subprocess
import sys


def test_a_submodule_asked_of_the_package_does_not_load_the_engine():
    code = ("import sys\n"
            "from studycli.lookup import variants\n"
            "assert variants.__name__ == 'studycli.lookup.variants'\n"
            "assert 'studycli.lookup.core' not in sys.modules\n"
            "import studycli.lookup.clause_answer\n"
            "from studycli.lookup import lookup\n"  # a name of the engine still loads it
            "assert callable(lookup)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
