public import RPC

/// The methods of `samarbeid.notes.v1.Notes`, with their message types.
public enum NotesMethods {
  public static let service = "samarbeid.notes.v1.Notes"
  public static let createNote = UnaryMethod<CreateNoteRequest, Note>(
    service: service, method: "CreateNote")
  public static let updateNote = UnaryMethod<UpdateNoteRequest, Note>(
    service: service, method: "UpdateNote")
  public static let getNote = UnaryMethod<GetNoteRequest, Note>(
    service: service, method: "GetNote")
  public static let listNotes = UnaryMethod<ListNotesRequest, ListNotesResponse>(
    service: service, method: "ListNotes")
}
