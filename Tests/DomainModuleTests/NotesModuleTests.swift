import Foundation
import GRPCTestSupport
import Logging
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidApp
import SamarbeidClient
import Storage
import Tenancy
import Testing

/// The example module registered the one way a module is: added to the application's
/// modules. Then everything the platform gives a module works for it, from outside.
@Suite("A domain module added with one line: the Notes example")
struct NotesModuleTests {
  static func withClients<Result>(
    _ body: (_ oslo: GRPCClient, _ bergen: GRPCClient) async throws -> Result
  ) async throws -> Result {
    try await ApplicationServer.with(modules: SamarbeidApplication.modules + [NotesModule.self]) {
      server in
      var logger = Logger(label: "test.notes")
      logger.logLevel = .critical
      let oslo = try GRPCClient(
        configuration: ClientFixture.configuration(port: server.port, identity: "kommune-0301"),
        logger: logger)
      let bergen = try GRPCClient(
        configuration: ClientFixture.configuration(port: server.port, identity: "kommune-4601"),
        logger: logger)
      defer { Task { await oslo.close() } }
      defer { Task { await bergen.close() } }
      return try await body(oslo, bergen)
    }
  }

  static func create(_ title: String, on client: GRPCClient, key: String? = nil) async throws
    -> Note
  {
    var request = CreateNoteRequest()
    var note = Note()
    note.title = title
    note.body = "Møte med foreningene"
    request.note = note
    var metadata = Metadata()
    if let key { metadata.add("idempotency-key", key) }
    return try await client.unary(NotesMethods.createNote, request: request, metadata: metadata)
      .message
  }

  @Test("create, read, change with versions, page, once per idempotency key")
  func lifecycle() async throws {
    try await Self.withClients { oslo, _ in
      let first = try await Self.create("Dialogmøte mars", on: oslo, key: "note-1")
      let retried = try await Self.create("Dialogmøte mars", on: oslo, key: "note-1")
      #expect(first.version == 1 && retried == first)
      for index in 0..<4 { _ = try await Self.create("Notat \(index)", on: oslo) }

      var update = UpdateNoteRequest()
      var changed = first
      changed.title = "Dialogmøte april"
      update.note = changed
      update.expectedVersion = 1
      let updated = try await oslo.unary(NotesMethods.updateNote, request: update).message
      #expect(updated.version == 2 && updated.title == "Dialogmøte april")
      let stale = await refusal {
        _ = try await oslo.unary(NotesMethods.updateNote, request: update)
      }
      #expect(stale?.code == .aborted)
      #expect(stale?.message.contains("is at version 2, the request named 1") == true)

      var list = ListNotesRequest()
      list.pageSize = 2
      let titles = try await oslo.all(NotesMethods.listNotes, list, items: \.notes).map(\.title)
      #expect(titles == titles.sorted() && titles.count == 5)
    }
  }

  @Test("bad input is INVALID_ARGUMENT naming the field; another municipality's note is NOT_FOUND")
  func boundaries() async throws {
    try await Self.withClients { oslo, bergen in
      let empty = await refusal { _ = try await Self.create("  ", on: oslo) }
      #expect(empty?.code == .invalidArgument)
      #expect(empty?.message == "note.title is required")
      let long = await refusal {
        _ = try await Self.create(String(repeating: "x", count: 201), on: oslo)
      }
      #expect(long?.message == "note.title must be at most 200 characters")

      let osloNote = try await Self.create("Bare Oslo", on: oslo)
      var get = GetNoteRequest()
      get.id = osloNote.id
      let foreign = await refusal { _ = try await bergen.unary(NotesMethods.getNote, request: get) }
      #expect(foreign?.code == .notFound)
      #expect(try await oslo.unary(NotesMethods.getNote, request: get).message == osloNote)
    }
  }

  @Test("its changes reach the audit log and the tenant's change feed")
  func auditAndChanges() async throws {
    try await Self.withClients { oslo, _ in
      let note = try await Self.create("Til endringsstrømmen", on: oslo)
      var audit = ListAuditEventsRequest()
      audit.entityID = note.id
      let events = try await oslo.all(AuditLogMethods.listAuditEvents, audit, items: \.events)
      #expect(events.map(\.entityType) == [Note.protoMessageName])

      var watch = WatchChangesRequest()
      watch.entityTypes = [Note.protoMessageName]
      let first = try await oslo.serverStreaming(
        ChangesMethods.watchChanges, request: watch, options: CallOptions(timeout: .seconds(10))
      ) { changes -> Change? in
        for try await change in changes { return change }
        return nil
      }
      #expect(first?.entityID == note.id)
      #expect(try first.map { try Note(serializedBytes: $0.entity, limits: .default) } == note)
    }
  }

  @Test("a module whose migration lacks a declared column stops start-up, naming it")
  func undeclaredColumn() throws {
    var schema = StoreSchema()
    schema.add(
      "notes-v1",
      [.createRecordTable(NoteTable.table.table, columns: [ColumnDefinition(NoteTable.title)])])
    schema.declare(NoteTable.table)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID())")
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path.path + suffix)
      }
    }
    var logger = Logger(label: "test.notes")
    logger.logLevel = .critical
    #expect {
      _ = try SQLiteStore(path: path.path, schema: schema, logger: logger)
    } throws: { error in
      (error as? StorageError)?.message.hasSuffix(
        "no migration adds column(s) created_at of table notes") == true
    }
  }
}

/// The error of a call expected to fail.
func refusal(_ call: () async throws -> Void) async -> RPCError? {
  do {
    try await call()
    return nil
  } catch {
    return error as? RPCError
  }
}
