internal import DomainValues
internal import SamarbeidAPI

/// Every indicator IMDi's oversight compares, as the national-oversight issue lists them:
/// the grant scheme's administration, meeting places and dialogue.
public enum IndicatorCatalogue {
  public static let all: [Indicator] = grants + meetingPlaces + dialogues

  /// The indicator `id`.
  public static func indicator(_ id: String) -> Indicator? { all.first { $0.id == id } }

  /// For a refusal of `id`: the indicator meant (one named without its module, or a near
  /// spelling), and where the catalogue is listed.
  static func suggestion(for id: String) -> String {
    let ids = all.map(\.id)
    let unqualified = ids.filter { $0.split(separator: ".").last.map(String.init) == id }
    let near = unqualified.isEmpty ? EditDistance.nearest(id, in: ids) : unqualified
    let meant = near.isEmpty ? "" : "; did you mean \(near.joined(separator: " or "))?"
    return meant + " (ListIndicators lists them; samarbeid oversight indicators --catalogue)"
  }

  static let grants: [Indicator] = [
    Indicator(
      "grants.allocation", no: "Tildeling fra IMDi", en: "Allocation from IMDi",
      numerator: "the year's allocation", unit: .kroner, direction: .neither, source: .grants),
    Indicator(
      "grants.administration-share", no: "Andel brukt til administrasjon",
      en: "Administration share used", numerator: "administration share kept",
      denominator: "allocation", unit: .share, direction: .neither, source: .grants),
    Indicator(
      "grants.granted", no: "Innvilget", en: "Granted", numerator: "sum granted",
      unit: .kroner, direction: .neither, source: .grants),
    Indicator(
      "grants.paid", no: "Utbetalt", en: "Paid", numerator: "sum paid", unit: .kroner,
      direction: .neither, source: .grants),
    Indicator(
      "grants.granted-share", no: "Innvilget av det som kunne innvilges",
      en: "Granted of what could be granted", numerator: "sum granted",
      denominator: "allocation less administration share", unit: .share,
      direction: .higherIsBetter, source: .grants),
    Indicator(
      "grants.operating-share", no: "Driftstilskudd av innvilget",
      en: "Operating grants of granted", numerator: "sum of operating grants granted",
      denominator: "sum granted (compared in a funnel plot by the number of grants)",
      unit: .share, direction: .neither, source: .grants),
    Indicator(
      "grants.operating-share-planned", no: "Planlagt andel driftstilskudd",
      en: "Planned operating-grant share",
      numerator: "operating grants in the municipality's planned split for the year",
      denominator: "the planned split (operating grants and purposes A, B and C)", unit: .share,
      direction: .neither, source: .grants),
    Indicator(
      "grants.operating-share-gap", no: "Driftstilskudd mot planlagt andel",
      en: "Operating grants against the plan",
      numerator: "operating grants' share of the sum granted, less the planned share",
      denominator: "sum granted (a difference of two shares: negative below the plan)",
      unit: .share, direction: .neither, source: .grants),
    Indicator(
      "grants.applications", no: "Søknader mottatt", en: "Applications received",
      numerator: "applications submitted", unit: .count, direction: .neither, source: .grants),
    Indicator(
      "grants.applications-granted", no: "Søknader innvilget", en: "Applications granted",
      numerator: "applications granted in full", denominator: "applications decided",
      unit: .share, direction: .neither, source: .grants),
    Indicator(
      "grants.applications-partly-granted", no: "Søknader delvis innvilget",
      en: "Applications partly granted", numerator: "applications partly granted",
      denominator: "applications decided", unit: .share, direction: .neither, source: .grants),
    Indicator(
      "grants.applications-refused", no: "Søknader avslått", en: "Applications refused",
      numerator: "applications refused", denominator: "applications decided", unit: .share,
      direction: .neither, source: .grants),
    Indicator(
      "grants.applications-rejected", no: "Søknader avvist",
      en: "Applications rejected as ineligible",
      numerator: "applications rejected as ineligible", denominator: "applications decided",
      unit: .share, direction: .lowerIsBetter, source: .grants),
    Indicator(
      "grants.days-to-decision-median", no: "Saksbehandlingstid, median",
      en: "Days from submission to decision, median", numerator: "days, median of decisions",
      unit: .days, direction: .lowerIsBetter, source: .grants),
    Indicator(
      "grants.days-to-decision-p90", no: "Saksbehandlingstid, 90. persentil",
      en: "Days from submission to decision, 90th percentile",
      numerator: "days, 90th percentile of decisions", unit: .days, direction: .lowerIsBetter,
      source: .grants),
    Indicator(
      "grants.organisations-funded", no: "Organisasjoner med tilskudd", en: "Organisations funded",
      numerator: "distinct organisations granted", unit: .count, direction: .neither,
      source: .grants),
    Indicator(
      "grants.immigrant-organisations-funded", no: "Innvandrerorganisasjoner med tilskudd",
      en: "Immigrant organisations among those funded",
      numerator: "immigrant organisations granted", denominator: "organisations granted",
      unit: .share, direction: .neither, source: .grants),
    Indicator(
      "grants.reports-on-time", no: "Rapporter levert i tide", en: "Reports received on time",
      numerator: "reports received by their due date", denominator: "reports due",
      unit: .share, direction: .higherIsBetter, source: .grants),
    Indicator(
      "grants.repayment-claims", no: "Tilbakebetalingskrav", en: "Repayment claims",
      numerator: "repayment claims made", unit: .count, direction: .lowerIsBetter,
      source: .grants),
  ]

