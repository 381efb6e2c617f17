#!/usr/bin/env python3
"""Builds and runs one way of using aiscale exactly as docs/getting-started.md writes it.

The page marks each snippet with an HTML comment `<!-- ci: NAME -->` on the line before its fence.
This script takes main.cpp and the expected output from the page, then, for the chosen way:
  fetchcontent  the CMake snippet, its GIT_REPOSITORY replaced by a local git repository of this
                tree whose tag is the one the snippet pins (it must be the project's version);
  find_package  the install commands, then the CMake snippet against that prefix;
  subdirectory  the CMake snippet with this tree at external/aiscale;
  pkg-config    the install commands, then the shell snippet;
  single-header the shell snippet.
Shell snippets run as written in a folder where `aiscale` is this tree; `/opt/aiscale` becomes a
scratch prefix. Exits non-zero with the reason when a step fails or the output differs.

usage: getting_started.py WAY SOURCE_DIR WORK_DIR CXX PROJECT_VERSION [CXX_FLAGS]
"""
import os
import re
import shutil
import subprocess
import sys

WARNINGS = "-Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Werror"


def snippets(page):
    found = {}
    for m in re.finditer(r"<!-- ci: ([\w.-]+) -->\n```[\w]*\n(.*?)```", page, re.S):
        found[m.group(1)] = m.group(2)
    return found


def run(cmd, cwd, env=None, shell=False):
    shown = cmd if shell else " ".join(cmd)
    print("$", shown, flush=True)
    r = subprocess.run(cmd, cwd=cwd, env=env, shell=shell, executable="/bin/bash" if shell else None,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {shown}\n{r.stdout}")
    return r.stdout


def shell_lines(snippet, prefix):
    return snippet.replace("/opt/aiscale", prefix)


def cmake_generator():
    return ["-G", "Ninja"] if shutil.which("ninja") else []


def build_cmake_project(work, cmakelists, main_cpp, cxx, cxx_flags, extra):
    project = os.path.join(work, "figures")
    os.makedirs(project, exist_ok=True)
    with open(os.path.join(project, "CMakeLists.txt"), "w") as f:
        f.write(cmakelists)
    with open(os.path.join(project, "main.cpp"), "w") as f:
        f.write(main_cpp)
    run(["cmake", "-S", ".", "-B", "build", *cmake_generator(), f"-DCMAKE_CXX_COMPILER={cxx}",
         f"-DCMAKE_CXX_FLAGS={cxx_flags} {WARNINGS}".strip(), *extra], project)
    run(["cmake", "--build", "build"], project)
    return run([os.path.join(project, "build", "figures")], project)


def local_git_repository(source, work, tag):
    """A git repository of this tree's files (committed or not, as git lists them), tagged."""
    repo = os.path.join(work, "aiscale-repo")
    files = run(["git", "ls-files", "-co", "--exclude-standard", "-z"], source).split("\0")
    for name in filter(None, files):
        src = os.path.join(source, name)
        if not os.path.isfile(src):
            continue  # listed but deleted in the work tree
        dst = os.path.join(repo, name)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copy2(src, dst)
    git = ["git", "-c", "user.name=ci", "-c", "user.email=ci@localhost", "-c", "init.defaultBranch=main"]
    run(git + ["init", "-q"], repo)
    run(git + ["add", "-A"], repo)
    run(git + ["commit", "-q", "-m", "aiscale for the FetchContent test"], repo)
    run(git + ["tag", tag], repo)
    return repo


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    way, source, work, cxx, version = sys.argv[1:6]
    cxx_flags = sys.argv[6] if len(sys.argv) > 6 else ""
    with open(os.path.join(source, "docs", "getting-started.md"), encoding="utf-8") as f:
        page = snippets(f.read())
    for needed in ("main.cpp", "output", way):
        if needed not in page:
            sys.exit(f"docs/getting-started.md has no snippet marked <!-- ci: {needed} -->")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    os.symlink(os.path.abspath(source), os.path.join(work, "aiscale"))
    prefix = os.path.join(work, "prefix")
    main_cpp = page["main.cpp"]
    if way in ("find_package", "pkg-config"):
        run(shell_lines(page["install"], prefix), work, shell=True)

    if way == "fetchcontent":
        tag = re.search(r"GIT_TAG\s+(\S+)", page[way]).group(1)
        if tag != "v" + version:
            sys.exit(f"the FetchContent snippet pins {tag}, but the project's version is {version}")
        repo = local_git_repository(source, work, tag)
        cmakelists = re.sub(r"GIT_REPOSITORY\s+\S+", "GIT_REPOSITORY file://" + repo, page[way])
        out = build_cmake_project(work, cmakelists, main_cpp, cxx, cxx_flags, [])
    elif way == "find_package":
        out = build_cmake_project(work, page[way], main_cpp, cxx, cxx_flags, [f"-DCMAKE_PREFIX_PATH={prefix}"])
    elif way == "subdirectory":
        os.makedirs(os.path.join(work, "figures", "external"))
        os.symlink(os.path.abspath(source), os.path.join(work, "figures", "external", "aiscale"))
        out = build_cmake_project(work, page[way], main_cpp, cxx, cxx_flags, [])
    elif way in ("pkg-config", "single-header"):
        with open(os.path.join(work, "main.cpp"), "w") as f:
            f.write(main_cpp)
        run(shell_lines(page[way], prefix), work, shell=True)
        out = run([os.path.join(work, "figures")], work)
    else:
        sys.exit(f"unknown way {way}")

    if out != page["output"]:
        sys.exit(f"the program printed {out!r}; docs/getting-started.md says {page['output']!r}")
    print(f"getting started via {way}: {out.strip()}")


if __name__ == "__main__":
    main()
