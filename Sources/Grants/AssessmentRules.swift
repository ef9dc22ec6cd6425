internal import DomainValues
internal import RPC
internal import SamarbeidAPI

/// What an assessment must satisfy.
enum AssessmentRules {
  /// An assessor is referred to by a reference, never a name: 1 to 64 of a-z, 0-9, `-`, `_`, `.`.
  static func assessor(_ text: String) throws(DomainError) -> String {
    guard (1...64).contains(text.utf8.count),
      text.utf8.allSatisfy({
        ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F
          || $0 == 0x2E
      })
    else {
      throw DomainError.invalid(
        "assessor",
        "assessor must be the assessor's reference (1 to 64 of a-z, 0-9, -, _, .), e.g. saksbehandler-17; not a name"
      )
    }
    return text
  }

  static func scores(_ scores: [CriterionScore]) throws(DomainError) -> [CriterionScore] {
    guard !scores.isEmpty else {
      throw DomainError.invalid("scores", "scores must hold at least one criterion")
    }
    var seen: Set<Int32> = []
    for score in scores {
      switch score.criterion {
      case .unspecified, .unrecognized:
        throw DomainError.invalid("criterion", "criterion must be one of IMDi's criteria (1 to 9)")
      default:
        break
      }
      guard (1...5).contains(score.score) else {
        throw DomainError.invalid(
          "scores.score", "a score is 1 (weak) to 5 (strong), not \(score.score)")
      }
      guard seen.insert(score.criterion.protoValue).inserted else {
        throw DomainError.invalid("scores.criterion", "each criterion is scored once")
      }
    }
    return scores
  }
}
