import DomainValues
import SamarbeidAPI
import Storage
import Tenancy

/// The example module: its service, its table and its migration. Registered by adding
/// `NotesModule.self` to the application's modules.
enum NotesModule: DomainModule {
  static var services: [any SamarbeidService] { [NotesService()] }

  static func addMigrations(to schema: inout StoreSchema) {
    schema.add(
      "notes-v1",
      [
        .createRecordTable(
          NoteTable.table.table,
          columns: [ColumnDefinition(NoteTable.title), ColumnDefinition(NoteTable.createdAt)]),
        .createIndex("notes_by_title", on: NoteTable.table.table, ["title", "id"]),
      ])
    schema.declare(NoteTable.table)
  }
}

/// The notes table: each note's bytes, version and the columns searched.
enum NoteTable {
  static let title = Column<String>("title")
  static let createdAt = Column<String>("created_at")
  static let table = RecordTable<Note>(
    "notes", noun: "note", kind: "not",
    columns: [RecordColumn(title) { $0.title }, RecordColumn(createdAt) { $0.createdAt }])
}

/// `samarbeid.notes.v1.Notes`: every handler gets the caller's tenant and nothing else.
struct NotesService: NotesAPI {
  typealias Scope = TenantScope

  func createNote(_ request: CreateNoteRequest, scope: TenantScope) async throws -> Note {
    var note = Note()
    note.title = try Field.text(
      request.note?.title ?? "", field: "note.title", maximum: 200, required: true)
    note.body = try Field.text(request.note?.body ?? "", field: "note.body", maximum: 10_000)
    note.id = scope.newRecordID(kind: NoteTable.table.kind)
    note.createdAt = CivilTime.now()
    note.updatedAt = note.createdAt
    return try await scope.create(note, id: note.id, in: NoteTable.table, request: request)
  }

  func updateNote(_ request: UpdateNoteRequest, scope: TenantScope) async throws -> Note {
    let id = request.note?.id ?? ""
    _ = try await NoteTable.table.existing(id, scope: scope)
    let title = try Field.text(
      request.note?.title ?? "", field: "note.title", maximum: 200, required: true)
    let body = try Field.text(request.note?.body ?? "", field: "note.body", maximum: 10_000)
    return try await scope.change(
      id, in: NoteTable.table, expectedVersion: request.expectedVersion, request: request
    ) { note, _ in
      note.title = title
      note.body = body
    }
  }

  func getNote(_ request: GetNoteRequest, scope: TenantScope) async throws -> Note {
    try await NoteTable.table.existing(request.id, scope: scope)
  }

  func listNotes(_ request: ListNotesRequest, scope: TenantScope) async throws
    -> ListNotesResponse
  {
    let page = try await NoteTable.table.page(
      .all, orderedBy: NoteTable.title, position: { ($0.title, $0.id) },
      page: try PageRequest(size: request.pageSize, token: request.pageToken), scope: scope)
    var response = ListNotesResponse()
    response.notes = page.records
    response.nextPageToken = page.nextPageToken
    return response
  }
}
