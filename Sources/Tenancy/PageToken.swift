public import DomainValues
internal import Foundation

/// Opaque list positions: the sort key and id of the last record of a page, hex-encoded.
/// Pages continue after that position, so records added meanwhile neither repeat nor skip
/// the ones already listed.
public enum PageToken {
  /// The token after the record with `key` and `id`.
  public static func encode(key: String, id: String) -> String {
    Array((key + "\u{1F}" + id).utf8).map { String(format: "%02x", $0) }.joined()
  }

  /// The position a token names; nil for the first page.
  /// - Throws: ``DomainError`` (INVALID_ARGUMENT) for a token this service did not issue.
  public static func decode(_ token: String) throws(DomainError) -> (key: String, id: String)? {
    guard !token.isEmpty else { return nil }
    let hex = Array(token.utf8)
    guard hex.count.isMultiple(of: 2) else { throw invalid }
    var bytes: [UInt8] = []
    for index in stride(from: 0, to: hex.count, by: 2) {
      guard let byte = UInt8(String(decoding: hex[index..<index + 2], as: UTF8.self), radix: 16)
      else {
        throw invalid
      }
      bytes.append(byte)
    }
    let parts = String(decoding: bytes, as: UTF8.self).split(
      separator: "\u{1F}", omittingEmptySubsequences: false)
    guard parts.count == 2 else { throw invalid }
    return (String(parts[0]), String(parts[1]))
  }

  static var invalid: DomainError {
    .invalid("page_token", "page_token is not one this service issued; send it back unchanged")
  }
}
