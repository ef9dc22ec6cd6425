public import Foundation

/// The executables of the configuration the running tests were built in: they sit beside the
/// test binary (`.build/debug` for `swift test`, `.build/release` for `make test`), so a test
/// drives the server and the tools built with it, never a stale build of the other one.
public enum BuiltProducts {
  /// The directory of the running test binary.
  public static let directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent()

  /// The path of the executable product `name` of this configuration.
  public static func path(_ name: String) -> String {
    directory.appendingPathComponent(name).path
  }
}
