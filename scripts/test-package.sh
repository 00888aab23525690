#!/usr/bin/env bash
# The Debian package, built and installed as a user would: `cpack` in the
# build folder of one LLVM version, then checks of the package's name, fields
# and contents, then `apt-get install ./async-tidy-llvmN_*.deb` into a clean
# Debian 12 root made with mmdebstrap (from Debian's archive), where the
# installed driver must report the example findings of a small project and
# the installed plugin must load into the root's clang-tidy.
# Usage: scripts/test-package.sh [19|22]   (after scripts/build.sh of that version; run as root)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-19}"
dir=build
[ "$version" = 19 ] || dir="build-$version"
[ -x "$dir/bin/async-tidy" ] || { echo "test-package: build $dir first (scripts/build.sh $version)"; exit 1; }
work="$(mktemp -d /tmp/async-tidy-package.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "=== package: cpack in $dir"
(cd "$dir" && cpack -G DEB -B "$work/out" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=("$work"/out/async-tidy-llvm"$version"_*_amd64.deb)
[ -f "${deb[0]}" ] || { echo "test-package: no async-tidy-llvm${version}_*_amd64.deb in $work/out"; ls "$work/out"; exit 1; }
deb="${deb[0]}"
echo "built $(basename "$deb")"

echo "=== package: fields and contents"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Provides Conflicts
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in "libclang-cpp$version" "libllvm$version" libyaml-cpp0.7 "libclang-common-$version-dev" python3; do
  grep -q "$needed" <<<"$depends" || { echo "test-package: Depends lacks $needed"; exit 1; }
done
dpkg-deb --contents "$deb" | awk '{print $6}' > "$work/contents"
for path in ./usr/bin/async-tidy ./usr/bin/async-clangd ./usr/bin/async-tidy-hook \
    ./usr/bin/async-tidy-ci ./usr/lib/async-tidy/AsyncTidyModule.so \
    ./usr/share/async-tidy/rules/std.yaml ./usr/share/async-tidy/rules/schema/catalogue.schema.yaml \
    ./usr/share/doc/async-tidy/README.md ./usr/share/doc/async-tidy/checks/async-blocking-call.md; do
  grep -qx "$path" "$work/contents" || { echo "test-package: $path is not in the package"; exit 1; }
done
echo "contents: $(wc -l < "$work/contents") paths, every expected one present"

echo "=== package: apt-get install into a clean Debian 12 root"
command -v mmdebstrap > /dev/null || { echo "test-package: mmdebstrap is missing (scripts/install-deps.sh)"; exit 1; }
cp "$deb" "$work/root.deb"
# minbase: no compiler, no LLVM; apt resolves the package's dependencies
# from Debian's archive, as on a user's machine.
# The suites a Debian 12 installation has (LLVM 22 comes from bookworm-security).
mmdebstrap --quiet --variant=apt --include=ca-certificates bookworm "$work/root" \
  "deb http://deb.debian.org/debian bookworm main" \
  "deb http://deb.debian.org/debian bookworm-updates main" \
  "deb http://deb.debian.org/debian-security bookworm-security main" > "$work/mmdebstrap.log" 2>&1 \
  || { tail -20 "$work/mmdebstrap.log"; exit 1; }
cp "$deb" "$work/root/tmp/"
# mmdebstrap leaves no package lists behind; the root's apt reads them as a user's would.
chroot "$work/root" apt-get update -qq > "$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; exit 1; }
chroot "$work/root" apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$deb")" "clang-tidy-$version" "libstdc++-12-dev" >> "$work/apt.log" 2>&1 \
  || { tail -30 "$work/apt.log"; exit 1; }
chroot "$work/root" dpkg-query -W -f='${Package} ${Version} ${Status}\n' "async-tidy-llvm$version"
chroot "$work/root" async-tidy --version
mkdir -p "$work/root/tmp/project"
cat > "$work/root/tmp/project/sleepy.cpp" <<'CPP'
#include <chrono>
#include <coroutine>
#include <thread>
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() {}
    void return_void() {}
  };
};
task handle() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
CPP
set +e
chroot "$work/root" sh -c 'cd /tmp/project && async-tidy --quiet sleepy.cpp -- -std=c++20' > "$work/driver.out" 2>&1
driver_status=$?
chroot "$work/root" sh -c "cd /tmp/project && clang-tidy-$version --quiet \
  --load=/usr/lib/async-tidy/AsyncTidyModule.so --checks=-*,async-* sleepy.cpp -- -std=c++20" \
  > "$work/plugin.out" 2>&1
set -e
cat "$work/driver.out" "$work/plugin.out"
[ "$driver_status" -eq 1 ] || { echo "test-package: the installed driver exited with $driver_status, not 1 (findings)"; exit 1; }
for out in driver plugin; do
  grep -q "sleepy.cpp:14:3: warning: call to blocking function 'std::this_thread::sleep_for' inside coroutine 'handle' \[async-blocking-call\]" "$work/$out.out" \
    || { echo "test-package: the installed $out did not report the finding"; exit 1; }
done
echo "test-package: async-tidy-llvm$version installs with apt into a clean Debian 12 root; its driver and plugin report the finding"
