"""Prints the parts of a SARIF log that sarif.test checks, one fact per line,
so FileCheck can match them exactly (the JSON itself is too nested to read).
"""
import json
import sys

log = json.load(open(sys.argv[1], encoding="utf-8"))
print("version", log["version"], log["$schema"])
for run in log["runs"]:
    driver = run["tool"]["driver"]
    print("tool", driver["name"], driver["version"], driver["informationUri"])
    print("columnKind", run["columnKind"])
    for key, base in sorted(run["originalUriBaseIds"].items()):
        print("base", key, base["uri"])
    for i, rule in enumerate(driver["rules"]):
        print("rule %d %s %s" % (i, rule["id"], rule["name"]))
        print("  short", rule["shortDescription"]["text"])
        print("  full", rule["fullDescription"]["text"][:80] + "...")
        print("  help", rule["helpUri"])
        print("  markdown", rule["help"]["markdown"].splitlines()[0])

    def where(loc):
        phys = loc["physicalLocation"]
        art = phys["artifactLocation"]
        r = phys["region"]
        text = "%s%s:%d:%d" % (art.get("uriBaseId", "") + ":" if "uriBaseId" in art else "",
                               art["uri"], r["startLine"], r["startColumn"])
        if "endLine" in r:
            text += "-%d:%d" % (r["endLine"], r["endColumn"])
        if "snippet" in r:
            text += " snippet=%r" % r["snippet"]["text"]
        return text

    for inv in run["invocations"]:
        print("executionSuccessful", inv["executionSuccessful"])
        for n in inv["toolExecutionNotifications"]:
            print("notification", n["level"], n["descriptor"]["id"],
                  " ".join(where(l) for l in n.get("locations", [])), n["message"]["text"])
    for res in run["results"]:
        print("result", res["ruleId"], res["ruleIndex"], res["level"],
              where(res["locations"][0]), res["message"]["text"])
        for rel in res.get("relatedLocations", []):
            print("  related", rel["id"], where(rel), rel["message"]["text"])
        for fix in res.get("fixes", []):
            print("  fix", fix["description"]["text"])
            for change in fix["artifactChanges"]:
                art = change["artifactLocation"]
                for rep in change["replacements"]:
                    d = rep["deletedRegion"]
                    print("    %s:%s at %d, delete %d, insert %r" % (
                        art.get("uriBaseId", ""), art["uri"], d["charOffset"], d["charLength"],
                        rep["insertedContent"]["text"]))
