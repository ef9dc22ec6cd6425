/// The version of Samarbeid's programs (`samarbeid --version`, `samarbeid-server --version`,
/// `samarbeid-load --version`) and of the client's `user-agent`.
public enum ProductVersion {
  /// Semantic version: the API in proto/ and the CLI's JSON (docs/cli-json.schema.json) change
  /// compatibly within a major version (2.0: the CLI's JSON got its schema, null for absent).
  public static let current = "2.0.0"
}
