"""A minimal LSP client: drives a real clangd over stdio the way an editor does.

    lsp_client.py CLANGD ROOT FILE [--code-actions] [-- CLANGD_ARGS...]

Sends initialize/initialized, opens FILE (relative to ROOT) with didOpen,
waits for its textDocument/publishDiagnostics and prints each diagnostic as
one line (1-based `line:col-line:col severity source [code] message`), its
related information (clang-tidy notes) indented below it. With
--code-actions it then asks for the code actions at each diagnostic and
prints their titles. Finally it shuts clangd down and checks that it exits
with status 0. clangd's log goes to ROOT/clangd.log.
"""
import json
import os
import subprocess
import sys
import threading
import queue

TIMEOUT = 120  # seconds for any single answer; a cold parse of Asio takes ~10


class Server:
    def __init__(self, argv, log, env):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=log, env=env)
        self.messages = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                name, _, value = line.partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(out.read(length)))

    def send(self, payload):
        body = json.dumps(payload).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        ident = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        msg = self.wait(lambda m: m.get("id") == ident and "method" not in m, method)
        if "error" in msg:
            sys.exit("lsp_client: %s failed: %s" % (method, msg["error"]))
        return msg["result"]

    def wait(self, accept, what):
        while True:
            try:
                msg = self.messages.get(timeout=TIMEOUT)
            except queue.Empty:
                sys.exit("lsp_client: no %s within %d s" % (what, TIMEOUT))
            if msg is None:
                sys.exit("lsp_client: clangd closed its output while waiting for %s" % what)
            if accept(msg):
                return msg
            # Answer server-to-client requests (work-done progress) so that
            # clangd never waits on us.
            if "id" in msg and "method" in msg:
                self.send({"jsonrpc": "2.0", "id": msg["id"], "result": None})


def position(p):
    return "%d:%d" % (p["line"] + 1, p["character"] + 1)


def span(r):
    return "%s-%s" % (position(r["start"]), position(r["end"]))


SEVERITY = {1: "error", 2: "warning", 3: "info", 4: "hint"}


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        extra = args[args.index("--") + 1:]
        args = args[:args.index("--")]
    code_actions = "--code-actions" in args
    args = [a for a in args if a != "--code-actions"]
    clangd, root, rel = args
    root = os.path.abspath(root)
    path = os.path.join(root, rel)
    uri = "file://" + path

    env = dict(os.environ)
    # No user-level clangd config may leak into the test.
    env["XDG_CONFIG_HOME"] = os.path.join(root, ".xdg-config")
    with open(os.path.join(root, "clangd.log"), "wb") as log:
        server = Server([clangd, "--background-index=false"] + extra, log, env)
        server.request("initialize", {
            "processId": os.getpid(), "rootUri": "file://" + root,
            "capabilities": {"textDocument": {"publishDiagnostics": {"relatedInformation": True},
                                              "codeAction": {"codeActionLiteralSupport": {
                                                  "codeActionKind": {"valueSet": ["quickfix"]}}}}}})
        server.notify("initialized", {})
        with open(path, encoding="utf-8") as f:
            text = f.read()
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
        msg = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == uri, "publishDiagnostics")
        diags = sorted(msg["params"]["diagnostics"],
                       key=lambda d: (d["range"]["start"]["line"], d["range"]["start"]["character"],
                                      d.get("code", ""), d["message"]))
        print("diagnostics for %s: %d" % (rel, len(diags)))
        for d in diags:
            print("%s %s %s [%s] %s" % (span(d["range"]), SEVERITY.get(d.get("severity"), "?"),
                                        d.get("source", "?"), d.get("code", ""),
                                        d["message"].replace("\n", " | ")))
            for info in d.get("relatedInformation", []):
                where = info["location"]
                name = os.path.relpath(where["uri"][len("file://"):], root)
                print("  related %s:%s %s" % (name, position(where["range"]["start"]),
                                              info["message"]))
            if code_actions:
                actions = server.request("textDocument/codeAction", {
                    "textDocument": {"uri": uri}, "range": d["range"],
                    "context": {"diagnostics": [d]}})
                for a in actions or []:
                    edits = a.get("edit", {}).get("changes", {}).get(uri, [])
                    print("  action '%s': %s" % (a["title"], "; ".join(
                        "%s %r" % (span(e["range"]), e["newText"]) for e in edits)))
        server.request("shutdown", None)
        server.notify("exit", None)
        status = server.proc.wait(timeout=TIMEOUT)
        print("clangd exit status: %d" % status)


if __name__ == "__main__":
    main()
