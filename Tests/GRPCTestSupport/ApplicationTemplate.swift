import Foundation
import Logging
import PostgresStorage
import SamarbeidApp
import StoreTestSupport
import Tenancy

/// On PostgreSQL, the database an ``ApplicationServer`` with the standard modules starts
/// from: made once per test process by a start-up on an empty database (every tenant of
/// certs/tenants.txt registered and its store migrated, which is most of a start's work),
/// then copied for each server (`CREATE DATABASE ... TEMPLATE`). The copy's stores are
/// taken over by its own roles at start-up, as a renamed or restored database's are. It
/// stays until the test cluster is thrown away (`Tools/test-postgres.sh stop`).
enum ApplicationTemplate {
  private static let made = Task<String, any Error> {
    let place = try await TestStores.fresh(.postgres)
    var logger = Logger(label: "test.template")
    logger.logLevel = .critical
    let application = try await SamarbeidApplication(
      store: place.storeLocation, tenantsFile: TestCertificates.tenantsFilePath,
      modules: SamarbeidApplication.modules, logger: logger)
    await application.close()
    return place.database!.database
  }

  /// The template's name, once it is made.
  static var database: String {
    get async throws { try await made.value }
  }

  /// Whether a server with `modules` can start from the template: only with the standard
  /// ones (other modules' migrations differ).
  static func fits(_ modules: [any DomainModule.Type]) -> Bool {
    modules.map { ObjectIdentifier($0) }
      == SamarbeidApplication.modules.map { ObjectIdentifier($0) }
  }
}
