import ArgumentParser
import ClientOptions
import Foundation

/// The configuration file as `samarbeid config` writes it: `{"profile": NAME, "profiles":
/// {NAME: {"address": ..., "ca": ..., "cert": ..., "key": ..., "serverName": ..., "tenant":
/// ...}}}`, readable by its owner only (it names keys).
struct ProfileFile {
  let path: String
  var current: String?
  var profiles: [String: [String: String]]

  /// The file `flag` names, else SAMARBEID_CONFIG, else the default.
  static func path(_ flag: String?) -> String {
    ClientSettings.configurationFile(flag: flag).value
  }

  /// The file at `path` (empty when it does not exist).
  /// - Throws: ``ValidationError`` when it exists and is not such a file.
  init(path: String) throws {
    self.path = path
    guard let data = FileManager.default.contents(atPath: path) else {
      profiles = [:]
      return
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw ValidationError("\(path) is not a JSON object; fix or remove it")
    }
    current = object["profile"] as? String
    let stored = object["profiles"] as? [String: Any] ?? [:]
    profiles = stored.compactMapValues { $0 as? [String: String] }
  }

  /// Writes the file (and its directory), owner read-write only.
  func write() throws {
    var object: [String: Any] = ["profiles": profiles]
    if let current { object["profile"] = current }
    let data = try JSONSerialization.data(
      withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    let directory = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
      guard
        FileManager.default.createFile(
          atPath: path, contents: data + Data("\n".utf8), attributes: [.posixPermissions: 0o600])
      else { throw CocoaError(.fileWriteUnknown) }
    } catch {
      throw ValidationError("cannot write \(path): \(error.localizedDescription)")
    }
  }
}
