#!/usr/bin/env python3
"""Writes each samarbeid.v1 service's Swift method descriptors and service protocol from proto/.

For every `service X` in proto/samarbeid/v1/*.proto this writes, under
Sources/SamarbeidAPI/<File>/ (the .proto's name in UpperCamelCase: meeting_places.proto, MeetingPlaces):

- XMethods.swift: one typed descriptor per RPC (UnaryMethod / ServerStreamingMethod with the
  request and response message types), for servers, clients and tests;
- XAPI.swift: a protocol with one requirement per RPC, so a service without a handler does not
  compile, and the extension that registers every handler with the scope it takes.

The comment above `service X {` says who may call it on a line `Access: tenant` (a municipality
on its own tenant) or `Access: oversight` (IMDi's identity). Message types stay hand-written
(Sources/SamarbeidAPI/*/*.swift): this writes no codec.

    python3 Tools/service_api.py          # rewrite the files
    python3 Tools/service_api.py --check  # exit 1 when a file is not what proto/ says
"""
import difflib
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCOPES = {"tenant": "TenantCallScope", "oversight": "OversightCallScope"}
# The example module of docs/architecture.md ("Adding a domain module"): its proto and its
# Swift files live with its tests.
EXAMPLE = ("Tests/DomainModuleTests/proto", "Tests/DomainModuleTests/Notes")


def lower_first(name):
    return name[0].lower() + name[1:]


def doc_lines(comment, indent):
    lines = [line.strip()[2:].strip() for line in comment.strip().splitlines() if line.strip()]
    return "".join(f"{indent}/// {line}\n" for line in lines)


def package(text):
    return re.search(r"^package ([\w.]+);", text, re.M).group(1)


def services(text):
    pattern = r"((?:^//[^\n]*\n)*)^service (\w+) \{(.*?)\n\}"
    for match in re.finditer(pattern, text, re.S | re.M):
        comment, name, body = match.groups()
        access = re.search(r"Access: (\w+)", comment)
        if not access or access.group(1) not in SCOPES:
            sys.exit(f"service {name}: its comment needs a line 'Access: tenant' or 'Access: oversight'")
        summary = " ".join(
            line.strip()[2:].strip() for line in comment.strip().splitlines() if "Access:" not in line)
        rpcs = []
        rpc_pattern = r"((?:[ \t]*//[^\n]*\n)*)[ \t]*rpc (\w+)\((\w+)\) returns \((stream )?(\w+)\)"
        for rpc in re.finditer(rpc_pattern, body):
            rpc_comment, method, request, stream, response = rpc.groups()
            rpcs.append((rpc_comment, method, request, bool(stream), response))
        yield name, access.group(1), summary, rpcs


def imports(example):
    return "public import RPC\npublic import SamarbeidAPI\n\n" if example else "public import RPC\n\n"


def methods_file(name, rpcs, pkg, example=False):
    out = [
        "public import RPC\n\n",
        f"/// The methods of `{pkg}.{name}`, with their message types.\n",
        f"public enum {name}Methods {{\n",
        f'  public static let service = "{pkg}.{name}"\n',
    ]
    for _, method, request, stream, response in rpcs:
        kind = "ServerStreamingMethod" if stream else "UnaryMethod"
        out.append(
            f"  public static let {lower_first(method)} = {kind}<{request}, {response}>(\n"
            f'    service: service, method: "{method}")\n')
    out.append("}\n")
    return "".join(out)


def api_file(name, access, summary, rpcs, pkg, example=False):
    requirements = []
    registrations = []
    for comment, method, request, stream, response in rpcs:
        function = lower_first(method)
        doc = doc_lines(comment, "  ")
        if stream:
            signature = (f"  func {function}(\n    _ request: {request}, writer: ResponseStreamWriter<{response}>,"
                         " scope: Scope\n  ) async throws")
        else:
            signature = f"  func {function}(_ request: {request}, scope: Scope) async throws -> {response}"
        requirements.append(doc + signature)
        registrations.append(f"    router.register({name}Methods.{function}, in: Scope.self, {function})")
    return (
        imports(example)
        + f"/// `{pkg}.{name}`: {summary}\n"
        "///\n"
        "/// One requirement per RPC, typed with its messages, so an implementation without a\n"
        "/// handler does not compile; who may call is the scope's access. Written by\n"
        "/// Tools/service_api.py from proto/.\n"
        f"public protocol {name}API: SamarbeidService {{\n"
        "  /// What each handler receives about its caller.\n"
        f"  associatedtype Scope: {SCOPES[access]}\n\n"
        + "\n\n".join(requirements)
        + "\n}\n\n"
        f"extension {name}API {{\n"
        f"  /// `{pkg}.{name}`.\n"
        f"  public static var serviceName: String {{ {name}Methods.service }}\n"
        "  /// The access of the scope the handlers take.\n"
        "  public static var access: ServiceAccess { Scope.access }\n\n"
        "  /// Registers every method with its handler.\n"
        "  public func register(with router: inout RPCRouter) {\n"
        + "\n".join(registrations)
        + "\n  }\n}\n")


def generated():
    files = {}
    sources = [(proto, ROOT / "Sources/SamarbeidAPI" / "".join(part.capitalize() for part in proto.stem.split("_")), False)
               for proto in sorted((ROOT / "proto/samarbeid/v1").glob("*.proto"))]
    sources += [(proto, ROOT / EXAMPLE[1], True) for proto in sorted((ROOT / EXAMPLE[0]).rglob("*.proto"))]
    for proto, folder, example in sources:
        text = proto.read_text()
        for name, access, summary, rpcs in services(text):
            files[folder / f"{name}Methods.swift"] = methods_file(name, rpcs, package(text), example)
            files[folder / f"{name}API.swift"] = api_file(name, access, summary, rpcs, package(text), example)
    return files


def formatted(files):
    with tempfile.TemporaryDirectory() as directory:
        paths = []
        for index, (target, text) in enumerate(sorted(files.items())):
            path = pathlib.Path(directory) / f"{index}-{target.name}"
            path.write_text(text)
            paths.append((target, path))
        subprocess.run(
            ["swift", "format", "format", "-i"]
            + [str(path) for _, path in paths], check=True)
        return {target: path.read_text() for target, path in paths}


def main():
    files = formatted(generated())
    if "--check" in sys.argv:
        stale = []
        for target, text in files.items():
            current = target.read_text() if target.exists() else ""
            if current != text:
                stale.append(target.relative_to(ROOT))
                sys.stdout.writelines(difflib.unified_diff(
                    current.splitlines(True), text.splitlines(True), str(target), "from proto/"))
        if stale:
            print("not what proto/ says (run python3 Tools/service_api.py):",
                  ", ".join(map(str, stale)))
            sys.exit(1)
        return
    for target, text in files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        print("wrote", target.relative_to(ROOT))


if __name__ == "__main__":
    main()
