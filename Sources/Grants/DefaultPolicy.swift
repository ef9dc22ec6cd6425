internal import SamarbeidAPI

/// IMDi's recommendations: the local policy of a year the municipality has not set.
enum DefaultPolicy {
  static func policy(year: Int32) -> LocalPolicy {
    var policy = LocalPolicy()
    policy.year = year
    policy.operatingMemberThreshold = 0
    policy.countingMemberDefinition = ""
    policy.auditThresholdOre = 10_000_000  // 100 000 NOK
    policy.reportDue = "\(year + 1)-02-01"
    policy.splitOperatingPermille = 100
    policy.splitAPermille = 300
    policy.splitBPermille = 300
    policy.splitCPermille = 300
    policy.version = 0
    return policy
  }
}
