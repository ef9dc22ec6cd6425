internal import SamarbeidAPI
internal import Storage

/// The grant record tables and their query columns; calls, applications, payments and
/// claims have opaque ids, allocations and policies one per year.
enum GrantTables {
  /// Column names shared by several tables.
  enum Columns {
    static let year = Column<Int32>("year")
    static let state = Column<Int32>("state")
    static let createdAt = Column<String>("created_at")
    static let applicationID = Column<String>("application_id")
    static let amountOre = Column<Int64>("amount_ore")
    // Applications.
    static let callID = Column<String>("call_id")
    static let organisationID = Column<String>("organisation_id")
    static let part = Column<Int32>("part")
    static let outcome = Column<Int32>("outcome")
    static let grantedOre = Column<Int64>("granted_ore")
    static let paidOre = Column<Int64>("paid_ore")
    static let reportDue = Column<String>("report_due")
    static let reportState = Column<Int32>("report_state")
    // Payments.
    static let reference = Column<String>("reference")
    static let recordedAt = Column<String>("recorded_at")
  }

  static let allocations = RecordTable<Allocation>(
    "allocations", noun: "allocation", columns: [RecordColumn(Columns.year) { $0.year }])

  static let policies = RecordTable<LocalPolicy>(
    "local_policies", noun: "local policy", columns: [RecordColumn(Columns.year) { $0.year }])

  static let calls = RecordTable<Call>(
    "calls", noun: "call", kind: "cal",
    columns: [
      RecordColumn(Columns.year) { $0.year }, RecordColumn(Columns.state) { $0.state.protoValue },
      RecordColumn(Columns.createdAt) { $0.createdAt },
    ])

  static let applications = RecordTable<Application>(
    "applications", noun: "application", kind: "app",
    columns: [
      RecordColumn(Columns.callID) { $0.callID },
      RecordColumn(Columns.organisationID) { $0.organisationID },
      RecordColumn(Columns.year) { $0.year },
      RecordColumn(Columns.part) { $0.part.protoValue },
      RecordColumn(Columns.state) { $0.state.protoValue },
      RecordColumn(Columns.outcome) { ($0.decision?.outcome ?? .unspecified).protoValue },
      RecordColumn(Columns.grantedOre) {
        ApplicationRules.holdsGrant($0) ? $0.decision?.amountOre ?? 0 : 0
      },
      RecordColumn(Columns.paidOre) { $0.paidOre },
      RecordColumn(Columns.reportDue) { $0.decision?.reportDue ?? "" },
      RecordColumn(Columns.reportState) { ($0.report?.state ?? .unspecified).protoValue },
      RecordColumn(Columns.createdAt) { $0.createdAt },
    ])

  /// Payments; `year` (the grant's) is given on insert.
  static let payments = RecordTable<Payment>(
    "payments", noun: "payment", kind: "pay",
    columns: [
      RecordColumn(Columns.applicationID) { $0.applicationID },
      RecordColumn(Columns.reference) { $0.reference },
      RecordColumn(Columns.amountOre) { $0.amountOre },
      RecordColumn(Columns.recordedAt) { $0.recordedAt },
    ], insertedColumns: ["year"])

  static let claims = RecordTable<RepaymentClaim>(
    "repayment_claims", noun: "repayment claim", kind: "rep",
    columns: [
      RecordColumn(Columns.applicationID) { $0.applicationID },
      RecordColumn(Columns.state) { $0.state.protoValue },
      RecordColumn(Columns.amountOre) { $0.amountOre },
      RecordColumn(Columns.createdAt) { $0.createdAt },
    ])
}
