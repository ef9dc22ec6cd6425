internal import COpenSSL

/// AES-128 on single 16-byte blocks (OpenSSL's libcrypto), for opaque identifiers: one
/// block in, one block out, nothing to pad and no IV, a pseudorandom permutation per key.
///
/// `@unchecked Sendable`: only the immutable key is stored; every call makes its own
/// cipher context.
public final class BlockCipher: @unchecked Sendable {
  private let key: [UInt8]

  /// A cipher with a 16-byte `key`.
  public init(key: [UInt8]) {
    precondition(key.count == 16, "AES-128 needs a 16-byte key")
    self.key = key
  }

  /// `block` (16 bytes) encrypted.
  public func encrypt(_ block: [UInt8]) -> [UInt8] { crypt(block, encrypt: true) }

  /// `block` (16 bytes) decrypted.
  public func decrypt(_ block: [UInt8]) -> [UInt8] { crypt(block, encrypt: false) }

  private func crypt(_ block: [UInt8], encrypt: Bool) -> [UInt8] {
    precondition(block.count == 16, "AES works on 16-byte blocks")
    guard let context = EVP_CIPHER_CTX_new() else {
      fatalError("EVP_CIPHER_CTX_new failed: out of memory")
    }
    defer { EVP_CIPHER_CTX_free(context) }
    precondition(
      EVP_CipherInit_ex(context, EVP_aes_128_ecb(), nil, key, nil, encrypt ? 1 : 0) == 1,
      "AES-128 is unavailable")
    EVP_CIPHER_CTX_set_padding(context, 0)
    var output = [UInt8](repeating: 0, count: 32)
    var length: Int32 = 0
    _ = EVP_CipherUpdate(context, &output, &length, block, 16)
    return Array(output.prefix(16))
  }
}
