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
      let meetings = try DialogueTables.meetings.records(
        where: Columns.year == year && Columns.heldOn <= today, orderBy: ["held_on", "id"],
        in: store)
      let agreements = try DialogueTables.agreements.records(in: store)
      return DialoguesSummariser(year: year, meetings: meetings, agreements: agreements).summary
    }
  }
}
