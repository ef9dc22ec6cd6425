internal import RPC
internal import SamarbeidAPI

/// What a local policy must satisfy.
enum PolicyRules {
  static func validated(_ policy: LocalPolicy?) throws(RPCError) -> LocalPolicy {
    guard var policy else { throw GrantRules.invalid("policy is required") }
    _ = try GrantRules.year(policy.year)
    guard policy.operatingMemberThreshold >= 0 else {
      throw GrantRules.invalid("operating_member_threshold must not be negative")
    }
    policy.countingMemberDefinition = try GrantRules.text(
      policy.countingMemberDefinition, field: "counting_member_definition", maximum: 500)
    for (value, field) in [
      (policy.ratePerMemberOre, "rate_per_member_ore"),
      (policy.operatingCapOre, "operating_cap_ore"),
      (policy.projectMinimumOre, "project_minimum_ore"),
      (policy.projectMaximumOre, "project_maximum_ore"),
      (policy.auditThresholdOre, "audit_threshold_ore"),
    ] {
      _ = try GrantRules.amount(value, field: field, allowZero: true)
    }
    guard policy.projectMaximumOre == 0 || policy.projectMinimumOre <= policy.projectMaximumOre
    else {
      throw GrantRules.invalid("project_minimum_ore must not be above project_maximum_ore")
    }
    if policy.auditThresholdOre == 0 {
      policy.auditThresholdOre = DefaultPolicy.policy(year: policy.year).auditThresholdOre
    }
    policy.reportDue = try GrantRules.date(policy.reportDue, field: "report_due")
    let split = [
      policy.splitOperatingPermille, policy.splitAPermille, policy.splitBPermille,
      policy.splitCPermille,
    ]
    guard split.allSatisfy({ $0 >= 0 }), split.reduce(0, +) == 1000 else {
      throw GrantRules.invalid(
        "the planned split (operating, A, B, C in per mille) must be non-negative and sum to 1000, not "
          + "\(split.map(String.init).joined(separator: " + ")) = \(split.reduce(0, +)); IMDi recommends 100, 300, 300, 300"
      )
    }
    return policy
  }
}
