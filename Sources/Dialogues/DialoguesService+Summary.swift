internal import DomainValues
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension DialoguesService {
  public func summariseDialogues(_ request: SummariseDialoguesRequest, scope: TenantScope)
    async throws -> DialoguesSummary
  {
    let year = try Field.year(request.year)
    let today = "\(CivilDate.today())"
    // One read transaction: the meetings and agreements are one consistent state.
    return try await scope.read { store in
      try Self.summary(year: year, today: today, in: store)
    }
  }

  /// The summary of `year`, counting meetings held by `today`, from the records `store`
  /// reads.
  static func summary(year: Int32, today: String, in store: any StoreReader) throws
    -> DialoguesSummary
  {
    let meetings = try DialogueTables.meetings.records(
      where: Columns.year == year && Columns.heldOn <= today, orderBy: ["held_on", "id"],
      in: store)
    let agreements = try DialogueTables.agreements.records(in: store)
    return DialoguesSummariser(year: year, meetings: meetings, agreements: agreements).summary
  }
}
