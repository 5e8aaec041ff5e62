#!/usr/bin/env python3
"""CI check of the house's structure (docs/architecture.md).

Fails when
  - two classes include each other, directly or through others (a class's .h and .cpp count as
    one), anywhere in app/ or ui/;
  - two folders of app/ or ui/ (app/api, ui/tokens, ...) include each other, directly or through
    others;
  - the core (app/) includes a Qt Widgets or Qt GUI header;
  - a file of ui/ is longer than 400 lines, or ui/window/MainWindow.cpp than 300;
  - a file of the app (app/ and ui/, but for the test half of the emulator in
    app/emulator/testing/ and the tools in ui/tools/) includes that test half: the shipped app
    must not be able to inject faults or keep a log of requests;
  - a file of app/ or ui/ declares something outside namespace cockpit (but for main() and what
    only the global scope may hold), or has a `using cockpit::X;` line (namespace_rule.py);
  - a folder of app/ and a folder of ui/ have the same name: an include line must tell the layer.

Usage: check_structure.py SOURCE_DIR
"""
import os
import re
import sys

from namespace_rule import outside_declarations, using_lines

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SYSTEM_INCLUDE = re.compile(r"^\s*#\s*include\s+<(Q[A-Za-z]+)>", re.M)
# Headers of Qt Widgets and Qt GUI the core must not need (a sample that covers what a widget
# or a painter needs).
GUI_HEADERS = {"QWidget", "QApplication", "QGuiApplication", "QDialog", "QMainWindow",
               "QLabel", "QPushButton", "QLineEdit", "QComboBox", "QPainter", "QPixmap", "QIcon",
               "QColor", "QPalette", "QFont", "QFontMetrics", "QClipboard", "QAbstractItemView",
               "QTableView", "QMessageBox", "QStyle"}


def sources(root, folder):
    for base, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if name.endswith((".h", ".cpp")):
                yield os.path.join(base, name)


def unit(root, path):
    return os.path.splitext(os.path.relpath(path, root))[0]


def include_graph(root):
    graph = {}
    for folder in ("app", "ui"):
        for path in sources(root, folder):
            node = graph.setdefault(unit(root, path), set())
            text = open(path, encoding="utf-8").read()
            for included in INCLUDE.findall(text):
                for candidate in (os.path.join(os.path.dirname(path), included),
                                  os.path.join(root, "app", included),
                                  os.path.join(root, "ui", included)):
                    candidate = os.path.normpath(candidate)
                    if os.path.exists(candidate):
                        target = unit(root, candidate)
                        if target != unit(root, path):
                            node.add(target)
                        break
    return graph


def circles(graph):
    """Strongly connected components of more than one class (Tarjan, iterative)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            advanced = False
            for target in edges:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, ())))))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def folder_graph(graph):
    """The include graph between folders (app/api, ui/tokens...): a folder includes another when
    one of its files does."""
    def folder(node):
        return "/".join(node.split("/")[:2])
    folders = {}
    for node, targets in graph.items():
        edges = folders.setdefault(folder(node), set())
        for target in targets:
            if folder(target) != folder(node):
                edges.add(folder(target))
    return folders


def main():
    root = os.path.abspath(sys.argv[1])
    problems = []
    graph = include_graph(root)
    for component in circles(graph):
        problems.append("include circle: " + " <-> ".join(component))
    for component in circles(folder_graph(graph)):
        problems.append("folder circle: " + " <-> ".join(component))
    for path in sources(root, "app"):
        for header in SYSTEM_INCLUDE.findall(open(path, encoding="utf-8").read()):
            if header in GUI_HEADERS:
                problems.append(f"{os.path.relpath(path, root)}: the core includes <{header}>")
    for path in sources(root, "ui"):
        lines = sum(1 for _ in open(path, encoding="utf-8"))
        limit = 300 if path.endswith(os.path.join("window", "MainWindow.cpp")) else 400
        if lines > limit:
            problems.append(f"{os.path.relpath(path, root)}: {lines} lines (at most {limit})")
    for folder in ("app", "ui"):
        for path in sources(root, folder):
            relative = os.path.relpath(path, root)
            if relative.startswith((os.path.join("app", "emulator", "testing") + os.sep,
                                    os.path.join("ui", "tools") + os.sep)):
                continue
            for included in INCLUDE.findall(open(path, encoding="utf-8").read()):
                if included.startswith("emulator/testing/"):
                    problems.append(f"{relative}: the app includes the emulator's test half "
                                    f'"{included}"')
    for folder in ("app", "ui"):
        for path in sources(root, folder):
            text = open(path, encoding="utf-8").read()
            relative = os.path.relpath(path, root)
            for declaration in outside_declarations(text):
                problems.append(f"{relative}: outside namespace cockpit: {declaration}")
            for line in using_lines(text):
                problems.append(f"{relative}: '{line}' (the code is in namespace cockpit)")
    def folders(layer):
        # Folders that hold sources: an empty one (left by a copy that only deletes files) is
        # no layer's.
        return {name for name in os.listdir(os.path.join(root, layer))
                if any(sources(root, os.path.join(layer, name)))}
    both = folders("app") & folders("ui")
    for name in sorted(both):
        problems.append(f"app/{name} and ui/{name}: one name for two layers")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} structure problem(s): see docs/architecture.md")
        return 1
    print("structure OK: no include or folder circle, a core without widgets, short UI files, "
          "an app without the emulator's test half, one namespace, one name per folder")
    return 0


if __name__ == "__main__":
    sys.exit(main())
