"""Checks that the CI templates in integrations/ are valid YAML of the shape
their platform expects, and that both run async-tidy through the tested
integrations/ci/async-tidy-ci script on the same SARIF file they publish.

    check_ci_templates.py SOURCE_ROOT
"""
import os
import sys
import yaml

root = sys.argv[1]


def load(rel):
    with open(os.path.join(root, rel), encoding="utf-8") as f:
        return yaml.safe_load(f)


gh = load("integrations/github/async-tidy.yml")
# PyYAML reads the bare key `on` as True (YAML 1.1); GitHub reads it as "on".
triggers = gh.get("on", gh.get(True))
assert set(triggers) == {"push", "pull_request"}, triggers
assert gh["permissions"]["security-events"] == "write", gh["permissions"]
steps = gh["jobs"]["async-tidy"]["steps"]
run = [s for s in steps if "async-tidy-ci" in s.get("run", "")]
assert len(run) == 1, steps
sarif = run[0]["run"].split()[-1]
upload = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
assert len(upload) == 1 and upload[0]["with"]["sarif_file"] == sarif, upload
assert any("install-deps.sh --build-only 19" in s.get("run", "") for s in steps), steps
print("github workflow: runs async-tidy-ci, uploads %s to code scanning" % sarif)

gl = load("integrations/gitlab/async-tidy.gitlab-ci.yml")
job = gl["async-tidy"]
script = [line for line in job["script"] if "async-tidy-ci" in line]
assert len(script) == 1, job["script"]
sarif = script[0].split()[-1]
assert job["artifacts"]["paths"] == [sarif], job["artifacts"]
assert job["image"] == "debian:12", job["image"]
print("gitlab job: runs async-tidy-ci, keeps %s as an artifact" % sarif)
