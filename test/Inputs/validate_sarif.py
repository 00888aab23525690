"""Validates a SARIF log with Microsoft's SARIF Multitool (npm
@microsoft/sarif-multitool, installed by scripts/install-deps.sh into
test/Inputs/sarif-validator): the official SARIF 2.1.0 JSON schema (its JSON1xxx
rules) and the specification's own rules (SARIF1xxx errors, SARIF2xxx
warnings).

    validate_sarif.py MULTITOOL LOG.sarif

Prints every error and warning the Multitool reports and exits 1 if there is
any; otherwise prints one summary line of what the log holds. The Multitool's
notes (style suggestions such as 'consider message ids') are not failures.
"""
import json
import os
import stat
import subprocess
import sys
import tempfile


def main():
    tool, log = sys.argv[1:]
    if not os.path.exists(tool):
        sys.exit("validate_sarif: %s is missing; run scripts/install-deps.sh" % tool)
    # npm may skip the package's postinstall step that marks it executable.
    mode = os.stat(tool).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(tool, mode | stat.S_IXUSR)
    env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1",
               DOTNET_CLI_TELEMETRY_OPTOUT="1")
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "validation.sarif")
        run = subprocess.run([tool, "validate", log, "-o", report, "--log", "ForceOverwrite",
                              "--level", "Error;Warning"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
        if not os.path.exists(report):
            sys.exit("validate_sarif: the Multitool failed (status %d):\n%s"
                     % (run.returncode, run.stdout))
        with open(report, encoding="utf-8-sig") as f:
            problems = [r for run_ in json.load(f)["runs"] for r in run_.get("results", [])]
    for p in problems:
        loc = p.get("locations", [{}])[0].get("physicalLocation", {}).get("region", {})
        message = p["message"].get("text") or "%s(%s)" % (
            p["message"].get("id"), ", ".join(p["message"].get("arguments", [])))
        print("%s(%s,%s): %s %s: %s" % (os.path.basename(log), loc.get("startLine", "?"),
                                       loc.get("startColumn", "?"), p.get("level", "warning"),
                                       p.get("ruleId"), message))
    if problems or run.returncode != 0:
        sys.exit(1)
    with open(log, encoding="utf-8") as f:
        data = json.load(f)
    runs = data["runs"]
    print("valid SARIF %s: %d run(s), %d result(s), %d rule(s)" % (
        data["version"], len(runs), sum(len(r.get("results", [])) for r in runs),
        sum(len(r["tool"]["driver"].get("rules", [])) for r in runs)))


if __name__ == "__main__":
    main()
