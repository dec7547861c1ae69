"""htmx is pinned to 2.0.x: htmx 4 changed what hx-disable and the config keys mean."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_lockfile_pins_htmx_2_0():
    lock = json.loads((ROOT / "package-lock.json").read_text())
    version = lock["packages"]["node_modules/htmx.org"]["version"]
    assert re.fullmatch(r"2\.0\.\d+", version)
    assert json.loads((ROOT / "package.json").read_text())["dependencies"]["htmx.org"] == version


def test_vendored_file_is_the_locked_version():
    lock = json.loads((ROOT / "package-lock.json").read_text())
    version = lock["packages"]["node_modules/htmx.org"]["version"]
    source = (ROOT / "static" / "vendor" / "htmx.min.js").read_text()
    assert f'version:"{version}"' in source.replace(" ", "")


def test_base_template_configures_htmx_safely():
    base = (ROOT / "templates" / "base.html").read_text()
    raw = re.search(r"<meta name=\"htmx-config\" content='([^']+)'>", base).group(1)
    config = json.loads(raw)
    assert config["allowEval"] is False and config["allowScriptTags"] is False
    assert config["historyCacheSize"] == 0 and config["selfRequestsOnly"] is True
    assert config["includeIndicatorStyles"] is False
