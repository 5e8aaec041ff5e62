"""The namespace rule of docs/architecture.md: every type and function of app/ and ui/ is declared
in namespace cockpit (the folder says the layer, the namespace says it is ours), so no file needs
a `using cockpit::X;` line. Outside it may stand only what cannot be in it: main(), forward
declarations of Qt's classes, and Qt's macros that must be at global scope."""
import re

# What may stand outside namespace cockpit.
ALLOWED_OUTSIDE = re.compile(
    r"^(?:class|struct)\s+Q\w+$"                    # a forward declaration of a Qt class
    r"|^Q_DECLARE_(?:METATYPE|TYPEINFO|INTERFACE)\b"  # Qt's macros that want global scope
    r"|^Q_IMPORT_PLUGIN\b"
    r"|^int\s+main\s*\("                            # the program's entry point
    r"|^template\s*<\s*>\s*struct\s+std::")         # std::hash and the like
NAMESPACE = re.compile(r"(?:inline\s+)?namespace\s*([\w:]*)\s*$")


def strip(text):
    """The text without comments, string and character literals, and preprocessor lines."""
    text = re.sub(r"//[^\n]*|/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r'R"(\w*)\(.*?\)\1"', '""', text, flags=re.S)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    text = re.sub(r"'(?:\\.|[^'\\\n])*'", "''", text)
    text = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", " ", text, flags=re.M)
    return text


def outside_declarations(text):
    """Each declaration (its first words) that stands in no namespace cockpit."""
    text = strip(text)
    found = []
    stack = []  # one entry per open brace: a namespace's name, or None for any other block
    start = 0
    i = 0
    while i < len(text):
        c = text[i]
        if c in "{;}" and all(entry is not None for entry in stack):
            statement = " ".join(text[start:i].split())
            in_cockpit = bool(stack) and stack[0].split("::")[0] == "cockpit"
            name = NAMESPACE.match(statement) if c == "{" else None
            if name:
                stack.append(name.group(1) if stack or name.group(1) else "")
                start = i + 1
                i += 1
                continue
            in_std = bool(stack) and stack[0] == "std"
            if statement and not in_cockpit and not in_std and not ALLOWED_OUTSIDE.match(statement):
                found.append(statement[:70])
            if c == "{":
                stack.append(None)
            elif c == "}" and stack:
                stack.pop()
            start = i + 1
        elif c == "{":
            stack.append(None)
        elif c == "}":
            if stack:
                stack.pop()
            if all(entry is not None for entry in stack):
                start = i + 1
        i += 1
    return found


USING = re.compile(r"^[ \t]*using\s+(?:namespace\s+)?cockpit\b[^;]*;", re.M)


def using_lines(text):
    return [match.strip() for match in USING.findall(text)]
