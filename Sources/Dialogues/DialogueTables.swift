internal import DomainValues
internal import SamarbeidAPI
internal import Storage

/// The dialogue record tables and their query columns.
enum DialogueTables {
  enum Columns {
    static let heldOn = Column<String>("held_on")
    static let year = Column<Int32>("year")
    static let type = Column<Int32>("type")
    static let organisations = Column<String>("organisations")
    static let agreementID = Column<String>("agreement_id")
    static let councilID = Column<String>("council_id")
    /// The earliest due date of the meeting's open actions; empty when none is open.
    static let openDue = Column<String>("open_due")
    static let createdAt = Column<String>("created_at")
    // Agreements and councils.
    static let title = Column<String>("title")
    static let status = Column<Int32>("status")
    static let councilPeriodStart = Column<Int32>("council_period_start")
    static let nextEvaluationOn = Column<String>("next_evaluation_on")
    /// The last day of an agreement's term; `CivilDate.openEnd` when open-ended.
    static let endsOn = Column<String>("ends_on")
    static let name = Column<String>("name")
  }

  static let meetings = RecordTable<DialogueMeeting>(
    "dialogue_meetings", noun: "dialogue meeting", kind: "dlg",
    columns: [
      RecordColumn(Columns.heldOn) { $0.heldOn },
      RecordColumn(Columns.year) { Int32($0.heldOn.prefix(4)) ?? 0 },
      RecordColumn(Columns.type) { $0.type.protoValue },
      RecordColumn(Columns.organisations) {
        Column.tokens($0.participants?.organisationIDs ?? [])
      },
      RecordColumn(Columns.agreementID) { $0.agreementID },
      RecordColumn(Columns.councilID) { $0.councilID },
      RecordColumn(Columns.openDue) {
        $0.actions.filter { $0.status == .open && !$0.dueOn.isEmpty }.map(\.dueOn).min() ?? ""
      },
      RecordColumn(Columns.createdAt) { $0.createdAt },
    ])

  static let agreements = RecordTable<CooperationAgreement>(
    "cooperation_agreements", noun: "cooperation agreement", kind: "agr",
    columns: [
      RecordColumn(Columns.title) { $0.title },
      RecordColumn(Columns.status) { $0.status.protoValue },
      RecordColumn(Columns.organisations) { Column.tokens($0.organisationIDs) },
      RecordColumn(Columns.councilPeriodStart) { $0.councilPeriodStart },
      RecordColumn(Columns.nextEvaluationOn) { $0.nextEvaluationOn },
      RecordColumn(Columns.endsOn) { CivilDate.storedEnd($0.endsOn) },
      RecordColumn(Columns.createdAt) { $0.createdAt },
    ])

  static let councils = RecordTable<ImmigrantCouncil>(
    "immigrant_councils", noun: "immigrant council", kind: "cnc",
    columns: [
      RecordColumn(Columns.name) { $0.name },
      RecordColumn(Columns.councilPeriodStart) { $0.councilPeriodStart },
      RecordColumn(Columns.createdAt) { $0.createdAt },
    ])
}
