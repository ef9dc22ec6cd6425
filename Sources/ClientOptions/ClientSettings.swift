internal import Configuration
public import Foundation
internal import SystemPackage

/// What a client tool connects with, and where each value came from: a flag, an environment
/// variable (`SAMARBEID_ADDRESS`, `SAMARBEID_CERT`, ...), the chosen profile of the
/// configuration file, or the built-in default, highest first. Paths a file names are read
/// from the file's directory; paths given by a flag or variable, from the current one.
public struct ClientSettings: Sendable {
  /// One setting.
  public enum Key: String, CaseIterable, Sendable {
    case address, serverName, ca, cert, key, tenant

    /// The flag that sets it.
    public var flag: String {
      switch self {
      case .serverName: "--server-name"
      default: "--\(rawValue)"
      }
    }

    /// The environment variable that sets it.
    public var variable: String {
      switch self {
      case .serverName: "SAMARBEID_SERVER_NAME"
      default: "SAMARBEID_\(rawValue.uppercased())"
      }
    }

    /// Whether it names a file.
    var isPath: Bool { [.ca, .cert, .key].contains(self) }
  }

  /// A value and where it came from, e.g. `profile imdi in /home/a/.config/samarbeid/config.json`.
  public struct Setting: Sendable, Equatable {
    public let value: String
    public let source: String
  }

  /// The configuration file read (it need not exist) and where its path came from.
  public let file: Setting
  /// The profile used, if any, and where its name came from.
  public let profile: Setting?
  /// The profiles the file defines.
  public let profiles: [String]
  /// Each setting that has a value.
  public let values: [Key: Setting]

  /// The value of `key`, or nil.
  public subscript(_ key: Key) -> String? { values[key]?.value }

  /// The configuration file when neither `--config` nor `SAMARBEID_CONFIG` names one:
  /// `$XDG_CONFIG_HOME/samarbeid/config.json`, else `~/.config/samarbeid/config.json`.
  public static func defaultFile(environment: [String: String]) -> String {
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
    return base + "/samarbeid/config.json"
  }

  /// The configuration file `--config` names, else SAMARBEID_CONFIG, else the default, and
  /// where that came from.
  public static func configurationFile(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    directory: String = FileManager.default.currentDirectoryPath
  ) -> Setting {
    if let flag {
      Setting(value: absolute(flag, from: directory), source: "flag --config")
    } else if let path = environment["SAMARBEID_CONFIG"], !path.isEmpty {
      Setting(value: absolute(path, from: directory), source: "environment SAMARBEID_CONFIG")
    } else {
      Setting(value: defaultFile(environment: environment), source: "built-in default")
    }
  }

  /// Resolves the settings from `flags` (those given), `environment` and the configuration
  /// file, over `defaults`.
  /// - Throws: ``ClientSettingsError`` when the file is not valid JSON, or names no such
  ///   profile.
  public static func resolve(
    flags: [Key: String], configFlag: String?, profileFlag: String?,
    defaults: [Key: String], environment: [String: String] = ProcessInfo.processInfo.environment,
    directory: String = FileManager.default.currentDirectoryPath
  ) async throws -> ClientSettings {
    let file = configurationFile(flag: configFlag, environment: environment, directory: directory)
    let reader: ConfigReader
    do {
      reader = ConfigReader(
        provider: try await FileProvider<JSONSnapshot>(
          filePath: FilePath(file.value), allowMissing: true))
    } catch {
      throw ClientSettingsError("the configuration file \(file.value) is not valid JSON: \(error)")
    }
    let variables = ConfigReader(
      provider: EnvironmentVariablesProvider(
        environmentVariables: environment.filter { $0.key.hasPrefix("SAMARBEID_") }))
    let profile: Setting? =
      if let profileFlag {
        Setting(value: profileFlag, source: "flag --profile")
      } else if let name = variables.string(forKey: "samarbeid.profile") {
        Setting(value: name, source: "environment SAMARBEID_PROFILE")
      } else if let name = reader.string(forKey: "profile") {
        Setting(value: name, source: "\"profile\" in \(file.value)")
      } else {
        nil
      }
    let profiles = Self.profileNames(file: file.value)
    if let profile, !profiles.contains(profile.value) {
      throw ClientSettingsError(
        "no profile \"\(profile.value)\" (from \(profile.source)) in \(file.value); "
          + (profiles.isEmpty
            ? "it has none: add one with samarbeid config set-profile, or samarbeid config init"
            : "it has \(profiles.joined(separator: ", "))"))
    }
    let fileDirectory = (file.value as NSString).deletingLastPathComponent
    var values: [Key: Setting] = [:]
    for key in Key.allCases {
      if let value = flags[key] {
        values[key] = Setting(
          value: key.isPath ? absolute(value, from: directory) : value, source: "flag \(key.flag)")
      } else if let value = variables.string(forKey: ConfigKey(["samarbeid", key.rawValue])),
        !value.isEmpty
      {
        values[key] = Setting(
          value: key.isPath ? absolute(value, from: directory) : value,
          source: "environment \(key.variable)")
      } else if let profile,
        let value = reader.string(forKey: ConfigKey(["profiles", profile.value, key.rawValue]))
      {
        values[key] = Setting(
          value: key.isPath ? absolute(value, from: fileDirectory) : value,
          source: "profile \(profile.value) in \(file.value)")
      } else if let value = defaults[key] {
        values[key] = Setting(
          value: key.isPath ? absolute(value, from: directory) : value,
          source: "built-in default")
      }
    }
    return ClientSettings(file: file, profile: profile, profiles: profiles, values: values)
  }

  /// The names of the profiles `file` defines (none when it does not exist).
  static func profileNames(file: String) -> [String] {
    guard let data = FileManager.default.contents(atPath: file),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let profiles = object["profiles"] as? [String: Any]
    else { return [] }
    return profiles.keys.sorted()
  }

  /// `path` from `directory` when it is relative (`~/` is the home directory).
  public static func absolute(_ path: String, from directory: String) -> String {
    if path.hasPrefix("/") { return path }
    if path.hasPrefix("~/") { return NSHomeDirectory() + path.dropFirst() }
    return ((directory as NSString).appendingPathComponent(path) as NSString).standardizingPath
  }
}

/// A configuration that cannot be used, said so that the operator knows what to change.
public struct ClientSettingsError: Error, CustomStringConvertible, Sendable {
  public let description: String

  public init(_ description: String) { self.description = description }
}
