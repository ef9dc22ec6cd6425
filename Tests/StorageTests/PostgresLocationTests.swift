import PostgresStorage
import Storage
import Testing

/// `--store postgres://...`: what is accepted, and what each refusal says.
@Suite("PostgreSQL store URL") struct PostgresLocationTests {
  @Test("user, host, port, database and sslmode; IPv6 hosts; the password kept apart")
  func parses() throws {
    let plain = try PostgresLocation(
      url: "postgres://samarbeid@db.example:6432/samarbeid", password: "s")
    #expect(plain.username == "samarbeid")
    #expect(plain.host == "db.example")
    #expect(plain.port == 6432)
    #expect(plain.database == "samarbeid")
    #expect(plain.password == "s")
    #expect(!plain.requireTLS)
    #expect("\(plain)" == "postgres://samarbeid@db.example:6432/samarbeid")
    let tls = try PostgresLocation(
      url: "postgresql://app@[::1]/national?sslmode=require", password: nil)
    #expect(tls.host == "::1")
    #expect(tls.port == 5432)
    #expect(tls.requireTLS)
    #expect("\(tls)" == "postgres://app@[::1]:5432/national?sslmode=require")
  }

  @Test(
    "refusals name what is wrong and what is allowed",
    arguments: [
      ("mysql://a@b/c", "is not a PostgreSQL URL"),
      (
        "postgres://a:secret@b/c",
        "holds a password: give it in PGPASSWORD or --store-password-file"
      ),
      ("postgres://b/c", "needs a user and a database"),
      ("postgres://a@b:99999/c", "1 to 65535"),
      ("postgres://a@b/c?sslmode=verify-full", "only sslmode=disable|require"),
      ("postgres://a@b/c?password=secret", "has parameter password (or a value of it) not allowed"),
      ("postgres://a:p@ssecret@b/c", "holds a password"),
      ("postgres://a@/c", "needs a user, host and database"),
    ])
  func refuses(url: String, message: String) {
    do {
      _ = try PostgresLocation(url: url, password: nil)
      Issue.record("\(url) was accepted")
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
      #expect(!error.message.contains("secret"))
    }
  }
}
