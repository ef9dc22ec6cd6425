internal import SamarbeidAPI
internal import Tenancy

/// The grant record tables; calls, applications, payments and claims have opaque ids.
enum GrantTables {
  static let allocations = RecordTable<Allocation>("allocations", noun: "allocation")
  static let policies = RecordTable<LocalPolicy>("local_policies", noun: "local policy")
  static let calls = RecordTable<Call>("calls", noun: "call", kind: "cal")
  static let applications = RecordTable<Application>(
    "applications", noun: "application", kind: "app")
  static let payments = RecordTable<Payment>("payments", noun: "payment", kind: "pay")
  static let claims = RecordTable<RepaymentClaim>(
    "repayment_claims", noun: "repayment claim", kind: "rep")
}
