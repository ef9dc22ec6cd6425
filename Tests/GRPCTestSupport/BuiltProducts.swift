public import Foundation

/// The executables of the configuration the running tests were built in: they sit beside the
/// test binary (`.build/<triple>/debug` for `swift test`, `.build/<triple>/release` for
/// `make test`), so a test drives the server and the tools built with it, never a stale build
/// of the other configuration.
public enum BuiltProducts {
  /// The directory of the running test binary.
  public static let directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent()

  /// The path of the executable product `name` of this configuration.
  public static func path(_ name: String) -> String {
    directory.appendingPathComponent(name).path
  }

  /// The path of the release build of `name` in the same build directory (what the real
  /// clients drive whatever the tests' configuration).
  public static func releasePath(_ name: String) -> String {
    directory.deletingLastPathComponent().appendingPathComponent("release")
      .appendingPathComponent(name).path
  }

  /// What to say when an executable is missing.
  public static let missing =
    "build first: swift build --build-tests (make test builds with -c release)"
}