  static let meetingPlaces: [Indicator] =
    [
      ("initiator", "initiativtaker"), ("facilitator", "tilrettelegger"),
      ("coordinator", "koordinator"), ("owner-operator", "eier og driver"), ("none", "ingen"),
    ].map { role, rolle in
      Indicator(
        "meeting-places.role-\(role)", no: "Møteplasser, kommunens rolle: \(rolle)",
        en: "Meeting places with the municipality as \(role == "none" ? "no party" : role)",
        numerator: "meeting places active in the year with this municipal role", unit: .count,
        direction: .neither, source: .meetingPlaces)
    } + [
      Indicator(
        "meeting-places.gatherings-per-1000", no: "Samlinger per 1 000 innbyggere",
        en: "Gatherings per 1,000 inhabitants", numerator: "gatherings held",
        denominator: "inhabitants (as IMDi supplies them) / 1,000", unit: .per1000Inhabitants,
        direction: .higherIsBetter, source: .meetingPlaces),
      Indicator(
        "meeting-places.attendance-per-1000", no: "Deltakelse per 1 000 innbyggere",
        en: "Attendance per 1,000 inhabitants", numerator: "attendance at gatherings held",
        denominator: "inhabitants / 1,000", unit: .per1000Inhabitants,
        direction: .higherIsBetter, source: .meetingPlaces),
      Indicator(
        "meeting-places.co-hosted-by-immigrant-organisation",
        no: "Samlinger med innvandrerorganisasjon som medarrangør",
        en: "Gatherings co-hosted by an immigrant organisation",
        numerator: "gatherings held co-hosted by an immigrant organisation",
        denominator: "gatherings held", unit: .share, direction: .higherIsBetter,
        source: .meetingPlaces),
    ]

  /// How complete the records behind the indicators are, by the ids
  /// `MunicipalityValues.completeness` uses (without the `completeness.` of their figures).
  public static let completeness: [Indicator] = [
    Indicator(
      "reports", no: "Rapporter mottatt", en: "Reports received",
      numerator: "reports received (on time or late)",
      denominator: "reports due by today on grants held", unit: .share,
      direction: .higherIsBetter, source: .grants),
    Indicator(
      "immigrant-background-counted", no: "Samlinger der innvandrerbakgrunn er telt",
      en: "Gatherings with immigrant background counted",
      numerator: "gatherings held whose attendance counted people with an immigrant background",
      denominator: "gatherings held", unit: .share, direction: .higherIsBetter,
      source: .meetingPlaces),
    Indicator(
      "views-after-meetings", no: "Dialogmøter med begge parters vurdering",
      en: "Dialogue meetings with both sides' views",
      numerator: "meetings held with both the municipality's and an organisation's view",
      denominator: "meetings held", unit: .share, direction: .higherIsBetter,
      source: .dialogues),
  ]

  static let dialogues: [Indicator] = [
    Indicator(
      "dialogues.meetings", no: "Dialogmøter", en: "Dialogue meetings",
      numerator: "dialogue meetings held", unit: .count, direction: .higherIsBetter,
      source: .dialogues),
    Indicator(
      "dialogues.agenda-by-organisations", no: "Dagsorden satt av organisasjon eller felles",
      en: "Agenda set by an organisation or jointly",
      numerator: "meetings whose agenda an organisation set, alone or jointly",
      denominator: "meetings held", unit: .share, direction: .higherIsBetter, source: .dialogues),
    Indicator(
      "dialogues.goal-topics", no: "Temaer om mål", en: "Topics about goals",
      numerator: "topics tagged goal", denominator: "topics", unit: .share,
      direction: .higherIsBetter, source: .dialogues),
    Indicator(
      "dialogues.actions-on-time", no: "Tiltak gjennomført i tide", en: "Actions done on time",
      numerator: "actions done by their due date", denominator: "actions done", unit: .share,
      direction: .higherIsBetter, source: .dialogues),
    Indicator(
      "dialogues.score-municipality", no: "Kommunens vurdering", en: "The municipality's score",
      numerator: "mean of the three preconditions, 1-5", unit: .score,
      direction: .higherIsBetter, source: .dialogues),
    Indicator(
      "dialogues.score-organisations", no: "Organisasjonenes vurdering",
      en: "The organisations' score", numerator: "mean of the three preconditions, 1-5",
      unit: .score, direction: .higherIsBetter, source: .dialogues),
    Indicator(
      "dialogues.score-gap", no: "Forskjell i vurdering", en: "Gap between the parties' scores",
      numerator: "organisations' mean less the municipality's", unit: .score, direction: .neither,
      source: .dialogues),
    Indicator(
      "dialogues.agreements-evaluated-on-time", no: "Avtaler evaluert i tide",
      en: "Agreements evaluated on time", numerator: "evaluations held by their due date",
      denominator: "evaluations held", unit: .share, direction: .higherIsBetter,
      source: .dialogues),
  ]
}
