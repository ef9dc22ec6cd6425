public import RPC
public import SamarbeidAPI

/// `samarbeid.notes.v1.Notes`: Notes of the caller's municipality.
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol NotesAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: TenantCallScope

  /// Records a note. INVALID_ARGUMENT for an empty title or one over 200 characters.
  func createNote(_ request: CreateNoteRequest, scope: Scope) async throws -> Note

  /// Changes a note's title and body. ABORTED when expected_version is not the note's.
  func updateNote(_ request: UpdateNoteRequest, scope: Scope) async throws -> Note

  /// A note. NOT_FOUND for another municipality's.
  func getNote(_ request: GetNoteRequest, scope: Scope) async throws -> Note

  /// The notes by title (see samarbeid/v1/common.proto on paging).
  func listNotes(_ request: ListNotesRequest, scope: Scope) async throws -> ListNotesResponse
}

extension NotesAPI {
  /// `samarbeid.notes.v1.Notes`.
  public static var serviceName: String { NotesMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(NotesMethods.createNote, in: Scope.self, createNote)
    router.register(NotesMethods.updateNote, in: Scope.self, updateNote)
    router.register(NotesMethods.getNote, in: Scope.self, getNote)
    router.register(NotesMethods.listNotes, in: Scope.self, listNotes)
  }
}
