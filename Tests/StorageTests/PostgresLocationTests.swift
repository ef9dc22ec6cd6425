import PostgresStorage
import Storage
import Testing

/// `--store` for PostgreSQL: any connection string libpq reads (read by libpq itself), the
/// password kept apart, and what each refusal says.
@Suite("PostgreSQL connection strings") struct PostgresLocationTests {
  @Test("URIs and key=value pairs; several hosts; TLS checked; the password kept apart")
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
      url: "postgresql://app@[::1]/national?sslmode=verify-full&sslrootcert=/etc/db-ca.pem",
      password: nil)
    #expect(tls.host == "::1")
    #expect(tls.port == 5432)
    #expect(tls.requireTLS)
    #expect(tls.parameters["sslrootcert"] == "/etc/db-ca.pem")
    #expect("\(tls)" == "postgres://app@[::1]:5432/national?sslmode=verify-full")
    // A primary and its standby: libpq takes whichever accepts writes.
    let failover = try PostgresLocation(
      url: "postgres://app@db1:5432,db2:5433/samarbeid?target_session_attrs=read-write",
      password: nil)
    #expect(failover.host == "db1")
    #expect(failover.parameters["host"] == "db1,db2")
    #expect(
      "\(failover)"
        == "postgres://app@db1:5432,db2:5433/samarbeid?target_session_attrs=read-write")
    let pairs = try PostgresLocation(
      url: "host=db1,db2 port=5432,5433 dbname=samarbeid user=app target_session_attrs=read-write",
      password: nil)
    #expect(pairs.parameters["host"] == "db1,db2" && pairs.database == "samarbeid")
  }

  @Test(
    "refusals name what is wrong and what is allowed, never the password",
    arguments: [
      ("mysql://a@b/c", "is not a PostgreSQL connection string"),
      ("postgres://a:secret@b/c", "holds a password: give it in PGPASSWORD"),
      ("postgres://b/c", "needs a user, a host and a database"),
      ("postgres://a@b/c?password=secret", "holds a password"),
      ("host=b dbname=c user=a password=secret", "holds a password"),
      ("postgres://a@b/c?nosuchparameter=1", "not a connection string libpq reads"),
      ("host=b dbname=c user=a sslmode=sometimes", "sslmode"),
    ])
  func refuses(url: String, message: String) {
    do {
      let location = try PostgresLocation(url: url, password: nil)
      // libpq checks some values (sslmode) only when it connects.
      #expect(url.contains("sslmode"), "\(url) was accepted as \(location)")
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
      #expect(!error.message.contains("secret"))
    }
  }
}
