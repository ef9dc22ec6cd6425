internal import Foundation
public import Storage
internal import TLS

/// Identifiers of records: `<kind>_` and 26 base32 characters that reveal neither the
/// tenant nor a sequence. They are one AES block holding the tenant's ordinal and 96 random
/// bits, encrypted with the deployment's key, so only the server can tell whose record an
/// identifier names: a request for another tenant's record is answered NOT_FOUND like one
/// for a record that never existed, and is also logged and counted.
public final class RecordIDs: Sendable {
  static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
  private let cipher: BlockCipher

  /// Identifiers under the 16-byte `key`.
  public init(key: [UInt8]) {
    cipher = BlockCipher(key: key)
  }

  /// The deployment's key, kept in the registry `store`: made (random) by the first server
  /// that needs it, or taken from `legacyFile` (where SQLite deployments kept it before) when
  /// that exists. Every server sharing the registry reads the same.
  /// - Throws: when the store fails, or the file does not hold 16 bytes.
  public static func key(in store: any RecordStore, legacyFile: String?) async throws -> [UInt8] {
    typealias Keys = RegistrySchema.DeploymentKeys
    let name = "record-ids"
    let stored = try await store.read { store in
      try store.first([Keys.value.name], from: Keys.table, where: Keys.name == name).map {
        try $0(Keys.value)
      }
    }
    if let stored {
      guard stored.count == 16 else {
        throw StorageError(.corrupt, "the stored record-identifier key is not 16 bytes")
      }
      return stored
    }
    var key: [UInt8]
    if let legacyFile, FileManager.default.fileExists(atPath: legacyFile) {
      key = try Self.key(at: legacyFile)
    } else {
      var generator = SystemRandomNumberGenerator()
      key = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
    let candidate = key
    // Another server may have stored one meanwhile: the first stored wins, for everyone.
    key = try await store.write { store in
      if let existing = try store.first(
        [Keys.value.name], from: Keys.table, where: Keys.name == name)
      {
        return try existing(Keys.value)
      }
      try store.insert(into: Keys.table, [Keys.name(name), Keys.value(candidate)])
      return candidate
    }
    guard key.count == 16 else {
      throw StorageError(.corrupt, "the stored record-identifier key is not 16 bytes")
    }
    // Beside SQLite's files the key stays in its file as well, so that the previous version
    // (which reads only the file) still resolves every identifier after a rollback.
    if let legacyFile, !FileManager.default.fileExists(atPath: legacyFile) {
      _ = FileManager.default.createFile(
        atPath: legacyFile, contents: Data(key), attributes: [.posixPermissions: 0o600])
    }
    return key
  }

  /// The key in `path`, made (random, readable by the owner only) when missing.
  /// - Throws: when the file cannot be read or written, or does not hold 16 bytes.
  public static func key(at path: String) throws -> [UInt8] {
    if let data = FileManager.default.contents(atPath: path) {
      guard data.count == 16 else { throw KeyFileError(path: path) }
      return [UInt8](data)
    }
    var generator = SystemRandomNumberGenerator()
    let key = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(key), attributes: [.posixPermissions: 0o600])
    else { throw KeyFileError(path: path) }
    return key
  }

  /// A new identifier for a record of `kind` (e.g. `org`) in the tenant numbered `ordinal`.
  public func make(kind: String, tenantOrdinal ordinal: Int) -> String {
    var generator = SystemRandomNumberGenerator()
    var block = withUnsafeBytes(of: UInt32(truncatingIfNeeded: ordinal).bigEndian) { Array($0) }
    block += (0..<12).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    return kind + "_" + Self.base32(cipher.encrypt(block))
  }

  /// The ordinal of the tenant a record identifier of `kind` belongs to; nil when it is not
  /// one this deployment made.
  public func tenantOrdinal(of identifier: String, kind: String) -> Int? {
    let prefix = kind + "_"
    guard identifier.hasPrefix(prefix),
      let bytes = Self.decodeBase32(identifier.utf8.dropFirst(prefix.utf8.count))
    else { return nil }
    let block = cipher.decrypt(bytes)
    return Int(block[0..<4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
  }

  /// A new tenant identifier, `t-` and 10 random characters.
  static func newTenantID() -> String {
    var generator = SystemRandomNumberGenerator()
    return "t-"
      + String(decoding: (0..<10).map { _ in alphabet[Int(generator.next() % 32)] }, as: UTF8.self)
  }

  /// 16 bytes as 26 lowercase base32 characters (Crockford's alphabet, no padding).
  static func base32(_ bytes: [UInt8]) -> String {
    var value = bytes.reduce((0 as UInt128)) { $0 << 8 | UInt128($1) }
    var characters = [UInt8](repeating: 0, count: 26)
    for index in (0..<26).reversed() {
      characters[index] = alphabet[Int(value & 31)]
      value >>= 5
    }
    return String(decoding: characters, as: UTF8.self)
  }

  static func decodeBase32(_ text: some Collection<UInt8>) -> [UInt8]? {
    // 26 characters hold 130 bits: the top two are zero, so the first character is below 8.
    guard text.count == 26, let first = text.first, let top = alphabet.firstIndex(of: first),
      top < 8
    else {
      return nil
    }
    var value: UInt128 = 0
    for character in text {
      guard let digit = alphabet.firstIndex(of: character) else { return nil }
      value = value << 5 | UInt128(digit)
    }
    return (0..<16).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt128($0))) }
  }
}

/// The record-identifier key file is unusable.
public struct KeyFileError: Error, CustomStringConvertible {
  public var path: String
  public var description: String {
    "the key file \(path) cannot be read or written, or does not hold 16 bytes"
  }
}
