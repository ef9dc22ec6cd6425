internal import SamarbeidAPI
internal import Tenancy

/// The grant record tables and the identifier kinds of their records.
enum GrantTables {
  static let allocations = RecordTable<Allocation>("allocations", noun: "allocation")
  static let policies = RecordTable<LocalPolicy>("local_policies", noun: "local policy")
  static let calls = RecordTable<Call>("calls", noun: "call")
  static let applications = RecordTable<Application>("applications", noun: "application")
  static let payments = RecordTable<Payment>("payments", noun: "payment")
  static let claims = RecordTable<RepaymentClaim>("repayment_claims", noun: "repayment claim")

  static let callKind = "cal"
  static let applicationKind = "app"
  static let paymentKind = "pay"
  static let claimKind = "rep"
}
