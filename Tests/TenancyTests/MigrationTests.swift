import DomainValues
import Foundation
import GRPCTestSupport
import Logging
import ProtoWire
import SamarbeidAPI
import SamarbeidApp
import Storage
import StoreTestSupport
import Tenancy
import Testing

/// Databases are created from nothing, and older ones are brought up to date with their data.
@Suite("Schema migrations") struct MigrationTests {
  static var logger: Logger {
    var logger = Logger(label: "test.migrations")
    logger.logLevel = .critical
    return logger
  }

  @Test(
    "an empty store gets the registry and every tenant database at the latest version",
    arguments: TestStores.kinds)
  func fromEmpty(store: StoreKind) async throws {
    let place = try await TestStores.fresh(store)
    let application = try await SamarbeidApplication(
      store: place.storeLocation, tenantsFile: TestCertificates.tenantsFilePath,
      logger: Self.logger)
    #expect(
      try await application.registry.store.appliedMigrations() == [
        "store-v1", "store-v2", "registry-v1", "registry-v2", "registry-v3", "registry-v4",
      ])
    let oslo = try #require(application.registry.tenant(number: "0301", on: CivilTime.today()))
    let store = try await application.stores.store(for: oslo.id)
    #expect(try await store.appliedMigrations() == SamarbeidApplication.tenantSchema.versions)
    #expect(SamarbeidApplication.tenantSchema.versions.contains("organisations-v2"))
    await application.close()
    await place.remove()
  }

  @Test("a tenant database at the previous version is migrated on start-up and keeps its records")
  func fromPrevious() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "migrate-\(UUID())")
    defer { try? FileManager.default.removeItem(at: directory) }
    // Register the tenants, then replace Oslo's database by one at the previous version.
    let osloID: String
    do {
      let application = try await SamarbeidApplication(
        dataDirectory: directory.path, tenantsFile: TestCertificates.tenantsFilePath,
        logger: Self.logger)
      osloID = try #require(application.registry.tenant(number: "0301", on: CivilTime.today())).id
      await application.close()
    }
    let path = directory.appendingPathComponent("tenants/\(osloID).sqlite").path
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
    var voluntary = Organisation()
    voluntary.id = "org_0123456789abcdefghjkmnpqrs"
    voluntary.organisasjonsnummer = "123456785"
    voluntary.name = "Frivillig forening"
    voluntary.kind = .voluntaryOrganisation
    voluntary.version = 1
    let record = voluntary
    do {
      let previous = try SQLiteStore(
        path: path, schema: SamarbeidApplication.tenantSchema.upTo("organisations-v1"),
        logger: Self.logger)
      #expect(try await previous.appliedMigrations().last == "organisations-v1")
      // Written as the previous version did: without the kind column.
      try await previous.write { store in
        try store.insert(
          into: Table("organisations"),
          [
            Column<String>("id")(record.id),
            Column<String>("organisasjonsnummer")(record.organisasjonsnummer),
            Column<String>("name")(record.name),
            Column<[UInt8]>("data")(record.serializedBytes()), Column<Int64>("version")(1),
            Column<String>("created_at")("2026-01-01T00:00:00Z"),
            Column<String>("updated_at")("2026-01-01T00:00:00Z"),
          ])
      }
      await previous.close()
    }

    // Start-up migrates it; the record is served and its kind filled in.
    let server = try await ApplicationServer(dataDirectory: directory, store: .sqlite)
    do {
      let store = try await server.application.stores.store(for: osloID)
      #expect(try await store.appliedMigrations() == SamarbeidApplication.tenantSchema.versions)
      let kind = try await store.read { store in
        try store.first(
          ["kind"], from: Table("organisations"), where: Column<String>("id") == record.id
        ).map { try $0(Column<Int32>("kind")) }
      }
      #expect(kind == OrganisationKind.voluntaryOrganisation.protoValue)
      let fetched = try await Clients.with(port: server.port, ["kommune-0301"]) { clients in
        try await clients["kommune-0301"].getOrganisation(record.id)
      }
      #expect(fetched == record)
    } catch {
      await server.stop()
      throw error
    }
    await server.stop()
  }
}
