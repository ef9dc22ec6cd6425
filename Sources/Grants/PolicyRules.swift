internal import DomainValues
internal import RPC
internal import SamarbeidAPI

/// What a local policy must satisfy.
enum PolicyRules {
  static func validated(_ policy: LocalPolicy?) throws(DomainError) -> LocalPolicy {
    guard var policy else { throw DomainError.invalid("policy", "policy is required") }
    _ = try Field.year(policy.year)
    _ = try Field.count(
      policy.operatingMemberThreshold, field: "operating_member_threshold")
    policy.countingMemberDefinition = try Field.text(
      policy.countingMemberDefinition, field: "counting_member_definition", maximum: 500)
    for (value, field) in [
      (policy.ratePerMemberOre, "rate_per_member_ore"),
      (policy.operatingCapOre, "operating_cap_ore"),
      (policy.projectMinimumOre, "project_minimum_ore"),
      (policy.projectMaximumOre, "project_maximum_ore"),
      (policy.auditThresholdOre, "audit_threshold_ore"),
    ] {
      _ = try Field.amount(value, field: field, allowZero: true)
    }
    guard policy.projectMaximumOre == 0 || policy.projectMinimumOre <= policy.projectMaximumOre
    else {
      throw DomainError.invalid(
        "project_minimum_ore", "project_minimum_ore must not be above project_maximum_ore")
    }
    if policy.auditThresholdOre == 0 {
      policy.auditThresholdOre = DefaultPolicy.policy(year: policy.year).auditThresholdOre
    }
    policy.reportDue = try Field.date(policy.reportDue, field: "report_due").description
    let split = [
      ("split_operating_permille", policy.splitOperatingPermille),
      ("split_a_permille", policy.splitAPermille), ("split_b_permille", policy.splitBPermille),
      ("split_c_permille", policy.splitCPermille),
    ]
    for (field, value) in split where !(0...1000).contains(value) {
      throw DomainError.invalid(field, "\(field) must be 0 to 1000 per mille, not \(value)")
    }
    let total = split.reduce(0) { $0 + Int($1.1) }
    guard total == 1000 else {
      throw DomainError.invalid(
        "policy.planned_split",
        "the planned split (operating, A, B, C in per mille) must sum to 1000, not "
          + "\(split.map { String($0.1) }.joined(separator: " + ")) = \(total); IMDi recommends 100, 300, 300, 300"
      )
    }
    return policy
  }
}
