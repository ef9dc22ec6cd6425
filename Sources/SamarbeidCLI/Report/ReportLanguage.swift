import ArgumentParser

/// The language the oversight report is written in: Norwegian bokmål (IMDi's own) unless
/// asked for English. Every word of the report comes from here.
enum ReportLanguage: String, CaseIterable, ExpressibleByArgument {
  case nb, en

  var norwegian: Bool { self == .nb }

  func pick(_ nb: String, _ en: String) -> String { norwegian ? nb : en }

  /// The study's three preconditions, each with the module whose indicators tell of it.
  var preconditions: [(source: String, heading: String, lead: String)] {
    [
      (
        "grants",
        pick(
          "1. Et byråkrati som møter de frivillige på deres premisser",
          "1. A bureaucracy that meets volunteers on their terms"),
        pick(
          "Hvordan tilskuddsordningen forvaltes: tildeling, saksbehandlingstid, utfall, driftstilskudd og rapporter.",
          "How the grant scheme is administered: allocation, time to decision, outcomes, operating grants and reports."
        )
      ),
      (
        "meeting-places",
        pick("2. Møteplasser mellom kommune og organisasjoner", "2. Meeting places"),
        pick(
          "Om møteplassene finnes og brukes: samlinger og deltakelse per 1 000 innbyggere, kommunens rolle, medarrangører.",
          "Whether meeting places exist and are used: gatherings and attendance per 1,000 inhabitants, the municipality's role, co-hosts."
        )
      ),
      (
        "dialogues",
        pick("3. Likeverdige partnere", "3. Equal partners"),
        pick(
          "Om partene møtes som likeverdige: hvem setter dagsorden, snakker de om mål, gjennomføres tiltakene, og hvordan vurderer begge parter samarbeidet.",
          "Whether the parties meet as equals: who sets the agenda, whether they talk about goals, whether actions are done, and how both sides rate the cooperation."
        )
      ),
    ]
  }

  /// What a share's size axis counts, in words.
  func sizeAxis(_ id: String) -> String {
    switch id {
    case "grants.operating-share": pick("antall tilskudd", "number of grants")
    case let id where id.hasPrefix("grants.applications-"):
      pick("antall vedtak", "number of decisions")
    case "grants.immigrant-organisations-funded":
      pick("organisasjoner med tilskudd", "organisations funded")
    case "grants.reports-on-time": pick("rapporter som var forfalt", "reports due")
    case "meeting-places.co-hosted-by-immigrant-organisation":
      pick("samlinger holdt", "gatherings held")
    case "dialogues.agenda-by-organisations": pick("dialogmøter holdt", "dialogue meetings held")
    case "dialogues.goal-topics": pick("temaer", "topics")
    case "dialogues.actions-on-time": pick("tiltak gjennomført", "actions done")
    case "dialogues.agreements-evaluated-on-time": pick("evalueringer", "evaluations")
    default: pick("antall", "number")
    }
  }

  /// The unit a value is shown in.
  func unit(_ unit: IndicatorUnitWords) -> String {
    switch unit {
    case .kroner: "kr"
    case .share: "%"
    case .shareGap: pick("prosentpoeng", "percentage points")
    case .days: pick("dager", "days")
    case .per1000: pick("per 1 000 innb.", "per 1,000 inhab.")
    case .score: pick("poeng 1–5", "score 1–5")
    case .scoreGap: pick("poengforskjell, −4 til 4", "score difference, −4 to 4")
    case .count: pick("antall", "count")
    }
  }
}

/// The units the report writes out.
enum IndicatorUnitWords {
  case kroner, share, shareGap, days, per1000, score, scoreGap, count
}
